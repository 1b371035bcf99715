"""What the vault keeps of the policy's decisions (``policy.decide_histories``,
``standing``, ``kept_fields``/``kept_decision``) says what ``decide`` says: a history's
decision holds, to the second, until the moment ``holds_until`` names; rules 1 and 2
over a number's columns are ``decide``'s; a kept decision read back is the decision
made; and on a real vault holding every status and edge case, the decisions the vault
keeps are the per-number ones."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactvault import clock, phones
from contactvault.consent import policy
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.model import ConsentEvent
from contactvault.services import (
    consent,
    contacts,
    dashboard,
    devices,
    exporting,
    preferences,
    requests,
)
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import decisions as decision_store
from tests.core.consent_helpers import NOW, fill_company

KINDS = ["granted", "implied", "notice_sent", "revoked", "requested", "expired", "objected"]
BASES = [None, "contract", "legitimate_interest", "employee_business_number"]

POLICIES = st.builds(PolicySettings, mode=st.sampled_from(["standard", "strict"]),
                     reconfirm_months=st.sampled_from([0, 1, 6, 24]),
                     implied_max_days=st.sampled_from([1, 14, 30]),
                     purpose=st.sampled_from(["service", "advertising"]),
                     allow_contract=st.booleans(), allow_legitimate_interest=st.booleans())
# moments asked about: month ends (the age limit clamps there) and ordinary days
STARTS = st.sampled_from([datetime(2026, 1, 31, 10, 0, tzinfo=UTC),
                          datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC),
                          datetime(2026, 3, 30, 0, 0, tzinfo=UTC),
                          datetime(2026, 6, 15, 12, 30, tzinfo=UTC), NOW])
# event times relative to the moment asked about: on and around the limits (answer
# periods of 1, 14, 30 days; 1, 6 and 24 months), and ahead of it (recorded in advance)
OFFSETS = st.sampled_from([
    timedelta(days=-d) for d in (0, 1, 2, 13, 14, 15, 29, 30, 31, 58, 59, 60, 182, 183,
                                 184, 730, 731, 760)] + [
    timedelta(seconds=-1), timedelta(hours=-9), timedelta(seconds=1), timedelta(hours=3),
    timedelta(days=1), timedelta(days=40)])
EVENT = st.tuples(st.sampled_from(KINDS), OFFSETS, st.sampled_from(BASES),
                  st.sampled_from([None, "advertising"]), st.booleans())
NUMBER = st.tuples(st.sampled_from(["customer", "unknown", "private", "restricted"]),
                   st.sampled_from(["+491711000001", None]),
                   st.sampled_from([1, 1, 1, 0]), st.sampled_from(["", "", "invalid", "foreign",
                                                                   "invalid foreign"]))


def events_of(specs, start: datetime) -> list[ConsentEvent]:
    return [ConsentEvent(n + 1, "+491711000001", kind, basis, None, "", "", None, "",
                         clock.to_iso(start + offset), clock.to_iso(start + offset),
                         purpose, with_notice)
            for n, (kind, offset, basis, purpose, with_notice) in enumerate(specs)]


def key(decision: policy.Decision) -> tuple:
    """What a decision says (its events by id: the per-number path reads them whole)."""
    return (decision.eligible, decision.reason, decision.status, decision.since,
            decision.limit, decision.basis_event and decision.basis_event.id,
            decision.notice_event and decision.notice_event.id)


def moments_near(events: list[ConsentEvent], cfg: PolicySettings, start: datetime,
                 end: datetime) -> list[datetime]:
    """Every moment in [start, end) where a decision could change (each event, each end
    of an answer period, each day around an age limit), a second either side of it."""
    found = {start, end - timedelta(seconds=1)}
    for event in events:
        at = clock.parse_iso(event.occurred_at)
        marks = [at, at + timedelta(days=cfg.implied_max_days)]
        if cfg.reconfirm_months:
            later = policy.months_after(at, cfg.reconfirm_months)
            first_day = later.replace(day=1)
            days = calendar.monthrange(later.year, later.month)[1]
            marks += [later] + [first_day + timedelta(days=d) for d in range(26, days + 1)]
            marks += [first_day + timedelta(days=d, hours=at.hour, minutes=at.minute,
                                            seconds=at.second) for d in range(26, days)]
        for mark in marks:
            found.update(mark + timedelta(seconds=s) for s in (-1, 0, 1))
    return sorted(m for m in found if start <= m < end)


def check_holds(events: list[ConsentEvent], cfg: PolicySettings, start: datetime) -> None:
    """Asked at any moment where something could change (and a second either side),
    the decision is the same at every such moment before the one ``holds_until`` names
    (between them nothing can change)."""
    moments = moments_near(events, cfg, start - timedelta(days=3), start + timedelta(days=800))
    decided = [key(policy.decide(events, "customer", policy._USABLE, cfg, m)) for m in moments]
    for index, moment in enumerate(moments):
        decision, until = policy.decide_histories({"+491711000001": events}, cfg,
                                                  moment)["+491711000001"]
        assert key(decision) == decided[index]
        assert not until or clock.parse_iso(until) > moment
        for later, found in zip(moments[index + 1:], decided[index + 1:], strict=True):
            if until and clock.to_iso(later) >= until:
                break
            assert found == decided[index], (moment, later, until)


@settings(max_examples=150, deadline=None)
@given(specs=st.lists(EVENT, max_size=5), cfg=POLICIES, start=STARTS)
def test_a_decision_holds_until_the_moment_it_names(specs, cfg, start):
    check_holds(events_of(specs, start), cfg, start)


@pytest.mark.parametrize("days", [1, 14, 30])
@pytest.mark.parametrize("order", ["implied first", "notice first", "notice again"])
def test_an_answer_period_ends_to_the_second(days, order):
    start = datetime(2026, 6, 15, 12, 30, tzinfo=UTC)
    specs = {"implied first": [("implied", -days), ("notice_sent", -days)],
             "notice first": [("notice_sent", -days - 3), ("implied", -days)],
             "notice again": [("implied", -days - 1), ("notice_sent", -days),
                              ("notice_sent", -1)]}[order]
    events = events_of([(kind, timedelta(days=d), None, None, False) for kind, d in specs],
                       start)
    check_holds(events, PolicySettings(implied_max_days=days), start)


# a consent on the last day of a month (31 Jan, 28 Feb, 30 Apr …), late or early in the
# day: the age limit clamps onto it and is met and missed again on the following days
LAST_DAYS = [datetime(2025, month, calendar.monthrange(2025, month)[1], hour, 59, 59,
                      tzinfo=UTC) for month in range(1, 13) for hour in (0, 23)]


@pytest.mark.parametrize("months", [1, 6, 13])
def test_the_age_limit_is_met_to_the_second_also_at_month_ends(months):
    for granted in LAST_DAYS:
        for start in (granted, policy.months_after(granted, months) - timedelta(days=1)):
            events = events_of([("granted", granted - start, None, None, True)], start)
            check_holds(events, PolicySettings(reconfirm_months=months), start)


@settings(max_examples=300, deadline=None)
@given(specs=st.lists(EVENT, max_size=5), number=NUMBER, cfg=POLICIES)
def test_rules_one_and_two_over_columns_are_decides(specs, number, cfg):
    category, e164, valid, flags = number
    events = events_of(specs, NOW)
    stored = phones.PhoneNumber(e164 or "12", e164, "mobile", "", bool(valid),
                                tuple(flags.split()))
    expected = policy.decide(events if e164 else [], category, stored, cfg, NOW)
    found = policy.standing(category, e164, valid, flags)
    if found is None:
        found = policy.decide_histories({e164: events}, cfg, NOW)[e164][0]
    assert key(found) == key(expected)


def test_decide_and_the_kept_decisions_readers_ask_one_helper_for_rules_one_and_two(
        monkeypatch):
    """Rules 1 and 2 are applied in one place: ``decide`` asks ``standing``, so changing
    it changes the decision. (The readers of kept decisions call ``standing`` over the
    vault's columns; that they agree with ``decide`` is the from-scratch equality tests'
    job, in test_kept_decisions.py.)"""
    asked = []

    def spy(category, e164, valid, flags):
        asked.append((category, e164, valid, tuple(flags)))
        return policy._RESTRICTED  # any refusal shows that its answer is the one used

    monkeypatch.setattr(policy, "standing", spy)
    stored = phones.PhoneNumber("0171 1000001", "+491711000001", "mobile", "", True,
                                ("foreign",))
    decision = policy.decide([], "customer", stored, PolicySettings(), NOW)
    assert decision.status == "restricted"
    assert asked == [("customer", "+491711000001", True, ("foreign",))]


@settings(max_examples=200, deadline=None)
@given(specs=st.lists(EVENT, max_size=6), cfg=POLICIES)
def test_a_kept_decision_reads_back_as_the_decision_made(specs, cfg):
    events = events_of(specs, NOW)
    decision = policy.decide_histories({"+491711000001": events}, cfg, NOW)["+491711000001"][0]
    row = decision_store.as_read("+491711000001", policy.kept_fields(decision), "")
    back = policy.kept_decision("+491711000001", decision_store.fields(row))
    assert key(back) == key(decision)
    assert back.reason_text() == decision.reason_text()
    for event, kept in ((decision.basis_event, back.basis_event),
                        (decision.notice_event, back.notice_event)):
        if event is not None:
            assert (kept.kind, kept.occurred_at) == (event.kind, event.occurred_at)


# -- a real vault with every status -----------------------------------------------------------

PEOPLE = {  # name: (category, numbers)
    "Anna Adler": ("customer", ["+491711000001"]),  # consent after the notice
    "Bernd Bäcker": ("customer", ["+491711000002"]),  # revoked
    "Carla Christ": ("customer", ["+491711000003"]),  # implied, notice, period passed
    "Dora Dietz": ("customer", ["+491711000004"]),  # legitimate interest (not allowed)
    "Emil Ernst": ("private", ["+491711000005"]),  # consent, but a private contact
    "Frida Fuchs": ("customer", ["+491711000006"]),  # implied, no notice
    "Gustav Graf": ("customer", ["+491711000007"]),  # grant without the notice
    "Hanna Hahn": ("customer", ["+491711000008"]),  # consent 400 days old
    "Ida Imhof": ("customer", ["+491711000009", "0171 12"]),  # shared number; invalid one
    "Jan Jung": ("unknown", ["+491711000009"]),  # ... the same number, no own event
    "Karl Kern": ("customer", ["+491711000010"]),  # requested, no answer
    "Lena Lang": ("customer", ["+491711000011"]),  # objected, then implied, LI
    "Mia Moll": ("customer", ["+491711000012"]),  # restricted (Art. 18)
    "Nina Noll": ("customer", ["+491711000013"]),  # erased (and its events with it)
    "Olaf Ott": ("customer", ["+491711000014"]),  # contract
    "Paul Pohl": ("employee", ["+491711000015"]),  # employee's own business number
    "Rita Roth": ("customer", ["+491711000016"]),  # implied with notice, in its period
}


@pytest.fixture
def every_case(ctx, tmp_path):
    start = NOW - timedelta(days=400)
    moment = [start]
    ctx = Context(ctx.vault, actor="Dana Datenschutz", clock=lambda: moment[0])
    fill_company(ctx)
    ids = {name: contacts.add_contact(ctx, formatted_name=name, numbers=numbers,
                                      category=category).id
           for name, (category, numbers) in PEOPLE.items()}

    def on(days_before_now: float, name: str, kind: str, **more) -> None:
        moment[0] = NOW - timedelta(days=days_before_now)
        consent.record_event(ctx, PEOPLE[name][1][0], kind, **more)

    on(399, "Hanna Hahn", "granted", with_notice=True)
    on(60, "Anna Adler", "notice_sent")
    on(59, "Anna Adler", "granted")
    on(50, "Bernd Bäcker", "granted", with_notice=True)
    on(40, "Bernd Bäcker", "revoked")
    on(30, "Carla Christ", "implied")
    on(29, "Carla Christ", "notice_sent")
    on(20, "Dora Dietz", "granted", basis="legitimate_interest")
    on(20, "Emil Ernst", "granted", with_notice=True)
    on(5, "Frida Fuchs", "implied")
    on(10, "Gustav Graf", "granted")
    on(10, "Ida Imhof", "granted", with_notice=True, contact_id=ids["Ida Imhof"])
    on(3, "Karl Kern", "requested")
    on(30, "Lena Lang", "granted", with_notice=True)
    on(20, "Lena Lang", "objected")
    on(10, "Lena Lang", "implied")
    on(9, "Lena Lang", "notice_sent")
    on(8, "Lena Lang", "granted", basis="legitimate_interest")  # no basis after objecting
    on(10, "Mia Moll", "granted", with_notice=True)
    on(10, "Nina Noll", "granted", with_notice=True)
    on(8, "Olaf Ott", "granted", basis="contract")
    on(6, "Paul Pohl", "implied", basis="employee_business_number")
    on(4, "Rita Roth", "implied")
    on(4, "Rita Roth", "notice_sent")
    moment[0] = NOW - timedelta(days=2)
    devices.add_device(ctx, "Werkstatt")
    exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")
    requests.restrict(ctx, ids["Mia Moll"])
    requests.erase(ctx, ids["Nina Noll"])
    moment[0] = NOW
    return ctx


def per_number(conn, cfg, today=NOW) -> list[tuple]:
    """Each stored number's decision the ordinary way: its whole history from the vault."""
    return [policy.decide(consent_store.for_number(conn, row.number.e164)
                          if row.number.e164 else [], row.category, row.number, cfg, today)
            for row in contact_store.numbers_with_category(conn)]


@pytest.mark.parametrize("cfg", [
    PolicySettings(reconfirm_months=12),
    PolicySettings(mode="strict", implied_max_days=30),
    PolicySettings(purpose="advertising", allow_contract=True),
    PolicySettings(allow_contract=True, allow_legitimate_interest=True, implied_max_days=1),
], ids=["standard", "strict", "advertising", "bases-allowed"])
@pytest.mark.parametrize("days_before", [0, 9.5], ids=["today", "with-later-events"])
def test_a_vault_with_every_case_keeps_the_per_number_decisions(every_case, cfg, days_before):
    """Asked 9.5 days before the end of the story, its later events are in the future.
    The overview decides every number (the settings are new), keeps the answers, and
    what it keeps, read back with rules 1 and 2 from the columns, is ``decide``'s."""
    today = NOW - timedelta(days=days_before)
    for name, value in cfg.as_dict().items():
        preferences.set_setting(every_case, f"policy.{name}",
                                str(value).lower() if isinstance(value, bool) else str(value))
    dashboard.dashboard(every_case, today=today)
    with every_case.vault.reading() as conn:
        expected = per_number(conn, cfg, today)
        holding = decision_store.current(conn, cfg.fingerprint(), clock.to_iso(today))
        kept = {row[0]: row for row in conn.execute(  # with the details of eligible ones
            "SELECT e164, status, reason, since, details, last_event_at "
            "FROM consent_decisions")}
        rows = list(contact_store.numbers_with_category(conn))
    assert holding.keys() == kept.keys() == {r.number.e164 for r in rows if r.number.e164}
    for row, decision in zip(rows, expected, strict=True):
        number = row.number
        found = policy.standing(str(row.category), number.e164, number.valid,
                                " ".join(number.flags))
        if found is None:
            found = policy.kept_decision(number.e164, decision_store.fields(kept[number.e164]))
        assert key(found) == key(decision), row


def test_the_vault_holds_every_case(every_case):
    """The fixture above really has each status (so the comparison covers them)."""
    with every_case.vault.reading() as conn:
        reasons = {d.reason for d in per_number(conn, PolicySettings(reconfirm_months=12))}
        stored = {row.number.e164 for row in contact_store.numbers_with_category(conn)}
    assert reasons >= {"granted", "revoked", "implied_unanswered",
                       "legitimate_interest_not_allowed", "private", "notice_pending",
                       "granted_uninformed", "too_old", "requested", "restricted",
                       "invalid_number", "employee_business_number", "granted_with_notice",
                       "implied_with_notice", "contract_not_allowed"}
    assert "+491711000013" not in stored  # erased


@pytest.mark.parametrize("e164, valid, flags", [
    ("+491711000001", True, ()), ("+491711000001", True, "region_assumed"),
    ("+491711000001", True, "region_assumed missing_plus"), ("+491711000001", False, ""),
    (None, True, ""), ("+491711000001", 1, ("letters",)), ("+491711000001", 0, ()),
])
def test_rule_two_is_the_number_readings_own_judgement(e164, valid, flags):
    """``standing`` refuses exactly the numbers ``phones.usable`` refuses, whether the
    flags come as words or as the vault's column."""
    words = tuple(flags.split()) if isinstance(flags, str) else flags
    number = phones.PhoneNumber("raw", e164, "mobile", "", bool(valid), words)
    refused = policy.standing("customer", e164, valid, flags) is not None
    assert refused == (not phones.usable(number))
