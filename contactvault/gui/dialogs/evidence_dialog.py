"""The evidence kept with one consent event: the exact text sent with it (a notice, a
revocation confirmation) and the files attached to it — list them, attach more, save a
copy of one.

Attaching records at once (each file with its own audit entry); the bytes stay
encrypted inside the vault. A copy leaves the vault only when the person picks a target,
and an existing file is never overwritten."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from contactvault import errors, phones, timefmt
from contactvault.consent.events import KIND_LABELS
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_evidence_dialog import Ui_EvidenceDialog
from contactvault.gui.widgets.message import show_message

FILE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class EvidenceDialog(QDialog):
    def __init__(self, ctx, event, parent: QWidget | None = None) -> None:
        """``event``: the ConsentEvent whose files are shown."""
        super().__init__(parent)
        self.ui = Ui_EvidenceDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.event = event
        self.changed = False  # True once a file was attached
        kind = QCoreApplication.translate("Consent", KIND_LABELS.get(event.kind, event.kind))
        kind = kind[:1].upper() + kind[1:]  # it starts the sentence
        self.ui.event_label.setText(
            self.tr("%1 on %2, number %3 (event %4)").replace("%1", kind)
            .replace("%2", timefmt.format_time(event.occurred_at))
            .replace("%3", phones.display(event.e164)).replace("%4", str(event.id)))
        self.ui.attach_button.clicked.connect(self.attach)
        self.ui.save_button.clicked.connect(self.save_copy)
        self.ui.files_tree.currentItemChanged.connect(self._update_buttons)
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message_label, "")
        self._show_sent_text()
        self.refresh()

    def _show_sent_text(self) -> None:
        from contactvault.services import consent

        try:
            message = consent.message_for_event(self.ctx, self.event.id)
        except errors.ContactVaultError as exc:
            message = None
            show_message(self.ui.message_label, exc.message())
        text = message.text if message is not None else ""
        self.ui.sent_text_view.setPlainText(text)
        for widget in (self.ui.sent_text_label, self.ui.sent_text_view):
            widget.setVisible(bool(text))

    def refresh(self, select_id: int | None = None) -> None:
        from contactvault.i18n import current_language
        from contactvault.services import evidence

        try:
            self.files = evidence.files_for(self.ctx, f"event:{self.event.id}")
        except errors.ContactVaultError as exc:
            self.files = []
            show_message(self.ui.message_label, exc.message())
        tree = self.ui.files_tree
        tree.clear()
        language = current_language()
        for f in self.files:
            item = QTreeWidgetItem([f.file_name, evidence.format_size(f.size, language),
                                    self.tr("%1 by %2")
                                    .replace("%1", timefmt.format_time(f.added_at))
                                    .replace("%2", f.added_by), f.sha256])
            item.setToolTip(3, f.sha256)
            item.setData(0, FILE_ROLE, f.id)
            tree.addTopLevelItem(item)
            if f.id == select_id or (select_id is None and tree.currentItem() is None):
                tree.setCurrentItem(item)
        for column in range(3):
            tree.resizeColumnToContents(column)
        if not self.files:
            show_message(self.ui.message_label, self.tr(
                "No files are kept with this event yet."), "info")
        self._update_buttons()

    def _update_buttons(self, *args) -> None:
        self.ui.save_button.setEnabled(self.current_file() is not None)

    def current_file(self):
        item = self.ui.files_tree.currentItem()
        if item is None:
            return None
        return next((f for f in self.files if f.id == item.data(0, FILE_ROLE)), None)

    def attach(self) -> None:
        from contactvault.services import evidence

        chosen = ask.open_files(self, self.tr("Attach files as evidence"), self.tr(
            "Images and documents (*.png *.jpg *.jpeg *.heic *.webp *.pdf *.txt *.eml);;"
            "All files (*)"))
        if not chosen:
            return
        try:
            stored = evidence.attach_to_event(self.ctx, self.event.id,
                                              evidence.read_files(chosen))
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.changed = True
        self.refresh(stored[-1].id if stored else None)
        show_message(self.ui.message_label, self.tr(
            "%n file(s) kept in the vault with this event.", "", len(stored)), "info")

    def save_copy(self) -> None:
        from contactvault.services import evidence

        file = self.current_file()
        if file is None:
            return
        target = ask.save_file(self, self.tr("Save a copy of the evidence file"),
                               file.file_name, self.tr("All files (*)"))
        if not target:
            return
        try:
            written = evidence.save_copy(self.ctx, file.id, target)
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        show_message(self.ui.message_label, self.tr(
            "Written: %1 – a copy outside the vault, not encrypted.")
            .replace("%1", str(written)), "info")
