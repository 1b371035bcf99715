"""procedure/steps.py: the clear-step rule, the one place that says what "the phone is
cleared" takes (the wizard asks it, recorded steps are judged by it)."""

from __future__ import annotations

import itertools

from contactvault.procedure.steps import (
    ClearCheck,
    Outcome,
    Route,
    StartingPoint,
    Step,
    StepRecord,
    WhatsAppAction,
    clear_confirmed,
    clear_rule,
    clear_rule_for,
)


def _expected(was_installed: bool, route: Route, action: WhatsAppAction,
              ticked: set[ClearCheck]) -> bool:
    if was_installed and action is WhatsAppAction.NOT_INSTALLED:
        return False
    contacts_gone = ClearCheck.PHONE_CONTACTS_DELETED in ticked or (
        route is Route.SELECTED and ClearCheck.ACCESS_LIMITED in ticked)
    return contacts_gone and ClearCheck.CLOUD_CHECKED in ticked


def _record(step: Step, figures: dict, outcome: Outcome = Outcome.DONE) -> StepRecord:
    return StepRecord(1, step, outcome, figures, "", "anna", "2026-11-29T05:07:00+00:00")


def test_limited_access_is_offered_on_route_b_only():
    for route in Route:
        rule = clear_rule(whatsapp_was_installed=False, route=route)
        assert (ClearCheck.ACCESS_LIMITED in rule.offered) is (route is Route.SELECTED)
        assert rule.offered[0] is ClearCheck.PHONE_CONTACTS_DELETED
        assert rule.offered[-1] is ClearCheck.CLOUD_CHECKED


def test_rule_and_recorded_steps_agree_with_the_procedure():
    for was_installed, route, action in itertools.product((False, True), Route, WhatsAppAction):
        rule = clear_rule(whatsapp_was_installed=was_installed, route=route)
        for size in range(len(ClearCheck) + 1):
            for ticked in itertools.combinations(ClearCheck, size):
                expected = _expected(was_installed, route, action, set(ticked))
                assert rule.satisfied(action, ticked) is expected, (was_installed, route,
                                                                    action, ticked)
                figures = {"whatsapp_was_installed": was_installed,
                           "whatsapp_action": action.value,
                           **{check.value: check in ticked for check in ClearCheck}}
                assert clear_confirmed(_record(Step.CLEAR, figures), route) is expected


def test_a_skipped_or_missing_clear_never_counts():
    figures = {"whatsapp_action": "not_installed", "phone_contacts_deleted": True,
               "cloud_checked": True}
    assert clear_confirmed(_record(Step.CLEAR, figures), Route.DEDICATED)
    assert not clear_confirmed(_record(Step.CLEAR, figures, Outcome.SKIPPED), Route.DEDICATED)
    assert not clear_confirmed(None, Route.DEDICATED)


def test_the_rule_for_a_run_follows_its_profile():
    profile = _record(Step.PROFILE, {"starting_point": StartingPoint.WHATSAPP_INSTALLED.value,
                                     "route": Route.SELECTED.value})
    rule = clear_rule_for([profile])
    assert rule == clear_rule(whatsapp_was_installed=True, route=Route.SELECTED)
    assert WhatsAppAction.NOT_INSTALLED in rule.refused_actions
    assert clear_rule_for([]) == clear_rule(whatsapp_was_installed=False, route=None)
