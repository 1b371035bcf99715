"""The consent tables: ``consent_events`` (append-only), ``messages_sent`` (append-only,
with the exact text sent) and the wording of the templates that were sent (kept in
``meta``). Files attached as evidence are in ``vault/evidence.py``.

Times are stored as the vault's ISO 8601 UTC text (``clock.to_iso``), which sorts
correctly as text. Functions take an open connection; services own the transaction.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from contactvault.model import ConsentEvent
from contactvault.vault import chain
from contactvault.vault.connection import Connection

_COLUMNS = ("id, e164, kind, basis, channel, evidence, notice_version, contact_id, "
            "recorded_by, occurred_at, recorded_at, purpose, with_notice")


def _event(row) -> ConsentEvent:
    event = ConsentEvent(*row)
    event.with_notice = bool(event.with_notice)
    return event


def insert(conn: Connection, event: ConsentEvent) -> ConsentEvent:
    """Store a new event (its id is ignored) and return it with the id it got."""
    cur = conn.execute(
        "INSERT INTO consent_events(e164, kind, basis, channel, evidence, notice_version, "
        "contact_id, recorded_by, occurred_at, recorded_at, purpose, with_notice) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (event.e164, str(event.kind), _opt(event.basis), _opt(event.channel), event.evidence,
         event.notice_version, event.contact_id, event.recorded_by, event.occurred_at,
         event.recorded_at, _opt(event.purpose), int(bool(event.with_notice))),
    )
    chain.touch(conn, "consent_events", int(cur.lastrowid))
    return ConsentEvent(int(cur.lastrowid), event.e164, str(event.kind), _opt(event.basis),
                        _opt(event.channel), event.evidence, event.notice_version,
                        event.contact_id, event.recorded_by, event.occurred_at,
                        event.recorded_at, _opt(event.purpose), bool(event.with_notice))


def for_number(conn: Connection, e164: str) -> list[ConsentEvent]:
    """The history of one number, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM consent_events WHERE e164 = ? "
        "ORDER BY occurred_at, recorded_at, id", (e164,),
    )
    return [_event(row) for row in rows]


def for_numbers(conn: Connection, e164s: Iterable[str]) -> dict[str, list[ConsentEvent]]:
    wanted = sorted(set(e164s))
    found: dict[str, list[ConsentEvent]] = {}
    for start in range(0, len(wanted), 500):  # stay below SQLite's variable limit
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM consent_events WHERE e164 IN ({marks}) "
            "ORDER BY e164, occurred_at, recorded_at, id", chunk,
        ):
            found.setdefault(row[1], []).append(_event(row))
    return found


def all_by_number(conn: Connection, *, full: bool = True) -> dict[str, list[ConsentEvent]]:
    """Every event, grouped by number, each number's oldest first (the order the policy
    replays them in; it sorts other input itself, which costs). One query, one pass:
    this feeds the 100 000-row consent table and the export plan.

    ``full=False`` reads only what the policy looks at, from its covering index: id,
    number, kind, the two times, and for the legal basis, purpose and ``with_notice``
    only what differs from the common case — ``basis`` is None for consent (or none
    given), ``purpose`` None for service, ``with_notice`` 0 or 1 — and the contact (which
    of several contacts sharing a number consented). Channel, evidence, notice version
    and recorder stay empty: converting those columns is most of
    the loading time. Use ``for_number`` or ``by_id`` for the whole record of an event
    shown to a person.

    Kind strings are interned, so the policy's comparisons with its literals are
    identity checks."""
    grouped: dict[str, list[ConsentEvent]] = {}
    make = ConsentEvent
    intern = sys.intern
    if full:
        get = grouped.get
        rows = conn.execute(f"SELECT {_COLUMNS} FROM consent_events "
                            "ORDER BY e164, occurred_at, recorded_at, id")
        for row in rows:
            event = _event(row)
            event.kind = intern(event.kind)
            found = get(row[1])
            if found is None:
                grouped[row[1]] = [event]
            else:
                found.append(event)
        return grouped
    # Read in the covering index's order (e164, occurred_at, recorded_at, id): no table
    # access and no sort, and each number's events arrive together. NULLIF leaves the
    # common values as None, which costs nothing to convert.
    current_key = None
    current: list[ConsentEvent] = []
    for eid, e164, kind, occurred, recorded, basis, purpose, with_notice, contact in \
            conn.execute(
        "SELECT id, e164, kind, occurred_at, recorded_at, NULLIF(basis, 'consent'), "
        "NULLIF(purpose, 'service'), with_notice, contact_id FROM consent_events "
        "INDEXED BY consent_events_policy ORDER BY e164, occurred_at, recorded_at, id"
    ):
        if e164 != current_key:
            current_key = e164
            current = grouped[e164] = []
        current.append(make(eid, e164, intern(kind), basis, None, "", "", contact, "",
                            occurred, recorded, purpose, with_notice))
    return grouped


def policy_histories(conn: Connection, e164s: Iterable[str]) -> dict[str, list[ConsentEvent]]:
    """``all_by_number(full=False)`` for these numbers only (each number present, with
    an empty list when it has no events), from the policy's covering index."""
    wanted = sorted(set(e164s))
    found: dict[str, list[ConsentEvent]] = {e164: [] for e164 in wanted}
    make = ConsentEvent
    intern = sys.intern
    for start in range(0, len(wanted), 500):  # stay below SQLite's variable limit
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for eid, e164, kind, occurred, recorded, basis, purpose, with_notice, contact in \
                conn.execute(
            "SELECT id, e164, kind, occurred_at, recorded_at, NULLIF(basis, 'consent'), "
            "NULLIF(purpose, 'service'), with_notice, contact_id FROM consent_events "
            f"INDEXED BY consent_events_policy WHERE e164 IN ({marks}) "
            "ORDER BY e164, occurred_at, recorded_at, id", chunk
        ):
            found[e164].append(make(eid, e164, intern(kind), basis, None, "", "", contact, "",
                                    occurred, recorded, purpose, with_notice))
    return found


def by_id(conn: Connection, event_ids: Iterable[int]) -> dict[int, ConsentEvent]:
    ids = sorted(set(event_ids))
    found: dict[int, ConsentEvent] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM consent_events WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = _event(row)
    return found


def number_known(conn: Connection, e164: str) -> bool:
    """Stored on a contact, or known from consent events (a number erased from its
    contact keeps its history until the erasure removes that too)."""
    return conn.execute(
        "SELECT 1 FROM phones WHERE e164 = ? UNION ALL "
        "SELECT 1 FROM consent_events WHERE e164 = ? LIMIT 1", (e164, e164),
    ).fetchone() is not None


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


# -- texts sent to people ------------------------------------------------------------


@dataclass(frozen=True)
class MessageSent:
    id: int
    kind: str  # "notice" or "revocation_confirmation"
    template: str  # the template version, e.g. "notice/de/standard/2"
    language: str
    sent_at: str
    recorded_by: str
    text: str = ""  # exactly what was sent ('' for messages recorded before schema 6)
    event_id: int | None = None  # the notice_sent event, or the revocation it confirms


_MESSAGE_COLUMNS = "id, kind, template, language, sent_at, recorded_by, text, event_id"


def record_message(conn: Connection, e164: str, kind: str, template_version: str,
                   language: str, sent_at: str, recorded_by: str, *, text: str,
                   event_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO messages_sent(e164, kind, template, language, sent_at, recorded_by, "
        "text, event_id) VALUES (?,?,?,?,?,?,?,?)",
        (e164, kind, template_version, language, sent_at, recorded_by, text, event_id))
    chain.touch(conn, "messages_sent", int(cur.lastrowid))
    return int(cur.lastrowid)


def messages_for(conn: Connection, e164: str) -> list[MessageSent]:
    return [MessageSent(*r) for r in conn.execute(
        f"SELECT {_MESSAGE_COLUMNS} FROM messages_sent WHERE e164 = ? ORDER BY sent_at, id",
        (e164,))]


def messages_for_events(conn: Connection, event_ids: Iterable[int]) -> dict[int, MessageSent]:
    """The message recorded with each event (a notice_sent event's notice)."""
    ids = sorted(set(event_ids))
    found: dict[int, MessageSent] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages_sent WHERE event_id IN ({marks}) "
            "ORDER BY id", chunk,
        ):
            message = MessageSent(*row)
            found[message.event_id] = message
    return found


def keep_template_text(conn: Connection, version: str, body: str,
                       phrases: tuple[str, str] = ("", "")) -> None:
    """Keep the wording of a template version inside the vault the first time it is used,
    so the text a customer was shown can be produced later even after the file changed.
    ``phrases``: a notice's consent and revocation phrase, kept beside it, so a chat
    answering that wording is read with its own phrases later.
    (Templates hold no personal data; ``meta`` is the vault's key/value table.)"""
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                 (f"template:{version}", body))
    if any(phrases):
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                     (f"template-phrases:{version}", json.dumps(list(phrases))))


def template_text(conn: Connection, version: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (f"template:{version}",)).fetchone()
    return row[0] if row else None


def template_texts(conn: Connection, prefix: str
                   ) -> dict[str, tuple[str, tuple[str, str] | None]]:
    """Every kept template wording whose version starts with ``prefix`` (``notice/``):
    version -> (text with placeholders, its kept phrases or None)."""
    def kept(name: str) -> dict[str, str]:
        return {key[len(name):]: value for key, value in conn.execute(
            "SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key",
            (f"{name}{prefix}", f"{name}{prefix}\uffff"))}

    phrases = kept("template-phrases:")
    return {version: (body, tuple(json.loads(phrases[version])[:2])
                      if version in phrases else None)
            for version, body in kept("template:").items()}
