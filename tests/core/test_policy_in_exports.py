"""The consent policy where it reaches a phone: shared numbers written once, an unanswered
implied consent that ends up on the removal list, and the policy in force written into
every export record and protocol."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactvault import errors
from contactvault.services import consent, devices, exporting, preferences
from contactvault.services import procedure as proc
from tests.core.consent_helpers import fill_company, insert_person, tel_values
from tests.core.procedure_helpers import make_device, run_until_install

SHARED = "+491711000001"


@pytest.fixture
def family(vault, ctx):
    """Three contacts storing the same number (a family's landline-like mobile), one
    other customer, one phone."""
    fill_company(vault)
    with vault.transaction() as conn:
        people = {
            "hans": insert_person(conn, "Hans Huber", ["0171 1000001"]),
            "grete": insert_person(conn, "Grete Huber", ["0171 1000001"]),
            "firma": insert_person(conn, "Huber Bau (Büro)", ["0171 1000001"],
                                   category="supplier"),
            "ines": insert_person(conn, "Ines Igel", ["0171 1000002"]),
        }
    devices.add_device(ctx, "Werkstatt")
    return people


def test_shared_number_goes_on_once_under_the_contact_who_consented(ctx, family, tmp_path):
    consent.record_event(ctx, SHARED, "granted", with_notice=True,
                         contact_id=family["grete"].contact_id)
    plan = exporting.plan_export(ctx, "Werkstatt")
    [item] = [i for i in plan.items if i.e164 == SHARED]
    assert item.contact_id == family["grete"].contact_id
    assert sorted(item.shared_with) == ["Hans Huber", "Huber Bau (Büro)"]
    others = {x.contact_id: x.decision for x in plan.excluded if x.number == SHARED}
    assert set(others) == {family["hans"].contact_id, family["firma"].contact_id}
    assert {d.reason for d in others.values()} == {"shared_number"}
    assert "once, under the contact whose consent allows it" in \
        next(iter(others.values())).reason_text()

    path = tmp_path / "w.vcf"
    exporting.write_export(ctx, plan, path)
    text = path.read_bytes().decode("utf-8")
    assert tel_values(text) == [SHARED]
    assert "Grete Huber" in text and "Hans Huber" not in text and "Huber Bau" not in text
    held = exporting.on_phone(ctx, "Werkstatt")
    assert [(i.contact_uid, i.e164) for i in held] == [(family["grete"].uid, SHARED)]
    assert exporting.removals(ctx, "Werkstatt") == []


def test_shared_number_without_a_named_contact_goes_under_the_first(ctx, family):
    consent.record_event(ctx, SHARED, "granted", with_notice=True)  # no contact named
    plan = exporting.plan_export(ctx, "Werkstatt")
    [item] = [i for i in plan.items if i.e164 == SHARED]
    assert item.contact_id == min(p.contact_id for k, p in family.items() if k != "ines")
    assert len(item.shared_with) == 2
    assert not [i for i in plan.items if i.e164 == "+491711000002"]  # no consent


def test_a_plan_naming_the_shared_number_twice_is_refused(ctx, family, tmp_path):
    consent.record_event(ctx, SHARED, "granted", with_notice=True,
                         contact_id=family["grete"].contact_id)
    plan = exporting.plan_export(ctx, "Werkstatt")
    [item] = plan.items
    forged = replace(item, contact_id=family["hans"].contact_id,
                     contact_uid=family["hans"].uid, shown_name="Hans Huber")
    plan.items.append(forged)
    with pytest.raises(errors.NotEligible) as caught:
        exporting.write_export(ctx, plan, tmp_path / "x.vcf")
    assert "stored for another contact too" in caught.value.message()
    assert not (tmp_path / "x.vcf").exists()


def test_a_number_once_on_the_phone_under_two_names_comes_off_under_one(ctx, family,
                                                                        tmp_path):
    """A phone filled before numbers were written once: the second name is on the
    removal list, and the number stays under the name whose consent allows it."""
    consent.record_event(ctx, SHARED, "granted", with_notice=True,
                         contact_id=family["grete"].contact_id)
    exporting.export(ctx, "Werkstatt", tmp_path / "a.vcf")
    with ctx.vault.transaction() as conn:  # what an older export recorded
        export_id = conn.execute("SELECT max(id) FROM exports").fetchone()[0]
        basis = conn.execute("SELECT basis_event_id FROM export_items").fetchone()[0]
        conn.execute("INSERT INTO export_items(export_id, contact_id, contact_uid, e164, "
                     "shown_name, basis_event_id) VALUES (?,?,?,?,?,?)",
                     (export_id, family["hans"].contact_id, family["hans"].uid, SHARED,
                      "Hans Huber", basis))
    [removal] = exporting.removals(ctx, "Werkstatt")
    assert (removal.shown_name, removal.reason) == ("Hans Huber", "shared_number")


def _at(ctx, moment: datetime):
    return replace(ctx, clock=lambda: moment)


def test_implied_notice_no_answer_15_days_later_goes_onto_the_removal_list(ctx, family,
                                                                           tmp_path):
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
    day0 = _at(ctx, start)
    consent.record_event(day0, "0171 1000002", "implied", occurred_at=start)
    consent.mark_notice_sent(day0, "0171 1000002", "de", occurred_at=start)
    day1 = _at(ctx, start + timedelta(days=1))
    _plan, result = exporting.export(day1, "Werkstatt", tmp_path / "w.vcf")
    assert result.count == 1
    assert exporting.removals(_at(ctx, start + timedelta(days=14)), "Werkstatt") == []

    [removal] = exporting.removals(_at(ctx, start + timedelta(days=15)), "Werkstatt")
    assert (removal.e164, removal.reason) == ("+491711000002", "implied_unanswered")
    assert "not confirmed within the answer period of 14 days" in removal.reason_text()
    # every phone that has it: a second phone filled on day 1 lists it too
    devices.add_device(ctx, "Büro")
    exporting.export(day1, "Büro", tmp_path / "b.vcf")
    assert [r.e164 for r in exporting.removals(_at(ctx, start + timedelta(days=15)), "Büro")] \
        == ["+491711000002"]
    # the customer's yes within the period would have kept it
    consent.record_event(_at(ctx, start + timedelta(days=16)), "0171 1000002", "granted",
                         occurred_at=start + timedelta(days=16))
    assert exporting.removals(_at(ctx, start + timedelta(days=17)), "Werkstatt") == []


def test_a_longer_answer_period_set_by_the_dpo_keeps_it(ctx, family, tmp_path):
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
    consent.record_event(_at(ctx, start), "0171 1000002", "implied", occurred_at=start)
    consent.mark_notice_sent(_at(ctx, start), "0171 1000002", "de", occurred_at=start)
    exporting.export(_at(ctx, start + timedelta(days=1)), "Werkstatt", tmp_path / "w.vcf")
    preferences.set_setting(ctx, "policy.implied_max_days", "21")
    assert exporting.removals(_at(ctx, start + timedelta(days=20)), "Werkstatt") == []
    assert len(exporting.removals(_at(ctx, start + timedelta(days=22)), "Werkstatt")) == 1


def test_export_record_and_protocol_state_the_policy_and_answer_period(ctx, tmp_path):
    from contactvault.services import contacts

    contacts.add_contact(ctx, formatted_name="Anna Abel", numbers=["+49 151 11111111"],
                         category="customer")
    fill_company(ctx.vault)
    consent.record_event(ctx, "+49 151 11111111", "granted", with_notice=True)
    preferences.save_settings(ctx, {"policy.implied_max_days": 10,
                                    "policy.allow_contract": True})
    device = make_device(ctx, name="Lager")
    run_until_install(ctx, device)
    plan, result = exporting.export(ctx, device, tmp_path / "lager.vcf")
    [record] = exporting.export_history(ctx, device)
    assert record.policy_settings == {
        "mode": "standard", "reconfirm_months": 0, "implied_max_days": 10,
        "purpose": "service", "allow_contract": True, "allow_legitimate_interest": False,
        "include_organisation": False}
    proc.record_transfer(ctx, device, proc.TransferResult(
        Path(result.path), "vcard", result.export_id, result.sha256, result.count))

    german = proc.protocol_html(ctx, device, lang="de")
    assert "Antwortfrist für schlüssige Einwilligung: 10 Tage" in german
    assert "Vertrag (Art. 6 Abs. 1 lit. b DSGVO) vom Datenschutzbeauftragten zugelassen" \
        in german
    assert "Zweck: Service-Kommunikation" in german
    assert "stillschweigend" not in german
    english = proc.protocol_html(ctx, device, lang="en")
    assert "answer period for implied consent: 10 days" in english
    # the current policy is stated too, and a change shows beside the export's
    preferences.save_settings(ctx, {"policy.mode": "strict", "policy.allow_contract": False})
    english = proc.protocol_html(ctx, device, lang="en")
    assert "strict (explicit consent only) (answer period for implied consent: 10 days" in english
    assert "only consent and employees' own business numbers count" in english.replace(
        "&#x27;", "'")


_pool = iter(range(3_000_000, 9_999_999, 10))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(owners=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["customer", "private"])),
                       min_size=1, max_size=6),
       grants=st.lists(st.tuples(st.integers(0, 2), st.one_of(st.none(), st.integers(0, 5))),
                       max_size=4))
def test_any_sharing_writes_each_allowed_number_once(vault, ctx, tmp_path, owners, grants):
    """Contacts drawn onto three numbers, grants naming a contact or none: the file holds
    every number some contact may have exactly once, under the named contact when that
    one may have it, and nothing else."""
    base = next(_pool)
    numbers = [f"+49171{base + k:07d}" for k in range(3)]
    fill_company(ctx)  # the notice handed over with each grant is complete
    with vault.transaction() as conn:
        people = [insert_person(conn, f"P{base}-{i}", [numbers[n]], category=category)
                  for i, (n, category) in enumerate(owners)]
    named: dict[str, int] = {}
    for n, who in grants:
        holders = [p for p, (m, _c) in zip(people, owners, strict=True) if m == n]
        if not holders:
            continue
        contact = holders[who % len(holders)].contact_id if who is not None else None
        consent.record_event(ctx, numbers[n], "granted", with_notice=True, contact_id=contact)
        named[numbers[n]] = contact  # the latest grant is the one the decision rests on
    device = f"phone-{base}"
    devices.add_device(ctx, device)
    allowed = {numbers[n] for n, category in owners if category != "private"
               and numbers[n] in named}
    # the vault is shared by the examples: look at this example's numbers
    plan = exporting.plan_export(ctx, device)
    mine = [i for i in plan.items if i.e164 in numbers]
    assert sorted(i.e164 for i in mine) == sorted(allowed)
    if plan.items:
        exporting.write_export(ctx, plan, tmp_path / f"{base}.vcf")
        written = tel_values((tmp_path / f"{base}.vcf").read_bytes().decode("utf-8"))
        assert len(written) == len(set(written))  # no number twice in the file
        assert sorted(e for e in written if e in numbers) == sorted(allowed)
    for item in mine:
        contact = named[item.e164]
        eligible_ids = {p.contact_id for p, (m, c) in zip(people, owners, strict=True)
                        if numbers[m] == item.e164 and c != "private"}
        expected = contact if contact in eligible_ids else min(eligible_ids)
        assert item.contact_id == expected
        others = [p.name for p, (m, _c) in zip(people, owners, strict=True)
                  if numbers[m] == item.e164 and p.contact_id != item.contact_id]
        assert sorted(item.shared_with) == sorted(others)


def test_every_report_states_the_policy_and_answer_period(ctx, family, tmp_path):
    from contactvault.services import reports

    preferences.save_settings(ctx, {"policy.implied_max_days": 9})
    consent.record_event(ctx, SHARED, "granted", with_notice=True,
                         contact_id=family["grete"].contact_id)
    exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")
    german = [
        reports.write_register(ctx, tmp_path / "r.html").read_text("utf-8"),
        reports.write_lost_phone(ctx, "Werkstatt", tmp_path / "l.html").read_text("utf-8"),
        reports.write_proof(ctx, SHARED, tmp_path / "p.html").read_text("utf-8"),
        reports.write_staff_rules(ctx, tmp_path / "s.html").read_text("utf-8"),
        reports.write_processing_record(ctx, tmp_path / "a.html").read_text("utf-8"),
    ]
    for text in german:
        assert "Geltende Einwilligungsregel: Standard: " in text
        assert "Antwortfrist von 9 Tagen" in text
    csv_text = reports.write_register(ctx, tmp_path / "r.csv").read_text("utf-8-sig")
    first = csv_text.splitlines()[0]
    assert "Geltende Einwilligungsregel" in first and "Antwortfrist von 9 Tagen" in first
    english = reports.write_register(replace(ctx, language="en"), tmp_path / "e.html")
    assert "Consent policy in force: Standard: " in english.read_text("utf-8")
    assert "answer period of 9 days" in english.read_text("utf-8")
