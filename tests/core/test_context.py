"""One context for every service call (context.py): who acts is decided in one place,
and every record of a session names that person and takes its time from one clock."""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from contactvault import audit
from contactvault.context import Context, decide_actor
from contactvault.services import consent, contacts, devices, exporting, importing, preferences
from contactvault.services import procedure as proc
from tests.core.consent_helpers import fill_company

DPO = "Dr. Erika Datenschutz"
CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Anna Abel
N:Abel;Anna;;;
TEL;TYPE=CELL:+49 151 11111111
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Bernd Bäcker
N:Bäcker;Bernd;;;
TEL;TYPE=CELL:+49 170 2222222
END:VCARD
"""
# Every table that says who did something, with its "who" and "when" columns.
RECORDS = {
    "consent_events": ("recorded_by", "recorded_at"),
    "messages_sent": ("recorded_by", "sent_at"),
    "procedure_runs": ("started_by", "started_at"),
    "procedure_steps": ("actor", "recorded_at"),
    "exports": ("actor", "created_at"),
    "removal_confirmations": ("confirmed_by", "confirmed_at"),
}


def a_working_day(ctx, tmp_path) -> str:
    """Import, edit, classify, consent, a phone, a procedure step, an export and a
    removal confirmation, all through the services with ``ctx``; returns the phone.
    The business's details must be filled in before (the notice needs them)."""
    book = tmp_path / "phone.vcf"
    book.write_text(CARDS, encoding="utf-8")
    report = importing.import_files(ctx, [book])
    anna, bernd = report.contact_ids
    contacts.edit_contact(ctx, anna, title="Kundin")
    contacts.set_category(ctx, [anna, bernd], "customer")
    consent.record_event(ctx, "+4915111111111", "granted", channel="paper", with_notice=True)
    consent.record_event(ctx, "+491702222222", "implied")
    consent.mark_notice_sent(ctx, "+491702222222", "de")
    phone = devices.add_device(ctx, "Werkstatt").name
    proc.start(ctx, phone, starting_point="has_contacts")
    exporting.export(ctx, phone, tmp_path / "phone-export.vcf")
    consent.record_event(ctx, "+4915111111111", "revoked", channel="phone")
    exporting.confirm_removal(ctx, phone, "+4915111111111")
    return phone


def _records(vault) -> dict[str, list[tuple[str, str]]]:
    with vault.reading() as conn:
        return {table: conn.execute(f"SELECT {who}, {when} FROM {table}").fetchall()
                for table, (who, when) in RECORDS.items()}


def test_the_vaults_actor_names_every_record(vault, ctx, tmp_path, monkeypatch):
    monkeypatch.delenv("CONTACTVAULT_ACTOR", raising=False)
    assert getpass.getuser() != DPO
    preferences.save_settings(ctx, {"audit.actor": DPO})
    fill_company(ctx)
    with vault.reading() as conn:
        before = len(list(audit.entries(conn)))

    phone = a_working_day(ctx, tmp_path)

    with vault.reading() as conn:
        entries = list(audit.entries(conn))[before:]
    assert [e.action for e in entries] == [
        "import", "contact.edit", "contact.category", "consent.granted", "consent.implied",
        "consent.notice_sent", "device.add", "procedure.step", "export", "consent.revoked",
        "removal.confirm"]
    assert {e.actor for e in entries} == {DPO}
    records = _records(vault)
    assert all(records.values()), records
    assert {who for rows in records.values() for who, _ in rows} == {DPO}
    # the printed protocol names the person who recorded the steps
    assert DPO in proc.protocol_html(ctx, phone)


def test_times_come_from_the_contexts_clock(vault, ctx, tmp_path):
    moment = datetime(2026, 3, 2, 9, 30, 15, 250_000, tzinfo=UTC)
    fixed = replace(ctx, clock=lambda: moment)
    fill_company(ctx)
    with vault.reading() as conn:
        before = len(list(audit.entries(conn)))

    a_working_day(fixed, tmp_path)

    stamp = "2026-03-02T09:30:15+00:00"
    with vault.reading() as conn:
        entries = list(audit.entries(conn))[before:]
        updated = {r[0] for r in conn.execute("SELECT updated_at FROM contacts")}
        imported = {r[0] for r in conn.execute("SELECT imported_at FROM source_records")}
        created = {r[0] for r in conn.execute("SELECT created_at FROM devices")}
        occurred = {r[0] for r in conn.execute("SELECT occurred_at FROM consent_events")}
    assert len(entries) == 11 and {e.at for e in entries} == {stamp}
    assert updated == imported == created == occurred == {stamp}
    assert {when for rows in _records(vault).values() for _, when in rows} == {stamp}


@pytest.mark.parametrize("explicit, env, setting, expected", [
    ("Anna", "Bernd", "Carla", "Anna"),
    (None, "Bernd", "Carla", "Bernd"),
    (None, None, "  Carla  ", "Carla"),
    (None, None, "", "<os>"),
    (None, "   ", None, "<os>"),
])
def test_who_acts_is_decided_in_one_order(explicit, env, setting, expected, monkeypatch):
    if env is None:
        monkeypatch.delenv("CONTACTVAULT_ACTOR", raising=False)
    else:
        monkeypatch.setenv("CONTACTVAULT_ACTOR", env)
    found = decide_actor(explicit, setting)
    assert found == (getpass.getuser() if expected == "<os>" else expected)


def test_an_explicit_actor_and_a_changed_setting(vault, monkeypatch):
    monkeypatch.delenv("CONTACTVAULT_ACTOR", raising=False)
    ctx = Context(vault)
    devices.add_device(ctx, "A")
    preferences.save_settings(ctx, {"audit.actor": DPO})
    devices.add_device(ctx, "B")  # the new setting counts from the next action on
    devices.add_device(replace(ctx, actor="Empfang"), "C")
    with vault.reading() as conn:
        actors = [(e.action, e.actor) for e in audit.entries(conn)][-4:]
    os_user = getpass.getuser()
    assert actors == [("device.add", os_user), ("settings.change", os_user),
                      ("device.add", DPO), ("device.add", "Empfang")]
