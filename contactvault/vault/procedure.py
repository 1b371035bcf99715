"""The procedure's record: ``procedure_runs`` (one per phone preparation) and their
``procedure_steps`` (append-only: a redone step is a new row).

Functions take an open connection; services.procedure owns the transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from contactvault.vault import chain
from contactvault.vault.connection import Connection


@dataclass(frozen=True)
class Run:
    id: int
    device_id: int
    started_at: str
    started_by: str


@dataclass(frozen=True)
class StepRow:
    """One stored step; ``step`` and ``outcome`` are the values of procedure.steps'
    Step and Outcome."""

    id: int
    step: str
    outcome: str
    figures: dict
    note: str
    actor: str
    recorded_at: str


def latest_run(conn: Connection, device_id: int) -> Run | None:
    row = conn.execute(
        "SELECT id, device_id, started_at, started_by FROM procedure_runs "
        "WHERE device_id = ? ORDER BY id DESC LIMIT 1", (device_id,),
    ).fetchone()
    return Run(*row) if row else None


def new_run(conn: Connection, device_id: int, at: str, actor: str) -> Run:
    cur = conn.execute(
        "INSERT INTO procedure_runs(device_id, started_at, started_by) VALUES (?,?,?)",
        (device_id, at, actor),
    )
    chain.touch(conn, "procedure_runs", int(cur.lastrowid))
    return Run(int(cur.lastrowid), device_id, at, actor)


def steps_of(conn: Connection, run_id: int) -> list[StepRow]:
    """Every step stored for the run, in the order it was stored."""
    rows = []
    for row in conn.execute(
        "SELECT id, step, outcome, figures, note, actor, recorded_at FROM procedure_steps "
        "WHERE run_id = ? ORDER BY id", (run_id,),
    ):
        try:
            figures = json.loads(row[3])
        except ValueError:
            figures = {"unreadable": row[3]}
        rows.append(StepRow(row[0], row[1], row[2], figures, row[4], row[5], row[6]))
    return rows


def add_step(conn: Connection, run_id: int, step: str, outcome: str, figures: dict,
             note: str, actor: str, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO procedure_steps(run_id, step, outcome, figures, note, actor, recorded_at) "
        "VALUES (?,?,?,?,?,?,?)",
        (run_id, step, outcome,
         json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
         note, actor, at),
    )
    chain.touch(conn, "procedure_steps", int(cur.lastrowid))
    return int(cur.lastrowid)
