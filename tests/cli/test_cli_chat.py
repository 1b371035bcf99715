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
    unclear = cli("chat", "scan", str(archive), "--json")
    assert unclear.code == errors.EXIT_REFUSED  # "Anna" in the file name wrote nothing
    assert json.loads(unclear.out)[0]["refused"]["code"] == "chat_roles_unclear"
    result = cli("chat", "scan", str(archive), "--json", "--business", "Malerbetrieb Kunz")
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
    given = cli("chat", "scan", str(chat), "--date-order", "month-first", "--json",
                "--business", "Malerbetrieb Kunz")
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


def _office(cli, tmp_path) -> str:
    """A vault with the business's details and Anna; returns the notice as sent."""
    assert cli("init").code == 0
    for key, value in (("company.name", "Malerbetrieb Kunz"), ("company.address", "Hauptstr. 1"),
                       ("company.contact", "info@kunz.example"), ("dpo.name", "Dr. Daten"),
                       ("dpo.contact", "dsb@kunz.example"),
                       ("company.privacy_url", "https://kunz.example/ds")):
        assert cli("settings", "set", key, value).code == 0
    card = tmp_path / "anna.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nTEL;TYPE=CELL:0171 1000001\n"
                    "END:VCARD\n", encoding="utf-8")
    assert cli("import", str(card)).code == 0
    shown = cli("notice", "show")
    return shown.out.rsplit("\n", 2)[0] if "Notice version" in shown.out.splitlines()[-1] \
        else shown.out


def _consent_chat(tmp_path, notice: str, answer: str) -> str:
    chat = tmp_path / "WhatsApp Chat mit Anna Schmidt.txt"
    chat.write_text("29.11.26, 14:05 - Anna Schmidt: Guten Tag, ist der Termin frei?\n"
                    f"29.11.26, 14:07 - Malerbetrieb Kunz: {notice}\n"
                    f"29.11.26, 14:20 - Anna Schmidt: {answer}\n", encoding="utf-8")
    return str(chat)


def test_scan_lists_proposals_and_apply_records_them_once(cli, tmp_path):
    notice = _office(cli, tmp_path)
    chat = _consent_chat(tmp_path, notice, "ja, ich will via Whats-App mit Ihnen "
                                           "kommunizieren <Diese Nachricht wurde bearbeitet>")
    scan = cli("chat", "scan", chat, "--json")
    assert scan.code == 0, scan.err
    [result] = json.loads(scan.out)
    assert [(p["event"], p["line"]) for p in result["proposals"]] == [
        ("implied", 1), ("notice_sent", 2), ("granted", 3 + notice.count("\n"))]
    ids = [p["id"] for p in result["proposals"]]
    text = cli("chat", "scan", chat, env={"CONTACTVAULT_LANG": "de"})
    assert "3 Einwilligungsereignisse vorgeschlagen:" in text.out
    assert f"{ids[2]}  Einwilligung erteilt  29.11.2026 14:20" in text.out
    assert "warum: Die Nachricht des Kunden enthält die Einwilligungsformulierung" in text.out

    by_name = cli("chat", "apply", chat, "--accept-all")
    assert by_name.code == errors.EXIT_REFUSED and "Traceback" not in by_name.err
    assert "only by the name \u201cAnna Schmidt\u201d" in by_name.err
    assert "--contact 1" in by_name.err
    unknown = cli("chat", "apply", chat, "--accept", "0000000000", "--contact", "1")
    assert unknown.code == errors.EXIT_REFUSED and "no proposal" not in unknown.err
    assert "proposes nothing with the id 0000000000" in unknown.err

    first = cli("chat", "apply", chat, "--accept", *ids, "--contact", "1")
    assert first.code == 0, first.err
    assert "Recorded 3 consent events for +49 171 1000001:" in first.out
    assert "\u2714 may be on the WhatsApp phone" in first.out
    again = cli("chat", "apply", chat, "--accept-all", "--contact", "1", "--json")
    assert again.code == 0, again.err
    summary = json.loads(again.out)
    assert summary["recorded"] == [] and [a["proposal"] for a in summary["already"]] == ids
    assert summary["eligible"] is True
    german = cli("chat", "apply", chat, "--accept-all", "--contact", "1",
                 env={"CONTACTVAULT_LANG": "de"})
    assert "Es wurde nichts hinzugefügt." in german.out
    history = json.loads(cli("consent", "history", "+491711000001", "--json").out)
    assert [e["kind"] for e in history["events"]] == ["implied", "notice_sent", "granted"]


def test_apply_a_checked_proposal_only_by_id_and_a_new_number(cli, tmp_path):
    _office(cli, tmp_path)
    chat = tmp_path / "WhatsApp Chat mit Bernd Bauer.txt"
    chat.write_text("29.11.26, 14:05 - \u202a+49 171 2000002\u202c: Hallo?\n"
                    "29.11.26, 14:07 - Malerbetrieb Kunz: Ja, bitte?\n"
                    "29.11.26, 14:09 - \u202a+49 171 2000002\u202c: Was heißt Widerruf?\n",
                    encoding="utf-8")
    scan = json.loads(cli("chat", "scan", str(chat), "--json").out)[0]
    implied, revoked = scan["proposals"]
    assert revoked["checks"][0]["code"] == "question"
    new = cli("chat", "apply", str(chat), "--accept-all")
    assert new.code == errors.EXIT_REFUSED
    assert "+49 171 2000002 is not in the vault" in new.err and "Bernd Bauer" in new.err
    added = cli("chat", "apply", str(chat), "--accept-all", "--add-contact")
    assert added.code == 0, added.err
    assert "Added +49 171 2000002 as a new contact" in added.out
    assert f"1 proposal not recorded, to be checked first (accept by id if right): " \
        f"{revoked['id']}" in added.out
    shown = json.loads(cli("list", "--json", "--filter", "Bernd").out)
    assert [c["category"] for c in shown] == ["customer"]


def test_a_chat_of_an_erased_person_adds_them_again_only_when_confirmed(cli, tmp_path):
    _office(cli, tmp_path)
    chat = tmp_path / "WhatsApp Chat mit Bernd Bauer.txt"
    chat.write_text("29.11.26, 14:05 - \u202a+49 171 2000002\u202c: Hallo?\n"
                    "29.11.26, 14:07 - Malerbetrieb Kunz: Ja, bitte?\n", encoding="utf-8")
    assert cli("chat", "apply", str(chat), "--accept-all", "--add-contact").code == 0
    assert cli("request", "erase", "+491712000002", "--yes").code == 0
    again = cli("chat", "apply", str(chat), "--accept-all", "--add-contact")
    assert again.code == errors.EXIT_REFUSED and "Traceback" not in again.err
    assert "+49 171 2000002 belonged to a person whose data was erased on" in again.err
    assert "Nothing was recorded" in again.err
    assert json.loads(cli("list", "--json", "--filter", "Bernd").out) == []
    german = cli("chat", "apply", str(chat), "--accept-all", "--add-contact",
                 env={"CONTACTVAULT_LANG": "de"})
    assert "gelöscht" in german.err and "--allow-erased" in german.err
    back = cli("chat", "apply", str(chat), "--accept-all", "--add-contact", "--allow-erased")
    assert back.code == 0, back.err
    history = json.loads(cli("consent", "history", "+491712000002", "--json").out)
    assert [e["kind"] for e in history["events"]] == ["implied"]


def test_scan_and_apply_know_the_vaults_earlier_notice(cli, tmp_path):
    """A chat answering notice version 1, whose wording (and phrases) the vault kept when
    it was sent: ``chat scan`` opens the vault it is given and reads the chat with version
    1's phrases, without a check; ``chat apply`` records version 1."""
    from contactvault.consent import notices
    from contactvault.services import vaults
    from contactvault.vault import consent as consent_store
    from tests.conftest import PASSPHRASE

    notice = _office(cli, tmp_path)
    old_yes = "Ja, ich möchte über WhatsApp mit Ihnen schreiben"
    body = notices.load(notices.NOTICE, "de").body.replace(
        "Ja, ich will via WhatsApp mit Ihnen kommunizieren", old_yes)
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        with vault.transaction() as conn:
            consent_store.keep_template_text(conn, "notice/de/standard/1", body,
                                             (old_yes, ""))
    finally:
        vault.lock()
    old_notice = notice.replace("CV-N2-de", "CV-N1-de").replace(
        "Ja, ich will via WhatsApp mit Ihnen kommunizieren", old_yes)
    chat = _consent_chat(tmp_path, old_notice, old_yes)
    scan = cli("chat", "scan", chat, "--json")
    assert scan.code == 0, scan.err
    [result] = json.loads(scan.out)
    assert [(p["event"], p["notice_version"], p["checks"]) for p in result["proposals"]] == [
        ("implied", None, []), ("notice_sent", "notice/de/standard/1", []),
        ("granted", "notice/de/standard/1", [])]
    alone = cli("chat", "scan", chat, "--json", vault_path=None, passphrase=None)
    [result] = json.loads(alone.out)  # no vault: version 1 is unknown, and so its yes
    assert [(p["event"], [c["code"] for c in p["checks"]]) for p in result["proposals"]] == [
        ("implied", []), ("notice_sent", ["unknown_notice"])]
    applied = cli("chat", "apply", chat, "--accept-all", "--contact", "1", "--json")
    assert applied.code == 0, applied.err
    assert [r["kind"] for r in json.loads(applied.out)["recorded"]] == [
        "implied", "notice_sent", "granted"]
    from contactvault.context import Context
    from contactvault.services import consent

    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        history = consent.history(Context(vault), "+491711000001")
    finally:
        vault.lock()
    assert [(e.kind, e.notice_version) for e in history] == [
        ("implied", ""), ("notice_sent", "notice/de/standard/1"),
        ("granted", "notice/de/standard/1")]
