"""The data-protection officer's overview: totals and the open problems, each a list.

One function, ``dashboard``, reads the vault once and computes everything the DPO view
and ``contactvault report dashboard`` show; the front ends only present it. Every
decision about a number is the policy's (kept by the vault, see Speed), and what a
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

Speed: at 100 000 numbers with 5 events each the overview must appear within a second,
and replaying half a million events alone takes longer. So it reads each number's
decision as the vault keeps it (``consent.current_decisions_in``, vault/decisions.py:
the policy's own answer, kept while the history, the settings and the time allow) and
decides through the policy only the numbers without a valid kept decision — all of
them just after a settings change —, keeping those answers afterwards. Rules 1 and 2
(category, restriction, a usable number) come from each number's own columns
(``policy.standing``). Everything is read as plain tuples (vault/overview.py, and what
the phones hold as the removal list reads it, ``exports.on_phones``); names are read
only for listed contacts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from contactvault import audit, clock, phones, settings, timefmt
from contactvault.consent import policy
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.context import Context
from contactvault.export import removal_list
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.model import Category
from contactvault.services import consent as consent_service
from contactvault.services import procedure as procedure_service
from contactvault.vault import decisions as decision_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
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
    # the policy's decision the item rests on, as the vault keeps it (a row of
    # ``decisions.current``)
    kept: tuple | None = None

    @property
    def decision(self) -> Decision | None:
        """The policy's decision the item rests on (made from what was kept when asked)."""
        if self.kept is None:
            return None
        return policy.kept_decision(self.kept[0], decision_store.fields(self.kept))

    def reason_text(self) -> str:
        decision = self.decision
        if decision is not None:
            return decision.reason_text()
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


def _no_longer_allowed_since(kept: tuple | None, cfg: PolicySettings, changed_at: str,
                             exported_at: str) -> str:
    """When a number on a phone stopped being allowed there: the revocation, the end of
    the answer period, the day consent became too old; for a category or settings
    change, an erasure or an edited number the contact's last change — never before
    the export that put it there. ``kept``: the decision (a row of ``decisions.current``)."""
    since = ""
    if kept is not None:
        reason, decided_since = kept[2], kept[3]
        if reason == "implied_unanswered" and decided_since:
            since = clock.to_iso(clock.parse_iso(decided_since)
                                 + timedelta(days=cfg.implied_max_days))
        elif reason == "too_old" and decided_since:
            since = clock.to_iso(policy.months_after(clock.parse_iso(decided_since),
                                                     cfg.reconfirm_months))
        elif reason in ("revoked", "expired"):
            since = decided_since
        else:
            since = changed_at
    else:
        since = changed_at
    return _later(since or exported_at, exported_at)


def dashboard(ctx: Context, *, today: datetime | None = None) -> Dashboard:
    """The overview as of ``today`` (default: the context's now). Decisions the vault
    had to make afresh (none kept, or kept under other settings, or past their time)
    are kept afterwards, so the next overview reads them."""
    now = today or ctx.now()
    now_iso = clock.to_iso(now)
    with policy.gc_paused(), ctx.vault.reading() as conn:
        values = settings.all_settings(conn)
        cfg = PolicySettings.from_settings(values)
        facts = overview.contact_times(conn)
        numbers = overview.stored_numbers(conn)
        current = consent_service.current_decisions_in(
            conn, cfg, {row[1] for row in numbers if row[1] is not None}, now)
        held = export_store.on_phones(conn)
        devices = device_store.all_devices(conn)
        procedures = {d.id: procedure_service.status_in(conn, d) for d in devices}
        head = audit.head(conn)
        result = _compute(now, cfg, values, facts, numbers, current.rows, held, devices,
                          procedures)
        _confirm_retention(conn, result.lists["retention_due"], now,
                           values["retention.review_months"], held)
        names = overview.names_of(conn, result.wanted_names)
    consent_service.keep_fresh_decisions(ctx, current, now)
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


def _oldest_first(item: Item) -> str:
    """Every list's order: by since, then phone, then number — as one text (no part
    holds a NUL, which sorts before every other character), which sorts a list of
    tens of thousands several times faster than a tuple of the three."""
    return f"{item.since}\0{item.device}\0{item.number}"


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
    found[:] = sorted(still, key=_oldest_first)


@dataclass
class _Result:
    categories: dict[str, int]
    numbers: int
    statuses: dict[str, int]
    lists: dict[str, list[Item]]
    wanted_names: set[int]


def _compute(now, cfg, values, facts, numbers, kept, held, devices, procedures) -> _Result:
    """``facts``: ``overview.contact_times`` rows; ``numbers``: ``overview.stored_numbers``
    rows; ``kept``: each number's decision as kept (``consent.current_decisions_in``:
    e164, ``policy.KEPT_FIELDS``, last event at); ``held``: ``exports.on_phones``."""
    lists: dict[str, list[Item]] = {key: [] for key in PROBLEMS}
    wanted: set[int] = set()
    by_id = {f[0]: f for f in facts}
    age = _Ages(now)

    # -- totals --------------------------------------------------------------------------
    categories: dict[str, int] = {str(c): 0 for c in Category}
    categories.update(Counter(f[2] for f in facts))

    # -- each stored number: its decision (rules 1 and 2 from its own columns, else its
    # history's, as kept), the totals, the consent lists, each contact's last activity.
    # A number stored for several contacts (or twice for one) counts once: as eligible
    # if it may go onto a phone under any of them, else with its status under the first
    # of them (lowest contact id); a number without E.164 counts as stored.
    last_activity: dict[int, str] = {f[0]: f[3] if f[3] > f[4] else f[4] for f in facts}
    # each number's decision under the first contact storing it ("eligible" wins for a
    # number stored twice on one contact), and under each further contact (rare)
    holder: dict[str, int] = {}
    first: dict[str, tuple] = {}
    further: dict[tuple[int, str], tuple] = {}
    eligible_further: set[str] = set()
    statuses: dict[str, int] = {}
    watched = {"notice_pending": "notice_not_sent", "granted_uninformed": "grant_without_notice",
               "too_old": "reconfirm_due"}
    standing = policy.standing
    refused = _refusal_fields
    get_kept = kept.get
    get_first = first.get
    claim = holder.setdefault
    make = Item
    without_e164 = 0
    for contact_id, e164, valid, flags in numbers:
        fact = by_id[contact_id]
        refusal = standing(fact[5] or fact[2], e164, valid, flags)
        if e164 is None:
            without_e164 += 1
            status = refusal.status
            statuses[status] = statuses.get(status, 0) + 1
            continue
        entry = get_kept(e164)
        latest = entry[5]
        if latest and latest > last_activity[contact_id]:
            last_activity[contact_id] = latest
        if refusal is not None:
            entry = refused(refusal)
        eligible = entry[1] == "eligible"
        if claim(e164, contact_id) == contact_id:
            if eligible or get_first(e164) is None:
                first[e164] = entry
        else:
            key = (contact_id, e164)
            if eligible:
                eligible_further.add(e164)
                further[key] = entry
            elif key not in further:
                further[key] = entry
        if not eligible:
            target = watched.get(entry[2])
            if target is not None:
                wanted.add(contact_id)
                since = entry[3]
                lists[target].append(make((contact_id,), e164, "", entry[2], since,
                                          age(since), kept=entry))
    for e164, entry in first.items():
        status = "eligible" if e164 in eligible_further else entry[1]
        statuses[status] = statuses.get(status, 0) + 1
    count = len(first) + without_e164

    # -- what the phones hold and may not ----------------------------------------------
    for device in devices:
        rows_held = held.get(device.id)
        if not rows_held:
            continue
        found: list[Item] = []
        for uid, contact_id, e164, shown, _export_id, exported_at, _basis in rows_held:
            fact = by_id.get(contact_id)
            exists = fact is not None and fact[1] == uid
            entry = None
            if exists:
                entry = (first.get(e164) if holder.get(e164) == contact_id
                         else further.get((contact_id, e164)))
            if entry is not None and entry[1] == "eligible":
                continue
            if entry is not None:
                reason = entry[2]
            elif exists:
                reason = "number_removed"
            else:
                reason = "erased"
            since = _no_longer_allowed_since(entry, cfg, fact[4] if exists else "",
                                             exported_at)
            if exists:
                wanted.add(contact_id)
            found.append(make((contact_id,) if exists else (), e164, device.name, reason,
                              since, age(since), name=shown, kept=entry))
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
        items.sort(key=_oldest_first)
    return _Result(categories, count, statuses, lists, wanted)


_REFUSALS: dict[str, tuple] = {}


def _refusal_fields(refusal: Decision) -> tuple:
    """A refusal by rules 1 and 2 (shared, without events) as a kept row."""
    found = _REFUSALS.get(refusal.reason)
    if found is None:
        found = _REFUSALS[refusal.reason] = decision_store.as_read(
            None, policy.kept_fields(refusal), "")
    return found


def _date(iso: str) -> str:
    return timefmt.format_date(iso)


def display_number(e164: str) -> str:
    return phones.display(e164) if e164.startswith("+") else e164
