"""Files kept as evidence of a consent event (services/evidence.py, vault/evidence.py):
stored encrypted in the vault, read back byte for byte, copies only on request."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from contactvault import errors
from contactvault.services import consent, evidence
from contactvault.vault.connection import DatabaseError
from tests.core.consent_helpers import insert_person

# A marker that must never appear on disk outside the encrypted vault.
MARKER = "EVIDENCE-MARKER-7f3c2a-Jürgen-Müller-sagt-Ja".encode()


@pytest.fixture
def customer(vault):
    with vault.transaction() as conn:
        return insert_person(conn, "Jürgen Müller", ["0151 23456789"])


@pytest.fixture
def screenshot(tmp_path):
    path = tmp_path / "incoming" / "WhatsApp Chat Müller.png"
    path.parent.mkdir()
    # bytes of every value, the marker in the middle: a binary file, not text
    path.write_bytes(bytes(range(256)) * 40 + MARKER + bytes(range(255, -1, -1)) * 40)
    return path


def test_round_trip_bytes_hash_and_listing(vault, ctx, customer, screenshot, tmp_path):
    form = screenshot.with_name("Formular.pdf")
    form.write_bytes(b"%PDF-1.4\n" + MARKER + b"\n%%EOF\n")
    event = consent.record_event(ctx, "0151 23456789", "granted", channel="whatsapp",
                                 evidence_files=evidence.read_files([screenshot, form]))
    files = evidence.files_for(ctx, f"event:{event.id}")
    assert [f.file_name for f in files] == ["WhatsApp Chat Müller.png", "Formular.pdf"]
    assert files[0].size == screenshot.stat().st_size
    assert files[0].sha256 == hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert evidence.files_for(ctx, "0151 23456789") == files
    assert evidence.files_of_events(ctx, [event.id]) == {event.id: files}

    out = tmp_path / "copies"
    out.mkdir()
    written = evidence.save_copies(ctx, files, out)
    assert [p.name for p in written] == [f"{event.id}_WhatsApp Chat Müller.png",
                                         f"{event.id}_Formular.pdf"]
    assert written[0].read_bytes() == screenshot.read_bytes()
    assert written[1].read_bytes() == form.read_bytes()
    assert stat.S_IMODE(written[0].stat().st_mode) == 0o600


def test_nothing_in_plaintext_on_disk(vault, ctx, customer, screenshot, vault_path):
    consent.record_event(ctx, "0151 23456789", "granted",
                         evidence_files=evidence.read_files([screenshot]))
    screenshot.unlink()  # the only plaintext copy was the user's own file
    vault.lock()
    found = []
    for root, _dirs, names in os.walk(vault_path.parent):
        for name in names:
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read()
            if MARKER in data or b"MARKER-7f3c2a" in data or b"sagt-Ja" in data:
                found.append(name)
    assert found == []
    assert os.listdir(vault_path.parent) == [vault_path.name]  # no journal, no temp file


def test_a_missing_or_oversized_file_records_nothing(vault, ctx, customer, screenshot,
                                                     monkeypatch):
    with pytest.raises(errors.FileUnreadable):
        evidence.read_files([screenshot, screenshot.with_name("fehlt.png")])
    monkeypatch.setattr(evidence, "MAX_MEGABYTES", 0.001)
    with pytest.raises(errors.EvidenceFileTooLarge) as caught:
        evidence.read_files([screenshot])
    assert "WhatsApp Chat Müller.png" in caught.value.message()
    assert consent.history(ctx, "0151 23456789") == []


def test_copies_never_overwrite(vault, ctx, customer, screenshot, tmp_path):
    event = consent.record_event(ctx, "0151 23456789", "granted",
                                 evidence_files=evidence.read_files([screenshot]))
    files = evidence.files_for(ctx, f"event:{event.id}")
    out = tmp_path / "copies"
    out.mkdir()
    existing = out / f"{event.id}_{files[0].file_name}"
    existing.write_bytes(b"mine")
    with pytest.raises(errors.VaultExists):
        evidence.save_copies(ctx, files, out)
    assert existing.read_bytes() == b"mine"
    with pytest.raises(errors.FileNotWritable):
        evidence.save_copies(ctx, files, out / "nicht-da")


def test_evidence_files_are_append_only(vault, ctx, customer, screenshot):
    consent.record_event(ctx, "0151 23456789", "granted",
                         evidence_files=evidence.read_files([screenshot]))
    for statement in ("UPDATE evidence_files SET file_name = 'x'",
                      "UPDATE evidence_files SET content = x'00', size = 1",
                      "DELETE FROM evidence_files"):
        with pytest.raises(DatabaseError), vault.transaction() as conn:
            conn.execute(statement)
    assert len(evidence.files_for(ctx, "0151 23456789")) == 1


def test_audit_names_size_and_hash_not_the_file(vault, ctx, customer, screenshot):
    from contactvault import audit

    consent.record_event(ctx, "0151 23456789", "granted",
                         evidence_files=evidence.read_files([screenshot]))
    with vault.reading() as conn:
        last = list(audit.entries(conn))[-1]
    assert last.action == "consent.evidence_file"
    assert last.details["sha256"] == hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert "Müller" not in repr(last)


def test_file_names_are_plain_names(vault, ctx, customer):
    attachment = evidence.Attachment("../../etc/\x07passwd", b"x")
    event = consent.record_event(ctx, "0151 23456789", "granted", evidence_files=[attachment])
    assert evidence.files_for(ctx, f"event:{event.id}")[0].file_name == "_passwd"


def test_unknown_event(vault, ctx, customer):
    with pytest.raises(errors.EventNotFound):
        evidence.files_for(ctx, "event:99")
    assert evidence.files_for(ctx, "0151 23456789") == []


# -- the audit chain covers the files (vault/chain.py) ---------------------------------

def _verify(ctx):
    from contactvault.services import audit_ops

    return audit_ops.verify(ctx)


def test_files_are_covered_by_the_chain(vault, ctx, customer, screenshot):
    event = consent.record_event(ctx, "0151 23456789", "granted",
                                 evidence_files=evidence.read_files([screenshot]))
    (stored,) = evidence.files_for(ctx, f"event:{event.id}")
    assert _verify(ctx).ok
    from contactvault.services import audit_ops

    covered = [c[:4] for e in audit_ops.list_entries(ctx) for c in e.covers]
    assert ["evidence_files", "id", "=", stored.id] in covered


def test_bytes_swapped_behind_the_programs_back_are_detected(vault, ctx, customer,
                                                             screenshot):
    event = consent.record_event(ctx, "0151 23456789", "granted",
                                 evidence_files=evidence.read_files([screenshot]))
    (stored,) = evidence.files_for(ctx, f"event:{event.id}")
    vault.conn.execute("DROP TRIGGER evidence_content_append_only_update")
    vault.conn.execute("UPDATE evidence_content SET content = ? WHERE file_id = ?",
                       (b"another picture", stored.id))
    result = _verify(ctx)
    assert not result.ok and result.problem == "record_changed"
    assert result.record == ("evidence_files", stored.id, "=")
    assert f"evidence file {stored.id}" in result.problem_text()
    with pytest.raises(errors.VaultDamaged):  # and no copy of the swapped bytes leaves
        evidence.save_copy(ctx, stored.id, screenshot.with_name("copy.png"))


def test_file_row_edited_after_dropping_its_trigger_is_detected(vault, ctx, customer,
                                                                screenshot):
    consent.record_event(ctx, "0151 23456789", "granted",
                         evidence_files=evidence.read_files([screenshot]))
    vault.conn.execute("DROP TRIGGER evidence_files_append_only_update")
    assert _verify(ctx).problem == "schema_changed"  # the table's triggers are covered
    vault.conn.execute("UPDATE evidence_files SET file_name = 'harmlos.png'")
    assert not _verify(ctx).ok


def test_file_added_without_an_entry_is_detected(vault, ctx, customer, screenshot):
    event = consent.record_event(ctx, "0151 23456789", "granted",
                                 evidence_files=evidence.read_files([screenshot]))
    content = b"forged consent form"
    vault.conn.execute(
        "INSERT INTO evidence_files(event_id, file_name, size, sha256, added_by, added_at) "
        "VALUES (?, 'form.pdf', ?, ?, 'mallory', '2026-01-01T00:00:00+00:00')",
        (event.id, len(content), hashlib.sha256(content).hexdigest()))
    result = _verify(ctx)
    assert not result.ok and result.problem == "record_unrecorded"
    assert result.record[0] == "evidence_files"
