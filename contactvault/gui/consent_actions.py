"""The consent workflows of the detail pane, for the number chosen there.

Record an event through the consent dialog; copy the information notice and — only once
the person says it was sent, and when — record it as sent; after a revocation offer the
customer's confirmation text the same way. Copying is never recording: the vault keeps
the exact text that was copied, with the time the person gives. Each workflow ends by
showing the contact again (status and history) with a line saying what happened. Modal
questions go through ``ask`` so that tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from contactvault import errors, phones, timefmt
from contactvault.consent import notices
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
            from contactvault.gui.publish_at_once import publish_at_once

            publish_at_once(ctx, detail.show_info)
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

    def evidence(self, event) -> None:
        """The files kept with one event: list, attach, save a copy."""
        from contactvault.gui.dialogs.evidence_dialog import EvidenceDialog

        detail, ctx = self.detail, self.current_context()
        if event is None or detail.contact is None or ctx is None:
            return
        dialog = EvidenceDialog(ctx, event, detail.window())
        ask.run_dialog(dialog)
        if dialog.changed:
            detail.show_contact(detail.contact.id)

    def send_notice(self, e164: str) -> None:
        """Copy the notice in the contact's language, then ask whether it was sent."""
        from contactvault.services import consent

        detail, ctx = self.detail, self.current_context()
        if not e164 or detail.contact is None or ctx is None:
            return
        language = detail.contact.language
        title = self.tr("Information notice")
        if not self._company_details(ctx, "notice"):
            return
        try:
            rendered = consent.render_notice(ctx, language)
            consent.check_complete(rendered)
        except errors.ContactVaultError as exc:
            ask.warn(detail, title, exc.message())
            return
        if not self._ask_sent(ctx, title, self.tr(
                "The information notice for %1 (%2) is on the clipboard. Paste it into the "
                "WhatsApp chat and send it.\n\nWas it sent?"), e164, rendered):
            detail.show_info(self.tr("Nothing recorded: the notice counts only once it was "
                                     "sent."), "info")
            return
        try:
            event, _text = consent.mark_notice_sent(ctx, e164, language,
                                                    occurred_at=self._sent_at,
                                                    shown_text=rendered.text)
        except errors.ContactVaultError as exc:
            ask.warn(detail, title, exc.message())
            return
        detail.show_contact(detail.contact.id, keep_message=True)
        detail.show_info(self.tr("Recorded: the information notice (%1) was sent on %2.")
                         .replace("%1", rendered.tag)
                         .replace("%2", timefmt.format_time(event.occurred_at)))

    def _company_details(self, ctx, document: str) -> bool:
        """The business's details the text needs, asked for in a form where missing."""
        from contactvault.gui.dialogs.company_dialog import ensure_company_details

        return ensure_company_details(self.detail.window(), ctx, document)

    def _ask_sent(self, ctx, title: str, question: str, e164: str, rendered) -> bool:
        """Copy the text, show it and ask whether it was sent and when; the answer's time
        is kept in ``self._sent_at``."""
        from contactvault.gui.dialogs.sent_dialog import SentDialog

        detail = self.detail
        self.clipboard.copy(rendered.text)
        question = (question.replace("%1", detail.contact.display_name())
                    .replace("%2", phones.display(e164)))
        version = self.tr("%1, tag %2").replace("%1", notices.version_words(
            rendered.version)).replace("%2", rendered.tag) if rendered.tag else ""
        dialog = SentDialog(title, question, rendered.text, version,
                            lambda: self.clipboard.copy(rendered.text), ctx.now(),
                            detail.window())
        self._sent_at = None
        if not ask.run_dialog(dialog):
            return False
        self._sent_at = dialog.sent_at()
        return True

    def _offer_revocation_confirmation(self, e164: str) -> None:
        from contactvault.services import consent

        detail, ctx = self.detail, self.current_context()
        title = self.tr("Revocation")
        if not ask.confirm(detail, self.tr("Revocation recorded"), self.tr(
                "The revocation was recorded. The number goes onto the removal list of every "
                "WhatsApp phone that holds it.\n\nCopy a confirmation text for the customer "
                "to the clipboard?"), yes_text=self.tr("Copy confirmation"), default_yes=True):
            detail.show_info(self.tr("Revocation recorded."))
            return
        language = detail.contact.language if detail.contact else "de"
        if not self._company_details(ctx, "revocation"):
            detail.show_info(self.tr("Revocation recorded."))
            return
        try:
            rendered = consent.render_revocation_confirmation(ctx, e164, language)
            consent.check_complete(rendered, consent.REVOCATION)
        except errors.ContactVaultError as exc:
            ask.warn(detail, title, exc.message())
            detail.show_info(self.tr("Revocation recorded."))
            return
        if not self._ask_sent(ctx, title, self.tr(
                "The confirmation for %1 (%2) is on the clipboard. Paste it into the chat "
                "and send it.\n\nWas it sent?"), e164, rendered):
            detail.show_info(self.tr("Revocation recorded. The confirmation was not recorded "
                                     "as sent."))
            return
        try:
            consent.record_revocation_confirmation_sent(ctx, e164, language,
                                                        sent_at=self._sent_at,
                                                        shown_text=rendered.text)
        except errors.ContactVaultError as exc:
            ask.warn(detail, title, exc.message())
            return
        detail.show_info(self.tr("Revocation recorded; the confirmation was sent on %1.")
                         .replace("%1", timefmt.format_time(self._sent_at or ctx.now())))
