"""Data-subject requests for one contact (GDPR Art. 15-18, 21): save the information for
the person, correct a number, restrict processing, record an objection, erase.

Every action calls one function of services/requests.py and shows its outcome inline;
erasing asks first (through ``ask``) and tells what the phones must delete and which
backups still hold the data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactvault import errors, phones, timefmt
from contactvault.gui.ask import ask
from contactvault.gui.widgets.message import show_message


class RequestsDialog(QDialog):
    changed = Signal(int)  # contact id: its data changed (restriction, number)
    erased = Signal(int)  # contact id: it is gone

    def __init__(self, ctx, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from contactvault.services import contacts

        self.ctx = ctx
        self.contact = contacts.get_contact(ctx, contact_id)
        self.setObjectName("requests_dialog")
        self.setWindowTitle(self.tr("Data-subject requests – %1").replace(
            "%1", self.contact.display_name()))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "What the person asked for under the GDPR. Each action is recorded in the "
            "audit trail."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        access = QGroupBox(self.tr("Access (Art. 15)"), self)
        row = QHBoxLayout(access)
        label = QLabel(self.tr("Everything stored about the person, as PDF or JSON."), access)
        label.setWordWrap(True)
        self.access_button = QPushButton(self.tr("&Save information…"), access)
        self.access_button.setObjectName("access_button")
        self.access_button.clicked.connect(self.save_access)
        row.addWidget(label, 1)
        row.addWidget(self.access_button)
        layout.addWidget(access)

        rectify = QGroupBox(self.tr("Rectification (Art. 16)"), self)
        form = QFormLayout(rectify)
        self.number_combo = QComboBox(rectify)
        self.number_combo.setObjectName("number_combo")
        self.new_number_edit = QLineEdit(rectify)
        self.new_number_edit.setObjectName("new_number_edit")
        self.new_number_edit.setPlaceholderText(self.tr("the correct number"))
        self.note_edit = QLineEdit(rectify)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(self.tr("why (optional)"))
        self.correct_button = QPushButton(self.tr("&Correct number"), rectify)
        self.correct_button.setObjectName("correct_button")
        self.correct_button.clicked.connect(self.correct)
        form.addRow(self.tr("Number:"), self.number_combo)
        form.addRow(self.tr("Correct number:"), self.new_number_edit)
        form.addRow(self.tr("Reason:"), self.note_edit)
        form.addRow("", self.correct_button)
        layout.addWidget(rectify)

        restrict = QGroupBox(self.tr("Restriction (Art. 18) and objection (Art. 21)"), self)
        grid = QVBoxLayout(restrict)
        self.restrict_label = QLabel(restrict)
        self.restrict_label.setObjectName("restrict_label")
        self.restrict_label.setWordWrap(True)
        self.restrict_button = QPushButton(restrict)
        self.restrict_button.setObjectName("restrict_button")
        self.restrict_button.clicked.connect(self.toggle_restriction)
        line = QHBoxLayout()
        line.addWidget(self.restrict_label, 1)
        line.addWidget(self.restrict_button)
        grid.addLayout(line)
        self.evidence_edit = QLineEdit(restrict)
        self.evidence_edit.setObjectName("evidence_edit")
        self.evidence_edit.setPlaceholderText(self.tr("what the person said, and where"))
        self.object_button = QPushButton(self.tr("Record &objection"), restrict)
        self.object_button.setObjectName("object_button")
        self.object_button.setToolTip(self.tr(
            "Revokes the consent of the number chosen above; a later implied consent by "
            "conduct no longer counts"))
        self.object_button.clicked.connect(self.record_objection)
        line = QHBoxLayout()
        line.addWidget(self.evidence_edit, 1)
        line.addWidget(self.object_button)
        grid.addLayout(line)
        layout.addWidget(restrict)

        erase = QGroupBox(self.tr("Erasure (Art. 17)"), self)
        row = QHBoxLayout(erase)
        label = QLabel(self.tr(
            "Removes the person's data for good; keeps only that an erasure happened and a "
            "keyed hash of each number."), erase)
        label.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase person…"), erase)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.clicked.connect(self.erase)
        row.addWidget(label, 1)
        row.addWidget(self.erase_button)
        layout.addWidget(erase)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("requests_message")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        show_message(self.message_label, "")
        self._refresh()

    # -- state ------------------------------------------------------------------------
    def _refresh(self) -> None:
        from contactvault.services import contacts, requests

        self.contact = contacts.get_contact(self.ctx, self.contact.id)
        self.number_combo.clear()
        for number in self.contact.phones:
            shown = phones.display(number.e164) if number.e164 else number.raw
            self.number_combo.addItem(shown, number.raw)
        has_numbers = bool(self.contact.phones)
        for widget in (self.correct_button, self.object_button):
            widget.setEnabled(has_numbers)
        since = requests.restricted_since(self.ctx, self.contact.id)
        if since:
            self.restrict_label.setText(self.tr(
                "Processing is restricted since %1: the contact stays off every WhatsApp "
                "phone.").replace("%1", timefmt.format_time(since)))
            self.restrict_button.setText(self.tr("&Lift restriction"))
        else:
            self.restrict_label.setText(self.tr("Processing is not restricted."))
            self.restrict_button.setText(self.tr("&Restrict processing"))

    def _fail(self, exc: errors.ContactVaultError) -> None:
        show_message(self.message_label, exc.message(), "error")

    # -- actions ----------------------------------------------------------------------
    def save_access(self) -> bool:
        from contactvault.services import requests

        name = self.contact.display_name().replace("/", "-") or "person"
        path = ask.save_file(self, self.tr("Save information"),
                             self.tr("Information %1.pdf").replace("%1", name),
                             self.tr("PDF (*.pdf);;JSON (*.json)"))
        if not path:
            return False
        render = None
        if Path(path).suffix.lower() == ".pdf":
            from contactvault.gui.printing import html_to_pdf

            render = html_to_pdf
        try:
            written = requests.write_access(self.ctx, self.contact.id, path, render_pdf=render)
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return False
        show_message(self.message_label, self.tr(
            "Saved to %1. The file holds the person's data unencrypted: hand it over "
            "securely and delete it afterwards.").replace("%1", str(written)), "success")
        return True

    def correct(self) -> bool:
        from contactvault.services import requests

        old = self.number_combo.currentData()
        new = self.new_number_edit.text().strip()
        if not old or not new:
            show_message(self.message_label, self.tr("Enter the correct number."), "error")
            return False
        try:
            done = requests.correct_number(self.ctx, self.contact.id, old, new,
                                           note=self.note_edit.text().strip())
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return False
        self.new_number_edit.clear()
        self.note_edit.clear()
        self._refresh()
        self.changed.emit(self.contact.id)
        show_message(self.message_label, self.tr(
            "Corrected %1 to %2; the old number is kept in the history. Consent must be "
            "recorded for the new number.").replace("%1", done.old_raw)
            .replace("%2", done.new_raw), "success")
        return True

    def toggle_restriction(self) -> None:
        from contactvault.services import requests

        lift = bool(requests.restricted_since(self.ctx, self.contact.id))
        try:
            requests.restrict(self.ctx, self.contact.id, lift=lift)
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return
        self._refresh()
        self.changed.emit(self.contact.id)
        show_message(self.message_label, self.tr("Restriction lifted.") if lift else self.tr(
            "Processing restricted. Numbers already on a WhatsApp phone are on its removal "
            "list."), "success")
        if not lift:
            self._publish_at_once()

    def record_objection(self) -> bool:
        from contactvault.services import requests

        number = self.number_combo.currentData()
        if not number:
            return False
        try:
            requests.object_to(self.ctx, number, evidence=self.evidence_edit.text().strip())
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return False
        self.evidence_edit.clear()
        self.changed.emit(self.contact.id)
        show_message(self.message_label, self.tr(
            "Objection recorded for %1: consent revoked; a later implied consent no longer "
            "counts.").replace("%1", self.number_combo.currentText()), "success")
        self._publish_at_once()
        return True

    def _publish_at_once(self) -> None:
        """The phones whose CardDAV address book holds the number drop it now."""
        from contactvault.gui.publish_at_once import publish_at_once

        def report(text: str, kind: str) -> None:
            shown = self.message_label.text()
            show_message(self.message_label, f"{shown}\n{text}" if shown else text, kind)

        publish_at_once(self.ctx, report)

    def erase(self) -> bool:
        from contactvault.services import requests

        try:
            preview = requests.erasure_preview(self.ctx, self.contact.id)
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return False
        numbers = ", ".join(phones.display(n) for n in preview.numbers) or "\u2014"
        text = self.tr(
            "Erase %1 for good? The contact, its numbers (%2), the consent history with its "
            "evidence, the texts sent and the original records are deleted. Only that an "
            "erasure happened and a keyed hash of each number are kept.").replace(
            "%1", preview.name).replace("%2", numbers)
        if preview.phones_received:
            text += "\n\n" + self.tr("WhatsApp phones that received a number: %1").replace(
                "%1", ", ".join(preview.phones_received))
        if not ask.confirm(self, self.tr("Erase person"), text,
                           yes_text=self.tr("&Erase")):
            return False
        try:
            result = requests.erase(self.ctx, self.contact.id)
        except errors.ContactVaultError as exc:
            self._fail(exc)
            return False
        lines = [self.tr("%1 was erased (erasure %2).").replace("%1", preview.name)
                 .replace("%2", str(result.erasure_id))]
        if preview.to_remove:
            lines.append(self.tr(
                "Delete now from the phones (afterwards the removal lists show these "
                "entries only as erased):"))
            lines += [f"• {r.device}: {r.shown_name}  {phones.display(r.number)}"
                      for r in preview.to_remove]
        if preview.backups:
            lines.append(self.tr("%n backup(s) made before still hold the data:", "",
                                 len(preview.backups)))
            lines += [f"• {timefmt.format_time(b.at)}  {b.file}" for b in preview.backups]
        ask.inform(self, self.tr("Erase person"), "\n".join(lines))
        self.erased.emit(self.contact.id)
        self._publish_at_once_after_closing()
        self.accept()
        return True

    def _publish_at_once_after_closing(self) -> None:
        """After an erasure the dialog closes: what publishing did shows in the main
        window's status bar."""
        from PySide6.QtWidgets import QMainWindow

        from contactvault.gui.publish_at_once import publish_at_once

        window = self.parentWidget().window() if self.parentWidget() is not None else None

        def report(text: str, _kind: str) -> None:
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(text.replace("\n", "  "), 30000)

        publish_at_once(self.ctx, report)


def erase_retention(ctx, parent: QWidget | None = None) -> list[int]:
    """The retention review: the contacts past ``retention.review_months`` without
    activity, erased after one confirmation. Returns the ids of those erased (the
    contacts table drops them at once)."""
    return RetentionReview(parent).run(ctx)


class RetentionReview(QObject):
    """Contacts menu → "Erase contacts past the retention period…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def run(self, ctx) -> list[int]:
        from contactvault.services import requests

        parent = self.parent_widget
        title = self.tr("Retention period")
        try:
            due = requests.retention_due(ctx)
        except errors.ContactVaultError as exc:
            ask.warn(parent, title, exc.message())
            return []
        if not due:
            ask.inform(parent, title, self.tr("No contact is past the retention period."))
            return []
        names = "\n".join(f"• {c.name} ({timefmt.format_date(c.last_activity)})"
                          for c in due[:20])
        if len(due) > 20:
            names += "\n" + self.tr("… and %n more contact(s)", "", len(due) - 20)
        text = (self.tr("%n contact(s) had no activity for the retention period:", "",
                        len(due)) + "\n" + names + "\n\n"
                + self.tr("Erase all of them for good?"))
        if not ask.confirm(parent, title, text, yes_text=self.tr("&Erase")):
            return []
        try:
            results = requests.erase_retention(ctx, [c.contact_id for c in due])
        except errors.ContactVaultError as exc:
            ask.warn(parent, title, exc.message())
            return []
        removals = sum(len(r.preview.to_remove) for r in results)
        text = self.tr("%n contact(s) erased.", "", len(results))
        if removals:
            text += "\n" + self.tr("%n entry(ies) must be deleted from WhatsApp phones; see "
                                   "their removal lists.", "", removals)
        ask.inform(parent, title, text)
        return [r.preview.contact_id for r in results]
