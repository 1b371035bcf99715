"""The audit trail for the front ends: list entries, verify the hash chain."""

from __future__ import annotations

from datetime import datetime

from contactvault import audit, clock
from contactvault.audit import AuditEntry, VerifyResult
from contactvault.context import Context


def list_entries(ctx: Context, since: datetime | str | None = None) -> list[AuditEntry]:
    """Entries in order; ``since`` (a datetime, or text like 2026-11-23 / 2026-11-23 14:05,
    local time when no zone is given) keeps those at or after it."""
    bound = None
    if since is not None:
        if isinstance(since, str):
            from contactvault.services.consent import parse_when

            since = parse_when(since)
        bound = clock.to_iso(since)
    with ctx.vault.reading() as conn:
        return list(audit.entries(conn, bound))


def verify(ctx: Context) -> VerifyResult:
    """Check the whole chain; names the first entry that does not fit."""
    with ctx.vault.reading() as conn:
        return audit.verify(conn)
