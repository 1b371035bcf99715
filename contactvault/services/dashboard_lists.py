"""The DPO overview's lists, made from what ``dashboard.dashboard`` read: its totals and
its problems, as entries (plain tuples, ``SINCE`` … ``KEPT``) that ``dashboard`` turns into
the items it shows.

Speed: at 100 000 numbers with 5 events each the overview must appear within a second,
and replaying half a million events alone takes longer. So it reads each number's
decision as the vault keeps it (vault/decisions.py: the policy's own answer, kept while
the history, the settings and the time allow) and decides through the policy only the
numbers without a valid kept decision — all of them just after a settings change —,
keeping those answers afterwards. It reads them in brief
(``consent.current_in_brief_in``): of a number kept as eligible only that it is, and
whether it had a consent event within the retention period; the whole decision of
refusals only (they are listed). Rules 1 and 2 (category, restriction, a usable number)
come from each number's own columns (``policy.Standings``: asked once per kind of row).
Everything is read as plain tuples, in one read transaction (vault/overview.py, and what
the phones hold as the removal list reads it, in brief: ``exports.held_in_brief``);
the contacts' names are read only for the entries listed, the names a phone shows only
for an erased contact's entries. A number stored once — nearly all — is counted on the
way; only numbers stored more than once are gathered per contact (with their whole
decisions). What each phone holds is compared with what may be there as sets of (contact
uid, number), so only the entries that must come off are looked at one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from itertools import chain, filterfalse
from operator import itemgetter
from typing import NamedTuple

from contactvault import clock
from contactvault.consent import policy
from contactvault.consent.policy import Decision, PolicySettings
from contactvault.model import Category
from contactvault.services import consent as consent_service
from contactvault.vault import decisions as decision_store
from contactvault.vault import requests as request_store

# the lists, in the order they are shown
PROBLEMS = ("unlawful_on_phone", "open_removals", "notice_not_sent", "grant_without_notice",
            "reconfirm_due", "retention_due", "unclassified", "procedure_open")

# An entry of a list before it becomes an ``Item``: (since, device, number, contact ids,
# reason, count, name, kept) — its order (by since, then phone, then number: a tuple's
# first three fields) is the list's; building the items (their ages, names, the
# contact's name read from the vault) is left to the entries shown.
SINCE, DEVICE, NUMBER, CONTACTS, REASON, COUNT, NAME, KEPT = range(8)
ORDER = itemgetter(SINCE, DEVICE, NUMBER)


def _stopped_since(kept: tuple | None, cfg: PolicySettings, changed_at: str) -> str:
    """When a number stopped being allowed on a phone (the caller never dates it before
    the export that put it there): the revocation, the end of the answer period, the
    day consent became too old, the event that wrote it under another contact ("" when
    the decision has no date); for a category or settings change, an erasure or an
    edited number the contact's last change. ``kept``: the decision (a row of
    ``decisions.current``), None for a number the contact no longer stores."""
    if kept is None:
        return changed_at
    reason, decided_since = kept[2], kept[3]
    if reason == "implied_unanswered":
        return decided_since and clock.to_iso(clock.parse_iso(decided_since)
                                              + timedelta(days=cfg.implied_max_days))
    if reason == "too_old":
        return decided_since and clock.to_iso(policy.months_after(
            clock.parse_iso(decided_since), cfg.reconfirm_months))
    if reason in ("revoked", "expired"):
        return decided_since
    if reason == "shared_number":  # since the event that wrote it under another
        return decision_store.fields(kept)[8] or changed_at
    return changed_at


def confirm_retention(conn, found: list[tuple], cutoff: str | None,
                      held: dict[int, dict[tuple[str, str], tuple]],
                      exported: dict[int, dict[int, str]]) -> list[tuple]:
    """The overview's own last activity (changes, consent events of the numbers) is a
    lower bound; for the contacts it found old, the retention period's one definition
    (``requests.last_activity``: imports, events recorded for the contact and exports
    count too) decides — so the list holds exactly whom the erasure after the retention
    period would take, with the date of their last activity. ``found``: the list's
    entries (rows); ``cutoff``: activity before it is too old; ``held``: what the phones
    hold (``exports.held_in_brief``), ``exported``: when each export was made."""
    if not found or cutoff is None:
        return found
    # an export a phone still holds is activity: one made since the cut-off settles it
    # without asking (usually most of the candidates)
    since = {export_id for times in exported.values() for export_id, at in times.items()
             if at >= cutoff}
    recent = {row[1] for rows in held.values() for row in rows.values()
              if row[3] in since} if since else set()
    candidates = [row[CONTACTS][0] for row in found if row[CONTACTS][0] not in recent]
    latest = request_store.last_activity(conn, candidates)
    still = []
    for row in found:
        last = latest.get(row[CONTACTS][0])
        if last is not None and last < cutoff:
            still.append((last, *row[1:]))
    return still


@dataclass
class Read:
    """What the overview read: ``facts``: ``overview.contact_times`` rows; ``numbers``:
    ``overview.stored_numbers`` rows; ``current``: the decisions now, in brief
    (``consent.current_in_brief_in``, active since ``cutoff``); ``held``:
    ``exports.held_in_brief`` by device id, with ``export_times``;
    ``unclassified``: ``overview.unclassified`` rows; ``whole_rows``: the whole
    decision rows of some numbers (``consent.current_rows_of_in``); ``shown_names``:
    the names some entries show on a phone (``exports.shown_names``)."""

    cfg: PolicySettings
    cutoff: str | None  # activity before it is past the retention period (None: off)
    facts: list[tuple]
    numbers: list[tuple]
    current: consent_service.Current
    held: dict[int, dict[tuple[str, str], tuple]]
    export_times: dict[int, dict[int, str]]
    devices: list
    procedures: dict
    unclassified: list[tuple]
    whole_rows: Callable[[set[str]], dict[str, tuple]]
    shown_names: Callable[[list[tuple[int, str, str]]], dict[tuple[int, str, str], str]]


@dataclass
class Result:
    categories: dict[str, int]
    numbers: int
    statuses: dict[str, int]
    lists: dict[str, list[tuple]]


_WATCHED = {"notice_pending": "notice_not_sent", "granted_uninformed": "grant_without_notice",
            "too_old": "reconfirm_due"}


def compute(read: Read) -> Result:
    """The totals and every list's entries, from what the overview read."""
    lists: dict[str, list[tuple]] = {key: [] for key in PROBLEMS}
    facts = read.facts
    by_id = dict(zip(map(itemgetter(0), facts), facts, strict=True))

    # -- totals --------------------------------------------------------------------------
    categories: dict[str, int] = {str(c): 0 for c in Category}
    categories.update(Counter(map(itemgetter(2), facts)))

    # -- each stored number: its decision (rules 1 and 2 from its own columns, else its
    # history's, as kept), the totals, the consent lists, which contacts were active
    # (a consent event of one of their numbers) since the retention cut-off.
    # A number stored for several contacts (or twice for one) counts once: as eligible
    # if it may go onto a phone under any of them, else with its status under the first
    # of them (lowest contact id); a number without E.164 counts as stored.
    # what may be on a phone: (contact uid, number), as ``exports.held_in_brief`` keys it
    allowed: set[tuple[str, str]] = set()
    allow = allowed.add
    # the status of each number stored once (or without E.164); the refusals, by
    # (contact id, number)
    found_statuses: list[str] = []
    add_status = found_statuses.append
    refusals: dict[tuple[int, str], tuple] = {}
    active: set[int] = set()
    # numbers stored more than once (rare) take the longer way, after the others
    repeated = {e164 for e164, times in Counter(map(itemgetter(1), read.numbers)).items()
                if times > 1}
    repeats: list[tuple[int, str, tuple | None, str]] = []
    standings = policy.Standings()
    refused = _refusal_fields
    kept_eligible = read.current.eligible.get
    kept_other = read.current.rows.__getitem__
    since = read.cutoff or decision_store.FOREVER
    for contact_id, e164, valid, flags in read.numbers:
        fact = by_id[contact_id]
        category = fact[4] or fact[2]
        if e164 is None:
            add_status(policy.standing(category, e164, valid, flags).status)
            continue
        refusal = standings[category, valid, flags]
        entry = None  # kept as eligible: the whole row is read only if needed
        was_active = kept_eligible(e164)
        if was_active is None:
            entry = kept_other(e164)
            was_active = entry[5] >= since
        if was_active:
            active.add(contact_id)
        if refusal is not None:
            entry = refused(refusal)
        status = "eligible" if entry is None else entry[1]
        if e164 in repeated:
            repeats.append((contact_id, e164, entry, status))
            continue
        add_status(status)
        if status == "eligible":
            allow((fact[1], e164))
            continue
        refusals[contact_id, e164] = entry
        target = _WATCHED.get(entry[2])
        if target is not None:
            lists[target].append((entry[3], "", e164, (contact_id,), entry[2], 1, "", entry))
    statuses = Counter(found_statuses)
    count = len(found_statuses)
    count += _repeated_numbers(read, repeats, by_id, allowed, statuses, refusals, lists)

    # -- what the phones hold and may not ----------------------------------------------
    # (only the entries not allowed are looked at, found by their keys: in C, not a
    # Python step per entry a phone holds). The name an entry shows is the contact's
    # as stored now (read for the entries shown); of an erased contact, the phone's.
    is_allowed = allowed.__contains__
    refusal_of = refusals.get
    cfg = read.cfg
    for device in read.devices:
        rows_held = read.held[device.id]
        exported = read.export_times[device.id]
        found: list[tuple] = []
        erased: list[tuple[int, str, str]] = []
        for key in filterfalse(is_allowed, rows_held):
            uid, contact_id, e164, export_id = rows_held[key]
            fact = by_id.get(contact_id)
            if fact is None or fact[1] != uid:
                erased.append((export_id, uid, e164))
                continue
            entry = refusal_of((contact_id, e164))  # None: the contact no longer stores it
            began = _stopped_since(entry, cfg, fact[3])
            exported_at = exported[export_id]
            found.append((began if began > exported_at else exported_at, device.name, e164,
                          (contact_id,), "number_removed" if entry is None else entry[2],
                          1, "", entry))
        if erased:
            names = read.shown_names(erased)
            found += [(exported[key[0]], device.name, key[2], (), "erased", 1, names[key], None)
                      for key in erased]
        if not found:
            continue
        lists["unlawful_on_phone"] += found
        oldest = min(map(itemgetter(SINCE), found))
        contact_ids = tuple(dict.fromkeys(chain.from_iterable(
            map(itemgetter(CONTACTS), found))))
        lists["open_removals"].append((oldest, device.name, "", contact_ids, "open_removals",
                                       len(found), device.name, None))

    # -- contacts: retention (a lower bound of their last activity: their last change,
    # when none of their numbers had a consent event since; ``confirm_retention`` asks
    # the one definition) and classification -------------------------------------------
    if read.cutoff is not None:
        cutoff = read.cutoff
        lists["retention_due"] = [
            (f[3], "", "", (f[0],), "retention_due", 1, "", None)
            for f in facts if f[3] < cutoff and f[0] not in active]
    lists["unclassified"] = [(created_at, "", "", (contact_id,), "unclassified", 1, "", None)
                             for contact_id, created_at in read.unclassified]

    # -- phones whose procedure is not done --------------------------------------------
    for device in read.devices:
        status = read.procedures[device.id]
        if status.completed:
            continue
        if status.run is None or not status.records:
            began, reason = device.created_at, "procedure_not_started"
        else:
            began, reason = status.run.started_at, "procedure_running"
        lists["procedure_open"].append((began, device.name, "", (), reason, 1, device.name,
                                        None))
    return Result(categories, count, dict(statuses), lists)


def _repeated_numbers(read: Read, repeats: list[tuple[int, str, tuple | None, str]],
                      by_id: dict[int, tuple], allowed: set[tuple[str, str]],
                      statuses: Counter, refusals: dict[tuple[int, str], tuple],
                      lists: dict[str, list[tuple]]) -> int:
    """The numbers stored more than once (``repeats``: contact id, number, its decision
    as a row — None for one kept as eligible —, status): each one's decision under the
    first contact storing it (the lowest id; "eligible" wins for a number stored twice
    on one contact), and under each further contact; counted once in ``statuses``,
    added to ``allowed`` and to the consent lists as the policy writes them
    (``_written_once``); each decision that is a refusal goes to ``refusals``. Returns
    how many numbers they are."""
    holder: dict[str, int] = {}
    first: dict[str, tuple] = {}
    further: dict[tuple[int, str], tuple] = {}
    if not repeats:
        return 0
    repeats.sort(key=itemgetter(0))  # stable: a contact's own numbers keep their order
    whole = read.whole_rows({e164 for _cid, e164, entry, _s in repeats if entry is None})
    eligible_further: set[str] = set()
    for contact_id, e164, entry, status in repeats:
        if entry is None:
            entry = whole[e164]
        eligible = status == "eligible"
        if eligible:
            allowed.add((by_id[contact_id][1], e164))
        if holder.setdefault(e164, contact_id) == contact_id:
            if eligible or first.get(e164) is None:
                first[e164] = entry
        else:
            key = (contact_id, e164)
            if eligible:
                eligible_further.add(e164)
                further[key] = entry
            elif key not in further:
                further[key] = entry
        if not eligible:
            target = _WATCHED.get(entry[2])
            if target is not None:
                lists[target].append((entry[3], "", e164, (contact_id,), entry[2], 1, "",
                                      entry))
    for e164, entry in first.items():
        statuses["eligible" if e164 in eligible_further else entry[1]] += 1
    if eligible_further:
        for contact_id, e164, eligible in _written_once(eligible_further, holder, first,
                                                        further):
            key = (by_id[contact_id][1], e164)
            if eligible:
                allowed.add(key)
            else:
                allowed.discard(key)
    decided = chain(((holder[e164], e164, entry) for e164, entry in first.items()),
                    ((*key, entry) for key, entry in further.items()))
    for contact_id, e164, entry in decided:
        if entry[1] != "eligible":
            refusals[contact_id, e164] = entry
    return len(first)


class _Number(NamedTuple):
    e164: str


class _Stored(NamedTuple):
    """A stored number as ``policy.one_contact_per_number`` reads its rows."""

    contact_id: int
    number: _Number


def _written_once(shared: set[str], holder: dict[str, int], first: dict[str, tuple],
                  further: dict[tuple[int, str], tuple]) -> list[tuple[int, str, bool]]:
    """A number several contacts may have on a phone goes there once, under the contact
    the policy writes it under (``policy.one_contact_per_number``, which the export,
    ``consent list`` and the removal lists ask too): the others' entries become its
    ``shared_number`` decision, in place. ``shared``: the numbers eligible under a
    contact other than the first storing them (usually few); only those eligible under
    two contacts or more can change. Each entry is a whole decision row (the choice
    reads the contact the consent was recorded for). Returns the entries decided
    again: (contact id, number, whether it may be on a phone)."""
    stored: dict[str, list[tuple[int, tuple]]] = {}
    for (contact_id, e164), entry in further.items():
        if e164 in shared:
            stored.setdefault(e164, []).append((contact_id, entry))
    rows: list[_Stored] = []
    decisions: list[Decision] = []
    lasts: list[str] = []
    for e164, others in stored.items():
        found = [(holder[e164], first[e164]), *others]
        if sum(entry[1] == "eligible" for _cid, entry in found) < 2:
            continue
        for contact_id, entry in found:
            rows.append(_Stored(contact_id, _Number(e164)))
            # a refusal by rules 1 and 2 has no number in its row
            decisions.append(policy.kept_decision(e164, decision_store.fields(entry)))
            lasts.append(entry[5])
    if not rows:
        return []
    chosen, _holders = policy.one_contact_per_number(rows, decisions)
    for row, decision, last in zip(rows, chosen, lasts, strict=True):
        entry = decision_store.as_read(row.number.e164, policy.kept_fields(decision), last)
        if holder[row.number.e164] == row.contact_id:
            first[row.number.e164] = entry
        else:
            further[(row.contact_id, row.number.e164)] = entry
    return [(row.contact_id, row.number.e164, decision.eligible)
            for row, decision in zip(rows, chosen, strict=True)]


_REFUSALS: dict[str, tuple] = {}


def _refusal_fields(refusal: Decision) -> tuple:
    """A refusal by rules 1 and 2 (shared, without events) as a kept row."""
    found = _REFUSALS.get(refusal.reason)
    if found is None:
        found = _REFUSALS[refusal.reason] = decision_store.as_read(
            None, policy.kept_fields(refusal), "")
    return found
