"""The removal list: numbers a phone holds that it may no longer hold.

Phones keep what was imported until someone deletes it there; nothing syncs. So for each
phone the vault knows what was put on it (``export_items``) and what was confirmed as
deleted (``removal_confirmations``); every number still on the phone whose current
policy decision is "no" — revoked, expired, category changed to private — or whose
contact or number is gone (erased, edited) is on the list, with the name the phone shows,
until a removal is confirmed. An open removal is an open problem for the DPO.

This module only compares; the decisions come from ``consent.policy``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from contactvault.consent.policy import Decision
from contactvault.i18n import QT_TRANSLATE_NOOP, translate
from contactvault.vault.exports import OnPhone

# Reasons that do not come from the policy (the policy's own are in policy.REASON_TEXTS).
REASON_TEXTS = {
    "erased": QT_TRANSLATE_NOOP("Export", "the contact was erased"),
    "number_removed": QT_TRANSLATE_NOOP("Export", "the number is no longer stored for this "
                                                  "contact"),
}


ERASED_PREFIX = "erased:"  # vault/requests.py marks an erased person's entries so
ERASED_NAME = QT_TRANSLATE_NOOP("Export", "(erased person, erasure {id})")
ERASED_NUMBER = QT_TRANSLATE_NOOP(
    "Export", "number erased: confirm with the number or with erased:{id}")


@dataclass(frozen=True)
class Removal:
    device_id: int
    device_name: str
    contact_uid: str
    contact_id: int
    e164: str
    shown_name: str  # the name the phone shows: look for this on the phone
    exported_at: str
    export_id: int
    reason: str  # a policy reason code, or "erased" / "number_removed"
    decision: Decision | None  # None for "erased" / "number_removed"

    @property
    def erasure_id(self) -> int | None:
        """The erasure (GDPR Art. 17) this entry is left of, or None: the contact and
        number are gone from the vault, only markers name the entry."""
        if not self.contact_uid.startswith(ERASED_PREFIX):
            return None
        value = self.contact_uid[len(ERASED_PREFIX):].split(":", 1)[0]
        return int(value) if value.isdigit() else None

    def shown_name_text(self) -> str:
        if self.erasure_id is not None:
            return translate("Export", ERASED_NAME).format(id=self.erasure_id)
        return self.shown_name

    def number_text(self) -> str:
        if self.e164.startswith(ERASED_PREFIX):
            return translate("Export", ERASED_NUMBER).format(id=self.erasure_id or "?")
        return self.e164

    def reason_text(self) -> str:
        if self.decision is not None:
            return self.decision.reason_text()
        return translate("Export", REASON_TEXTS[self.reason])


def removals(device_id: int, device_name: str, items: Iterable[OnPhone],
             current: Mapping[tuple[str, str], Decision],
             contact_uids: set[str]) -> list[Removal]:
    """``items``: what is on the phone; ``current``: the policy's decision for each
    (contact uid, E.164) still stored; ``contact_uids``: the contacts that still exist."""
    found: list[Removal] = []
    for item in items:
        key = (item.contact_uid, item.e164)
        decision = current.get(key)
        if decision is not None and decision.eligible:
            continue
        if decision is not None:
            reason = decision.reason
        elif item.contact_uid in contact_uids:
            reason = "number_removed"
        else:
            reason = "erased"
        found.append(Removal(device_id, device_name, item.contact_uid, item.contact_id,
                             item.e164, item.shown_name, item.exported_at, item.export_id,
                             reason, decision))
    found.sort(key=lambda r: (r.shown_name.casefold(), r.e164))
    return found
