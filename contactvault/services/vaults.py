"""Creating, unlocking, re-keying, backing up and restoring vaults.

These work on vaults and paths, before a context exists (or around it); who acts is
still decided by ``context.actor_in``, the one place that decides it."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from contactvault import audit, clock, crashpoints, errors, known_vaults, output_files
from contactvault.context import actor_in
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.services import outgoing
from contactvault.vault import Vault, damage, keys
from contactvault.vault import pending_files as pending_store

OTHER_VAULT = QT_TRANSLATE_NOOP(
    "Vaults", "Warning: {path} is not the vault that was opened here before (its identity "
              "was {known}, now it is {found}). Someone replaced the file, or restored a "
              "backup of another vault. Check that these are the contacts and consents you "
              "expect before you record anything or export to a phone.")


@dataclass(frozen=True)
class OtherVault:
    """The file at a path is a different vault than the one opened there before."""

    path: str
    known: str  # the identity remembered for the path
    found: str  # the identity of the vault there now

    def message(self) -> str:
        return translate("Vaults", OTHER_VAULT).format(
            path=self.path, known=self.known[:8], found=self.found[:8])


@dataclass(frozen=True)
class Unlocked:
    vault: Vault
    from_secret_store: bool
    # what the start-up clean-up finished for processes that were killed (to report)
    recovered: tuple = ()  # outgoing.Recovered and RestoreLeftover, each with message()
    other_vault: OtherVault | None = None  # to warn about, clearly


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    audit_head: str  # the audit trail's head stored in the backup (count:hash)


@dataclass(frozen=True)
class Restored:
    previous: Path | None  # the replaced vault, kept beside it (None if there was none)
    audit_head: str  # the head of the backup's audit trail, checked before restoring


def create_vault(path: Path | str, passphrase: str, *, actor: str | None = None) -> Vault:
    vault = Vault.create(path, passphrase)
    with vault.transaction() as conn:
        audit.record(conn, "vault.create", actor=actor_in(conn, actor), at=clock.now_iso())
    _remember_identity(vault)
    return vault


def vault_id(vault: Vault) -> str:
    """The vault's identity: a random id made with it, carried by its backups."""
    with vault.reading() as conn:
        return pending_store.vault_id(conn) or ""


def _remember_identity(vault: Vault) -> None:
    known_vaults.remember(vault.path, vault_id(vault))


def unlock_vault(path: Path | str, passphrase: str | None = None) -> Unlocked:
    """Open with the given passphrase, or with the one remembered in the secret store.

    A remembered passphrase that no longer fits (changed elsewhere) is reported as a
    wrong passphrase, so the caller asks the person instead.
    """
    vault = Vault(path)
    leftovers = tuple(clean_up_restores(vault.path))
    if not vault.exists():
        raise errors.VaultNotFound(path=str(vault.path))
    remembered = passphrase is None
    if remembered:
        passphrase = keys.recall(vault.path)
        if passphrase is None:
            raise errors.NoPassphrase()
    vault.unlock(passphrase)
    try:
        identity = vault_id(vault)
        known = known_vaults.vault_id_for(vault.path)
        other = OtherVault(str(vault.path), known, identity) \
            if known and identity and known != identity else None
        known_vaults.remember(vault.path, identity)
        try:
            recovered = tuple(outgoing.recover(vault))
        except (errors.VaultDamaged, errors.VaultReadOnly, errors.VaultBusy):
            recovered = ()  # cannot write now: the next start that can finishes it
    except BaseException:
        vault.lock()
        raise
    return Unlocked(vault, remembered, leftovers + recovered, other)


def check(vault: Vault, passphrase: str) -> damage.DamageReport:
    """Read every page and b-tree; when something is damaged, which tables it is in."""
    report = damage.DamageReport(problems=vault.check_integrity())
    if report.damaged:
        report.tables = damage.affected_tables(vault.path, passphrase)
    return report


def remember_passphrase(vault: Vault, passphrase: str, *, actor: str | None = None) -> str:
    """Store the passphrase in the OS secret store; returns the store's name."""
    keys.remember(vault.path, passphrase)
    with vault.transaction() as conn:
        audit.record(conn, "passphrase.remember", actor=actor_in(conn, actor), at=clock.now_iso())
    return keys.status().name


def forget_passphrase(vault: Vault, *, actor: str | None = None) -> bool:
    forgotten = keys.forget(vault.path)
    if forgotten:
        with vault.transaction() as conn:
            audit.record(conn, "passphrase.forget", actor=actor_in(conn, actor), at=clock.now_iso())
    return forgotten


def change_passphrase(vault: Vault, new_passphrase: str, *, actor: str | None = None) -> bool:
    """Re-key the vault; a remembered passphrase is updated too. Returns whether it was."""
    was_remembered = keys.recall(vault.path) is not None
    with vault.transaction() as conn:
        # SQLCipher's rekey rewrites every page and commits the open transaction with
        # it: the entry and the new key are one commit (the kill -9 tests check both).
        audit.record(conn, "passphrase.change", actor=actor_in(conn, actor), at=clock.now_iso())
        crashpoints.reached("passwd.recorded")
        vault.change_passphrase(new_passphrase)
    crashpoints.reached("passwd.changed")
    if was_remembered:
        try:
            keys.remember(vault.path, new_passphrase)
        except errors.NoSecureStore:
            keys.forget(vault.path)
            return False
    return was_remembered


def backup(vault: Vault, target: Path | str, passphrase: str, *,
           actor: str | None = None, force: bool = False) -> BackupWritten:
    """Write an encrypted copy of the whole vault (openable with ``passphrase``) and
    return the head of the audit trail it holds, to be kept with the backup and checked
    on restore (``--expect``).

    Registered before the copy starts, written under a temporary name, then renamed
    (services/outgoing.py); the ``vault.backup`` entry is written when the backup is
    complete and names the head the copy holds, so a killed backup leaves no file and
    no entry."""
    target = Path(target).expanduser().absolute()
    heads: list[str] = []

    def fill(temp: Path) -> dict:
        last = vault.write_backup(temp, passphrase, target)
        heads.append(str(audit.Head(*last)) if last else "")
        return {"backup_head": heads[-1]}

    outgoing.write(vault, outgoing.BACKUP, target, fill, force=force,
                   who=lambda conn: actor_in(conn, actor), at=clock.now_iso(),
                   action="vault.backup", details={"file": target.name})
    return BackupWritten(target, heads[-1])


def restore(vault_path: Path | str, source: Path | str, passphrase: str, *,
            actor: str | None = None, expect: audit.Head | None = None) -> Restored:
    """Replace the vault with a backup. The backup must open with ``passphrase``, be a
    contactvault vault and its audit trail must verify (with ``expect``: still hold the
    head printed at backup time), or nothing changes (BackupTrailBroken).

    The path always holds a whole vault: the backup is copied beside the vault
    (owner-only), checked, given its ``vault.restore`` entry, and then replaces the vault
    in one rename. The replaced vault is kept beside it under a second name (a hard
    link made before the rename, so it is never missing either); ``previous`` says
    where. A killed restore leaves at most a staging copy or that second name, which
    the next start removes (``clean_up_restores``)."""
    vault_path = Path(vault_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    clean_up_restores(vault_path)
    staging = vault_path.with_name(f"{_STAGING_PREFIX.format(name=vault_path.name)}"
                                   f"{os.getpid()}")
    try:
        _copy_owner_only(source, staging)
    except FileNotFoundError:
        raise errors.VaultNotFound(path=str(source)) from None
    except OSError as exc:
        output_files.remove_quietly(staging)
        raise errors.from_os_error(exc, vault_path, writing=True) from None
    crashpoints.reached("restore.copied")
    # Opening the copy proves passphrase and format (and upgrades an older backup's
    # schema) without touching the backup file itself.
    try:
        copy = Vault.open(staging, passphrase)
        try:
            with copy.reading() as conn:
                checked = audit.verify(conn, expect)
            if checked.ok:
                with copy.transaction() as conn:
                    audit.record(conn, "vault.restore", actor=actor_in(conn, actor),
                                 at=clock.now_iso(),
                                 details={"from": source.name, "backup_head": checked.head_text})
                restored_id = vault_id(copy)
        finally:
            copy.lock()
    except BaseException as exc:
        output_files.remove_quietly(staging, staging.with_name(staging.name + "-journal"))
        if isinstance(exc, errors.ContactVaultError):
            exc.fields["path"] = str(source)
        raise
    if not checked.ok:
        output_files.remove_quietly(staging)
        refused = errors.BackupTrailBroken(path=str(source), problem=checked.problem_text())
        if checked.problem in audit.HEAD_PROBLEMS:
            refused.exit_code = errors.EXIT_HEAD_NOT_HELD
        raise refused
    crashpoints.reached("restore.checked")
    previous = None
    try:
        if vault_path.exists():
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            previous = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
            _keep(vault_path, previous)
            crashpoints.reached("restore.kept")
        os.replace(staging, vault_path)  # the one rename: old vault, then the restored one
    except OSError as exc:
        output_files.remove_quietly(staging)
        if previous is not None and _same_file(previous, vault_path):
            output_files.remove_quietly(previous)
        raise errors.from_os_error(exc, vault_path, writing=True) from None
    output_files.sync_folder(vault_path.parent)
    crashpoints.reached("restore.replaced")
    known_vaults.remember(vault_path, restored_id)
    return Restored(previous, checked.head_text)


# A restore's staging copy beside the vault; the process id follows.
_STAGING_PREFIX = ".{name}.restoring-"


def _copy_owner_only(source: Path, target: Path) -> None:
    """Copy a file into a new owner-only file, made durable (never mode 0644, not even
    for an instant)."""
    with open(source, "rb") as src:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())


def _keep(vault_path: Path, previous: Path) -> None:
    """Give the current vault a second name (a hard link: no copy, and the vault path
    keeps its file); file systems without hard links get a copy. Its rollback journal,
    if a killed writer left one, goes with it, so it never meets the restored file."""
    try:
        os.link(vault_path, previous)
    except FileExistsError:
        raise
    except OSError:
        _copy_owner_only(vault_path, previous)
    journal = vault_path.with_name(vault_path.name + "-journal")
    if journal.exists():
        os.replace(journal, previous.with_name(previous.name + "-journal"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


RESTORE_STAGING_REMOVED = QT_TRANSLATE_NOOP(
    "Vaults", "A restore was interrupted before it replaced the vault; its copy {path} was "
              "removed. The vault is as it was.")
RESTORE_NAME_REMOVED = QT_TRANSLATE_NOOP(
    "Vaults", "A restore was interrupted before it replaced the vault; the second name "
              "{path} it had given the vault was removed. The vault is as it was.")


@dataclass(frozen=True)
class RestoreLeftover:
    """What a killed restore left beside the vault and the start-up removed."""

    path: str
    template: str

    def message(self) -> str:
        return translate("Vaults", self.template).format(path=self.path)


def clean_up_restores(vault_path: Path | str) -> list[RestoreLeftover]:
    """Remove what a killed restore left beside the vault: a staging copy whose process
    is gone, and a "before-restore" name that is still the vault itself (the restore was
    killed between keeping the old vault and replacing it)."""
    vault_path = Path(vault_path).expanduser().absolute()
    found: list[RestoreLeftover] = []
    try:
        names = os.listdir(vault_path.parent)
    except OSError:
        return found
    staging_prefix = _STAGING_PREFIX.format(name=vault_path.name)
    for name in names:
        path = vault_path.parent / name
        if name.startswith(staging_prefix):
            pid = name[len(staging_prefix):].split("-", 1)[0]
            if pid.isdigit() and not outgoing.owner_alive(pid) and not name.endswith(
                    "-journal"):
                output_files.remove_quietly(path, path.with_name(name + "-journal"))
                found.append(RestoreLeftover(str(path), RESTORE_STAGING_REMOVED))
        elif name.startswith(f"{vault_path.name}.before-restore-") and \
                not name.endswith("-journal") and _same_file(path, vault_path):
            output_files.remove_quietly(path)
            found.append(RestoreLeftover(str(path), RESTORE_NAME_REMOVED))
    return found
