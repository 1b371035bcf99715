"""report dashboard (and the documents) through the real command line."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.core.dashboard_history import NUMBERS, PHONE_1, PHONE_2, play

DE = {"CONTACTVAULT_LANG": "de"}
EN = {"CONTACTVAULT_LANG": "en"}


@pytest.fixture
def history_vault(cli, tmp_path):
    from contactvault.services import vaults

    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    try:
        play(vault, tmp_path)
    finally:
        vault.lock()
    return cli


def test_dashboard_json_has_totals_and_every_list(history_vault):
    result = history_vault("report", "dashboard", "--json", env=EN)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["totals"]["numbers_on_phone"] == {PHONE_1: 3, PHONE_2: 3}
    assert data["totals"]["contacts"] == 10
    problems = {p["key"]: p for p in data["problems"]}
    unlawful = problems["unlawful_on_phone"]
    assert unlawful["severity"] == "critical" and unlawful["count"] == 4
    assert {i["number"] for i in unlawful["items"]} == {
        NUMBERS["Carla Christ"], NUMBERS["Ida Imhof"], NUMBERS["Dora Dietz"]}
    assert all(i["reason_text"] and i["age_days"] > 0 for i in unlawful["items"])
    assert data["audit_head"].split(":")[0].isdigit()


def test_dashboard_text_in_german(history_vault):
    result = history_vault("report", "dashboard", env=DE)
    assert result.code == 0, result.err
    out = result.out
    assert "Datenschutz-Übersicht" in out
    assert "!! Nummern auf einem WhatsApp-Telefon ohne heute gültige Einwilligung: 4 " \
        "(älteste: " in out
    assert "Carla Christ" in out and "widerrufen am 01.04.2026" in out
    assert "Offene Löschungen je Telefon: 4" in out
    assert "Offene Löschungen je Telefon: 4" in out
    assert "2 Nummern müssen von diesem Telefon gelöscht werden" in out
    assert "day" not in out


def test_dashboard_of_a_locked_out_vault_is_one_sentence(history_vault):
    result = history_vault("report", "dashboard", passphrase="wrong passphrase 1", env=EN)
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _renders(path, tmp_path) -> None:
    """One page to PNG (pdftoppm): the file is a PDF a viewer can draw."""
    import subprocess

    prefix = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                    str(prefix)], check=True, capture_output=True)
    pictures = list(tmp_path.glob(f"{path.stem}*.png"))
    assert pictures and pictures[0].stat().st_size > 2000


@pytest.mark.parametrize("args, expected", [
    (("report", "register"), ["Einwilligungsregister", "Bernd Bäcker", "widerrufen",
                              "Kopf des Prüfprotokolls beim Druck"]),
    (("report", "processing-record"), ["Verzeichnis von Verarbeitungstätigkeiten",
                                       "WhatsApp Ireland Ltd.", "Threema oder Signal"]),
    (("report", "lost-phone", "--device", PHONE_1),
     ["Verlorenes oder gestohlenes WhatsApp-Telefon", "72 Stunden", "Dora Dietz",
      "Art. 34"]),
    (("report", "staff-rules"), ["Regeln für Beschäftigte", "freiwillig", "Chat-Backups"]),
    (("proof", NUMBERS["Dora Dietz"]), ["Nachweis für die Nummer +49 171 1000004",
                                        "Erste Nachricht des Kunden",
                                        "Alles, was zu dieser Nummer erfasst ist"]),
])
def test_every_pdf_is_written_private_and_reads_in_german(history_vault, tmp_path, args,
                                                          expected):
    import stat

    out = tmp_path / f"{args[-1].strip('+').replace(' ', '_')}.pdf"
    result = history_vault(*args, "-o", str(out), env=DE)
    assert result.code == 0, result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(_pdf_text(out).split())
    for piece in expected:
        assert piece in text, piece
    _renders(out, tmp_path)


def test_register_pdf_in_english(history_vault, tmp_path):
    out = tmp_path / "register-en.pdf"
    result = history_vault("report", "register", "--format", "pdf", "-o", str(out), env=EN)
    assert result.code == 0, result.err
    text = " ".join(_pdf_text(out).split())
    assert "Consent register" in text and "Audit trail head at printing" in text
    assert "revoked" in text


def test_register_csv_through_the_command_line(history_vault, tmp_path):
    import csv
    import io

    out = tmp_path / "register.csv"
    result = history_vault("report", "register", "-o", str(out), "--separator", ",", env=DE)
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[2][0] == "Name" and any(r and r[0] == "Bernd Bäcker" for r in rows)


def test_a_document_format_that_does_not_exist_is_one_sentence(history_vault, tmp_path):
    result = history_vault("report", "staff-rules", "--format", "html", "-o",
                           str(tmp_path / "x.csv"), env=EN)
    assert result.code == 0  # the format given wins over the extension
    result = history_vault("report", "processing-record", "-o", str(tmp_path / "x.csv"),
                           env=EN)
    assert result.code != 0 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_dashboard_text_from_the_first_entries_equals_the_one_from_every_entry(
        vault, tmp_path):
    """The text form builds only the entries it shows: its lines (the first entries of
    each list and how many more there are) are those made from every entry."""
    from contactvault.cli import report_commands
    from contactvault.services import contacts, dashboard

    ctx, _clock = play(vault, tmp_path)
    for i in range(5):
        contacts.add_contact(ctx, formatted_name=f"Neu {i}", category="unknown",
                             numbers=[f"0171 90000{i:02d}"])
    full = dashboard.dashboard(ctx)
    for limit in (0, 1, 2, 3, report_commands.SHOWN_ITEMS):
        lines = report_commands.dashboard_lines(dashboard.dashboard(ctx, shown=limit), limit)
        assert lines == report_commands.dashboard_lines(full, limit)
        assert any("more" in line for line in lines) == (limit < 6)
