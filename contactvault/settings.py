"""Per-vault settings: every key and its default in one table.

Settings hold no personal data (company name and contact for the notice are the
business's own details). They live in the vault (vault/settings.py stores them) so that
a backup carries them.
"""

from __future__ import annotations

from typing import Any

from contactvault.vault import settings as settings_table
from contactvault.vault.connection import Connection

DEFAULTS: dict[str, Any] = {
    "numbers.default_region": "DE",
    "policy.mode": "standard",  # "standard" or "strict"
    "policy.reconfirm_months": 0,  # 0 = consent does not expire by age
    "policy.implied_max_days": 14,  # answer period for implied consent (1 to 365 days)
    "policy.purpose": "service",  # what the phones are for: "service" or "advertising"
    "policy.allow_contract": False,  # the DPO lets a contract make a number eligible
    "policy.allow_legitimate_interest": False,  # ... and legitimate interest
    "export.include_organisation": False,
    # a revocation, objection, restriction or erasure publishes at once to every phone
    # whose CardDAV address book holds the number (with the password kept for it)
    "publish.automatic": True,
    "security.lock_idle_minutes": 10,
    "audit.actor": "",  # empty = the OS user
    # the business and its data-protection officer, for the information notice
    "company.name": "",
    "company.address": "",  # postal address of the controller (Art. 13(1)(a) GDPR)
    "company.contact": "",  # phone or e-mail for data-protection questions
    "company.privacy_url": "",  # the full privacy policy (https://…)
    "company.responsible": "",  # the person responsible at the business (signs documents)
    "dpo.name": "",  # the data-protection officer (Art. 13(1)(b) GDPR)
    "dpo.contact": "",  # how to reach them: e-mail, phone or address
    "dpo.none": False,  # True: no officer is appointed (documents then name none)
    "retention.review_months": 36,
    # The guidance's first advice: could Threema or Signal be used instead of WhatsApp?
    # The answer is recorded here (and shown in the Art. 30 record and the protocol).
    "alternatives.checked": False,  # whether it was examined
    "alternatives.answer": "",  # the result, e.g. why WhatsApp is still needed
}


_TRUE = ("true", "yes", "on", "1", "ja")
_FALSE = ("false", "no", "off", "0", "nein")


def parse_value(key: str, text: str) -> Any:
    """A value typed on the command line, as the type ``key`` takes (its default's):
    true/false (also yes/no, on/off, 1/0, ja/nein), a whole number, or text. Raises
    KeyError for an unknown key and ValueError (with the expected kind) for a bad value."""
    expected = type(DEFAULTS[key])
    if expected is bool:
        word = text.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise ValueError("true or false")
    if expected is int:
        try:
            return int(text.strip(), 10)
        except ValueError:
            raise ValueError("a whole number") from None
    return text.strip()


def get(conn: Connection, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    return settings_table.stored_value(conn, key, DEFAULTS[key])


def all_settings(conn: Connection) -> dict[str, Any]:
    values = dict(DEFAULTS)
    values.update((k, v) for k, v in settings_table.stored_values(conn).items() if k in values)
    return values


def put(conn: Connection, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    expected = type(DEFAULTS[key])
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise TypeError(f"{key} takes {expected.__name__}, not {type(value).__name__}")
    settings_table.store_value(conn, key, value)
