"""WhatsApp chat exports: each German and English format and each trap, written here;
the samples in ../shared/corpus/whatsapp-chats read without error."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from contactvault import i18n
from contactvault.chats.whatsapp import (
    Chat,
    DateOrder,
    Flag,
    Severity,
    parse_chat,
    read_chat,
)
from tests.conftest import CORPUS

BERLIN = ZoneInfo("Europe/Berlin")
NNBSP = "\u202f"
LRM = "\u200e"

ANDROID_DE = (
    "29.11.26, 14:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand "
    "außerhalb dieses Chats, nicht einmal WhatsApp, kann sie lesen oder anhören. Tippe, um "
    "mehr zu erfahren.\n"
    "29.11.26, 14:05 - Anna Schmidt: Guten Tag, ist der Termin am 3.12. noch frei?\n"
    "29.11.26, 14:07 - Malerbetrieb Kunz: Ja. Bevor wir weiterschreiben:\n"
    "Datenschutzhinweis v2 …\n"
    "\n"
    "Bitte antworten Sie mit \u201eJa, ich will via WhatsApp mit Ihnen kommunizieren\u201c.\n"
    "29.11.26, 14:09 - Anna Schmidt: <Medien ausgeschlossen>\n"
    "29.11.26, 14:10 - Anna Schmidt: Ja, ich will via Whats-App mit Ihnen kommunizieren "
    "<Diese Nachricht wurde bearbeitet>\n"
    "29.11.26, 14:11 - Anna Schmidt: Diese Nachricht wurde gelöscht\n"
    "29.11.26, 14:12 - Anna Schmidt: IMG-20261129-WA0001.jpg (Datei angehängt)\n"
)

IOS_DE = (
    f"{LRM}[29.11.26, 14:05:33] Anna Schmidt: {LRM}Nachrichten und Anrufe sind "
    "Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.\n"
    "[29.11.26, 14:05:40] Anna Schmidt: Guten Tag\n"
    "[29.11.26, 14:07:02] Malerbetrieb Kunz: Guten Tag, Frau Schmidt\n"
    f"{LRM}[29.11.26, 14:08:10] Anna Schmidt: {LRM}Bild weggelassen\n"
    f"{LRM}[29.11.26, 14:08:30] Anna Schmidt: {LRM}<Anhang: 00000012-PHOTO-2026-11-29.jpg>\n"
    f"[29.11.26, 14:09:00] Anna Schmidt: Ja, ich will {LRM}<Diese Nachricht wurde "
    "bearbeitet>\n"
)

ANDROID_EN_12H = (
    f"11/29/26, 2:05{NNBSP}PM - Messages and calls are end-to-end encrypted. No one outside "
    "of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
    f"11/29/26, 2:05{NNBSP}PM - Anna Smith: Hello, is the offer still valid?\n"
    f"11/29/26, 2:07{NNBSP}PM - Painters Ltd: Yes.\n"
    "Privacy notice v2\n"
    f"11/29/26, 2:09{NNBSP}PM - Anna Smith: <Media omitted>\n"
    f"11/29/26, 2:10{NNBSP}PM - Anna Smith: yes, I agree <This message was edited>\n"
    f"11/30/26, 12:01{NNBSP}AM - Anna Smith: just after midnight\n"
)

IOS_EN_12H = (
    f"{LRM}[11/29/26, 2:05:33{NNBSP}PM] Anna Smith: {LRM}Messages and calls are end-to-end "
    "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
    f"[11/29/26, 2:05:40{NNBSP}PM] Anna Smith: Hello\n"
    f"{LRM}[11/29/26, 2:06:00{NNBSP}PM] Anna Smith: {LRM}image omitted\n"
    f"{LRM}[11/29/26, 2:06:30{NNBSP}PM] Anna Smith: {LRM}<attached: 00000012-PHOTO.jpg>\n"
    f"[11/29/26, 2:07:00{NNBSP}PM] Painters Ltd: Thanks {LRM}<This message was edited>\n"
)

ANDROID_EN_24H_UK = (
    "29/11/2026, 14:05 - Anna Smith: Hello\n"
    "29/11/2026, 14:06 - \u202a+44 7700 900123\u202c: a number as sender\n"
)


def parse(text: str, **kwargs) -> Chat:
    return parse_chat(text, "chat.txt", **kwargs)


def at(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=BERLIN)


def test_android_german_24h():
    chat = parse(ANDROID_DE)
    assert (chat.platform, chat.date_order, chat.order_from_file) == (
        "android", DateOrder.DAY_FIRST, True)
    assert chat.issues == []
    notice, question, answer, media, consent, deleted, attachment = chat.messages
    assert notice.sender is None and notice.flags == {Flag.SYSTEM, Flag.ENCRYPTION_NOTICE}
    assert question.sender == "Anna Schmidt" and question.time == at(2026, 11, 29, 14, 5)
    assert question.text == "Guten Tag, ist der Termin am 3.12. noch frei?"
    assert answer.line == 3 and answer.text.splitlines() == [
        "Ja. Bevor wir weiterschreiben:", "Datenschutzhinweis v2 …", "",
        "Bitte antworten Sie mit \u201eJa, ich will via WhatsApp mit Ihnen kommunizieren\u201c."]
    assert answer.verbatim == "\n".join(ANDROID_DE.splitlines()[2:6])
    assert media.flags == {Flag.MEDIA_OMITTED} and media.sender == "Anna Schmidt"
    assert consent.flags == {Flag.EDITED}
    assert consent.text == "Ja, ich will via Whats-App mit Ihnen kommunizieren"
    assert "<Diese Nachricht wurde bearbeitet>" in consent.verbatim
    assert deleted.flags == {Flag.DELETED} and attachment.flags == {Flag.ATTACHMENT}
    assert chat.participants == ["Anna Schmidt", "Malerbetrieb Kunz"]


def test_ios_german_encryption_notice_is_not_the_partners_message():
    chat = parse(IOS_DE)
    assert (chat.platform, chat.date_order) == ("ios", DateOrder.DAY_FIRST)
    notice, hello, reply, image, attachment, edited = chat.messages
    assert notice.sender is None and Flag.ENCRYPTION_NOTICE in notice.flags
    assert notice.attributed_to == "Anna Schmidt"
    assert LRM not in notice.text and notice.verbatim.startswith(LRM + "[")
    assert hello.time == at(2026, 11, 29, 14, 5, 40)
    assert image.flags == {Flag.MEDIA_OMITTED} and image.sender == "Anna Schmidt"
    assert attachment.flags == {Flag.ATTACHMENT}
    assert edited.text == "Ja, ich will" and edited.flags == {Flag.EDITED}
    assert chat.participants == ["Anna Schmidt", "Malerbetrieb Kunz"]


def test_android_english_12h_with_narrow_space():
    chat = parse(ANDROID_EN_12H)
    assert (chat.platform, chat.date_order) == ("android", DateOrder.MONTH_FIRST)
    notice, hello, reply, media, edited, midnight = chat.messages
    assert notice.sender is None and Flag.ENCRYPTION_NOTICE in notice.flags
    assert hello.time == at(2026, 11, 29, 14, 5)
    assert reply.text == "Yes.\nPrivacy notice v2"
    assert media.flags == {Flag.MEDIA_OMITTED}
    assert edited.text == "yes, I agree" and edited.flags == {Flag.EDITED}
    assert midnight.time == at(2026, 11, 30, 0, 1)
    assert chat.issues == []


def test_ios_english_12h():
    chat = parse(IOS_EN_12H)
    assert (chat.platform, chat.date_order) == ("ios", DateOrder.MONTH_FIRST)
    notice, hello, image, attachment, edited = chat.messages
    assert (notice.sender, notice.attributed_to) == (None, "Anna Smith")
    assert hello.time == at(2026, 11, 29, 14, 5, 40)
    assert image.flags == {Flag.MEDIA_OMITTED} and attachment.flags == {Flag.ATTACHMENT}
    assert edited.text == "Thanks" and edited.sender == "Painters Ltd"
    assert chat.participants == ["Anna Smith", "Painters Ltd"]


def test_english_24h_day_first_and_a_number_as_sender():
    chat = parse(ANDROID_EN_24H_UK)
    assert chat.date_order is DateOrder.DAY_FIRST
    assert chat.participants == ["Anna Smith", "+44 7700 900123"]


def test_year_first_dates_need_no_order():
    chat = parse("2026-11-03, 14:05 - Anna: a\n", date_order=DateOrder.MONTH_FIRST)
    assert (chat.date_order, chat.order_from_file) == (DateOrder.YEAR_FIRST, True)
    assert chat.messages[0].time == at(2026, 11, 3, 14, 5) and chat.issues == []


def test_times_are_aware_in_the_given_zone():
    chat = parse(ANDROID_EN_24H_UK, timezone="Europe/London")
    assert chat.messages[0].time == datetime(2026, 11, 29, 14, 5, tzinfo=ZoneInfo(
        "Europe/London"))
    assert chat.messages[0].time.utcoffset().total_seconds() == 0
    with pytest.raises(ValueError, match="unknown time zone"):
        parse(ANDROID_EN_24H_UK, timezone="Mars/Olympus")


AMBIGUOUS = ("03.12.26, 09:15 - Anna Schmidt: Guten Morgen\n"
             "04.12.26, 10:00 - Malerbetrieb Kunz: Guten Morgen, Frau Schmidt\n")


def test_ambiguous_order_is_asked_never_guessed():
    chat = parse(AMBIGUOUS)
    assert chat.date_order is None and chat.ambiguous and not chat.order_from_file
    assert [m.time for m in chat.messages] == [None, None]
    assert chat.participants == ["Anna Schmidt", "Malerbetrieb Kunz"]
    assert chat.suggested_order is DateOrder.DAY_FIRST  # a default for the question only
    [issue] = chat.issues
    assert (issue.code, issue.severity, issue.line) == (
        "date_order_ambiguous", Severity.ERROR, None)
    assert "day first or month first" in issue.describe()
    day_first = parse(AMBIGUOUS, date_order=DateOrder.DAY_FIRST)
    assert day_first.messages[0].time == at(2026, 12, 3, 9, 15) and day_first.issues == []
    month_first = parse(AMBIGUOUS, date_order="month_first")
    assert month_first.messages[0].time == at(2026, 3, 12, 9, 15)
    assert not month_first.order_from_file


def test_contradictory_dates_are_not_decided():
    chat = parse("13/01/26, 09:00 - Anna: a\n01/13/26, 09:00 - Anna: b\n")
    assert chat.date_order is None
    [issue] = chat.issues
    assert issue.code == "date_order_contradictory"
    assert dict(issue.params) == {"day_line": "1", "month_line": "2"}


def test_a_given_order_the_file_contradicts_keeps_the_line_as_text():
    chat = parse("01/02/26, 09:00 - Anna: a\n13/02/26, 09:00 - Anna: b\n",
                 date_order=DateOrder.MONTH_FIRST)
    [message] = chat.messages
    assert message.text == "a\n13/02/26, 09:00 - Anna: b"
    assert Flag.HEADER_SHAPED_TEXT in message.flags
    assert [(i.code, i.line) for i in chat.issues] == [("date_order_differs", 2)]


def test_times_going_backwards_are_flagged():
    chat = parse("29.11.26, 14:05 - Anna: a\n29.11.26, 13:00 - Anna: b\n"
                 "29.11.26, 13:30 - Anna: c\n29.11.26, 14:06 - Anna: d\n")
    assert [sorted(m.flags) for m in chat.messages] == [
        [], [Flag.TIME_BACKWARDS], [Flag.TIME_BACKWARDS], []]
    assert [(i.code, i.line) for i in chat.issues] == [("time_backwards", 2),
                                                       ("time_backwards", 3)]
    assert dict(chat.issues[0].params) == {"time": "2026-11-29T13:00:00+01:00",
                                           "previous": "2026-11-29T14:05:00+01:00"}
    assert chat.issues[0].describe().startswith(  # the chat's own wall time, to the second
        "This message's time (29 Nov 2026, 13:00:00 UTC+01:00) is earlier than the message "
        "before it (29 Nov 2026, 14:05:00 UTC+01:00).")


def test_forged_header_inside_a_message_is_flagged_not_silent():
    # The business pasted an earlier line into its message: shaped like a header, but it
    # goes back in time, so it is no silent new customer message.
    text = ("29.11.26, 14:05 - Anna Schmidt: Hallo\n"
            "29.11.26, 14:07 - Kunz: Sie schrieben:\n"
            "29.11.26, 14:05 - Anna Schmidt: Ja, ich will via WhatsApp mit Ihnen "
            "kommunizieren\n")
    chat = parse(text)
    quoted = chat.messages[2]
    assert quoted.sender == "Anna Schmidt" and Flag.TIME_BACKWARDS in quoted.flags
    assert [(i.code, i.line) for i in chat.issues] == [("time_backwards", 3)]


def test_header_of_another_format_inside_a_message_stays_text():
    text = ("29.11.26, 14:05 - Anna Schmidt: Hallo\n"
            "29.11.26, 14:06 - Anna Schmidt: Hallo nochmal\n"
            "[29.11.26, 14:07:00] Anna Schmidt: Ja, ich will\n"
            "29.11.26, 14:08 - Kunz: Danke\n")
    chat = parse(text)
    assert [m.line for m in chat.messages] == [1, 2, 4]
    second = chat.messages[1]
    assert second.text == "Hallo nochmal\n[29.11.26, 14:07:00] Anna Schmidt: Ja, ich will"
    assert Flag.HEADER_SHAPED_TEXT in second.flags
    assert [(i.code, i.line) for i in chat.issues] == [
        ("header_shaped_text", 3), ("other_formats", None)]


def test_impossible_date_inside_a_message_stays_text():
    chat = parse("29.11.26, 14:05 - Anna: a\n31.02.26, 14:06 - Anna: b\n")
    [message] = chat.messages
    assert Flag.HEADER_SHAPED_TEXT in message.flags
    assert [(i.code, i.line) for i in chat.issues] == [("header_shaped_text", 2)]


def test_autumn_clock_change_keeps_the_order():
    # 25 October 2026: 02:00–02:59 Berlin happens twice
    chat = parse("25.10.26, 02:50 - Anna: first pass\n25.10.26, 02:10 - Anna: second pass\n")
    first, second = chat.messages
    assert Flag.TIME_BACKWARDS not in second.flags and chat.issues == []
    assert second.time.timestamp() > first.time.timestamp()
    assert second.time.utcoffset().total_seconds() == 3600


def test_system_lines_have_no_sender():
    chat = parse("29.11.26, 14:05 - Anna Schmidt hat die Gruppe \u201eKunden\u201c erstellt\n"
                 "29.11.26, 14:06 - Kunz hat den Betreff zu \"Info: Angebot\" geändert\n"
                 "29.11.26, 14:07 - Anna Schmidt: Hallo\n")
    assert [(m.sender, Flag.SYSTEM in m.flags) for m in chat.messages] == [
        (None, True), (None, True), ("Anna Schmidt", False)]
    assert chat.participants == ["Anna Schmidt"]


def test_text_before_the_first_message_and_crlf():
    chat = parse("Chat-Verlauf\r\n29.11.26, 14:05 - Anna: a\r\nweiter\r\n")
    [message] = chat.messages
    assert message.text == "a\nweiter" and message.verbatim == "29.11.26, 14:05 - Anna: a\nweiter"
    assert [(i.code, i.line) for i in chat.issues] == [("text_before_first_message", 1)]


def test_not_a_chat():
    chat = parse("BEGIN:VCARD\nFN:Anna\nEND:VCARD\n")
    assert chat.messages == [] and not chat.ambiguous
    assert [(i.code, i.severity) for i in chat.issues] == [("no_messages", Severity.ERROR)]


def test_issues_speak_german(monkeypatch):
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    i18n._catalogue.cache_clear()
    try:
        chat = parse(AMBIGUOUS)
        assert "Tag" in chat.issues[0].describe() and "month" not in chat.issues[0].describe()
    finally:
        i18n._catalogue.cache_clear()


def test_read_txt_and_zip(tmp_path: Path):
    txt = tmp_path / "WhatsApp Chat mit Anna Schmidt.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + ANDROID_DE.encode())
    from_txt = read_chat(txt)
    assert len(from_txt.messages) == 7 and from_txt.issues == [] and from_txt.member == ""
    archive = tmp_path / "WhatsApp Chat - Anna Schmidt.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("_chat.txt", IOS_DE)
        z.writestr("00000012-PHOTO-2026-11-29.jpg", b"\xff\xd8\xff")
    from_zip = read_chat(archive)
    assert from_zip.member == "_chat.txt" and from_zip.platform == "ios"
    assert len(from_zip.messages) == 6 and from_zip.file == str(archive)


def test_zip_without_or_with_several_texts(tmp_path: Path):
    empty = tmp_path / "a.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("IMG-1.jpg", b"x")
    assert [i.code for i in read_chat(empty).issues] == ["zip_without_chat"]
    several = tmp_path / "b.zip"
    with zipfile.ZipFile(several, "w") as z:
        z.writestr("eins.txt", "x")
        z.writestr("zwei.txt", "y")
    [issue] = read_chat(several).issues
    assert issue.code == "zip_several_chats" and "eins.txt, zwei.txt" in issue.describe()


def test_unreadable_and_not_utf8(tmp_path: Path):
    [issue] = read_chat(tmp_path / "fehlt.txt").issues
    assert issue.code == "file_unreadable" and issue.severity is Severity.ERROR
    latin = tmp_path / "latin.txt"
    latin.write_bytes("29.11.26, 14:05 - Jürgen: Grüße\n".encode("cp1252"))
    chat = read_chat(latin)
    assert chat.issues[0].code == "not_utf8" and dict(chat.issues[0].params)["count"] == "3"
    assert chat.participants == ["J\ufffdrgen"]


CORPUS_CHATS = CORPUS / "whatsapp-chats"
EXPECTED = {  # file: (platform, order, messages, participants)
    "pokemon.txt": ("android", DateOrder.DAY_FIRST, 20, 8),
    "test_[mmddyy]_24hrs.txt": ("ios", DateOrder.MONTH_FIRST, 9, 5),
    "test_ddmmyy_24hrs.txt": ("android", DateOrder.DAY_FIRST, 9, 5),
    "test_mmddyyyy_12hrs.txt": ("android", DateOrder.MONTH_FIRST, 9, 5),
}


@pytest.mark.skipif(not CORPUS_CHATS.is_dir(),
                    reason=f"corpus not found at {CORPUS_CHATS} (needs ../shared/corpus)")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_chats_read_without_error(name: str):
    path = CORPUS_CHATS / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} not found under {CORPUS_CHATS}")
    chat = read_chat(path)
    assert chat.issues == []
    assert (chat.platform, chat.date_order, len(chat.messages), len(chat.participants)) == \
        EXPECTED[name]
    assert all(m.time is not None for m in chat.messages)
    assert all(b.time.timestamp() >= a.time.timestamp()
               for a, b in zip(chat.messages, chat.messages[1:], strict=False))


@pytest.mark.skipif(not CORPUS_CHATS.is_dir(), reason=f"corpus not found at {CORPUS_CHATS}")
def test_corpus_12h_and_24h_give_the_same_times():
    twelve = read_chat(CORPUS_CHATS / "test_mmddyyyy_12hrs.txt")
    day_first = read_chat(CORPUS_CHATS / "test_ddmmyy_24hrs.txt")
    assert [m.time for m in twelve.messages] == [m.time for m in day_first.messages]
    assert [m.sender for m in twelve.messages] == [m.sender for m in day_first.messages]
