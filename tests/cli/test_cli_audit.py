"""audit list|verify on the command line, including a tampered vault."""

from __future__ import annotations

import json

from contactvault.vault import Vault
from tests.conftest import PASSPHRASE


def test_list_and_verify_and_tamper(cli):
    assert cli("init").code == 0
    assert cli("devices", "add", "Werkstatt").code == 0
    listing = json.loads(cli("audit", "list", "--json").out)
    assert [e["action"] for e in listing] == ["vault.schema", "vault.create", "device.add"]
    assert listing[2]["prev_hash"] == listing[1]["hash"]
    human = cli("audit", "list", "--since", "2000-01-01")
    assert "device.add" in human.out
    assert cli("audit", "list", "--since", "2999-01-01", "--json").out.strip() == "[]"

    ok = cli("audit", "verify")
    assert ok.code == 0 and "intact: 3 entries" in ok.out
    assert f"Head: 3:{listing[2]['hash']}" in ok.out

    vault = Vault.open(cli.vault, PASSPHRASE)
    vault.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    vault.lock()
    broken = cli("audit", "verify")
    assert broken.code != 0 and "entry 1" in broken.out and "changed" in broken.out
    data = json.loads(cli("audit", "verify", "--json").out)
    assert data == {"ok": False, "checked": 0, "records_checked": 0, "count": 3,
                    "head": listing[2]["hash"], "expected": None, "first_bad_seq": 1,
                    "problem": "hash_mismatch",
                    "problem_text": "entry 1 was changed after it was written",
                    "problems": [{"problem": "hash_mismatch", "seq": 1,
                                  "text": "entry 1 was changed after it was written"}]}
