"""Audit trail speed: prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_audit.py [--contacts 10000] [--repeat 3]

Figures (best of --repeat):
- verify: ``audit verify`` (what ``contactvault audit verify`` runs) on a vault holding N
  contacts with a granted number each (covered by one entry, as the migration covers
  records stored before covering existed) and one export of all N numbers: the chain,
  every covered record hashed again, every record checked for its entry;
- cover export: hashing the N numbers of one export, the part of an export's
  transaction the chain adds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_export import best, build_vault, people  # noqa: E402

from contactvault import audit  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.services import audit_ops, devices, exporting  # noqa: E402
from contactvault.vault import chain  # noqa: E402


def main() -> None:
    import random

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        vault = build_vault(tmp_path / "bench.cvault", people(args.contacts, random.Random(3)))
        ctx = Context(vault)
        with vault.transaction() as conn:  # the events were stored directly: cover them
            top = conn.execute("SELECT max(id) FROM consent_events").fetchone()[0]
            chain.touch(conn, "consent_events", top, op="<=")
            audit.record(conn, "bench.cover", actor="bench", at=ctx.now_iso())
        devices.add_device(ctx, "phone")
        exporting.export(ctx, "phone", tmp_path / "export.vcf")
        result = audit_ops.verify(ctx)
        assert result.ok, result.problem_text()
        verify = best(lambda: audit_ops.verify(ctx), args.repeat)
        ref = chain.Ref("export_items", "export_id", "=", 1)
        with vault.reading() as conn:
            cover = best(lambda: chain.digest_of(conn, ref), args.repeat)
        vault.lock()
    print(f"contacts: {args.contacts}, entries: {result.count}, "
          f"records checked: {result.records_checked}")
    print(f"verify (chain + every covered record): {verify:.3f} s")
    print(f"cover one export of {args.contacts} numbers: {cover:.3f} s")


if __name__ == "__main__":
    main()
