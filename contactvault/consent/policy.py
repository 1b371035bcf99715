"""The consent policy: may this number be on a WhatsApp phone today, and if not, why not.

``decide`` is the one place in the code that answers this. It is a pure function of the
number's consent events, the contact's category, the number itself, the policy settings
and the moment asked about; the export, the removal list, the GUI's status column and
the DPO views all call it.

Rules:

1. A private contact's numbers never go onto a WhatsApp phone, nor those of a contact
   whose processing is restricted (GDPR Art. 18): the storage layer hands such a
   contact to the policy with the category ``RESTRICTED`` until the restriction is
   lifted.
2. A number that is not usable as stored (``phones.usable_as_stored``, the number
   reading's judgement) never does either. (Rules 1 and 2 are applied in one place,
   ``standing``.)
3. Events later than ``today`` are ignored (recorded in advance, not yet true).
4. The events are replayed in order. A ``revoked``, ``expired`` or ``objected`` event
   ends the *episode*: nothing before it counts any more (not a consent, not a notice).
   An ``objected`` event (GDPR Art. 21) also blocks for good what the person objected
   to: a later implied consent by conduct and legitimate interest no longer count; only
   a new explicit consent (or an employee's own business number) does.
5. A ``granted`` or ``implied`` event records a legal basis (``basis``; none = consent).
   What makes the number eligible, in the current episode:

   - **explicit consent** (``granted``, basis consent), if it was *informed*: a
     ``notice_sent`` came before it, or it (or an earlier grant) records that the notice
     in force was handed over with the request (``with_notice``). A grant without
     either is recorded and shown, and does not count.
   - **consent by conduct** (``implied``: the customer wrote first), under the
     **standard** policy only, once a ``notice_sent`` exists in the episode, and only
     until the *answer period* (``implied_max_days``) runs out without an answer. The
     period starts when the customer has both their own message and the notice: at the
     first notice after the (latest) implied event, or at the implied event if the
     notice came first; sending the notice again does not extend it. An answer is a new
     grant (which then counts by itself) or a revocation. The **strict** policy counts
     explicit consent only.
   - **an employee's own business number** (basis ``employee_business_number``).
   - **contract** (Art. 6(1)(b)) and **legitimate interest** (Art. 6(1)(f)): recorded
     and shown, eligible only where the DPO switched them on (``allow_contract``,
     ``allow_legitimate_interest``).

6. Purpose (``purpose``, of the phones: service communication by default). For
   **advertising** only explicit consent given for advertising counts (§ 7 UWG): never
   consent by conduct, contract or legitimate interest. (Employees' own business numbers
   are not advertised to and stay eligible.)
7. ``reconfirm_months`` (0 = off): a consent (explicit or by conduct) that old counts as
   expired. The other bases do not age.

8. A number stored for several contacts goes onto a phone once (``written_under``): under
   the contact the consent was recorded for, if that contact may have it; else under
   the first of them (lowest id). The others get the decision ``shared_number``.

The decision names the event it rests on: the grant, the implied event, or the event
recording the basis, in that order of preference; a refusal names what is missing.

Order of events with the same ``occurred_at``: the later ``recorded_at`` comes later,
then the higher id — so a correction entered afterwards prevails. The events need not
be sorted (the vault delivers them sorted; other input is sorted here). Times are
compared as ISO UTC text (the vault's format).

Speed: the GUI fills a 100 000-row table from this, so the rules run as one loop over a
batch (``decide`` is a batch of one), without parsing dates or building objects it does
not return; decisions without an event are shared.
"""

from __future__ import annotations

import calendar
import functools
import gc
import hashlib
import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from contactvault import clock, errors, phones, timefmt
from contactvault.consent.events import ConsentEvent
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Category, PhoneNumber

RESTRICTED = "restricted"  # the category the policy sees for a restricted contact (Art. 18)
STANDARD = "standard"
STRICT = "strict"
MODES = (STANDARD, STRICT)
SERVICE = "service"
ADVERTISING = "advertising"
PURPOSES = (SERVICE, ADVERTISING)

# A mode's name (a table column) and what it means (a choice in the settings).
MODE_NAMES = {
    STANDARD: QT_TRANSLATE_NOOP("Policy", "standard"),
    STRICT: QT_TRANSLATE_NOOP("Policy", "strict"),
}
MODE_LABELS = {
    STANDARD: QT_TRANSLATE_NOOP(
        "Policy", "Standard: explicit consent, or implied consent by conduct once the "
                  "notice was sent, until the answer period runs out"),
    STRICT: QT_TRANSLATE_NOOP("Policy", "Strict: explicit consent only"),
}
PURPOSE_LABELS = {
    SERVICE: QT_TRANSLATE_NOOP("Policy", "Service communication"),
    ADVERTISING: QT_TRANSLATE_NOOP(
        "Policy", "Advertising (explicit consent to advertising only, § 7 UWG)"),
}

DEFAULT_IMPLIED_MAX_DAYS = 14
MAX_DAYS = 365


@dataclass(frozen=True)
class PolicySettings:
    mode: str = STANDARD
    reconfirm_months: int = 0  # 0 = consent does not expire by age
    implied_max_days: int = DEFAULT_IMPLIED_MAX_DAYS  # the answer period, 1 to 365 days
    purpose: str = SERVICE  # what the WhatsApp phones are used for
    allow_contract: bool = False  # the DPO lets Art. 6(1)(b) make a number eligible
    allow_legitimate_interest: bool = False  # ... and Art. 6(1)(f)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise errors.InvalidArgument(what="policy.mode",
                                         reason=QT_TRANSLATE_NOOP("Errors", "standard or strict"))
        if self.purpose not in PURPOSES:
            raise errors.InvalidArgument(what="policy.purpose", reason=QT_TRANSLATE_NOOP(
                "Errors", "service or advertising"))
        if not _whole(self.reconfirm_months) or self.reconfirm_months < 0:
            raise errors.InvalidArgument(what="policy.reconfirm_months", reason=QT_TRANSLATE_NOOP(
                "Errors", "must be a whole number, 0 or more"))
        if not _whole(self.implied_max_days) or not 1 <= self.implied_max_days <= MAX_DAYS:
            raise errors.InvalidArgument(what="policy.implied_max_days", reason=QT_TRANSLATE_NOOP(
                "Errors", "must be a whole number from 1 to 365"))
        for name in ("allow_contract", "allow_legitimate_interest"):
            if not isinstance(getattr(self, name), bool):
                raise errors.InvalidArgument(what=f"policy.{name}",
                                             reason=QT_TRANSLATE_NOOP("Errors", "true or false"))

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> PolicySettings:
        """From the vault's settings (``settings.all_settings``); missing keys = defaults."""
        return cls(
            mode=values.get("policy.mode", STANDARD),
            reconfirm_months=values.get("policy.reconfirm_months", 0),
            implied_max_days=values.get("policy.implied_max_days", DEFAULT_IMPLIED_MAX_DAYS),
            purpose=values.get("policy.purpose", SERVICE),
            allow_contract=values.get("policy.allow_contract", False),
            allow_legitimate_interest=values.get("policy.allow_legitimate_interest", False),
        )

    def as_dict(self) -> dict[str, Any]:
        """What an export records as "the policy in force"."""
        return {"mode": self.mode, "reconfirm_months": self.reconfirm_months,
                "implied_max_days": self.implied_max_days, "purpose": self.purpose,
                "allow_contract": self.allow_contract,
                "allow_legitimate_interest": self.allow_legitimate_interest}

    def describe(self) -> list[str]:
        """The policy in force as translated sentences, for documents and reviews."""
        return describe(self.as_dict())

    def fingerprint(self) -> str:
        """What a decision made under these settings depends on besides the history:
        the settings and the rules' own code (a program that decides differently does
        not reuse what an older one decided). Kept decisions carry it."""
        text = json.dumps(self.as_dict(), sort_keys=True) + _rules_digest()
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_DESCRIBE = {
    "answer_period": QT_TRANSLATE_NOOP(
        "Policy", "Implied consent by conduct counts once the notice was sent, until the "
                  "answer period of %n day(s) runs out without a reply.", None, 1),
    "strict": QT_TRANSLATE_NOOP("Policy", "Only explicit consent counts."),
    "informed": QT_TRANSLATE_NOOP(
        "Policy", "Explicit consent counts only if the notice was sent before it or handed "
                  "over with the request."),
    "reconfirm": QT_TRANSLATE_NOOP("Policy", "Consent older than %n month(s) no longer "
                                             "counts.", None, 1),
    "purpose_service": QT_TRANSLATE_NOOP("Policy", "Purpose: service communication."),
    "purpose_advertising": QT_TRANSLATE_NOOP(
        "Policy", "Purpose: advertising; only explicit consent to advertising counts "
                  "(§ 7 UWG)."),
    "contract_allowed": QT_TRANSLATE_NOOP(
        "Policy", "The data-protection officer allows contract (GDPR Art. 6(1)(b)) as a "
                  "legal basis."),
    "legitimate_interest_allowed": QT_TRANSLATE_NOOP(
        "Policy", "The data-protection officer allows legitimate interest (GDPR "
                  "Art. 6(1)(f)) as a legal basis."),
    "consent_only": QT_TRANSLATE_NOOP(
        "Policy", "Only consent and employees' own business numbers make a number "
                  "eligible; contract and legitimate interest are recorded, not enough."),
}


def describe(recorded: dict[str, Any]) -> list[str]:
    """Sentences for policy settings as an export recorded them (``as_dict``); keys an
    older export did not record are left out rather than guessed."""
    # the mode's label is a choice in the settings (no full stop); here it is a sentence
    lines = [translate("Policy", MODE_LABELS.get(recorded.get("mode"), recorded.get("mode")
                                                  or "")).rstrip(".") + "."] \
        if recorded.get("mode") else []
    days = recorded.get("implied_max_days")
    if recorded.get("mode") == STRICT:
        lines.append(translate("Policy", _DESCRIBE["strict"]))
    elif isinstance(days, int) and days > 0:
        lines.append(translate_n("Policy", _DESCRIBE["answer_period"], days))
    if "purpose" in recorded:  # recorded since informed consent became a rule
        lines.append(translate("Policy", _DESCRIBE["informed"]))
    months = recorded.get("reconfirm_months")
    if isinstance(months, int) and months > 0:
        lines.append(translate_n("Policy", _DESCRIBE["reconfirm"], months))
    purpose = recorded.get("purpose")
    if purpose in PURPOSES:
        lines.append(translate("Policy", _DESCRIBE[f"purpose_{purpose}"]))
    if "allow_contract" in recorded:
        allowed = [key for key in ("contract", "legitimate_interest")
                   if recorded.get(f"allow_{key}")]
        lines += [translate("Policy", _DESCRIBE[f"{key}_allowed"]) for key in allowed]
        if not allowed:
            lines.append(translate("Policy", _DESCRIBE["consent_only"]))
    return lines


# Status codes: short, for a table column and filters.
STATUS_LABELS = {
    "eligible": QT_TRANSLATE_NOOP("Policy", "may be on the WhatsApp phone"),
    "no_consent": QT_TRANSLATE_NOOP("Policy", "no consent"),
    "requested": QT_TRANSLATE_NOOP("Policy", "consent requested"),
    "not_informed": QT_TRANSLATE_NOOP("Policy", "consent without the notice"),
    "notice_pending": QT_TRANSLATE_NOOP("Policy", "notice not yet sent"),
    "implied_only": QT_TRANSLATE_NOOP("Policy", "implied consent only"),
    "basis_not_allowed": QT_TRANSLATE_NOOP("Policy", "legal basis not allowed"),
    "wrong_purpose": QT_TRANSLATE_NOOP("Policy", "no consent to advertising"),
    "revoked": QT_TRANSLATE_NOOP("Policy", "revoked"),
    "expired": QT_TRANSLATE_NOOP("Policy", "expired"),
    "private": QT_TRANSLATE_NOOP("Policy", "private contact"),
    "restricted": QT_TRANSLATE_NOOP("Policy", "processing restricted"),
    "objected": QT_TRANSLATE_NOOP("Policy", "objected"),
    "invalid_number": QT_TRANSLATE_NOOP("Policy", "invalid number"),
    "shared_number": QT_TRANSLATE_NOOP("Policy", "written under another contact"),
}

# Reason codes -> sentence. {date}: the event the reason refers to (for
# "implied_unanswered": the start of the answer period); {notice_date}: the notice;
# %n in the plural messages (_COUNTED): the limit in force (months, days).
REASON_TEXTS = {
    "granted": QT_TRANSLATE_NOOP("Policy", "consent given on {date}, notice sent on "
                                           "{notice_date}"),
    "granted_with_notice": QT_TRANSLATE_NOOP(
        "Policy", "consent given on {date} with the notice handed over"),
    "implied_with_notice": QT_TRANSLATE_NOOP(
        "Policy", "implied consent by conduct on {date}, notice sent on {notice_date}"),
    "employee_business_number": QT_TRANSLATE_NOOP(
        "Policy", "employee's own business number (recorded on {date})"),
    "contract": QT_TRANSLATE_NOOP(
        "Policy", "contract (GDPR Art. 6(1)(b)) recorded on {date}, allowed in the settings"),
    "legitimate_interest": QT_TRANSLATE_NOOP(
        "Policy", "legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}, allowed in "
                  "the settings"),
    "private": QT_TRANSLATE_NOOP("Policy", "private contact"),
    "restricted": QT_TRANSLATE_NOOP(
        "Policy", "processing restricted (GDPR Art. 18) until the restriction is lifted"),
    "objected": QT_TRANSLATE_NOOP(
        "Policy", "objected on {date} (GDPR Art. 21); only a new explicit consent counts"),
    "invalid_number": QT_TRANSLATE_NOOP("Policy", "invalid number"),
    "shared_number": QT_TRANSLATE_NOOP(
        "Policy", "the number is stored for another contact too; it goes onto the phone "
                  "once, under the contact whose consent allows it"),
    "no_consent": QT_TRANSLATE_NOOP("Policy", "no consent recorded"),
    "requested": QT_TRANSLATE_NOOP("Policy", "consent requested on {date}, no answer yet"),
    "granted_uninformed": QT_TRANSLATE_NOOP(
        "Policy", "consent given on {date} without the information notice: send the "
                  "notice and record the consent again, or record it with the notice "
                  "handed over"),
    "granted_other_purpose": QT_TRANSLATE_NOOP(
        "Policy", "consent given on {date} covers service messages, not advertising"),
    "notice_pending": QT_TRANSLATE_NOOP("Policy",
                                        "implied consent by conduct, notice not yet sent"),
    "implied_strict": QT_TRANSLATE_NOOP(
        "Policy", "implied consent by conduct only; the strict policy needs explicit "
                  "consent"),
    "implied_advertising": QT_TRANSLATE_NOOP(
        "Policy", "implied consent by conduct only; advertising needs explicit consent "
                  "(§ 7 UWG)"),
    "contract_not_allowed": QT_TRANSLATE_NOOP(
        "Policy", "contract (GDPR Art. 6(1)(b)) recorded on {date}; not enough under the "
                  "current settings, which need consent"),
    "legitimate_interest_not_allowed": QT_TRANSLATE_NOOP(
        "Policy", "legitimate interest (GDPR Art. 6(1)(f)) recorded on {date}; not enough "
                  "under the current settings, which need consent"),
    "basis_not_for_advertising": QT_TRANSLATE_NOOP(
        "Policy", "legal basis recorded on {date} does not cover advertising, which needs "
                  "explicit consent (§ 7 UWG)"),
    "revoked": QT_TRANSLATE_NOOP("Policy", "revoked on {date}"),
    "expired": QT_TRANSLATE_NOOP("Policy", "consent expired on {date}"),
    # plural messages: %n is the limit in force (months, days)
    "too_old": QT_TRANSLATE_NOOP(
        "Policy", "consent older than %n month(s) (given on {date})", None, 1),
    "implied_unanswered": QT_TRANSLATE_NOOP(
        "Policy", "implied consent by conduct not confirmed within the answer period of "
                  "%n day(s) from {date}", None, 1),
}
_COUNTED = frozenset({"too_old", "implied_unanswered"})


@dataclass(slots=True)
class Decision:
    """The policy's answer for one number. Treat as immutable.

    ``basis_event`` is the event that makes the number eligible (the grant, the implied
    consent, or the event recording another legal basis), or for a refusal the event
    the reason refers to; ``notice_event`` the notice that informed the consent. ``since``
    is the ISO time the reason refers to, ``limit`` the months/days of an age limit.
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
_RESTRICTED = Decision(False, "restricted", "restricted")
_INVALID = Decision(False, "invalid_number", "invalid_number")
_NO_CONSENT = Decision(False, "no_consent", "no_consent")


def _order_key(event: ConsentEvent) -> tuple[str, str, int]:
    return (event.occurred_at, event.recorded_at, event.id or 0)


@dataclass(frozen=True, slots=True)
class _Moment:
    now: str  # today as ISO UTC text
    reconfirm_cutoff: str  # consent at or before this is too old ("" = no limit)
    implied_cutoff: str  # an answer period that started before this has run out
    age_settled: str  # a consent before this reached the re-confirmation age for good


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
    implied = clock.to_iso(moment_utc - timedelta(days=settings.implied_max_days))
    settled = ""
    if settings.reconfirm_months:
        settled = clock.to_iso(months_before(moment_utc, settings.reconfirm_months + 1))
    result = _Moment(now, reconfirm, implied, settled)
    _last_moment = (settings, today, result)
    return result


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped: 31 May -> 30 Apr)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


Item = tuple[Sequence[ConsentEvent], "Category | str", PhoneNumber]


def decide(events: Iterable[ConsentEvent], category: Category | str, number: PhoneNumber,
           settings: PolicySettings, today: datetime) -> Decision:
    """May ``number`` be on a WhatsApp phone at ``today``? See the module docstring."""
    return _decide_all(((list(events), category, number),), settings, today)[0]


def decide_many(items: Iterable[Item], settings: PolicySettings,
                today: datetime) -> list[Decision]:
    """``decide`` for many numbers at once (same order), with the garbage collector paused:
    building 100 000 results next to 500 000 loaded events otherwise triggers full
    collections that cost more than the decisions themselves. Each item's events must
    be a sequence (a list or tuple), in any order."""
    with gc_paused():
        return _decide_all(items, settings, today)


def _decide_all(items: Iterable[Item], settings: PolicySettings,
                today: datetime) -> list[Decision]:
    """The rules themselves, for a batch: ``decide`` and ``decide_many`` both end here.
    One loop with everything bound locally, because a function call per number would
    cost as much as the rules (the table of 100 000 numbers must fill in ~0.1 s).

    Each number's events are replayed in order; they usually arrive sorted, so the loop
    only checks the order as it goes and sorts (and starts again) when it is not."""
    moment = _moment(settings, today)
    now = moment.now
    cutoff = moment.reconfirm_cutoff
    implied_cutoff = moment.implied_cutoff
    strict = settings.mode == STRICT
    advertising = settings.purpose == ADVERTISING
    allow_contract = settings.allow_contract and not advertising
    allow_li = settings.allow_legitimate_interest and not advertising
    months = settings.reconfirm_months
    days = settings.implied_max_days
    refused = standing
    order_key = _order_key
    results: list[Decision] = []
    add = results.append
    for events, category, number in items:
        refusal = refused(category, number.e164, number.valid, number.flags)
        if refusal is not None:  # rules 1 and 2
            add(refusal)
            continue
        sequence = events
        resorted = False
        while True:
            end = granted = other = implied = notice = notice_after = requested = None
            bases = informed_by = granted_informed_by = objected = None
            previous_at = ""
            for ev in sequence:
                at = ev.occurred_at
                if at <= previous_at and not resorted:
                    break  # out of order, or a tie: sort (fully keyed) and replay
                previous_at = at
                if at > now:
                    continue
                kind = ev.kind
                if kind == "granted":
                    basis = ev.basis
                    if basis is not None and basis != "consent":
                        if objected is not None and basis == "legitimate_interest":
                            continue  # Art. 21: no longer a basis after the objection
                        if bases is None:
                            bases = {basis: ev}  # rare: the other legal bases, by name
                        else:
                            bases[basis] = ev
                    else:
                        if ev.with_notice and informed_by is None:
                            informed_by = ev
                        if advertising and ev.purpose != "advertising":
                            other = ev
                        else:
                            granted = ev
                            granted_informed_by = informed_by
                elif kind == "notice_sent":
                    notice = ev
                    if informed_by is None:
                        informed_by = ev
                    if implied is not None and notice_after is None:
                        notice_after = ev
                elif kind == "implied":
                    basis = ev.basis
                    if objected is not None and basis != "employee_business_number":
                        continue  # the person objected: conduct no longer counts
                    if basis is not None and basis != "consent":
                        if bases is None:
                            bases = {basis: ev}
                        else:
                            bases[basis] = ev
                    else:
                        implied = ev
                        notice_after = None
                elif kind == "revoked" or kind == "expired" or kind == "objected":
                    end = ev
                    if kind == "objected":
                        objected = ev
                    granted = other = implied = notice = notice_after = requested = None
                    bases = informed_by = granted_informed_by = None
                elif kind == "requested":
                    requested = ev
            else:
                break
            sequence = sorted(events, key=order_key)
            resorted = True

        # -- what counts (explicit consent first: it is the usual answer) --------------
        if granted is not None and granted_informed_by is not None and not (
                cutoff and granted.occurred_at <= cutoff):
            if granted_informed_by.kind == "notice_sent":
                add(Decision(True, "granted", "eligible", granted, granted_informed_by,
                             granted.occurred_at))
            else:
                add(Decision(True, "granted_with_notice", "eligible", granted, None,
                             granted.occurred_at))
            continue
        if bases is not None or implied is not None:
            employee = contract = li = None
            if bases is not None:
                get = bases.get
                employee = get("employee_business_number")
                contract = get("contract")
                li = get("legitimate_interest")
            if employee is not None:
                add(Decision(True, "employee_business_number", "eligible", employee, None,
                             employee.occurred_at))
                continue
            refusal = None
            if implied is not None:
                if strict:
                    refusal = Decision(False, "implied_strict", "implied_only", implied, None,
                                       implied.occurred_at)
                elif advertising:
                    refusal = Decision(False, "implied_advertising", "implied_only", implied,
                                       None, implied.occurred_at)
                elif notice is None:
                    refusal = Decision(False, "notice_pending", "notice_pending", implied, None,
                                       implied.occurred_at)
                else:
                    started = notice_after if notice_after is not None else implied
                    if started.occurred_at < implied_cutoff:
                        refusal = Decision(False, "implied_unanswered", "expired", implied,
                                           notice_after or notice, started.occurred_at, days)
                    elif cutoff and implied.occurred_at <= cutoff:
                        refusal = Decision(False, "too_old", "expired", implied,
                                           notice_after or notice, implied.occurred_at, months)
                    else:
                        add(Decision(True, "implied_with_notice", "eligible", implied,
                                     notice_after or notice, implied.occurred_at))
                        continue
            if contract is not None and allow_contract:
                add(Decision(True, "contract", "eligible", contract, None,
                             contract.occurred_at))
                continue
            if li is not None and allow_li:
                add(Decision(True, "legitimate_interest", "eligible", li, None, li.occurred_at))
                continue
            # why not: a grant's reason (below) comes first, then these
            if granted is None and other is None:
                if refusal is None and (contract is not None or li is not None):
                    basis_event = contract if contract is not None else li
                    if advertising:
                        refusal = Decision(False, "basis_not_for_advertising", "wrong_purpose",
                                           basis_event, None, basis_event.occurred_at)
                    else:
                        refusal = Decision(False, "contract_not_allowed" if contract is not None
                                           else "legitimate_interest_not_allowed",
                                           "basis_not_allowed", basis_event, None,
                                           basis_event.occurred_at)
                if refusal is not None:
                    add(refusal)
                    continue

        # -- why not --------------------------------------------------------------------
        if granted is not None:
            if granted_informed_by is None:
                add(Decision(False, "granted_uninformed", "not_informed", granted, None,
                             granted.occurred_at))
            else:
                add(Decision(False, "too_old", "expired", granted, granted_informed_by,
                             granted.occurred_at, months))
        elif other is not None:
            add(Decision(False, "granted_other_purpose", "wrong_purpose", other, None,
                         other.occurred_at))
        elif requested is not None:
            add(Decision(False, "requested", "requested", requested, None,
                         requested.occurred_at))
        elif objected is not None:
            add(Decision(False, "objected", "objected", objected, None, objected.occurred_at))
        elif end is not None:
            kind = "revoked" if end.kind == "revoked" else "expired"
            add(Decision(False, kind, kind, end, None, end.occurred_at))
        else:
            add(_NO_CONSENT)
    return results


def written_under(candidates: Sequence[tuple[int, Decision]]) -> int:
    """Of the contacts that store one number and may have it on a phone (contact id,
    eligible decision), the one it is written under: the contact the consent (the
    decision's event) was recorded for, if it is one of them; else the lowest id. A
    number goes onto a phone once, so that nobody else's name is attached to it."""
    ids = {contact_id for contact_id, _decision in candidates}
    for _contact_id, decision in candidates:
        event = decision.basis_event
        if event is not None and event.contact_id in ids:
            return event.contact_id
    return min(ids)


def shared(decision: Decision) -> Decision:
    """The decision for a contact a shared number is not written under (``written_under``
    chose another one): not on the phone under this name."""
    return Decision(False, "shared_number", "shared_number", decision.basis_event,
                    decision.notice_event, decision.since)


def one_contact_per_number(rows, decisions: list[Decision]
                            ) -> tuple[list[Decision], dict[str, list[int]]]:
    """A number eligible under several contacts goes onto a phone once: under the
    contact ``written_under`` picks; the others' decisions become ``shared``. ``rows``:
    one per stored number, each with ``contact_id`` and ``number.e164``, in the order of
    ``decisions``. Returns the decisions and, for every number stored for more than one
    contact, those contacts' ids (for the review). One pass over the rows finds the
    numbers that occur twice; only those are looked at again (usually few). The export,
    ``consent list`` and the contacts table all ask here, so they agree."""
    seen: set[str] = set()
    twice: set[str] = set()
    for row in rows:
        e164 = row.number.e164
        if e164 in seen:
            twice.add(e164)
        elif e164:
            seen.add(e164)
    if not twice:
        return decisions, {}
    holders: dict[str, list[int]] = {}
    candidates: dict[str, list[tuple[int, Decision]]] = {}
    places: list[int] = []
    for index, row in enumerate(rows):
        e164 = row.number.e164
        if e164 not in twice:
            continue
        places.append(index)
        ids = holders.setdefault(e164, [])
        if row.contact_id not in ids:
            ids.append(row.contact_id)
        if decisions[index].eligible:
            candidates.setdefault(e164, []).append((row.contact_id, decisions[index]))
    holders = {e164: ids for e164, ids in holders.items() if len(ids) > 1}
    owner = {e164: written_under(found) for e164, found in candidates.items()
             if e164 in holders}
    result = list(decisions)
    for index in places:
        row = rows[index]
        chosen = owner.get(row.number.e164)
        if chosen is not None and chosen != row.contact_id and result[index].eligible:
            result[index] = shared(result[index])
    return result, holders



@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection for a bulk build of objects that all stay alive
    (nothing here makes reference cycles, so nothing is lost by not collecting). What
    was built joins the oldest generation unexamined (freeze, then unfreeze): otherwise
    the first collection after the pause walks every tuple read (a million objects, a
    quarter of a second) only to find that nothing is garbage; a full collection still
    looks at them when it runs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


# -- decisions the vault keeps ---------------------------------------------------------
#
# The DPO overview must not replay 500 000 events each time it is opened: the vault keeps
# each number's decision (vault/decisions.py), written by the functions below — the rules
# above, replayed for one history at one moment, plus how long that answer holds. There
# is no second copy of the rules: a kept decision is ``_decide_all``'s answer, and it is
# used only while nothing it depends on has changed (the history: every write of an
# event drops it; the settings and these rules: ``PolicySettings.fingerprint``; the
# time: ``holds_until``).

_USABLE = PhoneNumber("", "+0", "", "", True, ())  # stands for any usable number


def _code_digest(code: Any) -> bytes:
    """The bytecode, names and constants of a function (nested code included), without
    its file name or line numbers: changes exactly when what it does changes."""
    consts = tuple(_code_digest(c) if hasattr(c, "co_code") else repr(c).encode()
                   for c in code.co_consts)
    return hashlib.sha256(code.co_code + repr(code.co_names).encode()
                          + b"|".join(consts)).digest()


@functools.cache
def _rules_digest() -> str:
    parts = [_code_digest(f.__code__) for f in (_decide_all, _moment, months_before,
                                                 _holds_until, _age_moments, months_after,
                                                 kept_fields, kept_decision)]
    return hashlib.sha256(b"".join(parts)).hexdigest()[:16]


def standing(category: str, e164: str | None, valid: Any,
             flags: str | Collection[str]) -> Decision | None:
    """Rules 1 and 2, the one place they are written: the refusal they give a stored
    number (its contact's category as the policy sees it, E.164, valid, flags: words,
    or the vault's column of words separated by spaces), or None when the number's
    history decides. ``decide`` asks here for every number; so do the readers of the
    decisions the vault keeps (which hold the history's answer only)."""
    if category == "private":  # a plain str compare: StrEnum == is slow at this volume
        return _PRIVATE
    if category == "restricted":
        return _RESTRICTED
    if not _usable(e164, valid, flags):
        return _INVALID
    return None


_usable = phones.usable_as_stored  # rule 2 is the number reading's own judgement


class Standings(dict):
    """``standing`` of numbers that have E.164, looked up by (category as the policy
    sees it, valid, flags column): that is all it reads of such a number, so a reader
    of 100 000 rows (the overview) asks it once per kind of row —
    ``table[category, valid, flags]`` — instead of once per row."""

    def __missing__(self, key: tuple[str, Any, str]) -> Decision | None:
        category, valid, flags = key
        found = self[key] = standing(category, _USABLE.e164, valid, flags)
        return found



def decide_histories(histories: dict[str, Sequence[ConsentEvent]], settings: PolicySettings,
                     today: datetime) -> dict[str, tuple[Decision, str]]:
    """For each number's history (any order): the decision it gives a usable number of a
    contact that is neither private nor restricted (rules 3 to 8 are the history's;
    ``standing`` adds rules 1 and 2), and until when that answer holds for certain
    (``holds_until``). By E.164. What the vault keeps is exactly this."""
    with gc_paused():
        decisions = _decide_all(((events, "customer", _USABLE) for events in histories.values()),
                                settings, today)
        moment = _moment(settings, today)
        return {e164: (decision, _holds_until(events, settings, moment))
                for (e164, events), decision in zip(histories.items(), decisions, strict=True)}


def _holds_until(events: Iterable[ConsentEvent], settings: PolicySettings,
                 moment: _Moment) -> str:
    now = moment.now
    # an answer period that started before this ran out already; a consent before this
    # is past the age limit for good (a month of margin for the calendar's clamping)
    answer_from = moment.implied_cutoff
    months = settings.reconfirm_months
    age_from = moment.age_settled if months else ""
    first = ""
    for ev in events:
        at = ev.occurred_at
        if at > now:  # recorded in advance: counts from then on
            if not first or at < first:
                first = at
            continue
        kind = ev.kind
        found = ()
        if (kind == "implied" or kind == "notice_sent") and at >= answer_from:
            # the period started then (at the latest) ends after ``implied_max_days``:
            # refused once ``started < now - days``, from the second after
            found = (clock.to_iso(clock.parse_iso(at) + timedelta(
                days=settings.implied_max_days, seconds=1)),)
        if months and (kind == "granted" or kind == "implied") and at >= age_from:
            found = found + _age_moments(at, months)
        for candidate in found:
            if candidate > now and (not first or candidate < first):
                first = candidate
    return first


def _age_moments(at: str, months: int) -> tuple[str, ...]:
    """The moments at which "a consent of ``at`` is ``months`` old" (``at <=
    months_before(now, months)``) may change: ``months_after`` — exact, or earlier when
    the later month is too short (then it happens when the month after begins); for a
    consent on the last day of a month, months_before clamps every later day of the
    longer month onto that day, so the answer changes at that time of day and at
    midnight on each of those days."""
    moment = clock.parse_iso(at)
    reached = months_after(moment, months)
    length = calendar.monthrange(reached.year, reached.month)[1]
    found = [reached]
    next_month = (reached.replace(day=1, hour=0, minute=0, second=0)
                  + timedelta(days=length))
    if moment.day > length:  # clamped: the whole month is too short
        found.append(next_month)
    elif moment.day == calendar.monthrange(moment.year, moment.month)[1] and length > moment.day:
        for day in range(moment.day + 1, length + 1):
            midnight = reached.replace(day=day, hour=0, minute=0, second=0)
            found += [midnight, midnight.replace(hour=moment.hour, minute=moment.minute,
                                                 second=moment.second)]
        found.append(next_month)
    return tuple(clock.to_iso(m) for m in found)


def months_after(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months later (clamped, as
    ``months_before``: 31 Jan + 1 -> 28/29 Feb)."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def kept_fields(decision: Decision) -> tuple:
    """What the vault keeps of a decision (vault/decisions.py packs it after the number):
    eligible, status, reason, since, limit, and of the events it names only what the
    policy reads of them (as ``all_by_number(full=False)``): the basis event's id, kind,
    contact and time, the informing event's id, kind (a notice, or a grant that handed
    the notice over) and time. ``kept_decision`` makes the Decision of them again."""
    basis, notice = decision.basis_event, decision.notice_event
    return (int(decision.eligible), decision.status, decision.reason, decision.since,
            decision.limit, basis.id if basis else None, basis.kind if basis else None,
            basis.contact_id if basis else None, basis.occurred_at if basis else None,
            notice.id if notice else None, notice.kind if notice else None,
            notice.occurred_at if notice else None)


def kept_decision(e164: str, fields: Sequence[Any]) -> Decision:
    """The Decision ``kept_fields`` gave these fields for ``e164`` (its events carry what
    was kept of them; ``consent.history`` gives the whole records)."""
    (eligible, status, reason, since, limit, basis_id, basis_kind, basis_contact, basis_at,
     notice_id, notice_kind, notice_at) = fields
    if basis_kind is None and notice_id is None and since == "" and limit == 0:
        for shared_decision in (_NO_CONSENT, _PRIVATE, _RESTRICTED, _INVALID):
            if shared_decision.reason == reason:
                return shared_decision
    basis = None if basis_kind is None else ConsentEvent(
        basis_id, e164, basis_kind, None, None, "", "", basis_contact, "", basis_at, "")
    notice = None if notice_id is None else ConsentEvent(
        notice_id, e164, notice_kind, None, None, "", "", None, "", notice_at, "")
    return Decision(bool(eligible), reason, status, basis, notice, since, limit)
