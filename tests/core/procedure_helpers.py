"""Helpers shared by the procedure tests (core, CLI, GUI): a device, a run to a step."""

from __future__ import annotations

from contactvault import clock
from contactvault.services import procedure as proc


def make_device(vault, name="Werkstatt-Handy", platform="android", owner="Max Müller",
                number="+49 151 1234567"):
    """A device profile through the devices service when it exists, else its table."""
    try:
        from contactvault.services import devices
    except ImportError:
        devices = None
    if devices is not None and hasattr(devices, "add_device"):
        try:
            devices.add_device(vault, name, owner=owner, phone_number=number,
                               platform=platform)
            return name
        except TypeError:
            pass
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO devices(name, owner, phone_number, platform, created_at) "
            "VALUES (?,?,?,?,?)", (name, owner, number, platform, clock.now_iso()))
    return name


def run_until_install(vault, device, *, starting_point="has_contacts", route="dedicated"):
    proc.start(vault, device, starting_point=starting_point, route=route, actor="anna")
    proc.record_export_phone(vault, device, files=["phone.vcf"], actor="anna")
    proc.record_import(vault, device, phone_count=12, imported=10, merged=1, unchanged=0,
                       skipped=1, files=1, actor="anna")
    proc.record_classify(vault, device, actor="anna")
    action = "account_deleted" if starting_point == "whatsapp_installed" else "not_installed"
    proc.record_clear(vault, device, whatsapp_action=action, phone_contacts_deleted=True,
                      cloud_checked=True, actor="anna")
    proc.record_install(vault, device, app="whatsapp_business", actor="anna")


FAKE_SHA = "3f" * 32


def fake_transfer(vault, device, count=7):
    from pathlib import Path

    result = proc.TransferResult(Path("whatsapp-phone.vcf"), "vcard", None, FAKE_SHA, count)
    return proc.record_transfer(vault, device, result, actor="anna")


def consented_vault(vault):
    """Four business contacts and one private one; consent decides who is eligible.

    Returns the E.164 numbers the policy must let through (granted consent, business)."""
    from contactvault.services import consent, contacts

    people = [
        ("Anna Abel", "+49 151 11111111", "customer", "granted"),
        ("Bernd Bäcker <GmbH>", "+49 170 2222222", "supplier", "granted"),
        ("Carla Chef", "+49 160 3333333", "customer", "revoked"),
        ("Dora Dunkel", "+49 171 4444444", "customer", None),
        ("Egon Privat", "+49 172 5555555", "private", "granted"),
    ]
    for name, number, category, kind in people:
        contact = contacts.add_contact(vault, formatted_name=name, numbers=[number],
                                       category=category)
        e164 = contact.phones[0].e164
        if kind in ("granted", "revoked"):
            consent.record_event(vault, e164, "granted", channel="paper", evidence="form")
        if kind == "revoked":
            consent.record_event(vault, e164, "revoked", channel="phone")
    return ["+4915111111111", "+491702222222"]
