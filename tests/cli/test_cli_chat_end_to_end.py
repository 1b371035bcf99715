"""From an exported WhatsApp chat to the WhatsApp phone, through the real command line:
scan → apply → the number is eligible under the standard policy → the export holds it;
a chat with a revocation → not eligible, not exported. The chats are written here in the
formats a phone writes (German Android, iOS with U+200E and U+202F, the .zip WhatsApp
shares); the samples in ../shared/corpus/whatsapp-chats/ (other people's group chats)
must read without a traceback and propose nothing."""

from __future__ import annotations

import json
import zipfile

import pytest

from contactvault import errors
from tests.conftest import CORPUS

LRM = "\u200e"
NNBSP = "\u202f"
COMPANY = (("company.name", "Malerbetrieb Kunz"), ("company.address", "Hauptstr. 1, Berlin"),
           ("company.contact", "info@kunz.example"), ("dpo.name", "Dr. Daten"),
           ("dpo.contact", "dsb@kunz.example"), ("company.privacy_url", "https://kunz.example"))


@pytest.fixture
def office(cli, tmp_path):
    assert cli("init").code == 0
    for key, value in COMPANY:
        assert cli("settings", "set", key, value).code == 0
    card = tmp_path / "phone.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nTEL;TYPE=CELL:0171 1000001\n"
                    "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Carla Weiß\n"
                    "TEL;TYPE=CELL:0171 3000003\nEND:VCARD\n", encoding="utf-8")
    assert cli("import", str(card)).code == 0
    assert cli("devices", "add", "Werkstatt").code == 0
    return cli


def notice(cli, language: str = "de") -> str:
    shown = cli("notice", "show", "--lang", language)
    assert shown.code == 0, shown.err
    return shown.out.rstrip("\n")


def exported(cli, tmp_path, name: str) -> str:
    out = tmp_path / name
    result = cli("export", "--device", "Werkstatt", "-o", str(out), "--force")
    assert result.code in (0, errors.EXIT_REFUSED), result.err
    return out.read_text(encoding="utf-8") if out.exists() else ""


def test_android_chat_to_the_phone(office, tmp_path):
    cli = office
    chat = tmp_path / "WhatsApp Chat mit Anna Schmidt.txt"
    chat.write_text(
        "29.11.26, 14:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
        "29.11.26, 14:05 - Anna Schmidt: Guten Tag, haben Sie nächste Woche Zeit?\n"
        f"29.11.26, 14:07 - Malerbetrieb Kunz: {notice(cli)}\n"
        "29.11.26, 14:30 - Anna Schmidt: Ja, ich will via WhatsApp mit Ihnen kommunizieren\n",
        encoding="utf-8")
    scan = cli("chat", "scan", str(chat), "--json")
    assert scan.code == 0, scan.err
    ids = [p["id"] for p in json.loads(scan.out)[0]["proposals"]]
    assert len(ids) == 3
    before = json.loads(cli("consent", "list", "--json").out)
    assert len(before) == 2 and not any(row["eligible"] for row in before)
    applied = cli("chat", "apply", str(chat), "--accept", *ids, "--contact", "1", "--json")
    assert applied.code == 0, applied.err
    assert json.loads(applied.out)["eligible"] is True
    card = exported(cli, tmp_path, "phone.vcf")
    assert "TEL;TYPE=CELL:+491711000001" in card or "+491711000001" in card
    assert "+491713000003" not in card  # Carla never consented


def test_ios_zip_with_a_revocation_is_not_eligible(office, tmp_path):
    cli = office
    text = notice(cli, "en")
    archive = tmp_path / "WhatsApp Chat - Anna Schmidt.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("_chat.txt",
                   f"{LRM}[11/29/26, 2:05:33{NNBSP}PM] Anna Schmidt: {LRM}Messages and calls "
                   "are end-to-end encrypted. No one outside of this chat can read them.\n"
                   f"[11/29/26, 2:05:40{NNBSP}PM] Anna Schmidt: Hello, is Monday fine?\n"
                   f"[11/29/26, 2:07:00{NNBSP}PM] Malerbetrieb Kunz: {text}\n"
                   f"[11/29/26, 2:09:10{NNBSP}PM] Anna Schmidt: I withdraw my consent, I do "
                   "not want to communicate via WhatsApp\n")
        z.writestr("00000012-PHOTO-2026-11-29.jpg", b"\xff\xd8")
    scan = json.loads(cli("chat", "scan", str(archive), "--json").out)[0]
    assert [p["event"] for p in scan["proposals"]] == ["implied", "notice_sent", "revoked"]
    applied = cli("chat", "apply", str(archive), "--accept-all", "--contact", "1", "--json")
    assert applied.code == 0, applied.err
    assert json.loads(applied.out)["eligible"] is False
    assert "+491711000001" not in exported(cli, tmp_path, "phone.vcf")


def test_corpus_samples_read_and_propose_nothing(cli):
    folder = CORPUS / "whatsapp-chats"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the shared corpus lies beside the checkout)")
    files = sorted(str(p) for p in folder.glob("*.txt"))
    assert files
    result = cli("chat", "scan", *files, "--json", "--date-order", "day-first")
    assert "Traceback" not in result.err
    scans = json.loads(result.out)
    assert len(scans) == len(files)
    for scan in scans:
        assert scan["proposals"] == []
        assert scan["refused"] is None or scan["refused"]["code"] == "chat_is_group"
