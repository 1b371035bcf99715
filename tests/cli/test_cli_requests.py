"""Data-subject requests through the real command line: access (Art. 15) and erasure
(Art. 17). After ``request erase`` the vault file is opened directly with sqlcipher3 and
every column of every table is searched for anything of the person."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import timedelta

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from contactvault.context import Context
from contactvault.services import (
    consent,
    devices,
    evidence,
    exporting,
    importing,
    requests,
    vaults,
)
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company

CARD = """BEGIN:VCARD
VERSION:3.0
UID:zq-4711@example.org
FN:Zacharias Quendelmeyer
N:Quendelmeyer;Zacharias;;;
ORG:Quendel Dachbau
TEL;TYPE=CELL:0171 5550123
TEL;TYPE=WORK:030 5550987
EMAIL:zq.privat@example.org
ADR;TYPE=HOME:;;Ulmenweg 17;Kleinstadt;;99999;Deutschland
NOTE:Schlüssel liegt beim Nachbarn Xylofon
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Berta Beispiel
TEL:0171 5550999
END:VCARD
"""

# every personal value of Zacharias, in every form the vault could have stored it
PERSONAL = [
    "Zacharias", "Quendelmeyer", "Quendel Dachbau", "zq-4711", "zq.privat@example.org",
    "Ulmenweg", "Xylofon",
    "0171 5550123", "+491715550123", "01715550123", "491715550123", "1715550123",
    "030 5550987", "+49305550987", "0305550987", "49305550987", "305550987",
    "Widerruf per Telefon von Herrn Q.",  # the evidence of a consent event
]


@pytest.fixture
def erased_shop(cli, tmp_path):
    """Zacharias with two numbers, consent history with evidence, a notice sent, an
    export to two phones, a confirmed removal on one of them, a backup; Berta besides."""
    card = tmp_path / "contacts.vcf"
    card.write_text(CARD, encoding="utf-8")
    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)  # the notice needs the business's details
    importing.import_files(ctx, [card])
    devices.add_device(ctx, "Werkstatt")
    devices.add_device(ctx, "Büro")
    consent.mark_notice_sent(ctx, "0171 5550123", "de")
    grant = consent.record_event(ctx, "0171 5550123", "granted", evidence="Formular vom 1.12.")
    # a scanned form as evidence: its name and its bytes hold the person's name
    evidence.attach_to_event(ctx, grant.id, [evidence.Attachment(
        "Einwilligung Quendelmeyer.pdf", b"%PDF-1.4 Zacharias Quendelmeyer, Xylofon")])
    consent.record_event(ctx, "030 5550987", "granted", with_notice=True,
                         evidence="Widerruf per Telefon von Herrn Q.")
    consent.record_event(ctx, "0171 5550999", "granted", with_notice=True)
    exporting.export(ctx, "Werkstatt", tmp_path / "w.vcf")
    exporting.export(ctx, "Büro", tmp_path / "b.vcf")
    consent.record_event(ctx, "030 5550987", "revoked")
    exporting.confirm_removals_for_number(ctx, "Büro", "030 5550987")
    vaults.backup(vault, tmp_path / "before.cvault", PASSPHRASE)
    vault.lock()
    before = json.loads(cli("audit", "verify", "--json").out)
    return {"card": card, "head_before": f"{before['count']}:{before['head']}",
            "tmp": tmp_path}


def _pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", text)


def scan(vault_path) -> list[tuple[str, str, str]]:
    """(table, column, value) of every personal value found anywhere in the vault."""
    conn = sqlcipher.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "contacts" in tables and "audit_log" in tables
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for column, value in zip(columns, row, strict=True):
                text = value.decode("utf-8", "replace") if isinstance(value, bytes) \
                    else str(value)
                for needle in PERSONAL:
                    if needle.casefold() in text.casefold():
                        found.append((table, column, needle))
    conn.close()
    return found


def test_erase_leaves_nothing_of_the_person_in_any_table(cli, erased_shop):
    assert scan(cli.vault), "the scan must find the person before the erasure"
    done = cli("request", "erase", "Quendelmeyer", "--yes", "--json")
    assert done.code == 0, done.err
    result = json.loads(done.out)
    assert scan(cli.vault) == []
    # what the law needs is kept: when, by whom, and the keyed hashes
    assert result["erasure"] == 1 and result["erased_at"] and result["erased_by"]
    assert sorted(result["phones_received"]) == ["Büro", "Werkstatt"]
    conn = sqlcipher.connect(str(cli.vault))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT count(*) FROM evidence_files").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM evidence_content").fetchone()[0] == 0
    # Berta's notice (handed over with her grant) stays
    assert conn.execute("SELECT e164 FROM messages_sent").fetchall() == [("+491715550999",)]
    kinds = conn.execute("SELECT kind, count(*) FROM erased_keys GROUP BY kind").fetchall()
    assert dict(kinds) == {"number": 2, "record": 1}
    assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1  # Berta stays


def test_erase_puts_the_number_on_the_removal_list_of_every_phone_that_holds_it(
        cli, erased_shop):
    done = json.loads(cli("request", "erase", "#1", "--yes", "--json").out)
    # shown once, before the data goes: what each phone must delete
    assert sorted((r["device"], r["number"]) for r in done["delete_from_phones"]) == [
        ("Büro", "+491715550123"), ("Werkstatt", "+491715550123"),
        ("Werkstatt", "+49305550987")]
    for device, expected in (("Werkstatt", 2), ("Büro", 1)):
        listed = json.loads(cli("removals", "--device", device, "--json").out)["open"]
        erased = [r for r in listed if r["reason"] == "erased"]
        assert len(erased) == expected and all(r["erasure"] == 1 for r in erased)
        assert all(r["e164"].startswith("erased:") and r["shown_name"] == "" for r in erased)
    # the number itself is gone, but typing it still finds its entry (keyed hash)
    confirm = cli("removals", "--device", "Werkstatt", "--confirm", "0171 5550123", "--json")
    assert confirm.code == 0, confirm.err
    assert len(json.loads(confirm.out)["open"]) == 1
    by_marker = cli("removals", "--device", "Werkstatt", "--confirm", "erased:1", "--json")
    assert json.loads(by_marker.out)["open"] == []
    shown = cli("removals", "--device", "Büro")
    assert "erasure 1" in shown.out and "Quendelmeyer" not in shown.out
    # a lost phone's report says an erased person's entry was on it, without who
    report = erased_shop["tmp"] / "lost.json"
    assert cli("report", "lost-phone", "--device", "Büro", "--format", "json",
               "-o", str(report)).code == 0
    held = json.loads(report.read_text(encoding="utf-8"))["numbers"]
    erased = [n for n in held if n.get("erasure") == 1]
    assert len(erased) == 1 and erased[0]["number"] == "" and "erased" in erased[0]["name"]


def test_erase_names_the_backups_made_before(cli, erased_shop):
    done = cli("request", "erase", "Zacharias Quendelmeyer", "--yes")
    assert done.code == 0, done.err
    assert "before.cvault" in done.out and "backup" in done.out


def test_audit_verify_passes_after_erasure_also_against_a_head_printed_before(
        cli, erased_shop):
    assert cli("request", "erase", "1", "--yes").code == 0
    plain = json.loads(cli("audit", "verify", "--json").out)
    assert plain["ok"], plain
    # the entries up to the earlier head are unchanged: the erasure only appended
    earlier = json.loads(cli("audit", "verify", "--json", "--expect",
                             erased_shop["head_before"]).out)
    assert earlier["ok"], earlier
    # the erasure entry says what it removed; a record deleted behind its back is caught
    entries = json.loads(cli("audit", "list", "--json").out)
    erase_entry = [e for e in entries if e["action"] == "request.erase"][0]
    assert erase_entry["details"]["consent_events"] == 4
    assert erase_entry["details"]["evidence_files"] == 1
    assert erase_entry["details"]["texts_sent"] == 2  # the notice sent, one handed over
    conn = sqlcipher.connect(str(cli.vault), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DELETE FROM export_items WHERE e164 NOT LIKE 'erased:%'")  # Berta's
    conn.close()
    assert cli("audit", "verify").code == 10


def test_reimport_of_an_erased_card_is_recognised_and_refused(cli, erased_shop):
    assert cli("request", "erase", "Quendelmeyer", "--yes").code == 0
    again = cli("import", erased_shop["card"].as_posix())
    assert again.code == 3
    assert "erased on" in again.err and "--allow-erased" in again.err
    assert "Zacharias Quendelmeyer" in again.err
    listed = json.loads(cli("list", "--json").out)
    assert [c["formatted_name"] for c in listed] == ["Berta Beispiel"]
    # the same person in another card (same number) is recognised by the number
    other = erased_shop["tmp"] / "other.vcf"
    other.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Z. Q.\r\nTEL:+49 171 5550123\r\n"
                     "END:VCARD\r\n", encoding="utf-8")
    data = json.loads(cli("import", other.as_posix(), "--json").out)
    assert data["erased"] == 1 and data["imported"] == 0
    forced = cli("import", erased_shop["card"].as_posix(), "--allow-erased", "--json")
    assert forced.code == 0, forced.err
    assert json.loads(forced.out)["imported"] == 1


def test_erase_asks_and_refuses_without_a_terminal_or_yes(cli, erased_shop):
    refused = cli("request", "erase", "Quendelmeyer")
    assert refused.code == 1 and "--yes" in refused.err
    assert "Quendelmeyer" in cli("list").out
    dry = cli("request", "erase", "Quendelmeyer", "--dry-run")
    assert dry.code == 0 and "Quendelmeyer" in cli("list").out


def test_access_json_holds_every_item(cli, erased_shop):
    out = erased_shop["tmp"] / "access.json"
    done = cli("request", "access", "0171 5550123", "-o", str(out))
    assert done.code == 0, done.err
    report = json.loads(out.read_text(encoding="utf-8"))
    person = report["person"]
    assert person["formatted_name"] == "Zacharias Quendelmeyer"
    assert person["organisation"] == "Quendel Dachbau"
    assert person["emails"][0]["value"] == "zq.privat@example.org"
    assert person["addresses"][0]["street"] == "Ulmenweg 17"
    assert person["notes"] == ["Schlüssel liegt beim Nachbarn Xylofon"]
    assert "UID:zq-4711@example.org" in report["original_records"][0]["original_text"]
    assert {n["e164"] for n in report["numbers"]} == {"+491715550123", "+49305550987"}
    statuses = {n["e164"]: n["status"] for n in report["numbers"]}
    assert statuses == {"+491715550123": "eligible", "+49305550987": "revoked"}
    kinds = [(e["number"], e["kind"]) for e in report["consent_history"]]
    assert kinds.count(("+491715550123", "notice_sent")) == 1
    assert ("+49305550987", "revoked") in kinds
    assert any(e["evidence"] == "Formular vom 1.12." for e in report["consent_history"])
    assert report["texts_sent"][0]["kind"] == "notice" and report["texts_sent"][0]["text"]
    # the exact text sent (with the business's details filled in), not the template
    assert "Tischlerei Holz GmbH" in report["texts_sent"][0]["text"]
    files = [f for e in report["consent_history"] for f in e["evidence_files"]]
    assert [f["file_name"] for f in files] == ["Einwilligung Quendelmeyer.pdf"]
    assert len(files[0]["sha256"]) == 64
    phones = {(p["device"], p["number"]): p for p in report["phones"]}
    assert set(phones) == {("Werkstatt", "+491715550123"), ("Werkstatt", "+49305550987"),
                           ("Büro", "+491715550123"), ("Büro", "+49305550987")}
    assert phones[("Büro", "+49305550987")]["removed_at"]
    assert phones[("Werkstatt", "+49305550987")]["removed_at"] is None
    actions = {a["action"] for a in report["audit_entries"]}
    assert {"consent.granted", "consent.notice_sent", "consent.revoked", "export",
            "removal.confirm"} <= actions
    assert "consent.granted" in actions
    assert report["whatsapp"]["since"] and "cannot be recalled" in report["whatsapp"]["text"]
    assert report["audit_head"]
    # the access request itself is recorded
    log = json.loads(cli("audit", "list", "--json").out)
    assert log[-1]["action"] == "request.access"


def test_access_in_german_and_as_pdf(cli, erased_shop):
    out = erased_shop["tmp"] / "auskunft.json"
    done = cli("request", "access", "Berta Beispiel", "-o", str(out),
               env={"CONTACTVAULT_LANG": "de"})
    assert done.code == 0, done.err
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["language"] == "de"
    assert "Art. 15" in report["document"] and "Auskunft" in report["document"]
    assert "nicht zurückgeholt" in report["whatsapp"]["text"]
    pdf = erased_shop["tmp"] / "auskunft.pdf"
    done = cli("request", "access", "Quendelmeyer", "-o", str(pdf), "--lang", "de",
               env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.code == 0, done.err
    text = _pdf_text(pdf)
    for expected in ("Art. 15", "Zacharias Quendelmeyer", "+491715550123", "Werkstatt",
                     "Xylofon", "WhatsApp", "Prüfprotokoll"):
        assert expected in text, expected
    # the notice handed over, as office staff read its version (not its internal id)
    assert "Fassung 2 (deutsch)" in " ".join(text.split())


def test_retention_erasure_dry_run_then_erase(cli, erased_shop):
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        later = Context(vault, clock=lambda: requests.clock.now() + timedelta(days=4 * 366))
        due = requests.retention_due(later)
        assert [c.name for c in due] == ["Zacharias Quendelmeyer", "Berta Beispiel"] or \
            {c.name for c in due} == {"Zacharias Quendelmeyer", "Berta Beispiel"}
        assert requests.retention_due(Context(vault)) == []
    finally:
        vault.lock()
    dry = cli("request", "erase", "--retention", "--dry-run")
    assert dry.code == 0 and "0 contacts" in dry.out
