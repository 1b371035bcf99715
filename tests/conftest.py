"""Shared fixtures: real vault files on disk, the real-world corpus, a clean environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = (REPO.parent / "shared" / "corpus").resolve()
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """No test touches the real user's data, config or keyring, or inherits a passphrase."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CONTACTVAULT_PASSPHRASE", raising=False)
    monkeypatch.setenv("CONTACTVAULT_LANG", "en")
    if not os.environ.get("CONTACTVAULT_TEST_REAL_KEYRING"):
        # Without a real Secret Service session the keyring must say "none", not guess.
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"real-world corpus not found at {CORPUS} (expected ../shared/corpus)")
    return CORPUS


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "vault" / "test.cvault"


@pytest.fixture
def vault(vault_path):
    from contactvault.services import vaults

    v = vaults.create_vault(vault_path, PASSPHRASE)
    yield v
    v.lock()


@pytest.fixture
def ctx(vault):
    """The context services are called with: the ``vault`` fixture's vault, the actor
    decided as in the app, the real clock, German documents."""
    from contactvault.context import Context

    return Context(vault)
