"""Reading and writing the procedure's record. The only module that knows its SQL.

Functions take an open connection; the caller (services.procedure) owns the transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from contactvault.procedure.steps import Outcome, Step, StepRecord
from contactvault.vault.connection import Connection


@dataclass(frozen=True)
class Run:
    id: int
    device_id: int
    started_at: str
    started_by: str


@dataclass(frozen=True)
class DeviceRow:
    """The device profile as the procedure shows it (devices are owned by services.devices)."""

    id: int
    name: str
    owner: str
    phone_number: str
    platform: str
    created_at: str


def device_by_name(conn: Connection, name: str) -> DeviceRow | None:
    row = conn.execute(
        "SELECT id, name, owner, phone_number, platform, created_at FROM devices "
        "WHERE name = ? COLLATE NOCASE", (name.strip(),),
    ).fetchone()
    return DeviceRow(*row) if row else None


def latest_run(conn: Connection, device_id: int) -> Run | None:
    row = conn.execute(
        "SELECT id, device_id, started_at, started_by FROM procedure_runs "
        "WHERE device_id = ? ORDER BY id DESC LIMIT 1", (device_id,),
    ).fetchone()
    return Run(*row) if row else None


def runs_of(conn: Connection, device_id: int) -> list[Run]:
    return [Run(*r) for r in conn.execute(
        "SELECT id, device_id, started_at, started_by FROM procedure_runs "
        "WHERE device_id = ? ORDER BY id", (device_id,))]


def new_run(conn: Connection, device_id: int, at: str, actor: str) -> Run:
    cur = conn.execute(
        "INSERT INTO procedure_runs(device_id, started_at, started_by) VALUES (?,?,?)",
        (device_id, at, actor),
    )
    return Run(int(cur.lastrowid), device_id, at, actor)


def steps_of(conn: Connection, run_id: int) -> list[StepRecord]:
    """Every record of the run in the order it was made, with its attempt number."""
    records: list[StepRecord] = []
    attempts: dict[str, int] = {}
    for row in conn.execute(
        "SELECT id, step, outcome, figures, note, actor, recorded_at FROM procedure_steps "
        "WHERE run_id = ? ORDER BY id", (run_id,),
    ):
        attempts[row[1]] = attempts.get(row[1], 0) + 1
        try:
            figures = json.loads(row[3])
        except ValueError:
            figures = {"unreadable": row[3]}
        records.append(StepRecord(
            id=row[0], step=Step(row[1]), outcome=Outcome(row[2]), figures=figures,
            note=row[4], actor=row[5], recorded_at=row[6], attempt=attempts[row[1]],
        ))
    return records


def add_step(conn: Connection, run_id: int, step: Step, outcome: Outcome, figures: dict,
             note: str, actor: str, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO procedure_steps(run_id, step, outcome, figures, note, actor, recorded_at) "
        "VALUES (?,?,?,?,?,?,?)",
        (run_id, step.value, outcome.value,
         json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
         note, actor, at),
    )
    return int(cur.lastrowid)


def export_row(conn: Connection, export_id: int) -> dict | None:
    """An export as recorded by services.exporting (read-only here, for the protocol)."""
    row = conn.execute(
        "SELECT id, kind, format, policy, policy_settings, file_name, file_sha256, "
        "number_count, actor, created_at FROM exports WHERE id = ?", (export_id,),
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "kind", "format", "policy", "policy_settings", "file_name", "file_sha256",
            "number_count", "actor", "created_at")
    return dict(zip(keys, row, strict=True))


def insert_sheet_export(conn: Connection, device_id: int, fmt: str, policy_mode: str,
                        policy_settings: dict, file_name: str, sha256: str, count: int,
                        actor: str, created_at: str) -> int:
    """Record a selection list or links sheet in ``exports`` (format 'selection'|'links').

    Stopgap until services.exporting records non-vCard formats itself: the same columns
    as its vCard exports, kind 'full'. The items go in through export.store.insert_items.
    """
    if fmt not in ("selection", "links"):
        raise ValueError(fmt)
    cur = conn.execute(
        "INSERT INTO exports(device_id, kind, format, policy, policy_settings, file_name, "
        "file_sha256, number_count, actor, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (device_id, "full", fmt, policy_mode, json.dumps(policy_settings, sort_keys=True),
         file_name, sha256, count, actor, created_at))
    return int(cur.lastrowid)


def category_counts(conn: Connection) -> dict[str, int]:
    return {c: n for c, n in conn.execute(
        "SELECT category, count(*) FROM contacts GROUP BY category")}
