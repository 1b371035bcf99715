"""A scripted history for the DPO overview, and its figures computed by hand.

Settings: consent must be re-confirmed after 12 months, contacts are reviewed after 4
months without activity (a change, an import, a consent event, an export — removals
confirmed do not count), the answer period is 14 days. Times are UTC, 10:00 each day.

2025-03-01  Otto Alt: created, consent with the notice handed over.
2026-01-05  Anna, Bernd, Carla, Ida: created, consent with the notice handed over.
            Dora, Gustav: created. Emil: created, legitimate interest recorded.
            Frida: created. Hanna: created, category left unknown.
2026-01-06  Two phones; full export to each: Anna, Bernd, Carla, Ida, Otto.
2026-02-01  Frida: consent recorded without the notice.
2026-03-01  Bernd revokes. (Otto's consent turns 12 months old.)
2026-03-02  Removals confirmed: Bernd and Otto on both phones.
2026-04-01  Carla revokes.
2026-04-02  Removal confirmed: Carla on phone 1 (phone 2 still holds her: open).
2026-05-01  Dora writes first (implied consent); 2026-05-02 the notice is sent.
2026-05-03  Incremental export to phone 1: Dora.
2026-05-10  Ida becomes a private contact (still on both phones).
2026-05-20  Gustav writes first; no notice sent.
2026-06-01  Today. Dora's answer period ran out on 2026-05-16 10:00.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from contactvault.context import Context
from contactvault.services import (
    consent,
    contacts,
    dashboard,
    devices,
    exporting,
    preferences,
)
from tests.core.consent_helpers import fill_company

TODAY = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
PHONE_1 = "Diensthandy 1"
PHONE_2 = "Diensthandy 2"

NUMBERS = {
    "Otto Alt": "+491710000001", "Anna Adler": "+491711000001",
    "Bernd Bäcker": "+491711000002", "Carla Christ": "+491711000003",
    "Dora Dietz": "+491711000004", "Emil Ernst": "+491711000005",
    "Frida Fuchs": "+491711000006", "Gustav Graf": "+491711000007",
    "Hanna Hahn": "+491711000008", "Ida Imhof": "+491711000009",
}

# What the overview must show on TODAY, worked out by hand from the story above.
EXPECTED_TOTALS = {
    "contacts": 10,
    "contacts_by_category": {"customer": 8, "private": 1, "unknown": 1},
    "numbers": 10,
    "numbers_by_status": {"eligible": 1, "revoked": 2, "expired": 2, "basis_not_allowed": 1,
                          "not_informed": 1, "notice_pending": 1, "no_consent": 1,
                          "private": 1},
    "numbers_on_phone": {PHONE_1: 3, PHONE_2: 3},  # 1: Anna, Dora, Ida; 2: Anna, Carla, Ida
}
# key -> (count, age of the oldest in days, [(name, phone, reason, age in days)])
EXPECTED_PROBLEMS = {
    "unlawful_on_phone": (4, 61, [
        ("Carla Christ", PHONE_2, "revoked", 61),  # revoked 04-01
        ("Ida Imhof", PHONE_1, "private", 22),  # category changed 05-10
        ("Ida Imhof", PHONE_2, "private", 22),
        ("Dora Dietz", PHONE_1, "implied_unanswered", 16),  # answer period ended 05-16
    ]),
    "open_removals": (4, 61, [(PHONE_2, PHONE_2, "open_removals", 61),
                              (PHONE_1, PHONE_1, "open_removals", 22)]),
    "notice_not_sent": (1, 12, [("Gustav Graf", "", "notice_pending", 12)]),
    "grant_without_notice": (1, 120, [("Frida Fuchs", "", "granted_uninformed", 120)]),
    "reconfirm_due": (1, 457, [("Otto Alt", "", "too_old", 457)]),
    # last activity before 2026-02-01 10:00: Emil's and Hanna's on 01-05 (created, Emil's
    # legitimate interest), Anna's and Otto's the export of 01-06 (Otto's consent of
    # 2025 alone would make him 457 days old); Frida's consent at the cut-off keeps her
    "retention_due": (4, 147, [("Emil Ernst", "", "retention_due", 147),
                               ("Hanna Hahn", "", "retention_due", 147),
                               ("Otto Alt", "", "retention_due", 146),
                               ("Anna Adler", "", "retention_due", 146)]),
    "unclassified": (1, 147, [("Hanna Hahn", "", "unclassified", 147)]),
    "procedure_open": (2, 146, [(PHONE_1, PHONE_1, "procedure_not_started", 146),
                                (PHONE_2, PHONE_2, "procedure_not_started", 146)]),
}


class Clock:
    def __init__(self) -> None:
        self.now = TODAY

    def set(self, text: str) -> None:
        self.now = datetime.fromisoformat(text + "T10:00:00+00:00")

    def __call__(self) -> datetime:
        return self.now


def play(vault, tmp_path) -> tuple[Context, Clock]:
    """Record the story in ``vault``; returns a context whose clock stands at TODAY."""
    clock = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=clock)

    ids: dict[str, int] = {}

    def person(name: str, category: str = "customer") -> None:
        given, family = name.split()
        ids[name] = contacts.add_contact(ctx, given=given, family=family,
                                         numbers=[NUMBERS[name]], category=category).id

    def event(name: str, kind: str, **more) -> None:
        consent.record_event(ctx, NUMBERS[name], kind, **more)

    clock.set("2025-03-01")
    fill_company(ctx)  # the notice sent or handed over is complete
    preferences.set_setting(ctx, "policy.reconfirm_months", "12")
    preferences.set_setting(ctx, "retention.review_months", "4")
    person("Otto Alt")
    event("Otto Alt", "granted", with_notice=True, channel="paper")

    clock.set("2026-01-05")
    for name in ("Anna Adler", "Bernd Bäcker", "Carla Christ", "Ida Imhof"):
        person(name)
        event(name, "granted", with_notice=True, channel="paper")
    for name in ("Dora Dietz", "Gustav Graf", "Frida Fuchs"):
        person(name)
    person("Emil Ernst")
    event("Emil Ernst", "granted", basis="legitimate_interest")
    person("Hanna Hahn", category="unknown")

    clock.set("2026-01-06")
    for phone in (PHONE_1, PHONE_2):
        devices.add_device(ctx, phone)
        exporting.export(ctx, phone, tmp_path / f"{phone}-full.vcf")

    clock.set("2026-02-01")
    event("Frida Fuchs", "granted", channel="phone")
    clock.set("2026-03-01")
    event("Bernd Bäcker", "revoked", channel="phone")
    clock.set("2026-03-02")
    for phone in (PHONE_1, PHONE_2):
        for name in ("Bernd Bäcker", "Otto Alt"):
            exporting.confirm_removals_for_number(ctx, phone, NUMBERS[name])
    clock.set("2026-04-01")
    event("Carla Christ", "revoked", channel="email")
    clock.set("2026-04-02")
    exporting.confirm_removals_for_number(ctx, PHONE_1, NUMBERS["Carla Christ"])
    clock.set("2026-05-01")
    event("Dora Dietz", "implied")
    clock.set("2026-05-02")
    event("Dora Dietz", "notice_sent")
    clock.set("2026-05-03")
    exporting.export(ctx, PHONE_1, tmp_path / "phone1-more.vcf", incremental=True)
    clock.set("2026-05-10")
    contacts.set_category(ctx, [ids["Ida Imhof"]], "private")
    clock.set("2026-05-20")
    event("Gustav Graf", "implied")
    clock.now = TODAY
    return ctx, clock


def assert_first_entries_equal_every_entry(ctx, shown_values=(0, 1, 2, 3, 50)) -> None:
    """An overview asked for only the first entries of each list builds exactly the
    first entries of the full one, and every list's figures are the whole list's (as
    worked out from every entry)."""
    full = dashboard.dashboard(ctx)
    for shown in shown_values:
        part = dashboard.dashboard(ctx, shown=shown)
        assert [p.key for p in part.problems] == list(dashboard.PROBLEMS)
        for lazy, every in zip(part.problems, full.problems, strict=True):
            items = every.items
            assert lazy.items == items[:shown], (lazy.key, shown)
            assert lazy.entries == every.entries == len(items)
            assert lazy.complete == (shown >= len(items)) and every.complete
            assert lazy.count == every.count == sum(i.count for i in items)
            assert lazy.oldest == every.oldest == min(
                (i.since for i in items if i.since), default="")
            assert lazy.age_days == every.age_days == max(
                (i.age_days for i in items), default=0)
            assert lazy.contact_ids == every.contact_ids == tuple(
                dict.fromkeys(c for i in items for c in i.contact_ids))
            assert lazy.alarming == every.alarming == (
                every.severity == dashboard.CRITICAL and bool(items))
        for key in ("computed_at", "audit_head", "settings", "contacts",
                    "contacts_by_category", "numbers", "numbers_by_status", "numbers_on_phone"):
            assert getattr(part, key) == getattr(full, key), key
        if not all(p.complete for p in part.problems):
            with pytest.raises(ValueError):
                part.as_dict()  # the JSON form carries every entry: never a part of them
