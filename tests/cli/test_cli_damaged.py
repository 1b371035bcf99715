"""A vault with one flipped byte in the middle of the file: nothing writes to it (not
one byte changes), a backup says it is damaged, ``check`` names the affected tables and
what to do, and after restoring the last backup it is writable again."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from contactvault import errors
from tests.conftest import PASSPHRASE, REPO


def _cards(count: int) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kundin {i}\r\nTEL:+49 171 {i:07d}\r\n"
        f"NOTE:{'Notiz ' * 40}\r\nEND:VCARD\r\n" for i in range(count))


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def intact(tmp_path_factory) -> tuple[bytes, bytes]:
    """A real vault with 600 contacts and a backup of it, made once for this module."""
    folder = tmp_path_factory.mktemp("intact")
    vault, backup, book = folder / "v.cvault", folder / "vorher.cvb", folder / "kunden.vcf"
    book.write_text(_cards(600), encoding="utf-8")
    # Module scope runs before the per-test isolation: isolate by hand.
    env = {**os.environ, "CONTACTVAULT_PASSPHRASE": PASSPHRASE, "CONTACTVAULT_LANG": "en",
           "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for args in (("init",), ("import", str(book)), ("backup", str(backup))):
        done = subprocess.run([sys.executable, "-m", "contactvault", "--vault", str(vault),
                               *args], cwd=REPO, env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
    return vault.read_bytes(), backup.read_bytes()


@pytest.fixture
def damaged(cli, tmp_path, intact):
    """That vault with one byte flipped in the middle of the file; returns the backup."""
    data, backup_data = bytearray(intact[0]), intact[1]
    data[len(data) // 2 + 100] ^= 0x01
    cli.vault.write_bytes(bytes(data))
    cli.vault.chmod(0o600)
    backup = tmp_path / "vorher.cvb"
    backup.write_bytes(backup_data)
    return backup


def test_damaged_vault_is_not_written_to(cli, damaged):
    before = _digest(cli.vault)
    for args in (("consent", "grant", "+49 171 0000001"), ("devices", "add", "Telefon"),
                 ("category", "customer", "1")):
        result = cli(*args)
        assert result.code == errors.EXIT_DAMAGED, (args, result.err)
        assert "is damaged" in result.err and "Nothing was written" in result.err
        assert "Traceback" not in result.err
        assert _digest(cli.vault) == before, f"{args} changed the damaged file"
    german = cli("devices", "add", "Telefon", env={"CONTACTVAULT_LANG": "de"})
    assert "ist beschädigt" in german.err and "schreibgeschützt" in german.err
    assert _digest(cli.vault) == before


def test_backup_of_a_damaged_vault_says_so(cli, damaged, tmp_path):
    target = tmp_path / "kopie.cvb"
    result = cli("backup", str(target))
    assert result.code == errors.EXIT_DAMAGED, result.err
    assert "is damaged" in result.err and "Traceback" not in result.err
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kopie")]


def test_check_names_tables_and_what_to_do_then_restore(cli, damaged):
    result = cli("check")
    assert result.code == errors.EXIT_DAMAGED, result.err
    assert "HMAC verification failed for page" in result.err
    assert "Affected tables:" in result.out
    affected = [line.split()[0] for line in result.out.splitlines() if line.startswith("  ")]
    assert affected and set(affected) <= {"contacts", "phones", "source_records", "audit_log"}
    assert "restore the last backup" in result.out
    german = cli("check", env={"CONTACTVAULT_LANG": "de"})
    assert "Betroffene Tabellen:" in german.out and "letzte Sicherung" in german.out
    restored = cli("restore", str(damaged))
    assert restored.code == 0, restored.err
    assert cli("check").code == 0
    assert cli("devices", "add", "Telefon").code == 0  # writable again
