"""The consent policy: may this number be on a WhatsApp phone today, and if not, why not.

``decide`` is the one place in the code that answers this. It is a pure function of the
number's consent events, the contact's category, the number itself, the policy settings
and the moment asked about; the export, the removal list, the GUI's status column and
the DPO views all call it.

Rules, in the order they are applied:

1. A private contact's numbers never go onto a WhatsApp phone.
2. A number that is not usable as stored (``phones.usable``) never does either.
3. Events later than ``today`` are ignored (recorded in advance, not yet true).
4. The *current episode* starts after the latest ``revoked``/``expired`` event; events
   before it no longer count. A ``granted`` in the episode makes the number eligible
   (both policies). An ``implied`` (the customer wrote first) makes it eligible only
   under the **standard** policy and only once a ``notice_sent`` exists in the episode;
   the **strict** policy takes explicit consent only.
5. ``reconfirm_months`` (0 = off): consent whose event is that old counts as expired.
   ``implied_max_days`` (0 = off): implied consent counts only that many days after the
   notice was sent without the customer's answer (an answer is a new grant or revocation).

Order of events with the same ``occurred_at``: the later ``recorded_at`` wins, then the
higher id — so a correction entered afterwards prevails. The function does not assume
the events are sorted. Times are compared as ISO UTC text (the vault's format).

Speed: the GUI fills a 100 000-row table from this, so the rules run as one loop over a
batch (``decide`` is a batch of one), without sorting, parsing dates or building objects
it does not return; decisions without an event are shared.
"""

from __future__ import annotations

import calendar
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from contactvault import clock, errors, phones, timefmt
from contactvault.consent.events import ConsentEvent
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Category, PhoneNumber

STANDARD = "standard"
STRICT = "strict"
MODES = (STANDARD, STRICT)

# A mode's name (a table column) and what it means (a choice in the settings).
MODE_NAMES = {
    STANDARD: QT_TRANSLATE_NOOP("Policy", "standard"),
    STRICT: QT_TRANSLATE_NOOP("Policy", "strict"),
}
MODE_LABELS = {
    STANDARD: QT_TRANSLATE_NOOP(
        "Policy", "Standard: explicit consent, or implied consent once the notice was sent"),
    STRICT: QT_TRANSLATE_NOOP("Policy", "Strict: explicit consent only"),
}


@dataclass(frozen=True)
class PolicySettings:
    mode: str = STANDARD
    reconfirm_months: int = 0  # 0 = consent does not expire by age
    implied_max_days: int = 0  # 0 = implied consent has no answer deadline

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise errors.InvalidArgument(what="policy.mode",
                                         reason=QT_TRANSLATE_NOOP("Errors", "standard or strict"))
        for name in ("reconfirm_months", "implied_max_days"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise errors.InvalidArgument(what=f"policy.{name}",
                                             reason=QT_TRANSLATE_NOOP("Errors", "must be a whole number, 0 or more"))

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> PolicySettings:
        """From the vault's settings (``settings.all_settings``); missing keys = defaults."""
        return cls(
            mode=values.get("policy.mode", STANDARD),
            reconfirm_months=values.get("policy.reconfirm_months", 0),
            implied_max_days=values.get("policy.implied_max_days", 0),
        )

    def as_dict(self) -> dict[str, Any]:
        """What an export records as "the policy in force"."""
        return {"mode": self.mode, "reconfirm_months": self.reconfirm_months,
                "implied_max_days": self.implied_max_days}


# Status codes: short, for a table column and filters.
STATUS_LABELS = {
    "eligible": QT_TRANSLATE_NOOP("Policy", "may be on the WhatsApp phone"),
    "no_consent": QT_TRANSLATE_NOOP("Policy", "no consent"),
    "requested": QT_TRANSLATE_NOOP("Policy", "consent requested"),
    "notice_pending": QT_TRANSLATE_NOOP("Policy", "notice not yet sent"),
    "implied_only": QT_TRANSLATE_NOOP("Policy", "implied consent only"),
    "revoked": QT_TRANSLATE_NOOP("Policy", "revoked"),
    "expired": QT_TRANSLATE_NOOP("Policy", "expired"),
    "private": QT_TRANSLATE_NOOP("Policy", "private contact"),
    "invalid_number": QT_TRANSLATE_NOOP("Policy", "invalid number"),
}

# Reason codes -> sentence. {date}: the event the reason refers to; {notice_date}: the
# notice; {months}/{days}: the limit in force.
REASON_TEXTS = {
    "granted": QT_TRANSLATE_NOOP("Policy", "consent given on {date}"),
    "implied_with_notice": QT_TRANSLATE_NOOP(
        "Policy", "implied consent on {date}, notice sent on {notice_date}"),
    "private": QT_TRANSLATE_NOOP("Policy", "private contact"),
    "invalid_number": QT_TRANSLATE_NOOP("Policy", "invalid number"),
    "no_consent": QT_TRANSLATE_NOOP("Policy", "no consent recorded"),
    "requested": QT_TRANSLATE_NOOP("Policy", "consent requested on {date}, no answer yet"),
    "notice_pending": QT_TRANSLATE_NOOP("Policy", "implied consent, notice not yet sent"),
    "implied_strict": QT_TRANSLATE_NOOP(
        "Policy", "implied consent only; the strict policy needs explicit consent"),
    "revoked": QT_TRANSLATE_NOOP("Policy", "revoked on {date}"),
    "expired": QT_TRANSLATE_NOOP("Policy", "consent expired on {date}"),
    # plural messages: %n is the limit in force (months, days)
    "too_old": QT_TRANSLATE_NOOP(
        "Policy", "consent older than %n month(s) (given on {date})", None, 1),
    "implied_unanswered": QT_TRANSLATE_NOOP(
        "Policy", "implied consent not confirmed within %n day(s) of the notice "
                  "(sent on {notice_date})", None, 1),
}
_COUNTED = frozenset({"too_old", "implied_unanswered"})


@dataclass(slots=True)
class Decision:
    """The policy's answer for one number. Treat as immutable.

    ``basis_event`` is the event that makes the number eligible (the grant, or the
    implied consent), or for a refusal the event the reason refers to; ``notice_event``
    the notice that completed an implied consent. ``since`` is the ISO time the reason
    refers to, ``limit`` the months/days of an age limit.
    """

    eligible: bool
    reason: str
    status: str
    basis_event: ConsentEvent | None = None
    notice_event: ConsentEvent | None = None
    since: str = ""
    limit: int = 0

    def reason_text(self) -> str:
        """The reason as a translated sentence with dates filled in (timefmt's)."""
        if self.reason in _COUNTED:
            template = translate_n("Policy", REASON_TEXTS[self.reason], self.limit)
        else:
            template = translate("Policy", REASON_TEXTS[self.reason])
        notice_at = self.notice_event.occurred_at if self.notice_event else ""
        return template.format(date=timefmt.format_date(self.since),
                               notice_date=timefmt.format_date(notice_at))

    def status_text(self) -> str:
        return translate("Policy", STATUS_LABELS[self.status])


# Decisions that carry no event are the same every time: share them.
_PRIVATE = Decision(False, "private", "private")
_INVALID = Decision(False, "invalid_number", "invalid_number")
_NO_CONSENT = Decision(False, "no_consent", "no_consent")


def _tie_later(a: ConsentEvent, b: ConsentEvent) -> bool:
    """Same ``occurred_at`` and ``a`` entered later (the common unequal case is inlined)."""
    return a.occurred_at == b.occurred_at and (a.recorded_at, a.id or 0) > (b.recorded_at,
                                                                             b.id or 0)


@dataclass(frozen=True, slots=True)
class _Moment:
    now: str  # today as ISO UTC text
    reconfirm_cutoff: str  # consent at or before this is too old ("" = no limit)
    implied_cutoff: str  # a notice before this no longer carries implied consent


_last_moment: tuple[PolicySettings, datetime, _Moment] | None = None


def _moment(settings: PolicySettings, today: datetime) -> _Moment:
    # The writer asks once per number with the same (settings, today): remember the last.
    global _last_moment
    cached = _last_moment
    if cached is not None and cached[0] is settings and cached[1] is today:
        return cached[2]
    now = clock.to_iso(today)
    moment_utc = clock.parse_iso(now)
    reconfirm = ""
    if settings.reconfirm_months:
        reconfirm = clock.to_iso(months_before(moment_utc, settings.reconfirm_months))
    implied = ""
    if settings.implied_max_days:
        implied = clock.to_iso(moment_utc - timedelta(days=settings.implied_max_days))
    result = _Moment(now, reconfirm, implied)
    _last_moment = (settings, today, result)
    return result


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped: 31 May -> 30 Apr)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


Item = tuple[Iterable[ConsentEvent], "Category | str", PhoneNumber]


def decide(events: Iterable[ConsentEvent], category: Category | str, number: PhoneNumber,
           settings: PolicySettings, today: datetime) -> Decision:
    """May ``number`` be on a WhatsApp phone at ``today``? See the module docstring."""
    return _decide_all(((events, category, number),), settings, today)[0]


def decide_many(items: Iterable[Item], settings: PolicySettings,
                today: datetime) -> list[Decision]:
    """``decide`` for many numbers at once (same order), with the garbage collector paused:
    building 100 000 results next to 500 000 loaded events otherwise triggers full
    collections that cost more than the decisions themselves."""
    with gc_paused():
        return _decide_all(items, settings, today)


def _decide_all(items: Iterable[Item], settings: PolicySettings,
                today: datetime) -> list[Decision]:
    """The rules themselves, for a batch: ``decide`` and ``decide_many`` both end here.
    One loop with everything bound locally, because a function call per number would
    cost as much as the rules (the table of 100 000 numbers must fill in ~0.1 s)."""
    moment = _moment(settings, today)
    now = moment.now
    cutoff = moment.reconfirm_cutoff
    implied_cutoff = moment.implied_cutoff
    strict = settings.mode == STRICT
    months = settings.reconfirm_months
    days = settings.implied_max_days
    usable = phones.usable
    tie_later = _tie_later
    results: list[Decision] = []
    add = results.append
    for events, category, number in items:
        if category == "private":  # a plain str compare: StrEnum == is slow at this volume
            add(_PRIVATE)
            continue
        if not usable(number):
            add(_INVALID)
            continue
        end = granted = implied = notice = requested = None
        for ev in events:
            at = ev.occurred_at
            if at > now:
                continue
            kind = ev.kind
            if kind == "granted":
                if granted is None or at > granted.occurred_at or tie_later(ev, granted):
                    granted = ev
            elif kind == "revoked" or kind == "expired":
                if end is None or at > end.occurred_at or tie_later(ev, end):
                    end = ev
            elif kind == "implied":
                if implied is None or at > implied.occurred_at or tie_later(ev, implied):
                    implied = ev
            elif kind == "notice_sent":
                if notice is None or at > notice.occurred_at or tie_later(ev, notice):
                    notice = ev
            elif kind == "requested":
                if requested is None or at > requested.occurred_at or tie_later(ev, requested):
                    requested = ev
        if end is not None:  # only the current episode counts: drop what came before `end`
            end_at = end.occurred_at
            if granted is not None and (granted.occurred_at < end_at or (
                    granted.occurred_at == end_at and not tie_later(granted, end))):
                granted = None
            if implied is not None and (implied.occurred_at < end_at or (
                    implied.occurred_at == end_at and not tie_later(implied, end))):
                implied = None
            if notice is not None and (notice.occurred_at < end_at or (
                    notice.occurred_at == end_at and not tie_later(notice, end))):
                notice = None
            if requested is not None and (requested.occurred_at < end_at or (
                    requested.occurred_at == end_at and not tie_later(requested, end))):
                requested = None

        if granted is not None and not (cutoff and granted.occurred_at <= cutoff):
            add(Decision(True, "granted", "eligible", granted, None, granted.occurred_at))
            continue
        if implied is not None:
            if strict:
                refusal = Decision(False, "implied_strict", "implied_only", implied, None,
                                   implied.occurred_at)
            elif notice is None:
                refusal = Decision(False, "notice_pending", "notice_pending", implied, None,
                                   implied.occurred_at)
            elif implied_cutoff and notice.occurred_at < implied_cutoff:
                refusal = Decision(False, "implied_unanswered", "expired", implied, notice,
                                   implied.occurred_at, days)
            elif cutoff and implied.occurred_at <= cutoff:
                refusal = Decision(False, "too_old", "expired", implied, notice,
                                   implied.occurred_at, months)
            else:
                add(Decision(True, "implied_with_notice", "eligible", implied, notice,
                             implied.occurred_at))
                continue
            if granted is None:
                add(refusal)
                continue
        if granted is not None:  # explicit consent that has grown too old
            add(Decision(False, "too_old", "expired", granted, None, granted.occurred_at,
                         months))
        elif requested is not None:
            add(Decision(False, "requested", "requested", requested, None,
                         requested.occurred_at))
        elif end is not None:
            kind = "revoked" if end.kind == "revoked" else "expired"
            add(Decision(False, kind, kind, end, None, end.occurred_at))
        else:
            add(_NO_CONSENT)
    return results


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection for a bulk build of objects that all stay alive
    (nothing here makes reference cycles, so nothing is lost by not collecting)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
