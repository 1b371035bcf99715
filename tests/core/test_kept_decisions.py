"""The consent decisions the vault keeps (vault/decisions.py) never change what the DPO
overview shows: after random sequences of real operations — events of every kind,
category changes, restrictions, erasures, corrected numbers, exports and confirmed
removals, settings changes, the clock moving on (and back) — the overview read from the
kept decisions equals the one computed from scratch (every kept decision dropped, every
number decided by the policy from its events), and every kept decision that holds is
the policy's own answer for the number's history at that moment."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from contactvault import audit, errors, settings
from contactvault import clock as clock_mod
from contactvault.consent import policy
from contactvault.context import Context
from contactvault.model import ConsentEvent
from contactvault.services import (
    audit_ops,
    consent,
    contacts,
    dashboard,
    devices,
    exporting,
    preferences,
    requests,
)
from contactvault.vault import Vault, schema
from contactvault.vault import consent as consent_store
from contactvault.vault import contacts as contact_store
from contactvault.vault import decisions as decision_store
from contactvault.vault.migrations import MIGRATIONS, V15_KEPT_DECISIONS
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import fill_company
from tests.core.dashboard_history import assert_first_entries_equal_every_entry

START = datetime(2026, 1, 30, 10, 0, tzinfo=UTC)  # the end of a month: ages clamp
KINDS = ["granted", "granted", "implied", "notice_sent", "requested", "revoked", "objected",
         "expired"]
SETTINGS = [("policy.mode", ["standard", "strict"]),
            ("policy.reconfirm_months", ["0", "1", "6", "12"]),
            ("policy.implied_max_days", ["1", "14", "30"]),
            ("policy.purpose", ["service", "advertising"]),
            ("policy.allow_contract", ["true", "false"]),
            ("policy.allow_legitimate_interest", ["true", "false"]),
            ("retention.review_months", ["0", "1", "4"])]


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def from_scratch(ctx: Context) -> dict:
    """The overview with nothing kept: every number decided from its events."""
    with ctx.vault.transaction() as conn:
        decision_store.forget_all(conn)
    return dashboard.dashboard(ctx).as_dict()


def check_kept_rows(ctx: Context) -> int:
    """Every kept decision that holds now is what the policy says now; returns how many."""
    now = ctx.now()
    with ctx.vault.reading() as conn:
        cfg = policy.PolicySettings.from_settings(settings.all_settings(conn))
        kept = decision_store.current(conn, cfg.fingerprint(), clock_mod.to_iso(now))
        for e164, row in kept.items():
            history = consent_store.for_number(conn, e164)
            expected = policy.decide_histories({e164: history}, cfg, now)[e164][0]
            if row[1] == "eligible":
                assert (row[1], row[2]) == (expected.status, expected.reason), e164
                continue
            decided = policy.kept_decision(e164, decision_store.fields(row))
            assert (decided.status, decided.reason, decided.since, decided.limit,
                    decided.reason_text()) == (expected.status, expected.reason,
                                               expected.since, expected.limit,
                                               expected.reason_text()), e164
        # what ``audit verify`` checks: every row kept under these settings, holding
        # now or not, is the policy's answer at the moment it was kept
        assert consent.kept_decisions_not_the_policys(conn, cfg) == []
    return len(kept)


def table_key(decided: dict) -> dict:
    """What the contacts table and ``consent list`` show of ``decisions_for_all``."""
    def event(e):
        return None if e is None else (e.id, e.kind, e.occurred_at)

    return {cid: [(n.e164, n.raw, d.eligible, d.status, d.reason, d.since, d.limit,
                   d.reason_text(), event(d.basis_event), event(d.notice_event),
                   d.basis_event.contact_id if d.basis_event else None) for n, d in entries]
            for cid, entries in decided.items()}


def replayed(ctx: Context) -> dict:
    """``decisions_for_all`` as it was computed before decisions were kept: every
    number decided from all its events."""
    now = ctx.now()
    with ctx.vault.reading() as conn:
        cfg = policy.PolicySettings.from_settings(settings.all_settings(conn))
        events = consent_store.all_by_number(conn, full=False)
        rows = list(contact_store.numbers_with_category(conn))
    decisions, _holders = policy.one_contact_per_number(rows, policy.decide_many(
        ((events.get(r.number.e164, []) if r.number.e164 else [], r.category, r.number)
         for r in rows), cfg, now))
    found: dict = {}
    for row, decision in zip(rows, decisions, strict=True):
        found.setdefault(row.contact_id, []).append((row.number, decision))
    return table_key(found)


def play(vault, tmp_path, seed: int, steps: int) -> None:
    rng = random.Random(seed)
    moment = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=moment)
    fill_company(ctx)
    numbers = [f"0171 {2000000 + i}" for i in range(14)]
    people: list[tuple[int, list[str]]] = []
    for i in range(10):
        mine = [numbers[i]] + ([numbers[10 + i % 4]] if i % 3 == 0 else [])
        people.append((contacts.add_contact(
            ctx, given=f"Person{i}", family="Test", numbers=mine,
            category=rng.choice(["customer", "customer", "unknown", "supplier"])).id, mine))
    for phone in ("Diensthandy 1", "Diensthandy 2"):
        devices.add_device(ctx, phone)
    compared = kept_seen = tables = 0
    for step in range(steps):
        action = rng.random()
        alive = [(cid, mine) for cid, mine in people if contacts_exists(ctx, cid)]
        try:
            if action < 0.40 and alive:
                cid, mine = rng.choice(alive)
                kind = rng.choice(KINDS)
                more = {}
                if kind in ("granted", "implied"):
                    more["basis"] = rng.choice([None, None, "contract",
                                                "legitimate_interest",
                                                "employee_business_number"])
                    more["purpose"] = rng.choice(["service", "advertising"])
                if kind == "granted" and rng.random() < 0.4:
                    more["with_notice"] = True
                if rng.random() < 0.5:
                    more["occurred_at"] = moment.now - timedelta(days=rng.choice([0, 1, 13, 40]))
                consent.record_event(ctx, rng.choice(mine), kind, contact_id=cid, **more)
            elif action < 0.50 and alive:
                cid, _mine = rng.choice(alive)
                contacts.set_category(ctx, [cid], rng.choice(
                    ["customer", "private", "employee", "unknown"]))
            elif action < 0.55 and alive:
                cid, _mine = rng.choice(alive)
                requests.restrict(ctx, cid, lift=rng.random() < 0.5)
            elif action < 0.58 and len(alive) > 3:
                cid, _mine = rng.choice(alive)
                requests.erase(ctx, cid)
            elif action < 0.61 and alive:
                cid, mine = rng.choice(alive)
                old = rng.choice(mine)
                new = rng.choice(numbers)
                if new not in mine:
                    requests.correct_number(ctx, cid, old, new)
                    mine[mine.index(old)] = new
            elif action < 0.70:
                phone = rng.choice(["Diensthandy 1", "Diensthandy 2"])
                exporting.export(ctx, phone, tmp_path / f"{seed}-{step}.vcf",
                                 incremental=rng.random() < 0.5)
            elif action < 0.75:
                phone = rng.choice(["Diensthandy 1", "Diensthandy 2"])
                for removal in exporting.removals(ctx, phone)[:2]:
                    exporting.confirm_removals_for_number(ctx, phone, removal.e164)
            elif action < 0.82:
                key, values = rng.choice(SETTINGS)
                preferences.set_setting(ctx, key, rng.choice(values))
            elif action < 0.95:
                moment.now += rng.choice([timedelta(seconds=1), timedelta(hours=20),
                                          timedelta(days=1), timedelta(days=13),
                                          timedelta(days=14), timedelta(days=31),
                                          timedelta(days=95)])
            else:
                moment.now -= timedelta(days=rng.choice([1, 20]))
        except errors.ContactVaultError:
            pass  # refused as it would be for a person (e.g. nothing to export)
        if rng.random() < 0.5:
            dashboard.dashboard(ctx)  # keeps what it had to decide
        if rng.random() < 0.3:  # the contacts table: kept decisions, replay's answers
            assert table_key(consent.decisions_for_all(ctx)) == replayed(ctx), \
                f"seed {seed}, step {step}"
            tables += 1
        if rng.random() < 0.3:
            kept_seen += check_kept_rows(ctx)
            kept = dashboard.dashboard(ctx).as_dict()
            if compared % 3 == 0:  # only the first entries built: the same lists
                assert_first_entries_equal_every_entry(ctx, (0, 1, 3))
            assert kept == from_scratch(ctx), f"seed {seed}, step {step}"
            compared += 1
    assert compared and kept_seen and tables  # the comparisons ran, on kept decisions


def contacts_exists(ctx: Context, contact_id: int) -> bool:
    try:
        contacts.get_contact(ctx, contact_id)
    except errors.ContactNotFound:
        return False
    return True


@pytest.mark.parametrize("seed", range(6))
def test_overview_from_kept_decisions_equals_the_one_from_scratch(vault, tmp_path, seed):
    play(vault, tmp_path, seed, steps=70)


def test_an_event_write_drops_the_decision_and_the_next_reader_keeps_the_new_one(vault):
    """Writing an event decides nothing (the trigger drops the number's kept decision;
    a chat's many proposals in one transaction must not decide the number once each);
    the next overview decides it and keeps it, and the chain still verifies."""
    moment = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=moment)
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    dashboard.dashboard(ctx)
    with vault.reading() as conn:
        assert decision_store.count(conn) == 1  # no consent, kept
    consent.record_event(ctx, "0171 3000001", "implied")
    with vault.reading() as conn:
        assert decision_store.count(conn) == 0  # dropped, not decided again
    dashboard.dashboard(ctx)
    with vault.reading() as conn:
        kept = decision_store.current(conn, consent.policy_settings(ctx).fingerprint(),
                                      clock_mod.to_iso(moment.now))
    assert [row[2] for row in kept.values()] == ["notice_pending"]
    with vault.transaction() as conn:  # several events in one transaction: none decided
        for kind in ("notice_sent", "requested", "granted"):
            consent.record_event_in(ctx, conn, "0171 3000001", kind, with_notice=False)
            assert decision_store.count(conn) == 0
    consent.record_event(ctx, "0171 3000001", "revoked")
    consent.record_event(ctx, "0171 3000001", "implied")
    consent.record_event(ctx, "0171 3000001", "notice_sent")
    assert dashboard.dashboard(ctx).numbers_by_status == {"eligible": 1}
    with vault.reading() as conn:
        # eligible until the answer period of 14 days runs out (to the second)
        until = conn.execute("SELECT holds_until FROM consent_decisions").fetchone()[0]
    assert until == clock_mod.to_iso(moment.now + timedelta(days=14, seconds=1))
    # the kept table is derived data: writing it is not evidence, the chain is intact
    assert audit_ops.verify(ctx).ok


def test_erasure_leaves_no_kept_decision_of_the_erased_numbers(vault):
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    anna = contacts.add_contact(ctx, given="Anna", family="Adler",
                                numbers=["0171 3000001", "0171 3000002"]).id
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    dashboard.dashboard(ctx)  # keeps the second number's decision (no events) too
    with vault.reading() as conn:
        assert decision_store.count(conn) == 2
    requests.erase(ctx, anna)
    with vault.reading() as conn:
        assert decision_store.count(conn) == 0


def test_a_settings_change_is_seen_at_once_and_its_decisions_are_kept(vault):
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "implied")
    consent.record_event(ctx, "0171 3000001", "notice_sent")
    assert dashboard.dashboard(ctx).numbers_by_status == {"eligible": 1}
    preferences.set_setting(ctx, "policy.mode", "strict")
    with vault.reading() as conn:
        cfg = consent.policy_settings(ctx)
        assert decision_store.current(conn, cfg.fingerprint(),
                                      clock_mod.to_iso(START)) == {}  # none holds
    assert dashboard.dashboard(ctx).numbers_by_status == {"implied_only": 1}
    with vault.reading() as conn:
        assert len(decision_store.current(conn, cfg.fingerprint(),
                                          clock_mod.to_iso(START))) == 1  # kept again


def test_an_overview_does_not_wait_for_another_program_writing(vault):
    """While another program holds the vault for writing, the overview is computed
    from the events as usual, keeps nothing and does not wait for the writer."""
    import time

    from contactvault.services import vaults

    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    with vault.transaction() as conn:
        decision_store.forget_all(conn)
    other = vaults.unlock_vault(vault.path, PASSPHRASE).vault
    try:
        other.conn.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert dashboard.dashboard(ctx).numbers_by_status == {"eligible": 1}
        assert time.monotonic() - started < 2
        other.conn.execute("ROLLBACK")
    finally:
        other.lock()
    with vault.reading() as conn:
        assert decision_store.count(conn) == 0
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # waits again
    dashboard.dashboard(ctx)
    with vault.reading() as conn:
        assert decision_store.count(conn) == 1


def test_an_older_vault_gets_the_table_empty_and_the_first_overview_fills_it(
        tmp_path, monkeypatch):
    """The upgrade creates the kept decisions empty (the vault cannot decide); the first
    overview decides every number and keeps it. The chain covers the new triggers on
    the consent events like the rest of their schema: dropping one is a finding."""
    step = MIGRATIONS.index(V15_KEPT_DECISIONS)
    before = MIGRATIONS[:step]
    monkeypatch.setattr(schema, "MIGRATIONS", before)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(before))
    path = tmp_path / "older.cvault"
    older = Vault.create(path, PASSPHRASE)
    ctx = Context(older, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    with older.transaction() as conn:  # as the program did before: an event, no decision
        stored = consent_store.insert(conn, ConsentEvent(
            None, "+491713000001", "granted", "consent", "paper", "", "", None, "test",
            clock_mod.to_iso(START), clock_mod.to_iso(START), "service", True))
        audit.record(conn, "consent.granted", actor="test", at=clock_mod.to_iso(START),
                     subject=f"event:{stored.id}", details={"event": stored.id})
    older.lock()
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(MIGRATIONS))
    upgraded = Vault.open(path, PASSPHRASE)
    ctx = Context(upgraded, actor="Dana Datenschutz", clock=Clock())
    with upgraded.reading() as conn:
        assert decision_store.count(conn) == 0
    assert dashboard.dashboard(ctx).numbers_by_status == {"eligible": 1}
    with upgraded.reading() as conn:
        assert decision_store.count(conn) == 1
    assert audit_ops.verify(ctx).ok
    upgraded.conn.execute("DROP TRIGGER consent_decisions_event_added")
    assert audit_ops.verify(ctx).problem == "schema_changed"
    upgraded.lock()


def test_verify_names_a_kept_decision_that_is_not_the_policys(vault):
    """Readers trust a kept decision (the contacts table would show it), so ``audit
    verify`` decides every kept row again: a row edited in the SQLCipher file — its
    status, or only how long it holds — is a finding with a clear message."""
    moment = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=moment)
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    contacts.add_contact(ctx, given="Bert", family="Berg", numbers=["0171 3000002"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    consent.record_event(ctx, "0171 3000001", "revoked")
    consent.record_event(ctx, "0171 3000002", "implied")
    consent.record_event(ctx, "0171 3000002", "notice_sent")
    dashboard.dashboard(ctx)
    assert audit_ops.verify(ctx).ok
    vault.conn.execute("UPDATE consent_decisions SET status = 'eligible', reason = "
                       "'granted_with_notice' WHERE e164 = '+491713000001'")
    shown = consent.decisions_for_all(ctx)
    assert [d.status for entries in shown.values() for _n, d in entries] == [
        "eligible", "eligible"]  # trusted, until the next event of the number
    result = audit_ops.verify(ctx)
    assert not result.ok and result.problem == "decision_differs"
    assert result.record == ("consent_decisions", "+49 171 3000001", "=")
    assert result.problem_text() == (
        "the consent decision kept for +49 171 3000001 was not what the consent policy "
        "decides from the recorded events: it was changed behind the program's back. It "
        "has been discarded; the number's status is decided again from its events")
    assert "decision_differs" in audit.RECORD_PROBLEMS
    # discarded: the status shown is the policy's again, and a second check finds nothing
    shown = consent.decisions_for_all(ctx)
    assert sorted(d.status for entries in shown.values() for _n, d in entries) == [
        "eligible", "revoked"]
    assert audit_ops.verify(ctx).ok
    # an eligible decision made to hold for ever (its answer period runs out)
    dashboard.dashboard(ctx)
    vault.conn.execute("UPDATE consent_decisions SET holds_until = ? WHERE e164 = "
                       "'+491713000002'", (decision_store.FOREVER,))
    result = audit_ops.verify(ctx)
    assert [f.record[1] for f in result.findings] == ["+49 171 3000002"]
    assert audit_ops.verify(ctx).ok


def test_verify_drops_decisions_kept_under_settings_not_in_force(vault):
    """A row kept under other settings cannot be checked (only their fingerprint is
    kept), and would be trusted again if those settings came back: verify drops it
    without a finding (it is derived data, decided again when asked)."""
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    dashboard.dashboard(ctx)
    vault.conn.execute("UPDATE consent_decisions SET settings = 'other/' || settings")
    with vault.reading() as conn:
        assert decision_store.count(conn) == 1
    assert audit_ops.verify(ctx).ok
    with vault.reading() as conn:
        assert decision_store.count(conn) == 0


def test_a_vault_that_cannot_be_written_keeps_the_wrong_row_and_says_so(vault, vault_path):
    """Verify still reads a vault it cannot write now (another program is writing to
    it, a second real connection here), without waiting for it: the finding then says
    the status shown may stay wrong, and the row is still there for the next check."""
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "revoked")
    dashboard.dashboard(ctx)
    vault.conn.execute("UPDATE consent_decisions SET status = 'eligible'")
    other = Vault.open(vault_path, PASSPHRASE)
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        result = audit_ops.verify(ctx)
    finally:
        other.conn.execute("ROLLBACK")
        other.lock()
    assert result.problem == "decision_kept_wrong"
    assert result.problem_text().endswith("may be wrong until the vault can be written again")
    assert result.problem in audit.RECORD_PROBLEMS
    assert audit_ops.verify(ctx).problem == "decision_differs"
    assert audit_ops.verify(ctx).ok


def test_a_kept_decision_finding_follows_a_broken_chain(vault):
    """Both are listed: the chain's problem first (it names the entry), then the row."""
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    dashboard.dashboard(ctx)
    vault.conn.execute("UPDATE consent_decisions SET reason = 'granted' "
                       "WHERE e164 = '+491713000001'")
    vault.conn.execute("UPDATE settings SET value = '\"x\"' WHERE key = 'company.name'")
    result = audit_ops.verify(ctx)
    assert result.problem == "record_changed"
    assert [f.problem for f in result.findings][-1] == "decision_differs"


def shown_statuses(ctx: Context) -> dict[str, str]:
    """Each number's status as the contacts table and ``consent list`` show it."""
    return {number.e164: decision.status
            for entries in consent.decisions_for_all(ctx).values()
            for number, decision in entries}


def test_verify_names_a_kept_decision_whose_moment_is_not_written_as_the_program_writes(
        vault):
    """Readers compare ``decided_at`` with now as text, which is the moments' order only
    in the form the program writes (UTC, +00:00, whole seconds). A row forged with the
    policy's real answer at 23:00 UTC but its moment written as 09:00-14:00 (the same
    moment, sorting before 10:00 UTC) is shown from 10:00 on: verify names it."""
    moment = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=moment)
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    late = START.replace(hour=23)
    moment.now = late
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    assert shown_statuses(ctx) == {"+491713000001": "eligible"}  # kept, decided at 23:00
    with vault.reading() as conn:
        assert conn.execute("SELECT decided_at FROM consent_decisions").fetchone()[0] == \
            clock_mod.to_iso(late)
    moment.now = START  # 10:00 UTC: the consent is not given yet
    with vault.transaction() as conn:
        decision_store.forget_all(conn)
    assert shown_statuses(ctx) == {"+491713000001": "no_consent"}
    for forged in ("2026-01-30T09:00:00-14:00",  # 23:00 UTC
                   "2026-01-30T23:00:00",  # no offset: local time
                   "2026-01-30T23:00:00.000000+00:00",
                   "2026-01-30T23:00:00Z"):
        moment.now = late
        with vault.transaction() as conn:
            decision_store.forget_all(conn)
        shown_statuses(ctx)  # keeps the policy's answer at 23:00
        vault.conn.execute("UPDATE consent_decisions SET decided_at = ?", (forged,))
        moment.now = START
        if forged < clock_mod.to_iso(START):
            assert shown_statuses(ctx) == {"+491713000001": "eligible"}  # shown early
        result = audit_ops.verify(ctx)
        assert result.problem == "decision_differs", forged
        assert [f.record[1] for f in result.findings] == ["+49 171 3000001"]
        assert shown_statuses(ctx) == {"+491713000001": "no_consent"}
        assert audit_ops.verify(ctx).ok


def test_a_kept_decision_whose_details_do_not_read_is_decided_from_the_events(vault):
    """A row whose packed ``details`` is not the program's (edited in the file) is not
    read as kept: the contacts table, ``consent list`` and the overview decide the
    number from its events instead of failing, and verify names the row."""
    ctx = Context(vault, actor="Dana Datenschutz", clock=Clock())
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    contacts.add_contact(ctx, given="Bert", family="Berg", numbers=["0171 3000002"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    consent.record_event(ctx, "0171 3000001", "revoked")
    consent.record_event(ctx, "0171 3000002", "granted", with_notice=True)
    expected = {"+491713000001": "revoked", "+491713000002": "eligible"}
    overview = dashboard.dashboard(ctx).as_dict()
    assert shown_statuses(ctx) == expected
    for details in ("x", "1|0|||||||", "0|x|1|granted|1|2026|||", "0|0|1|granted|1|a|b"):
        vault.conn.execute("UPDATE consent_decisions SET details = ?", (details,))
        assert shown_statuses(ctx) == expected, details
        vault.conn.execute("UPDATE consent_decisions SET details = ?", (details,))
        assert dashboard.dashboard(ctx).as_dict() == overview, details
        vault.conn.execute("UPDATE consent_decisions SET details = ?", (details,))
        result = audit_ops.verify(ctx)
        assert result.problem == "decision_differs", details
        assert [f.record[1] for f in result.findings] == ["+49 171 3000001",
                                                          "+49 171 3000002"]
        assert audit_ops.verify(ctx).ok


def test_verify_reads_the_kept_decisions_and_the_events_as_of_one_moment(
        vault, vault_path, monkeypatch):
    """Another program (a second real connection, in a thread) records an event while
    verify is between reading the kept decisions and reading the events: verify sees
    the vault as it was when it began (the other program's commit waits for it), so
    the row dropped by that event is not taken for one changed behind its back."""
    import threading

    moment = Clock()
    ctx = Context(vault, actor="Dana Datenschutz", clock=moment)
    fill_company(ctx)
    contacts.add_contact(ctx, given="Anna", family="Adler", numbers=["0171 3000001"])
    consent.record_event(ctx, "0171 3000001", "granted", with_notice=True)
    dashboard.dashboard(ctx)
    other = Vault.open(vault_path, PASSPHRASE)
    failed: list[BaseException] = []

    def record_elsewhere() -> None:
        try:
            consent.record_event(Context(other, actor="CLI", clock=moment),
                                 "0171 3000001", "revoked")
        except BaseException as exc:  # noqa: BLE001 - shown by the assertion below
            failed.append(exc)

    writer = threading.Thread(target=record_elsewhere)
    read_histories = consent_store.policy_histories

    def between_the_reads(conn, numbers):
        writer.start()
        writer.join(timeout=1.5)  # done at once without one read transaction
        return read_histories(conn, numbers)

    monkeypatch.setattr(consent_store, "policy_histories", between_the_reads)
    try:
        result = audit_ops.verify(ctx)
        writer.join()
    finally:
        other.lock()
    assert writer.is_alive() is False and failed == []
    assert result.ok, result.findings
    monkeypatch.undo()
    assert shown_statuses(ctx) == {"+491713000001": "revoked"}
    assert audit_ops.verify(ctx).ok
