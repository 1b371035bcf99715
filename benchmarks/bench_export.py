"""Export speed: prints figures and the ratio to a floor, asserts nothing.

    .venv/bin/python benchmarks/bench_export.py [--contacts 10000] [--repeat 5] [--vobject]

Figures (best of --repeat):
- export: ``exporting.export`` (what ``contactvault export`` runs) for a phone, from an
  unlocked vault holding N contacts with a granted mobile number each, to a synced file
  — the policy, the writer and the recording of every number, in one transaction
  (target: 0.3 s for 10 000). Each run uses a new phone profile so every run is a full
  export of all N.
- preview + write: ``plan_export`` (what the GUI shows first) then ``write_export``,
  which reads the facts again and re-checks the plan.
- floor: a minimal RFC-correct escaper and folder writing the same N cards (names and
  numbers already in memory) to a synced file — what any correct writer pays.
- with --vobject: vobject's serializer for the same cards, for comparison.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from contactvault import clock  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.services import devices, exporting, vaults  # noqa: E402

PASSPHRASE = "benchmark passphrase 1"
GIVEN = ["Anna", "Jürgen", "Özlem", "Zoë", "Hans-Peter", "Marie", "Łukasz", "Sören"]
FAMILY = ["Müller", "Schmidt, Dr.", "Weiß; GmbH", "O'Brien", "Nguyễn", "Groß\\Klein", "Ärger"]


def people(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    return [(rng.choice(GIVEN), rng.choice(FAMILY) + ("😀" if i % 50 == 0 else ""),
             f"+49171{i:07d}") for i in range(count)]


def build_vault(path: Path, rows) -> vaults.Vault:
    vault = vaults.create_vault(path, PASSPHRASE)
    now = clock.now_iso()
    at = clock.to_iso(clock.now() - timedelta(days=3))
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO contacts(id, uid, formatted_name, n_family, n_given, category, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            [(i + 1, f"00000000-0000-4000-8000-{i:012d}", f"{g} {f}", f, g, "customer", now,
              now) for i, (g, f, _) in enumerate(rows)])
        conn.executemany(
            "INSERT INTO phones(contact_id, position, raw, e164, number_type, valid, flags) "
            "VALUES (?,?,?,?,?,?,?)",
            [(i + 1, 0, e, e, "mobile", 1, "") for i, (_, _, e) in enumerate(rows)])
        conn.executemany(
            # a signed form with the notice handed over: informed consent, eligible
            "INSERT INTO consent_events(e164, kind, basis, channel, contact_id, recorded_by, "
            "occurred_at, recorded_at, with_notice) VALUES (?,?,?,?,?,?,?,?,1)",
            [(e, "granted", "consent", "paper", i + 1, "bench", at, at)
             for i, (_, _, e) in enumerate(rows)])
    return vault


def floor_writer(rows, path: Path) -> None:
    """The least a correct writer does: escape, fold at 75 octets, CRLF, write, fsync."""
    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")

    def fold(line: str) -> str:
        data = line.encode()
        if len(data) <= 75:
            return line + "\r\n"
        out, start, limit = [], 0, 75
        while start < len(data):
            end = min(start + limit, len(data))
            while end < len(data) and (data[end] & 0xC0) == 0x80:
                end -= 1
            out.append(data[start:end].decode())
            start, limit = end, 74
        return "\r\n ".join(out) + "\r\n"

    parts = []
    for i, (g, f, e164) in enumerate(rows):
        parts.append("BEGIN:VCARD\r\nVERSION:3.0\r\n" + fold(f"FN:{esc(g)} {esc(f)}")
                     + fold(f"N:{esc(f)};{esc(g)};;;") + f"TEL;TYPE=CELL:{e164}\r\n"
                     + f"UID:00000000-0000-4000-8000-{i:012d}\r\nEND:VCARD\r\n")
    data = "".join(parts).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def vobject_writer(rows, path: Path) -> None:
    import vobject

    parts = []
    for g, f, e164 in rows:
        card = vobject.vCard()
        card.add("fn").value = f"{g} {f}"
        card.add("n").value = vobject.vcard.Name(family=f, given=g)
        card.add("tel").value = e164
        parts.append(card.serialize())
    path.write_text("".join(parts), encoding="utf-8")


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--vobject", action="store_true")
    args = parser.parse_args()
    rows = people(args.contacts, random.Random(3))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        vault = build_vault(tmp_path / "bench.cvault", rows)
        ctx = Context(vault)
        counter = iter(range(10_000))
        results = []

        def export() -> None:
            name = f"phone {next(counter)}"
            devices.add_device(ctx, name)  # a one-row insert, part of the timing
            results.append(exporting.export(ctx, name, tmp_path / "export.vcf")[1])

        def preview_and_write() -> None:
            name = f"phone {next(counter)}"
            devices.add_device(ctx, name)
            plan = exporting.plan_export(ctx, name)
            results.append(exporting.write_export(ctx, plan, tmp_path / "export.vcf"))

        export_t = best(export, args.repeat)
        two_step_t = best(preview_and_write, args.repeat)
        floor_t = best(lambda: floor_writer(rows, tmp_path / "floor.vcf"), args.repeat)
        size = (tmp_path / "export.vcf").stat().st_size
        print(f"contacts: {args.contacts}, numbers written: {results[-1].count}, "
              f"file: {size / 1e6:.2f} MB")
        print(f"export (policy + write + record): {export_t:.3f} s   floor {floor_t:.3f} s   "
              f"ratio {export_t / floor_t:.1f}x   target 0.300 s")
        print(f"preview, then write (two reads):  {two_step_t:.3f} s")
        if args.vobject:
            vob_t = best(lambda: vobject_writer(rows, tmp_path / "vobject.vcf"), 1)
            print(f"vobject serializer, same cards: {vob_t:.3f} s")
        vault.lock()


if __name__ == "__main__":
    main()
