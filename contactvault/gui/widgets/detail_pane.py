"""The detail pane: one contact's fields, numbers, consent status and timeline, and the
actions on them; or, with several contacts selected, a bulk category change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactvault import errors, phones, timefmt
from contactvault.consent import notices
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.clipboard import CLEAR_AFTER_MS
from contactvault.gui.widgets.message import show_message
from contactvault.model import CATEGORY_LABELS, Category

E164_ROLE = int(Qt.ItemDataRole.UserRole) + 2
EVENT_ROLE = int(Qt.ItemDataRole.UserRole) + 3


def category_combo(parent: QWidget) -> QComboBox:
    from PySide6.QtCore import QCoreApplication

    combo = QComboBox(parent)
    for category, label in CATEGORY_LABELS.items():
        combo.addItem(QCoreApplication.translate("Category", label), category.value)
    return combo


def evidence_size(size: int) -> str:
    from contactvault.i18n import current_language
    from contactvault.services import evidence

    return evidence.format_size(size, current_language())


class DetailPane(QWidget):
    """Shows one contact or a selection. Its buttons only ask (the signals below); the
    window's action objects (contact_actions, consent_actions) do the work."""

    edit_requested = Signal()
    category_requested = Signal(list, str)  # contact ids, category value
    consent_requested = Signal(str)  # e164
    notice_requested = Signal(str)
    revoke_requested = Signal(str)
    evidence_requested = Signal(object)  # the ConsentEvent whose files are asked for
    requests_requested = Signal()  # data-subject requests for the contact shown
    chat_requested = Signal()  # consent from an exported WhatsApp chat with the contact

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.contact = None
        self._ids: list[int] = []
        self.setObjectName("detail_pane")
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack)

        # page 0: nothing selected
        self.empty_label = QLabel(self.tr(
            "Select a contact to see its numbers and consent history.\n\n"
            "Ctrl+F finds a contact, Ctrl+I imports an address book, "
            "Ctrl+E exports for the WhatsApp phone."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.stack.addWidget(self.empty_label)

        # page 1: one contact
        single = QWidget(self)
        s = QVBoxLayout(single)
        s.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(single)
        self.name_label.setObjectName("name_label")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sub_label = QLabel(single)
        self.sub_label.setWordWrap(True)
        self.sub_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.category_combo = category_combo(single)
        self.category_combo.setObjectName("category_combo")
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.activated.connect(self._category_chosen)
        self.edit_button = QPushButton(icons.icon("edit"), self.tr("&Edit…"), single)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_requested)
        self.requests_button = QPushButton(self.tr("&Data protection…"), single)
        self.requests_button.setObjectName("requests_button")
        self.requests_button.setToolTip(self.tr(
            "Access, rectification, restriction, objection and erasure (GDPR)"))
        self.requests_button.clicked.connect(self.requests_requested)
        cat_row = QHBoxLayout()
        cat_row.addWidget(self.category_combo, 1)
        cat_row.addWidget(self.edit_button)
        cat_row.addWidget(self.requests_button)
        form.addRow(self.tr("Category:"), cat_row)
        self.info_label = QLabel(single)
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_caption = QLabel(self.tr("Details:"), single)
        form.addRow(self.info_caption, self.info_label)
        self.numbers_tree = QTreeWidget(single)
        self.numbers_tree.setObjectName("numbers_tree")
        self.numbers_tree.setAccessibleName(self.tr("Numbers and consent history"))
        self.numbers_tree.setColumnCount(3)
        self.numbers_tree.setHeaderLabels(
            [self.tr("Number / event"), self.tr("WhatsApp status"), self.tr("Details")])
        self.numbers_tree.setRootIsDecorated(True)
        self.numbers_tree.setAlternatingRowColors(True)
        self.numbers_tree.setWordWrap(True)
        self.numbers_tree.currentItemChanged.connect(self._update_buttons)
        self.consent_button = QPushButton(icons.icon("status-allowed"),
                                          self.tr("Record &consent…"), single)
        self.consent_button.setObjectName("consent_button")
        self.notice_button = QPushButton(icons.icon("copy"), self.tr("Send &notice…"), single)
        self.notice_button.setObjectName("notice_button")
        self.notice_button.setToolTip(self.tr(
            "Copies the information notice in the contact's language to the clipboard, "
            "then asks whether and when you sent it"))
        self.revoke_button = QPushButton(icons.icon("status-blocked"), self.tr("&Revoke…"),
                                         single)
        self.revoke_button.setObjectName("revoke_button")
        self.evidence_button = QPushButton(self.tr("E&vidence…"), single)
        self.evidence_button.setObjectName("evidence_button")
        self.evidence_button.setToolTip(self.tr(
            "What is kept with the chosen event: the exact text sent, and files (a "
            "screenshot of the chat, a scanned form) to list, attach or save a copy of"))
        self.evidence_button.clicked.connect(self._evidence_clicked)
        self.numbers_tree.itemDoubleClicked.connect(self._evidence_clicked)
        self._events: dict[int, object] = {}
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("Copy n&umber"), single)
        self.copy_button.setObjectName("copy_number_button")
        for button, signal in ((self.consent_button, self.consent_requested),
                               (self.notice_button, self.notice_requested),
                               (self.revoke_button, self.revoke_requested)):
            button.clicked.connect(lambda _=False, s=signal: s.emit(self.current_e164()))
        self.copy_button.clicked.connect(self._copy_number)
        self.chat_button = QPushButton(self.tr("From a WhatsApp c&hat…"), single)
        self.chat_button.setObjectName("chat_button")
        self.chat_button.setToolTip(self.tr(
            "Record the consent events of an exported WhatsApp chat with this contact"))
        self.chat_button.clicked.connect(self.chat_requested)
        # Two rows: the consent workflow above, evidence and the number below. One row of
        # five German buttons made the pane so wide that the contacts table lost columns.
        buttons = QGridLayout()
        for index, b in enumerate((self.consent_button, self.notice_button,
                                   self.revoke_button, self.evidence_button,
                                   self.copy_button, self.chat_button)):
            buttons.addWidget(b, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        self.message_label = QLabel(single)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("detail_message")
        s.addWidget(self.name_label)
        s.addWidget(self.sub_label)
        s.addLayout(form)
        s.addWidget(QLabel(self.tr("Numbers and consent:"), single))
        s.addWidget(self.numbers_tree, 1)
        s.addLayout(buttons)
        s.addWidget(self.message_label)
        self.stack.addWidget(single)

        # page 2: several contacts
        multi = QWidget(self)
        m = QVBoxLayout(multi)
        self.multi_label = QLabel(multi)
        self.multi_label.setWordWrap(True)
        self.multi_label.setFont(font)
        self.bulk_combo = category_combo(multi)
        self.bulk_combo.setObjectName("bulk_category_combo")
        self.bulk_combo.setAccessibleName(self.tr("New category for the selected contacts"))
        self.bulk_button = QPushButton(self.tr("&Set category"), multi)
        self.bulk_button.setObjectName("bulk_category_button")
        self.bulk_button.clicked.connect(
            lambda: self.category_requested.emit(self._ids, self.bulk_combo.currentData()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Category for all selected:"), multi))
        row.addWidget(self.bulk_combo, 1)
        row.addWidget(self.bulk_button)
        m.addWidget(self.multi_label)
        m.addLayout(row)
        m.addStretch(1)
        self.stack.addWidget(multi)
        show_message(self.message_label, "")

    # -- showing --------------------------------------------------------------------
    def clear(self) -> None:
        self.contact = None
        self._ids = []
        self.numbers_tree.clear()
        self.name_label.clear()
        self.sub_label.clear()
        self.info_label.clear()
        show_message(self.message_label, "")
        self.stack.setCurrentIndex(0)

    def show_contacts(self, ids: list[int]) -> None:
        self._ids = list(ids)
        if not ids:
            self.clear()
            return
        if len(ids) > 1:
            self.contact = None
            self.numbers_tree.clear()
            self.multi_label.setText(self.tr("%n contact(s) selected", "", len(ids)))
            self.stack.setCurrentIndex(2)
            return
        self.show_contact(ids[0])

    def show_contact(self, contact_id: int, keep_message: bool = False) -> None:
        from contactvault.services import consent, contacts, evidence

        ctx = self.window_.ctx
        if ctx is None or ctx.vault.is_locked:
            return
        try:
            contact = contacts.get_contact(ctx, contact_id)
            decisions = consent.decisions_for_contact(ctx, contact_id)
            files = evidence.files_of_events(
                ctx, (e.id for _n, _d, history in decisions for e in history))
        except errors.ContactVaultError as exc:
            self.clear()
            ask.warn(self, self.tr("Contact"), exc.message())
            return
        previous_e164 = self.current_e164() if self.contact and \
            self.contact.id == contact_id else None
        self.contact = contact
        self._ids = [contact_id]
        self.name_label.setText(contact.display_name())
        sub = [p for p in (contact.title, contact.organisation) if p]
        self.sub_label.setText(" · ".join(sub))
        self.sub_label.setVisible(bool(sub))
        index = self.category_combo.findData(contact.category.value)
        self.category_combo.setCurrentIndex(max(index, 0))
        info = [e.value for e in contact.emails]
        for a in contact.addresses:
            parts = [a.street, " ".join(p for p in (a.postal_code, a.locality) if p), a.country]
            info.append(", ".join(p for p in parts if p))
        info += [n.strip() for n in contact.notes if n.strip()][:3]
        self.info_label.setText("\n".join(info))
        self.info_label.setVisible(bool(info))
        self.info_caption.setVisible(bool(info))
        self._fill_numbers(decisions, previous_e164, files)
        if not keep_message:
            show_message(self.message_label, "")
        self.stack.setCurrentIndex(1)
        codes = tuple(d.status for _, d, _ in decisions)
        reasons = tuple(d.reason_text() for _, d, _ in decisions)
        self.window_.contacts_view.model.update_statuses(contact_id, codes, reasons)

    def _fill_numbers(self, decisions, select_e164: str | None, files: dict) -> None:
        from PySide6.QtCore import QCoreApplication

        from contactvault.consent.events import (
            BASIS_LABELS,
            CHANNEL_LABELS,
            KIND_LABELS,
            PURPOSE_LABELS,
            Purpose,
        )

        tree = self.numbers_tree
        tree.clear()
        self._events = {}
        model = self.window_.contacts_view.model
        to_select = None
        for number, decision, history in decisions:
            shown = phones.display(number.e164) if number.e164 else number.raw
            type_text = QCoreApplication.translate(
                "PhoneType", phones.TYPE_TEXTS.get(number.number_type, number.number_type))
            item = QTreeWidgetItem([f"{shown}  ({type_text})",
                                    model._labels.get(decision.status, decision.status),
                                    decision.reason_text()])
            item.setIcon(1, icons.status_icon(decision.status))
            item.setData(0, E164_ROLE, number.e164 or "")
            item.setToolTip(2, decision.reason_text())
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            if number.flags:
                flags = "; ".join(QCoreApplication.translate("PhoneFlag", phones.FLAG_TEXTS[f])
                                  for f in number.flags if f in phones.FLAG_TEXTS)
                item.setToolTip(0, flags)
            for event in reversed(history):
                details = []
                if event.basis:
                    details.append(QCoreApplication.translate(
                        "Consent", BASIS_LABELS.get(event.basis, event.basis)))
                if event.purpose == "advertising":
                    details.append(QCoreApplication.translate(
                        "Consent", PURPOSE_LABELS[Purpose.ADVERTISING]))
                if event.with_notice:
                    details.append(self.tr("notice handed over"))
                if event.channel:
                    details.append(QCoreApplication.translate(
                        "Consent", CHANNEL_LABELS.get(event.channel, event.channel)))
                if event.notice_version:
                    details.append(notices.version_words(event.notice_version))
                if event.evidence:
                    details.append(event.evidence)
                attached = files.get(event.id, [])
                if attached:
                    details.append(self.tr("%n file(s) attached", "", len(attached)))
                child = QTreeWidgetItem([
                    timefmt.format_time(event.occurred_at),
                    QCoreApplication.translate("Consent", KIND_LABELS.get(event.kind, event.kind)),
                    " · ".join(details)])
                child.setData(0, E164_ROLE, number.e164 or "")
                child.setData(0, EVENT_ROLE, event.id)
                self._events[event.id] = event
                tip = [self.tr("recorded %1 by %2")
                       .replace("%1", timefmt.format_time(event.recorded_at))
                       .replace("%2", event.recorded_by)]
                tip += [self.tr("%1 (%2, SHA-256 %3)").replace("%1", f.file_name)
                        .replace("%2", evidence_size(f.size)).replace("%3", f.sha256[:16] + "…")
                        for f in attached]
                child.setToolTip(2, "\n".join(tip))
                item.addChild(child)
            tree.addTopLevelItem(item)
            item.setExpanded(True)
            if to_select is None or (select_e164 and number.e164 == select_e164):
                to_select = item
        for column in (0, 1):
            tree.resizeColumnToContents(column)
        if to_select is not None:
            tree.setCurrentItem(to_select)
        self._update_buttons()

    def current_e164(self) -> str:
        item = self.numbers_tree.currentItem()
        return item.data(0, E164_ROLE) if item is not None else ""

    def current_event(self):
        """The consent event chosen in the history, or None (a number row)."""
        item = self.numbers_tree.currentItem()
        event_id = item.data(0, EVENT_ROLE) if item is not None else None
        return self._events.get(event_id) if event_id is not None else None

    def _update_buttons(self, *args) -> None:
        has = bool(self.current_e164())
        for b in (self.consent_button, self.notice_button, self.revoke_button,
                  self.copy_button):
            b.setEnabled(has)
        self.evidence_button.setEnabled(self.current_event() is not None)

    def _evidence_clicked(self, *args) -> None:
        event = self.current_event()
        if event is not None:
            self.evidence_requested.emit(event)

    def _copy_number(self) -> None:
        e164 = self.current_e164()
        if e164:
            self.window_.clipboard.copy(e164)
            self.show_info(self.tr("The number was copied; the clipboard is cleared after "
                                   "%n second(s) or when the vault locks.", "",
                                   CLEAR_AFTER_MS // 1000))

    def _category_chosen(self, _index: int) -> None:
        if self.contact is None:
            return
        value = self.category_combo.currentData()
        if value != self.contact.category.value:
            self.category_requested.emit([self.contact.id], value)

    def show_info(self, text: str, kind: str = "success") -> None:
        show_message(self.message_label, text, kind)

    def current_category(self) -> Category | None:
        return self.contact.category if self.contact else None
