"""Time as stored: ISO 8601 in UTC with offset, to the second (sortable as text).

Only storage helpers live here; times for people (shown or typed) are contactvault.timefmt's.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def now_iso() -> str:
    return now().isoformat()


def to_iso(moment: datetime) -> str:
    if moment.tzinfo is None:  # a naive time typed by a person is local time
        moment = moment.astimezone()
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)

