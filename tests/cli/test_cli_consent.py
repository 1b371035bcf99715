"""consent …, notice …, devices …: the command line as a person or a script uses it."""

from __future__ import annotations

import json

import pytest

from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person


@pytest.fixture
def shop(cli):
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    fill_company(vault)
    with vault.transaction() as conn:
        anna = insert_person(conn, "Anna Adler", ["0171 1000001"])
        bert = insert_person(conn, "Bert Berg", ["0171 1000002", "0631 1234567"])
    vault.lock()
    return anna, bert


def test_record_and_show_history(cli, shop):
    anna, bert = shop
    result = cli("consent", "grant", "0171 1000001", "--channel", "paper", "--evidence",
                 "Formular, Ordner 3", "--at", "2026-01-10 09:30", "--with-notice")
    assert result.code == 0, result.err
    assert "consent granted, with the notice handed over for +49 171 1000001" in result.out
    assert "may be on the WhatsApp phone" in result.out
    assert cli("consent", "revoke", "+49 171 1000001", "--evidence", "Stopp").code == 0

    result = cli("consent", "history", f"#{anna.contact_id}", "--json")
    data = json.loads(result.out)
    assert data["number"] == "+491711000001"
    assert [e["kind"] for e in data["events"]] == ["granted", "revoked"]
    assert data["events"][0]["evidence"] == "Formular, Ordner 3"
    assert data["events"][0]["with_notice"] is True
    assert data["events"][0]["purpose"] == "service"
    assert data["decisions"][0]["status"] == "revoked"

    human = cli("consent", "history", "0171 1000001")
    assert "consent revoked" in human.out and "Formular, Ordner 3" in human.out


def test_implied_then_notice_sent_and_listing(cli, shop):
    assert cli("consent", "implied", "0171 1000002").code == 0
    listing = json.loads(cli("consent", "list", "--json").out)
    status = {row["e164"]: row["status"] for row in listing}
    assert status == {"+491711000001": "no_consent", "+491711000002": "notice_pending",
                      "+496311234567": "no_consent"}
    result = cli("consent", "notice-sent", "0171 1000002", "--lang", "en")
    assert result.code == 0
    assert "Notice version: Information notice, standard, version 2 (English)" in result.out
    german = cli("consent", "history", "0171 1000002", env={"CONTACTVAULT_LANG": "de"})
    assert "Datenschutzhinweis, Standard, Fassung 2 (englisch)" in german.out
    assert "notice/en/standard/2" not in german.out
    as_json = json.loads(cli("consent", "history", "0171 1000002", "--json").out)
    assert "notice/en/standard/2" in {e["notice_version"] for e in as_json["events"]}
    only = json.loads(cli("consent", "list", "--status", "eligible", "--json").out)
    assert [row["e164"] for row in only] == ["+491711000002"]


@pytest.mark.parametrize("typed,words", [
    ("0171 9999999", "No stored phone number matches 0171 9999999"),
    ("2", "matches several stored numbers"),  # contact 2 has two numbers
])
def test_unknown_and_ambiguous_are_one_clear_line(cli, shop, typed, words):
    result = cli("consent", "grant", typed)
    assert result.code != 0 and words in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_event_in_the_future_is_refused(cli, shop):
    result = cli("consent", "grant", "0171 1000001", "--at", "2999-01-01")
    assert result.code != 0 and "in the future" in result.err


def test_notice_show_and_revocation_text(cli, shop):
    result = cli("notice", "show", "--lang", "de")
    assert result.code == 0 and "Datenschutzhinweis" in result.out
    assert "Notice version: Information notice, standard, version 2 (German) (tag CV-N2-de)" \
        in result.err
    cli("consent", "revoke", "0171 1000001", "--at", "2026-02-03")
    result = cli("notice", "revocation", "0171 1000001", "--lang", "de", "--mark-sent")
    assert result.code == 0 and "Widerrufs vom 03.02.2026" in result.out
    history = json.loads(cli("consent", "history", "0171 1000001", "--json").out)
    assert history["messages"][0]["kind"] == "revocation_confirmation"


def test_devices(cli, shop):
    assert cli("devices", "add", "Werkstatt", "--owner", "Meister", "--number", "0171 9000000",
               "--platform", "ios").code == 0
    again = cli("devices", "add", "werkstatt")
    assert again.code != 0 and "already exists" in again.err
    listed = json.loads(cli("devices", "list", "--json").out)
    assert listed[0]["name"] == "Werkstatt" and listed[0]["phone_number"] == "+491719000000"
    shown = json.loads(cli("devices", "show", "Werkstatt", "--json").out)
    assert shown["platform"] == "ios" and shown["exports"] == [] and shown["on_phone"] == []
    missing = cli("devices", "show", "Büro")
    assert missing.code != 0 and "No WhatsApp phone named Büro" in missing.err


BERLIN = {"TZ": "Europe/Berlin"}


def test_consent_at_a_german_date_shown_in_local_time(cli, shop):
    """`--at 23.11.2026` was refused; it is local midnight, stored in UTC, shown back in
    the person's language and zone, and JSON keeps ISO 8601 with its offset."""
    result = cli("consent", "grant", "0171 1000001", "--channel", "paper", "--at",
                 "23.11.2025 14:30", env=BERLIN)
    assert result.code == 0, result.err
    assert "on 23 Nov 2025, 14:30" in result.out  # English (the tests' language), Berlin
    assert cli("consent", "revoke", "0171 1000001", "--at", "24.11.2025",
               env=BERLIN).code == 0
    german = cli("consent", "history", "0171 1000001", env={**BERLIN, "CONTACTVAULT_LANG": "de"})
    assert "23.11.2025 14:30" in german.out and "24.11.2025 00:00" in german.out
    assert "widerrufen am 24.11.2025" in german.out  # the policy's reason, German date
    data = json.loads(cli("consent", "history", "0171 1000001", "--json", env=BERLIN).out)
    assert [e["occurred_at"] for e in data["events"]] == [
        "2025-11-23T13:30:00+00:00", "2025-11-23T23:00:00+00:00"]


def test_a_time_that_is_no_time_is_refused_clearly(cli, shop):
    result = cli("consent", "grant", "0171 1000001", "--at", "31.02.2025")
    assert result.code != 0
    assert "31.02.2025: not a date or time (use 29.11.2026" in result.err


def test_grant_without_the_notice_is_recorded_and_says_it_does_not_count(cli, shop):
    result = cli("consent", "grant", "0171 1000001")
    assert result.code == 0, result.err
    assert "Recorded: consent granted for +49 171 1000001" in result.out
    assert "✘ consent without the notice" in result.out
    assert "does not make the number eligible" in result.out
    assert "--with-notice" in result.out
    # the notice first, then the customer's yes: informed consent
    assert cli("consent", "notice-sent", "0171 1000001", "--lang", "de").code == 0
    result = cli("consent", "grant", "0171 1000001")
    assert "✔ may be on the WhatsApp phone" in result.out
    assert "does not make the number eligible" not in result.out


def test_legitimate_interest_is_not_announced_as_consent(cli, shop):
    result = cli("consent", "grant", "0171 1000001", "--basis", "legitimate_interest",
                 env={"CONTACTVAULT_LANG": "de"})
    assert result.code == 0, result.err
    assert "Einwilligung erteilt" not in result.out and "✔" not in result.out
    assert "berechtigtes Interesse" in result.out
    assert "nicht zulässig" in result.out
    assert "contactvault settings set policy.allow_legitimate_interest true" in result.out
    english = cli("consent", "grant", "0171 1000002", "--basis", "contract")
    assert "Recorded: legal basis contract (GDPR Art. 6(1)(b))" in english.out
    assert "does not make the number eligible" in english.out
    # the data-protection officer allows it: now the same record makes it eligible
    assert cli("settings", "set", "policy.allow_legitimate_interest", "true").code == 0
    listing = json.loads(cli("consent", "list", "--json").out)
    status = {row["e164"]: (row["status"], row["reason"]) for row in listing}
    assert status["+491711000001"] == ("eligible", "legitimate_interest")
    assert status["+491711000002"] == ("basis_not_allowed", "contract_not_allowed")


def test_grant_for_advertising(cli, shop):
    result = cli("consent", "grant", "0171 1000001", "--purpose", "advertising",
                 "--with-notice")
    assert result.code == 0 and "consent granted (advertising)" in result.out
    assert cli("settings", "set", "policy.purpose", "advertising").code == 0
    assert cli("consent", "implied", "0171 1000002").code == 0
    listing = json.loads(cli("consent", "list", "--json").out)
    status = {row["e164"]: row["reason"] for row in listing}
    assert status["+491711000001"] == "granted_with_notice"
    assert status["+491711000002"] == "implied_advertising"
    result = cli("consent", "implied", "0171 1000002", "--with-notice")
    assert result.code != 0  # only a grant takes --with-notice


def test_a_number_stored_twice_is_listed_under_one_contact_only(cli, shop):
    """The list says what the export does: a number two contacts store goes onto a phone
    once, under the contact the consent names; the other is 'shared_number'."""
    anna, _bert = shop
    vault = Vault.open(cli.vault, PASSPHRASE)
    with vault.transaction() as conn:
        twin = insert_person(conn, "Anna Adler (Büro)", ["0171 1000001"])
    vault.lock()
    assert cli("consent", "grant", "0171 1000001", "--contact", str(twin.contact_id),
               "--with-notice").code == 0
    listing = json.loads(cli("consent", "list", "--json").out)
    status = {row["contact_id"]: row["status"] for row in listing
              if row["e164"] == "+491711000001"}
    assert status == {anna.contact_id: "shared_number", twin.contact_id: "eligible"}
    shared = json.loads(cli("consent", "list", "--status", "shared_number", "--json").out)
    assert [row["contact_id"] for row in shared] == [anna.contact_id]
    human = cli("consent", "list").out
    assert "written under another contact" in human
