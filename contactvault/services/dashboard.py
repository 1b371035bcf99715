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
the first of them; a phone holding it under two names holds one number. Which of them
may have it on a phone is the policy's choice (``policy.one_contact_per_number``, as
for the export and the removal lists): a copy under another contact is on the
``unlawful_on_phone`` list with the reason ``shared_number``.

How the lists are made within the second the overview may take at 100 000 numbers:
services/dashboard_lists.py.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from operator import itemgetter

from contactvault import audit, clock, phones, settings, timefmt
from contactvault.consent import policy
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.context import Context
from contactvault.export import removal_list
from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n
from contactvault.services import consent as consent_service
from contactvault.services import procedure as procedure_service
from contactvault.services.dashboard_lists import (
    CONTACTS,
    COUNT,
    ORDER,
    PROBLEMS,
    SINCE,
    Read,
    compute,
    confirm_retention,
)
from contactvault.vault import contacts as contact_store
from contactvault.vault import decisions as decision_store
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
from contactvault.vault import overview

CRITICAL = "critical"  # must be 0
WARNING = "warning"

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


class Problem:
    """One list: its count, oldest entry and age, and its contacts, always of the whole
    list; ``items`` holds the entries built — every one, or, for an overview asked for
    only the first ``shown`` entries of each list (``dashboard(…, shown=N)``), the first
    N of them (``entries`` says how many there are)."""

    __slots__ = ("key", "title", "severity", "items", "entries", "count", "oldest",
                 "age_days", "_rows", "_contact_ids")

    def __init__(self, key: str, title: str, severity: str, items: tuple[Item, ...],
                 rows: list[tuple], age: _Ages) -> None:
        self.key, self.title, self.severity, self.items = key, title, severity, items
        self.entries = len(rows)
        self.count = sum(map(itemgetter(COUNT), rows))
        # ISO UTC times of one form: the smallest text is the earliest time, the oldest
        self.oldest = min(filter(None, map(itemgetter(SINCE), rows)), default="")
        self.age_days = age(self.oldest)
        self._rows = rows
        self._contact_ids: tuple[int, ...] | None = None

    @property
    def contact_ids(self) -> tuple[int, ...]:
        """Every entry's contacts, in the list's order, each once."""
        if self._contact_ids is None:
            ordered = sorted(self._rows, key=ORDER)
            self._contact_ids = tuple(dict.fromkeys(
                chain.from_iterable(map(itemgetter(CONTACTS), ordered))))
        return self._contact_ids

    @property
    def complete(self) -> bool:
        """Whether ``items`` holds every entry."""
        return len(self.items) == self.entries

    @property
    def alarming(self) -> bool:
        """A must-be-zero list that is not."""
        return self.severity == CRITICAL and self.entries > 0


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
        """For ``--json``: totals, then every list with its count, oldest and age, and
        every entry (an overview made with ``shown`` has not built them all)."""
        if not all(p.complete for p in self.problems):
            raise ValueError("as_dict needs every entry: make the overview without shown")
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


def dashboard(ctx: Context, *, today: datetime | None = None,
              shown: int | None = None) -> Dashboard:
    """The overview as of ``today`` (default: the context's now). Decisions the vault
    had to make afresh (none kept, or kept under other settings, or past their time)
    are kept afterwards, so the next overview reads them.

    ``shown``: build only the first ``shown`` entries of each list (what the DPO view
    and the text report show; at 100 000 numbers the lists hold tens of thousands):
    each list's count, oldest entry, age and contacts are still of the whole list.
    None: every entry (``--json``, ``--all``)."""
    now = today or ctx.now()
    now_iso = clock.to_iso(now)
    age = _Ages(now)
    # one read transaction: the lists compare what several statements read
    with policy.gc_paused(), ctx.vault.snapshot() as conn:
        values = settings.all_settings(conn)
        cfg = PolicySettings.from_settings(values)
        months = values["retention.review_months"]
        cutoff = (clock.to_iso(policy.months_before(now, months))
                  if isinstance(months, int) and months > 0 else None)
        # (the contacts read twice in a row: their pages are still decrypted the second time)
        facts = overview.contact_times(conn)
        unclassified = overview.unclassified(conn)
        numbers = overview.stored_numbers(conn)
        current = consent_service.current_in_brief_in(conn, cfg,
                                                      list(map(itemgetter(1), numbers)), now,
                                                      cutoff or decision_store.FOREVER)
        devices = device_store.all_devices(conn)
        held = {d.id: export_store.held_in_brief(conn, d.id) for d in devices}
        exported = {d.id: export_store.export_times(conn, d.id) for d in devices}
        procedures = {d.id: procedure_service.status_in(conn, d) for d in devices}
        head = audit.head(conn)
        result = compute(Read(
            cfg, cutoff, facts, numbers, current, held, exported, devices, procedures, unclassified,
            lambda wanted: consent_service.current_rows_of_in(conn, cfg, wanted, now),
            lambda entries: export_store.shown_names(conn, entries)))
        lists = result.lists
        lists["retention_due"] = confirm_retention(conn, lists["retention_due"], cutoff,
                                                   held, exported)
        firsts = {key: _first(rows, shown) for key, rows in lists.items()}
        names = contact_store.names_of(conn, {
            row[CONTACTS][0] for key in _NAMED for row in firsts[key]
            if len(row[CONTACTS]) == 1})
    consent_service.keep_fresh_decisions(ctx, current, now)
    with policy.gc_paused():  # tens of thousands of items: no collection while made
        problems = tuple(
            Problem(key, translate("Dashboard", PROBLEM_TITLES[key]),
                    CRITICAL if key == "unlawful_on_phone" else WARNING,
                    _items(firsts[key], age, names if key in _NAMED else None), lists[key],
                    age)
            for key in PROBLEMS)
    return Dashboard(
        computed_at=now_iso, audit_head=str(head or ""),
        contacts=len(facts), contacts_by_category=result.categories,
        numbers=result.numbers, numbers_by_status=result.statuses,
        numbers_on_phone={d.name: len(set(map(itemgetter(2), held[d.id].values())))
                          for d in devices},
        problems=problems,
        settings={"reconfirm_months": cfg.reconfirm_months,
                  "implied_max_days": cfg.implied_max_days,
                  "retention_review_months": values["retention.review_months"],
                  "policy": cfg.as_dict()})


# the lists whose entries about one contact show the contact's name as stored now
_NAMED = ("notice_not_sent", "grant_without_notice", "reconfirm_due", "retention_due",
          "unclassified", "unlawful_on_phone")


def _first(rows: list[tuple], shown: int | None) -> list[tuple]:
    """The list's first ``shown`` entries in its order (all for None). Ties keep the
    order found (both ways are stable)."""
    if shown is None or shown >= len(rows):
        return sorted(rows, key=ORDER)
    return heapq.nsmallest(max(shown, 0), rows, key=ORDER)


def _items(rows: list[tuple], age: _Ages, names: dict[int, str] | None) -> tuple[Item, ...]:
    """The entries as items; ``names``: the contacts' names (an entry about one contact
    shows its name as stored now, else the one it has)."""
    make = Item
    known = age.cache.get
    found = []
    append = found.append
    name_of = (names or {}).get
    for since, device, number, contact_ids, reason, count, name, kept in rows:
        days = known(since)
        if days is None:
            days = age(since)
        if names is not None and len(contact_ids) == 1:
            name = name_of(contact_ids[0], name)
        append(make(contact_ids, number, device, reason, since, days, count, name, kept))
    return tuple(found)


def _date(iso: str) -> str:
    return timefmt.format_date(iso)


def display_number(e164: str) -> str:
    return phones.display(e164) if e164.startswith("+") else e164
