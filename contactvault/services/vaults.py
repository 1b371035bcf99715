"""Creating, unlocking, re-keying, backing up and restoring vaults.

These work on vaults and paths, before a context exists (or around it); who acts is
still decided by ``context.actor_in``, the one place that decides it."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from contactvault import audit, clock, errors, known_vaults
from contactvault.context import actor_in
from contactvault.services import outgoing
from contactvault.vault import Vault, damage, keys
from contactvault.vault import pending_files as pending_store


@dataclass(frozen=True)
class Unlocked:
    vault: Vault
    from_secret_store: bool
    # what the start-up clean-up finished for processes that were killed (to report)
    recovered: tuple[outgoing.Recovered, ...] = ()


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
    if not vault.exists():
        raise errors.VaultNotFound(path=str(vault.path))
    remembered = passphrase is None
    if remembered:
        passphrase = keys.recall(vault.path)
        if passphrase is None:
            raise errors.NoPassphrase()
    vault.unlock(passphrase)
    try:
        _remember_identity(vault)
        recovered = tuple(outgoing.recover(vault))
    except (errors.VaultDamaged, errors.VaultReadOnly, errors.VaultBusy):
        recovered = ()  # cannot write now: the next start that can finishes it
    except BaseException:
        vault.lock()
        raise
    return Unlocked(vault, remembered, recovered)


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
        audit.record(conn, "passphrase.change", actor=actor_in(conn, actor), at=clock.now_iso())
    vault.change_passphrase(new_passphrase)
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
    """Replace the vault with a backup. The replaced vault is kept beside it, renamed.
    The backup must open with ``passphrase``, be a contactvault vault and its audit
    trail must verify (with ``expect``: still hold the head printed at backup time), or
    nothing changes (BackupTrailBroken)."""
    vault_path = Path(vault_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = vault_path.with_name(f".{vault_path.name}.restoring-{os.getpid()}")
    try:
        shutil.copyfile(source, staging)
        os.chmod(staging, 0o600)
    except FileNotFoundError:
        raise errors.VaultNotFound(path=str(source)) from None
    except OSError as exc:
        staging.unlink(missing_ok=True)
        if exc.errno == 28:
            raise errors.DiskFull(path=str(vault_path)) from None
        raise errors.FileNotWritable(path=str(vault_path), reason=exc.strerror) from None
    # Opening the copy proves passphrase and format (and upgrades an older backup's
    # schema) without touching the backup file itself.
    try:
        copy = Vault.open(staging, passphrase)
        try:
            with copy.reading() as conn:
                checked = audit.verify(conn, expect)
        finally:
            copy.lock()
    except errors.ContactVaultError as exc:
        staging.unlink(missing_ok=True)
        exc.fields["path"] = str(source)
        raise
    if not checked.ok:
        staging.unlink(missing_ok=True)
        refused = errors.BackupTrailBroken(path=str(source), problem=checked.problem_text())
        if checked.problem in audit.HEAD_PROBLEMS:
            refused.exit_code = errors.EXIT_HEAD_NOT_HELD
        raise refused
    previous = None
    if vault_path.exists():
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        previous = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
        os.replace(vault_path, previous)
    os.replace(staging, vault_path)
    restored = Vault.open(vault_path, passphrase)
    try:
        with restored.transaction() as conn:
            audit.record(conn, "vault.restore", actor=actor_in(conn, actor), at=clock.now_iso(),
                         details={"from": source.name, "backup_head": checked.head_text})
    finally:
        restored.lock()
    return Restored(previous, checked.head_text)
