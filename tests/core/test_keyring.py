"""Remembering the passphrase: only real OS secret stores, never a plaintext fallback.

The real-store tests need a Secret Service: .ci/run runs the suite inside
``dbus-run-session`` with gnome-keyring unlocked and sets CONTACTVAULT_REQUIRE_KEYRING=1,
so there they fail instead of skipping when the store is missing.
"""

from __future__ import annotations

import os

import pytest

from contactvault import errors
from contactvault.services import vaults
from contactvault.vault import keys
from tests.conftest import PASSPHRASE

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def real_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", SECRET_SERVICE)
    status = keys.status()
    if not status.available:
        if os.environ.get("CONTACTVAULT_REQUIRE_KEYRING"):
            pytest.fail(f"a real Secret Service is required here: {status.name}")
        pytest.skip(f"no Secret Service session (run under dbus-run-session): {status.name}")


def test_no_backend_means_no_store_and_a_clear_error(vault):
    assert not keys.status().available
    with pytest.raises(errors.NoSecureStore) as info:
        vaults.remember_passphrase(vault, PASSPHRASE)
    assert "No secure secret store" in info.value.message()
    assert keys.recall(vault.path) is None


@pytest.mark.parametrize("backend", [
    "keyrings.alt.file.PlaintextKeyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.fail.Keyring",
])
def test_insecure_backends_are_refused(vault, monkeypatch, tmp_path, backend):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    assert not keys.status().available
    with pytest.raises(errors.NoSecureStore):
        vaults.remember_passphrase(vault, PASSPHRASE)
    for root, _dirs, files in os.walk(os.environ["XDG_DATA_HOME"]):
        for name in files:
            assert PASSPHRASE.encode() not in open(os.path.join(root, name), "rb").read()


def test_missing_entry_with_existing_vault_is_not_first_run(vault, vault_path):
    vault.lock()
    with pytest.raises(errors.NoPassphrase):
        vaults.unlock_vault(vault_path, None)
    assert vault_path.exists()  # nothing was created or replaced


@pytest.mark.keyring
def test_remember_and_unlock_without_typing(real_keyring, vault, vault_path):
    vaults.remember_passphrase(vault, PASSPHRASE)
    vault.lock()
    unlocked = vaults.unlock_vault(vault_path, None)
    assert unlocked.from_secret_store
    assert not unlocked.vault.is_locked
    assert vaults.forget_passphrase(unlocked.vault)
    assert keys.recall(vault_path) is None
    unlocked.vault.lock()


@pytest.mark.keyring
def test_passphrase_change_updates_the_store(real_keyring, vault, vault_path):
    vaults.remember_passphrase(vault, PASSPHRASE)
    assert vaults.change_passphrase(vault, "another long passphrase") is True
    vault.lock()
    assert keys.recall(vault_path) == "another long passphrase"
    unlocked = vaults.unlock_vault(vault_path, None)
    assert unlocked.from_secret_store
    assert vaults.forget_passphrase(unlocked.vault)
    assert keys.recall(vault_path) is None
    unlocked.vault.lock()


@pytest.mark.keyring
def test_stale_remembered_passphrase_is_a_wrong_passphrase(real_keyring, vault, vault_path):
    keys.remember(vault_path, "stale and wrong passphrase")
    vault.lock()
    with pytest.raises(errors.WrongPassphrase):
        vaults.unlock_vault(vault_path, None)
