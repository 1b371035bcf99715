"""devices add|list|show|carddav."""

from __future__ import annotations

import os

from contactvault import errors, phones, timefmt
from contactvault.cli.common import (
    ask,
    interactive,
    note,
    open_context,
    print_json,
    say,
    tr,
    tr_n,
)
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.model import PLATFORM_LABELS, Device, Platform
from contactvault.services import devices, exporting, publishing, serving


def register(sub) -> None:
    p = sub.add_parser("devices", help="WhatsApp phones that exports are made for")
    dsub = p.add_subparsers(dest="devices_command", metavar="ACTION", required=True)
    q = dsub.add_parser("add", help="add a WhatsApp phone")
    q.add_argument("name")
    q.add_argument("--owner", default="", help="who uses the phone")
    q.add_argument("--number", default="", help="the phone's own number")
    q.add_argument("--platform", choices=[p.value for p in Platform], default="android")
    q.set_defaults(func=cmd_add)
    q = dsub.add_parser("list", help="list the WhatsApp phones")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = dsub.add_parser("show", help="a phone: its exports, what it holds and why")
    q.add_argument("name")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)
    q = dsub.add_parser(
        "carddav", help="publish this phone's contacts to its address book on a CardDAV server",
        description="Set the phone's own address book on a CardDAV server (Nextcloud, "
                    "Radicale, any RFC 6352 server); 'contactvault publish' then keeps it "
                    "holding exactly the phone's eligible contacts.",
        epilog=CARDDAV_PASSWORD_NOTE)
    q.add_argument("name")
    q.add_argument("--url", help="the address book's own address (https://…)")
    q.add_argument("--user", help="the login that may write the address book")
    q.add_argument("--certificate", default="",
                   help="the server's certificate file, for a server whose certificate is "
                        "self-signed")
    q.add_argument("--no-check", action="store_true",
                   help="store the settings without asking the server first")
    q.add_argument("--off", action="store_true",
                   help="no address book for this phone any more (file exports only)")
    q.set_defaults(func=cmd_carddav)


PASSWORD_ENV = publishing.PASSWORD_ENV
CARDDAV_PASSWORD_NOTE = (
    "The login's password is asked on the terminal and kept in the system's secret "
    "store, never in the vault; for scripts it can come from CONTACTVAULT_CARDDAV_PASSWORD "
    "(less safe: other programs of the same user may read it).")


def device_json(d: Device) -> dict:
    return {"id": d.id, "name": d.name, "owner": d.owner, "phone_number": d.phone_number,
            "platform": d.platform.value, "created_at": d.created_at,
            "carddav_url": d.carddav_url, "carddav_user": d.carddav_user,
            "carddav_certificate": d.carddav_certificate}


def carddav_password(ctx, device: Device) -> str:
    """The password of the phone's CardDAV login: CONTACTVAULT_CARDDAV_PASSWORD, else the
    secret store, else asked on the terminal."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    kept = devices.recall_carddav_password(ctx, device.name)
    if kept is not None:
        return kept
    if not interactive():
        raise errors.NoServerPassword(user=device.carddav_user, device=device.name)
    return ask(tr(QT_TRANSLATE_NOOP("Cli", "Password of the CardDAV login {user}: ")).format(
        user=device.carddav_user))


def cmd_carddav(args) -> int:
    ctx = open_context(args)
    try:
        if args.off:
            device = devices.clear_carddav(ctx, args.name)
            say(tr(QT_TRANSLATE_NOOP(
                "Cli", "{name} has no CardDAV address book any more; cards already on the "
                       "server stay there until you delete them.")).format(name=device.name))
            return 0
        if not args.url or not args.user:
            raise errors.InvalidArgument(what="--url, --user", reason=QT_TRANSLATE_NOOP(
                "Errors", "give both, or --off"))
        device = devices.get_device(ctx, args.name)
        password = os.environ.get(PASSWORD_ENV)
        if not password:
            if not interactive():
                raise errors.NoServerPassword(user=args.user, device=device.name)
            password = ask(tr(QT_TRANSLATE_NOOP(
                "Cli", "Password of the CardDAV login {user}: ")).format(user=args.user))
        device = devices.set_carddav(ctx, device.name, args.url, args.user,
                                     certificate=args.certificate, password=password,
                                     check=not args.no_check)
        kept = True
        try:
            devices.remember_carddav_password(ctx, device.name, password)
        except errors.NoSecureStore as exc:
            kept = False
            note("contactvault: " + exc.message())
    finally:
        ctx.vault.lock()
    say(tr(QT_TRANSLATE_NOOP(
        "Cli", "{name} publishes to the CardDAV address book {url} (login {user}).")).format(
        name=device.name, url=device.carddav_url, user=device.carddav_user))
    if kept:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "The password is kept in the system's secret store.")))
    else:
        say(tr(QT_TRANSLATE_NOOP(
            "Cli", "The password was not kept: it is asked at each publish (or taken from "
                   "CONTACTVAULT_CARDDAV_PASSWORD).")))
    return 0


def cmd_add(args) -> int:
    ctx = open_context(args)
    try:
        device = devices.add_device(ctx, args.name, owner=args.owner,
                                    phone_number=args.number, platform=args.platform)
    finally:
        ctx.vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Added WhatsApp phone {name} ({platform}).")).format(
        name=device.name, platform=translate("Device", PLATFORM_LABELS[device.platform])))
    return 0


def cmd_list(args) -> int:
    ctx = open_context(args)
    try:
        found = devices.list_devices(ctx)
        fetched = {d.name: serving.fetch_status(ctx, d.name) for d in found}
    finally:
        ctx.vault.lock()
    if args.json:
        print_json([{**device_json(d), "fetched": _fetch_json(fetched[d.name])}
                    for d in found])
        return 0
    for d in found:
        extra = ", ".join(x for x in (d.owner, phones.display(d.phone_number)
                                      if d.phone_number.startswith("+") else d.phone_number)
                          if x)
        say(f"{d.name}  [{translate('Device', PLATFORM_LABELS[d.platform])}]"
            + (f"  {extra}" if extra else ""))
        if fetched[d.name] is not None:
            say("  " + fetched[d.name].text())
    return 0


def _fetch_json(fetch: serving.FetchStatus | None) -> dict | None:
    """Whether the phone fetched its address book (None: it publishes to none)."""
    return fetch.as_json() if fetch is not None else None


def cmd_show(args) -> int:
    ctx = open_context(args)
    try:
        device = devices.get_device(ctx, args.name)
        history = exporting.export_history(ctx, device.name)
        held = exporting.proof(ctx, device.name)
        open_removals = exporting.removals(ctx, device.name)
        confirmed = exporting.confirmations(ctx, device.name)
        fetch = serving.fetch_status(ctx, device.name)
    finally:
        ctx.vault.lock()
    if args.json:
        print_json({
            **device_json(device),
            "exports": history,
            "on_phone": [{"contact_uid": p.item.contact_uid, "contact_id": p.item.contact_id,
                          "e164": p.item.e164, "shown_name": p.item.shown_name,
                          "export_id": p.item.export_id, "exported_at": p.item.exported_at,
                          "basis_event_id": p.item.basis_event_id,
                          "basis_event_kind": p.basis_event.kind if p.basis_event else None,
                          "basis_event_at": p.basis_event.occurred_at if p.basis_event
                          else None,
                          "allowed_now": p.decision_now is None}
                         for p in held],
            "open_removals": len(open_removals),
            "confirmed_removals": confirmed,
            "fetched": _fetch_json(fetch),
        })
        return 0
    say(f"{device.name}  [{translate('Device', PLATFORM_LABELS[device.platform])}]")
    if device.owner or device.phone_number:
        say("  " + ", ".join(x for x in (device.owner, device.phone_number) if x))
    if device.publishes:
        say(tr(QT_TRANSLATE_NOOP("Cli", "  CardDAV address book: {url} (login {user})")).format(
            url=device.carddav_url, user=device.carddav_user))
    if fetch is not None:
        say("  " + fetch.text())
    say(tr(QT_TRANSLATE_NOOP("Cli", "  exports: {count}")).format(count=len(history)))
    for e in history:
        days = e.policy_settings.get("implied_max_days")
        period = tr_n(QT_TRANSLATE_NOOP("Cli", "answer period %n day(s)", None, 1), days) \
            if isinstance(days, int) and days > 0 else ""
        say(f"    #{e.id} {timefmt.format_time(e.created_at)} {e.kind} {e.number_count} "
            f"{e.policy}{' (' + period + ')' if period else ''} {e.actor} {e.file_name} "
            f"sha256:{e.file_sha256[:16]}…")
    say(tr_n(QT_TRANSLATE_NOOP("Cli", "  on the phone: %n number(s)", None, 1), len(held)))
    for p in held:
        why = (f"{p.basis_event.kind} #{p.basis_event.id} "
               f"{timefmt.format_time(p.basis_event.occurred_at)}") if p.basis_event else "?"
        flag = "" if p.decision_now is None else "  ⚠ " + p.decision_now.reason_text()
        name, number = p.item.shown_name, phones.display(p.item.e164)
        if p.item.e164.startswith("erased:"):  # an erased person: neither name nor number
            name, number = tr(QT_TRANSLATE_NOOP("Cli", "(erased person)")), "—"
        say(f"    {name}  {number}  ← {why}{flag}")
    say(tr(QT_TRANSLATE_NOOP("Cli", "  open removals: {count}")).format(
        count=len(open_removals)))
    return 0
