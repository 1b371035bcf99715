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
