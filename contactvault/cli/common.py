"""What every command needs: the vault path, the passphrase, printing, JSON."""

from __future__ import annotations

import getpass
import json
import os
import re
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from contactvault import errors, paths
from contactvault.context import Context
from contactvault.i18n import cli_language, translate, translate_n
from contactvault.printable import printable
from contactvault.procedure import templates
from contactvault.services import vaults
from contactvault.vault import Vault, keys

PASSPHRASE_ENV = "CONTACTVAULT_PASSPHRASE"


def tr(text: str) -> str:
    """Translate a CLI message; strings are marked for lupdate with QT_TRANSLATE_NOOP."""
    return translate("Cli", text)


def tr_n(text: str, n: int) -> str:
    """A CLI message with a count, in its plural form for ``n``; mark it for lupdate with
    ``QT_TRANSLATE_NOOP("Cli", "%n …", None, 1)``."""
    return translate_n("Cli", text, n)


def vault_path(args) -> Path:
    return Path(args.vault).expanduser() if args.vault else paths.default_vault_path()


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def scripted_passphrase(args) -> str | None:
    """From --passphrase-file or CONTACTVAULT_PASSPHRASE (documented as less safe)."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise errors.FileUnreadable(path=args.passphrase_file, reason=exc.strerror) from None
        return text.rstrip("\r\n")
    env = os.environ.get(PASSPHRASE_ENV)
    return env if env else None


def ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise errors.NoPassphrase() from None


def open_vault(args) -> Vault:
    """Unlock the vault: scripted passphrase, else the secret store, else a prompt."""
    return open_vault_keyed(args)[0]


def open_vault_keyed(args) -> tuple[Vault, str]:
    """``open_vault``, and the passphrase that opened it (for commands that must open
    the file again, as ``check``)."""
    path = vault_path(args)
    given = scripted_passphrase(args)
    if given is not None:
        return _opened(vaults.unlock_vault(path, given)), given
    where = Vault(path)
    if not where.exists():
        raise errors.VaultNotFound(path=str(where.path))
    remembered = keys.recall(where.path)
    if remembered is not None:
        try:
            return _opened(vaults.unlock_vault(path, remembered)), remembered
        except errors.WrongPassphrase:
            pass  # changed elsewhere: ask the person
    if not interactive():
        raise errors.NoPassphrase()
    passphrase = ask(tr("Passphrase for the vault: "))
    return _opened(vaults.unlock_vault(path, passphrase)), passphrase


def _opened(unlocked: vaults.Unlocked) -> Vault:
    """Warn about another vault at the path and report what the start-up clean-up
    did (to stderr), then hand the vault on."""
    if unlocked.other_vault is not None:
        note("contactvault: ⚠ " + unlocked.other_vault.message())
    for recovered in unlocked.recovered:
        note("contactvault: " + recovered.message())
    return unlocked.vault


def open_context(args) -> Context:
    """Unlock the vault and build the one context this command's service calls share:
    who acts is decided by the context (CONTACTVAULT_ACTOR, the vault's audit.actor
    setting, the OS user), documents are in the command line's language."""
    return Context(open_vault(args), language=templates.language(cli_language()))


def open_context_unasked(args) -> Context | None:
    """``open_context`` when the vault exists and opens without asking anyone (a scripted
    passphrase, or one remembered in the secret store); else None."""
    where = Vault(vault_path(args))
    if not where.exists() or (scripted_passphrase(args) is None
                              and keys.recall(where.path) is None):
        return None
    return open_context(args)


def new_passphrase(args, prompt: str) -> str:
    given = scripted_passphrase(args)
    if given is not None:
        return given
    if not interactive():
        raise errors.NoPassphrase()
    first = ask(prompt)
    second = ask(tr("Repeat it: "))
    if first != second:
        raise errors.PassphraseRejected(reason=tr("the two entries differ"))
    return first


def _jsonable(value: Any) -> Any:
    """What ``json`` cannot write by itself: a dataclass as its fields, a path as text
    (called by the encoder for those only, so large outputs are not walked twice)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def print_json(value: Any) -> None:
    # JSON escapes C0 controls itself; the rest that ``printable`` escapes (DEL, C1,
    # bidirectional controls, undecodable file-name bytes) is written as \uXXXX, so the
    # data stays exact and a terminal showing it stays safe.
    text = json.dumps(value, ensure_ascii=False, default=_jsonable)
    if len(text) < _INDENTED_UP_TO:
        text = json.dumps(value, ensure_ascii=False, indent=2, default=_jsonable)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


# Indented JSON is written by Python's pure-Python encoder (the C one writes only compact
# JSON): for the 35 MB of a 100 000-number overview that took seconds. Larger outputs are
# for programs and stay on one line; everything a person reads in a terminal is indented.
_INDENTED_UP_TO = 1_000_000
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                          "\u2066-\u2069\ud800-\udfff]")


def say(text: str) -> None:
    """Output, to stdout; control characters in it are shown escaped (``printable``),
    line breaks the program put there stay."""
    print(printable(text, keep_newlines=True))


def note(text: str) -> None:
    """Messages about what happened, to stderr, so stdout stays clean for data."""
    print(printable(text, keep_newlines=True), file=sys.stderr)


def add_force(parser) -> None:
    """``--force`` for a command that writes the file the user names."""
    parser.add_argument(
        "--force", action="store_true",
        help="replace the file if it exists (never a vault or a backup: those are refused "
             "even with --force; exit code 12)")
