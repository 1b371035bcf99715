"""The vault's identity: a random id made with it and kept inside it; the app remembers
it per path and warns when the file at that path is a different vault."""

from __future__ import annotations

import shutil

from contactvault import known_vaults
from contactvault.services import vaults
from contactvault.vault import Vault, pending_files
from tests.conftest import PASSPHRASE

WARNING = "is not the vault that was opened here before"


def test_a_different_vault_at_the_same_path_is_reported(cli, tmp_path):
    assert cli("init").code == 0
    first = cli("list")
    assert first.code == 0 and WARNING not in first.err
    other = tmp_path / "elsewhere" / "other.cvault"
    vaults.create_vault(other, PASSPHRASE).lock()  # the same passphrase, another vault
    shutil.copyfile(other, cli.vault)

    swapped = cli("list")
    assert swapped.code == 0
    assert WARNING in swapped.err and str(cli.vault) in swapped.err, swapped.err
    again = cli("list")  # said once, clearly; then it is the vault known at this path
    assert WARNING not in again.err


def test_german_warning(cli, tmp_path):
    assert cli("init").code == 0
    assert cli("list").code == 0
    other = tmp_path / "other.cvault"
    vaults.create_vault(other, PASSPHRASE).lock()
    shutil.copyfile(other, cli.vault)
    result = cli("list", env={"CONTACTVAULT_LANG": "de"})
    assert "nicht der Tresor, der hier zuvor geöffnet wurde" in result.err, result.err


def test_a_restored_backup_of_the_same_vault_is_no_surprise(cli, tmp_path):
    assert cli("init").code == 0
    backup = tmp_path / "saved.cvb"
    assert cli("backup", str(backup)).code == 0
    assert cli("restore", str(backup)).code == 0
    result = cli("list")
    assert result.code == 0 and WARNING not in result.err


def test_restoring_another_vaults_backup_is_deliberate(cli, tmp_path):
    """restore replaces the vault on purpose: the new identity is remembered at once."""
    assert cli("init").code == 0
    other = tmp_path / "other.cvault"
    vaults.create_vault(other, PASSPHRASE).lock()
    backup = tmp_path / "other.cvb"
    assert cli("backup", str(backup), vault_path=other).code == 0
    assert cli("restore", str(backup)).code == 0
    assert WARNING not in cli("list").err


def test_identity_is_made_with_the_vault_and_kept(tmp_path):
    path = tmp_path / "v.cvault"
    vault = vaults.create_vault(path, PASSPHRASE)
    identity = vaults.vault_id(vault)
    vault.lock()
    assert len(identity) == 32 and known_vaults.vault_id_for(path) == identity
    again = Vault.open(path, PASSPHRASE)
    with again.reading() as conn:
        assert pending_files.vault_id(conn) == identity
    again.lock()
    second = vaults.create_vault(tmp_path / "w.cvault", PASSPHRASE)
    assert vaults.vault_id(second) != identity
    second.lock()
