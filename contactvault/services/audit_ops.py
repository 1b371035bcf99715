"""The audit trail for the front ends: list entries, verify the hash chain and the
records it covers, tell where the chain stands (its head)."""

from __future__ import annotations

from datetime import datetime

from contactvault import audit, clock, errors, phones, settings
from contactvault.audit import AuditEntry, Head, VerifyResult
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import consent as consent_service
from contactvault.vault import decisions as decision_store


def list_entries(ctx: Context, since: datetime | str | None = None) -> list[AuditEntry]:
    """Entries in order; ``since`` (a datetime, or text like 2026-11-23 / 2026-11-23 14:05,
    local time when no zone is given) keeps those at or after it."""
    bound = None
    if since is not None:
        if isinstance(since, str):
            since = consent_service.parse_when(since)
        bound = clock.to_iso(since)
    with ctx.vault.reading() as conn:
        return list(audit.entries(conn, bound))


def parse_expected(text: str) -> Head:
    """A head as printed earlier (``COUNT:HASH``); raises InvalidArgument otherwise."""
    found = audit.parse_head(text)
    if found is None:
        raise errors.InvalidArgument(what="--expect", reason=QT_TRANSLATE_NOOP(
            "Errors", "give the head as printed: entry count, a colon and the hash (at "
                      "least its first 16 characters)"))
    return found


def verify(ctx: Context, expect: Head | str | None = None) -> VerifyResult:
    """Check the whole chain and every record it covers, and that each consent decision
    the vault keeps (derived data the chain does not cover, trusted by the contacts
    table and the overview) is the policy's own; names the first thing that does not
    fit. With ``expect`` (a head printed earlier) also check that the chain still
    holds that head, so a shortened, recomputed or emptied chain fails."""
    if isinstance(expect, str):
        expect = parse_expected(expect)
    with ctx.vault.snapshot() as conn:  # the kept rows and the events as of one moment
        result = audit.verify(conn, expect)
        cfg = PolicySettings.from_settings(settings.all_settings(conn))
        differing = consent_service.kept_decisions_not_the_policys(conn, cfg)
        unchecked = decision_store.count_not_under(conn, cfg.fingerprint())
    discarded = _discard(ctx, differing, cfg) if differing or unchecked else True
    problem = "decision_differs" if discarded else "decision_kept_wrong"
    return audit.with_findings(result, [
        audit.Finding(problem, None, ("consent_decisions", phones.display(e164), "="),
                      result.count)
        for e164 in differing])


def _discard(ctx: Context, differing: list[str], cfg: PolicySettings) -> bool:
    """Drop the kept decisions that are not the policy's, and those kept under settings
    not in force (which could not be checked, and would be trusted again if those
    settings came back): they are derived data, decided again from the events when
    next asked, so dropping them loses nothing and ends the wrong display. False when
    the vault cannot be written now (read-only, in use, damaged): the rows stay."""
    try:
        with ctx.vault.reading() as conn, decision_store.without_waiting(conn), \
                ctx.vault.transaction() as conn:
            decision_store.forget(conn, differing, settings_in_force=cfg.fingerprint())
    except errors.ContactVaultError:  # read-only, busy (no wait: worth none), damaged
        return False
    return True


def head(ctx: Context) -> Head | None:
    """Where the chain stands now: entry count and the last entry's hash."""
    with ctx.vault.reading() as conn:
        return audit.head(conn)
