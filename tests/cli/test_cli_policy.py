"""The consent policy on the command line: what --dry-run says about the policy in force,
uninformed grants and shared numbers; grants with --with-notice; company and DPO
settings (real CLI subprocess, real vault file)."""

from __future__ import annotations

import json

import pytest

from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person

DE = {"CONTACTVAULT_LANG": "de"}


@pytest.fixture
def shop(cli):
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    fill_company(vault)
    with vault.transaction() as conn:
        hans = insert_person(conn, "Hans Huber", ["0171 1000001"])
        grete = insert_person(conn, "Grete Huber", ["0171 1000001"])
        insert_person(conn, "Ines Igel", ["0171 1000002"])
    vault.lock()
    assert cli("devices", "add", "Werkstatt").code == 0
    return hans, grete


def test_dry_run_names_the_policy_the_reason_and_who_shares_a_number(cli, shop):
    hans, grete = shop
    # Grete's consent, with the notice handed over; Ines granted without any notice
    assert cli("consent", "grant", f"#{grete.contact_id}", "--with-notice").code == 0
    assert cli("consent", "grant", "0171 1000002").code == 0
    result = cli("export", "--device", "Werkstatt", "--dry-run")
    assert result.code == 0, result.err
    out = result.out
    assert "Policy in force: Implied consent by conduct counts once the notice was sent, " \
           "until the answer period of 14 days runs out without a reply." in out
    assert "Policy in force: Only consent and employees' own business numbers make a " \
           "number eligible" in out
    assert "  + Grete Huber  +49 171 1000001" in out
    assert "also stored for: Hans Huber (written once, under Grete Huber)" in out
    assert "  - Hans Huber  +49 171 1000001  – the number is stored for another contact " \
           "too" in out
    assert "  - Ines Igel  +49 171 1000002  – consent given on" in out
    assert "without the information notice" in out

    data = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert data["policy"]["implied_max_days"] == 14
    assert data["policy"]["allow_legitimate_interest"] is False
    [included] = data["included"]
    assert (included["shown_name"], included["shared_with"]) == ("Grete Huber", ["Hans Huber"])
    reasons = {x["shown_name"]: x["reason"] for x in data["excluded"]}
    assert reasons == {"Hans Huber": "shared_number", "Ines Igel": "granted_uninformed"}

    german = cli("export", "--device", "Werkstatt", "--dry-run", env=DE).out
    assert "Geltende Regel: Eine schlüssige Einwilligung (durch Verhalten) zählt" in german
    assert "auch gespeichert bei: Hans Huber (nur einmal übertragen, unter Grete Huber)" \
        in german
    assert "stillschweigend" not in german


def test_the_answer_period_set_on_the_command_line_is_in_force(cli, shop):
    assert cli("settings", "set", "policy.implied_max_days", "30").code == 0
    data = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert data["policy"]["implied_max_days"] == 30
    assert any("30 days" in line for line in data["policy_text"])
    assert cli("settings", "set", "policy.mode", "strict").code == 0
    data = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert "Only explicit consent counts." in data["policy_text"]


def test_implied_consent_in_strict_mode_is_recorded_and_says_why(cli, shop):
    assert cli("settings", "set", "policy.mode", "strict").code == 0
    assert cli("consent", "notice-sent", "0171 1000002", "--lang", "de").code == 0
    result = cli("consent", "implied", "0171 1000002", env=DE)
    assert result.code == 0, result.err
    assert "schlüssige Einwilligung (durch Verhalten" in result.out
    assert "✔" not in result.out


def test_company_and_dpo_details_are_settings(cli, shop):
    for key, value in [("company.name", "Huber Sanitär GmbH"),
                       ("company.address", "Hauptstr. 1, 67655 Kaiserslautern"),
                       ("company.privacy_url", "https://huber.example/datenschutz"),
                       ("dpo.name", "Dr. Petra Prüf"),
                       ("dpo.contact", "datenschutz@huber.example")]:
        result = cli("settings", "set", key, value)
        assert result.code == 0, result.err
        assert cli("settings", "get", key).out.strip() == value
    values = json.loads(cli("settings", "list", "--json").out)
    assert values["dpo.name"] == "Dr. Petra Prüf"
    assert values["company.address"] == "Hauptstr. 1, 67655 Kaiserslautern"


@pytest.mark.parametrize("key,value,german", [
    ("company.privacy_url", "huber.example", "eine Webadresse, die mit https:// beginnt"),
    ("policy.implied_max_days", "0", "ganze Zahl von 1 bis 365"),
    ("policy.allow_contract", "vielleicht", "(auch „ja“ oder „nein“)"),
    ("numbers.default_region", "XX", "unbekannter Ländercode"),
    ("dpo.telefon", "1", "keine solche Einstellung"),
])
def test_refusals_are_one_german_sentence(cli, shop, key, value, german):
    result = cli("settings", "set", key, value, env=DE)
    assert result.code != 0
    assert german in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_the_phones_export_history_names_the_answer_period(cli, shop):
    hans, grete = shop
    assert cli("consent", "grant", f"#{grete.contact_id}", "--with-notice").code == 0
    assert cli("settings", "set", "policy.implied_max_days", "21").code == 0
    assert cli("export", "--device", "Werkstatt", "-o", str(cli.vault.parent / "w.vcf")
               ).code == 0
    shown = cli("devices", "show", "Werkstatt")
    assert "standard (answer period 21 days)" in shown.out
    assert "standard (Antwortfrist 21 Tage)" in cli("devices", "show", "Werkstatt",
                                                     env=DE).out
    data = json.loads(cli("devices", "show", "Werkstatt", "--json").out)
    assert data["exports"][0]["policy_settings"]["implied_max_days"] == 21


def test_a_consent_for_a_shared_number_says_under_whom_it_goes_and_takes_contact(cli, shop):
    hans, grete = shop
    result = cli("consent", "grant", "0171 1000001", "--with-notice")
    assert result.code == 0, result.err
    first = min(hans.contact_id, grete.contact_id)
    assert f"stored for 2 contacts (ids {first}, {max(hans.contact_id, grete.contact_id)})" \
        in result.out
    assert f"under contact {first}" in result.out and "--contact ID" in result.out
    named = cli("consent", "grant", "0171 1000001", "--with-notice", "--contact",
                str(grete.contact_id))
    assert named.code == 0 and "--contact ID" not in named.out
    data = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert [i["shown_name"] for i in data["included"]] == ["Grete Huber"]
    # a contact that does not store the number is refused, in one sentence
    wrong = cli("consent", "grant", "0171 1000002", "--contact", str(grete.contact_id),
                env=DE)
    assert wrong.code != 0
    assert "dieser Kontakt hat diese Nummer nicht gespeichert" in wrong.err
    assert len(wrong.err.strip().splitlines()) == 1
