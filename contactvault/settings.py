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
    "policy.implied_max_days": 0,  # 0 = implied consent has no answer deadline
    "export.include_organisation": False,
    "security.lock_idle_minutes": 10,
    "audit.actor": "",  # empty = the OS user
    "company.name": "",
    "company.contact": "",
    "company.privacy_url": "",
    "retention.review_months": 36,
}


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
