"""export and removals on the command line: dry run, full, incremental, removal list,
confirmations; the file and the plain warning that it is not encrypted."""

from __future__ import annotations

import json
import stat

import pytest

from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person, tel_values


@pytest.fixture
def shop(cli):
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    fill_company(vault)
    with vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
        insert_person(conn, "Bert Berg", ["0171 1000002"])
        insert_person(conn, "Tante Frieda", ["0171 1000006"], category="private")
        insert_person(conn, "Carla Chef", ["0171 1000004"])
    vault.lock()
    assert cli("devices", "add", "Werkstatt").code == 0
    # informed consent two ways: the notice handed over with the request, or sent before
    for number in ("0171 1000001", "0171 1000006"):
        assert cli("consent", "grant", number, "--with-notice").code == 0
    assert cli("consent", "notice-sent", "0171 1000002").code == 0
    assert cli("consent", "grant", "0171 1000002").code == 0
    # a yes without the notice: recorded, not exported
    assert cli("consent", "grant", "0171 1000004").code == 0


def test_dry_run_lists_who_and_why(cli, shop, tmp_path):
    result = cli("export", "--device", "Werkstatt", "--dry-run")
    assert result.code == 0, result.err
    assert "Would export 2 numbers" in result.out
    assert "Tante Frieda" in result.out and "private contact" in result.out
    assert "Carla Chef" in result.out and "without the information notice" in result.out
    data = json.loads(cli("export", "--device", "Werkstatt", "--dry-run", "--json").out)
    assert sorted(i["e164"] for i in data["included"]) == ["+491711000001", "+491711000002"]
    assert data["excluded"][0]["reason"] == "private"
    assert list(tmp_path.glob("*.vcf")) == []


def test_export_revoke_removals_confirm(cli, shop, tmp_path):
    out = tmp_path / "werkstatt.vcf"
    result = cli("export", "--device", "Werkstatt", "-o", str(out))
    assert result.code == 0, result.err
    assert "Wrote 2 numbers of 2 contacts" in result.out
    head = json.loads(cli("audit", "verify", "--json").out)
    assert f"Audit trail with this export recorded: {head['count']}:{head['head']}" \
        in result.out
    assert "NOT encrypted" in result.err and "Delete it" in result.err
    assert sorted(tel_values(out.read_bytes().decode("utf-8"))) == ["+491711000001",
                                                                     "+491711000002"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    revoke = cli("consent", "revoke", "0171 1000001")
    assert "removal list" in revoke.out and "notice revocation" in revoke.out
    removals = json.loads(cli("removals", "--device", "Werkstatt", "--json").out)
    assert [(r["e164"], r["shown_name"], r["reason"]) for r in removals["open"]] == \
        [("+491711000001", "Anna Adler", "revoked")]
    human = cli("removals", "--device", "Werkstatt")
    assert "Anna Adler" in human.out and "revoked on" in human.out

    again = cli("export", "--device", "Werkstatt", "--incremental", "--force",
                "-o", str(out))
    assert again.code != 0 and "Nothing to export" in again.err

    confirmed = cli("removals", "--device", "Werkstatt", "--confirm", "0171 1000001")
    assert confirmed.code == 0 and "Confirmed 1 removal." in confirmed.out
    assert "Nothing to delete" in confirmed.out
    shown = json.loads(cli("devices", "show", "Werkstatt", "--json").out)
    assert len(shown["on_phone"]) == 1 and shown["confirmed_removals"][0]["reason"] == "revoked"


def test_export_needs_output_unless_dry_run(cli, shop):
    result = cli("export", "--device", "Werkstatt")
    assert result.code != 0 and "-o FILE" in result.err


def test_unknown_device(cli, shop, tmp_path):
    result = cli("export", "--device", "Büro", "-o", str(tmp_path / "x.vcf"))
    assert result.code != 0 and "No WhatsApp phone named Büro" in result.err
