"""Publishing a WhatsApp phone's contacts to its own address book on a CardDAV server.

A publish makes the address book hold exactly the cards the policy allows on that
phone today — the same minimal vCards as the file export (``export.vcard_writer``),
one card per resource, each named by a random id (never the number or the name):

- a card the address book lacks is created (``If-None-Match: *``);
- a card whose text changed, or that someone changed on the server, is replaced
  (``If-Match`` with the ETag seen when the address book was listed);
- a card that is not allowed any more (revoked, expired, erased, …) or that contactvault
  did not put there is deleted (``If-Match`` with the ETag seen).

A changed ETag (someone changed the card after it was listed) makes the server refuse
(412): the publish stops there. Only what the server confirmed is recorded, in one
transaction: an export of format "carddav" whose numbers each name their card (resource,
ETag, SHA-256 of the text), removal confirmations for the numbers whose card the server
deleted or no longer holds, and one audit entry covering both. So the register, the
proofs and the removal lists know what is on the server; the phone follows at its next
sync. A dry run lists the changes and changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from contactvault import audit, clock, errors, settings, timefmt
from contactvault.consent.policy import PolicySettings
from contactvault.context import Context
from contactvault.export.removal_list import Removal
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.model import Device
from contactvault.services import devices
from contactvault.services.devices import device_in
from contactvault.services.exporting import EligibleCard, eligible_cards, open_removals
from contactvault.vault import devices as device_store
from contactvault.vault import exports as export_store
from contactvault.vault.connection import Connection
from contactvault.vault.exports import OnServer, ServerRemoval

if TYPE_CHECKING:  # the client (and requests) load when a publish begins
    from contactvault.carddav.client import CardDavClient, Resource

CARDDAV = "carddav"
PASSWORD_ENV = "CONTACTVAULT_CARDDAV_PASSWORD"  # for scripts; less safe (see README)

CREATE = "create"
REPLACE = "replace"
DELETE = "delete"
GONE = "gone"  # recorded, no longer allowed, and the server holds it no more: confirm only
KEEP = "keep"

NOT_OURS = QT_TRANSLATE_NOOP("Export", "not put there by contactvault")
CHANGED_ON_SERVER = QT_TRANSLATE_NOOP("Export", "changed on the server by someone else")


@dataclass(frozen=True)
class Change:
    """One thing a publish does to one card of the address book."""

    action: str  # CREATE, REPLACE, DELETE, GONE or KEEP
    name: str  # the card's resource name on the server ("<random id>.vcf")
    href: str = ""  # its path on the server ("" before it is created)
    etag: str = ""  # the ETag seen when the address book was listed
    card: EligibleCard | None = None  # what it will hold (not for DELETE/GONE)
    held: tuple[OnServer, ...] = ()  # what the record says it holds now
    removal: Removal | None = None  # why its numbers go (the removal list's entry)
    foreign: bool = False  # on the server, but not put there by contactvault

    @property
    def shown_name(self) -> str:
        if self.card is not None:
            return self.card.shown_name
        return self.held[0].shown_name if self.held else ""

    @property
    def numbers(self) -> tuple[str, ...]:
        if self.card is not None:
            return tuple(e164 for e164, _basis in self.card.numbers)
        return tuple(item.e164 for item in self.held)

    @property
    def dropped(self) -> tuple[OnServer, ...]:
        """The recorded numbers this change takes off the address book."""
        if self.action in (DELETE, GONE):
            return self.held
        if self.action == REPLACE and self.card is not None:
            kept = {(self.card.contact_uid, e164) for e164, _basis in self.card.numbers}
            return tuple(i for i in self.held if (i.contact_uid, i.e164) not in kept)
        return ()

    def reason_text(self) -> str:
        if self.foreign:
            return translate("Export", NOT_OURS)
        if self.action == REPLACE and self.held and self.etag != self.held[0].etag:
            return translate("Export", CHANGED_ON_SERVER)
        return self.removal.reason_text() if self.removal is not None else ""


@dataclass
class PublishPlan:
    device: Device
    url: str
    settings: PolicySettings
    today: datetime
    changes: list[Change] = field(default_factory=list)

    def of(self, action: str) -> list[Change]:
        return [c for c in self.changes if c.action == action]

    @property
    def to_do(self) -> list[Change]:
        """The changes that touch the server, removals first."""
        order = {DELETE: 0, REPLACE: 1, CREATE: 2}
        return sorted((c for c in self.changes if c.action in order),
                      key=lambda c: order[c.action])

    @property
    def wanted(self) -> dict[str, str]:
        """contact uid -> SHA-256 of the card the address book should hold."""
        return {c.card.contact_uid: c.card.sha256 for c in self.changes if c.card is not None}

    @property
    def unchanged(self) -> bool:
        return not any(c.action != KEEP for c in self.changes)


@dataclass(frozen=True)
class PublishResult:
    export_id: int | None  # None: nothing changed, nothing recorded
    created: int
    replaced: int
    deleted: int
    kept: int
    numbers: int  # numbers in the address book now
    confirmed_removals: int
    audit_head: str = ""


# -- planning ---------------------------------------------------------------------------


def plan_publish(ctx: Context, device_name: str, password: str) -> PublishPlan:
    """What a publish would do: the vault's eligible cards against the address book as
    the server lists it now. Changes nothing."""
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
    with devices.carddav_client(device, password) as client:
        return _plan_with(ctx, device.name, client)


def _plan_with(ctx: Context, device_name: str, client: CardDavClient) -> PublishPlan:
    listing = {resource.name: resource for resource in client.list()}
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
        today = ctx.now()
        export_plan, cards = eligible_cards(conn, device.name, today)
        recorded = export_store.on_server(conn, device.id)
        reasons = {(r.contact_uid, r.e164): r for r in open_removals(conn, device, today)}
    return _compare(device, client.url, export_plan.settings, today, cards, recorded, listing,
                    reasons)


def _compare(device: Device, url: str, settings: PolicySettings, today: datetime,
             cards: list[EligibleCard], recorded: list[OnServer],
             listing: dict[str, Resource], reasons: dict[tuple[str, str], Removal]
             ) -> PublishPlan:
    plan = PublishPlan(device, url, settings, today)
    held: dict[str, list[OnServer]] = {}
    card_of: dict[str, str] = {}  # contact uid -> the resource the record puts it in
    for item in recorded:
        held.setdefault(item.resource, []).append(item)
        card_of[item.contact_uid] = item.resource
    used: set[str] = set()
    for card in cards:
        name = card_of.get(card.contact_uid, "")
        found = listing.get(name) if name else None
        if found is None:
            plan.changes.append(Change(CREATE, _new_name(listing, used), card=card))
            continue
        used.add(name)
        mine = tuple(held[name])
        same = (found.etag == mine[0].etag and mine[0].card_sha256 == card.sha256
                and {i.e164 for i in mine if i.contact_uid == card.contact_uid}
                == {e164 for e164, _basis in card.numbers})
        plan.changes.append(Change(KEEP if same else REPLACE, name, found.href, found.etag,
                                   card, mine))
    for name, found in sorted(listing.items()):
        if name in used:
            continue
        mine = tuple(held.get(name, ()))
        plan.changes.append(Change(
            DELETE, name, found.href, found.etag, held=mine, foreign=not mine,
            removal=_first_removal(mine, reasons)))
    for name, mine in sorted(held.items()):
        if name not in listing and name not in used:
            plan.changes.append(Change(GONE, name, held=tuple(mine),
                                       removal=_first_removal(mine, reasons)))
    return plan


def _new_name(listing: dict[str, Resource], used: set[str]) -> str:
    while True:
        name = secrets.token_hex(16) + ".vcf"  # a random id: never the number or the name
        if name not in listing and name not in used:
            used.add(name)
            return name


def _first_removal(items, reasons: dict[tuple[str, str], Removal]) -> Removal | None:
    for item in items:
        found = reasons.get((item.contact_uid, item.e164))
        if found is not None:
            return found
    return None


# -- publishing -------------------------------------------------------------------------


def publish(ctx: Context, device_name: str, password: str, *,
            progress: Callable[[int, int], None] | None = None
            ) -> tuple[PublishPlan, PublishResult]:
    """Plan against the address book as it is now and carry the plan out."""
    with ctx.vault.reading() as conn:
        device = device_in(conn, device_name)
    with devices.carddav_client(device, password) as client:
        plan = _plan_with(ctx, device.name, client)
        return plan, _carry_out(ctx, plan, client, progress)


def publish_plan(ctx: Context, plan: PublishPlan, password: str, *,
                 progress: Callable[[int, int], None] | None = None) -> PublishResult:
    """Carry out a plan made earlier (shown to the person first). The vault side is
    checked first: if the cards the phone may hold changed since, nothing is sent
    (PublishPlanStale). A card changed on the server since the plan makes the server
    refuse (412, CardChangedOnServer)."""
    with ctx.vault.reading() as conn:
        device = device_in(conn, plan.device.name)
        _plan, cards = eligible_cards(conn, device.name, ctx.now())
    if device.id != plan.device.id or device.carddav_url != plan.device.carddav_url \
            or {c.contact_uid: c.sha256 for c in cards} != plan.wanted:
        raise errors.PublishPlanStale(device=plan.device.name)
    with devices.carddav_client(device, password) as client:
        return _carry_out(ctx, plan, client, progress)


def _carry_out(ctx: Context, plan: PublishPlan, client: CardDavClient,
               progress: Callable[[int, int], None] | None) -> PublishResult:
    if plan.unchanged:
        return PublishResult(None, 0, 0, 0, len(plan.of(KEEP)),
                             sum(len(c.card.numbers) for c in plan.of(KEEP) if c.card), 0)
    steps = plan.to_do
    done: list[Change] = []
    failure: errors.ServerError | None = None
    for index, change in enumerate(steps):
        if progress is not None:
            progress(index, len(steps))
        try:
            done.append(_send(client, change))
        except errors.ServerError as exc:
            failure = exc
            break
    if progress is not None and failure is None:
        progress(len(steps), len(steps))
    done = _shown_gone(client, done)
    confirmed = done + plan.of(KEEP) + plan.of(GONE)
    if failure is not None and not done:
        raise failure  # the server confirmed nothing: nothing is recorded
    result = _record(ctx, plan, client.url, confirmed)
    if failure is not None:
        raise errors.PublishIncomplete(device=plan.device.name, done=len(done),
                                       total=len(steps), reason=failure.message())
    return result


def _shown_gone(client: CardDavClient, done: list[Change]) -> list[Change]:
    """A removal counts once the server shows the card gone: after deleting, the address
    book is listed again, and a card still in it is not recorded as removed. (If the
    server cannot be asked again, its answers to the deletions stand.)"""
    if not any(c.action == DELETE for c in done):
        return done
    try:
        present = {resource.name for resource in client.list()}
    except errors.ServerError:
        return done
    return [c for c in done if c.action != DELETE or c.name not in present]


def _send(client: CardDavClient, change: Change) -> Change:
    """One change on the server; returns it with the href and ETag the server gave."""
    if change.action == DELETE:
        client.delete(change.href, change.etag)
        return change
    assert change.card is not None
    if change.action == CREATE:
        made = client.create(change.name, change.card.text)
    else:
        made = client.replace(change.href, change.card.text, change.etag)
    return Change(change.action, change.name, made.href, made.etag, change.card, change.held,
                  change.removal, change.foreign)


def _record(ctx: Context, plan: PublishPlan, url: str, confirmed: list[Change]
            ) -> PublishResult:
    """What the server confirmed, in one transaction with its audit entry."""
    holding = [c for c in confirmed if c.card is not None]
    items: list[export_store.PublishedItem] = [
        (c.card.contact_id, c.card.contact_uid, e164, c.card.shown_name, basis, c.name,
         c.etag, c.card.sha256)
        for c in sorted(holding, key=lambda c: c.name) for e164, basis in c.card.numbers]
    digest = hashlib.sha256("".join(
        f"{c.name} {c.card.sha256}\n" for c in sorted(holding, key=lambda c: c.name)
    ).encode("utf-8")).hexdigest()
    counts = {action: sum(1 for c in confirmed if c.action == action)
              for action in (CREATE, REPLACE, DELETE, KEEP)}
    with ctx.vault.transaction() as conn:
        device = device_in(conn, plan.device.name)
        now = ctx.now()
        at = clock.to_iso(now)
        who = ctx.actor_in(conn)
        export_id = export_store.insert_export(
            conn, device.id, "full", CARDDAV, plan.settings.mode, plan.settings.as_dict(),
            url, digest, len(items), who, at)
        export_store.insert_published_items(conn, export_id, items)
        removed = _confirm_removals(conn, device, confirmed, now, who, at)
        audit.record(conn, "publish", actor=who, at=at, subject=f"export:{export_id}",
                     details={"export": export_id, "device": device.id, "format": CARDDAV,
                              "created": counts[CREATE], "replaced": counts[REPLACE],
                              "deleted": counts[DELETE], "kept": counts[KEEP],
                              "numbers": len(items), "removals_confirmed": removed,
                              "sha256": digest, "policy": plan.settings.mode})
        head = str(audit.head(conn))
    return PublishResult(export_id, counts[CREATE], counts[REPLACE], counts[DELETE],
                         counts[KEEP], len(items), removed, head)


def _confirm_removals(conn: Connection, device: Device, confirmed: list[Change],
                      now: datetime, who: str, at: str) -> int:
    """A number whose card the server deleted, replaced without it, or no longer holds
    is off the address book: its removal is confirmed (the phone drops it at its next
    sync)."""
    reasons = {(r.contact_uid, r.e164): r.reason for r in open_removals(conn, device, now)}
    count = 0
    for change in confirmed:
        for item in change.dropped:
            export_store.insert_confirmation(
                conn, device.id, item.contact_uid, item.e164,
                reasons.get((item.contact_uid, item.e164), ""), item.export_id, at, who)
            count += 1
    return count


# -- after a revocation, an objection, a restriction or an erasure ----------------------


@dataclass(frozen=True)
class AutoPublish:
    """What publishing at once did for one phone: a result, or why it did not publish."""

    device: str
    result: PublishResult | None = None
    problem: str = ""  # a sentence: the server's failure, or that no password is kept


NO_PASSWORD_KEPT = QT_TRANSLATE_NOOP(
    "Export", "not published: no password is kept for its CardDAV login; publish by hand "
              "('contactvault publish --device {device}')")


def due(ctx: Context, *, today: datetime | None = None) -> list[Device]:
    """The phones whose CardDAV address book holds a number that must go (revoked,
    expired, objected, restricted, erased, …)."""
    today = today or ctx.now()
    found = []
    with ctx.vault.reading() as conn:
        for device in device_store.all_devices(conn):
            if not device.publishes:
                continue
            held = {(i.contact_uid, i.e164) for i in export_store.on_server(conn, device.id)}
            if any((r.contact_uid, r.e164) in held
                   for r in open_removals(conn, device, today)):
                found.append(device)
    return found


def publish_due(ctx: Context, password_for: Callable[[Device], str | None]
                ) -> list[AutoPublish]:
    """Publish to every phone in ``due``; ``password_for`` gives the kept password (or
    None). A failure is reported per phone, never raised: what made the publish due is
    recorded already, and the removal list keeps the number until a publish succeeds."""
    done = []
    for device in due(ctx):
        password = password_for(device)
        if password is None:
            done.append(AutoPublish(device.name, problem=translate(
                "Export", NO_PASSWORD_KEPT).format(device=device.name)))
            continue
        try:
            _plan, result = publish(ctx, device.name, password)
        except errors.ContactVaultError as exc:
            done.append(AutoPublish(device.name, problem=exc.message()))
        else:
            done.append(AutoPublish(device.name, result))
    return done


def publish_after_change(ctx: Context, password_for: Callable[[Device], str | None]
                         ) -> list[AutoPublish]:
    """``publish_due`` if the setting ``publish.automatic`` is on (the default)."""
    with ctx.vault.reading() as conn:
        automatic = bool(settings.get(conn, "publish.automatic"))
    return publish_due(ctx, password_for) if automatic else []


def kept_password(ctx: Context) -> Callable[[Device], str | None]:
    """The password kept for a phone's login: CONTACTVAULT_CARDDAV_PASSWORD (scripts),
    else the OS secret store."""
    given = os.environ.get(PASSWORD_ENV)

    def password_for(device: Device) -> str | None:
        return given or devices.recall_carddav_password(ctx, device.name)

    return password_for


# What became of a number a publish took off the phone's address book, and what is left to
# do by hand: the one wording of the phones page, the CardDAV dialog and ``removals``.
SERVER_REMOVED = QT_TRANSLATE_NOOP(
    "Export", "removed from the server on {date}, the phone syncs itself")
DELETE_CHAT_BY_HAND = QT_TRANSLATE_NOOP(
    "Export", "Removed from the CardDAV server ({count}); on the phone, delete a chat with "
              "the number by hand if there is one:")


def server_removal_text(removal: ServerRemoval) -> str:
    """"removed from the server on 7 Dec 2026, the phone syncs itself"."""
    return translate("Export", SERVER_REMOVED).format(
        date=timefmt.format_date(removal.removed_at))


def delete_chat_text(count: int) -> str:
    """The heading over the server's removals: what is left to do on the phone."""
    return translate("Export", DELETE_CHAT_BY_HAND).format(count=count)


def server_removals(ctx: Context, device_name: str) -> list[ServerRemoval]:
    """The numbers a publish took off the phone's address book, newest first: the phone
    drops them at its next sync; a chat with the number stays on the phone."""
    with ctx.vault.reading() as conn:
        return export_store.server_removals(conn, device_in(conn, device_name).id)
