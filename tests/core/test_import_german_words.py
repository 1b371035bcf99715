"""What an import tells a German reader has no English in it: the file summaries name
the format in words (a workbook has no text encoding to name), and an issue whose
sentence takes a word from the reader (the encoding a damaged value was read as)
translates that word too."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactvault import i18n
from contactvault.importers import registry
from contactvault.importers.report import FORMAT_TEXTS, FileSummary, ImportIssue, format_words
from tests.core.sheets import ods_bytes, xlsx_bytes

ENGLISH = (" with ", "invalid", "kept", " read ", " as UTF", "workbook", "spreadsheet",
           "table", "Contacts", " the ", "cp12", "utf-8", "xlsx", "ods)")

# A vCard 2.1 value declared UTF-8 whose quoted-printable bytes are not all UTF-8.
DAMAGED = (b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
           b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BCller=FF\r\n"
           b"TEL:0171 1000001\r\nEND:VCARD\r\n")


def _read(path: Path) -> tuple[FileSummary, list[ImportIssue]]:
    summary = FileSummary(str(path))
    issues = [i for i in registry.read(path, summary) if isinstance(i, ImportIssue)]
    return summary, issues


def _no_english(text: str) -> None:
    for fragment in ENGLISH:
        assert fragment not in text, (fragment, text)


def test_a_damaged_value_is_described_in_german(tmp_path):
    path = tmp_path / "kaputt.vcf"
    path.write_bytes(DAMAGED)
    summary, issues = _read(path)
    with i18n.speaking("de"):
        said = [i.describe() for i in issues]
        read_as = format_words(summary)
    assert said == ["angegebener Zeichensatz passt nicht zu den Bytes: FN: als UTF-8 "
                    "angegeben, aber die Bytes sind kein UTF-8; als UTF-8 (ungültige Bytes "
                    "stehen als \\xNN im Text) gelesen"]
    assert read_as == "vCard, UTF-8"
    for text in [*said, read_as]:
        _no_english(text)
    with i18n.speaking("en"):
        assert issues[0].describe().endswith("read as UTF-8 (invalid bytes kept as \\xNN)")


@pytest.mark.parametrize(("name", "data", "german"), [
    ("Kunden.xlsx", xlsx_bytes([["Name", "Telefon"], ["Anna Schmidt", "0171 1000001"]]),
     "Excel-Arbeitsmappe"),
    ("Kunden.ods", ods_bytes([["Name", "Telefon"], ["Anna Schmidt", "0171 1000001"]]),
     "OpenDocument-Tabelle"),
    ("Kunden.csv", "Name;Telefon;Straße\r\nAnna Schmidt;0171 1000001;Hauptstraße 1\r\n"
     .encode("cp1252"), "CSV-Tabelle, Windows-1252"),
])
def test_a_file_is_named_by_its_format_in_words(tmp_path, name, data, german):
    path = tmp_path / name
    path.write_bytes(data)
    summary, _issues = _read(path)
    assert summary.encoding == ("" if name.endswith(("xlsx", "ods")) else "cp1252")
    with i18n.speaking("de"):
        assert format_words(summary) == german


def test_every_format_has_german_words():
    with i18n.speaking("de"):
        for name, text in FORMAT_TEXTS.items():
            shown = format_words(FileSummary("x", name))
            if name != "vcard":  # "vCard" is the format's name in German too
                assert shown != text, name
            _no_english(shown)
