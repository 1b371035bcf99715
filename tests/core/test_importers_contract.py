"""One contract every reader passes (as vdirsyncer runs one suite against every storage):
a bad record becomes an issue with file, line and reason; the good records around it are
kept with their names, numbers and lines; the same file read twice gives the same records.

The suite runs over ``registry.FORMATS``: a format added there without a book here fails
``test_every_registered_format_has_a_book`` and every contract test, until it has one.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass
from pathlib import Path

import pytest

from contactvault.importers import registry
from contactvault.importers.report import ISSUE_TEXTS, FileSummary, ImportIssue, Severity
from contactvault.model import ParsedContact

PEOPLE = [("Anna", "Schmidt", "+49 171 1000001"), ("Jörg", "Müller", "0171/1000002"),
          ("Zoë", "Weiß", "(030) 123 45-67")]


@dataclass
class Book:
    data: bytes
    suffix: str
    format: str  # FileSummary.format expected
    record_format: str  # ParsedContact.source_format expected
    good_lines: list[int]
    bad_line: int
    bad_code: str
    text: str = ""  # a spreadsheet's rows as CSV: what its records' original text quotes


def _qp(text: str) -> str:
    return binascii.b2a_qp(text.encode(), quotetabs=True).decode().replace("=\n", "=\r\n")


def vcard_21() -> Book:
    cards = [
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(family + ';' + given)};;;\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(given + ' ' + family)}\r\n"
        f"TEL;CELL;PREF:{number}\r\nEND:VCARD\r\n"
        for given, family, number in PEOPLE]
    bad = "BEGIN:VCARD\r\n\x01\x02\x03\r\n%%%%\r\nEND:VCARD\r\n"
    return Book((cards[0] + bad + cards[1] + cards[2]).encode(), ".vcf", "vcard", "vcard-2.1",
                [1, 11, 17], 7, "card_unreadable")


def vcard_3(version: str = "3.0") -> Book:
    cards = [
        f"BEGIN:VCARD\r\nVERSION:{version}\r\nN:{family};{given};;;\r\n"
        f"FN:{given} {family}\r\nitem1.TEL:{number}\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n"
        "END:VCARD\r\n" for given, family, number in PEOPLE]
    bad = "BEGIN:VCARD\r\n\x01\x02\x03\r\n%%%%\r\nEND:VCARD\r\n"
    return Book((cards[0] + bad + cards[1] + cards[2]).encode(), ".vcf", "vcard",
                f"vcard-{version}", [1, 12, 19], 8, "card_unreadable")


def csv_book(header: list[str], row: callable, fmt: str, delimiter: str = ",",
             encoding: str = "utf-8") -> Book:
    lines = [delimiter.join(header)]
    rows = [delimiter.join(row(*person)) for person in PEOPLE]
    bad = delimiter.join(["Kaputt"] * (len(header) + 3))
    lines += [rows[0], bad, rows[1], rows[2]]
    return Book(("\r\n".join(lines) + "\r\n").encode(encoding), ".csv", fmt, fmt,
                [2, 4, 5], 3, "csv_bad_row")


def sheet_book(fmt: str) -> Book:
    from tests.core.sheets import ods_bytes, xlsx_bytes

    header = ["Vorname", "Nachname", "Handy"]
    rows = [header, list(PEOPLE[0]), ["Kaputt"] * (len(header) + 3), list(PEOPLE[1]),
            list(PEOPLE[2])]
    data = xlsx_bytes(rows) if fmt == "xlsx" else ods_bytes(rows)
    text = "".join(",".join(row) + "\n" for row in rows)
    return Book(data, f".{fmt}", fmt, fmt, [2, 4, 5], 3, "csv_bad_row", text)


# Format name (as registered) -> variant -> the book that exercises it.
BOOKS = {
    "vcard": {
        "2.1": vcard_21,
        "3.0": vcard_3,
        "4.0": lambda: vcard_3("4.0"),
    },
    "csv-google": {
        "2020": lambda: csv_book(
            ["First Name", "Middle Name", "Last Name", "Phone 1 - Label", "Phone 1 - Value"],
            lambda g, f, n: [g, "", f, "Mobile", n], "csv-google"),
        "legacy": lambda: csv_book(
            ["Name", "Given Name", "Family Name", "Phone 1 - Type", "Phone 1 - Value"],
            lambda g, f, n: [f"{g} {f}", g, f, "* Mobile", n], "csv-google"),
    },
    "csv-outlook": {
        "en": lambda: csv_book(
            ["First Name", "Last Name", "Company", "Mobile Phone", "E-mail Address"],
            lambda g, f, n: [g, f, "", n, ""], "csv-outlook"),
        "de": lambda: csv_book(
            ["Vorname", "Nachname", "Firma", "Mobiltelefon", "E-Mail-Adresse"],
            lambda g, f, n: [g, f, "", n, ""], "csv-outlook", ";", "cp1252"),
    },
    "csv-thunderbird": {
        "en": lambda: csv_book(
            ["First Name", "Last Name", "Display Name", "Primary Email", "Mobile Number"],
            lambda g, f, n: [g, f, f"{g} {f}", "", n], "csv-thunderbird"),
        "de": lambda: csv_book(
            ["Vorname", "Nachname", "Anzeigename", "Primäre E-Mail-Adresse", "Mobil-Tel.-Nr."],
            lambda g, f, n: [g, f, f"{g} {f}", "", n], "csv-thunderbird"),
    },
    "csv-apple": {
        "de": lambda: csv_book(
            ["Vorname", "Nachname", "Firma", "Berufsbezeichnung", "Mobiltelefon"],
            lambda g, f, n: [g, f, "", "", n], "csv-apple", "\t"),
    },
    "csv-generic": {
        "de": lambda: csv_book(
            ["Vorname", "Nachname", "Telefon"], lambda g, f, n: [g, f, n], "csv-generic", ";"),
    },
    "xlsx": {"de": lambda: sheet_book("xlsx")},
    "ods": {"de": lambda: sheet_book("ods")},
}


def _cases() -> list:
    cases = []
    for importer in registry.FORMATS:
        variants = BOOKS.get(importer.name) or {"no book": None}
        cases += [pytest.param((importer.name, variant), id=f"{importer.name}-{variant}")
                  for variant in variants]
    return cases


@pytest.fixture(params=_cases())
def book(request, tmp_path) -> tuple[Book, Path]:
    name, variant = request.param
    build = BOOKS.get(name, {}).get(variant)
    if build is None:
        pytest.fail(f"format {name} is registered but has no contract book in BOOKS")
    built = build()
    assert built.format == name, "a book tests the format it is listed under"
    path = tmp_path / f"book{built.suffix}"
    path.write_bytes(built.data)
    return built, path


def test_every_registered_format_has_a_book():
    assert sorted(BOOKS) == sorted(importer.name for importer in registry.FORMATS)


def read(path: Path) -> tuple[list[ParsedContact], list[ImportIssue], FileSummary]:
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    return ([i for i in items if isinstance(i, ParsedContact)],
            [i for i in items if isinstance(i, ImportIssue)], summary)


def test_bad_record_becomes_an_issue_with_file_line_and_reason(book):
    built, path = book
    _, issues, _ = read(path)
    errors = [i for i in issues if i.severity is Severity.ERROR]
    assert len(errors) == 1
    [error] = errors
    assert (error.code, error.file, error.line) == (built.bad_code, str(path), built.bad_line)
    assert error.code in ISSUE_TEXTS and error.raw
    assert error.describe()


def test_good_records_are_kept(book):
    built, path = book
    records, _, summary = read(path)
    assert summary.format == built.format and summary.records == 3
    assert [(r.name.given, r.name.family) for r in records] == [(g, f) for g, f, _ in PEOPLE]
    assert [[p.raw for p in r.phones] for r in records] == [[n] for _, _, n in PEOPLE]
    assert [r.source_line for r in records] == built.good_lines
    assert {r.source_format for r in records} == {built.record_format}
    assert all(r.source_file == str(path) for r in records)


def test_original_text_is_the_record_as_written(book):
    built, path = book
    records, _, _ = read(path)
    text = built.text or built.data.decode("cp1252" if b"\xf6" in built.data else "utf-8")
    for record in records:
        if built.suffix == ".vcf":
            assert record.original_text.startswith("BEGIN:VCARD")
            assert record.original_text.endswith("END:VCARD")
        else:
            header = text.splitlines(keepends=True)[0]
            assert record.original_text.startswith(header)
        assert record.original_text.replace(text.splitlines(keepends=True)[0], "", 1) in text


def test_same_file_twice_gives_identical_records(book):
    _, path = book
    first, first_issues, _ = read(path)
    second, second_issues, _ = read(path)
    assert first == second and first_issues == second_issues
    assert [r.original_text for r in first] == [r.original_text for r in second]
