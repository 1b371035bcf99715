"""The format table: every format behind one interface, the best score reads the file,
a file nobody claims is one clear ``unknown_format`` issue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from contactvault.importers import registry
from contactvault.importers.base import Head, Importer, Record
from contactvault.importers.decoding import FileEncoding
from contactvault.importers.report import FileSummary, ImportIssue, Severity
from contactvault.model import ParsedContact, RawPhone

CHAT_ANDROID = ("15.04.2016, 15:04 - Anna Schmidt: Hallo, ist das Angebot noch gültig?\n"
                "15.04.2016, 15:06 - Werkstatt: Ja, bis Freitag. Telefon 0171 1000001\n")
CHAT_IOS = ("[15.04.16, 15:04:33] Anna Schmidt: Hallo, ist das Angebot noch gültig?\n"
            "[15.04.16, 15:06:10] Werkstatt: Ja, bis Freitag\n")
CHAT_12H = "4/15/16, 3:04 PM - Anna Schmidt: Hi, is the offer still valid?\n"


def head_of(text: str, file: str = "x.txt", binary: str = "") -> Head:
    return Head(file, text.encode(), text, FileEncoding("utf-8"), binary)


def read(path: Path) -> tuple[list[ParsedContact], list[ImportIssue], FileSummary]:
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    return ([i for i in items if isinstance(i, ParsedContact)],
            [i for i in items if isinstance(i, ImportIssue)], summary)


@pytest.mark.parametrize("importer", registry.FORMATS, ids=lambda i: i.name)
def test_every_format_declares_the_interface(importer: Importer):
    assert isinstance(importer.name, str) and importer.name
    assert importer.extensions and all(
        ext.startswith(".") and ext == ext.lower() for ext in importer.extensions)
    assert callable(importer.detect) and callable(importer.read)


def test_format_names_are_unique():
    names = [importer.name for importer in registry.FORMATS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("importer", registry.FORMATS, ids=lambda i: i.name)
@pytest.mark.parametrize("text", [CHAT_ANDROID, CHAT_IOS, CHAT_12H, "Dear customer\n"],
                         ids=["chat-android", "chat-ios", "chat-12h", "letter"])
def test_no_format_claims_a_chat_or_a_letter(importer: Importer, text: str):
    assert importer.detect(head_of(text)) == 0


@pytest.mark.parametrize("importer", registry.FORMATS, ids=lambda i: i.name)
def test_no_text_format_claims_a_binary_file(importer: Importer):
    assert importer.detect(head_of("BEGIN:VCARD\nFN:x\n", binary="PNG image")) == 0


@pytest.mark.parametrize(("first_line", "expected"), [
    ("BEGIN:VCARD", "vcard"),
    ("Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value", "csv-google"),
    ("First Name,Last Name,Mobile Phone,Business Phone,Company", "csv-outlook"),
    ("First Name,Last Name,Display Name,Primary Email,Mobile Number", "csv-thunderbird"),
    ("Vorname\tNachname\tArbeit Telefon\tPrivat Telefon\tBerufsbezeichnung", "csv-apple"),
    ("Kunde;Handy;Bemerkung", "csv-generic"),
    ("Foo,Bar,Baz", "csv-generic"),  # read only to say which columns were not recognised
])
def test_the_best_score_wins(first_line: str, expected: str):
    chosen = registry.detect(head_of(first_line + "\r\nx,y,z\r\n"))
    assert chosen is not None and chosen.name == expected


class _Fixed:
    """A stand-in format with a fixed score."""

    def __init__(self, name: str, score: float) -> None:
        self.name, self.score, self.extensions = name, score, (".x",)

    def detect(self, head: Head) -> float:
        return self.score

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        return iter(())


def test_equal_scores_go_to_the_format_listed_first(monkeypatch):
    monkeypatch.setattr(registry, "FORMATS", (_Fixed("low", 0.2), _Fixed("first", 0.5),
                                              _Fixed("second", 0.5)))
    assert registry.detect(head_of("anything")).name == "first"
    monkeypatch.setattr(registry, "FORMATS", (_Fixed("none", 0.0),))
    assert registry.detect(head_of("anything")) is None


class _PhoneList:
    """A format added in one place: "name: number" lines."""

    name = "phone-list"
    extensions = (".phones",)

    def detect(self, head: Head) -> float:
        return 0.5 if head.text.startswith("PHONE LIST\n") else 0.0

    def read(self, stream: BinaryIO, head: Head) -> Iterator[Record]:
        lines = stream.read().decode(head.encoding.codec).splitlines()
        for number, line in enumerate(lines[1:], start=2):
            name, _, phone = line.partition(":")
            if not phone:
                yield ImportIssue("csv_bad_row", head.file, number, Severity.ERROR, "no ':'", line)
                continue
            yield ParsedContact(head.file, number, self.name, line, formatted_name=name.strip(),
                                phones=[RawPhone(phone.strip(), "")])


def test_a_format_added_to_the_table_reads_files(monkeypatch, tmp_path):
    monkeypatch.setattr(registry, "FORMATS", (*registry.FORMATS, _PhoneList()))
    path = tmp_path / "book.phones"
    path.write_text("PHONE LIST\nAnna: 0171 1000001\nbroken\nCarl: 0171 1000002\n")
    records, issues, summary = read(path)
    assert [r.formatted_name for r in records] == ["Anna", "Carl"]
    assert [(i.code, i.line) for i in issues] == [("csv_bad_row", 3)]
    assert (summary.format, summary.records) == ("phone-list", 2)
    assert "*.phones" in registry.file_patterns()


@pytest.mark.parametrize("text", [CHAT_ANDROID, CHAT_IOS, CHAT_12H],
                         ids=["android", "ios", "12h"])
def test_a_whatsapp_chat_is_an_unknown_format_naming_the_file(tmp_path, text: str):
    path = tmp_path / "WhatsApp Chat mit Anna.txt"
    path.write_text(text, encoding="utf-8")
    records, issues, summary = read(path)
    assert not records and summary.format == ""
    [issue] = issues
    assert (issue.code, issue.file, issue.line, issue.severity) == (
        "unknown_format", str(path), None, Severity.ERROR)
    assert issue.says == "whatsapp_chat"
    assert issue.describe() == (
        "not a vCard or known contacts CSV: the file is a WhatsApp chat export, not an "
        "address book; chats are read with \u201ccontactvault chat scan\u201d")


def test_a_dated_list_is_no_chat(tmp_path):
    path = tmp_path / "termine.txt"
    path.write_text("15.04.2016 Anna anrufen\n", encoding="utf-8")
    [issue] = read(path)[1]
    assert (issue.code, issue.says) == ("unknown_format", "no_format")


def test_file_patterns_come_from_the_formats():
    assert registry.file_patterns() == ["*.vcf", "*.vcard", "*.csv", "*.xlsx", "*.xlsm", "*.ods"]
