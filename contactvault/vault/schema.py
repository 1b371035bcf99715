"""Schema version checks and upgrades (the steps themselves are in migrations.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from contactvault import errors
from contactvault.vault import chain
from contactvault.vault.connection import Connection
from contactvault.vault.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)


def version_of(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def initialise(conn: Connection) -> None:
    """Build a new vault's schema from nothing, in one transaction."""
    upgrade(conn, path="(new vault)")
    with_tx(conn, lambda: conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('created_at', ?)",
        (datetime.now(UTC).isoformat(timespec="seconds"),),
    ))


def upgrade(conn: Connection, path: str) -> int:
    """Run the missing steps in one transaction; returns the version found before."""
    found = version_of(conn)
    if found > SCHEMA_VERSION:
        raise errors.VaultTooNew(path=path, found=found, known=SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return found

    # a schema changed since the chain last recorded it stays a finding of the audit
    # check after the upgrade (which records the schema anew): its entry says so
    drift = chain.schema_drift(conn) if found else None

    def run() -> None:
        for number, step in enumerate(MIGRATIONS[found:], start=found + 1):
            if callable(step):
                step(conn)
            else:
                for statement in step:
                    conn.execute(statement)
            if number == 1:
                conn.execute("INSERT INTO meta(key, value) VALUES ('app', 'contactvault')")
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_upgraded_from', ?)",
            (str(found),),
        )
        # PRAGMA user_version is transactional in SQLite: it commits or rolls back with us.
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # The chain covers the schema of the covered tables (their columns, defaults and
        # triggers): every upgrade records the schema it leaves.
        chain.touch_schema(conn)
        details = {"from": found, "to": SCHEMA_VERSION}
        if drift is not None:
            details[chain.SCHEMA_CHANGED_BEFORE] = drift
        chain.program_entry(conn, "vault.schema", details)

    with_tx(conn, run)
    return found


def with_tx(conn: Connection, body) -> None:
    conn.execute("BEGIN IMMEDIATE")
    chain.forget_pending(conn)
    try:
        body()
    except BaseException:
        chain.forget_pending(conn)
        conn.execute("ROLLBACK")
        raise
    chain.forget_pending(conn)
    conn.execute("COMMIT")
