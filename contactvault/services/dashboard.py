"""The data-protection officer's overview: totals and the open problems, each a list.

One function, ``dashboard``, reads the vault once and computes everything the DPO view
and ``contactvault report dashboard`` show; the front ends only present it. Every
decision about a number is the policy's (``consent.policy.decide_columns``), and what a
phone holds and must lose is the removal list's (``export.removal_list``).

Totals: contacts by category, stored numbers by the policy's status today, numbers on
each phone (exports minus confirmed removals).

Problems (``PROBLEMS``, in the order shown), each with its items, count and the age of
the oldest item:

- ``unlawful_on_phone`` — a number on a phone that may not be there today (revoked,
  answer period passed, basis not eligible, category changed to private, erased …).
  Must be 0; shown red otherwise. One item per phone and number.
- ``open_removals`` — per phone: how many numbers must be deleted from it, open since
  when (the moment the oldest of them stopped being allowed, not before its export).
- ``notice_not_sent`` — implied consent by conduct whose notice was not sent.
- ``grant_without_notice`` — a consent recorded without the notice (does not count).
- ``reconfirm_due`` — consent older than the re-confirmation age
  (``policy.reconfirm_months``; 0 = off).
- ``retention_due`` — contacts without activity (created, changed, a consent event of
  one of its numbers) for ``retention.review_months`` (0 = off).
- ``unclassified`` — contacts whose category is still unknown.
- ``procedure_open`` — phones whose "secure contacts first" procedure is not done.

A number stored for several contacts (or twice for one) counts once in the totals:
as eligible if it may go onto a phone under any of them, else with its status under
the first of them; a phone holding it under two names holds one number.

Speed: at 100 000 numbers with 5 events each, everything is read as plain tuples from
the storage layer's bulk reads (vault/overview.py; SQLite groups what the phones hold)
and decided by the policy's bulk path (``policy.decide_columns``): no object per event
or number; names are read only for listed contacts. In the app, the consent events the
contacts table keeps (``consent.kept_policy_events``) are used instead of reading them
again.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import attrgetter

from contactvault import audit, clock, phones, settings, timefmt
from contactvault.consent import policy
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.context import Context
from contactvault.export import removal_list
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Category
from contactvault.services import consent as consent_service
from contactvault.services import procedure as procedure_service
from contactvault.vault import devices as device_store
from contactvault.vault import overview
from contactvault.vault import requests as request_store

CRITICAL = "critical"  # must be 0
WARNING = "warning"

PROBLEMS = ("unlawful_on_phone", "open_removals", "notice_not_sent", "grant_without_notice",
            "reconfirm_due", "retention_due", "unclassified", "procedure_open")

PROBLEM_TITLES = {
    "unlawful_on_phone": QT_TRANSLATE_NOOP(
        "Dashboard", "Numbers on a WhatsApp phone without valid consent today"),
    "open_removals": QT_TRANSLATE_NOOP("Dashboard", "Open removals per phone"),
    "notice_not_sent": QT_TRANSLATE_NOOP(
        "Dashboard", "Implied consent whose information notice was not sent"),
    "grant_without_notice": QT_TRANSLATE_NOOP(
        "Dashboard", "Consent recorded without the information notice"),
    "reconfirm_due": QT_TRANSLATE_NOOP(
        "Dashboard", "Consent older than the re-confirmation age"),
    "retention_due": QT_TRANSLATE_NOOP("Dashboard", "Contacts past the retention period"),
    "unclassified": QT_TRANSLATE_NOOP("Dashboard", "Contacts not yet classified"),
    "procedure_open": QT_TRANSLATE_NOOP(
        "Dashboard", "Phones whose procedure is not done"),
}

# What an item of a list says beyond the policy's own reasons.
ITEM_TEXTS = {
    "open_removals": QT_TRANSLATE_NOOP(
        "Dashboard", "%n number(s) must be deleted from this phone", None, 1),
    "retention_due": QT_TRANSLATE_NOOP("Dashboard", "last activity on {date}"),
    "unclassified": QT_TRANSLATE_NOOP("Dashboard", "stored since {date}"),
    "procedure_not_started": QT_TRANSLATE_NOOP("Dashboard", "procedure not started"),
    "procedure_running": QT_TRANSLATE_NOOP("Dashboard", "procedure started on {date}, "
                                                        "not done"),
}


@dataclass(slots=True)
class Item:
    """One entry of a problem list. ``contact_ids``: the contacts to open for it (one,
    or for a phone all whose numbers are concerned; none for a phone's procedure).
    ``since``: ISO UTC time the problem exists since (its age is counted from it);
    ``reason``: a policy reason code, a removal reason, or the list's own; the sentence
    (``reason_text``) is made only when shown."""

    contact_ids: tuple[int, ...]
    number: str  # E.164, or "" (a contact or phone as a whole)
    device: str  # the phone concerned, or ""
    reason: str
    since: str
    age_days: int
    count: int = 1  # how many numbers the item stands for (a phone's open removals)
    name: str = ""  # the contact's name (or the name the phone shows), or the phone's
    decision: Decision | None = None  # the policy's, where the item rests on one

    def reason_text(self) -> str:
        if self.decision is not None:
            return self.decision.reason_text()
        if self.reason in removal_list.REASON_TEXTS:
            return translate("Export", removal_list.REASON_TEXTS[self.reason])
        if self.reason == "open_removals":
            return translate_n("Dashboard", ITEM_TEXTS[self.reason], self.count)
        return translate("Dashboard", ITEM_TEXTS[self.reason]).format(
            date=timefmt.format_date(self.since))

    def as_dict(self) -> dict:
        return {"contact_ids": list(self.contact_ids), "name": self.name,
                "number": self.number, "device": self.device, "reason": self.reason,
                "reason_text": self.reason_text(), "since": self.since,
                "age_days": self.age_days, "count": self.count}


@dataclass(frozen=True)
class Problem:
    key: str
    title: str
    severity: str
    items: tuple[Item, ...]

    @property
    def count(self) -> int:
        return sum(item.count for item in self.items)

    @property
    def oldest(self) -> str:
        """The ISO time of the oldest item ("" for an empty list)."""
        return min((item.since for item in self.items if item.since), default="")

    @property
    def age_days(self) -> int:
        return max((item.age_days for item in self.items), default=0)

    @property
    def contact_ids(self) -> tuple[int, ...]:
        seen: dict[int, None] = {}
        for item in self.items:
            for contact_id in item.contact_ids:
                seen[contact_id] = None
        return tuple(seen)

    @property
    def alarming(self) -> bool:
        """A must-be-zero list that is not."""
        return self.severity == CRITICAL and bool(self.items)


@dataclass(frozen=True)
class Dashboard:
    computed_at: str
    audit_head: str
    contacts: int
    contacts_by_category: dict[str, int]
    numbers: int
    numbers_by_status: dict[str, int]
    numbers_on_phone: dict[str, int]  # phone name -> numbers it holds
    problems: tuple[Problem, ...]
    settings: dict = field(default_factory=dict)  # what the lists were computed with

    def problem(self, key: str) -> Problem:
        return next(p for p in self.problems if p.key == key)

    def as_dict(self) -> dict:
        """For ``--json``: totals, then every list with its count, oldest and age."""
        return {
            "computed_at": self.computed_at,
            "audit_head": self.audit_head,
            "settings": self.settings,
            "totals": {
                "contacts": self.contacts,
                "contacts_by_category": self.contacts_by_category,
                "numbers": self.numbers,
                "numbers_by_status": self.numbers_by_status,
                "numbers_on_phone": self.numbers_on_phone,
            },
            "problems": [{
                "key": p.key, "title": p.title, "severity": p.severity, "count": p.count,
                "oldest": p.oldest, "age_days": p.age_days,
                "items": [i.as_dict() for i in p.items],
            } for p in self.problems],
        }


class _Ages:
    """Whole days from an ISO time to now; times of one second repeat a lot."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.cache: dict[str, int] = {}

    def __call__(self, since: str) -> int:
        if not since:
            return 0
        days = self.cache.get(since)
        if days is None:
            days = self.cache[since] = max(0, (self.now - clock.parse_iso(since)).days)
        return days


def _later(a: str, b: str) -> str:
    return a if a > b else b


def _no_longer_allowed_since(decision: Decision | None, cfg: PolicySettings,
                             changed_at: str, exported_at: str) -> str:
    """When a number on a phone stopped being allowed there: the revocation, the end of
    the answer period, the day consent became too old; for a category or settings
    change, an erasure or an edited number the contact's last change — never before
    the export that put it there."""
    since = ""
    if decision is not None:
        reason = decision.reason
        if reason == "implied_unanswered" and decision.since:
            since = clock.to_iso(clock.parse_iso(decision.since)
                                 + timedelta(days=cfg.implied_max_days))
        elif reason == "too_old" and decision.since:
            since = clock.to_iso(_months_after(clock.parse_iso(decision.since),
                                               cfg.reconfirm_months))
        elif reason in ("revoked", "expired"):
            since = decision.since
        else:
            since = changed_at
    else:
        since = changed_at
    return _later(since or exported_at, exported_at)


def _months_after(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months later (clamped, as
    ``policy.months_before``)."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def dashboard(ctx: Context, *, today: datetime | None = None) -> Dashboard:
    """The overview as of ``today`` (default: the context's now)."""
    now = today or ctx.now()
    now_iso = clock.to_iso(now)
    with policy.gc_paused(), ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
        cfg = PolicySettings.from_settings(values)
        facts = overview.contact_times(conn)
        numbers = overview.stored_numbers(conn)
        kept = consent_service.kept_policy_events(ctx)  # the contacts table's, in the app
        rows = overview.policy_rows(conn) if kept is None else None
        held: dict[int, list[tuple]] = {}
        for row in overview.held_on_phones(conn):
            found = held.get(row[0])
            if found is None:
                held[row[0]] = [row[1:]]
            else:
                found.append(row[1:])
        devices = device_store.all_devices(conn)
        procedures = {d.id: procedure_service.status_in(conn, d) for d in devices}
        head = audit.head(conn)

        if rows is not None:
            decisions = policy.decide_columns(numbers, rows, cfg, now)
            # each number's latest event that already happened (rows: by number, time)
            latest_event = {row[1]: row[3] for row in rows if row[3] <= now_iso}
            del rows
        else:
            decisions = policy.decide_stored(numbers, policy.decide_histories(kept, cfg, now))
            latest_event = _latest_events(kept, now_iso)
        result = _compute(now, cfg, values, facts, numbers, decisions, latest_event, held,
                          devices, procedures)
        _confirm_retention(conn, result.lists["retention_due"], now,
                           values["retention.review_months"], held)
        names = overview.names_of(conn, result.wanted_names)
    for key in ("notice_not_sent", "grant_without_notice", "reconfirm_due", "retention_due",
                "unclassified", "unlawful_on_phone"):
        for item in result.lists[key]:
            if len(item.contact_ids) == 1:
                item.name = names.get(item.contact_ids[0], item.name)
    problems = tuple(
        Problem(key, translate("Dashboard", PROBLEM_TITLES[key]),
                CRITICAL if key == "unlawful_on_phone" else WARNING,
                tuple(result.lists[key]))
        for key in PROBLEMS)
    return Dashboard(
        computed_at=now_iso, audit_head=str(head or ""),
        contacts=len(facts), contacts_by_category=result.categories,
        numbers=result.numbers, numbers_by_status=result.statuses,
        numbers_on_phone={d.name: len({row[2] for row in held.get(d.id, ())})
                          for d in devices},
        problems=problems,
        settings={"reconfirm_months": cfg.reconfirm_months,
                  "implied_max_days": cfg.implied_max_days,
                  "retention_review_months": values["retention.review_months"],
                  "policy": cfg.as_dict()})


_OLDEST_FIRST = attrgetter("since", "device", "number")  # every list's order


def _confirm_retention(conn, found: list[Item], now: datetime, months: int,
                       held: dict[int, list[tuple]]) -> None:
    """The overview's own last activity (changes, consent events of the numbers) is a
    lower bound; for the contacts it found old, the retention period's one definition
    (``requests.last_activity``: imports, events recorded for the contact and exports
    count too) decides — so the list holds exactly whom the erasure after the retention
    period would take, with the same date."""
    if not found:
        return
    cutoff = clock.to_iso(policy.months_before(now, months))
    # an export a phone still holds is activity: one made since the cut-off settles it
    # without asking (usually most of the candidates)
    recent = {row[1] for rows in held.values() for row in rows if row[5] >= cutoff}
    found[:] = [item for item in found if item.contact_ids[0] not in recent]
    latest = request_store.last_activity(conn, [item.contact_ids[0] for item in found])
    age = _Ages(now)
    still = []
    for item in found:
        last = latest.get(item.contact_ids[0], item.since)
        if last < cutoff:
            item.since, item.age_days = last, age(last)
            still.append(item)
    found[:] = sorted(still, key=_OLDEST_FIRST)


def _latest_events(histories: dict[str, list], now_iso: str) -> dict[str, str]:
    """Each number's latest event that already happened (events sorted by time)."""
    found: dict[str, str] = {}
    for e164, events in histories.items():
        latest = events[-1].occurred_at if events else ""
        if latest > now_iso:  # recorded in advance: not activity yet
            latest = max((ev.occurred_at for ev in events if ev.occurred_at <= now_iso),
                         default="")
        if latest:
            found[e164] = latest
    return found


@dataclass
class _Result:
    categories: dict[str, int]
    numbers: int
    statuses: dict[str, int]
    lists: dict[str, list[Item]]
    wanted_names: set[int]


def _count_numbers(numbers, decisions) -> tuple[int, dict[str, int]]:
    """How many numbers there are, and how many have each status: a number stored for
    several contacts (or twice for one) counts once — as eligible if it may go onto a
    phone under any of them, else with its status under the first of them (lowest
    contact id). A number without E.164 counts as stored."""
    by_number: dict[str, str] = {}
    statuses: dict[str, int] = {}
    for row, decision in zip(numbers, decisions, strict=True):
        e164 = row[1]
        if e164 is None:
            statuses[decision.status] = statuses.get(decision.status, 0) + 1
            continue
        status = by_number.get(e164)
        if status is None or (decision.eligible and status != "eligible"):
            by_number[e164] = decision.status
    for status in by_number.values():
        statuses[status] = statuses.get(status, 0) + 1
    return len(by_number) + sum(1 for row in numbers if row[1] is None), statuses


def _compute(now, cfg, values, facts, numbers, decisions, latest_event, held, devices,
             procedures) -> _Result:
    """``facts``: ``overview.contact_times`` rows; ``numbers``: ``overview.stored_numbers``
    rows with their ``decisions``; ``latest_event``: each number's latest event time up
    to now; ``held``: ``overview.held_on_phones`` rows by device id (without it)."""
    lists: dict[str, list[Item]] = {key: [] for key in PROBLEMS}
    wanted: set[int] = set()
    by_id = {f[0]: f for f in facts}
    age = _Ages(now)

    # -- totals --------------------------------------------------------------------------
    categories: dict[str, int] = {str(c): 0 for c in Category}
    for f in facts:
        categories[f[2]] = categories.get(f[2], 0) + 1
    count, statuses = _count_numbers(numbers, decisions)

    # -- the consent lists and each contact's last activity --------------------------
    last_activity: dict[int, str] = {f[0]: _later(f[3], f[4]) for f in facts}
    # the decision for each (contact id, number) stored; "eligible" wins for a number
    # stored twice on one contact
    current: dict[tuple[int, str], Decision] = {}
    watched = {"notice_pending": "notice_not_sent", "granted_uninformed": "grant_without_notice",
               "too_old": "reconfirm_due"}
    get_latest = latest_event.get
    make = Item
    for row, decision in zip(numbers, decisions, strict=True):
        e164 = row[1]
        contact_id = row[4]
        if e164:
            latest = get_latest(e164)
            if latest is not None and latest > last_activity[contact_id]:
                last_activity[contact_id] = latest
            key = (contact_id, e164)
            if decision.eligible or key not in current:
                current[key] = decision
        target = watched.get(decision.reason)
        if target is not None:
            wanted.add(contact_id)
            lists[target].append(make((contact_id,), e164 or row[5], "",
                                      decision.reason, decision.since, age(decision.since),
                                      decision=decision))

    # -- what the phones hold and may not ----------------------------------------------
    for device in devices:
        rows_held = held.get(device.id)
        if not rows_held:
            continue
        found: list[Item] = []
        for uid, contact_id, e164, shown, _export_id, exported_at, _basis in rows_held:
            fact = by_id.get(contact_id)
            exists = fact is not None and fact[1] == uid
            decision = current.get((contact_id, e164)) if exists else None
            if decision is not None and decision.eligible:
                continue
            if decision is not None:
                reason = decision.reason
            elif exists:
                reason = "number_removed"
            else:
                reason = "erased"
            since = _no_longer_allowed_since(decision, cfg, fact[4] if exists else "",
                                             exported_at)
            if exists:
                wanted.add(contact_id)
            found.append(make((contact_id,) if exists else (), e164, device.name, reason,
                              since, age(since), name=shown, decision=decision))
        if not found:
            continue
        lists["unlawful_on_phone"] += found
        oldest = min(item.since for item in found)
        contact_ids = tuple(dict.fromkeys(i for item in found for i in item.contact_ids))
        lists["open_removals"].append(make(contact_ids, "", device.name, "open_removals",
                                           oldest, age(oldest), len(found), device.name))

    # -- contacts: retention and classification ----------------------------------------
    months = values["retention.review_months"]
    if isinstance(months, int) and months > 0:
        cutoff = clock.to_iso(policy.months_before(now, months))
        for contact_id, last in last_activity.items():
            if last < cutoff:
                wanted.add(contact_id)
                lists["retention_due"].append(make((contact_id,), "", "", "retention_due",
                                                   last, age(last)))
    for f in facts:
        if f[2] == "unknown":
            wanted.add(f[0])
            lists["unclassified"].append(make((f[0],), "", "", "unclassified", f[3],
                                              age(f[3])))

    # -- phones whose procedure is not done --------------------------------------------
    for device in devices:
        status = procedures[device.id]
        if status.completed:
            continue
        if status.run is None or not status.records:
            since, reason = device.created_at, "procedure_not_started"
        else:
            since, reason = status.run.started_at, "procedure_running"
        lists["procedure_open"].append(make((), "", device.name, reason, since, age(since),
                                            name=device.name))

    for items in lists.values():
        items.sort(key=_OLDEST_FIRST)
    return _Result(categories, count, statuses, lists, wanted)


def _date(iso: str) -> str:
    return timefmt.format_date(iso)


def display_number(e164: str) -> str:
    return phones.display(e164) if e164.startswith("+") else e164
