"""Data-subject requests in the core: restriction (Art. 18) and objection (Art. 21) in the
policy and the export, rectification (Art. 16), erasure of records an old vault covered
as a range, retention, and the schema step on an older vault."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contactvault import errors
from contactvault.consent import policy
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.services import (
    audit_ops,
    consent,
    contacts,
    devices,
    exporting,
    preferences,
    requests,
)
from contactvault.vault import Vault, chain
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import NOW, days_ago, event, fill_company, mobile
from tests.core.test_audit_chain import _make_old_vault


@pytest.fixture
def anna(ctx):
    fill_company(ctx)  # the notice (sent or handed over) needs the business's details
    contact = contacts.add_contact(ctx, formatted_name="Anna Adler", numbers=["0171 1000001"],
                                   category="customer")
    devices.add_device(ctx, "Werkstatt")
    return contact


def test_restriction_keeps_the_number_off_the_phone_until_lifted(ctx, anna, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    exporting.export(ctx, "Werkstatt", tmp_path / "first.vcf")
    requests.restrict(ctx, anna.id)
    plan = exporting.plan_export(ctx, "Werkstatt")
    assert plan.items == []
    assert [(x.number, x.decision.reason) for x in plan.excluded] == [
        ("+491711000001", "restricted")]
    assert "Art. 18" in plan.excluded[0].reason_text()
    # already on the phone: it must come off
    assert [(r.e164, r.reason) for r in exporting.removals(ctx, "Werkstatt")] == [
        ("+491711000001", "restricted")]
    with pytest.raises(errors.NothingToExport):
        exporting.export(ctx, "Werkstatt", tmp_path / "second.vcf")
    assert requests.restricted_since(ctx, anna.id)
    requests.restrict(ctx, anna.id, lift=True)
    assert requests.restricted_since(ctx, anna.id) == ""
    assert [i.e164 for i in exporting.plan_export(ctx, "Werkstatt").items] == ["+491711000001"]
    actions = [e.action for e in audit_ops.list_entries(ctx)]
    assert "request.restrict" in actions and "request.restrict_lift" in actions
    assert audit_ops.verify(ctx).ok


def test_objection_revokes_and_blocks_a_later_implied_consent(ctx, anna, tmp_path):
    start = ctx.now() - timedelta(days=3)
    consent.record_event(ctx, "0171 1000001", "implied", occurred_at=start)
    consent.mark_notice_sent(ctx, "0171 1000001", "de", occurred_at=start)
    assert [i.e164 for i in exporting.plan_export(ctx, "Werkstatt").items] == ["+491711000001"]
    requests.object_to(ctx, "0171 1000001", evidence="per Telefon",
                       occurred_at=start + timedelta(days=1))
    # the customer writes again and gets the notice again: conduct no longer counts
    consent.record_event(ctx, "0171 1000001", "implied",
                         occurred_at=start + timedelta(days=2))
    consent.mark_notice_sent(ctx, "0171 1000001", "de", occurred_at=start + timedelta(days=2))
    plan = exporting.plan_export(ctx, "Werkstatt")
    assert plan.items == [] and plan.excluded[0].decision.reason == "objected"
    assert "Art. 21" in plan.excluded[0].reason_text()
    # a new explicit consent is the person's own decision: it counts
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    assert [i.e164 for i in exporting.plan_export(ctx, "Werkstatt").items] == ["+491711000001"]


def test_policy_objection_also_ends_legitimate_interest():
    cfg = PolicySettings(allow_legitimate_interest=True)
    li = event("granted", days_ago(10), basis="legitimate_interest")
    objected = event("objected", days_ago(5))
    again = event("granted", days_ago(2), basis="legitimate_interest")
    decision = policy.decide([li], "customer", mobile(), cfg, NOW)
    assert decision.eligible and decision.reason == "legitimate_interest"
    decision = policy.decide([li, objected, again], "customer", mobile(), cfg, NOW)
    assert not decision.eligible and decision.reason == "objected"
    employee = event("granted", days_ago(1), basis="employee_business_number")
    assert policy.decide([li, objected, employee], "employee", mobile(), cfg, NOW).eligible
    assert policy.decide([], policy.RESTRICTED, mobile(), cfg, NOW).reason == "restricted"


def test_rectification_corrects_the_number_and_keeps_the_history(ctx, anna, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")
    correction = requests.correct_number(ctx, "Anna Adler", "0171 1000001", "0171 1000009",
                                         note="Zahlendreher")
    assert (correction.old_e164, correction.new_e164) == ("+491711000001", "+491711000009")
    assert [p.e164 for p in contacts.get_contact(ctx, anna.id).phones] == ["+491711000009"]
    # the consent was given for the old number: it stays there; the old number comes off
    assert [(r.e164, r.reason) for r in exporting.removals(ctx, "Werkstatt")] == [
        ("+491711000001", "number_removed")]
    assert consent.history(ctx, "+491711000001")[0].kind == "granted"
    report = requests.access_report(ctx, anna.id)
    assert report["number_corrections"][0]["note"] == "Zahlendreher"
    assert audit_ops.verify(ctx).ok
    with pytest.raises(errors.NumberNotFound):
        requests.correct_number(ctx, anna.id, "0171 7777777", "0171 1000002")


def test_person_is_found_by_id_name_number_and_uid(ctx, anna):
    contacts.add_contact(ctx, formatted_name="Anna Berg", numbers=["0171 2000002"])
    assert requests.resolve_person(ctx, str(anna.id)) == anna.id
    assert requests.resolve_person(ctx, "adler anna") == anna.id
    assert requests.resolve_person(ctx, "+49 171 1000001") == anna.id
    assert requests.resolve_person(ctx, anna.uid) == anna.id
    with pytest.raises(errors.AmbiguousPerson):
        requests.resolve_person(ctx, "Anna")
    with pytest.raises(errors.PersonNotFound):
        requests.resolve_person(ctx, "Zora")


def test_a_number_shared_with_another_contact_stays_for_them(ctx, anna):
    bert = contacts.add_contact(ctx, formatted_name="Bert Adler", numbers=["0171 1000001"])
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True, contact_id=bert.id)
    result = requests.erase(ctx, anna.id)
    assert result.preview.kept_shared == ["+491711000001"]
    assert [p.e164 for p in contacts.get_contact(ctx, bert.id).phones] == ["+491711000001"]
    assert [e.kind for e in consent.history(ctx, "+491711000001")] == ["granted"]
    assert audit_ops.verify(ctx).ok


def test_erasure_of_records_an_older_vault_covered_as_a_range(tmp_path):
    path = tmp_path / "old.cvault"
    _make_old_vault(path)  # three consent events covered by one "up to 3" reference
    vault = Vault.open(path, PASSPHRASE)
    try:
        ctx = Context(vault)
        fill_company(ctx)
        assert audit_ops.verify(ctx).ok  # the schema step rebuilt consent_events unchanged
        person = contacts.add_contact(ctx, formatted_name="Alt Kunde",
                                      numbers=["+49 171 1000001"])
        consent.record_event(ctx, "+49 171 1000001", "revoked")
        result = requests.erase(ctx, person.id)
        left = vault.conn.execute(
            "SELECT count(*) FROM consent_events WHERE e164 = '+491711000001'").fetchone()[0]
        assert left == 0
        erase_entry = audit_ops.list_entries(ctx)[-1]
        assert ["consent_events", "id", "<=", 3] in [c[:4] for c in erase_entry.covers]
        assert result.erasure_id == 1
        checked = audit_ops.verify(ctx)
        assert checked.ok, checked.problem_text()
        # the rest of the range is still covered: a change behind the back is caught
        vault.conn.execute("INSERT INTO erasure_permit(token) VALUES ('x')")
        vault.conn.execute("DELETE FROM consent_events WHERE id = 3")
        vault.conn.execute("DELETE FROM erasure_permit")
        assert audit_ops.verify(ctx).problem == "record_changed"
    finally:
        vault.lock()


def test_erasure_records_cannot_be_changed_and_are_covered(ctx, anna):
    requests.erase(ctx, anna.id)
    conn = ctx.vault.conn
    with pytest.raises(Exception, match="cannot be"):
        conn.execute("DELETE FROM erased_keys")
    with pytest.raises(Exception, match="cannot be"):
        conn.execute("UPDATE erasures SET erased_by = 'x'")
    covered = {c[0] for e in audit_ops.list_entries(ctx) for c in e.covers}
    assert {"erasures", "erased_keys"} <= covered
    assert [e.reason for e in requests.erasures(ctx)] == ["request"]


def test_retention_review_and_bulk_erasure(ctx, anna):
    other = contacts.add_contact(ctx, formatted_name="Otto Neu", numbers=["0171 3000003"])
    preferences.save_settings(ctx, {"retention.review_months": 12})
    assert requests.retention_due(ctx) == []
    later = Context(ctx.vault, clock=lambda: ctx.now() + timedelta(days=400))
    due = requests.retention_due(later)
    assert {c.contact_id for c in due} == {anna.id, other.id}
    # activity keeps a contact: a consent event for Otto's number, a year on
    consent.record_event(later, "0171 3000003", "granted", with_notice=True)
    due = requests.retention_due(later)
    assert [c.contact_id for c in due] == [anna.id]
    with pytest.raises(errors.InvalidArgument):
        requests.erase_retention(later, [other.id])
    results = requests.erase_retention(later, [anna.id])
    assert [r.preview.contact_id for r in results] == [anna.id]
    assert requests.erasures(ctx)[0].reason == "retention"
    assert [c.id for c in contacts.list_contacts(ctx)] == [other.id]
    assert audit_ops.verify(ctx).ok


def test_erased_keys_are_keyed_not_plain_hashes(ctx, anna):
    import hashlib

    requests.erase(ctx, anna.id)
    stored = {r[0] for r in ctx.vault.conn.execute("SELECT keyed_hash FROM erased_keys")}
    assert hashlib.sha256(b"+491711000001").hexdigest() not in stored
    assert requests.erased_number_marker(ctx, "+491711000001")[len("erased:"):] in stored
    assert chain.COVERED["erased_keys"] == "erasure_id"


def test_an_erased_persons_number_comes_back_only_when_confirmed(ctx, anna):
    """Typed in again or taken from a chat: the erasure's keyed hash recognises the
    number; a confirmed return is added and the audit entry says so."""
    requests.erase(ctx, anna.id)
    with pytest.raises(errors.NumberErased) as refused:
        contacts.add_contact(ctx, formatted_name="A. Adler", numbers=["+49 171 1000001"])
    assert refused.value.fields["number"] == "+49 171 1000001"
    assert "erased on" in refused.value.message_en() and "--allow-erased" in \
        refused.value.message_en()
    assert contacts.list_contacts(ctx) == []
    # another number is not affected
    other = contacts.add_contact(ctx, formatted_name="Bernd", numbers=["0171 2000002"])
    back = contacts.add_contact(ctx, formatted_name="A. Adler", numbers=["0171 1000001"],
                                allow_erased=True)
    assert sorted(c.id for c in contacts.list_contacts(ctx)) == sorted([other.id, back.id])
    added = [e for e in audit_ops.list_entries(ctx) if e.action == "contact.add"]
    assert [e.details.get("erased_allowed") for e in added[-2:]] == [None, 1]
    assert audit_ops.verify(ctx).ok


def test_an_unreadable_number_of_an_erased_person_is_recognised_too(ctx):
    """A number kept only as typed (no E.164 form) is recognised by its digits, as an
    import recognises it."""
    gone = contacts.add_contact(ctx, formatted_name="Paul Pause", numbers=["*100#"])
    assert contacts.get_contact(ctx, gone.id).phones[0].e164 is None
    requests.erase(ctx, gone.id)
    with pytest.raises(errors.NumberErased) as refused:
        contacts.add_contact(ctx, formatted_name="P. Pause", numbers=["* 100 #"])
    assert refused.value.fields["number"] == "* 100 #"
