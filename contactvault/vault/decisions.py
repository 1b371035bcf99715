"""The consent decisions the vault keeps: ``consent_decisions``, one row per number.

Derived data, not evidence: each row is what the consent policy (consent/policy.py,
``decide_histories``) answered for the number's history — written by the policy, never
by anything else — so that the DPO overview and the contacts table read 100 000 small
rows instead of replaying 500 000 events. Nothing is proven by it; the chain does not
cover it (the events it was decided from are covered), and dropping every row loses
nothing: the policy decides again from the events. Because those readers trust a row,
``audit verify`` decides every row kept under the settings in force again, names one
that is not the policy's answer (``consent.kept_decisions_not_the_policys``) and drops it,
with every row kept under other settings (which it cannot check). Exports
and removal lists never read it: they decide from the events.

A row holds while nothing it depends on changes, and is used only then:

- the number's history: triggers (migrations.V15_KEPT_DECISIONS) drop the row
  in the same statement that inserts or deletes an event of the number, whatever
  code writes it; the next reader decides the number again and keeps the answer
  (``consent.current_decisions_in``, ``keep_fresh_decisions``);
- the policy settings and the rules' code: ``settings`` is
  ``PolicySettings.fingerprint()`` when it was decided; a row of other settings is
  ignored (and replaced when the overview decides the number again);
- the time: ``decided_at`` <= now < ``holds_until`` (``FOREVER`` when no moment is
  known at which the answer could change by itself).

Rules 1 and 2 (category, restriction, a usable number) are not kept: they are applied
at read time from the number's own columns (``policy.standing``), so a category change,
a restriction, a corrected number or a deleted contact need no row changed. A deleted
or changed phone row drops the row of its number too (trigger), so an erased number
leaves nothing here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter

from contactvault.vault.connection import Connection

FOREVER = "9999-12-31T23:59:59+00:00"  # holds until something recorded changes

# A row as read: (e164, status, reason, since, details, last event at). ``details``
# packs the rest of the decision (``policy.kept_fields`` after status, reason and
# since) into one text: the overview reads every row but needs them only for the
# numbers it lists, and each column read costs as much as a row's decryption.
_SEP = "|"
# How ``details`` is written: part of every row's ``settings``, so that rows written in
# another form are never read as this one (they are decided and written again).
FORMAT = "d2"
# ``details`` as ``as_read`` writes it, read by ``fields``: a row that does not match
# (changed behind the program's back) is not read as kept (see ``current``).
_DETAILS = re.compile(r"[01]\|-?[0-9]+\|[0-9]*\|[^|]*\|[0-9]*\|[^|]*\|[0-9]*\|[^|]*\|[^|]*")


# A kept row is read only while it holds: under the settings (and form) in force, from
# when it was decided until ``holds_until``. ?1: the settings, ?2: now.
_HOLDS = "settings = ?1 AND decided_at <= ?2 AND ?2 < holds_until"
_ROW = "e164, status, reason, since, details, last_event_at"


def current(conn: Connection, settings: str, now: str) -> dict[str, tuple]:
    """Every kept decision that holds at ``now`` under ``settings``, by number, as read
    (``fields`` makes the decision's fields of it). Numbers missing here must be
    decided from their events; so must a number whose row's ``details`` does not read
    (left out here; ``audit verify`` names it)."""
    rows = conn.execute(f"SELECT {_ROW} FROM consent_decisions WHERE {_HOLDS}",
                        (f"{settings}/{FORMAT}", now)).fetchall()
    return _readable(rows)


def current_in_brief(conn: Connection, settings: str, now: str, active_since: str
                     ) -> tuple[dict[str, bool], dict[str, tuple]]:
    """``current`` for a reader that needs the whole row of refusals only (the overview:
    at 100 000 numbers each column read costs), in two parts: the eligible numbers,
    each with whether its latest event is at or after ``active_since`` (ISO; the
    retention period asks), and every other row whole, by number. A row whose
    ``details`` do not read is left out of either, as ``current`` leaves it out."""
    held = (f"{settings}/{FORMAT}", now)
    eligible_rows = conn.execute(
        f"SELECT e164, last_event_at >= ?3, details FROM consent_decisions "
        f"WHERE {_HOLDS} AND status = 'eligible'", (*held, active_since)).fetchall()
    eligible = dict(zip(map(itemgetter(0), eligible_rows), map(itemgetter(1), eligible_rows),
                        strict=True))
    _drop_unreadable(eligible, eligible_rows, 2)
    others = _readable(conn.execute(
        f"SELECT {_ROW} FROM consent_decisions WHERE {_HOLDS} AND status <> 'eligible'",
        held).fetchall())
    return eligible, others


def current_of(conn: Connection, settings: str, now: str, numbers: Iterable[str]
               ) -> dict[str, tuple]:
    """``current`` for some numbers only (looked up by number)."""
    rows = conn.execute(
        f"SELECT {_ROW} FROM consent_decisions WHERE {_HOLDS} "
        "AND e164 IN (SELECT value FROM json_each(?3))",
        (f"{settings}/{FORMAT}", now, json.dumps(sorted(numbers)))).fetchall()
    return _readable(rows)


def _readable(rows: list[tuple]) -> dict[str, tuple]:
    """The rows by number, without those whose ``details`` do not read."""
    kept = dict(zip(map(itemgetter(0), rows), rows, strict=True))  # no Python step per row
    _drop_unreadable(kept, rows, 4)
    return kept


def _drop_unreadable(kept: dict[str, object], rows: list[tuple], details: int) -> None:
    """Drop from ``kept`` the numbers of the ``rows`` whose column ``details`` does not
    read (changed behind the program's back: decided from the events instead)."""
    readable = _DETAILS.fullmatch
    for e164 in [row[0] for row in rows if readable(row[details]) is None]:
        del kept[e164]


def as_read(e164: str | None, fields: tuple, last_event_at: str) -> tuple:
    """The row ``current`` gives for a decision's fields (``policy.kept_fields``)."""
    (eligible, status, reason, since, limit, basis_id, basis_kind, basis_contact, basis_at,
     notice_id, notice_kind, notice_at) = fields
    details = (f"{1 if eligible else 0}|{limit}|{_text(basis_id)}|{basis_kind or ''}|"
               f"{_text(basis_contact)}|{basis_at or ''}|{_text(notice_id)}|"
               f"{notice_kind or ''}|{notice_at or ''}")
    return (e164, status, reason, since, details, last_event_at)


def _text(number: int | None) -> str:
    return "" if number is None else str(number)


def fields(row: tuple) -> tuple:
    """The decision's fields (``policy.kept_fields``) of a row as read."""
    (eligible, limit, basis_id, basis_kind, basis_contact, basis_at, notice_id, notice_kind,
     notice_at) = row[4].split(_SEP)
    return (eligible == "1", row[1], row[2], row[3], int(limit),
            int(basis_id) if basis_id else None, basis_kind or None,
            int(basis_contact) if basis_contact else None, basis_at or None,
            int(notice_id) if notice_id else None, notice_kind or None, notice_at or None)


def store(conn: Connection, settings: str, decided_at: str,
          rows: Iterable[tuple[tuple, str]]) -> None:
    """Keep decisions decided at ``decided_at``: ``rows`` are (a row as ``current``
    reads it — see ``as_read``, holds until: ISO, or "" for ``FOREVER``)."""
    conn.executemany(
        "INSERT OR REPLACE INTO consent_decisions(e164, settings, decided_at, holds_until, "
        "status, reason, since, details, last_event_at) VALUES (?,?,?,?,?,?,?,?,?)",
        ((row[0], f"{settings}/{FORMAT}", decided_at, until or FOREVER, *row[1:])
         for row, until in rows))


def kept_under(conn: Connection, settings: str) -> list[tuple]:
    """Every row kept under ``settings`` whether it holds now or not, for checking it:
    (e164, decided_at, holds_until, then the row as ``current`` reads it: status,
    reason, since, details, last event at)."""
    return conn.execute(
        "SELECT e164, decided_at, holds_until, status, reason, since, details, "
        "last_event_at FROM consent_decisions WHERE settings = ?",
        (f"{settings}/{FORMAT}",)).fetchall()


def count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM consent_decisions").fetchone()[0]


def count_not_under(conn: Connection, settings: str) -> int:
    """How many rows were kept under settings other than ``settings``."""
    return conn.execute("SELECT count(*) FROM consent_decisions WHERE settings <> ?",
                        (f"{settings}/{FORMAT}",)).fetchone()[0]


def forget(conn: Connection, numbers: list[str], *, settings_in_force: str) -> int:
    """Drop the rows of ``numbers`` and every row kept under settings other than those
    in force (they could not be checked); each is decided again when asked. How many
    rows went."""
    before = conn.total_changes
    conn.executemany("DELETE FROM consent_decisions WHERE e164 = ?",
                     ((e164,) for e164 in numbers))
    conn.execute("DELETE FROM consent_decisions WHERE settings <> ?",
                 (f"{settings_in_force}/{FORMAT}",))
    return conn.total_changes - before


def forget_all(conn: Connection) -> None:
    """Drop every kept decision (each is decided again from the events when asked)."""
    conn.execute("DELETE FROM consent_decisions")


@contextmanager
def without_waiting(conn: Connection) -> Iterator[None]:
    """Writes on ``conn`` give up at once (VaultBusy) instead of waiting for another
    program that is writing: keeping decisions is worth no wait — they are decided
    again next time."""
    (waited,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(waited)}")
