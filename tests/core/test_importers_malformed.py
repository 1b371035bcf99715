"""Malformed input: each case names the issue, its file and line, and checks that the good
records around the bad one come back with the right names and numbers."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue, Severity
from contactvault.model import ParsedContact


def read_file(path: Path) -> tuple[list[ParsedContact], list[ImportIssue], FileSummary]:
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    return ([i for i in items if isinstance(i, ParsedContact)],
            [i for i in items if isinstance(i, ImportIssue)], summary)


@pytest.fixture
def read_bytes(tmp_path):
    def read(data: bytes, name: str = "book.vcf"):
        path = tmp_path / name
        path.write_bytes(data)
        records, issues, summary = read_file(path)
        return records, issues, summary, str(path)

    return read


def card(name: str, number: str, version: str = "3.0", eol: str = "\r\n") -> str:
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{name}", f"N:{family};{given};;;",
             f"TEL;TYPE=CELL:{number}", "END:VCARD"]
    return eol.join(lines) + eol


ANNA = card("Anna Schmidt", "+49 171 1000001")
CARL = card("Carl Meier", "0171 1000002")


def assert_neighbours(records: list[ParsedContact], *names: str) -> None:
    found = {r.formatted_name: r for r in records}
    for name in names:
        assert name in found, f"{name} missing from {list(found)}"
    if "Anna Schmidt" in names:
        assert found["Anna Schmidt"].phones[0].raw == "+49 171 1000001"
    if "Carl Meier" in names:
        assert found["Carl Meier"].phones[0].raw == "0171 1000002"
        assert found["Carl Meier"].name.family == "Meier"


def only(issues: list[ImportIssue], code: str) -> ImportIssue:
    matching = [i for i in issues if i.code == code]
    assert len(matching) == 1, f"expected one {code}, got {[i.code for i in issues]}"
    return matching[0]


# --- quoted-printable and character sets ----------------------------------------------

def test_broken_quoted_printable_is_kept_and_reported(read_bytes):
    bad = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:M=ZZller=20Jo\r\n"
           "END:VCARD\r\n")
    records, issues, _, file = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "bad_quoted_printable")
    assert (issue.file, issue.line, issue.severity) == (file, 7, Severity.WARNING)
    assert "M=ZZller" in issue.raw
    assert_neighbours(records, "Anna Schmidt", "M=ZZller Jo", "Carl Meier")


def test_soft_break_running_into_end_of_card(read_bytes):
    bad = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Dora Dangling\r\n"
           "NOTE;ENCODING=QUOTED-PRINTABLE:abc=\r\nEND:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    assert only(issues, "bad_quoted_printable").line == 7
    dora = next(r for r in records if r.formatted_name == "Dora Dangling")
    assert dora.notes == ["abc"]
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")


def test_declared_utf8_but_bytes_are_windows_1252(read_bytes):
    bad = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:J\xfcrgen M\xfcller\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes(ANNA.encode() + bad + CARL.encode())
    issue = only(issues, "charset_mislabelled")
    assert issue.line == 7 and "Windows-1252" in issue.detail
    assert_neighbours(records, "Anna Schmidt", "Jürgen Müller", "Carl Meier")


def test_unknown_charset_name(read_bytes):
    bad = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-KLINGON:Jörg\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "charset_unknown")
    assert issue.line == 7 and "X-KLINGON" in issue.detail
    assert_neighbours(records, "Anna Schmidt", "Jörg", "Carl Meier")


def test_windows_1252_file_without_any_charset(read_bytes):
    data = ANNA.encode() + card("Björn Weiß", "030 1234").encode("cp1252") + CARL.encode()
    records, issues, summary, _ = read_bytes(data)
    assert summary.encoding == "cp1252"
    assert only(issues, "encoding_guessed").line is None
    assert_neighbours(records, "Anna Schmidt", "Björn Weiß", "Carl Meier")


def test_qp_soft_break_inside_a_utf8_sequence(read_bytes):
    # "Müller" = 4D C3 BC 6C 6C 65 72: the soft break falls between C3 and BC
    bad = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
           "Hans M=C3=\r\n=BCller\r\nEND:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    assert not issues
    assert_neighbours(records, "Anna Schmidt", "Hans Müller", "Carl Meier")


def test_vcard_21_comma_is_text(read_bytes):
    bad = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Müller, Hans\r\nN:Müller;Hans\r\n"
           "NOTE:Kunde seit 2019, zahlt pünktlich, bevorzugt WhatsApp\r\nEND:VCARD\r\n")
    records, _, _, _ = read_bytes((ANNA + bad).encode())
    hans = records[1]
    assert hans.formatted_name == "Müller, Hans"
    assert hans.notes == ["Kunde seit 2019, zahlt pünktlich, bevorzugt WhatsApp"]


# --- card structure --------------------------------------------------------------------

def test_missing_end_in_the_middle(read_bytes):
    bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Endlos\r\nTEL:0170 555\r\n"
    records, issues, _, file = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "missing_end")
    assert (issue.file, issue.line, issue.severity) == (file, 7, Severity.WARNING)
    assert_neighbours(records, "Anna Schmidt", "Eva Endlos", "Carl Meier")
    assert records[1].phones[0].raw == "0170 555"


def test_missing_end_on_the_last_card(read_bytes):
    bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Endlos\r\nTEL:0170 555\r\n"
    records, issues, _, _ = read_bytes((ANNA + CARL + bad).encode())
    assert only(issues, "missing_end").line == 13
    assert_neighbours(records, "Anna Schmidt", "Carl Meier", "Eva Endlos")


def test_missing_begin(read_bytes):
    bad = "VERSION:3.0\r\nFN:Bea Beginnlos\r\nTEL:0170 556\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    assert only(issues, "missing_begin").line == 7
    assert_neighbours(records, "Anna Schmidt", "Bea Beginnlos", "Carl Meier")


def test_missing_version(read_bytes):
    bad = "BEGIN:VCARD\r\nFN:Vera Versionslos\r\nTEL:0170 557\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "missing_version")
    assert issue.line == 7 and "3.0" in issue.detail
    assert_neighbours(records, "Anna Schmidt", "Vera Versionslos", "Carl Meier")


def test_only_begin_vcard(read_bytes):
    records, issues, _, file = read_bytes(b"BEGIN:VCARD\r\n")
    assert not records
    issue = only(issues, "card_empty")
    assert (issue.file, issue.line, issue.severity) == (file, 1, Severity.ERROR)


def test_nested_begin_without_agent_closes_the_open_card(read_bytes):
    bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nina Nested\r\n"
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    assert only(issues, "missing_end").line == 7
    assert_neighbours(records, "Anna Schmidt", "Nina Nested", "Carl Meier")


def test_line_without_colon(read_bytes):
    bad = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lena Linie\r\nthis line has no colon at all\r\n"
           "TEL:0170 558\r\nEND:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "bad_line")
    assert issue.line == 7 and issue.raw == "this line has no colon at all"
    assert_neighbours(records, "Anna Schmidt", "Lena Linie", "Carl Meier")
    assert records[1].phones[0].raw == "0170 558"


def test_property_with_empty_name(read_bytes):
    bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul Property\r\n:no name here\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + bad + CARL).encode())
    assert only(issues, "bad_line").raw == ":no name here"
    assert_neighbours(records, "Anna Schmidt", "Paul Property", "Carl Meier")


def test_unreadable_card_is_an_error_and_the_rest_imports(read_bytes):
    bad = "BEGIN:VCARD\r\n\x01\x02garbage\r\n~~~~~~~\r\nEND:VCARD\r\n"
    records, issues, _, file = read_bytes((ANNA + bad + CARL).encode())
    issue = only(issues, "card_unreadable")
    assert (issue.file, issue.line, issue.severity) == (file, 7, Severity.ERROR)
    assert "garbage" in issue.raw
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert len(records) == 2


def test_nul_bytes_inside_a_card(read_bytes):
    bad = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nu\x00ll Byte\r\nTEL:0170\x00 559\r\nEND:VCARD\r\n"
    records, issues, _, _ = read_bytes(ANNA.encode() + bad + CARL.encode())
    assert only(issues, "nul_bytes").line == 7
    assert_neighbours(records, "Anna Schmidt", "Null Byte", "Carl Meier")
    assert "\x00" not in records[1].original_text


def test_card_with_only_a_photo_is_returned(read_bytes):
    photo = ("BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r\n"
             "END:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + photo + CARL).encode())
    assert len(records) == 3 and not issues
    assert records[1].formatted_name == "" and not records[1].phones
    assert "PHOTO" in records[1].original_text


def test_deeply_nested_agent_does_not_recurse(read_bytes):
    depth = 5000
    inner = "AGENT:\r\nBEGIN:VCARD\r\nFN:agent\r\n" * depth + "END:VCARD\r\n" * depth
    outer = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Otto Outer\r\nTEL:0170 560\r\n{inner}END:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + outer + CARL).encode())
    assert not issues
    assert_neighbours(records, "Anna Schmidt", "Otto Outer", "Carl Meier")
    otto = records[1]
    assert [p.raw for p in otto.phones] == ["0170 560"]


def test_agent_with_embedded_card_on_the_same_line(read_bytes):
    outer = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Olga Outer\r\nAGENT:BEGIN:VCARD\r\n"
             "FN:Assistant\r\nTEL:0000\r\nEND:VCARD\r\nTEL:0170 561\r\nEND:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + outer + CARL).encode())
    assert not issues
    olga = next(r for r in records if r.formatted_name == "Olga Outer")
    assert [p.raw for p in olga.phones] == ["0170 561"]
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")


def test_extremely_many_properties(read_bytes):
    numbers = "".join(f"TEL:+49 170 {i:07d}\r\n" for i in range(50_000))
    big = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tina Telefon\r\n{numbers}END:VCARD\r\n"
    records, issues, _, _ = read_bytes((ANNA + big + CARL).encode())
    assert not issues
    assert len(records[1].phones) == 50_000
    assert_neighbours(records, "Anna Schmidt", "Tina Telefon", "Carl Meier")


# --- sizes ------------------------------------------------------------------------------

def test_one_megabyte_single_line_is_legitimate(read_bytes):
    photo = "A" * (1024 * 1024)
    big = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fiona Foto\r\nPHOTO;ENCODING=b:{photo}\r\n"
           "TEL:0170 562\r\nEND:VCARD\r\n")
    records, issues, _, _ = read_bytes((ANNA + big + CARL).encode())
    assert not issues
    assert_neighbours(records, "Anna Schmidt", "Fiona Foto", "Carl Meier")


def test_twenty_megabyte_card_is_skipped(read_bytes):
    line = "A" * 75
    photo = "\r\n ".join([line] * (20 * 1024 * 1024 // 78))
    big = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gerd Gross\r\nPHOTO;ENCODING=b:{photo}\r\n"
           "END:VCARD\r\n")
    records, issues, _, file = read_bytes((ANNA + big + CARL).encode())
    issue = only(issues, "card_too_large")
    assert (issue.file, issue.line, issue.severity) == (file, 7, Severity.ERROR)
    assert [r.formatted_name for r in records] == ["Anna Schmidt", "Carl Meier"]
    assert records[1].source_line == 7 + 3 + photo.count("\n") + 2


# --- whole files ------------------------------------------------------------------------

def test_empty_file(read_bytes):
    records, issues, _, file = read_bytes(b"")
    assert not records
    assert (only(issues, "file_empty").file, issues[0].severity) == (file, Severity.ERROR)


def test_whitespace_only_file(read_bytes):
    records, issues, _, _ = read_bytes(b" \r\n\t\r\n\n   ")
    assert not records and only(issues, "file_empty").severity is Severity.ERROR


def test_random_bytes(read_bytes):
    records, issues, _, _ = read_bytes(random.Random(7).randbytes(50_000))
    assert not records and only(issues, "file_binary").severity is Severity.ERROR


def test_png_renamed_to_vcf(read_bytes):
    png = b"\x89PNG\r\n\x1a\n" + bytes(13) + b"IHDR" + random.Random(8).randbytes(2000)
    records, issues, _, _ = read_bytes(png)
    assert not records and "PNG" in only(issues, "file_binary").detail


def test_text_that_is_neither_vcard_nor_csv(read_bytes):
    records, issues, _, _ = read_bytes(b"Dear customer\nplease call us\n", "letter.txt")
    assert not records and only(issues, "unknown_format").severity is Severity.ERROR


def test_utf16_le_without_bom(read_bytes):
    data = (ANNA + card("Jörg Öz", "0170 563") + CARL).encode("utf-16-le")
    records, issues, summary, _ = read_bytes(data)
    assert summary.encoding == "utf-16-le"
    assert only(issues, "encoding_guessed").severity is Severity.WARNING
    assert_neighbours(records, "Anna Schmidt", "Jörg Öz", "Carl Meier")
    assert [r.source_line for r in records] == [1, 7, 13]


def test_utf16_be_with_bom(read_bytes):
    data = codecs.BOM_UTF16_BE + (ANNA + card("Jörg Öz", "0170 563") + CARL).encode("utf-16-be")
    records, issues, summary, _ = read_bytes(data)
    assert summary.encoding == "utf-16-be"
    assert only(issues, "byte_order_mark")
    assert_neighbours(records, "Anna Schmidt", "Jörg Öz", "Carl Meier")


@pytest.mark.parametrize("eol", ["\r", "\n", "\r\r\n"], ids=["cr-only", "lf-only", "cr-cr-lf"])
def test_line_endings(read_bytes, eol):
    data = (card("Anna Schmidt", "+49 171 1000001", eol=eol)
            + card("Carl Meier", "0171 1000002", eol=eol)).encode()
    records, issues, _, _ = read_bytes(data)
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert [r.source_line for r in records] == [1, 7]
    codes = [i.code for i in issues]
    assert codes == (["line_endings_guessed"] if eol == "\r" else [])


def test_mixed_line_endings(read_bytes):
    data = (card("Anna Schmidt", "+49 171 1000001", eol="\r\n")
            + card("Mia Mixed", "0170 564", eol="\n")
            + card("Carl Meier", "0171 1000002", eol="\r\r\n")).encode()
    records, issues, _, _ = read_bytes(data)
    assert not issues
    assert_neighbours(records, "Anna Schmidt", "Mia Mixed", "Carl Meier")
    assert [r.source_line for r in records] == [1, 7, 13]


def test_bom_and_crlf(read_bytes):
    records, issues, _, _ = read_bytes(codecs.BOM_UTF8 + (ANNA + CARL).encode())
    assert [i.code for i in issues] == ["byte_order_mark"]
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert records[0].original_text.startswith("BEGIN:VCARD")


def test_text_outside_cards_is_reported(read_bytes):
    data = "junk before\r\n" + ANNA + "junk between\r\n" + CARL
    records, issues, _, _ = read_bytes(data.encode())
    outside = [i for i in issues if i.code == "text_outside_card"]
    assert [i.line for i in outside] == [1, 8]
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")


# --- CSV --------------------------------------------------------------------------------

GOOGLE_HEADER = "Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Value\r\n"


def test_csv_with_unknown_columns(read_bytes):
    data = "Foo,Bar,Baz\r\n1,2,3\r\n".encode()
    records, issues, _, file = read_bytes(data, "x.csv")
    issue = only(issues, "csv_unknown_columns")
    assert (issue.file, issue.severity) == (file, Severity.ERROR)
    assert "Foo, Bar, Baz" in issue.detail and not records


@pytest.mark.parametrize("bad_row", ["Too Many,Too,Many,Mobile,0170,x@y.de,extra,cells",
                                     "Too Few,Too"], ids=["too-many", "too-few"])
def test_csv_row_with_wrong_number_of_cells(read_bytes, bad_row):
    data = (GOOGLE_HEADER + "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001,a@b.de\r\n"
            + bad_row + "\r\n"
            + "Carl Meier,Carl,Meier,Work,0171 1000002,\r\n").encode()
    records, issues, _, file = read_bytes(data, "google.csv")
    issue = only(issues, "csv_bad_row")
    assert (issue.file, issue.line, issue.severity) == (file, 3, Severity.ERROR)
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert [r.source_line for r in records] == [2, 4]


def test_csv_unterminated_quote(read_bytes):
    data = (GOOGLE_HEADER + "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001,\r\n"
            + 'Quentin "Quote,"Quentin,Quote,Mobile,0170,\r\n'
            + "Carl Meier,Carl,Meier,Work,0171 1000002,\r\n"
            + "Dora Dritt,Dora,Dritt,Home,0171 1000003,\r\n").encode()
    records, issues, _, _ = read_bytes(data, "google.csv")
    assert only(issues, "csv_bad_row").line == 3
    assert_neighbours(records, "Anna Schmidt", "Carl Meier", "Dora Dritt")
    assert [r.source_line for r in records] == [2, 4, 5]


def test_csv_semicolon_with_german_outlook_headers(read_bytes):
    data = ("Vorname;Nachname;Firma;Mobiltelefon;Telefon geschäftlich;E-Mail-Adresse\r\n"
            "Anna;Schmidt;Bäckerei;+49 171 1000001;;anna@example.org\r\n"
            "Carl;Meier;;0171 1000002;089 123;\r\n").encode("cp1252")
    records, issues, summary, _ = read_bytes(data, "outlook.csv")
    assert summary.format == "csv-outlook"
    assert [i.code for i in issues] == ["encoding_guessed"]
    anna, carl = records
    assert (anna.name.given, anna.name.family, anna.organisation) == ("Anna", "Schmidt", "Bäckerei")
    assert [(p.raw, p.label) for p in carl.phones] == [("0171 1000002", "Mobiltelefon"),
                                                       ("089 123", "Telefon geschäftlich")]


def test_google_csv_multiple_values_in_one_cell(read_bytes):
    data = (GOOGLE_HEADER
            + 'Anna Schmidt,Anna,Schmidt,* Mobile,"+49 171 1000001 ::: 030 1234",a@b.de\r\n'
            ).encode()
    [anna], issues, _, _ = read_bytes(data, "google.csv")
    assert not issues
    assert [(p.raw, p.label, p.pref) for p in anna.phones] == [
        ("+49 171 1000001", "Mobile", True), ("030 1234", "Mobile", True)]


@pytest.fixture
def small_csv_bounds(monkeypatch):
    """The CSV bounds made small, so a test shows them without megabytes of data."""
    from contactvault.importers import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_LINE_CHARS", 300)
    monkeypatch.setattr(csv_reader, "MAX_RECORD_CHARS", 600)
    monkeypatch.setattr(csv_reader, "_SKIP_CHARS", 64)


def test_csv_overlong_row_is_reported_and_skipped(read_bytes, small_csv_bounds):
    data = (GOOGLE_HEADER + "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001,\r\n"
            + "Long Row,Long,Row,Mobile,0170," + "x" * 5000 + "\r\n"
            + "Carl Meier,Carl,Meier,Work,0171 1000002,\r\n").encode()
    records, issues, _, file = read_bytes(data, "google.csv")
    issue = only(issues, "card_too_large")
    assert (issue.file, issue.line, issue.severity) == (file, 3, Severity.ERROR)
    assert issue.detail == "a line of 5,032 characters; the most read is 300"
    assert issue.raw.startswith("Long Row,")
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert [r.source_line for r in records] == [2, 4]


def test_csv_overlong_line_inside_a_quoted_cell(read_bytes, small_csv_bounds):
    data = (GOOGLE_HEADER + "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001,\r\n"
            + 'Quentin Quote,Quentin,Quote,Mobile,0170,"starts\r\n' + "y" * 5000 + '"\r\n'
            + "Carl Meier,Carl,Meier,Work,0171 1000002,\r\n").encode()
    records, issues, _, _ = read_bytes(data, "google.csv")
    assert only(issues, "csv_bad_row").line == 3
    assert only(issues, "card_too_large").line == 4
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")
    assert [r.source_line for r in records] == [2, 5]


def test_csv_record_over_its_character_bound_is_a_runaway(read_bytes, small_csv_bounds):
    cell = "\r\n".join("z" * 200 for _ in range(5))  # 5 lines, each under the line bound
    data = (GOOGLE_HEADER + "Anna Schmidt,Anna,Schmidt,Mobile,+49 171 1000001,\r\n"
            + f'Quentin Quote,Quentin,Quote,Mobile,0170,"{cell}"\r\n'
            + "Carl Meier,Carl,Meier,Work,0171 1000002,\r\n").encode()
    records, issues, _, _ = read_bytes(data, "google.csv")
    assert [i.line for i in issues if i.code == "csv_bad_row"][0] == 3
    assert_neighbours(records, "Anna Schmidt", "Carl Meier")


def test_csv_overlong_header_refuses_the_file(read_bytes, small_csv_bounds):
    header = "Name,Given Name,Family Name,Phone 1 - Value," + ",".join(["Extra"] * 200)
    records, issues, _, file = read_bytes((header + "\r\nA,B,C,0170\r\n").encode(), "x.csv")
    issue = only(issues, "csv_unknown_columns")
    assert (issue.file, issue.line, issue.severity) == (file, 1, Severity.ERROR)
    assert "characters" in issue.detail and not records
