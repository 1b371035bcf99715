"""Revocation, objection, expiry and erasure reach the phone: published at once (setting
publish.automatic), the removal counted once the server shows the card gone, and the
removal list saying so ("vom Server entfernt am …, das Telefon gleicht sich selbst ab")."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from contactvault import clock as clocks
from contactvault.carddav.client import CardDavClient
from contactvault.services import consent, exporting, preferences, publishing, requests
from tests.carddav.conftest import OFFICE_PASSWORD
from tests.carddav.radicale_server import OFFICE
from tests.carddav.test_carddav_publish import BERT, DEVICE, shop  # noqa: F401

PASSWORD = lambda device: OFFICE_PASSWORD  # noqa: E731


@pytest.fixture
def published(ctx, shop, radicale):  # noqa: F811
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        yield client


def test_revocation_publishes_at_once(ctx, published):
    consent.record_event(ctx, "0171 1000002", "revoked")
    assert [d.name for d in publishing.due(ctx)] == [DEVICE]
    [done] = publishing.publish_after_change(ctx, PASSWORD)
    assert done.device == DEVICE and done.result.deleted == 1 and not done.problem
    assert len(published.list()) == 1
    assert exporting.removals(ctx, DEVICE) == []
    [gone] = publishing.server_removals(ctx, DEVICE)
    assert (gone.e164, gone.shown_name, gone.reason) == (BERT, "Bert Berg", "revoked")
    assert publishing.due(ctx) == []
    assert publishing.publish_after_change(ctx, PASSWORD) == []  # nothing left to do


def test_setting_off_or_no_password_or_server_down_leaves_the_removal_open(
        ctx, published, radicale):
    consent.record_event(ctx, "0171 1000002", "revoked")
    preferences.set_setting(ctx, "publish.automatic", "false")
    assert publishing.publish_after_change(ctx, PASSWORD) == []
    preferences.set_setting(ctx, "publish.automatic", "true")
    [none] = publishing.publish_after_change(ctx, lambda device: None)
    assert none.result is None and none.problem.startswith(
        "not published: no password is kept for its CardDAV login")
    radicale.stop()
    [down] = publishing.publish_after_change(ctx, PASSWORD)
    assert down.result is None and down.problem.startswith("Cannot reach the CardDAV server")
    assert [r.e164 for r in exporting.removals(ctx, DEVICE)] == [BERT]


def test_expiry_and_erasure(ctx, shop, published):  # noqa: F811
    preferences.set_setting(ctx, "policy.reconfirm_months", "12")
    later = dataclasses.replace(ctx, clock=lambda: clocks.now() + timedelta(days=400))
    assert publishing.due(ctx) == []
    assert [d.name for d in publishing.due(later)] == [DEVICE]
    [done] = publishing.publish_due(later, PASSWORD)
    assert done.result.deleted == 2 and published.list() == []
    assert {r.reason for r in publishing.server_removals(ctx, DEVICE)} == {"too_old"}

    preferences.set_setting(ctx, "policy.reconfirm_months", "0")
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    requests.erase(ctx, shop["bert"].contact_id)
    [done] = publishing.publish_after_change(ctx, PASSWORD)
    assert done.result.deleted == 1 and len(published.list()) == 1
    erased = [r for r in publishing.server_removals(ctx, DEVICE) if r.reason == "erased"]
    assert len(erased) == 1
    assert erased[0].e164.startswith("erased:") and erased[0].shown_name == ""


def test_cli_revoke_publishes_and_the_removal_list_says_so(cli, radicale):
    from contactvault.context import Context
    from contactvault.services import devices, vaults
    from tests.conftest import PASSPHRASE
    from tests.core.consent_helpers import fill_company, insert_person

    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)
    with vault.transaction() as conn:
        insert_person(conn, "Bert Berg", ["0171 1000002"])
    consent.record_event(ctx, "0171 1000002", "granted", with_notice=True)
    devices.add_device(ctx, DEVICE)
    devices.set_carddav(ctx, DEVICE, radicale.book_url("anna"), OFFICE,
                        password=OFFICE_PASSWORD)
    publishing.publish(ctx, DEVICE, OFFICE_PASSWORD)
    vault.lock()
    env = {"CONTACTVAULT_CARDDAV_PASSWORD": OFFICE_PASSWORD, "CONTACTVAULT_LANG": "de"}
    nothing_due = cli("publish", "--due", env=env)
    assert nothing_due.code == 0 and nothing_due.out.strip() == \
        "Kein Adressbuch eines Telefons enthält eine Nummer, die entfernt werden muss."
    revoked = cli("consent", "revoke", "0171 1000002", env=env)
    assert revoked.code == 0, revoked.err
    assert "Sofort veröffentlicht für Werkstatt: gelöscht 1" in revoked.out
    assert radicale.card_files("anna") == []
    listing = cli("removals", "--device", DEVICE, env=env)
    assert listing.code == 0, listing.err
    today = clocks.now().astimezone().strftime("%d.%m.%Y")
    assert (f"Bert Berg  +49 171 1000002  – vom Server entfernt am {today}, das Telefon "
            "gleicht sich selbst ab") in listing.out
    assert "Chat" in listing.out
