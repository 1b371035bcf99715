"""The one entry point: which format reads a file, in which encoding, streamed.

``FORMATS`` is the one table of address-book formats (``base.Importer``). A new format is
one new module plus one line here: the table is explicit, not discovered, so that the
order that breaks equal scores is visible and bundlers that follow imports (PyInstaller)
carry every format.

``read`` never raises for bad content. File-level problems (cannot be opened, empty,
binary, no format claims it) are one ERROR issue that ends the iteration; repairs and
guesses (byte-order mark, guessed encoding, CR-only line endings) are WARNING issues
before the records.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from contactvault import phones
from contactvault.importers import (
    csv_apple,
    csv_generic,
    csv_google,
    csv_outlook,
    csv_thunderbird,
    spreadsheet,
    vcard,
)
from contactvault.importers.base import Head, Importer, Record
from contactvault.importers.decoding import (
    CHUNK_BYTES,
    CODE_PAGE_LANGUAGES,
    CODE_PAGE_NAMES,
    SNIFF_BYTES,
    FileEncoding,
    detect_file_encoding,
)
from contactvault.importers.report import FileSummary, ImportIssue, Severity
from contactvault.model import ParsedContact
from contactvault.printable import path_text

# Every format, in the order equal scores are decided.
FORMATS: tuple[Importer, ...] = (
    vcard.FORMAT,  # vCard 2.1 / 3.0 / 4.0
    csv_google.FORMAT,  # Google Contacts CSV, both generations
    csv_outlook.FORMAT,  # Outlook CSV, English and German
    csv_thunderbird.FORMAT,  # Thunderbird CSV, English and German
    csv_apple.FORMAT,  # Apple Contacts CSV
    csv_generic.FORMAT,  # any other CSV with name/phone/e-mail columns
    spreadsheet.XLSX,  # Excel workbook, first sheet, columns mapped as in a CSV
    spreadsheet.ODS,  # OpenDocument spreadsheet (LibreOffice), the same
)

_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive",
    b"SQLite format 3": "SQLite database",
}
# Bytes that do not occur in text (NUL counted apart: UTF-16 is recognised before this).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b\x00") + b"\x7f"
# Random bytes have ~11% of them; a text file with one damaged record far fewer.
_MAX_CONTROL_SHARE = 0.05


def detect(head: Head) -> Importer | None:
    """The format that scores the file highest; None when every format says 0."""
    best: Importer | None = None
    best_score = 0.0
    for importer in FORMATS:
        score = importer.detect(head)
        if score > best_score:
            best, best_score = importer, score
    return best


def file_patterns() -> list[str]:
    """Name patterns of the files the formats are usually saved as, for file dialogs."""
    patterns: list[str] = []
    for importer in FORMATS:
        patterns += [f"*{ext}" for ext in importer.extensions if f"*{ext}" not in patterns]
    return patterns


def read(path: pathlib.Path, summary: FileSummary,
         mapping: Mapping[str, str] | None = None, *, strict: bool = True,
         region: str = phones.DEFAULT_REGION) -> Iterator[Record]:
    """Detect the format and encoding of one file and stream its records; a table's
    columns are mapped by ``mapping`` (column -> field) where it names them; ``region``
    is the one numbers without a country code are read in (a spreadsheet's number cells
    are repaired for it)."""
    file = path_text(path)  # a name that is not UTF-8 is still read, and reported escaped
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, also on early exit
    except OSError as error:
        yield _file_error("file_unreadable", file, error.strerror or str(error))
        return
    try:
        for item in _read_stream(stream, file, summary, mapping or {}, strict, region):
            if isinstance(item, ParsedContact):
                summary.records += 1
            yield item
    except OSError as error:  # e.g. the disk went away mid-read
        yield _file_error("file_unreadable", file, error.strerror or str(error))
    finally:
        stream.close()


def _file_error(code: str, file: str, detail: str, says: str = "",
                **params: str) -> ImportIssue:
    return ImportIssue(code, file, None, Severity.ERROR, detail, says=says,
                       params=tuple(params.items()))


def _warning(code: str, file: str, detail: str, says: str = "", **params: str) -> ImportIssue:
    return ImportIssue(code, file, None, Severity.WARNING, detail, says=says,
                       params=tuple(params.items()))


def _read_stream(stream: BinaryIO, file: str, summary: FileSummary,
                 mapping: Mapping[str, str], strict: bool, region: str) -> Iterator[Record]:
    found = yield from _head(stream, file, summary, mapping, strict, region)
    if found is None:
        return
    head, stream = found
    importer = detect(head)
    assert importer is not None  # _head refused the file otherwise
    summary.format = importer.name
    if not getattr(importer, "text", True):  # a spreadsheet: a ZIP of XML, no text encoding
        summary.encoding = ""
    for item in importer.read(stream, head):
        if head.kept and not summary.mapping:
            summary.mapping = dict(head.kept)
        yield item
    if head.kept and not summary.mapping:
        summary.mapping = dict(head.kept)


def _head(stream: BinaryIO, file: str, summary: FileSummary, mapping: Mapping[str, str],
          strict: bool = True, region: str = phones.DEFAULT_REGION) -> Iterator[Record]:
    """The file's beginning, after the file-level checks; None when they refuse it."""
    data = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if not data:
        yield _file_error("file_empty", file, "0 bytes", "zero_bytes")
        return
    encoding = detect_file_encoding(stream)
    summary.encoding = encoding.codec
    binary = "" if encoding.is_utf16 else _binary_kind(data)
    text = "" if binary else data[len(encoding.bom):].decode(encoding.codec, "replace")
    if not binary and not text.strip(" \t\r\n\f\x00\ufeff"):
        yield _file_error("file_empty", file, "only whitespace", "only_whitespace")
        return
    head = Head(file, data, text, encoding, binary, mapping, strict_mapping=strict,
                region=region)
    importer = detect(head)
    if binary:
        if importer is None:
            offset = None if isinstance(stream, _Skipped) else _first_card(stream)
            if offset is None:
                yield _file_error("file_binary", file, binary)
                return None
            # Cards after a block of binary bytes (a phone's backup, a damaged file):
            # read from the first BEGIN:VCARD, saying how much was skipped.
            yield _warning("binary_skipped", file, f"{offset} bytes before BEGIN:VCARD",
                           "binary_skipped", bytes=str(offset))
            return (yield from _head(_Skipped(stream, offset), file, summary, mapping,
                                     strict, region))
    else:
        if encoding.bom:
            yield _warning("byte_order_mark", file, f"{_label(encoding)} byte-order mark",
                           "bom", encoding=_label(encoding))
        if encoding.guessed and encoding.codec in CODE_PAGE_LANGUAGES:
            yield _warning("encoding_guessed", file, f"read as {_label(encoding)}",
                           "read_as_code_page", encoding=_label(encoding),
                           languages=CODE_PAGE_LANGUAGES[encoding.codec])
        elif encoding.guessed:
            yield _warning("encoding_guessed", file, f"read as {_label(encoding)}",
                           "read_as", encoding=_label(encoding))
    if importer is None and _CHAT_LINE.match(text.lstrip("\ufeff\u200e\r\n\t ")):
        yield _file_error("unknown_format", file, "a WhatsApp chat export, not an address "
                          "book (contactvault chat scan reads it)", "whatsapp_chat")
        return None
    if importer is None:
        yield _file_error("unknown_format", file, "no BEGIN:VCARD and no CSV header",
                          "no_format")
        return None
    return head, stream


_CARD = re.compile(rb"(?i)begin:vcard")
# The first line of a WhatsApp chat export (contactvault.chats reads these): Android
# "29.11.26, 14:05 - " or iOS "[29.11.26, 14:05:33] ", 12-hour clocks too.
_CHAT_LINE = re.compile(
    r"(?P<ios>\[)?\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4},?\s+\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?(ios)\] | [-\u2013] )")


def _first_card(stream: BinaryIO) -> int | None:
    """The offset of the first BEGIN:VCARD in the file, or None; leaves the stream at 0."""
    offset = 0
    tail = b""
    try:
        while chunk := stream.read(CHUNK_BYTES):
            data = tail + chunk
            match = _CARD.search(data)
            if match:
                return offset - len(tail) + match.start()
            tail = data[-16:]
            offset += len(chunk)
        return None
    finally:
        stream.seek(0)


class _Skipped:
    """The file from ``offset`` on, as a stream of its own (position 0 is ``offset``)."""

    def __init__(self, raw: BinaryIO, offset: int) -> None:
        self._raw = raw
        self._offset = offset
        raw.seek(offset)

    def read(self, size: int = -1) -> bytes:
        return self._raw.read(size)

    def readline(self, size: int = -1) -> bytes:
        return self._raw.readline(size)

    def seek(self, position: int, whence: int = 0) -> int:
        if whence == 0:
            return self._raw.seek(self._offset + position) - self._offset
        return self._raw.seek(position, whence) - self._offset

    def tell(self) -> int:
        return self._raw.tell() - self._offset

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()


@dataclass
class TablePreview:
    """A table's first rows and what each column will be imported as."""

    format: str
    headers: list[str]
    fields: list[str]  # mapping.FIELDS names, "address", or "ignore"
    rows: list[list[str]]
    issues: list[ImportIssue]


def preview(path: pathlib.Path, mapping: Mapping[str, str] | None = None,
            limit: int = 5, *, strict: bool = True) -> TablePreview:
    """The header, the column fields and the first ``limit`` rows of a table file (for a
    vCard file: no columns, and the file-level issues). Reads only the file's start."""
    file = path_text(path)
    summary = FileSummary(file)
    issues: list[ImportIssue] = []
    try:
        with open(path, "rb") as stream:
            gen = _head(stream, file, summary, mapping or {}, strict)
            head = None
            try:
                while True:
                    issues.append(next(gen))
            except StopIteration as stop:
                if stop.value is not None:
                    head, stream = stop.value  # from the first card on
            importer = detect(head) if head is not None else None
            table = getattr(importer, "preview", None)
            if head is None or importer is None or table is None:
                return TablePreview(importer.name if importer else "", [], [], [], issues)
            headers, rows = table(stream, head, limit)
            stream.seek(0)
            for item in importer.read(stream, head):  # the header's issues and mapping
                if isinstance(item, ImportIssue):
                    issues.append(item)
                if head.used:
                    break
    except OSError as error:
        issues.append(_file_error("file_unreadable", file, error.strerror or str(error)))
        return TablePreview("", [], [], [], issues)
    fields = [head.used.get(h.strip(), "ignore") for h in headers]
    return TablePreview(importer.name, headers, fields, rows, issues)


def _binary_kind(head: bytes) -> str:
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    controls = len(head) - len(head.translate(None, _CONTROL)) + head.count(0)
    if controls > _MAX_CONTROL_SHARE * len(head):
        return f"{controls} control bytes in the first {len(head)} bytes"
    return ""


def _label(encoding: FileEncoding) -> str:
    return CODE_PAGE_NAMES.get(encoding.codec, encoding.codec)
