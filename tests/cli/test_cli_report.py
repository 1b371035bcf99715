"""report dashboard (and the documents) through the real command line."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.core.dashboard_history import NUMBERS, PHONE_1, PHONE_2, play

DE = {"CONTACTVAULT_LANG": "de"}
EN = {"CONTACTVAULT_LANG": "en"}


@pytest.fixture
def history_vault(cli, tmp_path):
    from contactvault.services import vaults

    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    try:
        play(vault, tmp_path)
    finally:
        vault.lock()
    return cli


def test_dashboard_json_has_totals_and_every_list(history_vault):
    result = history_vault("report", "dashboard", "--json", env=EN)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["totals"]["numbers_on_phone"] == {PHONE_1: 3, PHONE_2: 3}
    assert data["totals"]["contacts"] == 10
    problems = {p["key"]: p for p in data["problems"]}
    unlawful = problems["unlawful_on_phone"]
    assert unlawful["severity"] == "critical" and unlawful["count"] == 4
    assert {i["number"] for i in unlawful["items"]} == {
        NUMBERS["Carla Christ"], NUMBERS["Ida Imhof"], NUMBERS["Dora Dietz"]}
    assert all(i["reason_text"] and i["age_days"] > 0 for i in unlawful["items"])
    assert data["audit_head"].split(":")[0].isdigit()


def test_dashboard_text_in_german(history_vault):
    result = history_vault("report", "dashboard", env=DE)
    assert result.code == 0, result.err
    out = result.out
    assert "Datenschutz-Übersicht" in out
    assert "!! Nummern auf einem WhatsApp-Telefon ohne heute gültige Einwilligung: 4 " \
        "(älteste: " in out
    assert "Carla Christ" in out and "widerrufen am 01.04.2026" in out
    assert "Offene Löschungen je Telefon: 4" in out
    assert "Offene Löschungen je Telefon: 4" in out
    assert "2 Nummern müssen von diesem Telefon gelöscht werden" in out
    assert "day" not in out


def test_dashboard_of_a_locked_out_vault_is_one_sentence(history_vault):
    result = history_vault("report", "dashboard", passphrase="wrong passphrase 1", env=EN)
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
