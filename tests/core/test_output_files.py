"""Writing a file the app hands out (an export, a report, evidence saved): owner-only from
the start, all or nothing, an existing file kept when writing fails, clear refusals."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from contactvault import errors, output_files

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen 😀\r\nEND:VCARD\r\n".encode()


def fill_with(data: bytes):
    def fill(temp):
        output_files.write_bytes(temp, temp, [data])
    return fill


def test_owner_only_exact_bytes_and_nothing_left_beside(tmp_path):
    target = output_files.write_file(tmp_path / "export.vcf", fill_with(CARD))
    assert target.read_bytes() == CARD
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["export.vcf"]


def test_a_full_disk_keeps_the_file_that_was_there(tmp_path, monkeypatch):
    target = tmp_path / "export.vcf"
    target.write_text("previous export")

    def disk_full(_fd, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_files.os, "write", disk_full)
    with pytest.raises(errors.DiskFull):
        output_files.write_file(target, fill_with(CARD), force=True)
    assert target.read_text() == "previous export"
    assert os.listdir(tmp_path) == ["export.vcf"]


def test_an_existing_file_is_replaced_only_when_asked(tmp_path):
    target = tmp_path / "export.vcf"
    target.write_text("previous export")
    with pytest.raises(errors.OutputExists):
        output_files.write_file(target, fill_with(CARD))
    assert target.read_text() == "previous export"
    output_files.write_file(target, fill_with(CARD), force=True)
    assert target.read_bytes() == CARD and os.listdir(tmp_path) == ["export.vcf"]


def test_a_missing_folder_or_a_folder_as_target_is_a_sentence(tmp_path):
    for target in (tmp_path / "missing" / "x.vcf", tmp_path):
        with pytest.raises(errors.ContactVaultError) as refused:
            output_files.write_file(target, fill_with(CARD), force=True)
        assert str(target) in refused.value.message_en()
    assert os.listdir(tmp_path) == []
