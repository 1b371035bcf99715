"""contactvault chat scan: the real command line over chat exports written here."""

from __future__ import annotations

import json
import zipfile

from contactvault import errors

CHAT = ("29.11.26, 14:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
        "29.11.26, 14:05 - Anna Schmidt: Guten Tag\n"
        "29.11.26, 14:07 - Malerbetrieb Kunz: Guten Tag, Frau Schmidt\n"
        "29.11.26, 14:06 - Anna Schmidt: Ja, ich will <Diese Nachricht wurde bearbeitet>\n")
AMBIGUOUS = ("03.12.26, 09:15 - Anna Schmidt: Guten Morgen\n"
             "04.12.26, 10:00 - Malerbetrieb Kunz: Guten Morgen\n")


def test_scan_lists_senders_order_and_issues(cli, tmp_path):
    chat = tmp_path / "WhatsApp Chat mit Anna Schmidt.txt"
    chat.write_text(CHAT, encoding="utf-8")
    result = cli("chat", "scan", str(chat), vault_path=None, passphrase=None)
    assert result.code == 0, result.err
    assert "WhatsApp chat (Android), 3 messages" in result.out
    assert "Date order: day first (29.11.26), from the dates in the file" in result.out
    assert "Senders: Anna Schmidt (2), Malerbetrieb Kunz (1)" in result.out
    assert "From 29 Nov 2026, 14:05 to 29 Nov 2026, 14:07" in result.out
    assert "line 4: This message's time (29 Nov 2026, 14:06:00 UTC+01:00) is earlier" in \
        result.out
    german = cli("chat", "scan", str(chat), env={"CONTACTVAULT_LANG": "de"})
    assert "WhatsApp-Chat (Android), 3 Nachrichten" in german.out
    assert "Absender: Anna Schmidt (2), Malerbetrieb Kunz (1)" in german.out
    assert "Datumsreihenfolge: Tag vorne (29.11.26), aus den Daten in der Datei" in german.out
    assert "Vom 29.11.2026 14:05 bis 29.11.2026 14:07" in german.out
    assert "Zeile 4: Die Zeit dieser Nachricht (29.11.2026 14:06:00 UTC+01:00)" in german.out


def test_scan_json(cli, tmp_path):
    archive = tmp_path / "WhatsApp Chat - Anna.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat mit Anna.txt", CHAT)
        z.writestr("IMG-20261129-WA0001.jpg", b"\xff\xd8")
    result = cli("chat", "scan", str(archive), "--json")
    assert result.code == 0, result.err
    [scan] = json.loads(result.out)
    assert scan["member"] == "WhatsApp Chat mit Anna.txt"
    assert (scan["date_order"], scan["date_order_from_file"]) == ("day_first", True)
    assert scan["senders"] == [{"name": "Anna Schmidt", "messages": 2},
                               {"name": "Malerbetrieb Kunz", "messages": 1}]
    notice, first, _, edited = scan["messages"]
    assert notice == {"line": 1, "sender": None, "time": "2026-11-29T14:05:00+01:00",
                      "flags": ["encryption_notice", "system"]}
    assert edited["flags"] == ["edited", "time_backwards"]
    assert [(i["code"], i["line"]) for i in scan["issues"]] == [("time_backwards", 4)]


def test_ambiguous_order_must_be_given(cli, tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text(AMBIGUOUS, encoding="utf-8")
    result = cli("chat", "scan", str(chat))
    assert result.code == errors.EXIT_REFUSED
    assert "cannot be told from the file; give --date-order" in result.out
    assert "(the dots suggest day first)" in result.out
    assert "day first or month first" in result.err and "Traceback" not in result.err
    given = cli("chat", "scan", str(chat), "--date-order", "month-first", "--json")
    assert given.code == 0, given.err
    [scan] = json.loads(given.out)
    assert scan["date_order"] == "month_first" and not scan["date_order_from_file"]
    assert scan["messages"][0]["time"] == "2026-03-12T09:15:00+01:00"


def test_not_a_chat_and_a_bad_time_zone(cli, tmp_path):
    card = tmp_path / "anna.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\n", encoding="utf-8")
    result = cli("chat", "scan", str(card))
    assert result.code == errors.EXIT_REFUSED
    assert "this is not a WhatsApp chat export" in result.err
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, encoding="utf-8")
    zone = cli("chat", "scan", str(chat), "--timezone", "Mars/Olympus")
    assert zone.code == errors.EXIT_REFUSED
    assert "--timezone Mars/Olympus: not a known time zone" in zone.err
    assert "Traceback" not in zone.err
