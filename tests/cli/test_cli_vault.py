"""init, passwd, backup, restore and the error lines people see."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PASSPHRASE, REPO


def test_version_and_help(cli):
    result = cli("--version", vault_path=None)
    assert result.code == 0 and result.out.startswith("contactvault ")
    result = cli("--help", vault_path=None)
    assert result.code == 0 and "import" in result.out and "CONTACTVAULT_PASSPHRASE" in result.out


def test_init_creates_vault_once(cli):
    first = cli("init")
    assert first.code == 0, first.err
    assert cli.vault.exists()
    second = cli("init")
    assert second.code != 0
    assert "already exists" in second.err and "Traceback" not in second.err


def test_wrong_passphrase_is_one_clean_line(cli):
    assert cli("init").code == 0
    before = cli.vault.read_bytes()
    result = cli("list", passphrase="wrong passphrase")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "passphrase is wrong" in lines[0]
    assert "ERROR CORE" not in result.err and "hmac" not in result.err
    assert cli.vault.read_bytes() == before


def test_missing_vault_and_no_passphrase(cli, tmp_path):
    result = cli("list", vault_path=tmp_path / "nothing.cvault")
    assert result.code != 0 and "No vault" in result.err
    assert cli("init").code == 0
    result = cli("list", passphrase=None)  # no terminal, no secret store, no variable
    assert result.code != 0 and "No passphrase available" in result.err


def test_passphrase_file(cli, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli("init").code == 0
    result = cli("--passphrase-file", str(secret), "list", passphrase=None)
    assert result.code == 0, result.err


def test_foreign_file_is_refused(cli, tmp_path):
    foreign = tmp_path / "notes.txt"
    foreign.write_bytes(b"")
    result = cli("list", vault_path=foreign)
    assert result.code == 2 and "not a contactvault vault" in result.err
    assert foreign.read_bytes() == b""


def test_passwd(cli, tmp_path):
    assert cli("init").code == 0
    new = tmp_path / "new.txt"
    new.write_text("the next long passphrase", encoding="utf-8")
    result = cli("passwd", "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    assert cli("list").code == 2
    assert cli("list", passphrase="the next long passphrase").code == 0


def test_backup_and_restore(cli, tmp_path):
    assert cli("init").code == 0
    backup = tmp_path / "backup.cvault"
    result = cli("backup", str(backup))
    assert result.code == 0, result.err
    assert backup.exists()
    head = result.out.split("Audit trail in this backup: ")[1].split()[0]
    # the vault's trail holds the backup's head, and its newest entry is the backup,
    # written once the backup was complete, naming that head
    assert cli("audit", "verify", "--expect", head).code == 0
    newest = json.loads(cli("audit", "list", "--json").out)[-1]
    assert newest["action"] == "vault.backup" and newest["details"]["backup_head"] == head
    wrong = cli("restore", str(backup), "--expect", head.split(":")[0] + ":" + "0" * 64)
    assert wrong.code == 11 and "Not restored" in wrong.err
    result = cli("restore", str(backup), "--expect", head)
    assert result.code == 0, result.err
    assert f"Audit trail of the backup verified: {head}" in result.out
    assert "kept as" in result.err
    assert cli("list").code == 0


def test_german_messages(cli):
    assert cli("init").code == 0
    result = cli("list", passphrase="wrong passphrase", env={"CONTACTVAULT_LANG": "de"})
    assert result.code == 2
    assert "Die Passphrase ist falsch" in result.err


def test_cli_and_services_never_load_qt():
    code = (
        "import sys, contactvault.cli, contactvault.services.importing, "
        "contactvault.services.contacts, contactvault.services.vaults\n"
        "import pkgutil, importlib, contactvault\n"
        "for m in pkgutil.walk_packages(contactvault.__path__, 'contactvault.'):\n"
        "    if not m.name.startswith('contactvault.gui'):\n"
        "        importlib.import_module(m.name)\n"
        "contactvault.cli.build_parser()\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
