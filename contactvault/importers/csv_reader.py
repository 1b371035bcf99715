"""Contacts CSV to ``ParsedContact`` records: what every CSV format shares.

A CSV format (``csv_google``, ``csv_outlook``, ``csv_thunderbird``, ``csv_apple``,
``csv_generic``) is a ``CsvFormat`` that says what each header means and how well a header
row fits it; detection, reading and row assembly are here, once.

Rows are streamed with the standard ``csv`` module over a line iterator that remembers
the raw lines each row took, so every record keeps its original text (header + row) and
its line number even when quoted cells span lines. A stray quote that swallows the
following lines is caught (the row then has the wrong number of cells): that row is
reported and the lines after its first one are read again, so one bad row costs one row.

Memory is bounded as for vCards: a line is read at most ``MAX_LINE_CHARS`` at a time (a
longer one is skipped to its end and reported as a record too large), a record at most
``MAX_RECORD_CHARS`` in all, a cell at most the ``csv`` module's field limit (128 K
characters); the rest of the file is still imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import BinaryIO

from contactvault.importers import mapping as column_mapping
from contactvault.importers.base import Head, Record
from contactvault.importers.csv_tables import Column, header_key, is_useful
from contactvault.importers.decoding import WINDOWS_1252
from contactvault.importers.report import ImportIssue, Severity, shorten
from contactvault.model import Address, LabeledValue, ParsedContact, RawPhone, StructuredName

DELIMITERS = (",", ";", "\t")
MAX_RECORD_LINES = 500  # a quoted cell longer than this is taken for a runaway quote
MAX_LINE_CHARS = 8 * 1024 * 1024  # as vcard_split.MAX_LINE_BYTES
MAX_RECORD_CHARS = 16 * 1024 * 1024  # as vcard_split.MAX_CARD_BYTES
_SKIP_CHARS = 1024 * 1024  # an overlong line is read past in pieces of this size
_SHORT_ROW_TOLERANCE = 0.1  # exporters drop up to this share of trailing empty cells
# A row that starts with a date or a time is data, not column names: the first line of
# a WhatsApp chat export ("15.04.2016, 15:04 - Anna: ...") is no header row.
_DATA_CELL = re.compile(r"\s*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2})")


def detect_delimiter(header_line: str) -> str | None:
    """The separator that occurs most often outside quotes in the header line."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else None


def split_header(line: str) -> list[str]:
    delimiter = detect_delimiter(line) or ","
    return next(csv.reader([line], delimiter=delimiter), [])


@lru_cache(maxsize=4)
def header_keys(text: str) -> tuple[str, ...]:
    """The normalised column names of the first non-blank line; () if it is no header."""
    first = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    cells = split_header(first)
    if cells and _DATA_CELL.match(cells[0]):
        return ()
    return tuple(header_key(cell) for cell in cells)


class CsvFormat:
    """A contacts CSV: one header row naming the columns, then one contact per row.

    A subclass says what a header means (``column``) and how well a header row fits it
    (``fit``); Google's numbered column groups are assembled by ``finish_row``."""

    name = "csv"
    extensions: tuple[str, ...] = (".csv",)
    numbered_groups = False  # "Phone 1 - Label" + "Phone 1 - Value" make one phone
    needs_phone_column = False  # a table without an exporter's names: numbers must be mapped

    def column(self, key: str) -> Column | None:
        raise NotImplementedError

    def fit(self, keys: tuple[str, ...]) -> float:
        """The score for this header row: 0 when it is not this format's, or names no
        column a contact can be made of."""
        raise NotImplementedError

    def finish_row(self, row: RowFields) -> None:
        """Turn what ``numbered_groups`` collected into phones, e-mails, addresses."""

    def columns(self, keys: Iterable[str]) -> list[Column | None]:
        return [self.column(key) for key in keys]

    def detect(self, head: Head) -> float:
        keys = () if head.binary else header_keys(head.text)
        return self.fit(keys) if keys else 0.0

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        encoding = head.encoding
        codec = {"utf-8": "utf-8-sig"}.get(encoding.codec, encoding.codec)
        errors = "contactvault-latin1" if encoding.codec == WINDOWS_1252 else "replace"
        stream.seek(len(encoding.bom) if encoding.is_utf16 else 0)
        text = io.TextIOWrapper(stream, encoding=codec, errors=errors, newline="")
        try:
            yield from read_csv(text, head.file, self, head)
        finally:
            text.detach()  # the registry closes the byte stream


    def preview(self, stream: BinaryIO, head: Head,
                limit: int) -> tuple[list[str], list[list[str]]]:
        """The header row and the first ``limit`` rows, from the file's beginning."""
        lines = [line for line in io.StringIO(head.text, newline="")]
        while lines and not lines[0].strip():
            del lines[0]
        if not lines:
            return [], []
        delimiter = detect_delimiter(lines[0]) or ","
        reader = csv.reader(lines, delimiter=delimiter)
        header = next(reader, [])
        rows: list[list[str]] = []
        try:
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    rows.append(cells)
                if len(rows) >= limit:
                    break
        except csv.Error:
            pass  # a preview shows what it can; the import reports the bad row
        return header, rows


# Exporters' columns about a value, not values: "E-Mail-Typ", "E-mail Display Name".
_EXPORTER_DETAIL = re.compile(r"typ|type|display|angezeigt|anzeige|label")
_MIN_TABLE_MATCHES = 3  # "First Name, Last Name" alone says nothing about the exporter


class TableCsv(CsvFormat):
    """An exporter known by its fixed column names (Outlook, Thunderbird, Apple).

    The share of the header's columns found in the table is the score (0.2..0.8), so
    the exporter that names most of the columns wins; below three known columns the
    header says nothing about the exporter."""

    def __init__(self, name: str, table: dict[str, Column]) -> None:
        self.name = name
        self.table = table

    def column(self, key: str) -> Column | None:
        column = self.table.get(key)
        if column is not None or _EXPORTER_DETAIL.search(key):
            return column  # Outlook's "E-Mail-Typ" is not an address
        # A customer list that shares some of an exporter's names ("Vorname, Nachname,
        # Firma, Telefon geschäftlich, Handy"): its other columns by their usual names.
        from contactvault.importers.csv_generic import generic_column

        return generic_column(key)

    def fit(self, keys: tuple[str, ...]) -> float:
        matches = sum(1 for key in keys if key in self.table)
        if matches < _MIN_TABLE_MATCHES or not is_useful(self.columns(keys)):
            return 0.0
        return 0.2 + 0.6 * matches / len(keys)


@dataclass
class Layout:
    format: CsvFormat
    headers: list[str]
    columns: list[Column | None]
    source: str = ""  # the records' format name when not the CSV format's (a spreadsheet)


class _Runaway(Exception):
    """A quoted cell went on for more lines (or characters) than any real cell does."""


class _TooLong(Exception):
    """A line longer than MAX_LINE_CHARS: it was read past, not kept."""


class _Overlong(str):
    """Stands for a line that was too long to keep: its start, and how long it was."""

    length = 0


def _bounded_lines(lines: Iterable[str]) -> Iterator[str]:
    """The lines of ``lines``, none longer than MAX_LINE_CHARS: a longer one is read
    past in pieces and given as an ``_Overlong`` holding its first characters."""
    readline = getattr(lines, "readline", None)
    if readline is None:  # a list or generator of lines, already in memory
        for line in lines:
            yield line if len(line) <= MAX_LINE_CHARS else _overlong(line[:200], len(line))
        return
    while line := readline(MAX_LINE_CHARS + 1):
        if len(line) <= MAX_LINE_CHARS or line.endswith(("\n", "\r")):
            yield line
            continue
        length = len(line)
        start = line[:200]
        del line
        while piece := readline(_SKIP_CHARS):
            length += len(piece)
            if piece.endswith(("\n", "\r")):
                break
        yield _overlong(start, length)


def _overlong(start: str, length: int) -> _Overlong:
    marker = _Overlong(start)
    marker.length = length
    return marker


class _RawLines:
    """Feeds lines to csv.reader and remembers which raw lines each record took."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = _bounded_lines(lines)
        self._pushed: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []
        self._taken_chars = 0
        self._next_line = 1

    def __iter__(self) -> _RawLines:
        return self

    def __next__(self) -> str:
        if self._pushed:
            number, line = self._pushed.popleft()
        else:
            line = next(self._lines)
            number = self._next_line
            self._next_line += 1
        self.taken.append((number, line))
        if isinstance(line, _Overlong):
            raise _TooLong
        self._taken_chars += len(line)
        if len(self.taken) > MAX_RECORD_LINES or self._taken_chars > MAX_RECORD_CHARS:
            raise _Runaway
        return line

    def take_record(self) -> tuple[int, str, int]:
        """(first line number, raw text, line count) of the record just read; resets."""
        first = self.taken[0][0] if self.taken else self._next_line
        text = "".join(line for _, line in self.taken)
        count = len(self.taken)
        self.drop()
        return first, text, count

    def reread_after_first(self) -> None:
        """Give back all but the first line of the last record, to be read again."""
        self._pushed.extendleft(reversed(self.taken[1:]))
        self.drop()

    def drop(self) -> None:
        self.taken = []
        self._taken_chars = 0


def read_csv(lines: Iterable[str], file: str, fmt: CsvFormat,
             head: Head | None = None) -> Iterator[Record]:
    """Stream records from decoded CSV lines (``newline=''`` so line ends are kept)."""
    raw = _RawLines(lines)
    header_line, header_text = 0, ""
    try:
        for _ in raw:
            header_line, header_text, _count = raw.take_record()
            if header_text.strip():
                break
    except _TooLong:
        line, start = raw.taken[-1]
        yield ImportIssue("csv_unknown_columns", file, line, Severity.ERROR,
                          _too_long(start), shorten(start), *_too_long_says(start))
        return
    if not header_text.strip():
        yield ImportIssue("file_empty", file, None, Severity.ERROR, "no header row",
                          says="no_header")
        return
    delimiter = detect_delimiter(header_text) or ","
    header_cells = next(csv.reader([header_text], delimiter=delimiter), [])
    layout = yield from start_table(fmt, header_cells, file, header_line, header_text, head)
    if layout is None:
        return
    reader = csv.reader(raw, delimiter=delimiter)
    width = len(header_cells)
    short_rows_reported = False
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _TooLong:
            line, start = raw.taken[-1]
            if len(raw.taken) == 1:  # the record is this one line: report it, go on after it
                yield ImportIssue("card_too_large", file, line, Severity.ERROR,
                                  _too_long(start), shorten(start), *_too_long_says(start))
                raw.drop()
            else:  # inside a quoted cell: read the lines after the record's first again
                first, text = raw.taken[0]
                yield ImportIssue("csv_bad_row", file, first, Severity.ERROR,
                                  "unterminated quote", shorten(text), "unterminated_quote")
                raw.reread_after_first()
            continue
        except (_Runaway, csv.Error) as error:
            line, text = raw.taken[0] if raw.taken else (0, "")
            runaway = isinstance(error, _Runaway)
            reason = "unterminated quote" if runaway else str(error)
            yield ImportIssue("csv_bad_row", file, line, Severity.ERROR, reason, shorten(text),
                              "unterminated_quote" if runaway else "csv_error",
                              () if runaway else (("error", str(error)),))
            raw.reread_after_first()
            continue
        if (len(cells) != width and not _extra_cells_empty(cells, width)
                and len(raw.taken) > 1 and not _short_row_with_line_breaks(cells, width,
                                                                            delimiter)):
            # A stray quote swallowed the lines after it: report the row, re-read the rest.
            line, text = raw.taken[0]
            yield ImportIssue("csv_bad_row", file, line, Severity.ERROR,
                              f"unterminated quote: the row runs over {len(raw.taken)} lines "
                              f"and has {len(cells)} cells, the header {width}", shorten(text),
                              "runaway_quote", (("lines", str(len(raw.taken))),
                                                ("cells", str(len(cells))),
                                                ("header", str(width))))
            raw.reread_after_first()
            continue
        line, text, _count = raw.take_record()
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != width and not _extra_cells_empty(cells, width):
            if not _is_short(cells, width):
                yield ImportIssue("csv_bad_row", file, line, Severity.ERROR,
                                  f"{len(cells)} cells, the header has {width}", shorten(text),
                                  "cells_count", (("cells", str(len(cells))),
                                                  ("header", str(width))))
                continue
            if not short_rows_reported:
                short_rows_reported = True
                yield ImportIssue("csv_short_rows", file, line, Severity.WARNING,
                                  f"{len(cells)} cells, the header has {width}",
                                  says="cells_count", params=(("cells", str(len(cells))),
                                                              ("header", str(width))))
        original = header_text + text.rstrip("\r\n")
        yield row_to_contact(layout, cells, file, line, original)


def start_table(fmt: CsvFormat, header_cells: list[str], file: str, header_line: int,
                header_text: str, head: Head | None) -> Iterator[Record]:
    """The columns of a table from its header row and the user's mapping; yields the
    issues that refuse the file and returns the layout (None when nothing can be read).

    A table whose columns no exporter names (``needs_phone_column``) and in which no
    column holds numbers is refused with the columns it has, so that the user maps one:
    a customer list is never imported silently without its numbers. Its records are
    still read (a preview shows them); the import service stores none of them."""
    chosen = dict(head.mapping) if head is not None else {}
    missing = column_mapping.unknown_columns(header_cells, chosen)
    if missing and head is not None and not head.strict_mapping:
        missing = []
    names = ", ".join(f"\u201c{h.strip()}\u201d" for h in header_cells if h.strip())
    if missing:
        yield ImportIssue("map_unknown_column", file, header_line, Severity.ERROR,
                          f"{missing[0]!r} is not a column; columns found: {shorten(names, 300)}",
                          shorten(header_text), says="column_missing",
                          params=(("column", missing[0]), ("columns", shorten(names, 300))))
        return None
    columns = column_mapping.apply(
        header_cells, fmt.columns(header_key(h) for h in header_cells), chosen)
    if head is not None:
        head.used.update((h.strip(), column_mapping.field_name(c))
                         for h, c in zip(header_cells, columns, strict=True) if h.strip())
        if fmt.needs_phone_column or chosen:
            head.kept.update(head.used)
    if not is_useful(columns) and not chosen:
        found = ", ".join(h.strip() for h in header_cells if h.strip())
        yield ImportIssue("csv_unknown_columns", file, header_line, Severity.ERROR,
                          f"columns found: {shorten(found, 300)}", shorten(header_text),
                          says="columns_found", params=(("columns", shorten(names, 300)),))
        return None
    if fmt.needs_phone_column and not column_mapping.has_phone(columns):
        # A warning while reading (the rows can be shown); the import service refuses
        # the file on it, so that nothing of it is stored until a column is mapped.
        yield ImportIssue("no_phone_column", file, header_line, Severity.WARNING,
                          f"columns found: {shorten(names, 300)}", shorten(header_text),
                          says="columns_found", params=(("columns", shorten(names, 300)),))
    return Layout(fmt, header_cells, columns)


def _too_long(start: str) -> str:
    length = start.length if isinstance(start, _Overlong) else len(start)
    return f"a line of {length:,} characters; the most read is {MAX_LINE_CHARS:,}"


def _is_short(cells: list[str], width: int) -> bool:
    return width > len(cells) >= width - width * _SHORT_ROW_TOLERANCE


def _short_row_with_line_breaks(cells: list[str], width: int, delimiter: str) -> bool:
    """A row over several lines that is a real row, not a runaway quote: it is short by
    no more than exporters drop (Outlook ends rows early) and no line inside a quoted
    cell looks like a row of its own (a runaway quote swallows whole rows)."""
    if not _is_short(cells, width):
        return False
    row_like = max(2, width // 2)
    return not any(line.count(delimiter) >= row_like
                   for cell in cells if "\n" in cell or "\r" in cell
                   for line in cell.splitlines())


def _too_long_says(start: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    length = start.length if isinstance(start, _Overlong) else len(start)
    return "line_too_long", (("length", str(length)), ("limit", str(MAX_LINE_CHARS)))


def _extra_cells_empty(cells: list[str], width: int) -> bool:
    return len(cells) > width and not any(c.strip() for c in cells[width:])


@dataclass
class RowFields:
    """One row's values by meaning, before they become a ``ParsedContact``."""

    name: dict[str, str] = field(default_factory=dict)
    phones: list[RawPhone] = field(default_factory=list)
    emails: list[LabeledValue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    addresses: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Google numbered groups: (field, number) -> {"label": ..., "value": ...}
    groups: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def row_to_contact(layout: Layout, cells: list[str], file: str, line: int,
                   original: str) -> ParsedContact:
    row = RowFields()
    grouped = layout.format.numbered_groups
    for column, header, cell in zip(layout.columns, layout.headers, cells, strict=False):
        if column is None or not cell.strip():
            continue
        value = cell.strip()
        if grouped and column.group:
            row.groups.setdefault((column.field, column.group), {})[column.part] = cell
        elif column.field == "phone":
            row.phones.append(RawPhone(value, header.strip()))
        elif column.field == "email":
            row.emails.append(LabeledValue(value, header.strip()))
        elif column.field == "note":
            row.notes.append(cell)
        elif column.field == "address":
            parts = row.addresses.setdefault(column.group, {})
            parts.setdefault(column.part, []).append(value)
        else:
            previous = row.name.get(column.field)
            row.name[column.field] = f"{previous} {value}" if previous else value
    layout.format.finish_row(row)
    name = row.name
    org = ", ".join(v for v in (name.get("org", ""), name.get("department", "")) if v)
    return ParsedContact(
        file, line, layout.source or layout.format.name, original,
        formatted_name=name.get("formatted", ""),
        name=StructuredName(name.get("family", ""), name.get("given", ""),
                            name.get("additional", ""), name.get("prefix", ""),
                            name.get("suffix", "")),
        organisation=org, title=name.get("title", ""),
        phones=row.phones, emails=row.emails, notes=row.notes,
        addresses=[_address(label, parts) for label, parts in row.addresses.items()],
    )


def _address(label: str, parts: dict[str, list[str]]) -> Address:
    def part(name: str) -> str:
        return "\n".join(parts.get(name, []))

    return Address(label=label, po_box=part("po_box"), extended=part("extended"),
                   street=part("street"), locality=part("locality"), region=part("region"),
                   postal_code=part("postal_code"), country=part("country"))
