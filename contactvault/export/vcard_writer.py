"""The vCard for the WhatsApp phone: the one module that writes it.

A minimal vCard 3.0 per contact: FN, N, the eligible number(s) as TEL, a stable UID and,
by setting, ORG — nothing else leaves the vault (no e-mail, address, note or photo).
CRLF line ends, lines folded at 75 octets, values escaped (``vcard_text``), UTF-8.
Android's and iOS's contact import read this form.

The writer does not trust its caller: it asks the consent policy about every number it
is given (from the events it is given) and refuses the whole file if one is not
allowed — so even a direct call cannot put a refused number on a phone.

The file is the one place contact data leaves the vault unencrypted: the export service
writes it through ``output_files`` like every file the app writes (a temporary file in
the target folder, owner-only from the start, synced, then given its name), so a crash
leaves either the old file or the new one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from contactvault import errors, phones
from contactvault.consent import policy
from contactvault.consent.events import ConsentEvent
from contactvault.export import vcard_text
from contactvault.export.vcard_text import compound, escape_text, fold
from contactvault.i18n import QT_TRANSLATE_NOOP, translate_n
from contactvault.model import PhoneNumber, StructuredName

UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "Export",
    "{path} is NOT encrypted: it holds %n name(s) and phone number(s) in plain text. "
    "Delete it as soon as the WhatsApp phone has imported it.", None, 1)


@dataclass(frozen=True)
class CardNumber:
    """One number the caller wants on the phone, with the facts the policy needs."""

    number: PhoneNumber
    events: Sequence[ConsentEvent]


@dataclass(frozen=True)
class CardSource:
    """One contact to write. ``category`` is the contact's category value."""

    uid: str
    formatted_name: str
    name: StructuredName
    organisation: str
    category: str
    numbers: Sequence[CardNumber]


@dataclass(frozen=True)
class WrittenCard:
    uid: str  # the contact's UID (what export_items record)
    card_uid: str  # the UID written into the card
    shown_name: str  # FN as the phone will show it
    numbers: tuple[tuple[str, policy.Decision], ...]  # (E.164, the decision allowing it)


def shown_name(source: CardSource, first_e164: str = "") -> str:
    """The name the phone will show: FN, else the structured name, else the organisation,
    else the number itself (a card must have a name for the phone to list it)."""
    for candidate in (source.formatted_name, source.name.formatted(), source.organisation):
        text = _plain(candidate)
        if text:
            return text
    return phones.display(first_e164) if first_e164 else ""


def _plain(text: str) -> str:
    # Names are stripped: leading/trailing blanks have no meaning on a phone, and
    # parsers disagree about keeping them.
    return vcard_text.clean(text).strip()


def _card(source: CardSource, decisions: Sequence[policy.Decision],
          include_organisation: bool) -> tuple[str, WrittenCard]:
    allowed: list[tuple[str, policy.Decision, str]] = []
    seen: set[str] = set()
    for item, decision in zip(source.numbers, decisions, strict=True):
        number = item.number
        if not decision.eligible:
            raise errors.NotEligible(number=number.e164 or number.raw,
                                     reason=decision.reason_text())
        e164 = vcard_text.tel_value(number.e164 or "")
        if e164 in seen:
            continue
        seen.add(e164)
        kind = "CELL" if number.number_type in ("mobile", "fixed_line_or_mobile") else "VOICE"
        allowed.append((e164, decision, kind))
    if not allowed:
        raise errors.InvalidArgument(
            what="vCard", reason=QT_TRANSLATE_NOOP("Errors", "a card needs at least one number"))

    fn = shown_name(source, allowed[0][0])
    name = source.name
    parts = [_plain(p) for p in (name.family, name.given, name.additional, name.prefix,
                                 name.suffix)]
    if not any(parts):
        parts = ["", fn, "", "", ""]  # no structured name: the phone shows N, so give it FN
    card_uid = vcard_text.stable_uid(source.uid)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:" + escape_text(fn),
        "N:" + compound(*parts),
    ]
    organisation = _plain(source.organisation)
    if include_organisation and organisation:
        lines.append("ORG:" + escape_text(organisation))  # one component: ';' is escaped
    lines.extend(f"TEL;TYPE={kind}:{e164}" for e164, _decision, kind in allowed)
    lines.append("UID:" + card_uid)
    lines.append("END:VCARD")
    text = "".join(fold(line) for line in lines)
    return text, WrittenCard(source.uid, card_uid, fn,
                             tuple((e164, decision) for e164, decision, _ in allowed))


def render(sources: Iterable[CardSource], settings: policy.PolicySettings, today: datetime,
           *, include_organisation: bool = False) -> tuple[str, list[WrittenCard]]:
    """All cards as one text, or NotEligible and nothing. The policy decides every
    number of every card in one batch."""
    cards = render_each(sources, settings, today, include_organisation=include_organisation)
    return "".join(text for text, _card in cards), [card for _text, card in cards]


def render_each(sources: Iterable[CardSource], settings: policy.PolicySettings,
                today: datetime, *, include_organisation: bool = False
                ) -> list[tuple[str, WrittenCard]]:
    """Each card's text on its own (one resource per card on a CardDAV server), or
    NotEligible and nothing; the same cards as ``render``."""
    sources = list(sources)
    decisions = policy.decide_many(
        [(item.events, source.category, item.number)
         for source in sources for item in source.numbers], settings, today)
    cards: list[tuple[str, WrittenCard]] = []
    start = 0
    with policy.gc_paused():
        for source in sources:
            end = start + len(source.numbers)
            cards.append(_card(source, decisions[start:end], include_organisation))
            start = end
    return cards


def unencrypted_warning(path: Path | str, count: int) -> str:
    return translate_n("Export", UNENCRYPTED_WARNING, count).format(path=str(path))
