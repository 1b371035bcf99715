"""settings list|get|set: every key from the defaults table, typed and checked values,
each change in the audit trail."""

from __future__ import annotations

import json

import pytest

from contactvault import settings
from contactvault.context import Context
from contactvault.services import audit_ops
from contactvault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def vault_cli(cli):
    assert cli("init").code == 0
    return cli


def test_list_shows_every_setting_with_its_default(vault_cli):
    result = vault_cli("settings", "list", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == settings.DEFAULTS
    text = vault_cli("settings", "list").out
    assert "policy.implied_max_days = 14" in text
    assert 'policy.mode = "standard"' in text and "policy.allow_contract = false" in text


def test_set_and_get_typed_values(vault_cli):
    cases = [("policy.implied_max_days", "21", "21"), ("policy.allow_contract", "ja", "true"),
             ("policy.mode", "strict", "strict"), ("company.name", "Müller Sanitär GmbH",
                                                   "Müller Sanitär GmbH"),
             ("company.privacy_url", "https://example.org/datenschutz",
              "https://example.org/datenschutz"),
             ("company.contact", "Tel. 0631 123456", "Tel. 0631 123456")]
    for key, typed, shown in cases:
        result = vault_cli("settings", "set", key, typed)
        assert result.code == 0, result.err
        assert f"{key} is now" in result.err
        assert vault_cli("settings", "get", key).out.strip() == shown
    again = vault_cli("settings", "set", "policy.implied_max_days", "21")
    assert again.code == 0 and "nothing changed" in again.err
    values = json.loads(vault_cli("settings", "list", "--json").out)
    assert values["policy.allow_contract"] is True and values["policy.implied_max_days"] == 21


@pytest.mark.parametrize("key,value,words", [
    ("policy.implied_max_days", "zwei", "a whole number"),
    ("policy.implied_max_days", "0", "from 1 to 365"),
    ("policy.implied_max_days", "400", "from 1 to 365"),
    ("policy.allow_contract", "vielleicht", "true or false"),
    ("policy.mode", "lenient", "standard or strict"),
    ("policy.purpose", "sales", "service or advertising"),
    ("numbers.default_region", "XX", "unknown region"),
    ("security.lock_idle_minutes", "-5", "0 or more"),
    ("no.such.key", "1", "no such setting"),
])
def test_bad_values_are_refused_in_one_line(vault_cli, key, value, words):
    result = vault_cli("settings", "set", key, value)
    assert result.code != 0 and words in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1
    assert json.loads(vault_cli("settings", "list", "--json").out) == settings.DEFAULTS


def test_get_unknown_key(vault_cli):
    result = vault_cli("settings", "get", "policy.nonsense")
    assert result.code != 0 and "no such setting" in result.err


def test_changes_are_audited_with_the_policy_values(vault_cli):
    vault_cli("settings", "set", "policy.allow_legitimate_interest", "true")
    vault_cli("settings", "set", "company.name", "Müller GmbH")
    vault = Vault.open(vault_cli.vault, PASSPHRASE)
    try:
        ctx = Context(vault)
        changes = [e for e in audit_ops.list_entries(ctx) if e.action == "settings.change"]
        assert audit_ops.verify(ctx).ok
    finally:
        vault.lock()
    assert changes[0].details == {"keys": ["policy.allow_legitimate_interest"],
                                  "values": {"policy.allow_legitimate_interest": True}}
    assert changes[1].details == {"keys": ["company.name"]}
