"""Finding damage in a vault file, and where it is.

SQLCipher authenticates every page (HMAC), so one flipped byte anywhere is found by
``PRAGMA cipher_integrity_check`` — a read of every page, about 0.1 s per 10 MB — before
a write could touch the damaged page: a vault found damaged is not written to (see
``Vault.transaction``).

After SQLCipher has met a damaged page the connection stays in error: every later
statement says "malformed". So which tables are affected is found table by table, on a
fresh connection after each table that failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.vault import connection
from contactvault.vault.connection import Connection, DatabaseError

# What a table holds, in words for the person who reads ``contactvault check``.
TABLE_LABELS = {
    "meta": QT_TRANSLATE_NOOP("Damage", "the vault's own data (version, identity)"),
    "settings": QT_TRANSLATE_NOOP("Damage", "settings"),
    "contacts": QT_TRANSLATE_NOOP("Damage", "contacts"),
    "phones": QT_TRANSLATE_NOOP("Damage", "phone numbers"),
    "source_records": QT_TRANSLATE_NOOP("Damage", "the original records of imports"),
    "audit_log": QT_TRANSLATE_NOOP("Damage", "the audit log"),
    "consent_events": QT_TRANSLATE_NOOP("Damage", "consent records"),
    "devices": QT_TRANSLATE_NOOP("Damage", "WhatsApp phones"),
    "exports": QT_TRANSLATE_NOOP("Damage", "exports"),
    "export_items": QT_TRANSLATE_NOOP("Damage", "the numbers of each export"),
    "removal_confirmations": QT_TRANSLATE_NOOP("Damage", "confirmed removals from phones"),
    "erasure_permit": QT_TRANSLATE_NOOP("Damage", "the temporary permission to erase records"),
    "messages_sent": QT_TRANSLATE_NOOP("Damage", "messages sent to contacts"),
    "procedure_runs": QT_TRANSLATE_NOOP("Damage", "procedure records"),
    "procedure_steps": QT_TRANSLATE_NOOP("Damage", "procedure steps"),
}
SCHEMA = "sqlite_master"  # the table list itself: nothing can be read without it


@dataclass
class DamageReport:
    problems: list[str] = field(default_factory=list)  # SQLite's findings, as it words them
    tables: list[str] = field(default_factory=list)  # affected tables ("sqlite_master": all)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def page_problems(conn: Connection) -> list[str]:
    """Every page's HMAC checked; the pages that fail (empty when the file is intact)."""
    try:
        return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except DatabaseError as exc:
        return [str(exc)]


def all_problems(conn: Connection) -> list[str]:
    """Page HMACs and every b-tree (the full check of ``contactvault check``)."""
    problems = page_problems(conn)
    if problems:
        return problems  # the connection is in error now; the b-tree check would only repeat it
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except DatabaseError as exc:
        return [str(exc)]


def affected_tables(path: Path, passphrase: str) -> list[str]:
    """The tables (with their indexes) in which a check fails, each on a fresh connection."""
    conn = connection.open_existing(path, passphrase)
    try:
        try:
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rootpage")]
        except DatabaseError:
            return [SCHEMA]
        affected = []
        for name in names:
            try:
                quoted = name.replace('"', '""')
                result = [row[0] for row in conn.execute(f'PRAGMA quick_check("{quoted}")')]
                intact = result == ["ok"]
            except DatabaseError:
                intact = False
            if not intact:
                affected.append(name)
                conn.close()
                conn = connection.open_existing(path, passphrase)
        return affected
    finally:
        conn.close()
