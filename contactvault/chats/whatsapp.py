"""WhatsApp chat exports (``.txt``, or the ``.zip`` WhatsApp shares) to typed messages.

Standard library only. What an export looks like, German and English:

    Android   29.11.26, 14:05 - Anna Schmidt: Hallo            (German, 24 h)
              11/29/26, 2:05\u202fPM - Anna Schmidt: Hi          (English, 12 h, U+202F)
    iOS       [29.11.26, 14:05:33] Anna Schmidt: Hallo
              \u200e[11/29/26, 2:05:33\u202fPM] Anna Schmidt: \u200eimage omitted

A line that starts with such a header starts a message; the lines after it up to the
next header are the message's further lines. The file's header shape (Android or iOS,
the date separator, 12- or 24-hour clock) is the one most of its headers have; a
header-shaped line of another shape, or with an impossible date, is text inside the
message and flags it (``HEADER_SHAPED_TEXT``), and a header whose time is earlier than
the message before it starts a message flagged ``TIME_BACKWARDS`` with an issue saying
so: it may be text inside the previous message that only looks like a header. Nothing
of that is dropped silently.

Day and month: ``29.11.26`` can only be day first, ``11/29/26`` only month first, but a
chat whose days are all 1–12 cannot tell. Then the order is not guessed: the ``Chat``
has ``date_order`` None, messages without times and a ``date_order_ambiguous`` issue;
the caller asks the person and reads again with ``date_order=``. (``suggested_order``
says what the dots suggest, for the question's default, never applied by itself.)
Times are the phone's local wall time, returned aware in ``timezone`` (Europe/Berlin
unless given); a time that the autumn clock change makes ambiguous is taken as the one
that keeps the messages in order.

System lines (the end-to-end encryption notice, which iOS attributes to the chat
partner, groups, security codes) have no sender; media placeholders ("<Medien
ausgeschlossen>", "<Media omitted>", "Bild weggelassen"), attachments and deleted
messages keep their sender and are flagged. The "edited" marker is removed from the
text and flagged. The invisible direction marks (U+200E …) are removed from sender and
text; ``verbatim`` keeps the lines exactly as in the file.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from contactvault import timefmt
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_TIMEZONE = "Europe/Berlin"
MAX_CHAT_BYTES = 64 * 1024 * 1024  # a text export larger than this is refused (zip bombs)


class DateOrder(StrEnum):
    DAY_FIRST = "day_first"  # 29.11.26, 29/11/2026
    MONTH_FIRST = "month_first"  # 11/29/26
    YEAR_FIRST = "year_first"  # 2026-11-29 (some locales); never ambiguous


class Flag(StrEnum):
    SYSTEM = "system"  # WhatsApp's own line: no sender
    ENCRYPTION_NOTICE = "encryption_notice"  # the end-to-end notice (also SYSTEM)
    MEDIA_OMITTED = "media_omitted"  # "<Medien ausgeschlossen>", "image omitted"
    ATTACHMENT = "attachment"  # "<Anhang: …>", "IMG-….jpg (Datei angehängt)"
    DELETED = "deleted"  # "Diese Nachricht wurde gelöscht."
    EDITED = "edited"  # the edited marker was removed from the text
    TIME_BACKWARDS = "time_backwards"  # earlier than the message before it
    HEADER_SHAPED_TEXT = "header_shaped_text"  # a further line looks like a header


class Severity(StrEnum):
    ERROR = "error"  # nothing (or not all) could be read; the caller must act
    WARNING = "warning"  # read, but a person should look at the line


@dataclass(frozen=True)
class ChatIssue:
    code: str  # key of ISSUE_TEXTS
    file: str
    line: int | None  # 1-based line in the chat text, None for the whole file
    severity: Severity
    params: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        """The reason as a sentence in the current language."""
        params = {key: timefmt.format_as_written(datetime.fromisoformat(value), seconds=True)
                  if key in _TIMES else value
                  for key, value in self.params}
        return translate("ChatIssue", ISSUE_TEXTS[self.code]).format(**params)


_TIMES = frozenset({"time", "previous"})  # parameters that are ISO times, shown by timefmt


ISSUE_TEXTS = {
    "file_unreadable": QT_TRANSLATE_NOOP("ChatIssue", "The file cannot be read ({error})."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "ChatIssue", "The chat text is larger than {mb} MB; it was not read."),
    "zip_without_chat": QT_TRANSLATE_NOOP(
        "ChatIssue", "The ZIP file holds no chat text (.txt)."),
    "zip_several_chats": QT_TRANSLATE_NOOP(
        "ChatIssue", "The ZIP file holds several text files ({names}); it is not clear "
        "which one is the chat."),
    "not_utf8": QT_TRANSLATE_NOOP(
        "ChatIssue", "The file is not UTF-8 throughout; unreadable bytes were replaced by "
        "\ufffd (places: {count})."),
    "no_messages": QT_TRANSLATE_NOOP(
        "ChatIssue", "No line looks like a WhatsApp message (\u201c29.11.26, 14:05 - Name: "
        "Text\u201d or \u201c[29.11.26, 14:05:33] Name: Text\u201d); this is not a WhatsApp "
        "chat export."),
    "date_order_ambiguous": QT_TRANSLATE_NOOP(
        "ChatIssue", "No day in the chat is above 12, so the file does not tell whether "
        "dates are written day first or month first. Say which order the phone uses; "
        "the messages have no times until then."),
    "date_order_contradictory": QT_TRANSLATE_NOOP(
        "ChatIssue", "Some dates can only be day first (line {day_line}), others only "
        "month first (line {month_line}). Say which order the phone uses; the messages "
        "have no times until then."),
    "date_order_differs": QT_TRANSLATE_NOOP(
        "ChatIssue", "The order given does not fit the date in this line; the line is "
        "kept as text of the message before it."),
    "text_before_first_message": QT_TRANSLATE_NOOP(
        "ChatIssue", "Text before the first message was left out."),
    "time_backwards": QT_TRANSLATE_NOOP(
        "ChatIssue", "This message's time ({time}) is earlier than the message before it "
        "({previous}). It may be text inside the previous message that only looks like a "
        "new message; check it in the chat."),
    "header_shaped_text": QT_TRANSLATE_NOOP(
        "ChatIssue", "A line inside a message looks like the start of a message but does "
        "not match this chat's format or has an impossible date or time; it was kept as "
        "text of the message."),
    "other_formats": QT_TRANSLATE_NOOP(
        "ChatIssue", "Lines that start like a message in another format (the first in "
        "line {line}) were kept as text of the message before them."),
}


@dataclass(frozen=True)
class Message:
    sender: str | None  # None for WhatsApp's own lines (Flag.SYSTEM)
    time: datetime | None  # aware local time; None while the date order is undecided
    text: str  # without direction marks and edited marker; further lines joined by \n
    line: int  # 1-based line in the chat text where the message starts
    verbatim: str  # the message's lines exactly as in the file, joined by \n
    flags: frozenset[Flag] = frozenset()
    attributed_to: str = ""  # the name WhatsApp put before a system line (iOS)


@dataclass
class Chat:
    file: str
    messages: list[Message] = field(default_factory=list)
    issues: list[ChatIssue] = field(default_factory=list)
    date_order: DateOrder | None = None  # None: ambiguous, the caller must ask
    order_from_file: bool = False  # decided by a day above 12 (not given by the caller)
    suggested_order: DateOrder | None = None  # a default for the question, never applied
    timezone: str = DEFAULT_TIMEZONE
    platform: str = ""  # "android" or "ios"; "" when no message was found
    member: str = ""  # the .txt inside a .zip

    @property
    def participants(self) -> list[str]:
        """The senders of real messages, in the order they first wrote."""
        return list(dict.fromkeys(m.sender for m in self.messages if m.sender is not None))

    @property
    def ambiguous(self) -> bool:
        return self.date_order is None and bool(self.messages)


# --- reading the file --------------------------------------------------------------------

def read_chat(path: str | Path, *, date_order: DateOrder | str | None = None,
              timezone: str = DEFAULT_TIMEZONE) -> Chat:
    """The chat in ``path`` (.txt, or .zip with the .txt inside; attachments ignored)."""
    path = Path(path)
    file = str(path)
    member = ""
    try:
        if zipfile.is_zipfile(path):
            data, member, problem = _from_zip(path)
            if problem is not None:
                return Chat(file, issues=[ChatIssue(problem[0], file, None, Severity.ERROR,
                                                    problem[1])], timezone=timezone)
        else:
            if path.stat().st_size > MAX_CHAT_BYTES:
                return _too_large(file, timezone)
            data = path.read_bytes()
    except (OSError, EOFError, RuntimeError, NotImplementedError, zipfile.BadZipFile,
            zlib.error) as error:  # damaged, encrypted or unsupported .zip members
        return Chat(file, issues=[ChatIssue("file_unreadable", file, None, Severity.ERROR,
                                            (("error", error.strerror or str(error)
                                              if isinstance(error, OSError) else str(error)),))],
                    timezone=timezone)
    if data is None:
        return _too_large(file, timezone)
    chat = parse_chat(_decode(data, file, issues := []), file, date_order=date_order,
                      timezone=timezone)
    chat.issues[:0] = issues
    chat.member = member
    return chat


def _too_large(file: str, timezone: str) -> Chat:
    return Chat(file, issues=[ChatIssue("file_too_large", file, None, Severity.ERROR,
                                        (("mb", str(MAX_CHAT_BYTES // (1024 * 1024))),))],
                timezone=timezone)


def _from_zip(path: Path) -> tuple[bytes | None, str, tuple[str, tuple] | None]:
    """(the chat text's bytes, its name, None) or (None, "", (issue code, params))."""
    with zipfile.ZipFile(path) as archive:
        texts = [i for i in archive.infolist() if not i.is_dir()
                 and PurePosixPath(i.filename).suffix.lower() == ".txt"
                 and not PurePosixPath(i.filename).name.startswith(".")]
        if not texts:
            return None, "", ("zip_without_chat", ())
        if len(texts) > 1:  # iOS names it _chat.txt, Android "WhatsApp Chat mit ….txt"
            named = [i for i in texts if PurePosixPath(i.filename).name == "_chat.txt"
                     or PurePosixPath(i.filename).name.lower().startswith("whatsapp chat")]
            if len(named) != 1:
                names = ", ".join(i.filename for i in texts)
                return None, "", ("zip_several_chats", (("names", names),))
            texts = named
        (info,) = texts
        if info.file_size > MAX_CHAT_BYTES:
            return None, info.filename, None
        with archive.open(info) as stream:
            data = stream.read(MAX_CHAT_BYTES + 1)  # the header's size may lie
        if len(data) > MAX_CHAT_BYTES:
            return None, info.filename, None
        return data, info.filename, None


def _decode(data: bytes, file: str, issues: list[ChatIssue]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        issues.append(ChatIssue("not_utf8", file, None, Severity.WARNING,
                                (("count", str(text.count("\ufffd"))),)))
        return text


# --- the lines ---------------------------------------------------------------------------

# Direction and embedding marks WhatsApp writes around system lines and numbers.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                "\u2066\u2067\u2068\u2069\ufeff"))
_DATE = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\.?"
_TIME = (r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
         r"(?:[ \u202f\u00a0]*(?P<ampm>[AaPp]\.?[ \u202f\u00a0]?[Mm]\.?))?")
_ANDROID = re.compile(rf"{_DATE},?[ \u202f\u00a0]+{_TIME} [-\u2013] (?P<rest>.*)\Z", re.S)
_IOS = re.compile(rf"\[{_DATE},?[ \u202f\u00a0]+{_TIME}\] (?P<rest>.*)\Z", re.S)
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class _Header:
    platform: str
    match: re.Match

    @property
    def shape(self) -> tuple[str, str, bool]:
        return self.platform, self.match["sep"], bool(self.match["ampm"])

    def numbers(self) -> tuple[int, int, int]:
        return int(self.match["a"]), int(self.match["b"]), int(self.match["c"])


def _header(line: str) -> _Header | None:
    bare = line.lstrip("\u200e\u200f\ufeff")
    for platform, pattern in (("ios", _IOS), ("android", _ANDROID)):
        match = pattern.match(bare)
        if match:
            return _Header(platform, match)
    return None


def _year_first(header: _Header) -> bool:
    return len(header.match["a"]) == 4


def _decide_order(headers: list[tuple[int, _Header]]
                  ) -> tuple[DateOrder | None, int | None, int | None]:
    """The order the dates prove (None if they cannot tell), and the first lines that can
    only be day first and only month first."""
    day_line = month_line = None
    for number, header in headers:
        if _year_first(header):
            return DateOrder.YEAR_FIRST, None, None
        a, b, _ = header.numbers()
        if a > 12 and day_line is None:
            day_line = number
        if b > 12 and month_line is None:
            month_line = number
    if day_line and not month_line:
        return DateOrder.DAY_FIRST, day_line, None
    if month_line and not day_line:
        return DateOrder.MONTH_FIRST, None, month_line
    return None, day_line, month_line


def _local_time(header: _Header, order: DateOrder) -> datetime | None:
    """The header's wall time, naive; None if the date or time is impossible."""
    a, b, c = header.numbers()
    if order is DateOrder.YEAR_FIRST:
        year, month, day = a, b, c
    elif order is DateOrder.DAY_FIRST:
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    hour, minute = int(header.match["h"]), int(header.match["mi"])
    second = int(header.match["s"] or 0)
    ampm = header.match["ampm"]
    if ampm:
        if hour > 12:
            return None
        pm = ampm[0] in "Pp"
        hour = (hour % 12) + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _sender_and_text(platform: str, rest: str) -> tuple[str | None, str]:
    """The sender and the text after "Name: "; (None, rest) for a line without a sender."""
    match = re.match(r"(?P<name>[^:\n]+?):(?: |(?=\S)|\Z)(?P<text>.*)\Z", rest, re.S)
    if match is None or '"' in match["name"] or "\u201c" in match["name"]:
        return None, rest
    return match["name"].translate(_MARKS).strip(), match["text"]


_EDITED = re.compile(r"[ \u200e]*<(?:Diese Nachricht wurde bearbeitet|This message was "
                     r"edited)>\s*\Z")
_ENCRYPTION = re.compile(
    r"(?:Messages and calls are end-to-end encrypted|Messages (?:to this (?:chat|group) "
    r"(?:and calls )?|you send to this (?:chat|group) )are now secured with end-to-end "
    r"encryption|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt|Nachrichten "
    r"(?:und Anrufe )?(?:in diesem Chat|an diese Gruppe|, die du (?:in diesem Chat|an "
    r"diese Gruppe) sendest,) sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt)",
    re.I)
_MEDIA = re.compile(
    r"\A(?:<Medien ausgeschlossen>|<Media omitted>|<Medien weggelassen>|"
    r"(?:Bild|Video|Audio|Sticker|GIF|Dokument|Kontaktkarte) weggelassen|"
    r"(?:image|video|audio|sticker|GIF|document|Contact card) omitted)\s*\Z", re.I)
_ATTACHMENT = re.compile(
    r"\A(?:<(?:Anhang|attached): [^>\n]+>|[^\n]+\.\w{2,5} \((?:Datei angehängt|file "
    r"attached)\))", re.I)
_DELETED = re.compile(
    r"\A(?:Diese Nachricht wurde gelöscht\.?|Du hast diese Nachricht gelöscht\.?|"
    r"This message was deleted\.?|You deleted this message\.?)\s*\Z", re.I)


def _classify(platform: str, sender: str | None, text: str
              ) -> tuple[str | None, str, set[Flag], str]:
    """(sender, text without marks and marker, flags, attributed_to)."""
    flags: set[Flag] = set()
    if sender is not None:
        edited = _EDITED.search(text)
        if edited:
            text = text[: edited.start()]
            flags.add(Flag.EDITED)
    starts_marked = text.startswith("\u200e")
    clean = text.translate(_MARKS)
    first = clean.split("\n", 1)[0].strip()
    attributed = ""
    if _ENCRYPTION.match(first):
        flags |= {Flag.SYSTEM, Flag.ENCRYPTION_NOTICE}
    elif sender is not None and _MEDIA.match(first):
        flags.add(Flag.MEDIA_OMITTED)
    elif sender is not None and _ATTACHMENT.match(first):
        flags.add(Flag.ATTACHMENT)
    elif sender is not None and _DELETED.match(first):
        flags.add(Flag.DELETED)
    elif sender is None or (platform == "ios" and starts_marked):
        flags.add(Flag.SYSTEM)  # iOS marks its own lines, attributed to the chat, by U+200E
    if Flag.SYSTEM in flags:
        attributed, sender = sender or "", None
    return sender, clean, flags, attributed


# --- the parser --------------------------------------------------------------------------

def parse_chat(text: str, file: str = "", *, date_order: DateOrder | str | None = None,
               timezone: str = DEFAULT_TIMEZONE) -> Chat:
    """The chat in ``text``; ``date_order`` when the person has said it (else decided from
    the dates or left open, see the module)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {timezone!r}") from error
    lines = _NEWLINE.split(text.removeprefix("\ufeff"))
    while lines and not lines[-1].strip():
        lines.pop()
    chat = Chat(file, timezone=timezone)
    headers = [(n, h) for n, line in enumerate(lines, 1) if (h := _header(line))]
    if not headers:
        chat.issues.append(ChatIssue("no_messages", file, None, Severity.ERROR))
        return chat
    shapes = Counter(h.shape for _, h in headers)
    shape = max(shapes, key=lambda s: (shapes[s], -min(n for n, h in headers if h.shape == s)))
    chat.platform = shape[0]
    own = [(n, h) for n, h in headers if h.shape == shape]
    found, day_line, month_line = _decide_order(own)
    if date_order is not None and found is not DateOrder.YEAR_FIRST:  # 2026-11-29: no doubt
        chat.date_order = DateOrder(date_order)
        chat.order_from_file = chat.date_order is found
    else:
        chat.date_order, chat.order_from_file = found, found is not None
        if found is None and day_line and month_line:
            chat.issues.append(ChatIssue("date_order_contradictory", file, None,
                                         Severity.ERROR, (("day_line", str(day_line)),
                                                          ("month_line", str(month_line)))))
        elif found is None:
            chat.issues.append(ChatIssue("date_order_ambiguous", file, None, Severity.ERROR))
    if chat.date_order is None and shape[1] == ".":
        chat.suggested_order = DateOrder.DAY_FIRST  # 29.11.26: dots are written day first
    _assemble(chat, lines, {n: h for n, h in own}, shape, zone)
    other = [n for n, h in headers if h.shape != shape]
    if other:
        chat.issues.append(ChatIssue("other_formats", file, None, Severity.WARNING,
                                     (("line", str(other[0])),)))
    return chat


def _assemble(chat: Chat, lines: list[str], own: dict[int, _Header],
              shape: tuple[str, str, bool], zone: ZoneInfo) -> None:
    file, order = chat.file, chat.date_order
    current: dict | None = None
    previous: datetime | None = None

    def finish() -> None:
        if current is None:
            return
        body = "\n".join(current["text"]).rstrip()
        sender, text, flags, attributed = _classify(chat.platform, current["sender"], body)
        chat.messages.append(Message(sender, current["time"], text.rstrip(), current["line"],
                                     "\n".join(current["verbatim"]).rstrip("\r\n"),
                                     frozenset(flags | current["flags"]), attributed))

    for number, line in enumerate(lines, 1):
        header = own.get(number)
        when: datetime | None = None
        rejected = False
        if header is not None and order is None and not any(
                _local_time(header, o) for o in (DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST)):
            rejected = True
            if current is not None:
                current["flags"].add(Flag.HEADER_SHAPED_TEXT)
                chat.issues.append(ChatIssue("header_shaped_text", file, number,
                                             Severity.WARNING))
            header = None
        elif header is not None and order is not None:
            naive = _local_time(header, order)
            if naive is None:
                rejected = True
                if current is not None:
                    chat.issues.append(ChatIssue(
                        "date_order_differs" if _local_time(header, _other(order))
                        else "header_shaped_text", file, number, Severity.WARNING))
                    current["flags"].add(Flag.HEADER_SHAPED_TEXT)
                header = None
            else:
                when = naive.replace(tzinfo=zone)
        if header is None:
            if current is None:
                if line.strip():
                    chat.issues.append(ChatIssue("text_before_first_message", file, number,
                                                 Severity.WARNING))
                continue
            if not rejected and _header(line) is not None:
                current["flags"].add(Flag.HEADER_SHAPED_TEXT)
                chat.issues.append(ChatIssue("header_shaped_text", file, number,
                                             Severity.WARNING))
            current["text"].append(line)
            current["verbatim"].append(line)
            continue
        finish()
        flags: set[Flag] = set()
        if when is not None and previous is not None:
            when = _in_order(when, previous)
            if when.timestamp() < previous.timestamp():
                flags.add(Flag.TIME_BACKWARDS)
                chat.issues.append(ChatIssue(
                    "time_backwards", file, number, Severity.WARNING,
                    (("time", when.isoformat()), ("previous", previous.isoformat()))))
        if when is not None and Flag.TIME_BACKWARDS not in flags:
            previous = when  # later lines are compared with the latest time in order
        sender, body = _sender_and_text(header.platform, header.match["rest"])
        current = {"sender": sender, "time": when, "line": number, "text": [body],
                   "verbatim": [line], "flags": flags}
    finish()


def _other(order: DateOrder) -> DateOrder:
    return DateOrder.MONTH_FIRST if order is DateOrder.DAY_FIRST else DateOrder.DAY_FIRST


def _in_order(when: datetime, previous: datetime) -> datetime:
    """The autumn clock change repeats an hour of wall time: take its second pass when
    the first would put the message before the previous one."""
    if when.timestamp() < previous.timestamp():
        later = when.replace(fold=1)
        if later.utcoffset() != when.utcoffset() and later.timestamp() >= previous.timestamp():
            return later
    return when


def senders(messages: Iterable[Message]) -> Counter:
    """How many messages each sender wrote (system lines not counted)."""
    return Counter(m.sender for m in messages if m.sender is not None)

