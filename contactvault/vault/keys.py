"""Remembering a vault's passphrase in the operating system's secret store.

Only the real OS stores count: Secret Service (GNOME Keyring, KWallet's bridge),
macOS Keychain and the Windows Credential Locker. ``keyring`` may otherwise pick its
"fail" or "null" backend, or a plaintext file store from ``keyrings.alt``; those are
treated as "no secure store" and never used. A missing entry (``None``) only means
"not remembered"; it never means "first run" — whether a vault exists is decided by
the file alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from contactvault import errors

SERVICE = "contactvault"

# module + class names of keyring backends that keep secrets encrypted by the OS
_SECURE_BACKENDS = {
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
}


@dataclass(frozen=True)
class StoreStatus:
    available: bool
    name: str  # backend name, or why there is none


def _secure_backend():
    """The highest-priority secure backend that reports itself usable, or a reason.

    PYTHON_KEYRING_BACKEND (keyring's own setting) narrows the choice to that backend,
    which must still be a secure one; tests use it to isolate themselves.
    """
    try:
        import keyring.backend
        import keyring.core
    except Exception as exc:  # pragma: no cover - keyring is a dependency
        return None, f"keyring not importable: {exc}"
    configured = os.environ.get("PYTHON_KEYRING_BACKEND")
    if configured:
        try:
            backend = keyring.core.load_keyring(configured)
        except Exception as exc:
            return None, f"{configured}: {exc}"
        if (type(backend).__module__, type(backend).__name__) not in _SECURE_BACKENDS:
            return None, f"{configured} is not a secure store"
        try:
            ok = backend.priority > 0
        except Exception as exc:
            return None, str(exc) or type(exc).__name__
        return (backend, "") if ok else (None, f"{configured} is not usable here")
    candidates = []
    for backend in keyring.backend.get_all_keyring():
        key = (type(backend).__module__, type(backend).__name__)
        if key not in _SECURE_BACKENDS:
            continue
        try:
            priority = backend.priority
        except Exception as exc:  # the backend explains why it cannot run here
            candidates.append((None, str(exc)))
            continue
        candidates.append((priority, backend))
    usable = [(p, b) for p, b in candidates if p is not None and p > 0]
    if usable:
        return max(usable, key=lambda pb: pb[0])[1], ""
    reasons = [str(b) for p, b in candidates if p is None]
    return None, "; ".join(reasons) or "no Secret Service, Keychain or Credential Locker found"


def status() -> StoreStatus:
    backend, reason = _secure_backend()
    if backend is None:
        return StoreStatus(False, reason)
    return StoreStatus(True, type(backend).__module__.rsplit(".", 1)[-1])


def _account(vault_path: Path) -> str:
    return str(vault_path.resolve())


def remember(vault_path: Path, passphrase: str) -> None:
    remember_secret(_account(vault_path), passphrase)


def recall(vault_path: Path) -> str | None:
    """The remembered passphrase, or None (no store, locked store, nothing remembered)."""
    return recall_secret(_account(vault_path))


def forget(vault_path: Path) -> bool:
    return forget_secret(_account(vault_path))


# -- any secret of the app (the passphrase above, the CardDAV logins' passwords) --------


def carddav_account(vault_id: str, device_id: int) -> str:
    """Where the password of a phone's CardDAV login is kept: per vault (its identity,
    which survives moving the file and restoring a backup) and per phone."""
    return f"carddav:{vault_id}:{device_id}"


def remember_secret(account: str, secret: str) -> None:
    backend, reason = _secure_backend()
    if backend is None:
        raise errors.NoSecureStore(reason=reason)
    try:
        backend.set_password(SERVICE, account, secret)
    except Exception as exc:
        raise errors.NoSecureStore(reason=str(exc) or type(exc).__name__) from None


def recall_secret(account: str) -> str | None:
    """The kept secret, or None (no store, locked store, nothing kept)."""
    backend, _ = _secure_backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, account)
    except Exception:
        return None


def forget_secret(account: str) -> bool:
    backend, _ = _secure_backend()
    if backend is None:
        return False
    try:
        backend.delete_password(SERVICE, account)
        return True
    except Exception:
        return False
