"""Tampering with a vault as someone holding the passphrase would: open the SQLCipher
file directly with sqlcipher3, drop triggers, edit rows, recompute hashes. Each path has
its own test; ``contactvault audit verify`` (the real command line) must detect it — by
itself where the vault can know, and with ``--expect`` against a head printed earlier
where it cannot."""

from __future__ import annotations

import json

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from contactvault import errors
from contactvault.context import Context
from contactvault.services import consent, contacts, devices, exporting, vaults
from contactvault.vault import chain
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company

EXIT_BROKEN, EXIT_RECORDS, EXIT_HEAD = (errors.EXIT_TRAIL_BROKEN, errors.EXIT_RECORDS_CHANGED,
                                       errors.EXIT_HEAD_NOT_HELD)


@pytest.fixture
def shop(cli, tmp_path):
    """A vault with consent history, an export and a revocation; returns the head a DPO
    printed at the end (``audit verify`` run as usual)."""
    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)  # the notice handed over with each grant is complete
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    contacts.add_contact(ctx, formatted_name="Bert Berg", numbers=["0171 1000002"])
    devices.add_device(ctx, "Werkstatt")
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000002", "granted", with_notice=True)
    exporting.export(ctx, "Werkstatt", tmp_path / "werkstatt.vcf")
    consent.record_event(ctx, "0171 1000002", "revoked")
    vault.lock()
    printed = verify_json(cli)
    assert printed["ok"] and printed["count"] >= 9
    return f"{printed['count']}:{printed['head']}"


def verify_json(cli, *extra):
    result = cli("audit", "verify", "--json", *extra)
    data = json.loads(result.out)
    data["code"] = result.code
    return data


def attacker(cli):
    """The vault file opened the way anyone with the passphrase can open it."""
    conn = sqlcipher.connect(str(cli.vault), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    return conn


def revocation_id(conn) -> int:
    return conn.execute("SELECT id FROM consent_events WHERE kind = 'revoked'").fetchone()[0]


def recompute_chain(conn) -> None:
    """What an attacker with the program's source does after an edit: take every
    entry's record hashes again as the records are now, re-hash every entry and store
    the new head."""
    prev = chain.GENESIS
    rows = conn.execute("SELECT seq, at, actor, action, subject, details, covers "
                        "FROM audit_log ORDER BY seq").fetchall()
    for seq, at, actor, action, subject, details, covers in rows:
        refs = [r._replace(sha256=chain.digest_of(conn, r)) for r in chain.parse_covers(covers)]
        covers = chain.covers_text(refs)
        digest = chain.entry_digest(seq, at, actor, action, subject, details, prev, covers)
        conn.execute("UPDATE audit_log SET covers = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (covers, prev, digest, seq))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))


def test_untouched_vault_verifies_with_its_printed_head(cli, shop):
    data = verify_json(cli, "--expect", shop)
    assert data["ok"] and data["code"] == 0 and data["expected"] == shop
    short = shop.split(":")[0] + ":" + shop.split(":")[1][:16]  # as typed from paper
    assert verify_json(cli, "--expect", short)["code"] == 0
    human = cli("audit", "verify", "--expect", shop)
    assert human.code == 0 and f"Head: {shop}" in human.out and "still holds" in human.out
    malformed = cli("audit", "verify", "--expect", "12")
    assert malformed.code == 1 and "--expect" in malformed.err
    assert "Exit codes" in cli("audit", "verify", "--help").out


def test_revocation_deleted_through_the_erasure_permit(cli, shop):
    conn = attacker(cli)
    gone = revocation_id(conn)
    conn.execute("INSERT INTO erasure_permit(token) VALUES ('x')")
    conn.execute("DELETE FROM consent_events WHERE id = ?", (gone,))
    conn.execute("DELETE FROM erasure_permit")
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "record_changed"
    assert f"consent event {gone} no longer matches" in data["problem_text"]


def test_revocation_turned_into_a_grant_after_dropping_the_trigger(cli, shop):
    conn = attacker(cli)
    trigger_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                               "'consent_events_append_only_update'").fetchone()[0]
    conn.execute("DROP TRIGGER consent_events_append_only_update")
    changed = revocation_id(conn)
    conn.execute("UPDATE consent_events SET kind = 'granted', basis = 'consent' WHERE id = ?",
                 (changed,))
    conn.execute(trigger_sql)  # put back, so the schema looks as before
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "record_changed"
    assert f"consent event {changed}" in data["problem_text"]


def test_trigger_left_dropped(cli, shop):
    conn = attacker(cli)
    conn.execute("DROP TRIGGER consent_events_append_only_delete")
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "schema_changed"
    assert "triggers" in data["problem_text"]


def test_grant_inserted_without_an_entry(cli, shop):
    conn = attacker(cli)
    at = conn.execute("SELECT max(recorded_at) FROM consent_events").fetchone()[0]
    conn.execute(
        "INSERT INTO consent_events(e164, kind, basis, channel, recorded_by, occurred_at, "
        "recorded_at) VALUES ('+491711000003', 'granted', 'consent', 'paper', 'x', ?, ?)",
        (at, at))
    new_id = conn.execute("SELECT max(id) FROM consent_events").fetchone()[0]
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "record_unrecorded"
    assert f"consent event {new_id} has no entry" in data["problem_text"]


def test_every_touched_record_is_listed(cli, shop):
    """Two records changed in different ways: verify names both, not only the first."""
    conn = attacker(cli)
    gone = revocation_id(conn)
    conn.execute("INSERT INTO erasure_permit(token) VALUES ('x')")
    conn.execute("DELETE FROM consent_events WHERE id = ?", (gone,))
    conn.execute("DELETE FROM erasure_permit")
    conn.execute("INSERT INTO settings(key, value) VALUES ('policy.mode', '\"strict\"')")
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS
    assert [p["problem"] for p in data["problems"]] == ["record_changed", "record_unrecorded"]
    human = cli("audit", "verify")
    assert f"consent event {gone}" in human.out and "setting policy.mode" in human.out


def test_all_export_records_deleted(cli, shop):
    conn = attacker(cli)
    conn.execute("DELETE FROM export_items")
    conn.execute("DELETE FROM exports")
    conn.close()
    # the removal list no longer knows the revoked number is on the phone ...
    removals = json.loads(cli("removals", "--device", "Werkstatt", "--json").out)
    assert removals["open"] == []
    # ... but the trail does
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "record_changed"
    assert "export 1" in data["problem_text"]


def test_cutting_entries_that_covered_records(cli, shop):
    """The last entry (the revocation) cut off and the stored head fixed: the revocation
    is left without an entry, which verify sees by itself."""
    conn = attacker(cli)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    seq, digest = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                               ).fetchone()
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{digest}",))
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "record_unrecorded"


def test_cutting_last_entries_and_fixing_the_head(cli, shop):
    """Cut the last entries together with what they record and fix the stored head: the
    vault alone is consistent again; only the head printed earlier shows it."""
    conn = attacker(cli)
    count = int(shop.split(":")[0])
    revoked = revocation_id(conn)
    conn.execute("INSERT INTO erasure_permit(token) VALUES ('x')")
    conn.execute("DELETE FROM consent_events WHERE id = ?", (revoked,))
    conn.execute("DELETE FROM erasure_permit")
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (count,))
    seq, digest = conn.execute("SELECT seq, hash FROM audit_log WHERE seq = ?",
                               (count - 1,)).fetchone()
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{digest}",))
    conn.close()
    assert verify_json(cli)["code"] == 0  # what the vault alone cannot know
    data = verify_json(cli, "--expect", shop)
    assert data["code"] == EXIT_HEAD and data["problem"] == "expect_short"
    assert f"only {count - 1} entries, but {count} were printed" in data["problem_text"]


def test_chain_recomputed_after_an_edit(cli, shop):
    conn = attacker(cli)
    conn.execute("DROP TRIGGER consent_events_append_only_update")
    conn.execute("UPDATE consent_events SET kind = 'granted', basis = 'consent' WHERE id = ?",
                 (revocation_id(conn),))
    conn.execute("CREATE TRIGGER consent_events_append_only_update BEFORE UPDATE ON "
                 "consent_events BEGIN SELECT RAISE(ABORT, 'no'); END")
    recompute_chain(conn)
    conn.close()
    assert verify_json(cli)["code"] == 0  # a complete rewrite: undetectable without a head
    data = verify_json(cli, "--expect", shop)
    assert data["code"] == EXIT_HEAD and data["problem"] == "expect_differs"
    assert "rewritten" in data["problem_text"]


def test_whole_log_deleted(cli, shop):
    conn = attacker(cli)
    conn.execute("DELETE FROM audit_log")
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_BROKEN and data["problem"] == "log_empty"
    assert data["checked"] == 0
    human = cli("audit", "verify")
    assert human.code == EXIT_BROKEN and "empty" in human.out
    assert verify_json(cli, "--expect", shop)["code"] != 0


def test_a_kept_decision_edited_to_show_a_revoked_number_as_allowed(cli, shop):
    """The contacts table and ``consent list`` trust the decisions the vault keeps
    (derived data, outside the chain); ``audit verify`` decides each kept row again
    and names the one that is not the policy's."""
    listed = json.loads(cli("consent", "list", "--json").out)  # keeps every decision
    assert {r["e164"]: r["status"] for r in listed}["+491711000002"] == "revoked"
    conn = attacker(cli)
    granted = conn.execute("SELECT status, reason, since, details FROM consent_decisions "
                           "WHERE e164 = '+491711000001'").fetchone()
    conn.execute("UPDATE consent_decisions SET status = ?, reason = ?, since = ?, details = ? "
                 "WHERE e164 = '+491711000002'", granted)
    conn.close()
    listed = json.loads(cli("consent", "list", "--json").out)
    assert {r["e164"]: r["status"] for r in listed}["+491711000002"] == "eligible"  # trusted
    # exports and removal lists do not read it: they decide from the events
    plan = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert "+491711000002" not in [item["e164"] for item in plan["included"]]
    assert [r["e164"] for r in plan["removals"]] == ["+491711000002"]
    german = cli("audit", "verify", env={"CONTACTVAULT_LANG": "de"})
    assert german.code == EXIT_RECORDS
    assert "die gespeicherte Einwilligungsentscheidung für +49 171 1000002" in german.out
    # verify discarded the forged row: the list shows the policy's decision again
    listed = json.loads(cli("consent", "list", "--json").out)
    assert {r["e164"]: r["status"] for r in listed}["+491711000002"] == "revoked"
    assert verify_json(cli)["code"] == 0
    conn = attacker(cli)  # forged again, and named in English
    conn.execute("UPDATE consent_decisions SET status = ?, reason = ?, since = ?, details = ? "
                 "WHERE e164 = '+491711000002'", granted)
    conn.close()
    data = verify_json(cli)
    assert data["code"] == EXIT_RECORDS and data["problem"] == "decision_differs"
    assert data["problem_text"].startswith("the consent decision kept for +49 171 1000002 "
                                           "was not what the consent policy decides")
    assert "has been discarded" in data["problem_text"]
