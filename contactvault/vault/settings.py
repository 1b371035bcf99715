"""The ``settings`` table: per-vault settings, one JSON value per key.

Which keys exist and their defaults are contactvault/settings.py's table; this module
only stores and reads values.
"""

from __future__ import annotations

import json
from typing import Any

from contactvault.vault import chain
from contactvault.vault.connection import Connection


def stored_values(conn: Connection) -> dict[str, Any]:
    """Every stored key with its value (keys never written are absent)."""
    return {key: json.loads(value)
            for key, value in conn.execute("SELECT key, value FROM settings")}


def stored_value(conn: Connection, key: str, default: Any) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def store_value(conn: Connection, key: str, value: Any) -> None:
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                 (key, json.dumps(value)))
    chain.touch(conn, "settings", key)
