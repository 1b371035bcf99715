"""The consent workflows of the detail pane, for the number chosen there.

Record an event through the consent dialog, copy the information notice and record it
as sent, and after a revocation offer the customer's confirmation text. Each ends by
showing the contact again (status and history) with a line saying what happened. Modal
questions go through ``ask`` so that tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from contactvault import errors
from contactvault.consent.events import EventKind
from contactvault.gui.ask import ask
from contactvault.gui.clipboard import SensitiveClipboard


class ConsentActions(QObject):
    def __init__(self, detail, clipboard: SensitiveClipboard,
                 current_context: Callable[[], object]) -> None:
        """``detail``: the DetailPane whose contact is acted on; ``current_context``: the
        unlocked vault's context at the moment of the action (None when locked)."""
        super().__init__(detail)
        self.detail = detail
        self.clipboard = clipboard
        self.current_context = current_context

    def record(self, e164: str, kind: EventKind = EventKind.GRANTED) -> None:
        """Open the consent dialog for the number; after a revocation, offer the
        confirmation text for the customer."""
        from contactvault.gui.dialogs.consent_dialog import ConsentDialog

        detail, ctx = self.detail, self.current_context()
        if not e164 or detail.contact is None or ctx is None:
            return
        dialog = ConsentDialog(ctx, e164, detail.contact.id, detail.contact.display_name(),
                               kind, detail.window())
        if not ask.run_dialog(dialog):
            return
        detail.show_contact(detail.contact.id)
        if dialog.event is not None and dialog.event.kind == EventKind.REVOKED.value:
            self._offer_revocation_confirmation(e164)
        else:
            detail.show_info(self._recorded_text(ctx, e164, dialog.event))

    def _recorded_text(self, ctx, e164: str, event) -> str:
        """"Recorded.", and for a grant or implied consent that leaves the number off the
        WhatsApp phones, why (so that nobody reads "recorded" as "allowed")."""
        from contactvault.services import consent

        if event is None or event.kind not in (EventKind.GRANTED.value,
                                               EventKind.IMPLIED.value):
            return self.tr("Recorded.")
        contact_id = self.detail.contact.id if self.detail.contact else None
        decisions = [d for cid, _n, d in consent.decision_for_number(ctx, e164)
                     if cid == contact_id]
        if not decisions or any(d.eligible for d in decisions):
            return self.tr("Recorded.")
        return self.tr("Recorded, but the number may not go onto a WhatsApp phone: %1.") \
            .replace("%1", decisions[0].reason_text())

    def revoke(self, e164: str) -> None:
        self.record(e164, EventKind.REVOKED)

    def notice_sent(self, e164: str) -> None:
        """Copy the notice in the contact's language and record that it was sent."""
        from contactvault.services import consent

        detail, ctx = self.detail, self.current_context()
        if not e164 or detail.contact is None or ctx is None:
            return
        try:
            _event, text = consent.mark_notice_sent(ctx, e164, detail.contact.language)
        except errors.ContactVaultError as exc:
            ask.warn(detail, self.tr("Information notice"), exc.message())
            return
        self.clipboard.copy(text)
        detail.show_contact(detail.contact.id, keep_message=True)
        detail.show_info(self.tr(
            "The information notice is on the clipboard: paste it into the chat. It was "
            "recorded as sent today."))

    def _offer_revocation_confirmation(self, e164: str) -> None:
        from contactvault.services import consent

        detail, ctx = self.detail, self.current_context()
        if not ask.confirm(detail, self.tr("Revocation recorded"), self.tr(
                "The revocation was recorded. The number goes onto the removal list of every "
                "WhatsApp phone that holds it.\n\nCopy a confirmation text for the customer "
                "to the clipboard?"), yes_text=self.tr("Copy confirmation"), default_yes=True):
            detail.show_info(self.tr("Revocation recorded."))
            return
        language = detail.contact.language if detail.contact else "de"
        try:
            text = consent.revocation_confirmation(ctx, e164, language)
            consent.record_revocation_confirmation_sent(ctx, e164, language)
        except errors.ContactVaultError as exc:
            ask.warn(detail, self.tr("Revocation"), exc.message())
            return
        self.clipboard.copy(text)
        detail.show_info(self.tr("The confirmation text is on the clipboard."))
