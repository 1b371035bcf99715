"""Importing into a real vault: counts, re-imports, merges, cancel, nothing lost."""

from __future__ import annotations

import gc
import threading

import pytest

from contactvault import errors
from contactvault.services import contacts, importing
from contactvault.vault import contacts as contact_store


def card(name: str, number: str, *, note: str = "", version: str = "3.0") -> str:
    family, _, given = name.partition(" ")
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{name}", f"N:{given};{family};;;",
             f"TEL;TYPE=CELL:{number}"]
    if note:
        lines.append(f"NOTE:{note}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def write(path, *cards: str):
    path.write_text("".join(cards), encoding="utf-8")
    return path


def test_import_counts_and_fields(ctx, tmp_path):
    book = write(tmp_path / "a.vcf", card("Anna Schmidt", "0171 1000001"),
                 card("Bernd Weiß", "+49 30 1234567"))
    report = importing.import_files(ctx, [book])
    assert (report.imported, report.merged, report.skipped, report.unchanged) == (2, 0, 0, 0)
    found = {c.formatted_name: c for c in contacts.list_contacts(ctx)}
    anna = contacts.get_contact(ctx, found["Anna Schmidt"].id)
    assert anna.phones[0].e164 == "+491711000001"
    assert anna.phones[0].raw == "0171 1000001"
    assert anna.phones[0].number_type == "mobile"
    assert anna.sources[0].original_text.startswith("BEGIN:VCARD")
    assert "Weiß" in found["Bernd Weiß"].formatted_name


def test_same_file_twice_changes_nothing(vault, ctx, tmp_path):
    book = write(tmp_path / "a.vcf", card("Anna Schmidt", "0171 1000001"),
                 card("Carl Meier", "0171 1000002"))
    importing.import_files(ctx, [book])
    with vault.reading() as conn:
        before = conn.execute("SELECT count(*) FROM contacts").fetchone()[0], \
            conn.execute("SELECT count(*) FROM phones").fetchone()[0]
    again = importing.import_files(ctx, [book])
    assert (again.imported, again.merged, again.unchanged) == (0, 0, 2)
    with vault.reading() as conn:
        after = conn.execute("SELECT count(*) FROM contacts").fetchone()[0], \
            conn.execute("SELECT count(*) FROM phones").fetchone()[0]
    assert before == after


def test_same_person_from_two_exports_is_merged(ctx, tmp_path):
    phone_a = write(tmp_path / "android.vcf", card("Anna Schmidt", "0171 1000001",
                                                   note="from the Android phone"))
    phone_b = write(tmp_path / "iphone.vcf",
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Schmidt, Anna\r\nN:Schmidt;Anna;;;\r\n"
                    "TEL;TYPE=CELL:+49 171 1000001\r\nTEL;TYPE=WORK:+49 89 7654321\r\n"
                    "EMAIL:anna@example.org\r\nEND:VCARD\r\n")
    report = importing.import_files(ctx, [phone_a, phone_b])
    assert (report.imported, report.merged) == (1, 1)
    assert any(i.code == "merged" for i in report.issues)
    [anna] = contacts.list_contacts(ctx)
    full = contacts.get_contact(ctx, anna.id)
    assert sorted(p.e164 for p in full.phones) == ["+491711000001", "+49897654321"]
    assert [s.file for s in full.sources] == [str(phone_a), str(phone_b)]
    assert full.emails[0].value == "anna@example.org"
    assert "from the Android phone" in full.notes


def test_invalid_numbers_are_kept_and_flagged(ctx, tmp_path):
    book = write(tmp_path / "a.vcf", card("Vanity Line", "+1-800-MYFAX"),
                 card("Pause Dialer", "p1234p5678w9"), card("Short", "+49000000"))
    report = importing.import_files(ctx, [book])
    assert report.imported == 3 and report.flagged_numbers == 3
    stored = {c.formatted_name: c.phones[0] for c in contacts.list_contacts(ctx)}
    assert stored["Vanity Line"].raw == "+1-800-MYFAX" and "letters" in stored["Vanity Line"].flags
    assert "dial_string" in stored["Pause Dialer"].flags
    assert not stored["Short"].valid
    issues = [i for i in report.issues if i.code == "invalid_number"]
    assert {i.raw for i in issues} == {"+1-800-MYFAX", "p1234p5678w9", "+49000000"}
    assert all(i.file == str(book) and i.line for i in issues)


def test_bad_record_is_reported_and_the_rest_imported(ctx, tmp_path):
    broken = "BEGIN:VCARD\r\nVERSION:2.1\r\n" + "\x00\x01\x02garbage" * 3 + "\r\nEND:VCARD\r\n"
    book = write(tmp_path / "a.vcf", card("Anna Schmidt", "0171 1000001"), broken,
                 card("Carl Meier", "0171 1000002"))
    report = importing.import_files(ctx, [book])
    names = sorted(c.formatted_name for c in contacts.list_contacts(ctx))
    assert names == ["Anna Schmidt", "Carl Meier"]
    assert report.imported == 2


def test_region_setting_applies(ctx, tmp_path):
    book = write(tmp_path / "a.vcf", card("Wiener Kunde", "0664 1234567"))
    importing.import_files(ctx, [book], region="AT")
    [c] = contacts.list_contacts(ctx)
    assert c.phones[0].e164 == "+436641234567"


def test_unknown_region_and_missing_file_are_clear_errors(ctx, tmp_path):
    book = write(tmp_path / "a.vcf", card("A B", "0171 1000001"))
    with pytest.raises(errors.InvalidArgument):
        importing.import_files(ctx, [book], region="XX")
    with pytest.raises(errors.FileUnreadable):
        importing.import_files(ctx, [tmp_path / "missing.vcf"])
    assert contacts.list_contacts(ctx) == []


def test_cancel_leaves_vault_as_before(vault, ctx, tmp_path):
    importing.import_files(ctx, [write(tmp_path / "first.vcf", card("Erst Kunde", "0171 1"))])
    big = write(tmp_path / "big.vcf", *(card(f"Person{i} Test", f"0171 {2000000 + i}")
                                        for i in range(3000)))
    cancel = threading.Event()

    def progress(done, total):
        if done >= 500:
            cancel.set()

    with pytest.raises(errors.Cancelled) as cancelled:
        importing.import_files(ctx, [big], progress=progress, cancel=cancel)
    report = cancelled.value.report
    assert report.cancelled and [f.file for f in report.files] == [str(big)]
    assert (report.imported, report.merged, report.contact_ids) == (0, 0, [])
    assert [c.formatted_name for c in contacts.list_contacts(ctx)] == ["Erst Kunde"]
    with vault.reading() as conn:
        assert contact_store.count_contacts(conn) == 1
        actions = [a for (a,) in conn.execute("SELECT action FROM audit_log")]
    assert actions.count("import") == 1


def test_import_is_audited_without_personal_data(vault, ctx, tmp_path):
    importing.import_files(ctx, [write(tmp_path / "a.vcf", card("Geheim Name", "0171 1"))])
    with vault.reading() as conn:
        action, details = conn.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "import"
    assert "Geheim" not in details and "0171" not in details


def test_same_contact_typed_twice_is_kept_twice(ctx):
    first = contacts.add_contact(ctx, given="Hand", family="Eingabe", numbers=["0171 5550001"])
    second = contacts.add_contact(ctx, given="Hand", family="Eingabe", numbers=["0171 5550001"])
    assert first.id != second.id
    assert second.sources[0].original_text.startswith("BEGIN:VCARD")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_as_before_after_an_import(ctx, tmp_path, monkeypatch, enabled):
    """The import pauses Python's cycle collector while it runs; afterwards, and after a
    failed import, it is on or off as it was."""
    seen: list[bool] = []
    store = importing._store

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return store(*args, **kwargs)

    monkeypatch.setattr(importing, "_store", spy)
    book = write(tmp_path / "a.vcf", card("Anna Schmidt", "0171 1000001"))
    (gc.enable if enabled else gc.disable)()
    try:
        importing.import_files(ctx, [book])
        assert seen == [False]
        assert gc.isenabled() is enabled
        with pytest.raises(errors.InvalidArgument):
            importing.import_files(ctx, [book], region="XX")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
