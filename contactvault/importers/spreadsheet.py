"""Spreadsheets of contacts: Excel (.xlsx) and OpenDocument (.ods), the first sheet.

The first non-empty row names the columns; they are mapped as in a CSV (by an
exporter's names when the sheet is an exporter's CSV saved again, else by the usual
German and English names, ``mapping``), and every further non-empty row is a contact.
A record's original text is its header and row written as CSV; its line is the row.

Readers: openpyxl for .xlsx (the reference reader of the format, pure Python, read-only
mode streams rows); python-calamine for .ods (Rust's calamine: reads a 10 000-row sheet
in a fraction of a second where odfpy-based readers take many seconds, and is released
regularly; it also reads .xlsx, but openpyxl is the one Excel's own files are tested
against most widely).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from contactvault import phones
from contactvault.importers import (
    csv_apple,
    csv_generic,
    csv_google,
    csv_outlook,
    csv_thunderbird,
)
from contactvault.importers.base import Head, Record
from contactvault.importers.csv_reader import CsvFormat, Layout, row_to_contact, start_table
from contactvault.importers.csv_tables import header_key
from contactvault.importers.report import ImportIssue, Severity, shorten

_ZIP = b"PK\x03\x04"
_ODS_MIME = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
# A sheet saved from an exporter's CSV keeps the exporter's column names.
_TABLES: tuple[CsvFormat, ...] = (csv_google.FORMAT, csv_outlook.FORMAT,
                                  csv_thunderbird.FORMAT, csv_apple.FORMAT)


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


def _table_format(header: list[str]) -> CsvFormat:
    keys = tuple(header_key(cell) for cell in header)
    best, score = csv_generic.FORMAT, 0.0
    for fmt in _TABLES:
        fit = fmt.fit(keys)
        if fit > score:
            best, score = fmt, fit
    return best


class Spreadsheet:
    """One spreadsheet file format; ``rows`` gives the first sheet's rows as values."""

    name = ""
    extensions: tuple[str, ...] = ()
    text = False  # not a text file: the registry names no encoding for it

    def detect(self, head: Head) -> float:
        raise NotImplementedError

    def rows(self, stream: BinaryIO) -> Iterator[list[object]]:
        raise NotImplementedError

    def _text_rows(self, stream: BinaryIO) -> Iterator[tuple[int, list[str], list[int]]]:
        """(row number, the cells as text, which cells are numbers)."""
        for number, values in enumerate(self.rows(stream), start=1):
            cells = [cell_text(v).strip() if isinstance(v, str) else cell_text(v)
                     for v in values]
            while cells and not cells[-1]:
                cells.pop()
            numeric = [i for i, v in enumerate(values[:len(cells)])
                       if isinstance(v, int | float) and not isinstance(v, bool)]
            yield number, cells, numeric

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        try:
            rows = self._text_rows(stream)
            first = next(((n, cells) for n, cells, _ in rows if cells), None)
            if first is None:
                yield ImportIssue("file_empty", head.file, None, Severity.ERROR, "no rows",
                                  says="no_rows")
                return
            header_line, header = first
            header_text = _csv_line(header)
            fmt = _table_format(header)
            layout = yield from start_table(fmt, header, head.file, header_line,
                                            header_text, head)
            if layout is None:
                return
            head.kept.update(head.used)  # a sheet is always a table mapped by its names
            layout = Layout(layout.format, layout.headers, layout.columns, self.name)
            yield from _records(rows, layout, head.file, header_text, head.region)
        except Exception as error:  # noqa: BLE001 - a damaged archive or sheet, any kind
            yield ImportIssue("file_unreadable", head.file, None, Severity.ERROR,
                              f"{self.name} cannot be read: {shorten(str(error), 200)}",
                              says="sheet_unreadable",
                              params=(("error", shorten(str(error), 200)),))

    def preview(self, stream: BinaryIO, head: Head,
                limit: int) -> tuple[list[str], list[list[str]]]:
        rows = (cells for _, cells, _ in self._text_rows(stream) if cells)
        header = next(rows, [])
        preview: list[list[str]] = []
        for cells in rows:
            preview.append(cells)
            if len(preview) >= limit:
                break
        return header, preview


def _records(rows: Iterable[tuple[int, list[str], list[int]]], layout: Layout, file: str,
             header_text: str, region: str) -> Iterator[Record]:
    width = len(layout.headers)
    phone_columns = {i for i, column in enumerate(layout.columns)
                     if column is not None and column.field == "phone"}
    for number, cells, numeric in rows:
        if not any(cells):
            continue
        if len(cells) > width:  # trailing empty cells were dropped: these hold something
            yield ImportIssue("csv_bad_row", file, number, Severity.ERROR,
                              f"{len(cells)} cells, the header has {width}",
                              shorten(_csv_line(cells).rstrip("\n")),
                              says="cells_count",
                              params=(("cells", str(len(cells))), ("header", str(width))))
            continue
        read = cells
        for index in phone_columns.intersection(numeric):
            if cells[index]:
                if read is cells:
                    read = list(cells)
                read[index] = yield from _number_cell(
                    cells[index], layout.headers[index].strip(), file, number, region)
        # The original text keeps the cells as the file holds them.
        yield row_to_contact(layout, read, file, number,
                             header_text + _csv_line(cells).rstrip("\n"))


def _number_cell(value: str, column: str, file: str, line: int,
                 region: str) -> Iterator[Record]:
    """A phone column's cell the sheet stores as a number: a number has no leading 0,
    so 0711 1234567 is kept as 7111234567. The 0 is put back where that is clear
    (``phones.restore_trunk_prefix``); either way the import says so."""
    restored = phones.restore_trunk_prefix(value, region)
    if restored is not None:
        yield ImportIssue("number_cell_zero_added", file, line, Severity.WARNING,
                          f"{column}: {value} read as {restored}", value,
                          says="number_cell_read_as",
                          params=(("column", column), ("value", value),
                                  ("number", restored)))
        return restored
    yield ImportIssue("number_cell", file, line, Severity.WARNING,
                      f"{column}: {value} stored as a number", value,
                      says="number_cell_check", params=(("column", column), ("value", value)))
    return value


class Xlsx(Spreadsheet):
    name = "xlsx"
    extensions = (".xlsx", ".xlsm")

    def detect(self, head: Head) -> float:
        if not head.data.startswith(_ZIP):
            return 0.0
        return 1.0 if b"xl/workbook.xml" in head.data or b"xl/" in head.data[:4096] else 0.0

    def rows(self, stream: BinaryIO) -> Iterator[list[object]]:
        import openpyxl  # only when a workbook is read: it takes a moment to load

        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            for values in sheet.iter_rows(values_only=True):
                yield list(values)
        finally:
            workbook.close()


class Ods(Spreadsheet):
    name = "ods"
    extensions = (".ods",)

    def detect(self, head: Head) -> float:
        return 1.0 if head.data.startswith(_ZIP) and _ODS_MIME in head.data[:200] else 0.0

    def rows(self, stream: BinaryIO) -> Iterator[list[object]]:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_filelike(stream)
        sheet = workbook.get_sheet_by_index(0)
        yield from sheet.iter_rows()


XLSX = Xlsx()
ODS = Ods()
