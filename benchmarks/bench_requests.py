"""Data-subject requests at scale: access report, erasure of one person and the retention
review in a vault of N contacts with consent, all exported to one phone.

    .venv/bin/python benchmarks/bench_requests.py --contacts 10000

Prints the best of ``--repeat`` runs for the access report and the retention review, the
time of each erasure (every erasure removes a different person), and the bulk erasure
after the retention period of ``--bulk`` contacts in one transaction (a year and a month
on, every contact is due), with its time per contact.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_export import build_vault, people  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.services import devices, exporting, preferences, requests  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bulk", type=int, default=100,
                        help="contacts erased at once after the retention period")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        vault = build_vault(Path(tmp) / "bench.cvault", people(args.contacts,
                                                                 random.Random(7)))
        ctx = Context(vault, actor="bench")
        devices.add_device(ctx, "Werkstatt")
        exporting.export(ctx, "Werkstatt", Path(tmp) / "w.vcf")
        timings = {}
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            requests.access_report(ctx, 1)
            best = min(best, time.perf_counter() - start)
        timings["access report (one person)"] = best
        erasures = []
        for contact_id in range(2, 2 + args.repeat):
            start = time.perf_counter()
            requests.erase(ctx, contact_id)
            erasures.append(time.perf_counter() - start)
        timings["erase one person (best)"] = min(erasures)
        timings["erase one person (worst)"] = max(erasures)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            requests.retention_due(ctx)
            best = min(best, time.perf_counter() - start)
        timings["retention review"] = best
        preferences.save_settings(ctx, {"retention.review_months": 12})
        later = Context(vault, actor="bench",
                        clock=lambda: ctx.now() + timedelta(days=400))
        due = [c.contact_id for c in requests.retention_due(later)][: args.bulk]
        start = time.perf_counter()
        requests.erase_retention(later, due)
        bulk = time.perf_counter() - start
        timings[f"retention erasure ({len(due)} at once)"] = bulk
        timings["  per contact"] = bulk / max(1, len(due))
        vault.lock()
    print(f"{args.contacts} contacts, each with a consent, all on one phone")
    for name, seconds in timings.items():
        print(f"  {name:30s} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
