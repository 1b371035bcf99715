"""Creating, unlocking, re-keying, backing up and restoring vaults.

These work on vaults and paths, before a context exists (or around it); who acts is
still decided by ``context.actor_in``, the one place that decides it."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from contactvault import audit, clock, errors
from contactvault.context import actor_in
from contactvault.vault import Vault, keys


@dataclass(frozen=True)
class Unlocked:
    vault: Vault
    from_secret_store: bool


def create_vault(path: Path | str, passphrase: str, *, actor: str | None = None) -> Vault:
    vault = Vault.create(path, passphrase)
    with vault.transaction() as conn:
        audit.record(conn, "vault.create", actor=actor_in(conn, actor), at=clock.now_iso())
    return vault


def unlock_vault(path: Path | str, passphrase: str | None = None) -> Unlocked:
    """Open with the given passphrase, or with the one remembered in the secret store.

    A remembered passphrase that no longer fits (changed elsewhere) is reported as a
    wrong passphrase, so the caller asks the person instead.
    """
    vault = Vault(path)
    if not vault.exists():
        raise errors.VaultNotFound(path=str(vault.path))
    if passphrase is None:
        passphrase = keys.recall(vault.path)
        if passphrase is None:
            raise errors.NoPassphrase()
        vault.unlock(passphrase)
        return Unlocked(vault, True)
    vault.unlock(passphrase)
    return Unlocked(vault, False)


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
           actor: str | None = None) -> Path:
    """Write an encrypted copy of the whole vault (openable with ``passphrase``)."""
    target = Path(target).expanduser().absolute()
    with vault.transaction() as conn:
        audit.record(conn, "vault.backup", actor=actor_in(conn, actor), at=clock.now_iso(),
                     details={"file": target.name})
    vault.write_backup(target, passphrase)
    return target


def restore(vault_path: Path | str, source: Path | str, passphrase: str, *,
            actor: str | None = None) -> Path | None:
    """Replace the vault with a backup. The replaced vault is kept beside it, renamed;
    returns that path (None if there was no vault). The backup must open with
    ``passphrase`` and be a contactvault vault, or nothing changes."""
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
        Vault.open(staging, passphrase).lock()
    except errors.ContactVaultError as exc:
        staging.unlink(missing_ok=True)
        exc.fields["path"] = str(source)
        raise
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
                         details={"from": source.name})
    finally:
        restored.lock()
    return previous
