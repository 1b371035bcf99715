"""Every issue a person reads says its details in words of their language, with the
value and the line: the English ``detail`` stays for scripts, ``describe()`` is
translated from a sentence and its parameters."""

from __future__ import annotations

from pathlib import Path

from contactvault import i18n
from contactvault.importers import registry
from contactvault.importers.report import DETAIL_TEXTS, FileSummary, ImportIssue

GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nTEL:0171 1000001\r\nEND:VCARD\r\n"
BAD_FILES = {
    "no-version.vcf": b"BEGIN:VCARD\r\nFN:Anna\r\nTEL:0171 1\r\nEND:VCARD\r\n",
    "lying-charset.vcf": ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:J\xf6rg\r\n"
                          "TEL:0171 1\r\nEND:VCARD\r\n").encode("latin-1"),
    "outside.vcf": ("Hallo\r\n" + GOOD + "END:VCARD\r\n").encode(),
    "no-end.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nTEL:0171 1\r\n",
    "bad-qp.vcf": (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:A=ZZ\r\n"
                   b"TEL:0171 1\r\nEND:VCARD\r\n"),
    "rows.csv": ("Vorname;Nachname;Telefon\r\nAnna;Schmidt;0171 1\r\nA;B;C;D;E\r\n"
                 'Quentin;"Quote;0170\r\nCarl;Meier;0171 2\r\n').encode(),
    "empty.csv": b"\r\n\r\n   \r\n",
    "noise.csv": b"Foo,Bar,Baz\r\n1,2,3\r\n",
}


def issues_of(tmp_path: Path) -> list[ImportIssue]:
    found: list[ImportIssue] = []
    for name, data in BAD_FILES.items():
        path = tmp_path / name
        path.write_bytes(data)
        found += [i for i in registry.read(path, FileSummary(str(path)))
                  if isinstance(i, ImportIssue)]
    return found


def test_every_detail_is_a_sentence_with_parameters(tmp_path):
    issues = issues_of(tmp_path)
    assert len({i.code for i in issues}) >= 8
    for issue in issues:
        if issue.detail:
            assert issue.says == "none" or issue.says in DETAIL_TEXTS, issue


def test_details_in_german(tmp_path):
    issues = issues_of(tmp_path)
    with i18n.speaking("de"):
        said: dict[tuple[str, str], str] = {}
        for issue in issues:  # several of a kind in one file: joined
            key = (Path(issue.file).name, issue.code)
            said[key] = (said[key] + " | " if key in said else "") + issue.describe()
    assert said["no-version.vcf", "missing_version"].endswith("als vCard 3.0 gelesen")
    assert said["lying-charset.vcf", "charset_mislabelled"].endswith(
        "FN: als UTF-8 angegeben, aber die Bytes sind kein UTF-8; als Windows-1252 gelesen")
    assert said["outside.vcf", "text_outside_card"].endswith(": 7 Bytes") or said[
        "outside.vcf", "text_outside_card"].endswith("END:VCARD ohne BEGIN:VCARD")
    assert said["bad-qp.vcf", "bad_quoted_printable"].endswith(
        "FN: auf '=' folgen keine zwei Hexadezimalziffern; so belassen, wie es steht")
    assert said["rows.csv", "csv_bad_row"] == (
        "CSV-Zeile nicht lesbar: die Zeile hat 5 Zellen, die Kopfzeile 3 | CSV-Zeile nicht "
        "lesbar: ein Anführungszeichen (\") wird nicht geschlossen: die Zeile läuft über 2 "
        "Zeilen und hat 2 Zellen, die Kopfzeile 3")
    assert said["noise.csv", "csv_unknown_columns"].endswith(
        "die Spalten der Datei sind: “Foo”, “Bar”, “Baz”. Wählen Sie, welche Spalte die "
        "Nummern enthält.")
    for text in said.values():
        for english in (" the ", " read as ", " cells", " bytes that", "skipped"):
            assert english not in text, text
