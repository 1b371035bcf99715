"""Contacts CSV (Google, Outlook, Thunderbird, Apple, generic) to ``ParsedContact`` records.

Rows are streamed with the standard ``csv`` module over a line iterator that remembers
the raw lines each row took, so every record keeps its original text (header + row) and
its line number even when quoted cells span lines. A stray quote that swallows the
following lines is caught (the row then has the wrong number of cells): that row is
reported and the lines after its first one are read again, so one bad row costs one row.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from contactvault.importers import csv_google
from contactvault.importers.csv_tables import FLAVOURS, Column, generic_column, header_key
from contactvault.importers.report import FileSummary, ImportIssue, Severity, shorten
from contactvault.model import Address, LabeledValue, ParsedContact, RawPhone, StructuredName

DELIMITERS = (",", ";", "\t")
MAX_RECORD_LINES = 500  # a quoted cell longer than this is taken for a runaway quote
_MIN_TABLE_MATCHES = 3  # "First Name, Last Name" alone says nothing about the exporter
_SHORT_ROW_TOLERANCE = 0.1  # exporters drop up to this share of trailing empty cells
_USEFUL_FIELDS = frozenset({"given", "family", "formatted", "phone", "email", "org"})


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


@dataclass
class CsvLayout:
    flavour: str
    headers: list[str]
    columns: list[Column | None]


def classify_header(headers: list[str]) -> CsvLayout | None:
    """Which exporter wrote this header row; None when too little of it is recognised."""
    keys = [header_key(h) for h in headers]
    if csv_google.is_google_header(keys):
        return CsvLayout(csv_google.FLAVOUR, headers, [csv_google.google_column(k) for k in keys])
    best, best_score = "", 0
    for flavour, table in FLAVOURS.items():
        score = sum(1 for key in keys if key in table)
        if score > best_score:
            best, best_score = flavour, score
    if best_score >= _MIN_TABLE_MATCHES:
        table = FLAVOURS[best]
        # No generic fallback here: Outlook's "E-Mail-Typ" is not an address.
        columns = [table.get(k) for k in keys]
    elif len(keys) >= 2:
        best, columns = "csv-generic", [generic_column(k) for k in keys]
    else:
        return None
    if not any(c is not None and c.field in _USEFUL_FIELDS for c in columns):
        return None
    return CsvLayout(best, headers, columns)


class _Runaway(Exception):
    """A quoted cell went on for more lines than any real cell does."""


class _RawLines:
    """Feeds lines to csv.reader and remembers which raw lines each record took."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._pushed: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []
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
        if len(self.taken) > MAX_RECORD_LINES:
            raise _Runaway
        return line

    def take_record(self) -> tuple[int, str, int]:
        """(first line number, raw text, line count) of the record just read; resets."""
        first = self.taken[0][0] if self.taken else self._next_line
        text = "".join(line for _, line in self.taken)
        count = len(self.taken)
        self.taken = []
        return first, text, count

    def reread_after_first(self) -> None:
        """Give back all but the first line of the last record, to be read again."""
        self._pushed.extendleft(reversed(self.taken[1:]))
        self.taken = []


def read_csv(lines: Iterable[str], file: str,
             summary: FileSummary) -> Iterator[ParsedContact | ImportIssue]:
    """Stream records from decoded CSV lines (``newline=''`` so line ends are kept)."""
    raw = _RawLines(lines)
    header_line, header_text = 0, ""
    for _ in raw:
        header_line, header_text, _count = raw.take_record()
        if header_text.strip():
            break
    if not header_text.strip():
        yield ImportIssue("file_empty", file, None, Severity.ERROR, "no header row")
        return
    delimiter = detect_delimiter(header_text) or ","
    header_cells = next(csv.reader([header_text], delimiter=delimiter), [])
    layout = classify_header(header_cells)
    if layout is None:
        found = ", ".join(h.strip() for h in header_cells if h.strip())
        yield ImportIssue("csv_unknown_columns", file, header_line, Severity.ERROR,
                          f"columns found: {shorten(found, 300)}", shorten(header_text))
        return
    summary.format = layout.flavour
    reader = csv.reader(raw, delimiter=delimiter)
    width = len(header_cells)
    short_rows_reported = False
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (_Runaway, csv.Error) as error:
            line, text = raw.taken[0] if raw.taken else (0, "")
            reason = "unterminated quote" if isinstance(error, _Runaway) else str(error)
            yield ImportIssue("csv_bad_row", file, line, Severity.ERROR, reason, shorten(text))
            raw.reread_after_first()
            continue
        if len(cells) != width and not _extra_cells_empty(cells, width) and len(raw.taken) > 1:
            # A stray quote swallowed the lines after it: report the row, re-read the rest.
            line, text = raw.taken[0]
            yield ImportIssue("csv_bad_row", file, line, Severity.ERROR,
                              f"unterminated quote: the row runs over {len(raw.taken)} lines "
                              f"and has {len(cells)} cells, the header {width}", shorten(text))
            raw.reread_after_first()
            continue
        line, text, _count = raw.take_record()
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != width and not _extra_cells_empty(cells, width):
            if len(cells) > width or width - len(cells) > width * _SHORT_ROW_TOLERANCE:
                yield ImportIssue("csv_bad_row", file, line, Severity.ERROR,
                                  f"{len(cells)} cells, the header has {width}", shorten(text))
                continue
            if not short_rows_reported:
                short_rows_reported = True
                yield ImportIssue("csv_short_rows", file, line, Severity.WARNING,
                                  f"{len(cells)} cells, the header has {width}")
        original = header_text + text.rstrip("\r\n")
        yield row_to_contact(layout, cells, file, line, original)


def _extra_cells_empty(cells: list[str], width: int) -> bool:
    return len(cells) > width and not any(c.strip() for c in cells[width:])


@dataclass
class _RowFields:
    name: dict[str, str] = field(default_factory=dict)
    phones: list[RawPhone] = field(default_factory=list)
    emails: list[LabeledValue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    addresses: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Google numbered groups: (field, number) -> {"label": ..., "value": ...}
    groups: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


def row_to_contact(layout: CsvLayout, cells: list[str], file: str, line: int,
                   original: str) -> ParsedContact:
    row = _RowFields()
    google = layout.flavour == csv_google.FLAVOUR
    for column, header, cell in zip(layout.columns, layout.headers, cells, strict=False):
        if column is None or not cell.strip():
            continue
        value = cell.strip()
        if google and column.group:
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
    if google:
        _google_groups(row)
    name = row.name
    org = ", ".join(v for v in (name.get("org", ""), name.get("department", "")) if v)
    return ParsedContact(
        file, line, layout.flavour, original,
        formatted_name=name.get("formatted", ""),
        name=StructuredName(name.get("family", ""), name.get("given", ""),
                            name.get("additional", ""), name.get("prefix", ""),
                            name.get("suffix", "")),
        organisation=org, title=name.get("title", ""),
        phones=row.phones, emails=row.emails, notes=row.notes,
        addresses=[_address(label, parts) for label, parts in row.addresses.items()],
    )


def _google_groups(row: _RowFields) -> None:
    for (kind, _number), parts in sorted(row.groups.items(), key=lambda i: int(i[0][1])):
        label, pref = csv_google.split_label(parts.get("label", ""))
        if kind == "phone":
            row.phones.extend(RawPhone(v, label, pref)
                              for v in csv_google.split_values(parts.get("value", "")))
        elif kind == "email":
            row.emails.extend(LabeledValue(v, label)
                              for v in csv_google.split_values(parts.get("value", "")))
        elif kind == "address":
            fields = {k: [v.strip()] for k, v in parts.items()
                      if k not in ("label", "formatted") and v.strip()}
            if not fields and parts.get("formatted", "").strip():
                fields["street"] = [parts["formatted"].strip()]
            if fields:
                row.addresses[label or f"address {_number}"] = fields


def _address(label: str, parts: dict[str, list[str]]) -> Address:
    def part(name: str) -> str:
        return "\n".join(parts.get(name, []))

    return Address(label=label, po_box=part("po_box"), extended=part("extended"),
                   street=part("street"), locality=part("locality"), region=part("region"),
                   postal_code=part("postal_code"), country=part("country"))
