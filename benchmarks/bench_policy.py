"""Consent policy speed: prints figures and the ratio to a floor, asserts nothing.

    .venv/bin/python benchmarks/bench_policy.py [--numbers 100000] [--events 5] [--repeat 5]

Figures (best of --repeat):
- evaluate: ``policy.decide_many`` over N numbers with E events each, already in memory
  (target: 0.1 s for 100 000 x 5). Floor: a loop that only touches every event once
  (``for e in events: e.occurred_at``) and returns a constant per number — the least any
  Python policy over these objects pays.
- load + evaluate: ``services.consent.decisions_for_all`` on an unlocked vault holding
  those numbers and events (one query for numbers, one for events, then the policy;
  target: 1 s). Floor: the same two queries (the columns the policy reads) fetched into
  tuples — no objects, no grouping, no policy.
The vault is generated once into a temporary folder by inserting directly.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from contactvault import clock, phones  # noqa: E402
from contactvault.consent import policy  # noqa: E402
from contactvault.consent.events import ConsentEvent  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.services import consent, vaults  # noqa: E402

PASSPHRASE = "benchmark passphrase 1"
KINDS = ["requested", "notice_sent", "implied", "granted", "revoked", "expired"]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def histories(count: int, per: int, rng: random.Random):
    now = clock.now()
    items = []
    for i in range(count):
        e164 = f"+49171{i:07d}"
        events = []
        for k in range(per):
            at = clock.to_iso(now - timedelta(days=rng.randint(1, 900), seconds=k))
            events.append(ConsentEvent(i * per + k + 1, e164, rng.choice(KINDS), "consent",
                                       "whatsapp", "", "", i + 1, "bench", at, at))
        events.sort(key=ConsentEvent.order_key)
        items.append((events, "customer", phones.normalise(e164)))
    return items


def build_vault(path: Path, items) -> None:
    vault = vaults.create_vault(path, PASSPHRASE)
    now = clock.now_iso()
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO contacts(id, uid, formatted_name, category, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?)",
            [(i + 1, f"uid-{i}", f"Kunde {i}", "customer", now, now) for i in range(len(items))])
        conn.executemany(
            "INSERT INTO phones(contact_id, position, raw, e164, number_type, valid, flags) "
            "VALUES (?,?,?,?,?,?,?)",
            [(i + 1, 0, n.e164, n.e164, n.number_type, 1, " ".join(n.flags))
             for i, (_, _, n) in enumerate(items)])
        conn.executemany(
            "INSERT INTO consent_events(id, e164, kind, basis, channel, evidence, "
            "notice_version, contact_id, recorded_by, occurred_at, recorded_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(e.id, e.e164, e.kind, e.basis, e.channel, e.evidence, e.notice_version,
              e.contact_id, e.recorded_by, e.occurred_at, e.recorded_at)
             for events, _, _ in items for e in events])
    vault.lock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    items = histories(args.numbers, args.events, rng)
    cfg = policy.PolicySettings(reconfirm_months=24, implied_max_days=30)
    today = clock.now()

    def floor() -> None:
        out = []
        for events, _category, _number in items:
            for e in events:
                e.occurred_at  # noqa: B018 - touching each event is the floor
            out.append(None)

    floor_t = best(floor, args.repeat)
    eval_t = best(lambda: policy.decide_many(items, cfg, today), args.repeat)
    decisions = policy.decide_many(items, cfg, today)
    eligible = sum(d.eligible for d in decisions)
    print(f"numbers: {args.numbers}, events each: {args.events}, "
          f"eligible: {eligible} ({eligible * 100 // max(args.numbers, 1)}%)")
    print(f"evaluate (in memory):     {eval_t:.3f} s   floor {floor_t:.3f} s   "
          f"ratio {eval_t / floor_t:.1f}x   target 0.100 s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.cvault"
        start = time.perf_counter()
        build_vault(path, items)
        print(f"(vault generated in {time.perf_counter() - start:.1f} s)")
        vault = vaults.unlock_vault(path, PASSPHRASE).vault

        def raw_queries() -> None:
            conn = vault.conn
            conn.execute("SELECT p.contact_id, c.category, p.id, p.raw, p.e164, p.number_type, "
                         "p.label, p.valid, p.flags FROM phones p JOIN contacts c "
                         "ON c.id = p.contact_id ORDER BY p.contact_id, p.position").fetchall()
            conn.execute("SELECT id, e164, kind, occurred_at, recorded_at FROM consent_events "
                         "INDEXED BY consent_events_policy "
                         "ORDER BY e164, occurred_at, recorded_at, id").fetchall()

        raw_t = best(raw_queries, args.repeat)
        ctx = Context(vault)
        def load_and_evaluate() -> None:
            consent.decisions_for_all(ctx)

        full_t = best(load_and_evaluate, args.repeat)
        vault.lock()
    print(f"load + evaluate (vault):  {full_t:.3f} s   floor {raw_t:.3f} s   "
          f"ratio {full_t / raw_t:.1f}x   target 1.000 s")


if __name__ == "__main__":
    main()
