"""For any history of consent events and categories, an export holds exactly the numbers
the rules allow (checked against the independent model in test_policy_model), and a
number whose latest word was a revocation is in no later export."""

from __future__ import annotations

import itertools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactvault import clock
from contactvault.consent.policy import PolicySettings
from contactvault.services import consent, devices, exporting, preferences
from tests.core.consent_helpers import fill_company, insert_person, tel_values
from tests.core.test_policy_model import model

KINDS = ["requested", "notice_sent", "implied", "granted", "revoked", "expired"]
CATEGORIES = ["customer", "employee", "supplier", "partner", "private", "unknown"]

histories = st.lists(
    st.tuples(st.sampled_from(CATEGORIES),
              st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 900),
                                 st.integers(0, 3), st.booleans()), max_size=6)),
    min_size=1, max_size=4)

_numbers = itertools.count(2_000_000)
_devices = itertools.count(1)


def _read(path) -> list[str]:
    return tel_values(path.read_bytes().decode("utf-8"))


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=histories, mode=st.sampled_from(["standard", "strict"]),
       reconfirm=st.sampled_from([0, 24]), implied_days=st.sampled_from([14, 30]))
def test_export_is_exactly_the_eligible_set(vault, ctx, tmp_path, people, mode, reconfirm,
                                            implied_days):
    fill_company(ctx)
    preferences.save_settings(ctx, {"policy.mode": mode, "policy.reconfirm_months": reconfirm,
                                    "policy.implied_max_days": implied_days})
    now = clock.now()
    for category, events in people:
        e164 = f"+49171{next(_numbers):07d}"
        with vault.transaction() as conn:
            insert_person(conn, f"P {e164}", [e164], category=category)
        for kind, days, tie, with_notice in events:
            consent.record_event(ctx, e164, kind,
                                 occurred_at=now - timedelta(days=days, hours=tie + 1),
                                 with_notice=with_notice and kind == "granted")
    device = f"phone-{next(_devices)}"
    devices.add_device(ctx, device)
    plan = exporting.plan_export(ctx, device)
    check_now = clock.now()
    expected = set()
    with vault.reading() as conn:
        rows = conn.execute("SELECT p.e164, c.category FROM phones p JOIN contacts c "
                            "ON c.id = p.contact_id").fetchall()
    for e164, category in rows:
        history = consent.history(ctx, e164)
        if model(history, category, True, PolicySettings(mode, reconfirm, implied_days),
                 check_now)[0]:
            expected.add(e164)
    assert {i.e164 for i in plan.items} == expected
    assert {x.number for x in plan.excluded} == {e for e, _ in rows} - expected
    if expected:
        path = tmp_path / f"{device}.vcf"
        exporting.write_export(ctx, plan, path)
        assert sorted(_read(path)) == sorted(expected)


ops = st.lists(st.one_of(
    st.tuples(st.sampled_from(["grant", "implied", "notice", "revoke"]), st.integers(0, 3)),
    st.tuples(st.just("export"), st.sampled_from(["A", "B"]), st.booleans())),
    min_size=1, max_size=14)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=ops)
def test_revoked_number_never_in_a_later_export(vault, ctx, tmp_path, script):
    numbers = [f"+49171{next(_numbers):07d}" for _ in range(4)]
    fill_company(vault)
    with vault.transaction() as conn:
        for e164 in numbers:
            insert_person(conn, f"R {e164}", [e164])
    suffix = next(_devices)
    names = {"A": f"A-{suffix}", "B": f"B-{suffix}"}
    for name in names.values():
        devices.add_device(ctx, name)
    revoked: set[str] = set()
    on_phone: dict[str, set[str]] = {"A": set(), "B": set()}
    for step, op in enumerate(script):
        if op[0] == "export":
            _, device, incremental = op
            plan = exporting.plan_export(ctx, names[device], incremental=incremental)
            mine = [i for i in plan.items if i.e164 in numbers]
            if not mine:
                continue
            path = tmp_path / f"{suffix}-{step}.vcf"
            exporting.write_export(ctx, plan, path)
            written = set(_read(path)) & set(numbers)
            assert not written & revoked
            if incremental:
                assert not written & on_phone[device]  # only what is new to the phone
            on_phone[device] |= written
            removal = {r.e164 for r in exporting.removals(ctx, names[device])}
            assert on_phone[device] & revoked <= removal
            continue
        kind, index = op
        e164 = numbers[index]
        event_kind = {"grant": "granted", "implied": "implied", "notice": "notice_sent",
                      "revoke": "revoked"}[kind]
        # half the grants informed by the notice handed over, half only by a notice event
        consent.record_event(ctx, e164, event_kind,
                             with_notice=event_kind == "granted" and index % 2 == 0)
        # "revoked" = the customer's latest word was a revocation (writing first again,
        # or granting, is a new word)
        if kind == "revoke":
            revoked.add(e164)
        elif kind in ("grant", "implied"):
            revoked.discard(e164)
