"""The DPO documents' content (services/reports.py), read back as a reader would: the
register CSV with the csv module as Excel reads it, JSON, and the HTML the printer gets.
(The PDFs themselves are checked through the command line: tests/cli/test_cli_report.py.)"""

from __future__ import annotations

import csv
import io
import json
import stat

import pytest

from contactvault.services import contacts, preferences, reports
from tests.core.dashboard_history import NUMBERS, PHONE_1, play


@pytest.fixture
def history(vault, tmp_path):
    ctx, _clock = play(vault, tmp_path)
    # a name from an address book that a spreadsheet would run as a formula
    contacts.add_contact(ctx, formatted_name='=HYPERLINK("http://evil.example","Klick")',
                         numbers=["+491711000099"], category="customer")
    return ctx


def _read_csv(path, separator=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM a German Excel needs for UTF-8
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def test_register_csv_opens_with_umlauts_and_neutralised_formulas(history, tmp_path):
    out = reports.write_register(history, tmp_path / "register.csv")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = _read_csv(out)
    assert rows[0][0] == "Einwilligungsregister" and rows[0][-1].split(":")[0].isdigit()
    header = rows[2]
    assert header[:4] == ["Name", "Nummer", "Kategorie", "Status"]
    body = {r[0]: r for r in rows[3:]}
    assert len(body) == 11
    bernd = body["Bernd Bäcker"]
    assert bernd[1] == "'" + NUMBERS["Bernd Bäcker"]  # "+49…" would be a formula in Excel
    assert bernd[3] == "widerrufen" and bernd[6] == "01.03.2026"
    anna = body["Anna Adler"]
    assert anna[3] == "darf auf das WhatsApp-Telefon" and anna[9] == \
        "Diensthandy 1, Diensthandy 2"
    assert anna[4].startswith("Einwilligung") and anna[7] == "Papierformular"
    assert "'=HYPERLINK(\"http://evil.example\",\"Klick\")" in body
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_register_csv_with_a_comma_separator(history, tmp_path):
    out = reports.write_register(history, tmp_path / "register.csv", separator=",")
    rows = _read_csv(out, ",")
    assert rows[2][0] == "Name" and len(rows[2]) == len(reports.REGISTER_COLUMNS)


def test_register_json_and_html_carry_the_audit_head(history, tmp_path):
    data = json.loads(reports.write_register(history, tmp_path / "r.json").read_text("utf-8"))
    assert len(data["rows"]) == 11 and data["audit_head"]
    dora = next(r for r in data["rows"] if r["name"] == "Dora Dietz")
    assert dora["phones"] == [PHONE_1] and not dora["eligible"]
    html = reports.write_register(history, tmp_path / "r.html").read_text("utf-8")
    # writing the JSON was recorded: the HTML names the head one entry later
    count = int(data["audit_head"].split(":")[0])
    assert f"Prüfprotokolls beim Druck: {count + 1}:" in html and "Bernd Bäcker" in html
    assert "&lt;" not in html.split("<body>")[0]
    assert "Fassung 2 (deutsch)" in html and "notice/de/" not in html.split("<body>")[1]


def test_processing_record_names_the_settings_and_the_alternatives_answer(history,
                                                                          tmp_path):
    preferences.set_setting(history, "company.name", "Sanitär König KG")
    preferences.set_setting(history, "dpo.name", "Dana Datenschutz")
    html, document = reports.processing_record_html(history)
    assert "Sanitär König KG" in html and "Dana Datenschutz" in html
    assert "WhatsApp Ireland Ltd." in html and "Data Privacy Framework" in html
    assert "nach 4 Monaten überprüft" in html  # retention.review_months
    assert "noch nicht geprüft" in document["alternatives"]
    assert document["template"] == "records/de/processing_record/1"
    preferences.set_setting(history, "alternatives.checked", "true")
    preferences.set_setting(history, "alternatives.answer",
                            "Kunden nutzen fast nur WhatsApp")
    html, document = reports.processing_record_html(history)
    assert "Geprüft, ob statt WhatsApp Threema oder Signal" in html
    assert "Kunden nutzen fast nur WhatsApp" in html


def test_lost_phone_lists_what_the_phone_holds_and_the_deadline(history, tmp_path):
    from datetime import UTC, datetime

    noticed = datetime(2026, 6, 1, 8, 30, tzinfo=UTC)
    data = reports.lost_phone(history, PHONE_1, noticed=noticed)
    assert {n["name"] for n in data["numbers"]} == {"Anna Adler", "Dora Dietz", "Ida Imhof"}
    assert data["deadline"] == "2026-06-04T08:30:00+00:00"
    out = reports.write_lost_phone(history, PHONE_1, tmp_path / "lost.html", noticed=noticed)
    text = out.read_text("utf-8")
    assert "72 Stunden" in text and "04.06.2026" in text and "Dora Dietz" in text


def test_proof_names_every_step_with_its_audit_entry(history, tmp_path):
    data = reports.proof(history, NUMBERS["Dora Dietz"])
    whats = [line.what for line in data.lines]
    assert whats[0].startswith("Erste Nachricht des Kunden")
    assert any(w.startswith("Datenschutzhinweis gesendet") for w in whats)
    assert any("SHA-256 des Wortlauts" in w for w in whats)
    # the notice's version as office staff read it, not its internal id
    assert any("Datenschutzhinweis, Standard, Fassung 2 (deutsch)" in w for w in whats)
    assert not any("notice/" in w for w in whats)
    assert any(w.startswith(f"Exportiert auf {PHONE_1}") for w in whats)
    assert all(line.entry for line in data.lines)
    assert [line.entry for line in data.lines] == sorted(line.entry for line in data.lines)
    carla = reports.proof(history, NUMBERS["Carla Christ"])
    removals = [line for line in carla.lines if line.what.startswith("Löschung von")]
    assert [r.what for r in removals] == [f"Löschung von {PHONE_1} bestätigt"]


def test_protocol_states_the_alternatives_answer(history):
    from contactvault.services import procedure

    procedure.start(history, PHONE_1, starting_point="new_phone")
    html = procedure.protocol_html(history, PHONE_1)
    assert "Threema oder Signal statt WhatsApp" in html and "noch nicht geprüft" in html


def test_a_pdf_without_the_printer_is_refused_in_a_sentence(history, tmp_path):
    from contactvault import errors

    with pytest.raises(errors.FileNotWritable):
        reports.write_staff_rules(history, tmp_path / "rules.pdf")
    assert not (tmp_path / "rules.pdf").exists()
