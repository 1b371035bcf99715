"""kill -9 at every step of writing a file that leaves the vault: the real command line
is made to SIGKILL itself at each crash point (contactvault/crashpoints.py), then the
next start must leave either no file and no record, or both — and nothing else."""

from __future__ import annotations

import json
import signal
import stat

import pytest

from contactvault.context import Context
from contactvault.services import consent, devices
from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person

KILLED = -signal.SIGKILL
STEPS = ["registered", "written", "recorded", "published", "done"]


@pytest.fixture
def shop(cli):
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    with vault.transaction() as conn:
        for i in range(40):
            insert_person(conn, f"Kunde {i}", [f"0171 20000{i:02d}"])
    ctx = Context(vault)
    fill_company(ctx)  # the notice handed over with a grant must be complete
    devices.add_device(ctx, "Werkstatt")
    for i in range(40):
        consent.record_event(ctx, f"0171 20000{i:02d}", "granted", with_notice=True)
    vault.lock()


def _kill_at(point: str) -> dict:
    return {"CONTACTVAULT_TEST_KILL_AT": point}


def _audit(cli, action: str) -> list:
    listed = cli("audit", "list", "--json")
    assert listed.code == 0, listed.err
    return [e for e in json.loads(listed.out) if e["action"] == action]


def _others(folder, *keep) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize(("step", "fmt"), [(step, "vcard") for step in STEPS] + [
    ("written", "selection"), ("recorded", "selection")])  # a document instead of a vCard
def test_export_killed_at_every_step(cli, shop, tmp_path, step, fmt):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / ("phone.vcf" if fmt == "vcard" else "phone.html")
    killed = cli("export", "--device", "Werkstatt", "--format", fmt, "-o", str(target),
                 env=_kill_at(f"export.{step}"))
    assert killed.code == KILLED, killed.err

    # the next start finishes what the killed process left, and says so
    after = cli("devices", "show", "Werkstatt", "--json")
    assert after.code == 0, after.err
    if step != "done":
        assert "was interrupted" in after.err, after.err
    exports = json.loads(after.out)["exports"]
    # the trail is append-only: an export taken back has a second entry saying so
    recorded = {e["details"]["export"] for e in _audit(cli, "export")}
    rolled_back = {e["details"]["export"] for e in _audit(cli, "export.rolled_back")}
    if target.exists():
        assert step in ("published", "done")
        assert len(exports) == 1 and exports[0]["file_name"] == target.name
        assert recorded == {exports[0]["id"]} and rolled_back == set()
        assert exports[0]["number_count"] == 40
    else:
        assert step in ("registered", "written", "recorded")
        assert exports == [] and recorded == rolled_back
        assert len(recorded) == (1 if step == "recorded" else 0)
    assert cli("audit", "verify").code == 0  # records and trail agree
    assert _others(out_dir, target.name) == []  # no temporary file left
    if step != "recorded":
        return
    # and the next export works normally
    again = cli("export", "--device", "Werkstatt", "--format", fmt, "--force",
                "-o", str(target))
    assert again.code == 0, again.err
    assert "interrupted" not in again.err


@pytest.mark.parametrize("step", STEPS)
def test_backup_killed_at_every_step(cli, shop, tmp_path, step):
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    target = out_dir / "monday.cvb"
    killed = cli("backup", str(target), env=_kill_at(f"backup.{step}"))
    assert killed.code == KILLED, killed.err
    after = cli("list")
    assert after.code == 0, after.err
    if step != "done":
        assert "backup" in after.err and "interrupted" in after.err, after.err
    recorded = _audit(cli, "vault.backup")
    if target.exists():
        assert step in ("published", "done")
        assert len(recorded) == 1
        copy = Vault.open(target, PASSPHRASE)  # whole, and without the pending row
        copy.lock()
    else:
        assert step in ("registered", "written", "recorded")
        assert recorded == []
    assert _others(out_dir, target.name) == []  # no partial file, no journal


@pytest.mark.parametrize("step", STEPS)
def test_protocol_killed_at_every_step(cli, shop, tmp_path, step):
    assert cli("procedure", "start", "--device", "Werkstatt",
               "--starting-point", "new_phone").code == 0
    target = tmp_path / "protocol.html"
    killed = cli("procedure", "protocol", "--device", "Werkstatt", "-o", str(target),
                 env=_kill_at(f"document.{step}"))
    assert killed.code == KILLED, killed.err
    assert cli("list").code == 0
    recorded = _audit(cli, "procedure.protocol")
    assert (target.exists(), len(recorded)) in ((True, 1), (False, 0))
    assert target.exists() == (step in ("published", "done"))
    assert _others(tmp_path, target.name, "cli.cvault", "home") == []


@pytest.mark.parametrize("step", ["copied", "checked", "kept", "replaced"])
def test_restore_killed_at_every_step(cli, tmp_path, step):
    """The vault path always holds a whole vault: the old one, or the restored one."""
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    with vault.transaction() as conn:
        insert_person(conn, "In the backup", ["0171 3000001"])
    vault.lock()
    backup = tmp_path / "saved.cvb"
    assert cli("backup", str(backup)).code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    with vault.transaction() as conn:
        insert_person(conn, "After the backup", ["0171 3000002"])
    vault.lock()

    killed = cli("restore", str(backup), env=_kill_at(f"restore.{step}"))
    assert killed.code == KILLED, killed.err
    after = cli("list", "--json")  # the next start: the path holds a whole vault
    assert after.code == 0, after.err
    names = json.loads(after.out)
    if step == "replaced":
        assert len(names) == 1  # the restored vault
        kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
        assert len(kept) == 1 and Vault.open(kept[0], PASSPHRASE).lock() is None
    else:
        assert len(names) == 2  # the vault as it was
        assert "restore was interrupted" in after.err, after.err
    leftovers = sorted(p.name for p in tmp_path.iterdir()
                       if p.name not in ("cli.cvault", "saved.cvb")
                       and ".before-restore-" not in p.name)
    assert leftovers == []
    assert not [p for p in tmp_path.iterdir() if ".before-restore-" in p.name
                and step != "replaced"]
    assert cli("audit", "verify").code == 0


def test_restore_says_where_the_previous_vault_is(cli, tmp_path):
    assert cli("init").code == 0
    backup = tmp_path / "saved.cvb"
    assert cli("backup", str(backup)).code == 0
    result = cli("restore", str(backup))
    assert result.code == 0, result.err
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and f"kept as {kept[0]}" in result.err
    assert stat.S_IMODE(cli.vault.stat().st_mode) == 0o600


@pytest.mark.parametrize("step", ["recorded", "changed"])
def test_passwd_killed_records_with_the_change(cli, tmp_path, step):
    """The "passphrase.change" entry exists exactly when the new passphrase is in force."""
    assert cli("init").code == 0
    new = tmp_path / "new.txt"
    new.write_text("the next long passphrase\n")
    killed = cli("passwd", "--new-passphrase-file", str(new),
                 env=_kill_at(f"passwd.{step}"))
    assert killed.code == KILLED, killed.err
    in_force = "the next long passphrase" if step == "changed" else PASSPHRASE
    listed = cli("audit", "list", "--json", passphrase=in_force)
    assert listed.code == 0, listed.err
    changes = [e for e in json.loads(listed.out) if e["action"] == "passphrase.change"]
    assert len(changes) == (1 if step == "changed" else 0)
    other = PASSPHRASE if step == "changed" else "the next long passphrase"
    assert cli("list", passphrase=other).code == 2
    assert cli("audit", "verify", passphrase=in_force).code == 0
