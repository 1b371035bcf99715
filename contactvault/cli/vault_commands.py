"""init, passwd, backup, restore, remember, forget."""

from __future__ import annotations

from contactvault import errors
from contactvault.cli.common import (
    add_force,
    ask,
    interactive,
    new_passphrase,
    note,
    open_vault,
    open_vault_keyed,
    say,
    scripted_passphrase,
    tr,
    tr_n,
    vault_path,
)
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.services import audit_ops, vaults
from contactvault.vault import damage, keys


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new encrypted vault")
    p.add_argument("--remember", action="store_true",
                   help="remember the passphrase in the system's secret store")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("passwd", help="change the vault's passphrase")
    p.add_argument("--new-passphrase-file", help="read the new passphrase from this file")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("backup", help="write an encrypted copy of the vault")
    p.add_argument("file")
    add_force(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the vault with an encrypted backup")
    p.add_argument("file")
    p.add_argument("--expect", metavar="COUNT:HASH", help=tr(QT_TRANSLATE_NOOP(
        "Cli", "the audit trail head printed when the backup was written; refuses a backup "
               "that no longer holds it")))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="read every page of the vault and report damage")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("remember", help="remember the passphrase in the secret store")
    p.set_defaults(func=cmd_remember)

    p = sub.add_parser("forget", help="remove the passphrase from the secret store")
    p.set_defaults(func=cmd_forget)


def cmd_init(args) -> int:
    path = vault_path(args)
    if path.exists():
        raise errors.VaultExists(path=str(path))
    passphrase = new_passphrase(args, tr(QT_TRANSLATE_NOOP("Cli", "New passphrase: ")))
    vault = vaults.create_vault(path, passphrase)
    say(tr(QT_TRANSLATE_NOOP("Cli", "Created an encrypted vault at {path}")).format(path=path))
    if args.remember:
        _remember(vault, passphrase)
    vault.lock()
    return 0


def _remember(vault, passphrase: str) -> None:
    try:
        store = vaults.remember_passphrase(vault, passphrase)
        note(tr(QT_TRANSLATE_NOOP("Cli", "Passphrase remembered in the secret store ({store})."))
             .format(store=store))
    except errors.NoSecureStore as exc:
        note(exc.message())


def cmd_passwd(args) -> int:
    vault = open_vault(args)
    if args.new_passphrase_file:
        with open(args.new_passphrase_file, encoding="utf-8") as fh:
            new = fh.read().rstrip("\r\n")
    else:
        if not interactive():
            raise errors.NoPassphrase()
        new = ask(tr(QT_TRANSLATE_NOOP("Cli", "New passphrase: ")))
        if ask(tr(QT_TRANSLATE_NOOP("Cli", "Repeat it: "))) != new:
            raise errors.PassphraseRejected(
                reason=tr(QT_TRANSLATE_NOOP("Cli", "the two entries differ")))
    updated_store = vaults.change_passphrase(vault, new)
    vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Passphrase changed.")))
    if updated_store:
        note(tr(QT_TRANSLATE_NOOP("Cli", "The remembered passphrase was updated too.")))
    return 0


def cmd_backup(args) -> int:
    vault = open_vault(args)
    passphrase = new_passphrase(args, tr(QT_TRANSLATE_NOOP("Cli", "Passphrase for the backup: ")))
    try:
        written = vaults.backup(vault, args.file, passphrase, force=args.force)
    finally:
        vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Encrypted backup written to {path}")).format(
        path=written.path))
    say(tr(QT_TRANSLATE_NOOP(
        "Cli", "Audit trail in this backup: {head} (keep it with the backup; 'contactvault "
               "restore --expect' checks against it)")).format(head=written.audit_head))
    return 0


def cmd_restore(args) -> int:
    passphrase = scripted_passphrase(args)
    if passphrase is None:
        if not interactive():
            raise errors.NoPassphrase()
        passphrase = ask(tr(QT_TRANSLATE_NOOP("Cli", "Passphrase of the backup: ")))
    expect = audit_ops.parse_expected(args.expect) if args.expect else None
    restored = vaults.restore(vault_path(args), args.file, passphrase, expect=expect)
    previous = restored.previous
    say(tr(QT_TRANSLATE_NOOP("Cli", "Vault restored from {path}")).format(path=args.file))
    say(tr(QT_TRANSLATE_NOOP("Cli", "Audit trail of the backup verified: {head}")).format(
        head=restored.audit_head))
    if previous is not None:
        note(tr(QT_TRANSLATE_NOOP("Cli", "The replaced vault was kept as {path}"))
             .format(path=previous))
    if keys.recall(vault_path(args)) not in (None, passphrase):
        keys.forget(vault_path(args))
        note(tr(QT_TRANSLATE_NOOP(
            "Cli", "The remembered passphrase did not fit the backup and was forgotten.")))
    return 0


def cmd_check(args) -> int:
    vault, passphrase = open_vault_keyed(args)
    try:
        report = vaults.check(vault, passphrase)
    finally:
        vault.lock()
    if not report.damaged:
        say(tr(QT_TRANSLATE_NOOP("Cli", "The vault is intact.")))
        return 0
    for problem in report.problems[:20]:
        note(problem)
    if len(report.problems) > 20:
        note(tr_n(QT_TRANSLATE_NOOP("Cli", "… and %n more problem(s).", None, 1),
                  len(report.problems) - 20))
    say(tr(QT_TRANSLATE_NOOP("Cli", "The vault {path} is damaged.")).format(path=vault.path))
    if damage.SCHEMA in report.tables:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Affected: the list of tables itself, so all of it.")))
    elif report.tables:
        say(tr(QT_TRANSLATE_NOOP("Cli", "Affected tables:")))
        for table in report.tables:
            label = damage.TABLE_LABELS.get(table)
            say(f"  {table} – {translate('Damage', label)}" if label else f"  {table}")
    say(tr(QT_TRANSLATE_NOOP(
        "Cli", "Until it is restored the vault is read-only: contactvault writes nothing to "
               "it. What to do: restore the last backup with 'contactvault restore FILE' "
               "(the damaged file is kept beside it), then check again.")))
    return errors.EXIT_DAMAGED


def cmd_remember(args) -> int:
    vault = open_vault(args)
    passphrase = scripted_passphrase(args)
    if passphrase is None:
        passphrase = ask(tr(QT_TRANSLATE_NOOP("Cli", "Passphrase to remember: ")))
        vault.lock()
        vault.unlock(passphrase)  # proves it is the right one before storing it
    _remember(vault, passphrase)
    vault.lock()
    return 0


def cmd_forget(args) -> int:
    vault = open_vault(args)
    forgotten = vaults.forget_passphrase(vault)
    vault.lock()
    say(tr(QT_TRANSLATE_NOOP("Cli", "Passphrase forgotten.")) if forgotten
        else tr(QT_TRANSLATE_NOOP("Cli", "Nothing was remembered.")))
    return 0
