"""The fast import path stores exactly what the per-record path stored.

A generated book (the benchmark's generator: duplicates, merges, messy numbers, photos)
plus hand-made cards for the rare branches (two cards claiming one UID, a card already
in the vault, a person merged into a contact from an earlier import, empty and invalid
numbers, a card without content) is imported in two steps, serially and with the
reading process. Everything the vault holds afterwards (contacts, numbers, flags,
source records) and every report (counts, contact ids, issues) is digested; the
expected digest was taken with the per-record path (one SELECT and INSERT after the
other for every record) before the fast path replaced it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from contactvault.context import Context
from contactvault.services import importing

REPO = Path(__file__).resolve().parents[2]
EXPECTED_DIGEST = "b2c4acb7159a67f1619914e1834fa30febf74932c128b1d5d02ecd0144e76551"
EXPECTED_COUNTS = {
    "contacts": 1330, "phones": 2352, "sources": 1494, "made_uids": 1329,
    "reports": [
        {"imported": 800, "merged": 94, "unchanged": 9, "skipped": 1, "flagged": 123},
        {"imported": 530, "merged": 70, "unchanged": 106, "skipped": 0, "flagged": 78},
    ],
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _generator():
    spec = importlib.util.spec_from_file_location(
        "generate_addressbook", REPO / "benchmarks" / "generate_addressbook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _card(fn: str, *tels: str, uid: str = "", note: str = "", email: str = "") -> str:
    family, _, given = fn.rpartition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", f"N:{family};{given};;;"]
    lines += [f"TEL;TYPE=CELL:{t}" for t in tels]
    if uid:
        lines.append(f"UID:{uid}")
    if note:
        lines.append(f"NOTE:{note}")
    if email:
        lines.append(f"EMAIL:{email}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def _books(tmp_path: Path) -> tuple[Path, Path]:
    generated = _generator().generate(1500, "mixed", 11).decode("utf-8")
    cards = generated.split("BEGIN:VCARD")
    first = "BEGIN:VCARD".join(cards[:900])
    # The second book repeats 100 cards of the first (unchanged) and goes on.
    second = "BEGIN:VCARD" + "BEGIN:VCARD".join(cards[800:])
    extra_first = (
        _card("Greta Uhland", "0171 5550001", uid="shared-uid-1")
        + _card("Hugo Uhland", "0171 5550002", uid="shared-uid-1")  # UID claimed twice
        + _card("Ida Vogt", "0171 5550003", "0711 1234567", email="ida@example.org")
        + _card("Jan Wolf", "", "abc", "+1-800-MYFAX", "0171 5550004p123")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE: \r\nEND:VCARD\r\n"
    )
    extra_second = (
        _card("Vogt Ida", "+49 171 5550003", "089 7654321", note="zweites Telefon",
              email="IDA@example.org")  # merged into Ida Vogt from the first import
        + _card("Greta Uhland", "0171 5550001", uid="shared-uid-1", note="neu")
        + _card("Jan Wolf", "", "abc", "+1-800-MYFAX", "0171 5550004p123")  # unchanged
        + _card("Karl Xaver", "(650) 555-1212", "49 631 234 341", "+49 0 1 2")
        + _card("Karl Xaver", "0171 5550005", "0171 5550005")
    )
    a = tmp_path / "erstes.vcf"
    b = tmp_path / "zweites.vcf"
    a.write_text(first + extra_first, encoding="utf-8")
    b.write_text(second + extra_second, encoding="utf-8")
    return a, b


def _dump(ctx: Context, reports, folder: Path) -> tuple[str, dict]:
    rows: dict[str, list] = {}
    with ctx.vault.reading() as conn:
        texts = "\n".join(r[0] for r in conn.execute("SELECT original_text FROM source_records"))
        contacts = []
        for row in conn.execute("SELECT * FROM contacts ORDER BY id"):
            row = list(row)
            uid = row[1]
            if _UUID.match(uid) and uid not in texts:
                row[1] = "<made>"  # a fresh random UID (uuid4): only its being there counts
            contacts.append(row)
        rows["contacts"] = contacts
        rows["phones"] = [list(r) for r in conn.execute("SELECT * FROM phones ORDER BY id")]
        rows["sources"] = [list(r) for r in conn.execute(
            "SELECT * FROM source_records ORDER BY id")]
        made = [r for r in rows["contacts"] if r[1] == "<made>"]
        assert len({u for (u,) in conn.execute("SELECT uid FROM contacts")}) == len(contacts)
    rows["reports"] = [
        {"imported": r.imported, "merged": r.merged, "unchanged": r.unchanged,
         "skipped": r.skipped, "flagged": r.flagged_numbers, "ids": r.contact_ids,
         "issues": [[i.code, i.file, i.line, i.severity.value, i.detail,
                     i.raw, i.says, list(map(list, i.params))] for i in r.issues]}
        for r in reports]
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str)
    text = text.replace(str(folder), "<folder>")
    counts = {"contacts": len(rows["contacts"]), "phones": len(rows["phones"]),
              "sources": len(rows["sources"]), "made_uids": len(made),
              "reports": [{k: v for k, v in r.items() if k not in ("ids", "issues")}
                          for r in rows["reports"]]}
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), counts


@pytest.mark.parametrize("workers", ["0", "1"])
def test_import_result_is_the_per_record_result(vault, tmp_path, monkeypatch, workers):
    monkeypatch.setenv("CONTACTVAULT_IMPORT_WORKERS", workers)
    first, second = _books(tmp_path)
    ctx = Context(vault, actor="Prüferin",
                  clock=lambda: datetime(2026, 12, 7, 12, 0, 0, tzinfo=UTC))
    reports = [importing.import_files(ctx, [first], region="DE"),
               importing.import_files(ctx, [second], region="DE")]
    digest, counts = _dump(ctx, reports, tmp_path)
    assert counts == EXPECTED_COUNTS
    assert digest == EXPECTED_DIGEST
