"""The one chain over the records (vault/chain.py): every covered write has its entry in
the same transaction, records stored before covering existed are covered once by the
migration, and a column added later does not break the hashes of older rows."""

from __future__ import annotations

import json

import pytest

from contactvault import audit
from contactvault.context import Context
from contactvault.services import audit_ops, consent, contacts, devices, evidence, preferences
from contactvault.vault import Vault, chain, connection, schema
from contactvault.vault import consent as consent_store
from contactvault.vault.migrations import MIGRATIONS
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company

# the schema version just before records were covered
OLD_VERSION = next(i for i, step in enumerate(MIGRATIONS)
                   if getattr(step, "__name__", "") == "chain_covers_records")


def test_a_covered_write_without_its_entry_is_not_committed(vault, ctx):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    before = audit_ops.head(ctx)
    with pytest.raises(RuntimeError, match="without an audit entry"):
        with vault.transaction() as conn:
            consent_store.record_message(conn, "+491711000001", "notice", "notice/de/1", "de",
                                         "2026-01-01T00:00:00+00:00", "x", text="x")
    assert vault.conn.execute("SELECT count(*) FROM messages_sent").fetchone()[0] == 0
    assert audit_ops.head(ctx) == before
    assert audit_ops.verify(ctx).ok


def test_every_kind_of_record_is_covered_by_its_entry(vault, ctx, tmp_path):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    devices.add_device(ctx, "Werkstatt")
    consent.record_event(ctx, "0171 1000001", "implied",
                         evidence_files=[evidence.Attachment("chat.png", b"\x89PNG chat")])
    fill_company(ctx)
    consent.mark_notice_sent(ctx, "0171 1000001", "de")
    preferences.save_settings(ctx, {"company.name": "Holz GmbH"})
    covered = {c[0] for e in audit_ops.list_entries(ctx) for c in e.covers}
    assert {"consent_events", "messages_sent", "settings", "devices", "sqlite_master",
            "evidence_files"} <= covered
    notice = audit_ops.list_entries(ctx)[-2]
    assert notice.action == "consent.notice_sent"
    assert sorted(c[0] for c in notice.covers) == ["consent_events", "messages_sent"]
    result = audit_ops.verify(ctx)
    # 2 events, 1 text, 1 file, the 6 settings of the business and its DPO, 1 phone
    assert result.ok and result.records_checked == 11


def test_a_changed_setting_row_is_detected(vault, ctx):
    preferences.save_settings(ctx, {"policy.mode": "strict"})
    preferences.save_settings(ctx, {"policy.mode": "standard"})  # the newer entry counts
    assert audit_ops.verify(ctx).ok
    vault.conn.execute("UPDATE settings SET value = '\"strict\"' WHERE key = 'policy.mode'")
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem == "record_changed"
    assert "setting policy.mode" in result.problem_text()


def _make_old_vault(path):
    """A vault as the release before covering wrote it: records and an audit entry."""
    conn = connection.create_new(path, PASSPHRASE)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:OLD_VERSION]:
        if callable(step):
            step(conn)
            continue
        for statement in step:
            conn.execute(statement)
    conn.execute("INSERT INTO meta(key, value) VALUES ('app', 'contactvault')")
    at = "2026-01-05T10:00:00+00:00"
    conn.execute("INSERT INTO devices(name, platform, created_at) VALUES ('Alt', 'android', ?)",
                 (at,))
    for n in range(3):
        conn.execute("INSERT INTO consent_events(e164, kind, basis, recorded_by, occurred_at, "
                     "recorded_at) VALUES (?, 'granted', 'consent', 'x', ?, ?)",
                     (f"+49171100000{n}", at, at))
    conn.execute("INSERT INTO exports(device_id, kind, policy, file_name, file_sha256, "
                 "number_count, actor, created_at) VALUES (1, 'full', 'standard', 'a.vcf', "
                 "'00', 1, 'x', ?)", (at,))
    conn.execute("INSERT INTO export_items VALUES (1, 1, 'u1', '+491711000000', 'A', 1)")
    conn.execute("INSERT INTO settings(key, value) VALUES ('company.name', '\"Alt GmbH\"')")
    digest = audit._digest(1, at, "x", "vault.create", "", "{}", audit.GENESIS)
    conn.execute("INSERT INTO audit_log(seq, at, actor, action, subject, details, prev_hash, "
                 "hash) VALUES (1, ?, 'x', 'vault.create', '', '{}', ?, ?)",
                 (at, audit.GENESIS, digest))
    conn.execute("INSERT INTO meta(key, value) VALUES ('audit_head', ?)", (f"1:{digest}",))
    conn.execute(f"PRAGMA user_version = {OLD_VERSION}")
    conn.execute("COMMIT")
    conn.close()


def test_migration_covers_existing_records_once(tmp_path):
    path = tmp_path / "old.cvault"
    _make_old_vault(path)
    vault = Vault.open(path, PASSPHRASE)
    ctx = Context(vault)
    entries = audit_ops.list_entries(ctx)
    assert [e.action for e in entries] == ["vault.create", "chain.existing", "chain.existing",
                                           "vault.schema"]
    existing = entries[1]
    assert existing.actor == chain.PROGRAM_ACTOR
    assert existing.details == {"records": {"consent_events": 3, "exports": 1,
                                            "export_items": 1, "settings": 1}}
    assert entries[2].details == {"records": {"devices": 1}}
    assert ["consent_events", "id", "<=", 3] in [c[:4] for c in existing.covers]
    assert audit_ops.verify(ctx).ok
    vault.lock()
    Vault.open(path, PASSPHRASE).lock()  # opening again covers nothing twice
    vault = Vault.open(path, PASSPHRASE)
    assert len(audit_ops.list_entries(Context(vault))) == 4
    vault.conn.execute("DROP TRIGGER consent_events_append_only_update")
    vault.conn.execute("UPDATE consent_events SET kind = 'revoked' WHERE id = 2")
    result = audit_ops.verify(Context(vault))
    assert not result.ok and result.problem == "record_changed" and result.first_bad_seq == 2
    assert "consent event up to 3" in result.problem_text()
    vault.lock()


def test_a_column_added_later_keeps_older_hashes(vault, ctx, vault_path, monkeypatch):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    event = consent.record_event(ctx, "0171 1000001", "granted")
    vault.lock()
    later = [*MIGRATIONS, ["ALTER TABLE consent_events ADD COLUMN text_sent TEXT NOT NULL "
                           "DEFAULT ''"]]
    monkeypatch.setattr(schema, "MIGRATIONS", later)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(later))
    reopened = Vault.open(vault_path, PASSPHRASE)
    ctx = Context(reopened)
    assert audit_ops.list_entries(ctx)[-1].action == "vault.schema"
    assert audit_ops.verify(ctx).ok
    # the new column is covered for the old row too: it must keep its default
    reopened.conn.execute("DROP TRIGGER consent_events_append_only_update")
    reopened.conn.execute("UPDATE consent_events SET text_sent = 'Ja' WHERE id = ?",
                          (event.id,))
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem in ("record_changed", "schema_changed")
    reopened.lock()


def test_an_upgrade_does_not_bless_a_schema_changed_before_it(vault, ctx, vault_path,
                                                              monkeypatch):
    """An upgrade records the schema it leaves; a trigger dropped before it (behind the
    program's back) must stay a finding, not become the recorded state."""
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    consent.record_event(ctx, "0171 1000001", "granted")
    last_schema_entry = audit_ops.list_entries(ctx)[0].seq  # the vault's creation
    vault.conn.execute("DROP TRIGGER consent_events_append_only_update")
    assert audit_ops.verify(ctx).problem == "schema_changed"
    vault.lock()
    later = [*MIGRATIONS, ["CREATE INDEX later_index ON contacts(updated_at)"]]
    monkeypatch.setattr(schema, "MIGRATIONS", later)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(later))
    reopened = Vault.open(vault_path, PASSPHRASE)
    ctx = Context(reopened)
    upgrade = audit_ops.list_entries(ctx)[-1]
    assert upgrade.action == "vault.schema"
    assert upgrade.details[chain.SCHEMA_CHANGED_BEFORE] == last_schema_entry
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem == "schema_changed"
    assert result.first_bad_seq == last_schema_entry
    reopened.lock()


def test_an_upgrade_of_an_untouched_schema_finds_nothing(vault, ctx, vault_path,
                                                          monkeypatch):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    vault.lock()
    later = [*MIGRATIONS, ["CREATE INDEX later_index ON contacts(updated_at)"]]
    monkeypatch.setattr(schema, "MIGRATIONS", later)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(later))
    reopened = Vault.open(vault_path, PASSPHRASE)
    ctx = Context(reopened)
    assert chain.SCHEMA_CHANGED_BEFORE not in audit_ops.list_entries(ctx)[-1].details
    assert audit_ops.verify(ctx).ok
    reopened.lock()


def test_entries_list_what_they_cover(vault, ctx):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    event = consent.record_event(ctx, "0171 1000001", "granted")
    entry = audit_ops.list_entries(ctx)[-1]
    (table, column, op, value, sha256), = entry.covers
    assert (table, column, op, value) == ("consent_events", "id", "=", event.id)
    assert len(sha256) == 64
    stored = vault.conn.execute("SELECT covers FROM audit_log WHERE seq = ?",
                                (entry.seq,)).fetchone()[0]
    assert json.loads(stored) == [list(entry.covers[0])]


def test_a_blob_smuggled_into_a_record_is_reported_not_a_crash(vault, ctx):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    event = consent.record_event(ctx, "0171 1000001", "granted")
    trigger = vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                                 "'consent_events_append_only_update'").fetchone()[0]
    vault.conn.execute("DROP TRIGGER consent_events_append_only_update")
    vault.conn.execute("UPDATE consent_events SET evidence = x'00ff' WHERE id = ?", (event.id,))
    vault.conn.execute(trigger)
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem == "record_changed"
    assert f"consent event {event.id}" in result.problem_text()


def test_every_table_is_covered_or_left_out_with_a_reason(vault):
    tables = {name for (name,) in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    decided = set(chain.COVERED) | set(chain.NOT_COVERED)
    assert tables - decided == set(), "new tables: add them to chain.COVERED or NOT_COVERED"
    assert not set(chain.COVERED) & set(chain.NOT_COVERED)


def test_a_renamed_phone_profile_is_detected(vault, ctx):
    """Exports and procedure runs name a phone by id: renaming the profile behind the
    program's back would move them to another phone on every document."""
    device = devices.add_device(ctx, "Werkstatt")
    vault.conn.execute("UPDATE devices SET name = 'Büro' WHERE id = ?", (device.id,))
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem == "record_changed"
    assert f"WhatsApp phone {device.id}" in result.problem_text()


def test_bytes_in_a_blob_column_are_covered(vault, ctx, monkeypatch):
    """A table that keeps files (declared BLOB) is hashed with its bytes: changing one
    byte is detected."""
    vault.conn.execute("CREATE TABLE attachments (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    monkeypatch.setitem(chain.COVERED, "attachments", "id")
    with vault.transaction() as conn:
        conn.execute("INSERT INTO attachments(id, body) VALUES (1, x'00ff10')")
        chain.touch(conn, "attachments", 1)
        audit.record(conn, "attachment.add", actor="x", at="2026-01-01T00:00:00+00:00")
    ref = chain.Ref("attachments", "id", "=", 1)
    before = chain.digest_of(vault.conn, ref)
    assert len(before) == 64
    vault.conn.execute("UPDATE attachments SET body = x'00ff11' WHERE id = 1")
    assert chain.digest_of(vault.conn, ref) != before



def _erase_events(vault, e164: str) -> list[int]:
    """An erasure as the storage layer makes one: under the permit, every event of the
    number deleted, each noted with touch_erased, one entry for all."""
    with vault.transaction() as conn:
        ids = [i for (i,) in conn.execute("SELECT id FROM consent_events WHERE e164 = ?",
                                          (e164,))]
        conn.execute("INSERT INTO erasure_permit(token) VALUES ('erasure')")
        for event_id in ids:
            conn.execute("DELETE FROM consent_events WHERE id = ?", (event_id,))
            chain.touch_erased(conn, "consent_events", [event_id])
        conn.execute("DELETE FROM erasure_permit")
        audit.record(conn, "erasure", actor="DSB", at="2026-12-01T10:00:00+00:00",
                     details={"events": len(ids)})
    return ids


def test_an_erasure_with_its_entry_verifies(vault, ctx):
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    fill_company(ctx)  # the notice handed over with the grant is complete
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000001", "revoked")
    assert len(_erase_events(vault, "+491711000001")) == 2
    assert audit_ops.verify(ctx).ok
    assert audit_ops.list_entries(ctx)[-1].action == "erasure"


def test_an_erasure_of_records_covered_by_the_migration_verifies(tmp_path):
    path = tmp_path / "old.cvault"
    _make_old_vault(path)
    vault = Vault.open(path, PASSPHRASE)
    ctx = Context(vault)
    assert _erase_events(vault, "+491711000001") == [2]  # inside the range "up to 3"
    result = audit_ops.verify(ctx)
    assert result.ok, result.problem_text()
    vault.lock()
