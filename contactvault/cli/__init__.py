"""The command line: argument parsing and printing only; every decision is in services.

Each command module has ``register(subparsers)``; add new modules to COMMAND_MODULES.
Errors are one line on stderr and their own exit code (``errors.EXIT_CODES``), never a
traceback unless CONTACTVAULT_DEBUG=1; ``failure`` is the one place that decides both.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys

from contactvault import __version__, errors
from contactvault.i18n import QT_TRANSLATE_NOOP, settle_cli_language, translate
from contactvault.printable import printable

# The module that registers each command: a command line imports only its own (importing
# every command module cost a third of a second on each call). Help for the whole program,
# an unknown command or none at all builds the full parser. tests/cli/test_cli_startup.py
# checks this table against what the modules register.
COMMANDS = {
    "gui": None,
    **dict.fromkeys(["init", "passwd", "backup", "restore", "check", "remember", "forget"],
                    "contactvault.cli.vault_commands"),
    **dict.fromkeys(["import", "list", "show", "category"],
                    "contactvault.cli.contact_commands"),
    "procedure": "contactvault.cli.procedure_commands",
    "consent": "contactvault.cli.consent_commands",
    "notice": "contactvault.cli.consent_commands",
    "chat": "contactvault.cli.chat_commands",
    "devices": "contactvault.cli.device_commands",
    "export": "contactvault.cli.export_commands",
    "removals": "contactvault.cli.export_commands",
    "publish": "contactvault.cli.publish_commands",
    "serve": "contactvault.cli.serve_commands",
    "audit": "contactvault.cli.audit_commands",
    "settings": "contactvault.cli.settings_commands",
    "report": "contactvault.cli.report_commands",
    "proof": "contactvault.cli.report_commands",
    "request": "contactvault.cli.request_commands",
}
# every command module, in the order of the full help
COMMAND_MODULES = list(dict.fromkeys(module for module in COMMANDS.values() if module))
_OPTIONS_WITH_VALUE = ("--vault", "--passphrase-file")

EXIT_INTERNAL = errors.EXIT_INTERNAL
EXIT_INTERRUPTED = errors.EXIT_INTERRUPTED


PASSPHRASE_NOTE = QT_TRANSLATE_NOOP(
    "Cli", "Passphrase: asked on the terminal, taken from the system's secret store,\n"
           "or for scripts from CONTACTVAULT_PASSPHRASE or --passphrase-file\n"
           "(less safe: other programs of the same user may read them).")
FILES_NOTE = QT_TRANSLATE_NOOP(
    "Cli", "Files named with -o or given to backup are never written over a vault or\n"
           "a backup, and over another existing file only with --force.")


def exit_codes_text() -> str:
    """The exit codes, one per line, for ``--help`` (the README lists the same)."""
    heading = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Exit codes:"))
    rows = [f"  {code:>3}  {translate('Errors', text)}" for code, text in errors.EXIT_CODES]
    return "\n".join([heading, *rows])


def command_in(argv: list[str]) -> str | None:
    """The command a command line names (``list`` in ``--vault v.cvault list --json``),
    or None where the whole program is asked about (``--help``, ``--version``, nothing)."""
    words = iter(argv)
    for word in words:
        if word in _OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif word in ("-h", "--help", "--version", "--"):
            return None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the whole command line; given ``argv`` naming a known command, with
    only that command's module loaded."""
    from contactvault.cli import help_language

    command = command_in(argv) if argv is not None else None
    modules = ([] if COMMANDS[command] is None else [COMMANDS[command]]) \
        if command in COMMANDS else COMMAND_MODULES
    help_language.install_argparse_language()
    parser = argparse.ArgumentParser(
        prog="contactvault",
        description="Business contacts in an encrypted vault; only consented numbers "
                    "go onto the WhatsApp phone.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    for name in modules:
        importlib.import_module(name).register(sub)
    help_language.translate_parser(parser)
    # set after the help texts are translated: it is translated piece by piece
    parser.epilog = (translate("Cli", PASSPHRASE_NOTE) + "\n" + translate("Cli", FILES_NOTE)
                     + "\n\n" + exit_codes_text())
    return parser


def _cmd_gui(args) -> int:
    from contactvault.gui.app import run_gui

    return run_gui(args.vault, args.files)


def run(argv: list[str] | None = None) -> int:
    # Text that the terminal's encoding cannot show is escaped, not a crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BaseException as exc:  # noqa: BLE001 - every failure gets its sentence and code
        if isinstance(exc, SystemExit):
            raise
        if os.environ.get("CONTACTVAULT_DEBUG") and not _is_expected(exc):
            raise
        message, code = failure(exc, args)
        if message:
            _tell(message)
        return code


def _is_expected(exc: BaseException) -> bool:
    return isinstance(exc, (errors.ContactVaultError, KeyboardInterrupt, BrokenPipeError))


def failure(exc: BaseException, args=None) -> tuple[str, int]:
    """The one mapping of what went wrong to the line a person reads and the exit code.

    A closed output (``contactvault list | head -1``) ends quietly, as other Unix tools
    do; operating-system and SQLite errors that reach this far are still told as what
    they are (disk full, no permission, busy, damaged) before anything is called a bug.
    """
    if isinstance(exc, BrokenPipeError) or (
            isinstance(exc, OSError) and exc.errno == errno.EPIPE):
        _silence_stdout()
        return "", errors.EXIT_PIPE_CLOSED
    if isinstance(exc, KeyboardInterrupt):
        return translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "contactvault: interrupted; nothing half-done was kept.")), EXIT_INTERRUPTED
    if isinstance(exc, OSError):
        exc = errors.from_os_error(exc)
    else:
        exc = _vault_failure(exc, args) or exc
    if isinstance(exc, errors.ContactVaultError):
        return f"contactvault: {exc.message()}", exc.exit_code
    return translate("Cli", QT_TRANSLATE_NOOP(
        "Cli", "contactvault: internal error ({kind}: {detail}). "
               "Run with CONTACTVAULT_DEBUG=1 for details.")).format(
        kind=type(exc).__name__, detail=str(exc)[:200]), EXIT_INTERNAL


def _vault_failure(exc: BaseException, args) -> errors.ContactVaultError | None:
    """A SQLite error that escaped the vault's own translation (a bug, but still told as
    what it means for the vault file)."""
    from contactvault.cli.common import vault_path
    from contactvault.vault import connection

    if not isinstance(exc, connection.DatabaseError) or args is None:
        return None
    return connection.classify(exc, vault_path(args))


def _tell(message: str) -> None:
    try:
        print(printable(message), file=sys.stderr, flush=True)
    except OSError:
        pass  # stderr is gone too; the exit code still says it


def _silence_stdout() -> None:
    """Nothing more can reach the reader; point stdout at /dev/null so that the flush at
    interpreter exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main() -> None:
    settle_cli_language()  # this process is the command line: its language is fixed now
    sys.exit(run())
