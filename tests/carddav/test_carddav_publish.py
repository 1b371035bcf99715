"""contactvault publish against a real Radicale: the address book holds exactly the
eligible cards (read back and parsed), changes replace, a revocation deletes (and a
sync-collection REPORT lists the card as deleted), someone else's change is refused
(412), and a wrong password or a server that is down record nothing."""

from __future__ import annotations

import json
import re

import pytest
import vobject

from contactvault import errors
from contactvault.carddav.client import CardDavClient
from contactvault.services import (
    audit_ops,
    consent,
    contacts,
    devices,
    exporting,
    publishing,
    requests,
)
from tests.carddav.conftest import OFFICE_PASSWORD
from tests.carddav.radicale_server import OFFICE
from tests.core.consent_helpers import fill_company, insert_person

DEVICE = "Werkstatt"
ANNA = "+491711000001"
BERT = "+491711000002"
CARLA = "+491711000004"
FRIEDA = "+491711000006"


@pytest.fixture
def shop(ctx, radicale):
    """Four contacts: Anna and Bert may go onto the phone, Carla gave no informed
    consent, Frieda is private; the phone "Werkstatt" publishes to the book "anna"."""
    fill_company(ctx)
    with ctx.vault.transaction() as conn:
        people = {
            "anna": insert_person(conn, "Anna Adler", ["0171 1000001"], given="Anna",
                                  family="Adler"),
            "bert": insert_person(conn, "Bert Berg", ["0171 1000002"]),
            "carla": insert_person(conn, "Carla Chef", ["0171 1000004"]),
            "frieda": insert_person(conn, "Tante Frieda", ["0171 1000006"],
                                    category="private"),
        }
    for number in ("0171 1000001", "0171 1000002", "0171 1000006"):
        consent.record_event(ctx, number, "granted", with_notice=True)
    consent.record_event(ctx, "0171 1000004", "granted")  # without the notice
    devices.add_device(ctx, DEVICE)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE,
                        password=OFFICE_PASSWORD)
    return people


@pytest.fixture
def office(radicale):
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        yield client


def server_cards(office) -> dict[str, tuple[str, list[str]]]:
    """The address book read back: resource name -> (FN, TEL values), parsed."""
    found = {}
    for resource in office.list():
        card = vobject.readOne(office.get(resource.href).text)
        found[resource.name] = (card.fn.value, sorted(t.value for t in card.contents["tel"]))
    return found


def parsed(card) -> tuple:
    """What a phone reads from a card (Radicale stores the properties in its own order)."""
    return (card.version.value, card.fn.value, card.n.value.family, card.n.value.given,
            sorted((t.value, t.params.get("TYPE", [])[0]) for t in card.contents["tel"]),
            card.uid.value, sorted(card.contents))


def publishes(ctx) -> list:
    return [e for e in exporting.export_history(ctx, DEVICE) if e.format == "carddav"]


def test_publish_holds_exactly_the_eligible_cards(ctx, shop, office, tmp_path):
    plan = publishing.plan_publish(ctx, DEVICE, OFFICE_PASSWORD)  # a dry run
    assert sorted(c.shown_name for c in plan.of(publishing.CREATE)) == ["Anna Adler",
                                                                       "Bert Berg"]
    assert office.list() == [] and publishes(ctx) == []

    plan, result = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert (result.created, result.replaced, result.deleted, result.numbers) == (2, 0, 0, 2)
    cards = server_cards(office)
    assert sorted(cards.values()) == [("Anna Adler", [ANNA]), ("Bert Berg", [BERT])]
    for name in cards:  # named by a random id, never by the number or the name
        assert re.fullmatch(r"[0-9a-f]{32}\.vcf", name)
        assert "1711000" not in name
    # the same minimal vCards as the file export
    exporting.export(ctx, DEVICE, tmp_path / "werkstatt.vcf")
    file_text = (tmp_path / "werkstatt.vcf").read_bytes().decode("utf-8")
    in_file = sorted(parsed(c) for c in vobject.readComponents(file_text))
    served = sorted(parsed(vobject.readOne(office.get(r.href).text)) for r in office.list())
    assert len(in_file) == 2 and in_file == served

    # recorded like an export: the numbers, the cards they are in, the chain
    record = publishes(ctx)[-1]
    assert (record.id, record.number_count, record.file_name) == \
        (result.export_id, 2, plan.url)
    held = {i.e164 for i in exporting.on_phone(ctx, DEVICE)}
    assert held == {ANNA, BERT}
    assert audit_ops.list_entries(ctx)[-2].action == "publish"
    assert audit_ops.verify(ctx).ok

    # nothing changed: nothing is sent and nothing recorded
    again_plan, again = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert again.export_id is None and again.kept == 2
    assert len(publishes(ctx)) == 1


def test_change_replaces_and_revocation_deletes(ctx, shop, office):
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    before = {r.name: r for r in office.list()}
    token = office.check()
    contacts.edit_contact(ctx, shop["anna"].contact_id, formatted_name="Anna Adler-Berg")
    consent.record_event(ctx, "0171 1000002", "revoked")
    assert [r.e164 for r in exporting.removals(ctx, DEVICE)] == [BERT]

    plan, result = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert (result.created, result.replaced, result.deleted) == (0, 1, 1)
    after = office.list()
    assert len(after) == 1
    anna = after[0]
    assert anna.name in before and anna.etag != before[anna.name].etag  # same card, new text
    assert server_cards(office) == {anna.name: ("Anna Adler-Berg", [ANNA])}
    bert_href = next(r.href for name, r in before.items() if name != anna.name)
    changes = office.changes_since(token)
    assert bert_href in changes.deleted
    assert [r.href for r in changes.changed] == [anna.href]

    # the removal is confirmed: the server deleted the card, the phone follows
    assert exporting.removals(ctx, DEVICE) == []
    assert {i.e164 for i in exporting.on_phone(ctx, DEVICE)} == {ANNA}
    confirmation = exporting.confirmations(ctx, DEVICE)[-1]
    assert (confirmation.e164, confirmation.reason) == (BERT, "revoked")
    deleted = next(c for c in plan.changes if c.action == publishing.DELETE)
    assert deleted.reason_text().startswith("revoked on ")
    assert audit_ops.verify(ctx).ok


def test_erasure_deletes_the_card(ctx, shop, office):
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    requests.erase(ctx, shop["bert"].contact_id)
    assert len(exporting.removals(ctx, DEVICE)) == 1
    _plan, result = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert result.deleted == 1 and result.confirmed_removals == 1
    assert [fn for fn, _tel in server_cards(office).values()] == ["Anna Adler"]
    assert exporting.removals(ctx, DEVICE) == []
    assert audit_ops.verify(ctx).ok


def test_card_changed_on_the_server_is_refused_and_nothing_recorded(ctx, shop, office):
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    consent.record_event(ctx, "0171 1000002", "revoked")
    plan = publishing.plan_publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert [c.action for c in plan.to_do] == [publishing.DELETE]
    bert = plan.to_do[0]
    # someone changes Bert's card after the plan listed it
    office.replace(bert.href, office.get(bert.href).text.replace("Bert Berg", "Bert B."),
                   bert.etag)
    recorded = len(publishes(ctx))
    with pytest.raises(errors.CardChangedOnServer) as refused:
        publishing.publish_plan(ctx, plan, OFFICE_PASSWORD)
    assert "(412)" in refused.value.message() and bert.name in refused.value.message()
    assert len(publishes(ctx)) == recorded
    assert [r.e164 for r in exporting.removals(ctx, DEVICE)] == [BERT]  # still open
    # publishing again compares afresh and deletes the card
    _plan, result = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert result.deleted == 1 and len(office.list()) == 1
    assert exporting.removals(ctx, DEVICE) == []


def test_stale_plan_sends_nothing(ctx, shop, office):
    plan = publishing.plan_publish(ctx, DEVICE, OFFICE_PASSWORD)
    consent.record_event(ctx, "0171 1000001", "revoked")
    with pytest.raises(errors.PublishPlanStale):
        publishing.publish_plan(ctx, plan, OFFICE_PASSWORD)
    assert office.list() == [] and publishes(ctx) == []


def test_partial_publish_records_what_the_server_confirmed(ctx, shop, office):
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    consent.record_event(ctx, "0171 1000002", "revoked")
    with ctx.vault.transaction() as conn:
        insert_person(conn, "Dora Dach", ["0171 1000007"])
    consent.record_event(ctx, "0171 1000007", "granted", with_notice=True)
    plan = publishing.plan_publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert [c.action for c in plan.to_do] == [publishing.DELETE, publishing.CREATE]
    # a card appears under the name the plan chose for Dora: If-None-Match refuses
    office.create(plan.to_do[1].name, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dazwischen\r\n"
                                      "N:;Dazwischen;;;\r\nUID:x-2\r\nEND:VCARD\r\n")
    with pytest.raises(errors.PublishIncomplete) as stopped:
        publishing.publish_plan(ctx, plan, OFFICE_PASSWORD)
    assert "stopped after 1 of 2 changes" in stopped.value.message()
    assert exporting.removals(ctx, DEVICE) == []  # the deletion is confirmed and recorded
    assert "+491711000007" not in {i.e164 for i in exporting.on_phone(ctx, DEVICE)}
    assert audit_ops.verify(ctx).ok


def test_foreign_cards_are_deleted(ctx, shop, office):
    office.create("someone.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fremd\r\nN:;Fremd;;;\r\n"
                                 "TEL:+491719999999\r\nUID:x-1\r\nEND:VCARD\r\n")
    plan, result = publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    foreign = [c for c in plan.changes if c.foreign]
    assert [c.name for c in foreign] == ["someone.vcf"]
    assert foreign[0].reason_text() == "not put there by contactvault"
    assert result.deleted == 1 and result.confirmed_removals == 0
    assert sorted(fn for fn, _ in server_cards(office).values()) == ["Anna Adler", "Bert Berg"]


def test_wrong_password_and_server_down_record_nothing(ctx, shop, radicale):
    with pytest.raises(errors.ServerLoginRefused):
        publishing.publish(ctx, DEVICE, "wrong")
    radicale.stop()
    with pytest.raises(errors.ServerUnreachable):
        publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    assert publishes(ctx) == [] and exporting.on_phone(ctx, DEVICE) == []


def test_phone_without_address_book(ctx, shop):
    devices.add_device(ctx, "Ohne")
    with pytest.raises(errors.NoAddressBook):
        publishing.publish(ctx, "Ohne", "")


def test_cli_dry_run_then_publish(cli, radicale, tmp_path):
    from contactvault.context import Context
    from contactvault.services import vaults
    from tests.conftest import PASSPHRASE

    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)
    with vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    devices.add_device(ctx, DEVICE)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE, check=False)
    vault.lock()
    env = {"CONTACTVAULT_CARDDAV_PASSWORD": OFFICE_PASSWORD}
    dry = cli("publish", "--device", DEVICE, "--dry-run", env=env)
    assert dry.code == 0, dry.err
    assert dry.out.startswith(f"Would publish to {DEVICE} ({radicale.book_url('anna')}): "
                              "new 1, changed 0, deleted 0, unchanged 0.")
    assert "  + Anna Adler  +49 171 1000001" in dry.out
    assert radicale.card_files("anna") == []
    done = cli("publish", "--device", DEVICE, "--json", env=env)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["numbers"] == 1 and [c["action"] for c in data["changes"]] == ["create"]
    assert len(radicale.card_files("anna")) == 1
    wrong = cli("publish", "--device", DEVICE,
                env={"CONTACTVAULT_CARDDAV_PASSWORD": "x", "CONTACTVAULT_LANG": "de"})
    assert wrong.code == errors.EXIT_SERVER
    assert "abgelehnt: Benutzername oder Passwort falsch (401)" in wrong.err
    assert "Traceback" not in wrong.err
