"""Recording consent (services/consent.py, consent/events.py): numbers as typed, the
append-only history, the audit entry for every event, notices and revocation texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from contactvault import audit, clock, errors
from contactvault.services import consent, preferences
from contactvault.vault.connection import DatabaseError
from tests.core.consent_helpers import fill_company, insert_person


@pytest.fixture
def people(vault):
    fill_company(vault)
    with vault.transaction() as conn:
        anna = insert_person(conn, "Anna Adler", ["0171 1000001"])
        bert = insert_person(conn, "Bert Berg", ["0171 1000002", "0631 1234567"])
        office = insert_person(conn, "Büro", ["0171 1000001"], category="supplier")
    return anna, bert, office


@pytest.mark.parametrize("typed", ["0171 1000001", "+49 171 1000001", "0049 171 1000001",
                                   "+491711000001", "(0171) 100 00 01"])
def test_number_in_any_typed_form(ctx, people, typed):
    assert consent.resolve_number(ctx, typed) == "+491711000001"


def test_contact_and_phone_ids(vault, ctx, people):
    anna, bert, _ = people
    assert consent.resolve_number(ctx, str(anna.contact_id)) == "+491711000001"
    assert consent.resolve_number(ctx, f"#{anna.contact_id}") == "+491711000001"
    with pytest.raises(errors.AmbiguousNumber) as err:
        consent.resolve_number(ctx, str(bert.contact_id))
    assert "+491711000002" in err.value.message() and "+496311234567" in err.value.message()
    with vault.reading() as conn:
        phone_id = conn.execute("SELECT id FROM phones WHERE e164 = '+496311234567'"
                                ).fetchone()[0]
    assert consent.resolve_number(ctx, f"phone:{phone_id}") == "+496311234567"


@pytest.mark.parametrize("typed", ["0171 9999999", "999", "#999", "phone:999", "", "hallo"])
def test_unknown_number_or_id_is_a_clear_error(ctx, people, typed):
    with pytest.raises(errors.NumberNotFound) as err:
        consent.resolve_number(ctx, typed)
    assert err.value.code == "number_not_found"


def test_record_event_defaults_and_audit(vault, ctx, people):
    anna, _, _ = people
    ev = consent.record_event(replace(ctx, actor="Frau Kurz"), "0171 1000001", "granted",
                              channel="paper", evidence="Formular vom 3.5., Ordner 2")
    assert ev.id and ev.e164 == "+491711000001" and ev.basis == "consent"
    assert ev.recorded_by == "Frau Kurz" and ev.channel == "paper"
    assert ev.contact_id is None  # the number is on two contacts: consent is per number
    with vault.reading() as conn:
        last = list(audit.entries(conn))[-1]
    assert last.action == "consent.granted" and last.details["event"] == ev.id
    # no personal data in the audit: neither the number nor the evidence text
    assert "1000001" not in repr(last) and "Formular" not in repr(last)


def test_implied_defaults_to_whatsapp(ctx, people):
    ev = consent.record_event(ctx, "0171 1000002", "implied")
    assert ev.channel == "whatsapp" and ev.basis == "consent" and ev.contact_id == \
        people[1].contact_id


def test_purpose_and_notice_handed_over_are_stored_and_audited(vault, ctx, people):
    plain = consent.record_event(ctx, "0171 1000002", "granted")
    assert plain.purpose == "service" and plain.with_notice is False
    ev = consent.record_event(ctx, "0171 1000002", "granted", purpose="advertising",
                              with_notice=True)
    assert consent.history(ctx, "0171 1000002")[-1] == ev
    assert ev.purpose == "advertising" and ev.with_notice is True
    with vault.reading() as conn:
        last = list(audit.entries(conn))[-1]
    assert last.details["purpose"] == "advertising" and last.details["with_notice"] is True
    assert consent.record_event(ctx, "0171 1000002", "revoked").purpose is None
    with pytest.raises(errors.InvalidArgument):
        consent.record_event(ctx, "0171 1000002", "implied", with_notice=True)
    with pytest.raises(errors.InvalidArgument):
        consent.record_event(ctx, "0171 1000002", "revoked", purpose="advertising")
    with pytest.raises(errors.InvalidArgument):
        consent.record_event(ctx, "0171 1000002", "granted", purpose="sales")


def test_occurred_at_and_future(ctx, people):
    ev = consent.record_event(ctx, "0171 1000002", "granted", occurred_at="2025-03-01 14:05")
    assert ev.occurred_at == clock.to_iso(consent.parse_when("2025-03-01 14:05"))
    assert ev.recorded_at > ev.occurred_at
    with pytest.raises(errors.EventInFuture):
        consent.record_event(ctx, "0171 1000002", "granted",
                             occurred_at=clock.now() + timedelta(days=1))
    with pytest.raises(errors.InvalidArgument):
        consent.record_event(ctx, "0171 1000002", "granted", occurred_at="gestern")


@pytest.mark.parametrize("field,value", [("kind", "maybe"), ("basis", "whim"),
                                         ("channel", "pigeon")])
def test_unknown_kind_basis_channel(ctx, people, field, value):
    kwargs = {"basis": None, "channel": None}
    kind = "granted"
    if field == "kind":
        kind = value
    else:
        kwargs[field] = value
    with pytest.raises(errors.InvalidArgument):
        consent.record_event(ctx, "0171 1000002", kind, **kwargs)


def test_events_cannot_be_changed_or_deleted(vault, ctx, people):
    ev = consent.record_event(ctx, "0171 1000001", "granted")
    with pytest.raises(DatabaseError, match="cannot be changed"):
        vault.conn.execute("UPDATE consent_events SET kind = 'revoked' WHERE id = ?", (ev.id,))
    with pytest.raises(DatabaseError, match="cannot be deleted"):
        vault.conn.execute("DELETE FROM consent_events WHERE id = ?", (ev.id,))
    assert consent.history(ctx, "+491711000001") == [ev]


def test_history_is_ordered_and_per_number(ctx, people):
    later = consent.record_event(ctx, "0171 1000001", "revoked", occurred_at="2025-06-01")
    earlier = consent.record_event(ctx, "0171 1000001", "granted", occurred_at="2025-01-01")
    consent.record_event(ctx, "0171 1000002", "granted")
    assert consent.history(ctx, "0171 1000001") == [earlier, later]


def test_decisions_for_contact_and_all(ctx, people):
    anna, bert, office = people
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    rows = consent.decisions_for_contact(ctx, bert.contact_id)
    assert [(n.e164, d.status) for n, d, _ in rows] == [("+491711000002", "no_consent"),
                                                        ("+496311234567", "no_consent")]
    everything = consent.decisions_for_all(ctx)
    assert everything[anna.contact_id][0][1].eligible
    # the same number under another contact: onto a phone once, under the contact the
    # consent names (here none: the lowest id, Anna's); the office sees why not its own
    assert everything[office.contact_id][0][1].status == "shared_number"
    [(_number, shown, _history)] = consent.decisions_for_contact(ctx, office.contact_id)
    assert shown.status == "shared_number" and shown.basis_event is not None
    with pytest.raises(errors.ContactNotFound):
        consent.decisions_for_contact(ctx, 999)


def _statements(vault):
    """The SQL statements ``vault``'s connection runs, collected while the list is used."""
    seen: list[str] = []
    vault.conn.set_trace_callback(seen.append)
    return seen


def test_a_contacts_page_reads_its_numbers_and_their_sharers_in_one_query(vault, ctx):
    """However many numbers a contact has, and however many others store them, the
    contact's page reads the phones once and the events once."""
    from contactvault.services import contacts

    fill_company(ctx)
    numbers = [f"0171 40000{i:02d}" for i in range(6)]
    many = contacts.add_contact(ctx, given="Mia", family="Viel", numbers=numbers).id
    for i, number in enumerate(numbers[:4]):
        contacts.add_contact(ctx, given=f"Teil{i}", family="Haber", numbers=[number])
    consent.record_event(ctx, numbers[0], "granted", with_notice=True, contact_id=many)
    seen = _statements(vault)
    try:
        rows = consent.decisions_for_contact(ctx, many)
    finally:
        vault.conn.set_trace_callback(None)
    assert len(rows) == 6 and rows[0][1].eligible
    assert len([s for s in seen if "FROM phones" in s and "JOIN contacts" in s]) == 1
    assert len([s for s in seen if "FROM consent_events" in s]) == 1


def test_the_table_reads_the_kept_decisions_not_every_event(vault, ctx, people):
    """Once the decisions are kept (by the overview, or by the table itself), filling
    the table reads no consent event; a number whose decision was dropped (a new event)
    is decided from its own events only, and kept again."""
    from contactvault.services import dashboard
    from contactvault.vault import decisions as decision_store

    anna, _bert, office = people
    with vault.transaction() as conn:  # enough numbers that one missing is a few
        for i in range(8):
            insert_person(conn, f"Person {i}", [f"0171 50000{i:02d}"])
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    dashboard.dashboard(ctx)
    seen = _statements(vault)
    try:
        everything = consent.decisions_for_all(ctx)
    finally:
        vault.conn.set_trace_callback(None)
    assert everything[anna.contact_id][0][1].reason == "granted_with_notice"
    assert everything[office.contact_id][0][1].status == "shared_number"
    assert not [s for s in seen if "consent_events" in s]
    consent.record_event(ctx, "0171 1000002", "revoked")
    seen = _statements(vault)
    try:
        everything = consent.decisions_for_all(ctx)
    finally:
        vault.conn.set_trace_callback(None)
    read = [s for s in seen if "FROM consent_events" in s]
    assert len(read) == 1 and "IN (" in read[0]  # the one number's events
    with vault.reading() as conn:
        assert decision_store.count(conn) == 11  # kept again


def test_private_category_follows_the_contact(ctx, people):
    from contactvault.services import contacts

    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    contacts.set_category(ctx, [people[0].contact_id], "private")
    everything = consent.decisions_for_all(ctx)
    assert everything[people[0].contact_id][0][1].status == "private"
    assert everything[people[2].contact_id][0][1].eligible


def test_notice_sent_records_version_message_and_wording(vault, ctx, people):
    fill_company(ctx)
    consent.record_event(ctx, "0171 1000002", "implied")
    ev, text = consent.mark_notice_sent(ctx, "0171 1000002", "de")
    assert ev.kind == "notice_sent" and ev.notice_version == "notice/de/standard/2"
    assert "Tischlerei Holz GmbH" in text and "https://holz.example/datenschutz" in text
    assert "{" not in text
    with vault.reading() as conn:
        from contactvault.vault import consent as consent_store

        assert consent_store.template_text(conn, "notice/de/standard/2").startswith(
            "Datenschutzhinweis")
        (message,) = consent_store.messages_for(conn, "+491711000002")
        assert message.template == "notice/de/standard/2" and message.text == text
    decision = consent.decisions_for_contact(ctx, people[1].contact_id)[0][1]
    assert decision.eligible and decision.reason == "implied_with_notice"


def test_record_event_notice_sent_gets_the_version(vault, ctx, people):
    fill_company(vault)
    ev = consent.record_event(ctx, "0171 1000002", "notice_sent")
    assert ev.notice_version == "notice/de/standard/2"


def test_revocation_confirmation_text_and_record(vault, ctx, people):
    fill_company(vault)
    consent.record_event(ctx, "0171 1000001", "revoked", occurred_at="2026-01-05 10:00")
    text = consent.revocation_confirmation(ctx, "0171 1000001", "de")
    assert "05.01.2026" in text and "Widerruf" in text  # a German letter, a German date
    english = consent.revocation_confirmation(ctx, "0171 1000001", "en")
    assert "withdrawal" in english
    message_id = consent.record_revocation_confirmation_sent(ctx, "0171 1000001", "en")
    assert consent.messages(ctx, "+491711000001")[0].id == message_id
    with vault.reading() as conn:
        assert list(audit.entries(conn))[-1].action == "message.revocation_confirmation"


def test_actor_from_vault_setting(vault, ctx, people, monkeypatch):
    monkeypatch.delenv("CONTACTVAULT_ACTOR", raising=False)
    preferences.save_settings(ctx, {"audit.actor": "Empfang"})
    assert consent.record_event(ctx, "0171 1000001", "granted").recorded_by == "Empfang"
