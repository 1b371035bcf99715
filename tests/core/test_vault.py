"""The vault file: creation, refusal of what is not ours, re-keying, upgrades, copies."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from contactvault import audit, errors
from contactvault.model import ParsedContact, RawPhone, StructuredName
from contactvault.services import vaults
from contactvault.vault import Vault, connection, schema
from contactvault.vault import contacts as contact_store
from contactvault.vault.migrations import MIGRATIONS
from tests.conftest import PASSPHRASE


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_person(vault: Vault, name: str = "Jörg Müller", number: str = "+49 171 1000001") -> int:
    from contactvault import phones

    record = ParsedContact("t.vcf", 1, "vcard-3.0", f"BEGIN:VCARD\nFN:{name}\nEND:VCARD",
                           formatted_name=name, name=StructuredName(given=name),
                           phones=[RawPhone(number)])
    with vault.transaction() as conn:
        return contact_store.insert_contact(conn, record, [phones.normalise(number)], "2026-01-01")


def test_new_vault_is_private_and_opens_again(vault, vault_path):
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(vault_path.parent.stat().st_mode) == 0o700
    add_person(vault)
    vault.lock()
    again = Vault.open(vault_path, PASSPHRASE)
    assert contact_store.count_contacts(again.conn) == 1
    assert schema.version_of(again.conn) == schema.SCHEMA_VERSION
    again.lock()


def test_vault_file_holds_no_plaintext(vault, vault_path):
    add_person(vault, name="Zyxwvut Plaintextmarker")
    vault.lock()
    data = vault_path.read_bytes()
    assert b"Plaintextmarker" not in data
    assert b"SQLite format 3" not in data


def test_create_refuses_existing_file(tmp_path):
    target = tmp_path / "exists.cvault"
    target.write_bytes(b"precious")
    with pytest.raises(errors.VaultExists):
        Vault.create(target, PASSPHRASE)
    assert target.read_bytes() == b"precious"


def test_short_passphrase_rejected(tmp_path):
    with pytest.raises(errors.PassphraseRejected):
        Vault.create(tmp_path / "v.cvault", "short")
    assert not (tmp_path / "v.cvault").exists()


def test_wrong_passphrase_is_clear_and_leaves_file_unchanged(vault, vault_path):
    add_person(vault)
    vault.lock()
    before = digest(vault_path)
    with pytest.raises(errors.WrongPassphrase) as info:
        Vault.open(vault_path, "not the passphrase")
    assert "passphrase is wrong" in info.value.message()
    assert digest(vault_path) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", errors.NotAVault),  # SQLCipher would open this silently as a new database
        (b"SQLite format 3\x00" + b"\x00" * 4080, errors.NotAVault),
        (b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", errors.VaultDamaged),  # not page-sized
        (os.urandom(8192), errors.WrongPassphrase),  # indistinguishable from a wrong key
    ],
    ids=["empty", "plain-sqlite", "text-file", "random-bytes"],
)
def test_foreign_files_are_refused_unchanged(tmp_path, content, expected):
    target = tmp_path / "foreign.cvault"
    target.write_bytes(content)
    with pytest.raises(expected):
        Vault.open(target, PASSPHRASE)
    assert target.read_bytes() == content


def test_real_plain_sqlite_database_is_refused(tmp_path):
    target = tmp_path / "plain.db"
    with sqlite3.connect(target) as db:
        db.execute("CREATE TABLE x(a)")
    before = digest(target)
    with pytest.raises(errors.NotAVault) as info:
        Vault.open(target, PASSPHRASE)
    assert "unencrypted" in info.value.message()
    assert digest(target) == before


def test_other_sqlcipher_database_is_refused(tmp_path):
    target = tmp_path / "other.db"
    conn = connection._connect(target, PASSPHRASE)
    conn.execute("CREATE TABLE notes(text)")
    conn.close()
    before = digest(target)
    with pytest.raises(errors.NotAVault) as info:
        Vault.open(target, PASSPHRASE)
    assert "another program" in info.value.message()
    assert digest(target) == before


def test_truncated_vault_is_damaged_and_unchanged(vault, vault_path):
    for i in range(200):
        add_person(vault, name=f"Person {i}", number=f"+49 171 {1000000 + i}")
    vault.lock()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) - 1000])
    before = digest(vault_path)
    with pytest.raises(errors.VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    assert digest(vault_path) == before


def test_corrupted_page_is_reported_as_damage(vault, vault_path):
    for i in range(300):
        add_person(vault, name=f"Person {i}", number=f"+49 171 {1000000 + i}")
    vault.lock()
    data = bytearray(vault_path.read_bytes())
    page = connection.PAGE_SIZE
    data[5 * page + 100: 5 * page + 164] = os.urandom(64)  # somewhere inside the contacts
    vault_path.write_bytes(bytes(data))
    before = digest(vault_path)
    opened = Vault.open(vault_path, PASSPHRASE)  # page 1 is intact
    assert opened.check_integrity()  # but a full check names the problem
    with pytest.raises(errors.VaultDamaged):
        with opened.reading() as conn:
            list(contact_store.iter_contacts(conn))
    opened.lock()
    assert digest(vault_path) == before


def test_change_passphrase(vault, vault_path):
    add_person(vault)
    vaults.change_passphrase(vault, "a brand new passphrase")
    vault.lock()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    reopened = Vault.open(vault_path, "a brand new passphrase")
    assert contact_store.count_contacts(reopened.conn) == 1
    reopened.lock()


def test_locked_vault_refuses_use(vault):
    vault.lock()
    assert vault.is_locked
    with pytest.raises(errors.VaultLocked):
        with vault.reading():
            pass
    vault.lock()  # twice is fine


def _make_v1_vault(path):
    """A vault as the first released schema wrote it."""
    conn = connection.create_new(path, PASSPHRASE)
    conn.execute("BEGIN")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO meta(key, value) VALUES ('app', 'contactvault')")
    conn.execute(
        "INSERT INTO contacts(uid, formatted_name, created_at, updated_at) "
        "VALUES ('u1', 'Alte Kundin', 'x', 'x')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def test_older_vault_is_upgraded(tmp_path):
    path = tmp_path / "old.cvault"
    _make_v1_vault(path)
    vault = Vault.open(path, PASSPHRASE)
    assert schema.version_of(vault.conn) == schema.SCHEMA_VERSION
    assert [c.formatted_name for c in contact_store.iter_contacts(vault.conn)] == ["Alte Kundin"]
    upgraded_from = vault.conn.execute(
        "SELECT value FROM meta WHERE key='schema_upgraded_from'").fetchone()[0]
    assert upgraded_from == "1"
    vault.lock()


def test_failed_upgrade_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.cvault"
    _make_v1_vault(path)
    broken = [*MIGRATIONS, ["CREATE TABLE late_step(a)", "THIS IS NOT SQL"]]
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(broken))
    with pytest.raises(errors.VaultDamaged):  # reported, not a traceback
        Vault.open(path, PASSPHRASE)
    monkeypatch.undo()
    conn = connection.open_existing(path, PASSPHRASE)
    assert schema.version_of(conn) == 1  # the v2 step that did succeed was rolled back too
    assert not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name IN ('consent_events', 'late_step')").fetchone()
    conn.close()


def test_vault_from_newer_version_is_refused_unchanged(vault, vault_path):
    vault.conn.execute("PRAGMA user_version = 999")
    vault.lock()
    before = digest(vault_path)
    with pytest.raises(errors.VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)
    assert digest(vault_path) == before


def test_backup_and_restore(vault, vault_path, tmp_path):
    add_person(vault, name="Backup Marker Person")
    written = vaults.backup(vault, tmp_path / "copy.cvault", "backup passphrase")
    backup = written.path
    assert b"Backup Marker" not in backup.read_bytes()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    add_person(vault, name="Added After Backup", number="+49 171 2000002")
    vault.lock()

    with pytest.raises(errors.WrongPassphrase):
        vaults.restore(vault_path, backup, "not it")
    current = Vault.open(vault_path, PASSPHRASE)
    assert contact_store.count_contacts(current.conn) == 2  # a failed restore changed nothing
    current.lock()

    restored_from = vaults.restore(vault_path, backup, "backup passphrase",
                                   expect=audit.parse_head(written.audit_head))
    assert restored_from.audit_head == written.audit_head
    previous = restored_from.previous
    assert previous is not None and previous.exists()
    restored = Vault.open(vault_path, "backup passphrase")
    names = [c.formatted_name for c in contact_store.iter_contacts(restored.conn)]
    assert names == ["Backup Marker Person"]
    actions = [a for (a,) in restored.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    # the copy was taken before its "vault.backup" entry (written once it was complete)
    assert actions[-2:] == ["vault.create", "vault.restore"]
    assert audit.verify(restored.conn, audit.parse_head(written.audit_head)).ok
    restored.lock()
    kept = Vault.open(previous, PASSPHRASE)  # the replaced vault is still whole
    assert contact_store.count_contacts(kept.conn) == 2
    kept.lock()


def test_backup_never_overwrites(vault, tmp_path):
    target = tmp_path / "exists.cvault"
    target.write_bytes(b"keep me")
    with pytest.raises(errors.OutputExists):
        vaults.backup(vault, target, PASSPHRASE)
    assert target.read_bytes() == b"keep me"
    backup = tmp_path / "first.cvb"
    vaults.backup(vault, backup, PASSPHRASE)
    before = backup.read_bytes()
    with pytest.raises(errors.OutputProtected):  # a backup: not even when asked to
        vaults.backup(vault, backup, PASSPHRASE, force=True)
    assert backup.read_bytes() == before


def test_reasons_are_translated_with_the_message(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    with pytest.raises(errors.PassphraseRejected) as info:
        Vault.create(tmp_path / "v.cvault", "short")
    assert "mindestens 8 Zeichen" in info.value.message()
    empty = tmp_path / "empty.cvault"
    empty.write_bytes(b"")
    with pytest.raises(errors.NotAVault) as info:
        Vault.open(empty, PASSPHRASE)
    message = info.value.message()
    assert str(empty) in message and "the file is empty" not in message


def test_restore_refuses_a_backup_whose_trail_does_not_verify(vault, vault_path, tmp_path):
    add_person(vault, name="Original Person")
    written = vaults.backup(vault, tmp_path / "copy.cvault", "backup passphrase")
    vault.lock()
    copy = Vault.open(written.path, "backup passphrase")
    copy.conn.execute("DELETE FROM audit_log WHERE seq = 1")  # tampered with after writing
    copy.lock()
    with pytest.raises(errors.BackupTrailBroken) as refused:
        vaults.restore(vault_path, written.path, "backup passphrase")
    assert "entries before entry 2 are missing" in refused.value.message()
    assert refused.value.exit_code == errors.EXIT_TRAIL_BROKEN
    current = Vault.open(vault_path, PASSPHRASE)  # nothing changed
    assert audit.verify(current.conn).ok
    current.lock()


def test_restore_checks_the_head_printed_at_backup_time(vault, vault_path, tmp_path):
    first = vaults.backup(vault, tmp_path / "first.cvault", "backup passphrase")
    add_person(vault, name="Later Person")
    second = vaults.backup(vault, tmp_path / "second.cvault", "backup passphrase")
    vault.lock()
    # an older backup handed over as the newer one: its trail lacks the newer head
    with pytest.raises(errors.BackupTrailBroken) as refused:
        vaults.restore(vault_path, first.path, "backup passphrase",
                       expect=audit.parse_head(second.audit_head))
    assert "were printed earlier" in refused.value.message()
    assert vaults.restore(vault_path, second.path, "backup passphrase",
                          expect=audit.parse_head(second.audit_head)).audit_head \
        == second.audit_head
