"""The DPO overview's speed: prints figures and the ratio to a floor, asserts nothing.

    .venv/bin/python benchmarks/bench_dashboard.py [--numbers 100000] [--events 5]
        [--repeat 3] [--keep PATH] [--profile]

Figures (best of --repeat, as wall-clock and as CPU time of this process — on a shared
machine the CPU time is the steadier), on an unlocked vault holding N contacts with one
number and E consent events each, two phones holding 60 % of the numbers each (exports
recorded, a few removals confirmed), two procedures (one done); every hundredth number
is stored for a second contact too, with its latest consent recorded for that one (so
the policy writes it under the second contact, and a phone holding it under the first
must lose that copy):

- dashboard, cold: ``services.dashboard.dashboard(ctx, shown=200)`` — everything the DPO
  view shows (totals, every list's count and age, its first 200 entries; ``report
  dashboard`` shows 10), loading included, nothing kept in memory from before (what the
  command line does; target: 1 s for 100 000 x 5), reading the decisions the vault
  keeps (vault/decisions.py), as it does normally.
- DPO view, cold: the same, then shown in the app's data-protection page
  (``gui.widgets.dpo_view.DpoView.show_result``) and painted (offscreen): what a person
  waits for when opening the page — the target's "appears".
- dashboard, cold, every entry: the same with every entry of every list built (what
  ``report dashboard --json`` and ``--all`` need before they write).
- dashboard, worst case: the same with no kept decision valid (just after a settings
  change, or the first overview after the upgrade): every number decided by the policy
  from all events, and the answers kept for the next one.
- floor (kept): the rows the normal overview depends on, fetched into tuples, as it
  reads them — every kept decision (an eligible one's number and whether it was active,
  a refusal's whole row), every stored number, the contacts' uids, categories and
  times, the unclassified contacts, what each phone holds (uid, contact, number,
  export) and its confirmed removals; no objects, no lists.
- floor (events): the rows the worst case depends on: as above with every event's
  policy columns instead of the kept decisions.

SQLite's page cache stays warm between runs (one process); a fresh command line also
decrypts the pages it reads. The vault is generated once by inserting directly
(``--keep PATH`` keeps it, and reuses it when it exists).
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

from contactvault import audit, clock  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.services import dashboard, vaults  # noqa: E402
from contactvault.vault import chain  # noqa: E402
from contactvault.vault import decisions as decision_store  # noqa: E402

PASSPHRASE = "benchmark passphrase 1"
SHOWN = 200  # entries the DPO view lists under each problem (gui/widgets/dpo_view.py)
# histories as they come: a notice and a grant, an implied consent, revocations …
PATTERNS = [
    ("notice_sent", "granted", "requested", "notice_sent", "granted"),
    ("implied", "notice_sent", "granted", "requested", "granted"),
    ("requested", "granted", "notice_sent", "revoked", "implied"),
    ("implied", "notice_sent", "implied", "notice_sent", "granted"),
    ("notice_sent", "granted", "revoked", "notice_sent", "granted"),
    ("requested", "requested", "implied", "requested", "granted"),
]


def best(fn, repeat: int, before=None) -> tuple[float, float]:
    """The shortest wall-clock time and the shortest CPU time of ``repeat`` runs
    (``before`` runs untimed before each)."""
    walls, cpus = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def build_vault(path: Path, count: int, per: int, rng: random.Random) -> None:
    vault = vaults.create_vault(path, PASSPHRASE)
    now = clock.now()
    stamp = clock.to_iso(now)
    categories = ["customer"] * 8 + ["unknown", "supplier"]
    with vault.transaction() as conn:
        contacts, numbers, events = [], [], []
        event_id = 0
        for i in range(count):
            created = clock.to_iso(now - timedelta(days=rng.randint(30, 2000)))
            contacts.append((i + 1, f"uid-{i}", f"Kunde {i}", rng.choice(categories),
                             created, created))
            e164 = f"+49171{i:07d}"
            numbers.append((i + 1, 0, e164, e164, "mobile", 1, ""))
            # every hundredth number stored for a second contact, who consented last
            second = count + 1 + i // 100 if i % 100 == 50 else None
            if second is not None:
                contacts.append((second, f"uid-shared-{i}", f"Zweitkontakt {i}", "customer",
                                 created, created))
                numbers.append((second, 0, e164, e164, "mobile", 1, ""))
            pattern = PATTERNS[i % len(PATTERNS)]
            start = rng.randint(per + 1, 1500)
            for k in range(per):
                event_id += 1
                at = clock.to_iso(now - timedelta(days=start - k))
                kind = pattern[k % len(pattern)]
                events.append((event_id, e164, kind, "consent", "whatsapp",
                               second if second is not None and k == per - 1 else i + 1,
                               "bench", at, at, "service",
                               int(kind == "granted" and i % 3 == 0)))
        conn.executemany(
            "INSERT INTO contacts(id, uid, formatted_name, category, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?)", contacts)
        conn.executemany(
            "INSERT INTO phones(contact_id, position, raw, e164, number_type, valid, flags) "
            "VALUES (?,?,?,?,?,?,?)", numbers)
        conn.executemany(
            "INSERT INTO consent_events(id, e164, kind, basis, channel, contact_id, "
            "recorded_by, occurred_at, recorded_at, purpose, with_notice) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)", events)
        conn.executemany(
            "INSERT INTO devices(id, name, platform, created_at) VALUES (?,?,?,?)",
            [(1, "Diensthandy 1", "android", stamp), (2, "Diensthandy 2", "ios", stamp)])
        conn.executemany(
            "INSERT INTO exports(id, device_id, kind, policy, file_name, file_sha256, "
            "number_count, actor, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [(1, 1, "full", "standard", "a.vcf", "0" * 64, 0, "bench",
              clock.to_iso(now - timedelta(days=200))),
             (2, 2, "full", "standard", "b.vcf", "0" * 64, 0, "bench",
              clock.to_iso(now - timedelta(days=100)))])
        split = int(count * 0.6)
        items = [(1, i + 1, f"uid-{i}", f"+49171{i:07d}", f"Kunde {i}", i * per + 1)
                 for i in range(split)]
        items += [(2, i + 1, f"uid-{i}", f"+49171{i:07d}", f"Kunde {i}", i * per + 1)
                  for i in range(count - split, count)]
        conn.executemany(
            "INSERT INTO export_items(export_id, contact_id, contact_uid, e164, shown_name, "
            "basis_event_id) VALUES (?,?,?,?,?,?)", items)
        conn.executemany(
            "INSERT INTO removal_confirmations(device_id, contact_uid, e164, reason, "
            "export_id, confirmed_at, confirmed_by) VALUES (?,?,?,?,?,?,?)",
            [(1, f"uid-{i}", f"+49171{i:07d}", "revoked", 1, stamp, "bench")
             for i in range(2, split, 6)][: count // 50])
        # cover what was inserted directly, as the migration covers older records
        for table in ("consent_events", "exports", "removal_confirmations", "devices"):
            top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
            if top:
                chain.touch(conn, table, top, op="<=")
        for export_id in (1, 2):
            chain.touch(conn, "export_items", export_id)
        audit.record(conn, "bench.cover", actor="bench", at=stamp)
    vault.lock()


def _dpo_view_shower(ctx):
    """A function computing the overview and showing it in the app's data-protection
    page (in the app's language, through its translators), painted offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from contactvault.gui.app import create_app
    from contactvault.gui.widgets.dpo_view import SHOWN_ENTRIES, DpoView

    app = create_app([])  # with the app's translators, as the app shows the page
    view = DpoView(None)
    view.resize(1180, 760)
    view.show()

    def shown() -> None:
        view.show_result(dashboard.dashboard(ctx, shown=SHOWN_ENTRIES))
        view.grab()  # lays it out and paints it
        app.processEvents()

    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", metavar="PATH", help="keep (and reuse) the generated vault")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "bench.cvault"
        if not path.exists():
            start = time.perf_counter()
            build_vault(path, args.numbers, args.events, random.Random(11))
            print(f"(vault generated in {time.perf_counter() - start:.1f} s)")
        vault = vaults.unlock_vault(path, PASSPHRASE).vault
        ctx = Context(vault, actor="bench")

        def numbers_and_phones(conn) -> None:
            conn.execute("SELECT contact_id, e164, valid, flags FROM phones").fetchall()
            conn.execute("SELECT id, uid, category, max(created_at, updated_at), "
                         "CASE WHEN restricted_since = '' THEN NULL ELSE 'restricted' END "
                         "FROM contacts ORDER BY id").fetchall()
            conn.execute("SELECT id, created_at FROM contacts WHERE category = 'unknown' "
                         "ORDER BY id").fetchall()
            for device_id in (1, 2):
                conn.execute("SELECT i.contact_uid, i.contact_id, i.e164, i.export_id "
                             "FROM exports e JOIN export_items i ON i.export_id = e.id "
                             "WHERE e.device_id = ? ORDER BY e.id", (device_id,)).fetchall()
                conn.execute("SELECT contact_uid, e164, max(export_id) "
                             "FROM removal_confirmations WHERE device_id = ? "
                             "GROUP BY contact_uid, e164", (device_id,)).fetchall()

        def floor_kept() -> None:
            conn = vault.conn
            conn.execute("SELECT e164, last_event_at >= '2025' FROM consent_decisions "
                         "WHERE status = 'eligible'").fetchall()
            conn.execute("SELECT e164, status, reason, since, details, last_event_at "
                         "FROM consent_decisions WHERE status <> 'eligible'").fetchall()
            numbers_and_phones(conn)

        def floor_events() -> None:
            conn = vault.conn
            conn.execute("SELECT id, e164, kind, occurred_at, recorded_at, "
                         "NULLIF(basis, 'consent'), NULLIF(purpose, 'service'), with_notice, "
                         "contact_id FROM consent_events INDEXED BY consent_events_policy "
                         "ORDER BY e164, occurred_at, recorded_at, id").fetchall()
            numbers_and_phones(conn)

        def forget_kept() -> None:
            with vault.transaction() as conn:
                decision_store.forget_all(conn)

        dashboard.dashboard(ctx)  # the vault keeps every decision from now on
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(dashboard.dashboard, ctx, shown=SHOWN)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        floor_kept_t = best(floor_kept, args.repeat)
        floor_events_t = best(floor_events, args.repeat)

        def cold():
            dashboard.dashboard(ctx, shown=SHOWN)

        def cold_every_entry():
            dashboard.dashboard(ctx)

        dash_t = best(cold, args.repeat)
        view_t = best(_dpo_view_shower(ctx), args.repeat)
        every_t = best(cold_every_entry, args.repeat)
        worst_t = best(cold, args.repeat, before=forget_kept)
        result = dashboard.dashboard(ctx)
        with vault.reading() as conn:
            kept = decision_store.count(conn)
        vault.lock()
    print(f"numbers: {result.numbers}, events each: {args.events}, phones: "
          f"{', '.join(f'{k} {v}' for k, v in result.numbers_on_phone.items())}, "
          f"decisions kept: {kept}")
    print("lists: " + ", ".join(f"{p.key} {p.count}" for p in result.problems))
    for name, figures, floor_t, floor_name in (
            ("cold (kept decisions)", dash_t, floor_kept_t, "floor (kept)"),
            ("cold, shown in the DPO view", view_t, floor_kept_t, "floor (kept)"),
            ("cold, every entry built", every_t, floor_kept_t, "floor (kept)"),
            ("worst case (none kept)", worst_t, floor_events_t, "floor (events)")):
        for label, index in (("wall", 0), ("cpu", 1)):
            print(f"dashboard, {name}, {label}: {figures[index]:.3f} s   {floor_name} "
                  f"{floor_t[index]:.3f} s   ratio {figures[index] / floor_t[index]:.2f}x"
                  "   target 1.000 s")


if __name__ == "__main__":
    main()
