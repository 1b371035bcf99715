"""``contactvault serve``: a CardDAV server on this PC for the WhatsApp phones.

``prepare`` sets the server's folder up from the vault's phones: an address book and a
read-only login per phone, the app's own login that writes, the certificate; and it
points every phone that has no other CardDAV address book at its book on this server,
so that ``publish`` (and publishing at once after a revocation) writes there. The
passwords are random and kept in the OS secret store (never in a file or the vault);
without a secure store the server is not set up. ``LocalServer.serve`` then runs it.

While it runs, the server notes when each phone read its address book and whether that
was the book's latest state (``fetched.json`` in its folder, see carddav/server.py);
``fetch_status`` tells it for a phone, for the phones page and ``devices show``. A phone
that publishes to another CardDAV server: that server does not tell, so neither do we.
"""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from contactvault import clock, errors, timefmt
from contactvault.carddav import server as local
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.model import Device
from contactvault.services import devices
from contactvault.services.devices import device_in
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


def served_here(device: Device) -> bool:
    """The phone publishes to its book on this PC's server (``serve``)."""
    from contactvault.carddav.client import is_loopback  # requests: only when serving

    return device.publishes and is_loopback(device.carddav_url) \
        and device.carddav_user == local.APP_LOGIN


def prepare(ctx: Context, *, folder: Path | None = None, port: int = local.DEFAULT_PORT,
            address: str = "", listen: str = "0.0.0.0", bcrypt_rounds: int = 12) -> Serving:
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
        if device.publishes and not served_here(device):
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


# -- whether the phone fetched what was published ---------------------------------------

FETCHED_CURRENT = QT_TRANSLATE_NOOP("Serving", "Last fetched: {time} (current state)")
FETCHED_OLDER = QT_TRANSLATE_NOOP(
    "Serving", "Last fetched: {time} (older state: the phone has not yet fetched the "
               "publish of {changed})")
NEVER_FETCHED = QT_TRANSLATE_NOOP(
    "Serving", "Never fetched: the phone has not yet read its address book on this PC's "
               "server.")
NOT_KNOWN = QT_TRANSLATE_NOOP(
    "Serving", "Whether the phone fetched its address book is not known: it is on another "
               "CardDAV server, which does not tell.")


@dataclass(frozen=True)
class FetchStatus:
    """``served``: the book is on this PC's server, so ``fetched`` (None: the phone never
    read it while the server ran) tells what the phone took; else nothing is known."""

    served: bool
    fetched: local.Fetched | None = None
    note: Path | None = None  # the server's note (fetched.json), to watch for news

    @property
    def fetched_at(self):
        return self.fetched.fetched_at if self.fetched else None

    @property
    def current(self) -> bool:
        return self.fetched is not None and self.fetched.current

    def text(self) -> str:
        if not self.served:
            return translate("Serving", NOT_KNOWN)
        if self.fetched is None or self.fetched.fetched_at is None:
            return translate("Serving", NEVER_FETCHED)
        at = timefmt.format_time(self.fetched.fetched_at)
        if self.fetched.current:
            return translate("Serving", FETCHED_CURRENT).format(time=at)
        return translate("Serving", FETCHED_OLDER).format(
            time=at, changed=timefmt.format_time(self.fetched.changed_at))

    def as_json(self) -> dict:
        changed = self.fetched.changed_at if self.fetched else None
        return {"served_here": self.served,
                "fetched_at": clock.to_iso(self.fetched_at) if self.fetched_at else None,
                "current": self.current if self.served else None,
                "changed_at": clock.to_iso(changed) if changed else None}


def fetch_status(ctx: Context, device_name: str, *, folder: Path | None = None
                 ) -> FetchStatus | None:
    """Whether the phone fetched its address book's latest state; None for a phone that
    publishes to no address book (file exports: the removal list says what to do)."""
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
    if not device.publishes:
        return None
    if not served_here(device):
        return FetchStatus(False)
    server = local.LocalServer(folder or local.default_folder())
    found = {f.device_id: f for f in local.read_fetched(server.fetch_file)}
    return FetchStatus(True, found.get(device.id), server.fetch_file)
