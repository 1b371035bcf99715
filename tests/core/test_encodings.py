"""8-bit files that do not say their encoding: one vCard and one CSV per code page,
each read with the right letters and a warning that names the code page in words; cards
after a block of binary bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue
from contactvault.model import ParsedContact

# code page -> (codec, two people with their language's letters, a note)
TABLE = {
    "Windows-1250": ("cp1250", ["Łukasz Żółkiewski", "Małgorzata Wiśniewska"],
                     "Spotkanie w środę"),
    "Windows-1251": ("cp1251", ["Иван Петров", "Ольга Смирнова"], "Встреча в среду"),
    "Windows-1252": ("cp1252", ["Jörg Müller", "Zoë Weiß"], "Rückruf erbeten"),
    "Windows-1257": ("cp1257", ["Jonas Žukauskas", "Rūta Šimkūnienė"],
                     "Susitikimas trečiadienį"),
    "Shift_JIS": ("shift_jis", ["山田 太郎", "佐藤 花子"], "水曜日に会議"),
}


def read(path: Path):
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    return ([i for i in items if isinstance(i, ParsedContact)],
            [i for i in items if isinstance(i, ImportIssue)], summary)


def vcards(names: list[str], note: str) -> str:
    out = ""
    for i, name in enumerate(names):
        given, family = name.split(" ", 1)
        out += (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:{family};{given};;;\r\nFN:{name}\r\n"
                f"TEL;CELL:+49 171 100000{i}\r\nNOTE:{note}\r\nEND:VCARD\r\n")
    return out


def csv_rows(names: list[str], note: str) -> str:
    lines = ["Vorname;Nachname;Telefon;Notiz"]
    lines += [f"{n.split(' ', 1)[0]};{n.split(' ', 1)[1]};+49 171 100000{i};{note}"
              for i, n in enumerate(names)]
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("kind", ["vcf", "csv"])
@pytest.mark.parametrize("label", list(TABLE))
def test_each_code_page_is_recognised_and_named(tmp_path, label, kind):
    from contactvault import i18n

    codec, names, note = TABLE[label]
    text = vcards(names, note) if kind == "vcf" else csv_rows(names, note)
    path = tmp_path / f"book.{kind}"
    path.write_bytes(text.encode(codec))
    records, issues, summary = read(path)
    assert summary.encoding == codec
    assert [r.formatted_name or f"{r.name.given} {r.name.family}" for r in records] == names
    assert records[0].notes == [note]
    [guess] = [i for i in issues if i.code == "encoding_guessed"]
    assert guess.detail == f"read as {label}"
    with i18n.speaking("en"):
        assert f"it was read as {label} (" in guess.describe()


def test_the_assumed_code_page_is_said_in_german(tmp_path):
    from contactvault import i18n

    path = tmp_path / "polen.vcf"
    path.write_bytes(vcards(*TABLE["Windows-1250"][1:]).encode("cp1250"))
    _, issues, _ = read(path)
    [guess] = [i for i in issues if i.code == "encoding_guessed"]
    with i18n.speaking("de"):
        said = guess.describe()
    assert said == ("Zeichenkodierung wurde erraten: die Datei nennt ihre Zeichenkodierung "
                    "nicht; sie wurde als Windows-1250 (mitteleuropäisch: Polnisch, "
                    "Tschechisch, Slowakisch, Ungarisch, Kroatisch, Slowenisch, Rumänisch) "
                    "gelesen, die Codepage, zu deren Buchstaben der Text am besten passt")


def test_cards_after_binary_bytes_are_found(tmp_path):
    from contactvault import i18n

    card = vcards(["Anna Schmidt", "Bert Meier"], "Notiz").encode()
    path = tmp_path / "backup.vcf"
    path.write_bytes(bytes(range(256)) * 40 + card)
    records, issues, summary = read(path)
    assert [r.formatted_name for r in records] == ["Anna Schmidt", "Bert Meier"]
    assert summary.format == "vcard"
    [skipped] = issues
    assert (skipped.code, skipped.params) == ("binary_skipped", (("bytes", "10240"),))
    with i18n.speaking("de"):
        assert "10240 Bytes vor dem ersten BEGIN:VCARD" in skipped.describe()


def test_binary_without_any_card_is_still_refused(tmp_path):
    path = tmp_path / "noise.vcf"
    path.write_bytes(bytes(range(256)) * 40)
    records, issues, _ = read(path)
    assert not records and [i.code for i in issues] == ["file_binary"]
