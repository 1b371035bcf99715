"""The audit trail (audit.py, services/audit_ops.py): every change leaves an entry, and
editing, deleting or reordering rows directly in the database is detected."""

from __future__ import annotations

import pytest

from contactvault import audit
from contactvault.context import Context
from contactvault.services import audit_ops, consent, contacts, devices
from tests.core.consent_helpers import fill_company, insert_person


@pytest.fixture
def busy_vault(vault, ctx):
    """A vault with a dozen entries of different kinds."""
    contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"])
    contacts.add_contact(ctx, formatted_name="Bert Berg", numbers=["0171 1000002"])
    consent.record_event(ctx, "0171 1000001", "granted")
    consent.record_event(ctx, "0171 1000002", "implied")
    fill_company(vault)  # the notice needs the business's details
    consent.mark_notice_sent(ctx, "0171 1000002", "de")
    devices.add_device(ctx, "Werkstatt")
    contacts.set_category(ctx, [1], "employee")
    consent.record_event(ctx, "0171 1000001", "revoked")
    assert audit_ops.verify(ctx).ok
    return vault


def _rows(vault):
    return vault.conn.execute("SELECT seq FROM audit_log ORDER BY seq").fetchall()


def test_intact_chain(busy_vault):
    result = audit_ops.verify(Context(busy_vault))
    assert result.ok and result.checked == len(_rows(busy_vault)) >= 9
    actions = [e.action for e in audit_ops.list_entries(Context(busy_vault))]
    assert actions[:2] == ["vault.schema", "vault.create"]
    for expected in ("contact.add", "consent.granted", "consent.implied", "consent.notice_sent",
                     "device.add", "contact.category", "consent.revoked"):
        assert expected in actions


@pytest.mark.parametrize("column,value", [
    ("actor", "'mallory'"), ("action", "'export'"), ("details", "'{}'"),
    ("at", "'2020-01-01T00:00:00+00:00'"), ("subject", "'event:99'")])
def test_edited_entry_is_named(busy_vault, column, value):
    busy_vault.conn.execute(f"UPDATE audit_log SET {column} = {value} WHERE seq = 5")
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == 5 and result.problem == "hash_mismatch"
    assert "entry 5" in result.problem_text()


def test_edit_with_recomputed_own_hash_breaks_the_next_link(busy_vault):
    conn = busy_vault.conn
    seq, at, actor, action, subject, details, prev = conn.execute(
        "SELECT seq, at, actor, action, subject, details, prev_hash FROM audit_log "
        "WHERE seq = 4").fetchone()
    forged = audit._digest(seq, at, "mallory", action, subject, details, prev)
    conn.execute("UPDATE audit_log SET actor = 'mallory', hash = ? WHERE seq = 4", (forged,))
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == 5 and result.problem == "chain_broken"


def test_deleted_entry_in_the_middle(busy_vault):
    busy_vault.conn.execute("DELETE FROM audit_log WHERE seq = 3")
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == 4 and result.problem == "gap"


def test_deleted_last_entry(busy_vault):
    last = _rows(busy_vault)[-1][0]
    busy_vault.conn.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.problem == "entries_missing"
    assert result.first_bad_seq == last - 1


def test_deleted_everything(busy_vault):
    busy_vault.conn.execute("DELETE FROM audit_log")
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.problem == "entries_missing"


def test_reordered_entries(busy_vault):
    conn = busy_vault.conn
    # swap the contents of entries 4 and 6 (keeping the sequence numbers in place)
    conn.execute("UPDATE audit_log SET seq = -4 WHERE seq = 4")
    conn.execute("UPDATE audit_log SET seq = 4 WHERE seq = 6")
    conn.execute("UPDATE audit_log SET seq = 6 WHERE seq = -4")
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == 4


def test_renumbered_after_delete(busy_vault):
    """Deleting entry 3 and closing the gap by renumbering still shows."""
    conn = busy_vault.conn
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    for (seq,) in conn.execute("SELECT seq FROM audit_log WHERE seq > 3 ORDER BY seq").fetchall():
        conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq - 1, seq))
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == 3


def test_inserted_entry(busy_vault):
    conn = busy_vault.conn
    last = _rows(busy_vault)[-1][0]
    conn.execute("INSERT INTO audit_log(seq, at, actor, action, subject, details, prev_hash, "
                 "hash) VALUES (?, '2026-01-01T00:00:00+00:00', 'x', 'export', '', '{}', "
                 "'0', '0')", (last + 1,))
    result = audit_ops.verify(Context(busy_vault))
    assert not result.ok and result.first_bad_seq == last + 1


def test_list_since(busy_vault):
    everything = audit_ops.list_entries(Context(busy_vault))
    assert audit_ops.list_entries(Context(busy_vault), "2000-01-01") == everything
    assert audit_ops.list_entries(Context(busy_vault), "2999-01-01") == []


def test_actor_names(vault, ctx, monkeypatch):
    monkeypatch.setenv("CONTACTVAULT_ACTOR", "Herr Test")
    with vault.transaction() as conn:
        insert_person(conn, "X", ["0171 1000009"])
    assert consent.record_event(ctx, "0171 1000009", "granted").recorded_by == "Herr Test"
    assert audit_ops.list_entries(ctx)[-1].actor == "Herr Test"
