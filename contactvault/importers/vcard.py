"""vCard 2.1 / 3.0 / 4.0 reader: cards to ``ParsedContact`` records.

Why not vobject (0.9.9, still used by the tests as an independent reader): measured on
the corpus and on generated books, ``readComponents`` stops at the first broken card and
loses every card after it, raises RecursionError / binascii.Error, reads nothing from a
file with a UTF-8 BOM or CR-only line endings, is quadratic on long folded
quoted-printable values, cuts 2.1 text at the first comma ("FN:Müller, Hans" ->
"Müller") and is about ten times slower than this narrow reader. Here every card is
read on its own (``split_cards`` then ``parse_card``), so one bad card costs one card.
One format for all three versions: the version is a property of each card, and one file
may mix them (``ParsedContact.source_format`` says "vcard-2.1", "vcard-3.0", "vcard-4.0").

``parse_card`` is a top-level function of plain arguments so that the import service can
run it in a process pool.
"""

from __future__ import annotations

import binascii
import operator
import re
from collections.abc import Iterator
from typing import BinaryIO

from contactvault.importers.base import Head, Record
from contactvault.importers.decoding import (
    UTF8,
    DecodedValue,
    Utf16ToUtf8,
    decode_lossless,
    decode_value,
)
from contactvault.importers.report import ImportIssue, Severity, shorten
from contactvault.importers.vcard_lines import (
    Params,
    bad_lines,
    card_body,
    iter_property_lines,
    params_of,
    split_params,
    split_structured,
    unescape,
)
from contactvault.importers.vcard_split import split_cards, uses_cr_line_endings
from contactvault.model import Address, LabeledValue, ParsedContact, RawPhone, StructuredName

__all__ = ["FORMAT", "VCardFormat", "parse_card", "split_cards", "read_vcards"]

_HINT = re.compile(r"(?im)^[ \t]*(?:begin[ \t]*:[ \t]*vcard|end[ \t]*:[ \t]*vcard"
                   r"|version[ \t]*:[ \t]*[234]\.\d)")

# Properties this reader turns into fields; everything else stays in original_text only.
_WANTED = frozenset({b"FN", b"N", b"ORG", b"TITLE", b"TEL", b"EMAIL", b"ADR", b"NOTE",
                     b"UID", b"VERSION", b"X-ABLABEL"})
# Properties that alone do not make a card worth keeping.
_NOT_CONTENT = frozenset({b"VERSION", b"PRODID", b"REV", b"BEGIN", b"END"})
_BROKEN_QP = re.compile(rb"=(?![0-9A-Fa-f]{2})(?!$)")
_GROUP = operator.itemgetter(0)  # of a content line: its group ("item1"), b"" without


class VCardFormat:
    """vCard 2.1, 3.0 and 4.0 (.vcf), whatever the exporter."""

    name = "vcard"
    extensions = (".vcf", ".vcard")

    def detect(self, head: Head) -> float:
        return 1.0 if not head.binary and _HINT.search(head.text) else 0.0

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        encoding = head.encoding
        start = head.data[len(encoding.bom):]
        if encoding.is_utf16:
            source: BinaryIO = Utf16ToUtf8(stream, encoding.codec, skip=len(encoding.bom))
            start = start.decode(encoding.codec, "replace").encode(UTF8)
            value_codec = UTF8
        else:
            stream.seek(len(encoding.bom))
            source, value_codec = stream, encoding.codec
        cr_mode = uses_cr_line_endings(start)
        if cr_mode:
            yield ImportIssue("line_endings_guessed", head.file, None, Severity.WARNING,
                              "CR-only line endings")
        yield from read_vcards(source, head.file, value_codec, cr_mode)


FORMAT = VCardFormat()


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
              severity: Severity = Severity.WARNING, says: str = "", **params: str) -> None:
        self.issues.append(ImportIssue(code, self.file, self.line, severity, detail,
                                       shorten(raw), says, tuple(params.items())))

    def issue_once(self, code: str, detail: str, raw: str = "", says: str = "",
                   **params: str) -> None:
        if code not in self._reported:
            self._reported.add(code)
            self.issue(code, detail, raw, says=says, **params)

    def parse(self) -> tuple[ParsedContact | None, list[ImportIssue]]:
        card = self.card
        if b"\x00" in card:
            card = card.replace(b"\x00", b"")
            self.issue("nul_bytes", "NUL bytes removed", says="none")
        original = self._original_text(card)
        # Cheap first: a card with no more CRs than LFs cannot be CR-only.
        cr_only = card.count(b"\r") > card.count(b"\n") and uses_cr_line_endings(card)
        body = card_body(card, cr_only)
        if not body.has_begin:
            self.issue("missing_begin", "BEGIN:VCARD added", original[:200], says="none")
        if not body.has_end:
            self.issue("missing_end", "the record ends where the next one begins "
                       "or where the file ends", says="record_ends")
        wanted: list[tuple[bytes, bytes, bytes, bytes]] = []
        has_content = False
        version = b""
        lines = iter_property_lines(body.text)
        for line in lines:
            name = line[1]
            if name in _WANTED:
                wanted.append(line)
                if name == b"VERSION":
                    version = line[3]
                    continue
            elif name in _NOT_CONTENT:
                continue
            has_content = True
        bad = bad_lines(body.text, len(lines))
        if bad:
            self.issue("bad_line", f"{len(bad)} line(s) without a property name and ':'",
                       decode_lossless(bad[0][:200], UTF8), says="lines_without_name",
                       count=str(len(bad)))
        if not has_content:
            if bad:
                self.issue("card_unreadable", "no property could be read", original[:200],
                           Severity.ERROR, says="no_property_read")
            else:
                self.issue("card_empty", "the record holds no properties", original[:200],
                           Severity.ERROR, says="no_properties")
            return None, self.issues
        self.version = self._version(version, card)
        if body.qp_runs_into_end:
            self.issue("bad_quoted_printable", "soft line break at the end of the record",
                       says="qp_soft_break")
        return self._contact(wanted, original), self.issues

    def _original_text(self, card: bytes) -> str:
        try:
            return card.decode(UTF8)
        except UnicodeDecodeError:
            declared = re.search(rb";CHARSET=([\w.:-]+)", card, re.I)
            if declared:
                return decode_value(card, declared.group(1).decode("ascii"), self.file_codec)
            return decode_lossless(card, self.file_codec)

    def _version(self, declared: bytes, card: bytes) -> str:
        value = declared.strip()
        if value.startswith(b"2"):
            return "2.1"
        if value.startswith(b"4"):
            return "4.0"
        if value:
            return "3.0"
        upper = card.upper()
        assumed = "2.1" if b"QUOTED-PRINTABLE" in upper or b"CHARSET=" in upper else "3.0"
        self.issue("missing_version", f"read as vCard {assumed}", says="read_as_vcard",
                   version=assumed)
        return assumed

    # --- values ------------------------------------------------------------------------

    def text(self, name: bytes, value: bytes, params: Params) -> str:
        raw = value.rstrip(b"\r")
        if not params.encoding and raw.isascii():
            return raw.decode("ascii")  # the common case, kept cheap
        if params.encoding == "QUOTED-PRINTABLE":
            if _BROKEN_QP.search(raw):
                self.issue_once("bad_quoted_printable", f"{name.decode('latin-1')}: '=' not "
                                "followed by two hex digits; kept as written",
                                decode_lossless(raw[:200], UTF8), says="qp_bad_escape",
                                property=name.decode("latin-1"))
            raw = binascii.a2b_qp(raw)
        elif params.encoding == "BASE64":
            try:
                raw = binascii.a2b_base64(raw)
            except binascii.Error:
                self.issue_once("bad_line", f"{name.decode('latin-1')}: BASE64 value cannot "
                                "be decoded", decode_lossless(raw[:200], UTF8),
                                says="base64_bad", property=name.decode("latin-1"))
        if raw.isascii():  # read as ASCII whatever the CHARSET (as decode_value does)
            return raw.decode("ascii")
        return decode_value(raw, params.charset, self.file_codec,
                            lambda decoded: self._guessed(name, value, decoded))

    def _guessed(self, name: bytes, value: bytes, decoded: DecodedValue) -> None:
        self.issue_once(decoded.problem, f"{name.decode('latin-1')}: {decoded.detail}",
                        decode_lossless(value[:200], UTF8), says=decoded.says,
                        property=name.decode("latin-1"), **dict(decoded.params))

    def parts(self, text: str, size: int = 0) -> list[str]:
        """The ';'-separated parts, unescaped and stripped; padded to ``size`` when given."""
        if "\\" in text:
            version = self.version
            parts = [unescape(part, version).strip() for part in split_structured(text)]
        else:  # nothing escaped: what the line above gives, in one pass
            parts = [part.strip() for part in text.split(";")]
        if len(parts) < size:
            parts += [""] * (size - len(parts))
        return parts

    # --- assembling the record --------------------------------------------------------

    def _contact(self, lines: list[tuple[bytes, bytes, bytes, bytes]],
                 original: str) -> ParsedContact:
        # The fields are gathered first and the record made once (its default factories
        # and attribute writes: 4 % of reading a card).
        version = self.version
        formatted_name = organisation = title = uid = ""
        name: StructuredName | None = None
        phones: list[RawPhone] = []
        emails: list[LabeledValue] = []
        addresses: list[Address] = []
        notes: list[str] = []
        labels: dict[bytes, str] = {}
        if any(map(_GROUP, lines)):  # iOS item1.TEL + item1.X-ABLabel
            for group, prop, params, value in lines:
                if prop == b"X-ABLABEL" and group:
                    labels[group.lower()] = unescape(
                        self.text(prop, value, params_of(params)), version).strip()
        for group, prop, params, value in lines:
            if prop in (b"VERSION", b"X-ABLABEL"):
                continue
            if b'"' in params:
                params, value = split_params(params, value)
            parsed = params_of(params)
            text = self.text(prop, value, parsed)
            if prop == b"TEL":
                number = unescape(text, version)
                if number[:4].lower() == "tel:":  # 4.0 TEL;VALUE=uri:tel:+49...
                    number = number[4:]
                if number.strip():
                    label = labels.get(group.lower(), parsed.label) if group else parsed.label
                    phones.append(RawPhone(number, label, parsed.pref))
            elif prop == b"EMAIL":
                address = unescape(text, version).strip()
                if address:
                    label = labels.get(group.lower(), parsed.label) if group else parsed.label
                    emails.append(LabeledValue(address, label))
            elif prop == b"FN":
                if not formatted_name:
                    formatted_name = unescape(text, version).strip()
            elif prop == b"N":
                if name is None or name.is_empty():
                    name = StructuredName(*self.parts(text, 5)[:5])
            elif prop == b"ORG":
                if not organisation:
                    organisation = ", ".join(p for p in self.parts(text) if p)
            elif prop == b"TITLE":
                if not title:
                    title = unescape(text, version).strip()
            elif prop == b"ADR":
                label = labels.get(group.lower(), parsed.label) if group else parsed.label
                address = Address(label, *self.parts(text, 7)[:7])
                if not address.is_empty():
                    addresses.append(address)
            elif prop == b"NOTE":
                note = unescape(text, version)
                if note.strip():
                    notes.append(note)
            elif prop == b"UID" and not uid:
                uid = unescape(text, version).strip()
        return ParsedContact(self.file, self.line, f"vcard-{version}", original,
                             formatted_name, name or StructuredName(), organisation, title,
                             phones, emails, addresses, notes, uid)
