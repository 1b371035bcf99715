"""The readers against real exports (../shared/corpus, see its PROVENANCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactvault.importers import registry
from contactvault.importers.report import FileSummary, ImportIssue, Severity
from contactvault.model import ParsedContact

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
ADDRESS_BOOK_SUFFIXES = (".vcf", ".csv", ".txt")


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in ADDRESS_BOOK_SUFFIXES
                  and "whatsapp-chats" not in p.parts and p.name != "PROVENANCE.md")


def read(relative: str) -> tuple[list[ParsedContact], list[ImportIssue], FileSummary]:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} not found under {CORPUS} (needs ../shared/corpus)")
    summary = FileSummary(str(path))
    items = list(registry.read(path, summary))
    records = [i for i in items if isinstance(i, ParsedContact)]
    issues = [i for i in items if isinstance(i, ImportIssue)]
    return records, issues, summary


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_address_book_reads(path: Path):
    records, issues, summary = read(str(path.relative_to(CORPUS)))
    file_errors = [i for i in issues if i.severity is Severity.ERROR and i.line is None]
    assert records or file_errors, "neither a record nor a file-level issue"
    assert summary.records == len(records)
    for record in records:
        assert record.source_file == str(path)
        assert record.source_line >= 1
        assert record.original_text.strip()


EXPECTED_COUNTS = {
    "android/John_Doe_ANDROID.vcf": 6, "android/v21_x_android_custom_after_photo.vcf": 1,
    "android/v30_pause_wait.vcf": 1, "ios/John_Doe_IPHONE.vcf": 1,
    "macos/rcube_contacts-3.vcf": 2, "macos/photo.vcf": 1, "macos/adb_mac_import.csv": 1,
    "feature-phones/v21_multiple_entry.vcf": 3, "misc/vcard10.vcf": 5,
    "thunderbird/export.vcf": 2, "thunderbird/export.csv": 2, "thunderbird/quote.csv": 1,
    "thunderbird/shiftjis_addressbook.csv": 1, "thunderbird/tb_plain.csv": 1,
    "outlook/adb_outlook2007_default_de.csv": 2, "google/gmail.csv": 1,
    "misc/importtest_win1252.csv": 4, "kde/vcard-antoni-kontact.vcf": 1,
    "lotus-notes/John_Doe_LOTUS_NOTES.vcf": 1, "nextcloud-davx5/NextCloudPhotoIssue.txt": 1,
    "evolution/eds-5.vcf": 1, "outlook/WebDAVCollaborator.vcf": 1,
}


@pytest.mark.parametrize(("relative", "count"), sorted(EXPECTED_COUNTS.items()))
def test_exact_record_counts(relative: str, count: int):
    records, issues, _ = read(relative)
    assert len(records) == count
    assert not [i for i in issues if i.severity is Severity.ERROR]


def test_latin1_without_charset_is_guessed_and_reported():
    [record], issues, summary = read("nextcloud-davx5/latin1.vcf")
    assert record.formatted_name == "Özkan Äuçek"
    assert (record.name.family, record.name.given) == ("Äuçek", "Özkan")
    assert summary.encoding == "cp1252"
    assert any(i.code == "encoding_guessed" and "Windows-1252" in i.detail for i in issues)


def test_outlook_windows_1252_charset_and_qp_label():
    [record], _, _ = read("outlook/LabelIssue.vcf")
    assert record.addresses[0].street == "Business-Straße 19"
    assert record.phones[0] == record.phones[0].__class__("0987 /6543", "WORK,VOICE", False)


def test_mac_photo_card_keeps_umlauts_in_n():
    [record], _, _ = read("macos/photo.vcf")
    assert (record.name.family, record.name.given) == ("Müller", "Jörg")
    assert record.formatted_name == "Apple Computer AG"


def test_ios_cr_cr_lf_and_x_ablabel_on_tel():
    [record], issues, _ = read("ios/John_Doe_IPHONE.vcf")
    assert record.source_format == "vcard-3.0"
    assert record.formatted_name == "Mr. John Richter James Doe Sr."
    phones = {p.raw: p for p in record.phones}
    assert phones["905-222-1234"].label == "_$!<AssistantPhone>!$_"
    assert phones["905-555-1234"].label == "CELL,VOICE" and phones["905-555-1234"].pref
    assert len(record.phones) == 7
    assert record.original_text.startswith("BEGIN:VCARD\r\r\n")
    assert record.original_text.endswith("END:VCARD")
    assert not [i for i in issues if i.severity is not Severity.INFO]


def test_mac_address_book_plain_ablabel():
    [record], _, _ = read("macos/John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert {p.raw: p.label for p in record.phones}["905-222-1234"] == "AssistantPhone"


def test_android_quoted_printable_cards():
    records, issues, _ = read("android/John_Doe_ANDROID.vcf")
    assert [r.source_line for r in records] == [1, 6, 11, 18, 36, 71]
    assert records[0].emails[0].value == "john.doe@company.com"
    assert records[2].formatted_name == "Ñ Ñ Ñ Ñ Ñ"
    assert records[2].phones[0].raw == "123456789" and records[2].phones[0].pref
    # soft break continuing at column 0
    assert records[3].formatted_name == " ".join(["Ñ"] * 11)
    assert [p.raw for p in records[3].phones] == ["123456", "234567", "3456789", "45678901"]
    assert (records[4].name.family, records[4].name.given) == ("Ñ Ñ", "Ñ Ñ Ñ")
    # a soft break followed by an empty line ends the value; the next ORG is separate
    assert records[5].organisation == "Ñ" * 44
    assert records[5].phones[0].raw == "55556666"
    assert not [i for i in issues if i.severity is Severity.ERROR]


def test_evolution_qp_soft_break_splits_utf8_sequence():
    [record], _, _ = read("evolution/eds-5.vcf")
    assert record.formatted_name == "十城目管理大型知座"
    assert record.name.given == "十城目管理大型知座"
    assert record.title == "十城目管理大型知座"
    assert record.addresses[0].extended == "\n".join(["十城目管理大型知座"] * 3)


def test_thunderbird_bare_cr_inside_value_does_not_split_the_card():
    records, issues, _ = read("thunderbird/export.vcf")
    assert [r.formatted_name for r in records] == ["contact number one", "contact number two"]
    assert [r.source_line for r in records] == [1, 8]
    assert "custom\r3" in records[1].original_text
    assert records[1].notes == ["here's some unicode text…"]
    assert records[1].source_format == "vcard-4.0"
    assert not issues


def test_kde_slash_property_names_and_version_at_end():
    [record], issues, _ = read("kde/vcard-antoni-kontact.vcf")
    assert record.source_format == "vcard-3.0"
    assert record.formatted_name == "Antoni Mylka"
    assert "+48 91 3 177 6584" in [p.raw for p in record.phones]
    assert not issues


def test_lower_case_netscape_card_with_version_in_the_middle():
    [record], issues, _ = read("thunderbird/vcard3.vcf")
    assert record.source_format == "vcard-2.1"
    assert record.formatted_name == "ian geiser"
    assert record.emails[0].value == "geiseri@yahoo.com"
    assert not issues


def test_webdav_collaborator_agent_escaped_fn_and_mixed_case_types():
    [record], _, _ = read("outlook/WebDAVCollaborator.vcf")
    assert record.formatted_name == "Nachname;  salutation Vorname Middle name suffix"
    assert {p.raw: p.label for p in record.phones}["+49 (040) 12345 - 3"] == "CELL,VOICE"
    assert record.name.given == "Vorname"  # the AGENT's embedded card does not leak


def test_shift_jis_vcard_with_declared_charset():
    records, _, _ = read("feature-phones/v21_multiple_entry.vcf")
    assert [r.name.family for r in records] == ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"]
    assert records[0].phones[0].label == "X-NEC-SECRET"


def test_shift_jis_csv_japanese_name():
    [record], issues, summary = read("thunderbird/shiftjis_addressbook.csv")
    assert summary.format == "csv-thunderbird" and summary.encoding == "shift_jis"
    assert record.formatted_name == "名無しの権兵衛"
    assert record.emails[0].value == "名無しの権兵衛@host.invalid"
    assert any(i.code == "encoding_guessed" and "Shift_JIS" in i.detail for i in issues)


def test_outlook_german_csv_rows_with_destroyed_umlauts_in_headers():
    records, issues, summary = read("outlook/adb_outlook2007_default_de.csv")
    assert summary.format == "csv-outlook"
    first, second = records
    assert first.organisation == "The Firm" and first.source_line == 2
    assert (second.name.given, second.name.family) == ("Vorname", "Nachname")
    assert ("tel_cell", "Mobiltelefon") in [(p.raw, p.label) for p in second.phones]
    assert [e.value for e in second.emails] == ["email@example.org"]
    assert second.original_text.startswith('"Anrede","Vorname"')
    assert [i.code for i in issues] == ["csv_short_rows"]


def test_google_csv_values_and_labels():
    [record], _, summary = read("google/gmail.csv")
    assert summary.format == "csv-google"
    assert record.formatted_name == "Prefix Firstname Middle Lastname Suffix"
    assert ("mobile", "Mobile") in [(p.raw, p.label) for p in record.phones]
    assert record.emails[0].value == "home@aaa.pl"
    assert record.notes == ['note"note']
    assert "* My Contacts ::: Test" in record.original_text
    assert record.addresses[0].street == "home_street"


def test_thunderbird_csv_cell_with_bare_cr_and_lf():
    records, _, _ = read("thunderbird/export.csv")
    assert [r.source_line for r in records] == [2, 3]
    assert "custom\r3" in records[1].original_text and "custom\n4" in records[1].original_text
    assert records[1].title == '"worker"'


def test_apple_tab_separated_german_csv():
    [record], _, summary = read("macos/adb_mac_import.csv")
    assert summary.format == "csv-apple"
    assert (record.name.given, record.name.family) == ("Max", "Mustermann")
    assert record.phones[0].raw == "04012345" and record.phones[0].label == "Arbeit Telefon"
    assert record.addresses[0].street == "Musterstraße 1"


def test_generic_semicolon_csv_in_windows_1252():
    records, _, summary = read("misc/importtest_win1252.csv")
    assert summary.format == "csv-generic"
    assert records[2].name.given == "ÖzdemirÖ" and records[2].name.family == "Üglü"


def test_utf8_bom_file_is_read_with_a_warning():
    [record], issues, _ = read("nextcloud-davx5/NextCloudPhotoIssue2.txt")
    assert record.formatted_name == "xxx"
    assert [i.code for i in issues] == ["byte_order_mark"]
    assert not record.original_text.startswith("\ufeff")


def test_outlook_qp_without_charset_is_read_as_windows_1252():
    [record], _, _ = read("outlook/vcard-antoni-outlook2003.vcf")
    assert record.name.family == "Mylka"
    assert any("\n" in note or note for note in record.notes)


def test_reading_twice_gives_identical_records():
    first, _, _ = read("android/John_Doe_ANDROID.vcf")
    second, _, _ = read("android/John_Doe_ANDROID.vcf")
    assert first == second


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", sorted((CORPUS / "whatsapp-chats").glob("*.txt"))
                         if CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_whatsapp_chat_exports_are_no_address_book(path: Path):
    records, issues, _ = read(str(path.relative_to(CORPUS)))
    assert not records
    assert [(i.code, i.file, i.says) for i in issues] == [
        ("unknown_format", str(path), "whatsapp_chat")]
