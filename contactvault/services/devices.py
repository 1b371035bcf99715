"""WhatsApp phones (device profiles): the targets of exports and removal lists."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from contactvault import audit, errors, phones, settings
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import Device, Platform
from contactvault.vault import devices as device_store
from contactvault.vault import keys
from contactvault.vault import pending_files as pending_store
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


# -- the phone's CardDAV address book -----------------------------------------------------


def carddav_client(device: Device, password: str, *, timeout: float | None = None):
    """A client for the phone's address book, trusting the certificate file set for it
    (else the system's certificates)."""
    from contactvault.carddav.client import TIMEOUT, CardDavClient

    if not device.publishes:
        raise errors.NoAddressBook(device=device.name)
    return CardDavClient(device.carddav_url, device.carddav_user, password,
                         verify=device.carddav_certificate or True,
                         timeout=timeout or TIMEOUT)


def set_carddav(ctx: Context, name: str, url: str, user: str, *, certificate: str = "",
                password: str | None = None, check: bool = True) -> Device:
    """Give the phone an address book on a CardDAV server (``url`` is the address
    book's own address; ``user`` the login that may write it). With ``check`` the
    server is asked first, with ``password``, whether the login can read that address
    book; nothing is stored when it cannot. The password itself is not stored here
    (``remember_carddav_password``)."""
    from contactvault.carddav.client import check_url

    url = check_url(url)
    user = user.strip()
    if not user:
        raise errors.InvalidArgument(what="--user", reason=QT_TRANSLATE_NOOP(
            "Errors", "a CardDAV login needs a user name"))
    if certificate:
        path = Path(certificate).expanduser().absolute()
        if not path.is_file():
            raise errors.FileUnreadable(path=str(path), reason=QT_TRANSLATE_NOOP(
                "Errors", "no such file"))
        certificate = str(path)
    current = get_device(ctx, name)
    wanted = replace(current, carddav_url=url, carddav_user=user,
                     carddav_certificate=certificate)
    if check:
        with carddav_client(wanted, password or "") as client:
            client.check()
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        device = device_in(conn, name)
        device_store.set_carddav(conn, device.id, url, user, certificate)
        audit.record(conn, "device.carddav", actor=ctx.actor_in(conn), at=now,
                     subject=f"device:{device.id}",
                     details={"device": device.id, "address_book": True,
                              "own_certificate": bool(certificate)})
    return replace(device, carddav_url=url, carddav_user=user,
                   carddav_certificate=certificate)


def clear_carddav(ctx: Context, name: str) -> Device:
    """The phone gets file exports only again; its kept password is forgotten. Cards on
    the server stay where they are (what was published stays recorded)."""
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        device = device_in(conn, name)
        device_store.set_carddav(conn, device.id, "", "", "")
        audit.record(conn, "device.carddav", actor=ctx.actor_in(conn), at=now,
                     subject=f"device:{device.id}",
                     details={"device": device.id, "address_book": False})
        account = keys.carddav_account(pending_store.vault_id(conn) or "", device.id)
    keys.forget_secret(account)
    return replace(device, carddav_url="", carddav_user="", carddav_certificate="")


def _password_account(ctx: Context, device: Device) -> str:
    with ctx.vault.reading() as conn:
        return keys.carddav_account(pending_store.vault_id(conn) or "", device.id)


def remember_carddav_password(ctx: Context, name: str, password: str) -> None:
    """Keep the password of the phone's CardDAV login in the OS secret store (raises
    NoSecureStore where there is none: it is then asked each time)."""
    keys.remember_secret(_password_account(ctx, get_device(ctx, name)), password)


def recall_carddav_password(ctx: Context, name: str) -> str | None:
    return keys.recall_secret(_password_account(ctx, get_device(ctx, name)))
