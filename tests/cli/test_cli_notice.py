"""notice show, consent notice-sent, evidence files: the command line as a person or a
script uses it."""

from __future__ import annotations

import json
import os
import stat

import pytest

from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company, insert_person


@pytest.fixture
def shop(cli):
    assert cli("init").code == 0
    vault = Vault.open(cli.vault, PASSPHRASE)
    with vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
    vault.lock()


def fill_in(cli) -> None:
    vault = Vault.open(cli.vault, PASSPHRASE)
    fill_company(vault)
    vault.lock()


def test_notice_sent_is_refused_until_the_company_details_are_filled_in(cli, shop):
    shown = cli("notice", "show", "--lang", "de")
    assert shown.code == 0 and "[not set: dpo.contact]" in shown.out
    assert "cannot be recorded as sent" in shown.err and "dpo.contact" in shown.err

    refused = cli("consent", "notice-sent", "0171 1000001")
    assert refused.code != 0 and "Traceback" not in refused.err
    assert "company.name" in refused.err and "contactvault settings set" in refused.err
    history = json.loads(cli("consent", "history", "0171 1000001", "--json").out)
    assert history["events"] == [] and history["messages"] == []

    handed_over = cli("consent", "grant", "0171 1000001", "--with-notice")
    assert handed_over.code != 0 and "company.name" in handed_over.err
    history = json.loads(cli("consent", "history", "0171 1000001", "--json").out)
    assert history["events"] == []

    german = cli("consent", "notice-sent", "0171 1000001", env={"CONTACTVAULT_LANG": "de"})
    assert "Der Datenschutzhinweis ist unvollständig" in german.err


def test_the_text_shown_is_the_text_kept(cli, shop):
    fill_in(cli)
    shown = cli("notice", "show", "--lang", "en")
    assert shown.code == 0
    assert "Information notice, standard, version 2 (English) (tag CV-N2-en)" in shown.err
    assert "[CV-N2-en]" in shown.out and "Information as of: 7 Dec 2026" in shown.out
    sent = cli("consent", "notice-sent", "0171 1000001", "--lang", "en",
               "--at", "2026-11-20 09:41")
    assert sent.code == 0, sent.err
    assert "Information notice, standard, version 2 (English)" in sent.out
    history = json.loads(cli("consent", "history", "0171 1000001", "--json").out)
    (message,) = history["messages"]
    assert message["text"] == shown.out.rstrip("\n") + "\n"
    assert message["event_id"] == history["events"][0]["id"]

    strict = cli("notice", "show", "--lang", "de", "--policy", "strict")
    assert "[CV-NS2-de]" in strict.out and "Wir betrachten diese" not in strict.out


def test_evidence_files_with_an_event_listed_and_saved(cli, shop, tmp_path):
    shot = tmp_path / "chat.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    form = tmp_path / "form.pdf"
    form.write_bytes(b"%PDF-1.4 unterschrieben\n")
    result = cli("consent", "grant", "0171 1000001", "--channel", "paper",
                 "--evidence-file", str(shot), "--evidence-file", str(form))
    assert result.code == 0, result.err
    assert "kept in the vault: chat.png" in result.out

    listed = json.loads(cli("consent", "evidence", "0171 1000001", "--json").out)
    assert [f["file_name"] for f in listed] == ["chat.png", "form.pdf"]
    assert listed[0]["size"] == 2008
    event_id = listed[0]["event_id"]
    by_event = json.loads(cli("consent", "evidence", f"event:{event_id}", "--json").out)
    assert by_event == listed
    human = cli("consent", "history", "0171 1000001")
    assert "chat.png" in human.out and "form.pdf" in human.out

    out = tmp_path / "copies"
    out.mkdir()
    saved = cli("consent", "evidence", "0171 1000001", "--save-to", str(out))
    assert saved.code == 0 and "not encrypted" in saved.err
    copy = out / f"{event_id}_chat.png"
    assert copy.read_bytes() == shot.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    again = cli("consent", "evidence", "0171 1000001", "--save-to", str(out))
    assert again.code != 0 and "not overwritten" in again.err


def test_a_missing_evidence_file_records_nothing(cli, shop, tmp_path):
    result = cli("consent", "grant", "0171 1000001", "--evidence-file",
                 str(tmp_path / "fehlt.png"))
    assert result.code != 0 and "fehlt.png" in result.err and "Traceback" not in result.err
    history = json.loads(cli("consent", "history", "0171 1000001", "--json").out)
    assert history["events"] == []
    unknown = cli("consent", "evidence", "event:99")
    assert unknown.code != 0 and "No consent event with id 99" in unknown.err


def test_attach_later_and_save_one_file(cli, shop, tmp_path):
    assert cli("consent", "grant", "0171 1000001", "--channel", "paper").code == 0
    event_id = json.loads(cli("consent", "history", "0171 1000001", "--json").out
                          )["events"][0]["id"]
    scan = tmp_path / "Einwilligung unterschrieben.pdf"
    scan.write_bytes(b"%PDF-1.4 " + os.urandom(500))
    attached = cli("consent", "attach", f"event:{event_id}", str(scan))
    assert attached.code == 0, attached.err
    assert "Einwilligung unterschrieben.pdf" in attached.out

    (listed,) = json.loads(cli("consent", "evidence", f"event:{event_id}", "--json").out)
    assert listed["size"] == scan.stat().st_size
    target = tmp_path / "back.pdf"
    saved = cli("consent", "evidence", "0171 1000001", "--file", str(listed["id"]),
                "--output", str(target))
    assert saved.code == 0, saved.err
    assert target.read_bytes() == scan.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.write_bytes(b"mine")
    again = cli("consent", "evidence", "0171 1000001", "--file", str(listed["id"]),
                "--output", str(target))
    assert again.code != 0 and "not overwritten" in again.err
    assert target.read_bytes() == b"mine"

    half = cli("consent", "evidence", "0171 1000001", "--file", str(listed["id"]))
    assert half.code != 0 and "--output" in half.err and "Traceback" not in half.err
    unknown = cli("consent", "attach", "event:999", str(scan))
    assert unknown.code != 0 and "No consent event with id 999" in unknown.err
