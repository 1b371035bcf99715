"""What is not an address-book file: a folder, a FIFO or a device is refused before
anything is read, saying what it is; a file refused as a whole (binary, unknown format)
is counted in the summary and makes the exit code non-zero, the other files are still
imported."""

from __future__ import annotations

import json
import os

import pytest

from contactvault import errors


def _card(name: str, number: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:{number}\r\nEND:VCARD\r\n"


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "gut.vcf"
    path.write_text(_card("Anna Kundin", "+49 171 1000001"), encoding="utf-8")
    return path


def test_folder_fifo_and_device_say_what_they_are(cli, tmp_path, good):
    assert cli("init").code == 0
    folder = tmp_path / "ordner"
    folder.mkdir()
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    cases = [(folder, "it is a folder"), (fifo, "it is a named pipe (FIFO)"),
             ("/dev/null", "it is a device")]
    for path, said in cases:
        result = cli("import", str(good), str(path), timeout=30)  # a FIFO opened would hang
        assert result.code == errors.EXIT_REFUSED, result.err
        assert f"Cannot read {path}: {said}" in result.err
        assert "no such file" not in result.err and "Traceback" not in result.err
    german = cli("import", str(folder), env={"CONTACTVAULT_LANG": "de"})
    assert "es ist ein Ordner" in german.err
    missing = cli("import", str(tmp_path / "fehlt.vcf"))
    assert missing.code == errors.EXIT_REFUSED and "no such file" in missing.err
    assert json.loads(cli("list", "--json").out) == []  # refused before anything was read


def test_files_refused_as_a_whole_are_counted(cli, tmp_path, good):
    assert cli("init").code == 0
    binary = tmp_path / "foto.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    chat = tmp_path / "chat.txt"
    chat.write_text("15.04.2016, 15:04 - Anna: Hallo\n", encoding="utf-8")
    result = cli("import", str(binary), str(good), str(chat))
    assert result.code == errors.EXIT_SKIPPED, result.err
    assert "Imported 1," in result.out
    assert "2 files could not be read (see above)." in result.out
    assert "foto.png: skipped: file is not text: PNG image" in result.err
    assert ("chat.txt: skipped: not a vCard or known contacts CSV: the file is a WhatsApp chat "
            "export, not an address book; chats are read with \u201ccontactvault chat scan\u201d"
            in result.err)
    as_json = cli("import", str(binary), str(chat), "--json")
    assert as_json.code == errors.EXIT_SKIPPED
    report = json.loads(as_json.out)
    assert report["files_unreadable"] == 2 and report["skipped"] == 0
    german = cli("import", str(binary), env={"CONTACTVAULT_LANG": "de"})
    assert "1 Datei konnte nicht gelesen werden (siehe oben)." in german.out


def test_complete_import_exits_zero(cli, good):
    assert cli("init").code == 0
    result = cli("import", str(good))
    assert result.code == 0, result.err
    assert "could not be read" not in result.out
