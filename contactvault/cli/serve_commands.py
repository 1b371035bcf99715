"""serve: a CardDAV server on this PC for the WhatsApp phones."""

from __future__ import annotations

import errno
import io
import signal
import socket

from contactvault import errors
from contactvault.carddav.server import DEFAULT_PORT, CannotListen, CertificateUnusable
from contactvault.cli.common import note, open_context, say, tr
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.services import serving


def register(sub) -> None:
    p = sub.add_parser(
        "serve", help="run a CardDAV server on this PC for the WhatsApp phones",
        description="For offices without a CardDAV server: runs one on this PC (TLS with "
                    "its own certificate, data in the user's data folder). Each phone gets "
                    "a login that may only read its own address book; only contactvault "
                    "writes to it, when publishing. Prints what to enter on each phone, a "
                    "QR code for DAVx5 and an iOS profile. Ctrl-C stops it.")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="the port to listen on")
    p.add_argument("--address", default="",
                   help="the address the phones reach this PC by (default: its address "
                        "on the local network)")
    p.add_argument("--setup-only", action="store_true",
                   help="set the server up and print the connection data; do not run it")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    ctx = open_context(args)
    try:
        setup = serving.prepare(ctx, port=args.port, address=args.address)
    finally:
        ctx.vault.lock()
    if args.setup_only:
        print_setup(setup)
        return 0
    stop, stop_out = socket.socketpair()

    def stop_now(_number, _frame) -> None:
        stop.close()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop_now)

    def listening() -> None:  # the port is ours: now the connection data is true
        print_setup(setup)
        say(tr(QT_TRANSLATE_NOOP("Cli", "Running; Ctrl-C stops the server.")))

    try:
        setup.server.serve(stop_out, clock=ctx.now, listening=listening)
    except CertificateUnusable as exc:
        note(tr(QT_TRANSLATE_NOOP(
            "Cli", "contactvault: the server's certificate or key in {folder} cannot be "
                   "used. Delete that folder and start the server again to have a new "
                   "certificate made (the phones must then accept the new one).")).format(
            folder=exc.folder))
        return errors.EXIT_SERVER
    except CannotListen as exc:  # the port is taken, or the address is not this PC's
        if exc.errno == errno.EADDRINUSE:
            text = QT_TRANSLATE_NOOP("Cli", "contactvault: port {port} is in use by another "
                                            "program; choose another with --port.")
        else:
            text = QT_TRANSLATE_NOOP("Cli", "contactvault: the server could not listen on "
                                            "port {port} of this PC.")
        note(tr(text).format(port=setup.server.port))
        return errors.EXIT_SERVER
    say(tr(QT_TRANSLATE_NOOP("Cli", "The server stopped.")))
    return 0


def print_setup(setup: serving.Serving) -> None:
    import qrcode

    say(tr(QT_TRANSLATE_NOOP("Cli", "CardDAV server for the WhatsApp phones: "
                                    "https://{address}:{port}/")).format(
        address=setup.address, port=setup.server.port))
    say(tr(QT_TRANSLATE_NOOP("Cli", "Its certificate (compare on the phone), SHA-256: "
                                    "{fingerprint}")).format(fingerprint=setup.fingerprint))
    for phone in setup.phones:
        say("")
        say(tr(QT_TRANSLATE_NOOP("Cli", "{device}: login {login}, password {password}")).format(
            device=phone.device, login=phone.login, password=phone.password))
        say("  " + tr(QT_TRANSLATE_NOOP(
            "Cli", "Android (DAVx5): add an account with URL and user name: {url} (or scan "
                   "the code), accept the certificate if its fingerprint matches.")).format(
            url=phone.server_url))
        code = qrcode.QRCode(border=1)
        code.add_data(phone.server_url)
        code.make()
        text = io.StringIO()
        code.print_ascii(out=text)
        say(text.getvalue().rstrip("\n"))
        say("  " + tr(QT_TRANSLATE_NOOP(
            "Cli", "iPhone: open {profile} on the iPhone (AirDrop or e-mail), install it, "
                   "enter the password.")).format(profile=phone.profile))
    for name in setup.others:
        say(tr(QT_TRANSLATE_NOOP("Cli", "{device} publishes to another CardDAV server; left "
                                        "as it is.")).format(device=name))
