"""Customer lists as people keep them, through the real command line: a German Excel
workbook, a ';'-separated Windows-1252 CSV whose number column has an unusual name
(refused until it is mapped, then mapped the same way on a re-import), --preview."""

from __future__ import annotations

import json

from tests.core.sheets import ods_bytes, xlsx_bytes

GERMAN = {"CONTACTVAULT_LANG": "de"}
HEADER = ["Firma", "Vorname", "Nachname", "Telefon geschäftlich", "Handy", "E-Mail",
          "Bemerkung"]
ROWS = [
    ["Bäckerei Schmidt", "Anna", "Schmidt", "(0711) 123 4567", "0171 1000001",
     "anna@example.org", "Stammkundin"],
    ["Weiß & Söhne", "Jörg", "Weiß", "040/555 0199", "", "", ""],
]


def numbers_by_name(cli) -> dict[str, list[str]]:
    listed = json.loads(cli("list", "--json").out)
    return {e["display_name"]: sorted(n["e164"] for n in e["numbers"]) for e in listed}


def test_german_excel_workbook(cli, tmp_path):
    book = tmp_path / "Kunden.xlsx"
    book.write_bytes(xlsx_bytes([HEADER, *ROWS]))
    assert cli("init").code == 0
    result = cli("import", str(book), env=GERMAN)
    assert result.code == 0, result.err
    assert "Kunden.xlsx: 2 Datensätze (Excel-Arbeitsmappe)\n" in result.out
    found = numbers_by_name(cli)
    assert found["Anna Schmidt"] == ["+491711000001", "+497111234567"]
    assert found["Jörg Weiß"] == ["+49405550199"]
    shown = json.loads(cli("show", "1", "--json").out)
    assert shown["organisation"] == "Bäckerei Schmidt" and shown["notes"] == ["Stammkundin"]
    assert shown["emails"][0]["value"] == "anna@example.org"


def test_opendocument_spreadsheet(cli, tmp_path):
    sheet = tmp_path / "Kunden.ods"
    sheet.write_bytes(ods_bytes([HEADER, *ROWS]))
    assert cli("init").code == 0
    assert cli("import", str(sheet)).code == 0
    assert numbers_by_name(cli)["Jörg Weiß"] == ["+49405550199"]


def test_unmapped_numbers_refuse_the_file_until_mapped_and_the_mapping_is_kept(cli, tmp_path):
    lines = ["Firma;Ansprechpartner;Erreichbar unter;Bemerkung",
             "Bäckerei Schmidt;Anna Schmidt;0171 1000001;Stammkundin",
             "Weiß & Söhne;Jörg Weiß;040 555 0199;"]
    path = tmp_path / "kundenliste.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    assert cli("init").code == 0

    refused = cli("import", str(path), env=GERMAN)
    assert refused.code == 3
    assert "keine Spalte enthält Telefonnummern" in refused.err
    assert "„Erreichbar unter“" in refused.err or "“Erreichbar unter”" in refused.err
    assert numbers_by_name(cli) == {}

    preview = cli("import", "--preview", "--map", "Erreichbar unter=telefon", str(path),
                  env=GERMAN)
    assert preview.code == 0, preview.err
    assert "Erreichbar unter → Telefonnummer" in preview.out
    assert "Bäckerei Schmidt | Anna Schmidt | 0171 1000001 | Stammkundin" in preview.out

    mapped = cli("import", "--json", "--map", "Erreichbar unter=phone", str(path))
    assert mapped.code == 0, mapped.err
    assert json.loads(mapped.out)["imported"] == 2
    assert numbers_by_name(cli)["Jörg Weiß"] == ["+49405550199"]

    # No --map: the preview shows the columns as the last import read them, as the
    # import will read them again.
    kept = cli("import", "--preview", str(path), env=GERMAN)
    assert kept.code == 0, kept.err
    assert "Erreichbar unter → Telefonnummer" in kept.out
    # Without the passphrase the kept columns cannot be read: the preview says so.
    locked = cli("import", "--preview", str(path), env=GERMAN, passphrase=None)
    assert locked.code == 1 and "Erreichbar unter → (nicht importiert)" in locked.out
    assert "Der Tresor ist gesperrt" in locked.err

    again = json.loads(cli("import", "--json", str(path)).out)  # no --map: mapped as before
    assert (again["imported"], again["unchanged"], again["files_unreadable"]) == (0, 2, 0)


def test_a_mapping_naming_a_missing_column_or_field_is_refused(cli, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Name;Telefon\r\nAnna;0171 1000001\r\n", encoding="utf-8")
    bad_field = cli("import", "--preview", "--map", "Telefon=Schuhgröße", str(path), env=GERMAN)
    assert bad_field.code == 1 and "Traceback" not in bad_field.err
    assert "--map Telefon=Schuhgröße" in bad_field.err
    missing = cli("import", "--preview", "--map", "Mobil=phone", str(path), env=GERMAN)
    assert missing.code == 1
    assert "Mobil" in missing.err and "Telefon" in missing.err


def test_preview_of_an_exporters_csv_and_of_an_excel_sheet_shaped_like_one(cli, tmp_path):
    outlook = ["Vorname", "Nachname", "Firma", "Mobiltelefon", "E-Mail-Adresse"]
    sheet = tmp_path / "outlook.xlsx"
    sheet.write_bytes(xlsx_bytes([outlook, ["Anna", "Schmidt", "", "0171 1000001", ""]]))
    text = tmp_path / "outlook.csv"
    text.write_text(";".join(outlook) + "\r\nAnna;Schmidt;;0171 1000001;\r\n", encoding="utf-8")
    for path in (sheet, text):
        shown = cli("import", "--preview", str(path), vault_path=None, passphrase=None)
        assert shown.code == 0, shown.err
        assert "Mobiltelefon → phone number" in shown.out
