"""WhatsApp phones (device profiles): the targets of exports and removal lists."""

from __future__ import annotations

from contactvault import audit, errors, phones, settings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import Device, Platform
from contactvault.vault import devices as device_store
from contactvault.vault.connection import Connection

MAX_NAME = 80


def add_device(ctx: Context, name: str, *, owner: str = "", phone_number: str = "",
               platform: Platform | str = Platform.ANDROID) -> Device:
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
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        if device_store.device_by_name(conn, name) is not None:
            raise errors.DeviceExists(name=name)
        number = phone_number.strip()
        if number:
            number = phones.to_e164(number, settings.get(conn, "numbers.default_region")) \
                or number
        device = device_store.insert_device(conn, name, owner.strip(), number, platform.value,
                                            now)
        # No owner name or number in the audit: the device id says which phone.
        audit.record(conn, "device.add", actor=ctx.actor_in(conn), at=now,
                     subject=f"device:{device.id}",
                     details={"device": device.id, "platform": platform.value})
    return device


def list_devices(ctx: Context) -> list[Device]:
    with ctx.vault.reading() as conn:
        return device_store.all_devices(conn)


def get_device(ctx: Context, name: str) -> Device:
    with ctx.vault.reading() as conn:
        return device_in(conn, name)


def device_in(conn: Connection, name: str) -> Device:
    device = device_store.device_by_name(conn, " ".join(name.split()))
    if device is None:
        raise errors.DeviceNotFound(name=name)
    return device
