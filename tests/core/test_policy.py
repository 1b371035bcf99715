"""The consent policy (consent/policy.py): rules by example. For all inputs it is checked
against an independent model of the rules in test_policy_model.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contactvault import clock, errors, phones, timefmt
from contactvault.consent import policy
from contactvault.consent.policy import PolicySettings, decide
from tests.core.consent_helpers import NOW, days_ago, event, mobile

STANDARD = PolicySettings()
STRICT = PolicySettings(mode="strict")


def test_no_events_no_consent():
    d = decide([], "customer", mobile(), STANDARD, NOW)
    assert not d.eligible and d.status == "no_consent" and d.basis_event is None
    assert d.reason_text() == "no consent recorded"


def informed(at, **kw):
    """A grant the person gave with the notice handed over (informed consent)."""
    return event("granted", at, with_notice=True, **kw)


def test_grant_makes_eligible_and_names_the_event():
    grant = informed(days_ago(10))
    d = decide([grant], "customer", mobile(), STANDARD, NOW)
    assert d.eligible and d.status == "eligible" and d.basis_event is grant
    assert d.reason_text() == (f"consent given on {timefmt.format_date(grant.occurred_at)} "
                               "with the notice handed over")
    notice = event("notice_sent", days_ago(12))
    plain = event("granted", days_ago(10))
    d = decide([notice, plain], "customer", mobile(), STANDARD, NOW)
    assert d.eligible and d.basis_event is plain and d.notice_event is notice
    assert d.reason_text().endswith(f"notice sent on {timefmt.format_date(notice.occurred_at)}")


def test_grant_without_the_notice_is_recorded_not_eligible():
    d = decide([event("granted", days_ago(10))], "customer", mobile(), STANDARD, NOW)
    assert not d.eligible and d.status == "not_informed" and d.reason == "granted_uninformed"
    # the notice after the grant does not inform the grant that came before it
    evs = [event("granted", days_ago(10)), event("notice_sent", days_ago(9))]
    assert decide(evs, "customer", mobile(), STRICT, NOW).reason == "granted_uninformed"


def test_private_contact_never_eligible():
    d = decide([event("granted", days_ago(1))], "private", mobile(), STANDARD, NOW)
    assert not d.eligible and d.status == "private" and d.reason_text() == "private contact"


@pytest.mark.parametrize("raw", ["", "abc", "+49 123", "+1-800-MYFAX", "(650) 555-1212"])
def test_unusable_number_never_eligible(raw):
    number = phones.normalise(raw)
    d = decide([event("granted", days_ago(1), number.e164 or "")], "customer", number,
               STANDARD, NOW)
    assert not d.eligible and d.status == "invalid_number"


def test_revocation_ends_consent_with_date():
    revoke = event("revoked", days_ago(2))
    d = decide([event("granted", days_ago(20)), revoke], "customer", mobile(), STANDARD, NOW)
    assert not d.eligible and d.status == "revoked" and d.basis_event is revoke
    assert d.reason_text().startswith("revoked on ")


def test_grant_after_revocation_counts_again():
    evs = [informed(days_ago(30)), event("revoked", days_ago(20)),
           informed(days_ago(10))]
    assert decide(evs, "customer", mobile(), STANDARD, NOW).eligible
    # ... but the notice before the revocation no longer informs it
    evs = [event("notice_sent", days_ago(40)), event("granted", days_ago(30)),
           event("revoked", days_ago(20)), event("granted", days_ago(10))]
    assert decide(evs, "customer", mobile(), STANDARD, NOW).reason == "granted_uninformed"


def test_events_need_not_be_sorted():
    evs = [event("revoked", days_ago(2)), event("granted", days_ago(20))]
    assert decide(evs, "customer", mobile(), STANDARD, NOW).status == "revoked"
    assert decide(list(reversed(evs)), "customer", mobile(), STANDARD, NOW).status == "revoked"


def test_same_moment_later_recorded_wins():
    at = days_ago(5)
    grant = informed(at, recorded_at=at)
    revoke = event("revoked", at, recorded_at=at + timedelta(hours=1))
    assert decide([revoke, grant], "customer", mobile(), STANDARD, NOW).status == "revoked"
    grant2 = informed(at, recorded_at=at + timedelta(hours=2))
    assert decide([revoke, grant, grant2], "customer", mobile(), STANDARD, NOW).eligible


def test_future_events_do_not_count_yet():
    evs = [informed(days_ago(10)), event("revoked", NOW + timedelta(days=1))]
    assert decide(evs, "customer", mobile(), STANDARD, NOW).eligible
    assert decide(evs[::-1], "customer", mobile(), STANDARD, NOW).eligible


def test_implied_needs_notice_in_standard():
    implied = event("implied", days_ago(3))
    d = decide([implied], "customer", mobile(), STANDARD, NOW)
    assert not d.eligible and d.status == "notice_pending"
    assert d.reason_text() == "implied consent by conduct, notice not yet sent"
    notice = event("notice_sent", days_ago(3))
    d = decide([implied, notice], "customer", mobile(), STANDARD, NOW)
    assert d.eligible and d.basis_event is implied and d.notice_event is notice


def test_strict_refuses_implied_consent():
    evs = [event("implied", days_ago(3)), event("notice_sent", days_ago(3))]
    d = decide(evs, "customer", mobile(), STRICT, NOW)
    assert not d.eligible and d.status == "implied_only"
    # the explicit yes after the notice counts under the strict policy
    assert decide(evs + [event("granted", days_ago(1))], "customer", mobile(), STRICT,
                  NOW).eligible


def test_notice_before_revocation_does_not_count_for_new_implied():
    evs = [event("notice_sent", days_ago(30)), event("revoked", days_ago(20)),
           event("implied", days_ago(1))]
    assert decide(evs, "customer", mobile(), STANDARD, NOW).status == "notice_pending"


def test_reconfirmation_age():
    cfg = PolicySettings(reconfirm_months=24)
    old = informed(NOW.replace(year=NOW.year - 2) - timedelta(hours=1))
    d = decide([old], "customer", mobile(), cfg, NOW)
    assert not d.eligible and d.status == "expired" and d.reason == "too_old"
    assert d.reason_text().startswith("consent older than 24 months")
    fresh = informed(NOW.replace(year=NOW.year - 2) + timedelta(hours=1))
    assert decide([fresh], "customer", mobile(), cfg, NOW).eligible


def test_implied_answer_deadline():
    cfg = PolicySettings(implied_max_days=14)
    evs = [event("implied", days_ago(20)), event("notice_sent", days_ago(15))]
    d = decide(evs, "customer", mobile(), cfg, NOW)
    assert not d.eligible and d.reason == "implied_unanswered"
    assert "answer period of 14 days" in d.reason_text()
    evs = [event("implied", days_ago(20)), event("notice_sent", days_ago(13))]
    assert decide(evs, "customer", mobile(), cfg, NOW).eligible
    # the customer's answer (a grant) ends the deadline question
    assert decide(evs + [event("granted", days_ago(1))], "customer", mobile(), cfg,
                  NOW).eligible


def test_requested_and_expired_events():
    d = decide([event("requested", days_ago(4))], "customer", mobile(), STANDARD, NOW)
    assert d.status == "requested" and "no answer yet" in d.reason_text()
    d = decide([informed(days_ago(40)), event("expired", days_ago(4))], "customer",
               mobile(), STANDARD, NOW)
    assert d.status == "expired" and d.reason == "expired"


def test_settings_from_vault_dict_and_validation():
    cfg = PolicySettings.from_settings({"policy.mode": "strict", "policy.reconfirm_months": 6,
                                        "policy.implied_max_days": 30})
    assert cfg == PolicySettings("strict", 6, 30)
    assert PolicySettings.from_settings({}) == PolicySettings()
    assert PolicySettings().implied_max_days == 14 and PolicySettings().purpose == "service"
    assert not PolicySettings().allow_contract and not PolicySettings().allow_legitimate_interest
    for bad in ({"mode": "lenient"}, {"reconfirm_months": -1}, {"implied_max_days": 0},
                {"implied_max_days": 366}, {"purpose": "sales"}, {"allow_contract": 1}):
        with pytest.raises(errors.InvalidArgument):
            PolicySettings(**bad)


def test_the_policy_in_force_in_words():
    lines = PolicySettings().describe()
    assert any("answer period of 14 days" in line for line in lines)
    assert any("contract and legitimate interest are recorded, not enough" in line
               for line in lines)
    lines = PolicySettings(mode="strict", purpose="advertising", allow_contract=True).describe()
    assert "Only explicit consent counts." in lines
    assert any("§ 7 UWG" in line for line in lines)
    assert any("allows contract" in line for line in lines)
    # an export recorded before these settings existed: only what it recorded
    assert policy.describe({"mode": "standard", "reconfirm_months": 0,
                            "implied_max_days": 0}) == [
        policy.translate("Policy", policy.MODE_LABELS["standard"]) + "."]


def test_months_before_clamps_to_month_end():
    at = clock.parse_iso("2026-05-31T10:00:00+00:00")
    assert policy.months_before(at, 1).isoformat() == "2026-04-30T10:00:00+00:00"
    assert policy.months_before(at, 17).isoformat() == "2024-12-31T10:00:00+00:00"


def test_german_date_in_reason_text():
    from contactvault import i18n

    grant = informed("2026-05-23T10:00:00+00:00")
    d = decide([grant], "customer", mobile(), STANDARD, NOW)
    with i18n.speaking("de"):
        assert d.reason_text() == "Einwilligung erteilt am 23.05.2026, mit übergebenem Hinweis"


def test_age_limit_reason_has_plural_forms():
    grant = informed(days_ago(400))
    one = decide([grant], "customer", mobile(), PolicySettings(reconfirm_months=1), NOW)
    many = decide([grant], "customer", mobile(), PolicySettings(reconfirm_months=12), NOW)
    assert one.reason == many.reason == "too_old"
    assert one.reason_text().startswith("consent older than 1 month (")
    assert many.reason_text().startswith("consent older than 12 months (")


# -- for all inputs (see also test_policy_model.py) ------------------------------------

KINDS = ["requested", "notice_sent", "implied", "granted", "revoked", "expired"]
event_specs = st.lists(
    st.tuples(st.sampled_from(KINDS), st.integers(min_value=-3, max_value=1200),
              st.integers(min_value=0, max_value=3)),
    max_size=8)


@settings(max_examples=150, deadline=None)
@given(specs=event_specs)
def test_a_latest_revocation_always_wins(specs):
    evs = [event(kind, NOW - timedelta(days=d + 1)) for kind, d, _ in specs]
    evs.append(event("revoked", NOW - timedelta(hours=1)))
    assert not decide(evs, "customer", mobile(), STANDARD, NOW).eligible


def test_decide_many_matches_decide():
    items = [([informed(days_ago(i + 1))], "customer", mobile()) for i in range(5)]
    assert [d.eligible for d in policy.decide_many(items, STANDARD, NOW)] == [True] * 5
    assert policy.decide_many(items, STANDARD, NOW) == [
        decide(evs, c, n, STANDARD, NOW) for evs, c, n in items]
