"""``contactvault serve``: a CardDAV server on this PC for the WhatsApp phones.

``prepare`` sets the server's folder up from the vault's phones: an address book and a
read-only login per phone, the app's own login that writes, the certificate; and it
points every phone that has no other CardDAV address book at its book on this server,
so that ``publish`` (and publishing at once after a revocation) writes there. The
passwords are random and kept in the OS secret store (never in a file or the vault);
without a secure store the server is not set up. ``LocalServer.serve`` then runs it.
"""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from contactvault import errors
from contactvault.carddav import server as local
from contactvault.context import Context
from contactvault.services import devices
from contactvault.vault import keys
from contactvault.vault import pending_files as pending_store


@dataclass(frozen=True)
class PhoneAccess:
    """What a phone's owner types into DAVx5 or the iPhone (or the profile holds)."""

    device: str
    login: str
    password: str
    server_url: str  # what the phone is given: https://ADDRESS:PORT/
    book_url: str
    profile: Path  # the iOS configuration profile (.mobileconfig)


@dataclass(frozen=True)
class Serving:
    server: local.LocalServer
    address: str  # the address the phones reach this PC by
    fingerprint: str
    phones: tuple[PhoneAccess, ...]
    others: tuple[str, ...]  # phones that publish to another server: left alone


def _secret(account: str) -> str:
    """The kept password for ``account``, made (random) and kept the first time."""
    kept = keys.recall_secret(account)
    if kept:
        return kept
    password = secrets.token_urlsafe(18)
    keys.remember_secret(account, password)  # NoSecureStore: not set up at all
    return password


def prepare(ctx: Context, *, folder: Path | None = None, port: int = local.DEFAULT_PORT,
            address: str = "", listen: str = "0.0.0.0", bcrypt_rounds: int = 12) -> Serving:
    from contactvault.carddav.client import is_loopback  # requests: only when serving

    server = local.LocalServer(folder or local.default_folder(), port, listen, bcrypt_rounds)
    address = address or next(iter(local.own_addresses()), "127.0.0.1")
    with ctx.vault.reading() as conn:
        vault_id = pending_store.vault_id(conn) or ""
    if not keys.status().available:
        raise errors.NoSecureStore(reason=keys.status().name)
    app_password = _secret(f"carddav-server:{vault_id}")
    names = ["localhost", "127.0.0.1", address, socket.gethostname()]
    server.ensure_certificate([n for n in names if n])
    own = f"https://127.0.0.1:{port}"
    phones: dict[str, str] = {}
    access: list[PhoneAccess] = []
    others: list[str] = []
    for device in devices.list_devices(ctx):
        if device.publishes and not (is_loopback(device.carddav_url)
                                     and device.carddav_user == local.APP_LOGIN):
            others.append(device.name)
            continue
        login = local.phone_login(device.id)
        password = _secret(f"carddav-phone:{vault_id}:{device.id}")
        phones[login] = password
        url = own + server.book_path(login)
        if (device.carddav_url, device.carddav_user, device.carddav_certificate) != \
                (url, local.APP_LOGIN, str(server.certificate)):  # else no new audit entry
            devices.set_carddav(ctx, device.name, url, local.APP_LOGIN,
                                certificate=str(server.certificate), check=False)
        devices.remember_carddav_password(ctx, device.name, app_password)
        profile = server.folder / "profiles" / f"{login}.mobileconfig"
        profile.parent.mkdir(parents=True, exist_ok=True)
        profile.write_text(server.mobileconfig(login, address, "WhatsApp (contactvault)"),
                           encoding="utf-8")
        base = f"https://{address}:{port}/"
        access.append(PhoneAccess(device.name, login, password, base,
                                  base.rstrip("/") + server.book_path(login), profile))
    server.write(app_password, phones)
    return Serving(server, address, server.fingerprint(), tuple(access), tuple(others))

