"""The one entry point: which reader a file needs, in which encoding, streamed.

``read`` never raises for bad content. File-level problems (cannot be opened, empty,
binary, not a known format) are one ERROR issue that ends the iteration; repairs and
guesses (byte-order mark, guessed encoding, CR-only line endings) are WARNING issues
before the records.
"""

from __future__ import annotations

import io
import pathlib
import re
from collections.abc import Iterator
from typing import BinaryIO

from contactvault.importers.csv_reader import classify_header, detect_delimiter, read_csv
from contactvault.importers.decoding import (
    SHIFT_JIS,
    SNIFF_BYTES,
    UTF8,
    WINDOWS_1252,
    FileEncoding,
    Utf16ToUtf8,
    detect_file_encoding,
)
from contactvault.importers.report import FileSummary, ImportIssue, Severity
from contactvault.importers.vcard import read_vcards
from contactvault.importers.vcard_split import uses_cr_line_endings
from contactvault.model import ParsedContact

SUPPORTED_SUFFIXES = (".vcf", ".vcard", ".csv", ".tsv", ".txt")

_VCARD_HINT = re.compile(r"(?im)^[ \t]*(?:begin[ \t]*:[ \t]*vcard|end[ \t]*:[ \t]*vcard"
                         r"|version[ \t]*:[ \t]*[234]\.\d)")
_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive",
    b"SQLite format 3": "SQLite database",
}
# Bytes that do not occur in text (NUL counted apart: UTF-16 is recognised before this).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b\x00") + b"\x7f"
# Random bytes have ~11% of them; a text file with one damaged record far fewer.
_MAX_CONTROL_SHARE = 0.05

Record = ParsedContact | ImportIssue


def read(path: pathlib.Path, summary: FileSummary) -> Iterator[Record]:
    """Detect the format and encoding of one file and stream its records."""
    file = str(path)
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
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if not head:
        yield _file_error("file_empty", file, "0 bytes")
        return
    encoding = detect_file_encoding(stream)
    summary.encoding = encoding.codec
    if not encoding.is_utf16:
        binary = _binary_kind(head)
        if binary:
            yield _file_error("file_binary", file, binary)
            return
    sample = head[len(encoding.bom):].decode(encoding.codec, "replace")
    if not sample.strip(" \t\r\n\f\x00\ufeff"):
        yield _file_error("file_empty", file, "only whitespace")
        return
    if encoding.bom:
        yield _warning("byte_order_mark", file, f"{_label(encoding)} byte-order mark")
    if encoding.guessed:
        yield _warning("encoding_guessed", file, f"read as {_label(encoding)}")
    if _VCARD_HINT.search(sample):
        summary.format = "vcard"
        yield from _read_vcard(stream, file, encoding, head)
        return
    first_line = next((line for line in sample.splitlines() if line.strip()), "")
    if detect_delimiter(first_line) is None and classify_header([first_line]) is None:
        yield _file_error("unknown_format", file, "no BEGIN:VCARD and no CSV header")
        return
    yield from _read_csv(stream, file, encoding, summary)


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


def _read_vcard(stream: BinaryIO, file: str, encoding: FileEncoding,
                head: bytes) -> Iterator[Record]:
    if encoding.is_utf16:
        source: BinaryIO = Utf16ToUtf8(stream, encoding.codec, skip=len(encoding.bom))
        head = head[len(encoding.bom):].decode(encoding.codec, "replace").encode(UTF8)
        value_codec = UTF8
    else:
        stream.seek(len(encoding.bom))
        source, value_codec = stream, encoding.codec
    cr_mode = uses_cr_line_endings(head)
    if cr_mode:
        yield _warning("line_endings_guessed", file, "CR-only line endings")
    yield from read_vcards(source, file, value_codec, cr_mode)


def _read_csv(stream: BinaryIO, file: str, encoding: FileEncoding,
              summary: FileSummary) -> Iterator[Record]:
    codec = {"utf-8": "utf-8-sig"}.get(encoding.codec, encoding.codec)
    errors = "contactvault-latin1" if encoding.codec == WINDOWS_1252 else "replace"
    stream.seek(len(encoding.bom) if encoding.is_utf16 else 0)
    text = io.TextIOWrapper(stream, encoding=codec, errors=errors, newline="")
    try:
        yield from read_csv(text, file, summary)
    finally:
        text.detach()  # the caller closes the byte stream
