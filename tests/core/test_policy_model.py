"""The consent policy against an independent model of issue 10's rules.

``model`` below is written from the rules as a person would apply them with a pen:
sort the events, drop what is in the future, keep the events after the last revocation
or expiry (the episode), then ask each rule in turn with plain datetimes. It shares no
code with contactvault/consent/policy.py beyond the event record. The policy is checked
against it as a table (legal basis × event sequence × policy × answer period × purpose)
and for random histories (hypothesis)."""

from __future__ import annotations

import calendar
import itertools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactvault import phones
from contactvault.consent.policy import PolicySettings, decide
from contactvault.model import ConsentEvent

NOW = datetime(2026, 6, 15, 12, 0, 0, tzinfo=UTC)
NUMBER = "+491711000001"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Spec:
    """One event of a history: kind, how long before NOW, and the grant's details."""

    kind: str
    days: float  # before NOW
    basis: str | None = None
    purpose: str | None = None
    with_notice: bool = False
    tie: int = 0  # recorded this many minutes after it happened (orders equal times)


def build(specs: list[Spec]) -> list[ConsentEvent]:
    events = []
    for n, s in enumerate(specs, start=1):
        at = NOW - timedelta(days=s.days)
        events.append(ConsentEvent(n, NUMBER, s.kind, s.basis, None, "", "", None, "t",
                                   iso(at), iso(at + timedelta(minutes=s.tie)), s.purpose,
                                   s.with_notice))
    return events


# -- the model ---------------------------------------------------------------------------


def add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def when(e: ConsentEvent) -> datetime:
    return datetime.fromisoformat(e.occurred_at)


def model(events: list[ConsentEvent], category: str, usable: bool, cfg: PolicySettings,
          now: datetime) -> tuple[bool, str]:
    """(eligible, reason code) by the rules of issue 10, applied by hand."""
    if category == "private":
        return False, "private"
    if not usable:
        return False, "invalid_number"
    happened = sorted((e for e in events if when(e) <= now),
                      key=lambda e: (when(e), e.recorded_at, e.id))
    episode: list[ConsentEvent] = []
    end = None
    for e in happened:
        if e.kind in ("revoked", "expired"):
            episode, end = [], e
        else:
            episode.append(e)

    def basis(e):
        return e.basis or "consent"

    def too_old(e):
        return cfg.reconfirm_months > 0 and add_months(when(e), cfg.reconfirm_months) <= now

    advertising = cfg.purpose == "advertising"
    grants = [e for e in episode if e.kind == "granted" and basis(e) == "consent"]
    fitting = [g for g in grants if not advertising or g.purpose == "advertising"]
    other_purpose = [g for g in grants if g not in fitting]

    def informing(g):
        """What informed the person before this grant: the first notice or grant with
        the notice handed over, up to and including the grant itself."""
        upto = episode[:episode.index(g) + 1]
        return next((e for e in upto if e.kind == "notice_sent"
                     or (e.kind == "granted" and basis(e) == "consent" and e.with_notice)),
                    None)

    for g in fitting:
        if informing(g) is not None and not too_old(g):
            return True, ("granted" if informing(fitting[-1]).kind == "notice_sent"
                          else "granted_with_notice")
    others = {b: [e for e in episode if e.kind in ("granted", "implied") and basis(e) == b]
              for b in ("employee_business_number", "contract", "legitimate_interest")}
    if others["employee_business_number"]:
        return True, "employee_business_number"
    implied = [e for e in episode if e.kind == "implied" and basis(e) == "consent"]
    implied_refusal = None
    if implied:
        latest = implied[-1]
        notices = [e for e in episode if e.kind == "notice_sent"]
        after = [n for n in notices if episode.index(n) > episode.index(latest)]
        start = after[0] if after else latest
        if cfg.mode == "strict":
            implied_refusal = "implied_strict"
        elif advertising:
            implied_refusal = "implied_advertising"
        elif not notices:
            implied_refusal = "notice_pending"
        elif when(start) + timedelta(days=cfg.implied_max_days) < now:
            implied_refusal = "implied_unanswered"
        elif too_old(latest):
            implied_refusal = "too_old"
        else:
            return True, "implied_with_notice"
    if not advertising:
        if others["contract"] and cfg.allow_contract:
            return True, "contract"
        if others["legitimate_interest"] and cfg.allow_legitimate_interest:
            return True, "legitimate_interest"
    if fitting:
        return False, "granted_uninformed" if informing(fitting[-1]) is None else "too_old"
    if other_purpose:
        return False, "granted_other_purpose"
    if implied_refusal:
        return False, implied_refusal
    contract_or_li = others["contract"] or others["legitimate_interest"]
    if contract_or_li:
        if advertising:
            return False, "basis_not_for_advertising"
        return False, ("contract_not_allowed" if others["contract"]
                       else "legitimate_interest_not_allowed")
    if any(e.kind == "requested" for e in episode):
        return False, "requested"
    if end is not None:
        return False, end.kind
    return False, "no_consent"


# -- the table ---------------------------------------------------------------------------

G, IMP, N, R, Q, X = "granted", "implied", "notice_sent", "revoked", "requested", "expired"

# Named histories; each table row gives their grants and implied events its legal basis.
SEQUENCES: dict[str, list[Spec]] = {
    "nothing": [],
    "grant without notice": [Spec(G, 10)],
    "notice, then grant": [Spec(N, 12), Spec(G, 10)],
    "grant, then notice": [Spec(G, 12), Spec(N, 10)],
    "grant with the notice handed over": [Spec(G, 10, with_notice=True)],
    "grant with notice, then a plain grant": [Spec(G, 30, with_notice=True), Spec(G, 2)],
    "notice, grant for advertising": [Spec(N, 12), Spec(G, 10, purpose="advertising")],
    "advertising grant without notice": [Spec(G, 10, purpose="advertising")],
    "implied, no notice": [Spec(IMP, 3)],
    "implied, notice, 3 days": [Spec(IMP, 4), Spec(N, 3)],
    "implied, notice, no answer, 15 days later": [Spec(IMP, 15.5), Spec(N, 15)],
    "implied, notice, no answer, 40 days later": [Spec(IMP, 41), Spec(N, 40)],
    "implied, notice, answered yes": [Spec(IMP, 20), Spec(N, 19), Spec(G, 18)],
    "notice long ago, then implied": [Spec(N, 100), Spec(IMP, 2)],
    "implied, notice, notice again": [Spec(IMP, 20), Spec(N, 19), Spec(N, 1)],
    "implied, notice, revoked": [Spec(IMP, 5), Spec(N, 4), Spec(R, 1)],
    "notice, revoked, grant": [Spec(N, 30), Spec(R, 20), Spec(G, 10)],
    "notice, grant, revoked, grant": [Spec(N, 40), Spec(G, 30), Spec(R, 20), Spec(G, 10)],
    "notice, grant, expired": [Spec(N, 40), Spec(G, 30), Spec(X, 5)],
    "requested": [Spec(Q, 3)],
    "notice, grant 3 years ago": [Spec(N, 1100), Spec(G, 1096)],
    "notice, future grant": [Spec(N, 5), Spec(G, -2)],
    "grant, revoked in the future": [Spec(N, 12), Spec(G, 10), Spec(R, -1)],
    "same moment: grant recorded after revocation": [
        Spec(N, 12), Spec(R, 10, tie=1), Spec(G, 10, tie=2)],
    "same moment: revocation recorded after grant": [
        Spec(N, 12), Spec(G, 10, tie=1), Spec(R, 10, tie=2)],
}
BASES = ["consent", "contract", "legitimate_interest", "employee_business_number", None]


def with_basis(specs: list[Spec], basis: str | None) -> list[Spec]:
    return [Spec(s.kind, s.days, basis if s.kind in (G, IMP) else None, s.purpose,
                 s.with_notice, s.tie) for s in specs]


POLICIES = [PolicySettings(mode, 0, days, purpose, allow, allow)
            for mode, days, purpose, allow in itertools.product(
                ["standard", "strict"], [14, 30], ["service", "advertising"], [False, True])]


@pytest.mark.parametrize("name", list(SEQUENCES))
@pytest.mark.parametrize("basis", BASES)
def test_table_agrees_with_the_model(name, basis):
    events = build(with_basis(SEQUENCES[name], basis))
    for cfg in POLICIES + [PolicySettings(reconfirm_months=24)]:
        d = decide(events, "customer", phones.normalise(NUMBER), cfg, NOW)
        assert (d.eligible, d.reason) == model(events, "customer", True, cfg, NOW), cfg
        assert decide(list(reversed(events)), "customer", phones.normalise(NUMBER), cfg,
                      NOW).reason == d.reason


# -- the cases issue 10 names, with the answers written out -----------------------------

STANDARD = PolicySettings()


def decided(name: str, cfg: PolicySettings = STANDARD, basis: str | None = None):
    events = build(with_basis(SEQUENCES[name], basis))
    return decide(events, "customer", phones.normalise(NUMBER), cfg, NOW)


def test_grant_without_notice_is_recorded_not_eligible():
    for cfg in (STANDARD, PolicySettings(mode="strict")):
        d = decided("grant without notice", cfg)
        assert not d.eligible and d.status == "not_informed"
        assert "without the information notice" in d.reason_text()
    assert decided("notice, then grant").eligible
    assert decided("grant with the notice handed over").reason == "granted_with_notice"
    assert not decided("grant, then notice").eligible


def test_implied_notice_no_answer_15_days_later_stops_counting():
    d = decided("implied, notice, no answer, 15 days later")
    assert STANDARD.implied_max_days == 14
    assert not d.eligible and d.reason == "implied_unanswered" and d.status == "expired"
    assert "14 days" in d.reason_text()
    assert decided("implied, notice, no answer, 15 days later",
                   PolicySettings(implied_max_days=30)).eligible
    assert decided("implied, notice, 3 days").eligible
    assert decided("implied, notice, answered yes").reason == "granted"
    # sending the notice again does not start a new answer period
    assert not decided("implied, notice, notice again").eligible


def test_answer_period_includes_its_last_day():
    implied = Spec(IMP, 14, tie=0)
    events = build([implied, Spec(N, 14)])
    assert decide(events, "customer", phones.normalise(NUMBER), STANDARD, NOW).eligible
    later = NOW + timedelta(seconds=1)
    assert not decide(events, "customer", phones.normalise(NUMBER), STANDARD, later).eligible


def test_legitimate_interest_is_recorded_not_eligible_unless_allowed():
    d = decided("grant without notice", basis="legitimate_interest")
    assert not d.eligible and d.status == "basis_not_allowed"
    assert d.reason == "legitimate_interest_not_allowed"
    allowed = PolicySettings(allow_legitimate_interest=True)
    d = decided("grant without notice", allowed, basis="legitimate_interest")
    assert d.eligible and d.reason == "legitimate_interest"
    advertising = PolicySettings(purpose="advertising", allow_legitimate_interest=True)
    assert decided("grant without notice", advertising,
                   basis="legitimate_interest").reason == "basis_not_for_advertising"
    assert not decided("grant without notice", basis="contract").eligible
    assert decided("grant without notice", basis="employee_business_number").eligible


def test_advertising_needs_explicit_consent_to_advertising():
    advertising = PolicySettings(purpose="advertising")
    assert decided("implied, notice, 3 days", advertising).reason == "implied_advertising"
    assert decided("notice, then grant", advertising).reason == "granted_other_purpose"
    assert decided("notice, grant for advertising", advertising).eligible
    assert not decided("advertising grant without notice", advertising).eligible
    # consent to advertising covers service messages too
    assert decided("notice, grant for advertising").eligible


# -- for all inputs -----------------------------------------------------------------------

spec = st.builds(
    Spec, kind=st.sampled_from([G, IMP, N, R, Q, X]),
    days=st.integers(min_value=-3, max_value=900).map(lambda d: d + 0.25),
    basis=st.sampled_from(BASES), purpose=st.sampled_from([None, "service", "advertising"]),
    with_notice=st.booleans(), tie=st.integers(min_value=0, max_value=2))
policies = st.builds(PolicySettings, mode=st.sampled_from(["standard", "strict"]),
                     reconfirm_months=st.sampled_from([0, 6, 24]),
                     implied_max_days=st.sampled_from([1, 14, 30]),
                     purpose=st.sampled_from(["service", "advertising"]),
                     allow_contract=st.booleans(), allow_legitimate_interest=st.booleans())


@settings(max_examples=400, deadline=None)
@given(specs=st.lists(spec, max_size=9), cfg=policies,
       category=st.sampled_from(["customer", "employee", "private", "unknown"]),
       usable=st.booleans())
def test_random_histories_agree_with_the_model(specs, cfg, category, usable):
    events = build(specs)
    number = phones.normalise(NUMBER if usable else "+49 123")
    d = decide(events, category, number, cfg, NOW)
    assert (d.eligible, d.reason) == model(events, category, usable, cfg, NOW)
    d.reason_text()  # every reason renders
    if d.eligible:
        assert d.basis_event is not None and d.basis_event.kind in (G, IMP)
    shuffled = decide(list(reversed(events)), category, number, cfg, NOW)
    assert (shuffled.eligible, shuffled.reason) == (d.eligible, d.reason)
