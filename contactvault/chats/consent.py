"""The consent events an exported WhatsApp chat proposes, for a person to confirm.

Pure: a parsed ``Chat``, the SHA-256 of its file and the notices known (``KnownNotice``,
from the templates in force) go in; ``Proposals`` come out. Nothing here touches the
vault; ``services.chat_consent`` records what a person accepts.

What is proposed, following the procedure the guidance describes:

- **implied** – the customer's first message, when the customer wrote first. A chat the
  business started is flagged (``BUSINESS_STARTED``) and proposes no implied consent.
- **notice_sent** – a business message carrying a notice's version tag (``CV-N2-de``)
  or its full text, with that notice's version. A tag of an earlier wording among the
  notices given (the vault keeps every wording it recorded as sent) is proposed with
  that wording's version, and the answers after it are read with its phrases; a tag of
  no wording known is proposed with the version read from the tag, the phrases of its
  policy's wording in force, and a check.
  Sent more than a day after the customer's first message: flagged (``NOTICE_LATE``).
- **granted** – a customer message containing the consent phrase of the notice sent
  before it (case-insensitive, punctuation and spacing free, "Whats-App" = "WhatsApp";
  the parser has already removed the edited marker). A bare "Ja" never counts.
- **revoked** – a customer message containing that notice's revocation phrase, or the
  word "Widerruf" (also "widerrufe", "widerrufen"), "Stopp", or "STOP" in capitals (or
  "stop" as the whole message).

The business's own messages never grant or revoke (its notice holds both phrases).
A proposal that may be wrong carries *checks* (``Check``): the phrase in quotation
marks inside a longer message (the customer may be asking about it), a revocation word
in a question, both answers in one message, a time earlier than the message before.
Such proposals are never accepted wholesale (``--accept-all``, the dialog's default):
a person ticks them one by one.

Each proposal's id is derived from the file's SHA-256, the message's line and the event
kind, so scanning the same file again gives the same ids (applying twice adds nothing).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import PurePath

from contactvault import errors, timefmt
from contactvault.chats.whatsapp import Chat, Flag, Message
from contactvault.consent import notices
from contactvault.consent.events import EventKind, Purpose
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "ChatConsent"
NOTICE_LATE_HOURS = 24


@dataclass(frozen=True)
class KnownNotice:
    """A notice wording a chat can be tied to (``notices.Template`` without the file)."""

    version: str  # "notice/de/standard/2"
    tag: str  # "CV-N2-de"
    language: str
    variant: str  # standard, strict, advertising
    body: str  # with placeholders
    consent_phrase: str
    revocation_phrase: str


class Check(StrEnum):
    """Why a proposal may be wrong: a person must tick it on its own."""

    QUOTED = "quoted"
    QUESTION = "question"
    BOTH_ANSWERS = "both_answers"
    TIME_BACKWARDS = "time_backwards"
    UNKNOWN_NOTICE = "unknown_notice"


class ChatFlag(StrEnum):
    BUSINESS_STARTED = "business_started"
    NOTICE_LATE = "notice_late"
    TIME_BACKWARDS = "time_backwards"
    NO_NOTICE = "no_notice"


CHECK_TEXTS = {
    Check.QUOTED: QT_TRANSLATE_NOOP(
        "ChatConsent", "The phrase stands in quotation marks inside a longer message: the customer "
        "may be asking about it rather than answering."),
    Check.QUESTION: QT_TRANSLATE_NOOP(
        "ChatConsent", "The message is a question: it may only ask about revoking."),
    Check.BOTH_ANSWERS: QT_TRANSLATE_NOOP(
        "ChatConsent", "The message contains both the consent and the revocation phrase."),
    Check.TIME_BACKWARDS: QT_TRANSLATE_NOOP(
        "ChatConsent", "The message's time is earlier than the message before it; check it in the "
        "chat."),
    Check.UNKNOWN_NOTICE: QT_TRANSLATE_NOOP(
        "ChatConsent",
        "The tag is not one of the notices in force (an earlier or another wording); "
        "the version is read from the tag."),
}

FLAG_TEXTS = {
    ChatFlag.BUSINESS_STARTED: QT_TRANSLATE_NOOP(
        "ChatConsent", "The business wrote first ({time}). The guidance says the customer starts "
        "the chat, so no consent by conduct is proposed."),
    ChatFlag.NOTICE_LATE: QT_TRANSLATE_NOOP(
        "ChatConsent", "The notice was sent more than a day after the customer's first message "
        "({first} \u2192 {notice})."),
    ChatFlag.TIME_BACKWARDS: QT_TRANSLATE_NOOP(
        "ChatConsent", "Times in this chat go backwards (first in line {line}); check the order of "
        "the messages."),
    ChatFlag.NO_NOTICE: QT_TRANSLATE_NOOP(
        "ChatConsent", "The chat holds no information notice of the business (no version tag such "
        "as CV-N2-de, nor a notice's full text)."),
}

REASON_TEXTS = {
    "implied": QT_TRANSLATE_NOOP(
        "ChatConsent", "The customer wrote first: their first message in this chat."),
    "notice_tag": QT_TRANSLATE_NOOP(
        "ChatConsent",
        "The business's message carries the notice's version tag {tag} ({version})."),
    "notice_text": QT_TRANSLATE_NOOP(
        "ChatConsent", "The business's message holds the full text of the notice ({version})."),
    "granted": QT_TRANSLATE_NOOP(
        "ChatConsent",
        "The customer's message contains the consent phrase of the notice ({version}): "
        "\u201c{phrase}\u201d."),
    "granted_no_notice": QT_TRANSLATE_NOOP(
        "ChatConsent",
        "The customer's message contains the consent phrase of the notice ({version}): "
        "\u201c{phrase}\u201d. No notice was sent before it in this chat."),
    "revoked_phrase": QT_TRANSLATE_NOOP(
        "ChatConsent", "The customer's message contains the revocation phrase of the notice "
        "({version}): \u201c{phrase}\u201d."),
    "revoked_word": QT_TRANSLATE_NOOP(
        "ChatConsent", "The customer's message contains \u201c{phrase}\u201d."),
}

_TIMES = frozenset({"time", "first", "notice"})


def _describe(template: str, params: tuple[tuple[str, str], ...]) -> str:
    values = {k: timefmt.format_as_written(datetime.fromisoformat(v)) if k in _TIMES
              else notices.version_words(v) if k == "version" else v
              for k, v in params}
    return translate(_CTX, template).format(**values)


@dataclass(frozen=True)
class Proposal:
    id: str
    kind: EventKind  # implied, notice_sent, granted or revoked
    line: int  # where the message starts in the chat text
    time: datetime  # aware local time of the message
    verbatim: str  # the message's lines exactly as in the file
    reason: str  # key of REASON_TEXTS
    params: tuple[tuple[str, str], ...] = ()
    checks: frozenset[Check] = frozenset()
    notice_version: str = ""
    notice_language: str = ""
    notice_tag: str = ""
    notice_text: str = ""  # notice_sent: the message's text, which is what was sent
    purpose: Purpose | None = None  # granted / implied

    @property
    def needs_check(self) -> bool:
        return bool(self.checks)

    @property
    def first_line(self) -> str:
        return self.verbatim.split("\n", 1)[0]

    def why(self) -> str:
        return _describe(REASON_TEXTS[self.reason], self.params)

    def check_texts(self) -> list[str]:
        return [translate(_CTX, CHECK_TEXTS[c]) for c in sorted(self.checks)]


@dataclass(frozen=True)
class FlagNote:
    flag: ChatFlag
    params: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        return _describe(FLAG_TEXTS[self.flag], self.params)


@dataclass
class Proposals:
    chat: Chat
    file_sha256: str
    business: str  # the business's sender name ("" when it never wrote)
    partner: str  # the customer's sender name as the export shows it
    proposals: list[Proposal] = field(default_factory=list)
    flags: list[FlagNote] = field(default_factory=list)

    def by_id(self, ident: str) -> Proposal | None:
        return next((p for p in self.proposals if p.id == ident.strip().lower()), None)


def proposal_id(file_sha256: str, line: int, kind: str) -> str:
    """Stable: the same file, message and kind always give the same id."""
    digest = hashlib.sha256(f"{file_sha256}\n{line}\n{kind}".encode()).hexdigest()
    return digest[:10]


# --- who is who --------------------------------------------------------------------------

_FILE_NAMED = re.compile(r"\AWhatsApp[- ]Chat (?:mit|with|-) (?P<name>.+?)(?: \(\d+\))?\Z",
                         re.I)


def partner_from_file_name(chat: Chat) -> str:
    """The name in "WhatsApp Chat mit Anna Schmidt.txt" (or the .zip's name), or ""."""
    for name in (chat.member, chat.file):
        if name:
            match = _FILE_NAMED.match(PurePath(name).stem)
            if match and PurePath(name).stem != "_chat":
                return match["name"].strip()
    return ""


def roles(chat: Chat, notices: list[KnownNotice], business: str | None = None
          ) -> tuple[str, str]:
    """(business, partner) sender names. The business is the one named, else the
    sender of the notice, else the sender the file name does not name. A group chat or
    a chat that cannot tell is refused with a sentence (``business`` then decides)."""
    people = chat.participants
    if len(people) > 2:
        raise errors.ChatIsGroup(file=chat.file, count=len(people))
    if business is not None:
        business = business.strip()
        if business not in people and people:
            raise errors.ChatSenderUnknown(file=chat.file, name=business,
                                           senders=", ".join(people))
        others = [p for p in people if p != business]
        if not others:
            raise errors.ChatRolesUnclear(file=chat.file, senders=", ".join(people) or "\u2013")
        return business, others[0]
    senders = {m.sender for m in chat.messages if m.sender is not None
               and _notice_in(m, notices) is not None}
    if len(senders) == 1:
        (found,) = senders
        others = [p for p in people if p != found]
        if others:
            return found, others[0]
    named = partner_from_file_name(chat)
    if named and named in people:
        others = [p for p in people if p != named]
        return (others[0] if others else ""), named
    numbers = [p for p in people if NUMBER_LIKE.match(p)]
    if len(people) == 2 and len(numbers) == 1:  # an export never shows its own side so
        (number,) = numbers
        return next(p for p in people if p != number), number
    raise errors.ChatRolesUnclear(file=chat.file, senders=", ".join(people) or "\u2013")


# --- matching ----------------------------------------------------------------------------

NUMBER_LIKE = re.compile(r"\A\+?[\d\s\-()/.]{6,}\Z")  # a sender shown as a number
_TAG = re.compile(r"(?<![\w-])CV-(?P<code>N[SA]?)(?P<number>\d+)-(?P<lang>[a-z]{2})"
                  r"(?:-(?P<custom>[0-9a-f]{6}))?(?![\w-])")
_TAG_VARIANTS = {"N": "standard", "NS": "strict", "NA": "advertising"}
_QUOTES = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a"
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@functools.lru_cache(maxsize=64)
def _phrase_pattern(phrase: str) -> re.Pattern | None:
    """The phrase's words in order, any punctuation or spacing between them, case free;
    "WhatsApp" also as "Whats-App" or "Whats App"."""
    words = re.findall(r"\w+", phrase)
    if not words:
        return None
    parts = [r"whats\W{0,2}app" if w.casefold() == "whatsapp" else re.escape(w) for w in words]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)", re.I)


def _pieces(body: str) -> list[str]:
    # the tag may have been left out ("[CV-N2-de]" is what the tag check looks for)
    return _PLACEHOLDER.split(body.replace("[{version_tag}]", "{version_tag}").strip())


@functools.lru_cache(maxsize=32)
def _first_words(body: str) -> str:
    """The notice's first words: looked for before the whole text, which is cheap."""
    return " ".join(_pieces(body)[0].split()[:6])


@functools.lru_cache(maxsize=32)
def _full_text(body: str) -> re.Pattern:
    """The whole text, its placeholders as wildcards, any spacing."""
    literal = [r"\s+".join(re.escape(w) for w in piece.split()) for piece in _pieces(body)]
    return re.compile(r".*?".join(literal), re.S)


def _notice_in(message: Message, notices: list[KnownNotice]
               ) -> tuple[KnownNotice | None, str, str] | None:
    """(the notice or None if unknown, its tag, "tag"/"text") the message carries."""
    for match in _TAG.finditer(message.text):
        tag = match.group(0)
        version = _unknown_version(tag)[0]
        known = next((n for n in notices if n.tag == tag), None) or next(
            (n for n in notices if n.version == version or (
                "/custom-" in version and n.version.startswith(version))), None)
        return known, tag, "tag"
    text = None
    for notice in notices:
        first = _first_words(notice.body)
        if first.split(" ", 1)[0] not in message.text:
            continue
        text = text if text is not None else " ".join(message.text.split())
        if first in text and _full_text(notice.body).search(text):
            return notice, notice.tag, "text"
    return None


def _unknown_version(tag: str) -> tuple[str, str, str]:
    """(version, language, variant) read from a tag that is no notice in force."""
    match = _TAG.fullmatch(tag)
    variant = _TAG_VARIANTS[match["code"]]
    last = f"custom-{match['custom']}" if match["custom"] else match["number"]
    return f"notice/{match['lang']}/{variant}/{last}", match["lang"], variant


def _found(pattern: re.Pattern | None, text: str) -> re.Match | None:
    return pattern.search(text) if pattern is not None else None


def _quoted_in_longer(match: re.Match, text: str) -> bool:
    before = text[: match.start()].rstrip()
    after = text[match.end():].lstrip()
    quoted = (before[-1:] in _QUOTES and before[-1:] != "") or (after[:1] in _QUOTES
                                                                 and after[:1] != "")
    rest = before.rstrip(_QUOTES) + " " + after.lstrip(_QUOTES)
    return quoted and re.search(r"[^\W\d_]", rest) is not None


# the noun and the verb's forms ("widerrufe", "widerrufen", "widerruft"), not the words
# built on it that are no revocation ("Widerrufsbelehrung", "Widerrufsrecht")
_REVOKE_WORD = re.compile(r"(?<!\w)(widerruf(?:e|en|st|t)?|stopp)(?!\w)", re.I)
_STOP_CAPITALS = re.compile(r"(?<!\w)STOP(?!\w)")
_ONLY_STOP = re.compile(r"\W*stop\W*\Z", re.I)


def _revocation_word(text: str) -> str | None:
    match = _REVOKE_WORD.search(text) or _STOP_CAPITALS.search(text)
    if match:
        return match.group(0)
    if _ONLY_STOP.match(text):
        return text.strip()
    return None


# --- proposing ---------------------------------------------------------------------------

def propose(chat: Chat, file_sha256: str, notices: list[KnownNotice], *,
            business: str | None = None) -> Proposals:
    """The events ``chat`` proposes (see the module). The chat must have times: a chat
    whose date order is open is refused (``ChatDateOrderOpen``)."""
    if chat.ambiguous:
        raise errors.ChatDateOrderOpen(file=chat.file)
    own, partner = roles(chat, notices, business)
    result = Proposals(chat, file_sha256, own, partner)
    spoken = [m for m in chat.messages if m.sender is not None and m.time is not None]
    backwards = next((m for m in chat.messages if Flag.TIME_BACKWARDS in m.flags), None)
    if backwards is not None:
        result.flags.append(FlagNote(ChatFlag.TIME_BACKWARDS, (("line", str(backwards.line)),)))
    first_customer = next((m for m in spoken if m.sender == partner), None)
    if spoken and spoken[0].sender != partner:
        result.flags.append(FlagNote(ChatFlag.BUSINESS_STARTED,
                                     (("time", spoken[0].time.isoformat()),)))
    elif first_customer is not None:
        result.proposals.append(_proposal(file_sha256, first_customer, EventKind.IMPLIED,
                                          "implied", purpose=Purpose.SERVICE))
    sent: KnownNotice | None = None  # the latest notice sent before the message
    sent_version = ""
    any_notice = False
    for message in spoken:
        if message.sender == own:
            found = _notice_in(message, notices)
            if found is None:
                continue
            notice, tag, how = found
            checks = set()
            if notice is None:
                version, language, variant = _unknown_version(tag)
                checks.add(Check.UNKNOWN_NOTICE)
                notice = next((n for n in notices if n.language == language and
                               n.variant == variant), None)  # its phrases, most likely
            else:
                version, language = notice.version, notice.language
            if not any_notice and first_customer is not None and \
                    (message.time - first_customer.time).total_seconds() > \
                    NOTICE_LATE_HOURS * 3600:
                result.flags.append(FlagNote(ChatFlag.NOTICE_LATE, (
                    ("first", first_customer.time.isoformat()),
                    ("notice", message.time.isoformat()))))
            any_notice = True
            sent, sent_version = notice, version
            result.proposals.append(_proposal(
                file_sha256, message, EventKind.NOTICE_SENT,
                "notice_tag" if how == "tag" else "notice_text",
                (("tag", tag), ("version", version)), checks, notice_version=version,
                notice_language=language, notice_tag=tag, notice_text=message.text))
        elif message.sender == partner:
            result.proposals.extend(_answers(file_sha256, message, sent, sent_version,
                                             notices))
    if not any_notice:
        result.flags.append(FlagNote(ChatFlag.NO_NOTICE))
    return result


def _answers(file_sha256: str, message: Message, sent: KnownNotice | None,
             sent_version: str, notices: list[KnownNotice]) -> list[Proposal]:
    """The customer's message as a consent and/or a revocation."""
    text = message.text
    candidates = [sent] if sent is not None else sorted(
        notices, key=lambda n: -len(n.consent_phrase))
    agree = agree_notice = None
    for notice in candidates:
        agree = _found(_phrase_pattern(notice.consent_phrase), text)
        if agree:
            agree_notice = notice
            break
    revoke_notice = sent if sent is not None else None
    revoke = _found(_phrase_pattern(sent.revocation_phrase), text) if sent else None
    if revoke is None and sent is None:
        for notice in notices:
            revoke = _found(_phrase_pattern(notice.revocation_phrase), text)
            if revoke:
                revoke_notice = notice
                break
    word = None if revoke else _revocation_word(text)
    found: list[Proposal] = []
    common = set()
    if Flag.TIME_BACKWARDS in message.flags:
        common.add(Check.TIME_BACKWARDS)
    if agree and (revoke or word):
        common.add(Check.BOTH_ANSWERS)
    if agree:
        checks = set(common)
        if _quoted_in_longer(agree, text):
            checks.add(Check.QUOTED)
        version = sent_version if sent is not None else agree_notice.version
        purpose = (Purpose.ADVERTISING if agree_notice.variant == "advertising"
                   else Purpose.SERVICE)
        found.append(_proposal(
            file_sha256, message, EventKind.GRANTED,
            "granted" if sent is not None else "granted_no_notice",
            (("version", version), ("phrase", agree_notice.consent_phrase)), checks,
            notice_version=version, notice_language=agree_notice.language,
            purpose=purpose))
    if revoke or word:
        checks = set(common)
        if revoke and _quoted_in_longer(revoke, text):
            checks.add(Check.QUOTED)
        if word and "?" in text:
            checks.add(Check.QUESTION)
        if revoke:
            version = sent_version if sent is not None else revoke_notice.version
            found.append(_proposal(file_sha256, message, EventKind.REVOKED, "revoked_phrase",
                                   (("version", version),
                                    ("phrase", revoke_notice.revocation_phrase)), checks))
        else:
            found.append(_proposal(file_sha256, message, EventKind.REVOKED, "revoked_word",
                                   (("phrase", word),), checks))
    return found


def _proposal(file_sha256: str, message: Message, kind: EventKind, reason: str,
              params: tuple[tuple[str, str], ...] = (), checks: set[Check] | None = None,
              **extra) -> Proposal:
    checks = set(checks or ())
    if Flag.TIME_BACKWARDS in message.flags:
        checks.add(Check.TIME_BACKWARDS)
    return Proposal(proposal_id(file_sha256, message.line, kind.value), kind, message.line,
                    message.time, message.verbatim, reason, params, frozenset(checks),
                    **extra)
