"""Real exporters' CSV files, written by the tests: Outlook in German with rows shorter
than the header and an address over two lines in one quoted cell; Google Contacts in both
generations with German and English column names and several values in one cell."""

from __future__ import annotations

import csv
import io

import pytest

from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue
from contactvault.model import ParsedContact

# Outlook's German export (Outlook 2016+): 92 columns in this order.
OUTLOOK_DE = (
    "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,"
    "Straße geschäftlich,Straße geschäftlich 2,Straße geschäftlich 3,Ort geschäftlich,"
    "Region geschäftlich,Postleitzahl geschäftlich,Land/Region geschäftlich,Straße privat,"
    "Straße privat 2,Straße privat 3,Ort privat,Bundesland/Kanton privat,Postleitzahl privat,"
    "Land/Region privat,Weitere Straße,Weitere Straße 2,Weitere Straße 3,Weiterer Ort,"
    "Weiteres/r Bundesland/Kanton,Weitere Postleitzahl,Weiteres/e Land/Region,"
    "Telefon Assistent,Fax geschäftlich,Telefon geschäftlich,Telefon geschäftlich 2,"
    "Rückmeldung,Autotelefon,Telefon Firma,Fax privat,Telefon privat,Telefon privat 2,ISDN,"
    "Mobiltelefon,Weiteres Fax,Weiteres Telefon,Pager,Haupttelefon,Mobiltelefon 2,"
    "Telefon für Hörbehinderte,Telex,Abrechnungsinformation,Benutzer 1,Benutzer 2,Benutzer 3,"
    "Benutzer 4,Beruf,Büro,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,"
    "E-Mail 2: Adresse,E-Mail 2: Typ,E-Mail 2: Angezeigter Name,E-Mail 3: Adresse,"
    "E-Mail 3: Typ,E-Mail 3: Angezeigter Name,Empfohlen von,Geburtstag,Geschlecht,"
    "Hobby,Initialen,Internet-Frei/Gebucht,Jahrestag,Kategorien,Kinder,Konto,"
    "Name Assistent,Name des/der Vorgesetzten,Notizen,Organisations-Nr.,Ort,Partner,"
    "Postfach geschäftlich,Postfach privat,Priorität,Privat,Regierungs-Nr.,Reisekilometer,"
    "Sprache,Stichwörter,Vertraulichkeit,Verzeichnisserver,Webseite,Weiteres Postfach").split(",")


def read(tmp_path, data: bytes, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    return ([i for i in items if isinstance(i, ParsedContact)],
            [i for i in items if isinstance(i, ImportIssue)], summary)


def outlook_row(**cells: str) -> list[str]:
    row = [""] * len(OUTLOOK_DE)
    for header, value in cells.items():
        row[OUTLOOK_DE.index(header.replace("_", " "))] = value
    return row[:89]  # Outlook leaves off the empty cells at the end


def test_outlook_german_short_rows_with_an_address_over_two_lines(tmp_path):
    assert len(OUTLOOK_DE) == 92
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(OUTLOOK_DE)
    writer.writerow(outlook_row(Vorname="Anna", Nachname="Schmidt", Mobiltelefon="0171 1000001",
                                **{"Straße_geschäftlich": "Hauptstraße 1\r\nHinterhaus"}))
    writer.writerow(outlook_row(Vorname="Carl", Nachname="Meier",
                                **{"Telefon_geschäftlich": "(0711) 123 4567"}))
    records, issues, summary = read(tmp_path, out.getvalue().encode("cp1252"), "Kontakte.CSV")
    assert summary.format == "csv-outlook"
    assert [i.code for i in issues] == ["encoding_guessed", "csv_short_rows"]
    anna, carl = records
    assert (anna.name.given, anna.name.family, anna.source_line) == ("Anna", "Schmidt", 2)
    assert [(p.raw, p.label) for p in anna.phones] == [("0171 1000001", "Mobiltelefon")]
    assert anna.addresses[0].street == "Hauptstraße 1\r\nHinterhaus"
    assert (carl.name.given, carl.source_line) == ("Carl", 4)
    assert [(p.raw, p.label) for p in carl.phones] == [("(0711) 123 4567",
                                                        "Telefon geschäftlich")]


def test_a_runaway_quote_in_a_wide_file_is_still_caught(tmp_path):
    """A quote that swallows whole rows is no short row, even in a 92-column file."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(OUTLOOK_DE)
    writer.writerow(outlook_row(Vorname="Anna", Nachname="Schmidt", Mobiltelefon="0171 1000001"))
    bad = ",".join(outlook_row(Vorname='Quentin "Q', Nachname='"Quote', Mobiltelefon="0170"))
    lines = out.getvalue() + bad + "\r\n"
    lines += ",".join(outlook_row(Vorname="Carl", Nachname="Meier", Mobiltelefon="0171 1000002"))
    lines += "\r\n"
    records, issues, _ = read(tmp_path, lines.encode(), "Kontakte.csv")
    assert [i.line for i in issues if i.code == "csv_bad_row"] == [3]
    assert [r.name.given for r in records] == ["Anna", "Carl"]


GOOGLE_NEW_DE = ("Vorname,Zweiter Vorname,Nachname,Namenspräfix,Namenssuffix,Notizen,Labels,"
                 "Organisationsname,Organisationstitel,E-Mail 1 - Label,E-Mail 1 - Wert,"
                 "Telefon 1 - Label,Telefon 1 - Wert,Telefon 2 - Label,Telefon 2 - Wert,"
                 "Adresse 1 - Label,Adresse 1 - Straße,Adresse 1 - Stadt,"
                 "Adresse 1 - Postleitzahl,Adresse 1 - Land")
GOOGLE_NEW_EN = ("First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Notes,Labels,"
                 "Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,"
                 "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
                 "Address 1 - Label,Address 1 - Street,Address 1 - City,"
                 "Address 1 - Postal Code,Address 1 - Country")
NEW_ROWS = [
    'Anna,Maria,Schmidt,,,Stammkundin,* myContacts,Bäckerei Schmidt,Inhaberin,* Arbeit,'
    'anna@example.org,Mobil ::: Arbeit,+49 171 1000001 ::: 0711 123456,Privat,030 1234567,'
    'Arbeit,Hauptstraße 1,Stuttgart,70173,Deutschland',
    'Carl,,Meier,,,,* myContacts,,,,,* Mobil,0171 1000002,,,,,,,',
]
GOOGLE_OLD_DE = ("Name,Vorname,Weitere Vornamen,Nachname,Notizen,Gruppenmitgliedschaft,"
                 "E-Mail 1 - Typ,E-Mail 1 - Wert,Telefon 1 - Typ,Telefon 1 - Wert,"
                 "Telefon 2 - Typ,Telefon 2 - Wert,Organisation 1 - Name")
GOOGLE_OLD_EN = ("Name,Given Name,Additional Name,Family Name,Notes,Group Membership,"
                 "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
                 "Phone 2 - Type,Phone 2 - Value,Organization 1 - Name")
OLD_ROWS = [
    'Anna Schmidt,Anna,Maria,Schmidt,Stammkundin,* myContacts,* Work,anna@example.org,'
    'Mobile ::: Work,+49 171 1000001 ::: 0711 123456,Home,030 1234567,Bäckerei Schmidt',
    'Carl Meier,Carl,,Meier,,* myContacts,,,* Mobile,0171 1000002,,,',
]


@pytest.mark.parametrize("header,rows,generation", [
    (GOOGLE_NEW_DE, NEW_ROWS, "new"), (GOOGLE_NEW_EN, NEW_ROWS, "new"),
    (GOOGLE_OLD_DE, OLD_ROWS, "old"), (GOOGLE_OLD_EN, OLD_ROWS, "old"),
], ids=["2020-de", "2020-en", "old-de", "old-en"])
def test_google_csv_both_generations_in_german_and_english(tmp_path, header, rows, generation):
    data = "\r\n".join([header, *rows]).encode("utf-8") + b"\r\n"
    records, issues, summary = read(tmp_path, data, "contacts.csv")
    assert summary.format == "csv-google"
    assert not issues
    anna, carl = records
    assert (anna.name.given, anna.name.additional, anna.name.family) == (
        "Anna", "Maria", "Schmidt")
    assert anna.organisation == "Bäckerei Schmidt"
    assert anna.notes == ["Stammkundin"]
    assert [e.value for e in anna.emails] == ["anna@example.org"]
    # several numbers in one cell, each with its own label
    mobile, work = ("Mobil", "Arbeit") if generation == "new" else ("Mobile", "Work")
    assert [(p.raw, p.label) for p in anna.phones][:2] == [
        ("+49 171 1000001", mobile), ("0711 123456", work)]
    assert anna.phones[2].raw == "030 1234567"
    assert [(p.raw, p.pref) for p in carl.phones] == [("0171 1000002", True)]
    if generation == "new":
        assert (anna.addresses[0].street, anna.addresses[0].locality) == (
            "Hauptstraße 1", "Stuttgart")
