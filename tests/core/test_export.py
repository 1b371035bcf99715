"""Exports for WhatsApp phones (services/exporting.py, export/removal_list.py): a scripted
history of grants, revocations and exports to two phones; incremental exports; the
removal list and its confirmations; what is recorded; the file on disk."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace

import pytest

from contactvault import errors
from contactvault.services import consent, contacts, devices, exporting, preferences
from tests.core.consent_helpers import fill_company, insert_person, tel_values


@pytest.fixture
def shop(vault, ctx):
    """Five customers, one private contact, two phones."""
    fill_company(vault)
    with vault.transaction() as conn:
        people = {
            "anna": insert_person(conn, "Anna Adler", ["0171 1000001"], given="Anna",
                                  family="Adler"),
            "bert": insert_person(conn, "Bert Berg", ["0171 1000002", "0631 1234567"]),
            "carla": insert_person(conn, "Carla Christ", ["0171 1000003"]),
            "dora": insert_person(conn, "Dora Dach", ["0171 1000004"]),
            "emil": insert_person(conn, "Emil Eck", ["0171 1000005"]),
            "privat": insert_person(conn, "Tante Frieda", ["0171 1000006"],
                                    category="private"),
        }
    devices.add_device(ctx, "Werkstatt", owner="Meister", phone_number="0171 9000000")
    devices.add_device(ctx, "Büro", platform="ios")
    return people


def export(ctx, tmp_path, device, *, incremental=False, name=None, force=False):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    plan = exporting.plan_export(ctx, device, incremental=incremental)
    path = out / (name or f"{device}-{len(os.listdir(out))}.vcf")
    result = exporting.write_export(ctx, plan, path, force=force)
    return plan, result, path.read_bytes().decode("utf-8")


def test_scripted_history_with_two_phones(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", channel="paper", with_notice=True)
    consent.record_event(ctx, "0171 1000002", "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000006", "granted",  # private: never exported
                         with_notice=True)
    consent.record_event(ctx, "0171 1000003", "implied")  # notice not yet sent

    plan, first, text = export(ctx, tmp_path, "Werkstatt")
    assert sorted(tel_values(text)) == ["+491711000001", "+491711000002"]
    reasons = {x.number: x.decision.status for x in plan.excluded}
    assert reasons == {"+496311234567": "no_consent", "+491711000003": "notice_pending",
                       "+491711000004": "no_consent", "+491711000005": "no_consent",
                       "+491711000006": "private"}
    assert first.count == 2 and first.contacts == 2 and not plan.removals

    consent.mark_notice_sent(ctx, "0171 1000003", "de")
    consent.record_event(ctx, "0171 1000004", "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000001", "revoked", channel="whatsapp",
                         evidence="Bitte löschen")

    # incremental to Werkstatt: only what is new; Anna must come off the phone
    plan, second, text = export(ctx, tmp_path, "Werkstatt", incremental=True)
    assert sorted(tel_values(text)) == ["+491711000003", "+491711000004"]
    assert plan.already_on_phone == 1  # Bert
    assert [(r.e164, r.reason, r.shown_name) for r in plan.removals] == \
        [("+491711000001", "revoked", "Anna Adler")]
    assert second.removals == tuple(plan.removals)

    # Büro gets its first, full export: Anna is not on it, so nothing to remove there
    plan, third, text = export(ctx, tmp_path, "Büro")
    assert sorted(tel_values(text)) == ["+491711000002", "+491711000003", "+491711000004"]
    assert exporting.removals(ctx, "Büro") == []

    # nothing new for Werkstatt
    plan = exporting.plan_export(ctx, "Werkstatt", incremental=True)
    assert plan.items == [] and plan.already_on_phone == 3
    with pytest.raises(errors.NothingToExport):
        exporting.write_export(ctx, plan, tmp_path / "empty.vcf")
    assert not (tmp_path / "empty.vcf").exists()

    # Dora becomes private: off both phones
    contacts.set_category(ctx, [shop["dora"].contact_id], "private")
    assert [(r.e164, r.reason) for r in exporting.removals(ctx, "Werkstatt")] == \
        [("+491711000001", "revoked"), ("+491711000004", "private")]
    assert [(r.e164, r.reason) for r in exporting.removals(ctx, "Büro")] == \
        [("+491711000004", "private")]

    # closing the loop on Werkstatt, per number and phone
    exporting.confirm_removal(replace(ctx, actor="Meister"), "Werkstatt", shop["anna"].uid,
                              "+491711000001")
    assert [r.e164 for r in exporting.removals(ctx, "Werkstatt")] == ["+491711000004"]
    assert [r.e164 for r in exporting.removals(ctx, "Büro")] == ["+491711000004"]
    confirmation = exporting.confirmations(ctx, "Werkstatt")[0]
    assert (confirmation.e164, confirmation.reason, confirmation.confirmed_by) == \
        ("+491711000001", "revoked", "Meister")
    with pytest.raises(errors.RemovalNotOpen):
        exporting.confirm_removal(ctx, "Werkstatt", shop["anna"].uid, "+491711000001")

    # Anna grants again: the next incremental export puts her back (she was removed)
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    plan, _, text = export(ctx, tmp_path, "Werkstatt", incremental=True)
    assert tel_values(text) == ["+491711000001"]

    # what each phone holds, and the records
    held = {i.e164 for i in exporting.on_phone(ctx, "Werkstatt")}
    assert held == {"+491711000001", "+491711000002", "+491711000003", "+491711000004"}
    history = exporting.export_history(ctx, "Werkstatt")
    assert [(e.kind, e.number_count) for e in history] == [("full", 2), ("incremental", 2),
                                                           ("incremental", 1)]
    assert history[0].policy == "standard" and history[0].policy_settings["mode"] == "standard"


def test_export_records_every_number_with_its_basis_event(vault, ctx, shop, tmp_path):
    grant = consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    implied = consent.record_event(ctx, "0171 1000003", "implied")
    consent.mark_notice_sent(ctx, "0171 1000003", "en")
    _, result, text = export(ctx, tmp_path, "Werkstatt", name="w.vcf")
    import hashlib

    assert result.sha256 == hashlib.sha256((tmp_path / "out" / "w.vcf").read_bytes()).hexdigest()
    with vault.reading() as conn:
        row = conn.execute("SELECT device_id, kind, policy, file_name, file_sha256, "
                           "number_count, actor FROM exports WHERE id = ?",
                           (result.export_id,)).fetchone()
        items = conn.execute("SELECT e164, shown_name, basis_event_id FROM export_items "
                             "WHERE export_id = ? ORDER BY e164", (result.export_id,)).fetchall()
        entry = conn.execute("SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1"
                             ).fetchone()
    assert row[1:6] == ("full", "standard", "w.vcf", result.sha256, 2)
    assert items == [("+491711000001", "Anna Adler", grant.id),
                     ("+491711000003", "Carla Christ", implied.id)]
    assert entry[0] == "export" and json.loads(entry[1])["sha256"] == result.sha256
    proof = exporting.proof(ctx, "Werkstatt")
    assert {p.basis_event.id for p in proof} == {grant.id, implied.id}
    assert all(p.decision_now is None for p in proof)


def test_file_is_owner_only_and_says_it_is_unencrypted(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    target = tmp_path / "out" / "out.vcf"
    target.parent.mkdir()
    target.write_text("old content")
    os.chmod(target, 0o644)
    with pytest.raises(errors.OutputExists):  # an existing file only when asked to
        export(ctx, tmp_path, "Werkstatt", name="out.vcf")
    assert target.read_text() == "old content"
    _, result, text = export(ctx, tmp_path, "Werkstatt", name="out.vcf", force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "NOT encrypted" in result.warning_text and "Delete it" in result.warning_text
    assert [p.name for p in target.parent.iterdir()] == ["out.vcf"]  # no temporary file left


def test_plan_is_checked_again_when_writing(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    plan = exporting.plan_export(ctx, "Werkstatt")
    consent.record_event(ctx, "0171 1000001", "revoked")  # between plan and write
    with pytest.raises(errors.NotEligible):
        exporting.write_export(ctx, plan, tmp_path / "x.vcf")
    assert not (tmp_path / "x.vcf").exists()
    assert exporting.export_history(ctx, "Werkstatt") == []


def test_forged_plan_item_is_refused(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    plan = exporting.plan_export(ctx, "Werkstatt")
    granted = plan.items[0]
    forged = replace(granted, contact_id=shop["emil"].contact_id, contact_uid=shop["emil"].uid,
                     e164="+491711000005")
    plan.items.append(forged)
    with pytest.raises(errors.NotEligible):
        exporting.write_export(ctx, plan, tmp_path / "x.vcf")
    assert not (tmp_path / "x.vcf").exists()


def test_policy_change_makes_plan_stale(vault, ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    plan = exporting.plan_export(ctx, "Werkstatt")
    preferences.save_settings(ctx, {"policy.mode": "strict"})
    with pytest.raises(errors.ExportPlanStale):
        exporting.write_export(ctx, plan, tmp_path / "x.vcf")


def test_strict_policy_and_organisation_setting(vault, ctx, tmp_path):
    fill_company(vault)
    with vault.transaction() as conn:
        insert_person(conn, "Gerd Glas", ["0171 1000007"], organisation="Glas; Partner")
    preferences.save_settings(ctx, {"policy.mode": "strict",
                                    "export.include_organisation": True})
    devices.add_device(ctx, "W")
    consent.record_event(ctx, "0171 1000007", "implied")
    consent.mark_notice_sent(ctx, "0171 1000007", "de")
    plan = exporting.plan_export(ctx, "W")
    assert plan.items == [] and plan.excluded[0].decision.status == "implied_only"
    consent.record_event(ctx, "0171 1000007", "granted", with_notice=True)
    _, _, text = export(ctx, tmp_path, "W")
    assert "ORG:Glas\\; Partner\r\n" in text


def test_full_export_to_a_phone_that_holds_numbers_warns(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    export(ctx, tmp_path, "Werkstatt")
    plan = exporting.plan_export(ctx, "Werkstatt")
    assert any("duplicates" in w for w in plan.warnings)


def test_erased_contact_and_removed_number_go_on_the_removal_list(vault, ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000002", "granted", with_notice=True)
    export(ctx, tmp_path, "Werkstatt")
    with vault.transaction() as conn:  # what a later erasure / number edit does
        conn.execute("DELETE FROM contacts WHERE id = ?", (shop["anna"].contact_id,))
        conn.execute("DELETE FROM phones WHERE e164 = '+491711000002'")
    found = {r.e164: r.reason for r in exporting.removals(ctx, "Werkstatt")}
    assert found == {"+491711000001": "erased", "+491711000002": "number_removed"}
    assert exporting.confirm_removals_for_number(ctx, "Werkstatt", "0171 1000001")
    assert [r.e164 for r in exporting.removals(ctx, "Werkstatt")] == ["+491711000002"]


def test_confirm_removal_by_number_only(ctx, shop, tmp_path):
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    export(ctx, tmp_path, "Werkstatt")
    consent.record_event(ctx, "0171 1000001", "revoked")
    exporting.confirm_removal(ctx, "Werkstatt", "+491711000001")
    assert exporting.removals(ctx, "Werkstatt") == []
    assert exporting.phones_holding(ctx, "+491711000001") == []


def test_devices(ctx):
    d = devices.add_device(ctx, "  Werkstatt  Handy ", owner="Max", phone_number="0171 9000000",
                           platform="iOS")
    assert (d.name, d.phone_number, d.platform.value) == ("Werkstatt Handy", "+491719000000",
                                                          "ios")
    assert devices.get_device(ctx, "werkstatt handy") == d
    with pytest.raises(errors.DeviceExists):
        devices.add_device(ctx, "WERKSTATT HANDY")
    with pytest.raises(errors.DeviceNotFound):
        devices.get_device(ctx, "Büro")
    with pytest.raises(errors.InvalidArgument):
        devices.add_device(ctx, "X", platform="symbian")
    with pytest.raises(errors.InvalidArgument):
        devices.add_device(ctx, "   ")
    assert [x.name for x in devices.list_devices(ctx)] == ["Werkstatt Handy"]
