"""The policy's bulk path (``decide_columns``: event rows and number columns, as the DPO
overview reads them; ``decide_histories`` + ``decide_stored`` for events already read)
gives the same decisions as the per-number path (``decide``), on every short history,
on random histories and on a real vault holding every status and edge case."""

from __future__ import annotations

import itertools
import random
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactvault import clock, phones
from contactvault.consent import policy
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.model import ConsentEvent
from contactvault.services import consent, contacts, devices, exporting, requests
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import overview
from tests.core.consent_helpers import NOW, fill_company

KINDS = ["granted", "implied", "notice_sent", "revoked", "requested", "expired", "objected"]
BASES = [None, "contract", "legitimate_interest", "employee_business_number"]

POLICIES = st.builds(PolicySettings, mode=st.sampled_from(["standard", "strict"]),
                     reconfirm_months=st.sampled_from([0, 6, 24]),
                     implied_max_days=st.sampled_from([1, 14, 30]),
                     purpose=st.sampled_from(["service", "advertising"]),
                     allow_contract=st.booleans(), allow_legitimate_interest=st.booleans())
# times on and around the limits (answer periods of 1, 14, 30 days; 6 and 24 months)
DAYS = [-2, 0, 1, 2, 13, 14, 15, 29, 30, 31, 182, 183, 184, 730, 731, 900]
ROW = st.tuples(st.sampled_from(KINDS), st.sampled_from(DAYS),
                st.integers(min_value=0, max_value=2), st.sampled_from(BASES),
                st.sampled_from([None, "advertising"]), st.integers(min_value=0, max_value=1),
                st.sampled_from([None, 1, 2]))
NUMBER = st.tuples(st.sampled_from(["customer", "unknown", "private", "restricted"]),
                   st.sampled_from(["+491711000001", "+491711000002", "+491711000003", None]),
                   st.sampled_from([1, 1, 1, 0]), st.sampled_from(["", "", "invalid", "foreign"]))


def rows_from(histories: dict[str, list[tuple]]) -> list[tuple]:
    """Event rows (``policy.ROW_FIELDS``) for generated histories; equal times on purpose
    (``days``) so that ties are ordered by entry time and id."""
    rows = []
    for n, (e164, specs) in enumerate(sorted(histories.items())):
        for k, (kind, days, tie, basis, purpose, with_notice, contact) in enumerate(specs):
            at = NOW - timedelta(days=days)
            rows.append((n * 100 + 20 - k, e164, kind, clock.to_iso(at),
                         clock.to_iso(at + timedelta(minutes=tie)), basis, purpose,
                         with_notice, contact))
    return rows


def number_of(row: tuple) -> phones.PhoneNumber:
    category, e164, valid, flags = row
    return phones.PhoneNumber(e164 or "12", e164, "mobile", "", bool(valid),
                              tuple(flags.split()))


def histories_of(rows: list[tuple]) -> dict[str, list[ConsentEvent]]:
    found: dict[str, list[ConsentEvent]] = {}
    for row in rows:
        found.setdefault(row[1], []).append(policy.event_of_row(row))
    return found


def decided_both_ways(histories: dict[str, list[tuple]], numbers: list[tuple],
                      cfg: PolicySettings) -> tuple[list, list[tuple]]:
    rows = rows_from(histories)
    by_number: dict[str, list[ConsentEvent]] = {}
    for row in rows:
        by_number.setdefault(row[1], []).append(policy.event_of_row(row))
    expected = [policy.decide(by_number.get(n[1], []) if n[1] else [], n[0], number_of(n),
                              cfg, NOW) for n in numbers]
    return expected, rows


# Every history of up to three events from these (kind, basis, purpose, with_notice):
TOKENS = [("granted", None, None, 0), ("granted", None, None, 1),
          ("granted", None, "advertising", 1), ("granted", "contract", None, 0),
          ("granted", "legitimate_interest", None, 0),
          ("implied", "employee_business_number", None, 0), ("implied", None, None, 0),
          ("notice_sent", None, None, 0), ("revoked", None, None, 0),
          ("expired", None, None, 0), ("objected", None, None, 0),
          ("requested", None, None, 0)]
TIMINGS = [(400, 30, 14), (200, 15, 14), (31, 30, 1), (14, 14, -1)]  # days before NOW


@pytest.mark.parametrize("cfg", [
    PolicySettings(), PolicySettings(reconfirm_months=6), PolicySettings(mode="strict"),
    PolicySettings(purpose="advertising", allow_contract=True),
    PolicySettings(allow_contract=True, allow_legitimate_interest=True),
    PolicySettings(implied_max_days=30, reconfirm_months=24,
                   allow_legitimate_interest=True),
], ids=["standard", "reconfirm", "strict", "advertising", "bases", "long"])
def test_every_short_history_gives_the_same_decision(cfg):
    histories = {}
    for length in range(4):
        for tokens in itertools.product(TOKENS, repeat=length):
            for timing in TIMINGS[: 1 if not length else None]:
                e164 = f"+49171{len(histories):07d}"
                histories[e164] = [(kind, days, 0, basis, purpose, notice, None)
                                   for (kind, basis, purpose, notice), days
                                   in zip(tokens, timing, strict=False)]
    numbers = [("customer", e164, 1, "") for e164 in histories]
    expected, rows = decided_both_ways(histories, numbers, cfg)
    assert policy.decide_columns(numbers, rows, cfg, NOW) == expected
    assert policy.decide_stored(numbers, policy.decide_histories(
        histories_of(rows), cfg, NOW)) == expected
    assert len({d.reason for d in expected}) >= 8


@settings(max_examples=500, deadline=None)
@given(histories=st.dictionaries(st.sampled_from(["+491711000001", "+491711000002",
                                                  "+491711000003"]),
                                 st.lists(ROW, max_size=8), max_size=3),
       numbers=st.lists(NUMBER, max_size=6), cfg=POLICIES, shuffle=st.randoms())
def test_random_histories_give_the_same_decisions(histories, numbers, cfg, shuffle):
    expected, rows = decided_both_ways(histories, numbers, cfg)
    assert policy.decide_columns(numbers, rows, cfg, NOW) == expected
    shuffle.shuffle(rows)  # any order: sorted by the bulk path first
    assert policy.decide_columns(numbers, rows, cfg, NOW) == expected
    assert policy.decide_stored(numbers, policy.decide_histories(
        histories_of(rows), cfg, NOW)) == expected  # the events already read


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


def key(decision: policy.Decision) -> tuple:
    """What a decision says (its events by id: the per-number path reads them whole)."""
    return (decision.eligible, decision.reason, decision.status, decision.since,
            decision.limit, decision.basis_event and decision.basis_event.id,
            decision.notice_event and decision.notice_event.id)


@pytest.mark.parametrize("cfg", [
    PolicySettings(reconfirm_months=12),
    PolicySettings(mode="strict", implied_max_days=30),
    PolicySettings(purpose="advertising", allow_contract=True),
    PolicySettings(allow_contract=True, allow_legitimate_interest=True, implied_max_days=1),
], ids=["standard", "strict", "advertising", "bases-allowed"])
@pytest.mark.parametrize("days_before", [0, 9.5], ids=["today", "with-later-events"])
def test_a_vault_with_every_case_gives_the_same_decisions(every_case, cfg, days_before):
    """Asked 9.5 days before the end of the story, its later events are in the future."""
    today = NOW - timedelta(days=days_before)
    with every_case.vault.reading() as conn:
        expected = per_number(conn, cfg, today)
        numbers = overview.stored_numbers(conn)
        rows = overview.policy_rows(conn)
    assert [key(d) for d in policy.decide_columns(numbers, rows, cfg, today)] == \
        [key(d) for d in expected]
    with every_case.vault.reading() as conn:
        kept = consent_store.all_by_number(conn, full=False)  # as the contacts table keeps
    assert [key(d) for d in policy.decide_stored(
        numbers, policy.decide_histories(kept, cfg, today))] == [key(d) for d in expected]
    rows.reverse()
    random.Random(5).shuffle(numbers)
    with every_case.vault.reading() as conn:
        by_row = {(r.contact_id, r.number.e164, r.number.raw): d for r, d in zip(
            contact_store.numbers_with_category(conn), expected, strict=True)}
    assert [key(d) for d in policy.decide_columns(numbers, rows, cfg, today)] == \
        [key(by_row[(n[4], n[1], n[5])]) for n in numbers]


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
