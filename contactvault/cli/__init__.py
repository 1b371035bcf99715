"""The command line: argument parsing and printing only; every decision is in services.

Each command module has ``register(subparsers)``; add new modules to COMMAND_MODULES.
Errors are one line on stderr and a non-zero exit code (see ``run``), never a traceback
unless CONTACTVAULT_DEBUG=1.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from contactvault import __version__, errors
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

COMMAND_MODULES = [
    "contactvault.cli.vault_commands",
    "contactvault.cli.contact_commands",
    "contactvault.cli.procedure_commands",
    "contactvault.cli.consent_commands",
    "contactvault.cli.device_commands",
    "contactvault.cli.export_commands",
    "contactvault.cli.audit_commands",
]

EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contactvault",
        description="Business contacts in an encrypted vault; only consented numbers "
                    "go onto the WhatsApp phone.",
        epilog="Passphrase: asked on the terminal, taken from the system's secret store, "
               "or for scripts from CONTACTVAULT_PASSPHRASE or --passphrase-file "
               "(less safe: other programs of the same user may read them).",
    )
    parser.add_argument("--version", action="version", version=f"contactvault {__version__}")
    parser.add_argument("--vault", metavar="PATH",
                        help="vault file (default: the user data directory)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE (for scripts; less safe)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop app")
    gui.add_argument("files", nargs="*", metavar="FILE",
                     help="address books to import once the vault is unlocked")
    gui.set_defaults(func=_cmd_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _cmd_gui(args) -> int:
    from contactvault.gui.app import run_gui

    return run_gui(args.vault, args.files)


def run(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except errors.ContactVaultError as exc:
        print(f"contactvault: {exc.message()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "contactvault: interrupted; "
                                                  "nothing half-done was kept.")),
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # one line for people; the traceback on request
        if os.environ.get("CONTACTVAULT_DEBUG"):
            raise
        print(translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "contactvault: internal error ({kind}: {detail}). "
                   "Run with CONTACTVAULT_DEBUG=1 for details.")).format(
                kind=type(exc).__name__, detail=str(exc)[:200]),
              file=sys.stderr)
        return EXIT_INTERNAL


def main() -> None:
    sys.exit(run())
