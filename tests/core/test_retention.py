"""Bulk erasure after the retention period (``requests.erase_retention``): it erases
exactly the contacts due, keeps everyone else whole (a number shared with a due contact
included), tells each phone what to delete as erasing one by one would, and reads the
audit trail once for all of them, not once per record."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contactvault.context import Context
from contactvault.services import (
    audit_ops,
    consent,
    contacts,
    devices,
    exporting,
    preferences,
    requests,
    vaults,
)
from contactvault.vault import contacts as contact_store
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company

# name: (numbers, still active a year on?)
PEOPLE = {
    "Anna Alt": (["0171 1000001"], False),  # exported, nothing since
    "Bernd Brand": (["0171 1000002", "0171 1000003"], False),  # two numbers
    "Carla Christ": (["0171 1000004"], False),
    "Dora Dietz": (["0171 1000005"], True),  # a consent event a year on
    "Emil Ernst": (["0171 1000003"], True),  # Bernd's second number; changed a year on
    "Frida Fuchs": (["0171 1000006"], False),
    "Gustav Graf": (["0171 1000007"], True),  # implied consent a year on
}


@pytest.fixture
def shop(ctx, tmp_path):
    fill_company(ctx)
    ids = {name: contacts.add_contact(ctx, formatted_name=name, numbers=numbers,
                                      category="customer").id
           for name, (numbers, _active) in PEOPLE.items()}
    for name in PEOPLE:
        consent.record_event(ctx, PEOPLE[name][0][0], "granted", with_notice=True)
    devices.add_device(ctx, "Werkstatt")
    devices.add_device(ctx, "Laden")
    exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")
    exporting.export(ctx, "Laden", tmp_path / "l.vcf")
    consent.record_event(ctx, "0171 1000004", "revoked")
    exporting.confirm_removals_for_number(ctx, "Laden", "+491711000004")
    vaults.backup(ctx.vault, tmp_path / "before.cvault", PASSPHRASE)
    preferences.save_settings(ctx, {"retention.review_months": 12})
    later = Context(ctx.vault, actor="Dana Datenschutz",
                    clock=lambda: ctx.now() + timedelta(days=400))
    consent.record_event(later, "0171 1000005", "granted", with_notice=True)
    consent.record_event(later, "0171 1000007", "implied")
    contacts.set_category(later, [ids["Emil Ernst"]], "supplier")
    return later, ids


def test_erases_exactly_the_contacts_due(shop):
    later, ids = shop
    due = [c.contact_id for c in requests.retention_due(later)]
    expected = sorted(ids[name] for name, (_n, active) in PEOPLE.items() if not active)
    assert sorted(due) == expected
    one_by_one = {cid: requests.erasure_preview(later, cid) for cid in due}

    results = requests.erase_retention(later, due)

    assert [r.preview.contact_id for r in results] == due
    for result in results:  # what each phone must delete, the backups: as one by one
        assert result.preview == one_by_one[result.preview.contact_id]
    kept = {c.id for c in contacts.list_contacts(later)}
    assert kept == {ids[name] for name, (_n, active) in PEOPLE.items() if active}
    with later.vault.reading() as conn:
        stored = {row.number.e164 for row in contact_store.numbers_with_category(conn)}
    # Bernd's second number stays: Emil has it too (with its history)
    assert stored == {"+491711000005", "+491711000003", "+491711000007"}
    assert [e.kind for e in consent.history(later, "+491711000005")] == ["granted",
                                                                          "granted"]
    bernd = next(r for r in results if r.preview.contact_id == ids["Bernd Brand"])
    assert bernd.preview.kept_shared == ["+491711000003"]
    carla = next(r for r in results if r.preview.contact_id == ids["Carla Christ"])
    assert {(x.device, x.number) for x in carla.preview.to_remove} == {
        ("Werkstatt", "+491711000004")}  # removal confirmed on the other phone
    assert all("before.cvault" in r.preview.backups[0].file for r in results)
    assert {e.reason for e in requests.erasures(later)} == {"retention"}
    assert requests.retention_due(later) == []
    assert audit_ops.verify(later).ok


def test_reads_the_audit_trail_once_for_all_contacts(shop):
    later, _ids = shop
    due = [c.contact_id for c in requests.retention_due(later)]
    statements: list[str] = []
    later.vault.conn.set_trace_callback(statements.append)
    try:
        requests.erase_retention(later, due)
    finally:
        later.vault.conn.set_trace_callback(None)
    scans = [s for s in statements if "FROM audit_log" in s and (
        "covers LIKE" in s or "action =" in s)]
    assert len(due) == 4 and len(scans) == 2, scans
