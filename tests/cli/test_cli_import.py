"""Importing through the real command line: output, JSON, crash safety, no plaintext."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import PASSPHRASE, REPO

MARKER = "Qzmarker7731"


def card(i: int, marker: str = "") -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{marker}Kunde {i} Müller\r\nN:{marker}Müller;Kunde {i};;;\r\n"
        f"TEL;TYPE=CELL:0171 {3000000 + i}\r\n"
        f"NOTE:{marker} Notiz {i}\r\nEND:VCARD\r\n"
    )


def test_import_list_show_json(cli, corpus):
    assert cli("init").code == 0
    iphone = corpus / "ios" / "John_Doe_IPHONE.vcf"
    android = corpus / "android" / "John_Doe_ANDROID.vcf"
    result = cli("import", str(iphone), str(android))
    assert result.code in (0, 3), result.err
    assert "Imported" in result.out
    listed = json.loads(cli("list", "--json").out)
    assert listed, "nothing imported"
    for entry in listed:
        assert {"id", "display_name", "formatted_name", "name", "numbers"} <= set(entry)
        for number in entry["numbers"]:
            assert {"e164", "raw", "type", "label"} <= set(number)
    with_numbers = next(e for e in listed if e["numbers"])
    shown = json.loads(cli("show", str(with_numbers["id"]), "--json").out)
    assert shown["sources"] and shown["sources"][0]["original_text"].upper().startswith(
        "BEGIN:VCARD")
    again = cli("import", "--json", str(iphone), str(android))
    report = json.loads(again.out)
    assert report["imported"] == 0 and report["merged"] == 0
    assert len(json.loads(cli("list", "--json").out)) == len(listed)


def test_show_unknown_id_is_clear(cli):
    assert cli("init").code == 0
    for bad in ("999", "abc", "-1"):
        result = cli("show", bad)
        assert result.code != 0 and "No contact with id" in result.err
        assert "Traceback" not in result.err


def test_filter_by_typed_number(cli, tmp_path):
    assert cli("init").code == 0
    book = tmp_path / "book.vcf"
    book.write_text(card(1) + card(2), encoding="utf-8")
    assert cli("import", str(book)).code == 0
    found = json.loads(cli("list", "--filter", "0171 3000 002", "--json").out)
    assert [e["formatted_name"] for e in found] == ["Kunde 2 Müller"]
    found = json.loads(cli("list", "--filter", "müller kunde 1", "--json").out)
    assert [e["formatted_name"] for e in found] == ["Kunde 1 Müller"]


def _files_under(*roots):
    for root in roots:
        for base, _dirs, files in os.walk(root):
            for name in files:
                yield os.path.join(base, name)


def test_no_plaintext_left_on_disk(cli, tmp_path):
    """After an import with marker strings, no file in the vault's folder or the temp
    directory holds a marker, in UTF-8 or UTF-16."""
    vault_dir = tmp_path / "vaultdir"
    vault_dir.mkdir()
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    book = tmp_path / "in" / "book.vcf"
    book.parent.mkdir()
    book.write_text("".join(card(i, MARKER) for i in range(400)), encoding="utf-8")
    env = {"TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir)}
    vault = vault_dir / "v.cvault"
    assert cli("init", vault_path=vault, env=env).code == 0
    result = cli("import", str(book), vault_path=vault, env=env)
    assert result.code == 0, result.err
    assert cli("list", "--filter", MARKER, vault_path=vault, env=env).code == 0
    assert cli("backup", str(vault_dir / "b.cvault"), vault_path=vault, env=env).code == 0
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be")]
    checked = 0
    for path in _files_under(vault_dir, tmpdir, os.environ["XDG_DATA_HOME"],
                             os.environ["XDG_CONFIG_HOME"]):
        data = open(path, "rb").read()
        checked += 1
        assert not any(n in data for n in needles), f"plaintext marker in {path}"
    assert checked >= 2  # the vault and its backup at least


@pytest.mark.slow
def test_kill_during_import_keeps_previous_state(cli, tmp_path):
    assert cli("init").code == 0
    first = tmp_path / "first.vcf"
    first.write_text(card(0), encoding="utf-8")
    assert cli("import", str(first)).code == 0
    big = tmp_path / "big.vcf"
    with open(big, "w", encoding="utf-8") as fh:
        for i in range(1, 60001):
            fh.write(card(i))
    env = dict(os.environ, CONTACTVAULT_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen(
        [sys.executable, "-m", "contactvault", "--vault", str(cli.vault), "import", str(big)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    journal = cli.vault.with_name(cli.vault.name + "-journal")
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "import finished before it could be interrupted"
    time.sleep(0.5)  # well inside the transaction
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert journal.exists()  # a hot journal: the interrupted transaction
    listed = json.loads(cli("list", "--json").out)
    assert [e["formatted_name"] for e in listed] == ["Kunde 0 Müller"]
    # and the vault takes the same import normally afterwards
    assert cli("import", str(first)).code == 0


@pytest.mark.slow
def test_ctrl_c_cancels_the_import_and_reports_it(cli, tmp_path):
    assert cli("init").code == 0
    first = tmp_path / "first.vcf"
    first.write_text(card(0), encoding="utf-8")
    assert cli("import", str(first)).code == 0
    big = tmp_path / "big.vcf"
    with open(big, "w", encoding="utf-8") as fh:
        for i in range(1, 60001):
            fh.write(card(i))
    env = dict(os.environ, CONTACTVAULT_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen(
        [sys.executable, "-m", "contactvault", "--vault", str(cli.vault), "import", "--json",
         str(big)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    journal = cli.vault.with_name(cli.vault.name + "-journal")
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "import finished before it could be interrupted"
    time.sleep(0.5)  # well inside the transaction
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    report = json.loads(out)
    assert report["cancelled"] is True
    assert (report["imported"], report["merged"], report["contact_ids"]) == (0, 0, [])
    assert [f["file"] for f in report["files"]] == [str(big)]
    assert "Cancelled; nothing was changed." in err and "Traceback" not in err
    listed = json.loads(cli("list", "--json").out)
    assert [e["formatted_name"] for e in listed] == ["Kunde 0 Müller"]
