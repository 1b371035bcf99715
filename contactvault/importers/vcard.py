"""vCard 2.1 / 3.0 / 4.0 reader: cards to ``ParsedContact`` records.

Why not vobject (0.9.9, still used by the tests as an independent reader): measured on
the corpus and on generated books, ``readComponents`` stops at the first broken card and
loses every card after it, raises RecursionError / binascii.Error, reads nothing from a
file with a UTF-8 BOM or CR-only line endings, is quadratic on long folded
quoted-printable values, cuts 2.1 text at the first comma ("FN:Müller, Hans" ->
"Müller") and is about ten times slower than this narrow reader. Here every card is
read on its own (``split_cards`` then ``parse_card``), so one bad card costs one card.

``parse_card`` is a top-level function of plain arguments so that the import service can
run it in a process pool.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from typing import BinaryIO

from contactvault.importers.decoding import UTF8, decode_lossless, decode_value
from contactvault.importers.report import ImportIssue, Severity, shorten
from contactvault.importers.vcard_lines import (
    Property,
    content_lines,
    parse_property,
    split_structured,
    unescape,
)
from contactvault.importers.vcard_split import split_cards, uses_cr_line_endings
from contactvault.model import Address, LabeledValue, ParsedContact, RawPhone, StructuredName

__all__ = ["parse_card", "split_cards", "read_vcards"]

# Properties this reader turns into fields; everything else stays in original_text only.
_WANTED = frozenset({"FN", "N", "ORG", "TITLE", "TEL", "EMAIL", "ADR", "NOTE", "UID",
                     "VERSION", "X-ABLABEL"})
# Properties that alone do not make a card worth keeping.
_NOT_CONTENT = frozenset({"VERSION", "PRODID", "REV", "BEGIN", "END"})
_BROKEN_QP = re.compile(rb"=(?![0-9A-Fa-f]{2})(?!$)")
_TEL_URI = re.compile(r"^tel:", re.I)


def read_vcards(stream: BinaryIO, file: str, file_codec: str = UTF8,
                cr_line_endings: bool | None = None) -> Iterator[ParsedContact | ImportIssue]:
    """Stream records and issues from a vCard byte stream (already UTF-8 or 8-bit)."""
    pending: list[ImportIssue] = []
    for line, card in split_cards(stream, file, pending.append, cr_line_endings):
        yield from pending
        pending.clear()
        contact, issues = parse_card(card, line, file, file_codec)
        yield from issues
        if contact is not None:
            yield contact
    yield from pending


def parse_card(card_bytes: bytes, start_line: int, file: str,
               file_encoding: str) -> tuple[ParsedContact | None, list[ImportIssue]]:
    """Read one card (BEGIN..END bytes as in the file). Never raises for bad content."""
    try:
        return _CardParser(card_bytes, start_line, file, file_encoding).parse()
    except Exception as error:  # noqa: BLE001 - a reader bug must cost one card, not the file
        return None, [ImportIssue("card_unreadable", file, start_line, Severity.ERROR,
                                  f"internal error: {type(error).__name__}",
                                  shorten(decode_lossless(card_bytes[:200], UTF8)))]


class _CardParser:
    def __init__(self, card: bytes, line: int, file: str, file_codec: str) -> None:
        self.card = card
        self.line = line
        self.file = file
        self.file_codec = file_codec or UTF8
        self.issues: list[ImportIssue] = []
        self.version = "3.0"
        self._reported: set[str] = set()

    def issue(self, code: str, detail: str = "", raw: str = "",
              severity: Severity = Severity.WARNING) -> None:
        self.issues.append(ImportIssue(code, self.file, self.line, severity, detail,
                                       shorten(raw)))

    def issue_once(self, code: str, detail: str, raw: str = "") -> None:
        if code not in self._reported:
            self._reported.add(code)
            self.issue(code, detail, raw)

    def parse(self) -> tuple[ParsedContact | None, list[ImportIssue]]:
        card = self.card
        if b"\x00" in card:
            card = card.replace(b"\x00", b"")
            self.issue("nul_bytes", "NUL bytes removed")
        original = self._original_text(card)
        lines = content_lines(card, uses_cr_line_endings(card))
        if not lines.has_begin:
            self.issue("missing_begin", "BEGIN:VCARD added", original[:200])
        if not lines.has_end:
            self.issue("missing_end", "the record ends where the next one begins "
                       "or where the file ends")
        props: list[Property] = []
        bad: list[bytes] = []
        for raw_line in lines.lines:
            prop = parse_property(raw_line)
            if prop is None:
                bad.append(raw_line)
            else:
                props.append(prop)
        if bad:
            what = "line without a name and ':'"
            self.issue("bad_line", f"{len(bad)} {what}" if len(bad) == 1
                       else f"{len(bad)} lines without a name and ':'",
                       decode_lossless(bad[0][:200], UTF8))
        if not any(p.name not in _NOT_CONTENT for p in props):
            if bad or not props and original.count("\n") > 1:
                self.issue("card_unreadable", "no property could be read", original[:200],
                           Severity.ERROR)
            else:
                self.issue("card_empty", "the record holds no properties", original[:200],
                           Severity.ERROR)
            return None, self.issues
        self.version = self._version(props, card)
        if lines.qp_runs_into_end:
            self.issue("bad_quoted_printable", "soft line break at the end of the record")
        return self._contact(props, original), self.issues

    def _original_text(self, card: bytes) -> str:
        try:
            return card.decode(UTF8)
        except UnicodeDecodeError:
            declared = re.search(rb";CHARSET=([\w.:-]+)", card, re.I)
            if declared:
                text = decode_value(card, declared.group(1).decode("ascii"), self.file_codec)
                return text.text
            return decode_lossless(card, self.file_codec)

    def _version(self, props: list[Property], card: bytes) -> str:
        for prop in props:
            if prop.name == "VERSION":
                value = prop.value.strip().decode("latin-1")
                if value.startswith("2"):
                    return "2.1"
                if value.startswith("4"):
                    return "4.0"
                return "3.0"
        upper = card.upper()
        assumed = "2.1" if b"QUOTED-PRINTABLE" in upper or b"CHARSET=" in upper else "3.0"
        self.issue("missing_version", f"read as vCard {assumed}")
        return assumed

    # --- values ------------------------------------------------------------------------

    def text(self, prop: Property) -> str:
        raw = prop.value
        if prop.encoding == "QUOTED-PRINTABLE":
            if _BROKEN_QP.search(raw):
                self.issue_once("bad_quoted_printable", f"{prop.name}: '=' not followed by "
                                "two hex digits; kept as written",
                                decode_lossless(raw[:200], UTF8))
            raw = binascii.a2b_qp(raw)
        elif prop.encoding == "BASE64":
            try:
                raw = binascii.a2b_base64(raw)
            except binascii.Error:
                self.issue_once("bad_line", f"{prop.name}: BASE64 value cannot be decoded",
                                decode_lossless(raw[:200], UTF8))
        if raw.isascii():
            return raw.decode("ascii")
        decoded = decode_value(raw, prop.charset, self.file_codec)
        if decoded.problem:
            self.issue_once(decoded.problem, f"{prop.name}: {decoded.detail}",
                            decode_lossless(prop.value[:200], UTF8))
        return decoded.text

    def plain(self, prop: Property) -> str:
        return unescape(self.text(prop), self.version)

    def structured(self, prop: Property, size: int) -> list[str]:
        parts = [unescape(part, self.version) for part in split_structured(self.text(prop))]
        return (parts + [""] * size)[:size]

    # --- assembling the record --------------------------------------------------------

    def _contact(self, props: list[Property], original: str) -> ParsedContact:
        contact = ParsedContact(self.file, self.line, f"vcard-{self.version}", original)
        labels = {p.group.lower(): self.plain(p) for p in props
                  if p.name == "X-ABLABEL" and p.group}
        for prop in props:
            name = prop.name
            if name not in _WANTED:
                continue
            if name == "TEL":
                number = _TEL_URI.sub("", self.plain(prop).strip("\r"))
                if number.strip():
                    contact.phones.append(RawPhone(number, self._label(prop, labels),
                                                   prop.pref))
            elif name == "EMAIL":
                address = self.plain(prop).strip()
                if address:
                    contact.emails.append(LabeledValue(address, self._label(prop, labels)))
            elif name == "FN" and not contact.formatted_name:
                contact.formatted_name = self.plain(prop).strip()
            elif name == "N" and contact.name.is_empty():
                family, given, additional, prefix, suffix = (
                    part.strip() for part in self.structured(prop, 5))
                contact.name = StructuredName(family, given, additional, prefix, suffix)
            elif name == "ORG" and not contact.organisation:
                contact.organisation = ", ".join(
                    part.strip() for part in self.structured(prop, 99) if part.strip())
            elif name == "TITLE" and not contact.title:
                contact.title = self.plain(prop).strip()
            elif name == "ADR":
                parts = [part.strip() for part in self.structured(prop, 7)]
                address = Address(self._label(prop, labels), *parts)
                if not address.is_empty():
                    contact.addresses.append(address)
            elif name == "NOTE":
                note = self.plain(prop)
                if note.strip():
                    contact.notes.append(note)
            elif name == "UID" and not contact.uid:
                contact.uid = self.plain(prop).strip()
        return contact

    @staticmethod
    def _label(prop: Property, labels: dict[str, str]) -> str:
        if prop.group and prop.group.lower() in labels:
            return labels[prop.group.lower()]
        return ",".join(t.upper() for t in prop.types)
