"""Consent from an exported WhatsApp chat: the proposed events with checkboxes, the
chat's flags, whose chat it is, and recording the ticked ones.

The person decides: a proposal that may be wrong (a quoted phrase, a question, a time
going backwards) starts unticked, and a chat that shows its partner only by a saved
name records nothing until the person picks the contact — a name alone never decides.
A number the vault does not hold is added only when "Add as a new contact" is ticked.
Everything is done by ``services.chat_consent``; proposals recorded before (from this
file) are shown as recorded and cannot be ticked again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from contactvault import errors, phones, timefmt
from contactvault.chats.consent import Proposals
from contactvault.chats.whatsapp import DateOrder, read_chat
from contactvault.consent.events import KIND_LABELS, EventKind
from contactvault.gui.erased_question import confirm_adding_again
from contactvault.gui.forms.ui_chat_consent_dialog import Ui_ChatConsentDialog
from contactvault.gui.widgets.message import show_message
from contactvault.services import chat_consent

PROPOSAL_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_OTHER = "other"  # the contact combo's "another number" entry


def _key(candidate: chat_consent.Candidate) -> str:
    """A candidate as the contact combo's item data: "12 +491711000001"."""
    return f"{candidate.contact_id} {candidate.e164}"


def _unkey(key: str) -> tuple[int, str]:
    contact_id, e164 = key.split(" ", 1)
    return int(contact_id), e164


class ChatConsentDialog(QDialog):
    changed = Signal(int)  # the contact whose consent was recorded
    contact_added = Signal(int)

    def __init__(self, ctx, path: str | Path, contact_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        """``contact_id``: the contact selected when the dialog was opened, offered as the
        chat's partner (still to be confirmed)."""
        super().__init__(parent)
        self.ui = Ui_ChatConsentDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.path = str(path)
        self.selected_contact = contact_id
        self.proposals: Proposals | None = None
        self.match: chat_consent.PartnerMatch | None = None
        self.recorded: dict[str, int] = {}
        self.apply_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Record ticked events"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("&Close"))
        self.apply_button.clicked.connect(self.apply)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.order_combo.addItem(self.tr("Day first (29.11.26)"), DateOrder.DAY_FIRST.value)
        self.ui.order_combo.addItem(self.tr("Month first (11/29/26)"),
                                    DateOrder.MONTH_FIRST.value)
        self._show_order(False)
        self.ui.order_combo.currentIndexChanged.connect(lambda _i: self.scan())
        self.ui.business_combo.currentIndexChanged.connect(lambda _i: self.scan())
        self.ui.contact_combo.currentIndexChanged.connect(lambda _i: self._partner_changed())
        self.ui.add_contact_check.toggled.connect(lambda _on: self._update_apply())
        self.ui.number_edit.textChanged.connect(lambda _text: self._update_apply())
        self.ui.proposals_tree.itemChanged.connect(lambda *_: self._update_apply())
        self.ui.proposals_tree.currentItemChanged.connect(lambda *_: self._show_detail())
        header = self.ui.proposals_tree.header()
        header.setStretchLastSection(True)
        self.ui.proposals_tree.setColumnWidth(0, 300)
        self.ui.proposals_tree.setColumnWidth(1, 130)
        self.ui.proposals_tree.setColumnWidth(2, 260)
        show_message(self.ui.message_label, "")
        self.ui.file_label.setText(self.tr("File: %1").replace("%1", Path(self.path).name))
        self.scan()

    # -- reading the chat -----------------------------------------------------------
    def _show_order(self, visible: bool) -> None:
        self.ui.order_label.setVisible(visible)
        self.ui.order_combo.setVisible(visible)

    def _order(self) -> str | None:
        return self.ui.order_combo.currentData() if self.ui.order_combo.property("asked") \
            else None

    def _business(self) -> str | None:
        return self.ui.business_combo.currentData() or None

    def scan(self) -> None:
        """Read the chat (again) with the date order and business chosen, and show it."""
        self.proposals = self.match = None
        self.ui.proposals_tree.clear()
        self.ui.detail_view.clear()
        try:
            self.proposals = chat_consent.scan(self.path, business=self._business(),
                                               date_order=self._order(), ctx=self.ctx)
        except errors.ChatDateOrderOpen as exc:
            self.ui.order_combo.setProperty("asked", True)
            self._show_order(True)
            self._fill_senders()
            self._fail(exc.message(), "warning")
            return
        except (errors.ChatRolesUnclear, errors.ChatSenderUnknown) as exc:
            self._fill_senders()
            self._fail(exc.message(), "warning")
            return
        except errors.ContactVaultError as exc:
            self._fail(exc.message())
            return
        self._fill_senders()
        self.ui.file_label.setText(
            self.tr("File: %1 (SHA-256 %2…)").replace("%1", Path(self.path).name)
            .replace("%2", self.proposals.file_sha256[:16]))
        self.ui.flags_label.setText("\n".join("\u26a0 " + f.describe()
                                              for f in self.proposals.flags))
        self.ui.flags_label.setVisible(bool(self.proposals.flags))
        try:
            self.match = chat_consent.match_partner(self.ctx, self.proposals)
            self.recorded = chat_consent.already_recorded(self.ctx, self.proposals)
        except errors.ContactVaultError as exc:
            self._fail(exc.message())
            return
        self._show_partner()
        self._fill_proposals()
        if not self.proposals.proposals:
            show_message(self.ui.message_label, self.tr("The chat proposes no consent events."),
                         "info")
        else:
            show_message(self.ui.message_label, "")
        self._update_apply()

    def _fail(self, text: str, kind: str = "error") -> None:
        show_message(self.ui.message_label, text, kind)
        self.ui.partner_box.setEnabled(False)
        self.ui.flags_label.hide()
        self.apply_button.setEnabled(False)

    def _fill_senders(self) -> None:
        """The business combo: the chat's senders, the business chosen (or found)."""
        combo = self.ui.business_combo
        chosen = self.proposals.business if self.proposals else self._business()
        try:
            senders = read_chat(self.path, date_order=self._order()).participants
        except (OSError, ValueError):
            senders = []
        combo.blockSignals(True)
        combo.clear()
        if chosen is None:
            combo.addItem(self.tr("– please choose –"), "")
        for sender in senders:
            combo.addItem(sender, sender)
        if chosen:
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    # -- whose chat -----------------------------------------------------------------
    def _show_partner(self) -> None:
        ui, match = self.ui, self.match
        ui.partner_box.setEnabled(True)
        combo = ui.contact_combo
        combo.blockSignals(True)
        combo.clear()
        ui.add_contact_check.setChecked(False)
        name = new_name = chat_consent.new_contact_name(self.proposals)
        if match.number is not None:
            number = phones.display(match.number)
            if match.known and match.owners:
                ui.partner_label.setText(self.tr(
                    "The export shows the number %1; the vault holds it.").replace("%1", number))
                for owner in match.owners:
                    combo.addItem(self._candidate_text(owner), _key(owner))
            elif match.known:
                ui.partner_label.setText(self.tr(
                    "The export shows the number %1; the vault knows it from consent "
                    "records.").replace("%1", number))
            else:
                ui.partner_label.setText(self.tr(
                    "The export shows the number %1, which is not in the vault yet. Tick "
                    "\u201cAdd as a new contact\u201d to record the events for it.")
                    .replace("%1", number))
        else:
            combo.addItem(self.tr("– please confirm the contact –"), "")
            candidates = list(match.candidates)
            if self.selected_contact is not None and not any(
                    c.contact_id == self.selected_contact for c in candidates):
                candidates += self._selected_candidates()
            for candidate in candidates:
                combo.addItem(self._candidate_text(candidate), _key(candidate))
            combo.addItem(self.tr("Another number…"), _OTHER)
            text = self.tr("The chat shows its partner only by the saved name \u201c%1\u201d. "
                           "A name alone is not enough: confirm the contact, or give the "
                           "number.").replace("%1", name)
            if not match.candidates:
                text += " " + self.tr("No contact in the vault has exactly this name.")
            ui.partner_label.setText(text)
        ui.add_contact_check.setText(self.tr(
            "&Add as a new contact (category customer, named \u201c%1\u201d)")
            .replace("%1", new_name))
        combo.blockSignals(False)
        self._partner_changed()

    def _selected_candidates(self) -> list[chat_consent.Candidate]:
        from contactvault.services import contacts

        try:
            contact = contacts.get_contact(self.ctx, self.selected_contact)
        except errors.ContactVaultError:
            return []
        return [chat_consent.Candidate(contact.id, contact.display_name(), p.e164)
                for p in contact.phones if p.e164]

    def _candidate_text(self, candidate: chat_consent.Candidate) -> str:
        return self.tr("%1 – %2 (contact %3)").replace("%1", candidate.name or "\u2013") \
            .replace("%2", phones.display(candidate.e164)).replace("%3", str(candidate.contact_id))

    def _partner_changed(self) -> None:
        ui, match = self.ui, self.match
        if match is None:
            return
        data = ui.contact_combo.currentData()
        shows_combo = ui.contact_combo.count() > 0
        ui.contact_label.setVisible(shows_combo)
        ui.contact_combo.setVisible(shows_combo)
        typed = match.number is None and data == _OTHER
        ui.number_label.setVisible(typed)
        ui.number_edit.setVisible(typed)
        ui.add_contact_check.setVisible(typed or (match.number is not None and not match.known))
        self._update_apply()

    def choice(self) -> chat_consent.PartnerChoice | None:
        """The partner as the person confirmed it; None (with the reason shown) when not
        confirmed yet."""
        ui, match = self.ui, self.match
        if match is None or self.proposals is None:
            return None
        data = ui.contact_combo.currentData()
        contact_id = number = None
        if match.number is not None:
            if data:
                contact_id = _unkey(data)[0]
        elif data == _OTHER:
            number = ui.number_edit.text().strip()
            if not number:
                return None
        elif data:
            contact_id, number = _unkey(data)
        else:
            return None
        try:
            return chat_consent.choose_partner(
                self.ctx, self.proposals, match, contact_id=contact_id, number=number,
                add_contact=ui.add_contact_check.isChecked())
        except errors.ContactVaultError:
            return None

    # -- the proposals ----------------------------------------------------------------
    def _fill_proposals(self) -> None:
        tree = self.ui.proposals_tree
        tree.blockSignals(True)
        tree.clear()
        for proposal in self.proposals.proposals:
            kind = QCoreApplication.translate("Consent", KIND_LABELS[proposal.kind])
            line = proposal.first_line + (" \u2026" if "\n" in proposal.verbatim else "")
            why = proposal.why()
            checks = proposal.check_texts()
            if checks:
                why += "\n" + "\n".join(self.tr("Check: %1").replace("%1", c) for c in checks)
            item = QTreeWidgetItem([kind, timefmt.format_as_written(proposal.time), line, why])
            item.setData(0, PROPOSAL_ROLE, proposal.id)
            item.setToolTip(2, proposal.verbatim)
            item.setToolTip(3, why)
            if proposal.id in self.recorded:
                item.setText(0, self.tr("%1 – recorded (event %2)").replace("%1", kind)
                             .replace("%2", str(self.recorded[proposal.id])))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable
                              & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked if proposal.needs_check
                                   else Qt.CheckState.Checked)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        self._show_detail()

    def _show_detail(self) -> None:
        """The current proposal's lines exactly as in the chat, and why (with checks)."""
        item = self.ui.proposals_tree.currentItem()
        proposal = (self.proposals.by_id(item.data(0, PROPOSAL_ROLE))
                    if item is not None and self.proposals is not None else None)
        if proposal is None:
            self.ui.detail_view.clear()
            return
        self.ui.detail_view.setPlainText(f"{item.text(3)}\n\n{proposal.verbatim}")

    def ticked(self) -> list[str]:
        """The ids of the proposals ticked and not recorded yet."""
        tree = self.ui.proposals_tree
        ids = []
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            ident = item.data(0, PROPOSAL_ROLE)
            if item.checkState(0) == Qt.CheckState.Checked and ident not in self.recorded:
                ids.append(ident)
        return ids

    def set_ticked(self, ident: str, on: bool) -> None:
        tree = self.ui.proposals_tree
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item.data(0, PROPOSAL_ROLE) == ident:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(self.proposals is not None and bool(self.ticked())
                                     and self.choice() is not None)

    def apply(self) -> None:
        choice = self.choice()
        ids = self.ticked()
        if choice is None or not ids or self.proposals is None:
            return
        try:
            chosen = chat_consent.selected(self.proposals, ids)
            try:
                result = chat_consent.apply(self.ctx, self.proposals, chosen, choice)
            except errors.NumberErased as erased:  # nothing was recorded: ask, then again
                if not confirm_adding_again(self, erased):
                    return
                result = chat_consent.apply(self.ctx, self.proposals, chosen,
                                            replace(choice, allow_erased=True))
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        text = self.tr("Recorded: %n event(s).", "", len(result.recorded))
        if result.already:
            text += " " + self.tr("%n of them had been recorded before and were not added "
                                  "again.", "", len(result.already))
        if result.contact_added:
            text += " " + self.tr("%1 was added as a new contact.").replace(
                "%1", phones.display(choice.e164))
        self.selected_contact = result.contact_id
        self.scan()
        show_message(self.ui.message_label, text, "success")
        if any(event.kind == EventKind.REVOKED for _proposal, event in result.recorded):
            # as after a revocation in the contact pane: the phones that publish drop the
            # card now; the outcome follows the recorded line
            from contactvault.gui.publish_at_once import publish_at_once

            self._publishing = publish_at_once(self.ctx, lambda published, kind: show_message(
                self.ui.message_label, text + "\n" + published, kind))
        if result.contact_id is not None:
            if result.contact_added:
                self.contact_added.emit(result.contact_id)
            self.changed.emit(result.contact_id)
