"""The DPO overview (services/dashboard.py) on a scripted history: every figure equals
the one worked out by hand in dashboard_history.py."""

from __future__ import annotations

import pytest

from contactvault.services import dashboard
from tests.core.dashboard_history import (
    EXPECTED_PROBLEMS,
    EXPECTED_TOTALS,
    NUMBERS,
    PHONE_1,
    PHONE_2,
    assert_first_entries_equal_every_entry,
    play,
)


@pytest.fixture
def history(vault, tmp_path):
    ctx, _clock = play(vault, tmp_path)
    return ctx


def test_totals_equal_the_hand_computed_ones(history):
    result = dashboard.dashboard(history)
    assert result.contacts == EXPECTED_TOTALS["contacts"]
    assert {k: v for k, v in result.contacts_by_category.items() if v} == \
        EXPECTED_TOTALS["contacts_by_category"]
    assert result.numbers == EXPECTED_TOTALS["numbers"]
    assert result.numbers_by_status == EXPECTED_TOTALS["numbers_by_status"]
    assert result.numbers_on_phone == EXPECTED_TOTALS["numbers_on_phone"]
    assert result.audit_head and result.computed_at == "2026-06-01T10:00:00+00:00"


@pytest.mark.parametrize("key", list(EXPECTED_PROBLEMS))
def test_each_list_equals_the_hand_computed_one(history, key):
    count, oldest_age, entries = EXPECTED_PROBLEMS[key]
    problem = dashboard.dashboard(history).problem(key)
    assert problem.count == count
    assert problem.age_days == oldest_age
    assert [(i.name, i.device, i.reason, i.age_days) for i in problem.items] == entries
    for item in problem.items:
        assert item.reason_text()  # a sentence for every entry


def test_unlawful_list_is_critical_and_names_numbers_and_contacts(history):
    result = dashboard.dashboard(history)
    unlawful = result.problem("unlawful_on_phone")
    assert unlawful.severity == dashboard.CRITICAL and unlawful.alarming
    assert [i.number for i in unlawful.items] == [
        NUMBERS["Carla Christ"], NUMBERS["Ida Imhof"], NUMBERS["Ida Imhof"],
        NUMBERS["Dora Dietz"]]
    assert all(len(i.contact_ids) == 1 for i in unlawful.items)
    assert unlawful.items[0].since == "2026-04-01T10:00:00+00:00"
    assert unlawful.items[-1].since == "2026-05-16T10:00:00+00:00"  # 05-02 + 14 days
    removals = result.problem("open_removals")
    assert [(i.device, i.count, i.since) for i in removals.items] == [
        (PHONE_2, 2, "2026-04-01T10:00:00+00:00"), (PHONE_1, 2, "2026-05-10T10:00:00+00:00")]
    assert len(removals.items[0].contact_ids) == 2
    assert not result.problem("reconfirm_due").alarming  # only the phones' list is critical


def test_confirming_the_open_removals_empties_the_critical_list(history):
    from contactvault.services import exporting

    for item in dashboard.dashboard(history).problem("unlawful_on_phone").items:
        exporting.confirm_removals_for_number(history, item.device, item.number)
    result = dashboard.dashboard(history)
    assert result.problem("unlawful_on_phone").count == 0
    assert not result.problem("unlawful_on_phone").alarming
    assert result.problem("open_removals").items == ()
    assert result.numbers_on_phone == {PHONE_1: 1, PHONE_2: 1}  # Anna stays


def test_switched_off_ages_leave_their_lists_empty(history):
    from contactvault.services import preferences

    preferences.set_setting(history, "policy.reconfirm_months", "0")
    preferences.set_setting(history, "retention.review_months", "0")
    result = dashboard.dashboard(history)
    assert result.problem("reconfirm_due").count == 0
    assert result.problem("retention_due").count == 0
    assert result.numbers_by_status["eligible"] == 2  # Otto's consent counts again


def test_json_form_carries_every_list(history):
    data = dashboard.dashboard(history).as_dict()
    assert [p["key"] for p in data["problems"]] == list(dashboard.PROBLEMS)
    assert data["totals"]["numbers_on_phone"] == EXPECTED_TOTALS["numbers_on_phone"]
    first = data["problems"][0]
    assert first["severity"] == "critical" and first["count"] == 4
    assert first["items"][0]["reason"] == "revoked" and first["items"][0]["age_days"] == 61


def test_a_change_from_another_connection_is_seen_at_the_next_call(history, vault):
    """An event recorded through another connection (the command line while the app is
    open) is seen by the next overview: it drops the number's kept decision, and the
    overview decides the number again from its events."""
    from contactvault.context import Context
    from contactvault.services import consent, vaults
    from tests.conftest import PASSPHRASE

    first = dashboard.dashboard(history)
    assert first.problem("notice_not_sent").count == 1
    other = vaults.unlock_vault(vault.path, PASSPHRASE).vault
    try:
        consent.record_event(Context(other, actor="CLI", clock=history.clock),
                             NUMBERS["Gustav Graf"], "notice_sent")
    finally:
        other.lock()
    second = dashboard.dashboard(history)
    assert second.problem("notice_not_sent").count == 0


def test_unlawful_list_equals_each_phones_removal_list(history):
    """The overview and the removal lists answer the same question the same way."""
    from contactvault.services import exporting

    items = dashboard.dashboard(history).problem("unlawful_on_phone").items
    for phone in (PHONE_1, PHONE_2):
        expected = {(r.e164, r.reason) for r in exporting.removals(history, phone)}
        assert {(i.number, i.reason) for i in items if i.device == phone} == expected


def test_a_number_stored_for_two_contacts_counts_once(history):
    """Anna's number stored for a second contact too, Hanna's twice for another: still
    ten numbers. Ida's number (a private contact now) stored for a customer as well counts
    once, as eligible: under that customer its consent lets it onto a phone."""
    from contactvault.services import contacts

    contacts.add_contact(history, formatted_name="Anna Zweitkontakt", category="customer",
                         numbers=[NUMBERS["Anna Adler"]])
    contacts.add_contact(history, formatted_name="Ida Geschäftlich", category="customer",
                         numbers=[NUMBERS["Ida Imhof"]])
    contacts.add_contact(history, formatted_name="Hanna Doppelt", category="customer",
                         numbers=[NUMBERS["Hanna Hahn"], "0171 1000008"])
    result = dashboard.dashboard(history)
    assert result.numbers == EXPECTED_TOTALS["numbers"]
    expected = dict(EXPECTED_TOTALS["numbers_by_status"])
    expected["private"] -= 1
    expected["eligible"] += 1
    assert result.numbers_by_status == {k: v for k, v in expected.items() if v}
    assert result.numbers_on_phone == EXPECTED_TOTALS["numbers_on_phone"]
    assert result.contacts == EXPECTED_TOTALS["contacts"] + 3


def test_the_kept_decisions_give_the_same_overview_as_deciding_afresh(history):
    """The overview reads the decisions the vault keeps (the first one after the
    history kept what it had to decide); with every kept decision dropped, the policy
    decides every number from its events again, and the overview is the same."""
    from contactvault.vault import decisions

    kept = dashboard.dashboard(history).as_dict()
    with history.vault.transaction() as conn:
        assert decisions.count(conn) == len(NUMBERS)
        decisions.forget_all(conn)
    assert dashboard.dashboard(history).as_dict() == kept


def test_retention_list_is_exactly_whom_the_erasure_would_take(history):
    """One definition of activity: the overview lists the contacts (and dates) that
    ``request erase --retention`` would erase — an export, an import or an event recorded
    for the contact keeps a contact as much as a change does."""
    from contactvault.services import requests

    listed = dashboard.dashboard(history).problem("retention_due").items
    due = requests.retention_due(history)
    assert sorted((i.contact_ids[0], i.since) for i in listed) == \
        sorted((c.contact_id, c.last_activity) for c in due)
    assert {i.name for i in listed} == {"Emil Ernst", "Hanna Hahn", "Otto Alt", "Anna Adler"}


def test_only_the_first_entries_built_equal_the_full_lists(history):
    assert_first_entries_equal_every_entry(history)


def test_only_the_first_entries_of_long_lists_equal_the_full_lists(history):
    """Lists longer than shown, with entries of the same date and the same number on a
    phone under two contacts (ties keep the order of the full list)."""
    from contactvault.services import contacts

    for i in range(12):
        contacts.add_contact(history, formatted_name=f"Neu {i}", category="unknown",
                             numbers=[f"0171 90000{i:02d}"])
    contacts.add_contact(history, formatted_name="Carla Zweitkontakt", category="private",
                         numbers=[NUMBERS["Carla Christ"]])
    assert dashboard.dashboard(history).problem("unclassified").entries > 12
    assert_first_entries_equal_every_entry(history, (0, 1, 5, 12, 13, 200))


def test_names_read_in_one_pass_equal_the_names_looked_up(history, monkeypatch):
    """``contacts.names_of`` reads every name once for many ids (the overview's lists
    can name most contacts): the same answer as looking each up, unknown ids left out."""
    from contactvault.vault import contacts as contact_store

    with history.vault.reading() as conn:
        ids = [cid for cid, _name in contact_store.names_of(conn, range(1, 50)).items()]
        wanted = [*ids[:6], 9999]
        looked_up = contact_store.names_of(conn, wanted)
        monkeypatch.setattr(contact_store, "_NAMES_LOOKED_UP", 2)
        assert contact_store.names_of(conn, wanted) == looked_up
    assert len(looked_up) == 6 and 9999 not in looked_up
    assert "Anna Adler" in looked_up.values()


def test_an_erased_contact_still_on_a_phone_is_listed_as_the_export_record_keeps_it(history):
    """Anna is erased while both phones still hold her number: each phone's copy is on
    the critical list as ``erased``, without a contact to open, under what the record
    of the export keeps of her (the erasure leaves a marker for the number and no
    name), dated from the export that put it there (2026-01-06)."""
    from contactvault.services import requests

    marker = requests.erased_number_marker(history, NUMBERS["Anna Adler"])
    requests.erase(history, NUMBERS["Anna Adler"])
    result = dashboard.dashboard(history)
    erased = [i for i in result.problem("unlawful_on_phone").items if i.reason == "erased"]
    assert sorted(i.device for i in erased) == [PHONE_1, PHONE_2]
    for item in erased:
        assert item.number == marker
        assert item.contact_ids == ()
        assert item.name == ""
        assert item.since.startswith("2026-01-06")
        assert item.reason_text()
    assert result.problem("unlawful_on_phone").count == 6
    assert result.numbers_on_phone == EXPECTED_TOTALS["numbers_on_phone"]  # until removed


def test_a_kept_row_changed_to_eligible_with_unreadable_details_is_decided_afresh(history):
    """A refusal's kept row changed behind the program's back (status "eligible",
    details that do not read) is not trusted: the overview decides the number from its
    events, as the contacts table does, and keeps that decision again."""
    truth = dashboard.dashboard(history).as_dict()
    with history.vault.transaction() as conn:
        victim, status = conn.execute(
            "SELECT e164, status FROM consent_decisions WHERE status <> 'eligible' "
            "ORDER BY e164").fetchone()
        conn.execute("UPDATE consent_decisions SET status = 'eligible', details = 'garbage' "
                     "WHERE e164 = ?", (victim,))
    assert dashboard.dashboard(history).as_dict() == truth
    with history.vault.reading() as conn:
        assert conn.execute("SELECT status FROM consent_decisions WHERE e164 = ?",
                            (victim,)).fetchone() == (status,)
