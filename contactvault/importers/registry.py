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
from collections.abc import Iterator
from typing import BinaryIO

from contactvault.importers import (
    csv_apple,
    csv_generic,
    csv_google,
    csv_outlook,
    csv_thunderbird,
    vcard,
)
from contactvault.importers.base import Head, Importer, Record
from contactvault.importers.decoding import (
    SHIFT_JIS,
    SNIFF_BYTES,
    UTF8,
    WINDOWS_1252,
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


def read(path: pathlib.Path, summary: FileSummary) -> Iterator[Record]:
    """Detect the format and encoding of one file and stream its records."""
    file = path_text(path)  # a name that is not UTF-8 is still read, and reported escaped
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, also on early exit
    except OSError as error:
        yield _file_error("file_unreadable", file, error.strerror or str(error))
        return
    try:
        for item in _read_stream(stream, file, summary):
            if isinstance(item, ParsedContact):
                summary.records += 1
            yield item
    except OSError as error:  # e.g. the disk went away mid-read
        yield _file_error("file_unreadable", file, error.strerror or str(error))
    finally:
        stream.close()


def _file_error(code: str, file: str, detail: str) -> ImportIssue:
    return ImportIssue(code, file, None, Severity.ERROR, detail)


def _warning(code: str, file: str, detail: str) -> ImportIssue:
    return ImportIssue(code, file, None, Severity.WARNING, detail)


def _read_stream(stream: BinaryIO, file: str, summary: FileSummary) -> Iterator[Record]:
    data = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if not data:
        yield _file_error("file_empty", file, "0 bytes")
        return
    encoding = detect_file_encoding(stream)
    summary.encoding = encoding.codec
    binary = "" if encoding.is_utf16 else _binary_kind(data)
    text = "" if binary else data[len(encoding.bom):].decode(encoding.codec, "replace")
    if not binary and not text.strip(" \t\r\n\f\x00\ufeff"):
        yield _file_error("file_empty", file, "only whitespace")
        return
    head = Head(file, data, text, encoding, binary)
    importer = detect(head)
    if binary:
        if importer is None:
            yield _file_error("file_binary", file, binary)
            return
    else:
        if encoding.bom:
            yield _warning("byte_order_mark", file, f"{_label(encoding)} byte-order mark")
        if encoding.guessed:
            yield _warning("encoding_guessed", file, f"read as {_label(encoding)}")
    if importer is None:
        yield _file_error("unknown_format", file, "no BEGIN:VCARD and no CSV header")
        return
    summary.format = importer.name
    yield from importer.read(stream, head)


def _binary_kind(head: bytes) -> str:
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    controls = len(head) - len(head.translate(None, _CONTROL)) + head.count(0)
    if controls > _MAX_CONTROL_SHARE * len(head):
        return f"{controls} control bytes in the first {len(head)} bytes"
    return ""


def _label(encoding: FileEncoding) -> str:
    names = {UTF8: "UTF-8", WINDOWS_1252: "Windows-1252", SHIFT_JIS: "Shift_JIS",
             "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}
    return names.get(encoding.codec, encoding.codec)
