"""Times for people: the one place that turns stored times into text and typed text
into times.

Stored times stay ISO 8601 in UTC (``clock``); JSON output shows them as stored, with
their offset. People see them in the local time zone (the process's, so ``TZ`` counts),
in the language of the caller (a document's, the GUI's or the command line's, see
``i18n.current_language``):

    German    29.11.2026 05:07        date 29.11.2026
    English   29 Nov 2026, 05:07      date 29 Nov 2026

English uses day, abbreviated month and year on every locale: it reads the same in
Britain and the US, where 11/29 and 29/11 would be misread by half the readers, and it
needs no locale data. Documents that serve as evidence (the procedure protocol) add the
seconds and the offset: ``29.11.2026 05:07:33 UTC+01:00``.

Typed times (``parse``): ``29.11.2026``, ``29.11.2026 14:30``, ``29.11.26``,
``29.11.2026 14:30:15`` and ISO 8601 (``2026-11-29``, ``2026-11-29 14:30``,
``2026-11-29T14:30:00+01:00``, ``…Z``). Without a zone they are local time; a date alone
is its first minute.
"""

from __future__ import annotations

import re
import time
from datetime import datetime
from functools import lru_cache

from contactvault import errors
from contactvault.i18n import QT_TRANSLATE_NOOP, current_language

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# day.month.year, two- or four-digit year, optional hh:mm[:ss] after a space or comma
_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})"
                     r"(?:(?:\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?)?")

BAD_TIME = QT_TRANSLATE_NOOP(
    "Errors", "not a date or time (use 29.11.2026, 29.11.2026 14:30 or 2026-11-29 14:30)")


def local(moment: str | datetime) -> datetime:
    """A stored ISO time (or an aware datetime) in the local time zone."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:  # a naive time is already local
        moment = moment.astimezone()
    return moment.astimezone()


def format_time(moment: str | datetime | None, language: str | None = None) -> str:
    """Date and time for people: ``29.11.2026 05:07`` / ``29 Nov 2026, 05:07``."""
    return _shown(moment, language, "time")


def format_date(moment: str | datetime | None, language: str | None = None) -> str:
    """The date alone: ``29.11.2026`` / ``29 Nov 2026``."""
    return _shown(moment, language, "date")


def format_stamp(moment: str | datetime | None, language: str | None = None) -> str:
    """For documents: to the second, with the offset: ``29.11.2026 05:07:33 UTC+01:00``."""
    return _shown(moment, language, "stamp")


def format_as_written(moment: datetime, language: str | None = None,
                      seconds: bool = False) -> str:
    """An aware time in its own zone, not the local one: a chat's time as the phone wrote
    it (``29.11.2026 14:05``); with ``seconds``, to the second and with the offset."""
    return _render(moment, _language(language), "stamp" if seconds else "time")


def _shown(moment: str | datetime | None, language: str | None, kind: str) -> str:
    if moment is None or moment == "":
        return ""
    language = _language(language)
    if isinstance(moment, datetime):
        return _render(local(moment), language, kind)
    # The 100 000-row table and the policy's reason texts ask for the same stored texts
    # again and again: remember them (with the zone, so a changed TZ is not served stale).
    return _cached(moment, language, kind, time.tzname, time.timezone)


@lru_cache(maxsize=16384)
def _cached(text: str, language: str, kind: str, _zone: tuple, _offset: int) -> str:
    try:
        moment = local(text)
    except (TypeError, ValueError):
        return text  # not a stored time: show it as it is rather than fail
    return _render(moment, language, kind)


def _language(language: str | None) -> str:
    code = (language or current_language() or "en")[:2].lower()
    return "de" if code == "de" else "en"


def _render(moment: datetime, language: str, kind: str) -> str:
    if language == "de":
        day = f"{moment.day:02d}.{moment.month:02d}.{moment.year:04d}"
        separator = " "
    else:
        day = f"{moment.day} {_MONTHS_EN[moment.month - 1]} {moment.year:04d}"
        separator = ", "
    if kind == "date":
        return day
    clock_time = f"{moment.hour:02d}:{moment.minute:02d}"
    if kind == "time":
        return day + separator + clock_time
    return f"{day}{separator}{clock_time}:{moment.second:02d} {_offset(moment)}"


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse(text: str) -> datetime:
    """A date or date-time as a person types it, as an aware datetime (local time when
    no zone is given). Raises ``errors.InvalidArgument`` with a translatable reason."""
    cleaned = (text or "").strip()
    moment = _parse_german(cleaned) if _GERMAN.fullmatch(cleaned) else _parse_iso(cleaned)
    if moment is None:
        raise errors.InvalidArgument(what=text, reason=BAD_TIME)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment


def _parse_german(text: str) -> datetime | None:
    match = _GERMAN.fullmatch(text)
    assert match is not None
    day, month, year, hour, minute, second = match.groups()
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return datetime(year_number, int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:  # 31.02., 25:00
        return None


def _parse_iso(text: str) -> datetime | None:
    if not text or not text[:4].isdigit() or "-" not in text[:8]:
        return None  # ISO 8601 as people type it: 2026-11-29 first (not 20261129)
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
