"""Helpers shared by the procedure tests (core, CLI, GUI): a device, a run to a step."""

from __future__ import annotations

from dataclasses import replace

from contactvault.services import procedure as proc


def make_device(ctx, name="Werkstatt-Handy", platform="android", owner="Max Müller",
                number="+49 151 1234567"):
    """A device profile through the devices service."""
    from contactvault.services import devices

    devices.add_device(ctx, name, owner=owner, phone_number=number, platform=platform)
    return name


def as_anna(ctx):
    """The same vault and clock, with Anna acting."""
    return replace(ctx, actor="anna")


def run_until_install(ctx, device, *, starting_point="has_contacts", route="dedicated"):
    anna = as_anna(ctx)
    proc.start(anna, device, starting_point=starting_point, route=route)
    proc.record_export_phone(anna, device, files=["phone.vcf"])
    proc.record_import(anna, device, phone_count=12, imported=10, merged=1, unchanged=0,
                       skipped=1, files=1)
    proc.record_classify(anna, device)
    action = "account_deleted" if starting_point == "whatsapp_installed" else "not_installed"
    proc.record_clear(anna, device, whatsapp_action=action, phone_contacts_deleted=True,
                      cloud_checked=True)
    proc.record_install(anna, device, app="whatsapp_business")


FAKE_SHA = "3f" * 32


def fake_transfer(ctx, device, count=7):
    from pathlib import Path

    result = proc.TransferResult(Path("whatsapp-phone.vcf"), "vcard", None, FAKE_SHA, count)
    return proc.record_transfer(as_anna(ctx), device, result)


def consented_vault(ctx):
    """Four business contacts and one private one; consent decides who is eligible.

    Returns the E.164 numbers the policy must let through (granted consent, business)."""
    from contactvault.services import consent, contacts
    from tests.core.consent_helpers import fill_company

    fill_company(ctx.vault)  # the notice handed over with each request is complete
    people = [
        ("Anna Abel", "+49 151 11111111", "customer", "granted"),
        ("Bernd Bäcker <GmbH>", "+49 170 2222222", "supplier", "granted"),
        ("Carla Chef", "+49 160 3333333", "customer", "revoked"),
        ("Dora Dunkel", "+49 171 4444444", "customer", None),
        ("Egon Privat", "+49 172 5555555", "private", "granted"),
    ]
    for name, number, category, kind in people:
        contact = contacts.add_contact(ctx, formatted_name=name, numbers=[number],
                                       category=category)
        e164 = contact.phones[0].e164
        if kind in ("granted", "revoked"):
            consent.record_event(ctx, e164, "granted", channel="paper", evidence="form",
                                 with_notice=True)
        if kind == "revoked":
            consent.record_event(ctx, e164, "revoked", channel="phone")
    return ["+4915111111111", "+491702222222"]
