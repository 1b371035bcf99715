"""A phone column that a spreadsheet stores as numbers has lost every leading 0
(0711 123 4567 becomes 7111234567). Where it is clear, the 0 is put back, and the
import says so in words; where it is not (a country code without +, too few digits,
a region without a trunk 0), the number is kept as the cell holds it and the import
asks for a check."""

from __future__ import annotations

import pytest

from contactvault import i18n, phones
from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue
from contactvault.services import contacts, importing
from tests.core.sheets import ods_bytes, xlsx_bytes

HEADER = ["Vorname", "Nachname", "Telefon", "Handy", "Kundennummer"]
ROWS = [
    ["Anna", "Schmidt", 7111234567, 1711000001, 4711],
    ["Jörg", "Weiß", 491711000002, "040 555 0199", 4712],
    ["Karl", "Klein", 89123456, None, 4713],
]


@pytest.mark.parametrize(("digits", "region", "expected"), [
    ("7111234567", "DE", "07111234567"),  # Stuttgart landline
    ("1711000001", "DE", "01711000001"),  # mobile
    ("17112345678", "DE", "017112345678"),  # mobile, 11 digits
    ("301234567", "DE", "0301234567"),  # Berlin
    ("491711000002", "DE", None),  # 49 171 …: a country code without +? nobody can tell
    ("4930123456", "DE", None),  # the same, shorter
    ("89123456", "DE", None),  # 8 digits: too few to be sure
    ("6641234567", "AT", "06641234567"),  # Austrian mobile
    ("6505551212", "US", None),  # no trunk 0 in North America
    ("12345", "DE", None),
])
def test_restore_trunk_prefix(digits, region, expected):
    assert phones.restore_trunk_prefix(digits, region) == expected


def _stored(ctx) -> dict[str, list[tuple[str, str | None]]]:
    found = {}
    for listed in contacts.list_contacts(ctx):
        contact = contacts.get_contact(ctx, listed.id)
        found[contact.name.given] = sorted((p.raw, p.e164) for p in contact.phones)
    return found


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_number_cells_in_a_phone_column(ctx, tmp_path, kind):
    path = tmp_path / f"Kunden.{kind}"
    path.write_bytes((xlsx_bytes if kind == "xlsx" else ods_bytes)([HEADER, *ROWS]))
    report = importing.import_files(ctx, [path], region="DE")
    assert report.imported == 3
    assert _stored(ctx) == {
        "Anna": [("01711000001", "+491711000001"), ("07111234567", "+497111234567")],
        # read as a German number, and flagged: it may be +49 171 … written without +
        "Jörg": [("040 555 0199", "+49405550199"), ("491711000002", "+49491711000002")],
        "Karl": [("89123456", "+4989123456")],
    }
    flagged = [i for i in report.issues if i.code == "invalid_number"]
    assert [(i.raw, i.detail) for i in flagged] == [
        ("491711000002", "region_assumed, missing_plus")]
    anna = contacts.get_contact(ctx, contacts.list_contacts(ctx)[0].id)
    assert "Anna,Schmidt,7111234567,1711000001" in anna.sources[0].original_text
    repaired = [i for i in report.issues if i.code == "number_cell_zero_added"]
    unsure = [i for i in report.issues if i.code == "number_cell"]
    assert [(i.line, dict(i.params)["value"]) for i in repaired] == [
        (2, "7111234567"), (2, "1711000001")]
    assert [(i.line, dict(i.params)["value"]) for i in unsure] == [
        (3, "491711000002"), (4, "89123456")]
    with i18n.speaking("de"):
        said = [i.describe() for i in repaired + unsure]
    assert said[0] == ("Die Zahl wurde in der Tabelle als Zahl gespeichert; die führende 0 "
                       "wurde ergänzt: Spalte „Telefon“: 7111234567 gelesen als 07111234567")
    assert said[2] == ("Die Zahl wurde in der Tabelle als Zahl gespeichert; eine führende 0 "
                       "oder ein + kann verloren gegangen sein, bitte prüfen Sie sie: Spalte "
                       "„Telefon“: 491711000002")
    with i18n.speaking("en"):
        assert repaired[1].describe() == (
            "the number was stored as a number in the spreadsheet; the leading 0 was added: "
            "column “Handy”: 1711000001 read as 01711000001")


def test_a_region_without_a_trunk_zero_keeps_the_cell_and_asks_for_a_check(tmp_path):
    path = tmp_path / "customers.xlsx"
    path.write_bytes(xlsx_bytes([["Name", "Phone"], ["Ann Lee", 6505551212]]))
    items = list(registry.read(path, FileSummary(str(path)), region="US"))
    issues = [i for i in items if isinstance(i, ImportIssue)]
    records = [i for i in items if not isinstance(i, ImportIssue)]
    assert [i.code for i in issues] == ["number_cell"]
    assert [p.raw for p in records[0].phones] == ["6505551212"]
