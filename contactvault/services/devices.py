"""WhatsApp phones (device profiles): the targets of exports and removal lists."""

from __future__ import annotations

from contactvault import audit, clock, errors, phones, settings
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import Device, Platform
from contactvault.vault import Vault
from contactvault.vault import devices as device_store
from contactvault.vault.connection import Connection

MAX_NAME = 80


def add_device(vault: Vault, name: str, *, owner: str = "", phone_number: str = "",
               platform: Platform | str = Platform.ANDROID, actor: str | None = None) -> Device:
    """A new phone profile. Names are unique regardless of case. The phone's own number
    is stored as E.164 when it can be read, else as typed."""
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidArgument(what="name", reason=QT_TRANSLATE_NOOP(
            "Errors", "a phone needs a name"))
    if len(name) > MAX_NAME:
        raise errors.InvalidArgument(what="name", reason=f"at most {MAX_NAME} characters")
    try:
        platform = Platform(str(platform).lower())
    except ValueError:
        raise errors.InvalidArgument(
            what="platform", reason=f"'{platform}' is not one of "
                                    f"{', '.join(p.value for p in Platform)}") from None
    with vault.transaction() as conn:
        if device_store.device_by_name(conn, name) is not None:
            raise errors.DeviceExists(name=name)
        number = phone_number.strip()
        if number:
            number = phones.to_e164(number, settings.get(conn, "numbers.default_region")) \
                or number
        who = audit.actor_for(conn, actor)
        device = device_store.insert_device(conn, name, owner.strip(), number, platform.value,
                                     clock.now_iso())
        # No owner name or number in the audit: the device id says which phone.
        audit.record(conn, "device.add", actor=who, subject=f"device:{device.id}",
                     details={"device": device.id, "platform": platform.value})
    return device


def list_devices(vault: Vault) -> list[Device]:
    with vault.reading() as conn:
        return device_store.all_devices(conn)


def get_device(vault: Vault, name: str) -> Device:
    with vault.reading() as conn:
        return device_in(conn, name)


def device_in(conn: Connection, name: str) -> Device:
    device = device_store.device_by_name(conn, " ".join(name.split()))
    if device is None:
        raise errors.DeviceNotFound(name=name)
    return device
