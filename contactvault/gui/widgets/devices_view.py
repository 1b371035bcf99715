"""The WhatsApp phones: what is on each, its export history, its open removals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactvault import errors, phones, timefmt
from contactvault.consent import policy
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.procedure.protocol_row import ProtocolRow
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

DEVICE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
# an export's kind as stored (exporting.FULL, INCREMENTAL; services are imported only
# when used), in the export history and in the export assistant's summary
_EXPORT_KINDS = {"full": QT_TRANSLATE_NOOP("ExportKind", "full export"),
                 "incremental": QT_TRANSLATE_NOOP("ExportKind", "incremental export")}


def export_kind(kind: str) -> str:
    """An export's kind (exporting.FULL or INCREMENTAL) for people."""
    text = _EXPORT_KINDS.get(kind)
    return QCoreApplication.translate("ExportKind", text) if text else kind


class DevicesView(QWidget):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.device_list = QListWidget(self)
        self.device_list.setObjectName("device_list")
        self.device_list.setAccessibleName(self.tr("WhatsApp phones"))
        self.device_list.currentItemChanged.connect(self._device_changed)
        self.new_button = QPushButton(icons.icon("phone"), self.tr("&New phone…"), self)
        self.new_button.setObjectName("new_device_button")
        self.new_button.clicked.connect(self.new_device)
        self.export_button = QPushButton(icons.icon("export"), self.tr("E&xport…"), self)
        self.export_button.clicked.connect(lambda: self.window_.open_export_wizard())
        self.carddav_button = QPushButton(icons.icon("export"),
                                          self.tr("&Address book and publishing…"), self)
        self.carddav_button.setObjectName("carddav_button")
        self.carddav_button.clicked.connect(self.open_carddav)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("WhatsApp phones:"), left))
        lv.addWidget(self.device_list, 1)
        lv.addWidget(self.new_button)
        lv.addWidget(self.export_button)
        lv.addWidget(self.carddav_button)

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        # a phone that publishes: whether it fetched its address book's latest state
        self.fetch_label = QLabel(self)
        self.fetch_label.setObjectName("fetch_label")
        self.fetch_label.setWordWrap(True)
        self.fetch_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fetch_label.hide()
        # the server notes a phone's fetch in its folder: the label follows while shown
        self.fetch_watcher = QFileSystemWatcher(self)
        self.fetch_watcher.directoryChanged.connect(self._refresh_fetch)
        self.tabs = QTabWidget(self)
        self.on_phone_tree = self._tree("on_phone_tree", [self.tr("Name"), self.tr("Number"),
                                                          self.tr("Exported"), ""])
        self.history_tree = self._tree("history_tree", [self.tr("Date"), self.tr("Kind"),
                                                        self.tr("Numbers"), self.tr("Policy"),
                                                        self.tr("File")])
        self.removals_tree = self._tree("removals_tree", [self.tr("Name"), self.tr("Number"),
                                                          self.tr("Reason"), self.tr("Since")])
        self.removals_tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        removals_page = QWidget(self)
        rv = QVBoxLayout(removals_page)
        self.by_hand_label = QLabel(removals_page)
        self.by_hand_label.setWordWrap(True)
        rv.addWidget(self.by_hand_label)
        rv.addWidget(self.removals_tree, 1)
        self.confirm_button = QPushButton(icons.icon("status-allowed"),
                                          self.tr("&Removed from the phone"), removals_page)
        self.confirm_button.setObjectName("confirm_removal_button")
        self.confirm_button.clicked.connect(self.confirm_removals)
        self.copy_removals_button = QPushButton(icons.icon("copy"), self.tr("&Copy list"),
                                                removals_page)
        self.copy_removals_button.clicked.connect(self.copy_removals)
        row = QHBoxLayout()
        row.addWidget(self.copy_removals_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        rv.addLayout(row)
        # a phone that publishes: what the server took off, and what is left by hand
        self.server_label = QLabel(removals_page)
        self.server_label.setObjectName("server_removals_label")
        self.server_label.setWordWrap(True)
        self.server_tree = self._tree("server_removals_tree", [
            self.tr("Name"), self.tr("Number"), self.tr("Status")])
        self.server_tree.setAccessibleName(self.tr("Removed from the server"))
        rv.addWidget(self.server_label)
        rv.addWidget(self.server_tree, 1)
        for page, tree, title in ((self.on_phone_tree, self.on_phone_tree, self.tr("On the phone")),
                                  (self.history_tree, self.history_tree,
                                   self.tr("Export history")),
                                  (removals_page, self.removals_tree, self.tr("Open removals"))):
            self.tabs.addTab(page, title)
            tree.setAccessibleName(title)  # what a screen reader says: the tab's title
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        # the phone's procedure: its state and the protocol, at any time
        self.protocol_row = ProtocolRow(self.message_label, self)
        right = QWidget(self)
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.title_label)
        r.addWidget(self.summary_label)
        r.addWidget(self.fetch_label)
        r.addWidget(self.protocol_row)
        r.addWidget(self.tabs, 1)
        r.addWidget(self.message_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        show_message(self.message_label, "")
        self._removal_text = ""

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        return tree

    # -- loading ----------------------------------------------------------------------
    def clear(self) -> None:
        self.device_list.clear()
        for t in (self.on_phone_tree, self.history_tree, self.removals_tree, self.server_tree):
            t.clear()
        self.title_label.clear()
        self.summary_label.clear()
        self.fetch_label.clear()
        self.fetch_label.hide()
        self.protocol_row.clear()
        self._removal_text = ""
        show_message(self.message_label, "")

    def reload(self) -> None:
        ctx = self.window_.ctx
        if ctx is None or ctx.vault.is_locked:
            return
        try:
            from contactvault.services import devices
        except ImportError:
            self.summary_label.setText(self.tr("WhatsApp phones are not available yet."))
            return
        current = self.current_device()
        self.device_list.blockSignals(True)
        self.device_list.clear()
        try:
            items = devices.list_devices(ctx)
        except errors.ContactVaultError as exc:
            show_message(self.message_label, exc.message())
            items = []
        for d in items:
            item = QListWidgetItem(icons.icon("phone"), d.name)
            item.setData(DEVICE_ROLE, d.name)
            self.device_list.addItem(item)
            if d.name == current:
                self.device_list.setCurrentItem(item)
        self.device_list.blockSignals(False)
        if self.device_list.currentItem() is None and self.device_list.count():
            self.device_list.setCurrentRow(0)
        self._device_changed()
        if not items:
            self.title_label.setText(self.tr("No WhatsApp phone yet"))
            self.summary_label.setText(self.tr(
                "Create a profile for the dedicated WhatsApp phone, then export the "
                "consented contacts for it."))

    def current_device(self) -> str:
        item = self.device_list.currentItem()
        return item.data(DEVICE_ROLE) if item is not None else ""

    def _device_changed(self, *args) -> None:
        name = self.current_device()
        for t in (self.on_phone_tree, self.history_tree, self.removals_tree, self.server_tree):
            t.clear()
        if not name:
            self.protocol_row.clear()
            self.fetch_label.hide()
            return
        ctx = self.window_.ctx
        from contactvault.services import devices, exporting, publishing, serving

        self.title_label.setText(name)
        try:
            on_phone = exporting.on_phone(ctx, name)
            history = exporting.export_history(ctx, name)
            removals = exporting.removals(ctx, name)
            publishes = devices.get_device(ctx, name).publishes
            from_server = publishing.server_removals(ctx, name)
            fetch = serving.fetch_status(ctx, name)
        except errors.ContactVaultError as exc:
            show_message(self.message_label, exc.message())
            return
        show_fetch(self.fetch_label, fetch)
        self._watch(fetch)
        fill_on_phone(self.on_phone_tree, on_phone)
        fill_history(self.history_tree, history)
        self._removal_text = fill_removals(self.removals_tree, removals)
        fill_server_removals(self.server_tree, from_server)
        self.server_label.setText(publishing.delete_chat_text(len(from_server)))
        for widget in (self.server_label, self.server_tree):
            widget.setVisible(publishes or bool(from_server))
        if publishes:
            self.by_hand_label.setText(self.tr(
                "Publish to the address book to take these off the server, the phone drops "
                "them at its next sync; a number a file export put on the phone, delete "
                "there by hand and confirm."))
        else:
            self.by_hand_label.setText(self.tr(
                "Delete these numbers from the phone's address book, then confirm each one."))
        parts = [self.tr("%n number(s) on the phone", "", len(on_phone)),
                 self.tr("%n export(s)", "", len(history)),
                 self.tr("%n open removal(s)", "", len(removals))]
        if from_server:
            parts.append(self.tr("%n number(s) removed from the server", "", len(from_server)))
        self.summary_label.setText(", ".join(parts) + ".")
        self.tabs.setTabText(2, self.tr("Open removals (%1)").replace("%1", str(len(removals))))
        self.protocol_row.show_device(ctx, name)
        self.confirm_button.setEnabled(bool(removals))
        self.copy_removals_button.setEnabled(bool(removals))

    def _watch(self, fetch) -> None:
        folder = fetch.note.parent if fetch is not None and fetch.note is not None else None
        if folder is not None and folder.is_dir() and \
                str(folder) not in self.fetch_watcher.directories():
            self.fetch_watcher.addPath(str(folder))

    def _refresh_fetch(self, *args) -> None:
        """The server noted something: the current phone's fetch, read again."""
        ctx = self.window_.ctx
        name = self.current_device()
        if not name or ctx is None or ctx.vault.is_locked:
            return
        from contactvault.services import serving

        try:
            show_fetch(self.fetch_label, serving.fetch_status(ctx, name))
        except errors.ContactVaultError:
            pass  # the page's next reload says what is wrong

    # -- actions ----------------------------------------------------------------------
    def new_device(self) -> str:
        from contactvault.services import devices

        name = ask.text(self, self.tr("New WhatsApp phone"), self.tr(
            "A name for the phone (for example \"Workshop phone\"):")).strip()
        if not name:
            return ""
        try:
            devices.add_device(self.window_.ctx, name)
        except errors.ContactVaultError as exc:
            ask.warn(self, self.tr("New WhatsApp phone"), exc.message())
            return ""
        self.reload()
        for i in range(self.device_list.count()):
            if self.device_list.item(i).data(DEVICE_ROLE) == name:
                self.device_list.setCurrentRow(i)
        return name

    def open_carddav(self) -> None:
        """The phone's CardDAV address book: its settings, and publishing to it."""
        from contactvault.gui.dialogs.carddav_dialog import CarddavDialog

        name = self.current_device()
        if not name:
            show_message(self.message_label, self.tr("Choose a phone first."), "info")
            return
        ask.run_dialog(CarddavDialog(self.window_.ctx, name, self))
        self.reload()

    def confirm_removals(self) -> None:
        from contactvault.services import exporting

        name = self.current_device()
        items = self.removals_tree.selectedItems() or (
            [self.removals_tree.currentItem()] if self.removals_tree.currentItem() else [])
        keys = [i.data(0, DEVICE_ROLE) for i in items if i is not None]
        if not name or not keys:
            show_message(self.message_label, self.tr(
                "Select the numbers you deleted from the phone."), "info")
            return
        try:
            for contact_uid, e164 in keys:
                exporting.confirm_removal(self.window_.ctx, name, contact_uid, e164)
        except errors.ContactVaultError as exc:
            show_message(self.message_label, exc.message())
            return
        self._device_changed()
        show_message(self.message_label, self.tr("%n removal(s) confirmed.", "", len(keys)),
                     "success")

    def copy_removals(self) -> None:
        if self._removal_text:
            self.window_.clipboard.copy(self._removal_text)
            show_message(self.message_label, self.tr("The removal list is on the clipboard."),
                         "success")


def show_fetch(label: QLabel, fetch) -> None:
    """Whether the phone fetched its address book (services.serving.FetchStatus; None:
    it publishes to none, nothing to say)."""
    label.setVisible(fetch is not None)
    if fetch is None:
        label.clear()
        return
    label.setText(fetch.text())


def fill_on_phone(tree: QTreeWidget, rows) -> None:
    """OnPhone rows (contactvault.vault.exports)."""
    for row in rows:
        name, number = row.shown_name, phones.display(row.e164)
        if row.e164.startswith("erased:"):  # an erased person: neither name nor number left
            name, number = QCoreApplication.translate("DevicesView", "(erased person)"), "\u2014"
        item = QTreeWidgetItem([name, number, _date(row.exported_at), ""])
        tree.addTopLevelItem(item)
    for c in range(tree.columnCount()):
        tree.resizeColumnToContents(c)


def fill_history(tree: QTreeWidget, rows) -> None:
    """ExportRecord rows, newest first."""
    policies = {mode: translate("Policy", name) for mode, name in policy.MODE_NAMES.items()}
    for row in sorted(rows, key=lambda r: r.created_at, reverse=True):
        item = QTreeWidgetItem([_date(row.created_at), export_kind(row.kind),
                                str(row.number_count), policies.get(row.policy, row.policy),
                                row.file_name])
        item.setToolTip(4, "SHA-256: " + row.file_sha256)
        # the policy in force at that export, with its answer period, in sentences
        item.setToolTip(3, "\n".join(policy.describe(row.policy_settings)))
        tree.addTopLevelItem(item)
    for c in range(tree.columnCount()):
        tree.resizeColumnToContents(c)


def fill_removals(tree: QTreeWidget, rows) -> str:
    """Removal rows; returns the list as text (for the clipboard or printing)."""
    lines = []
    for row in rows:
        number = row.number_text()  # an erased person's entry: no number, no name
        shown = phones.display(number) if number.startswith("+") else number
        reason = row.reason_text()
        name = row.shown_name_text()
        item = QTreeWidgetItem([name, shown, reason, _date(row.exported_at)])
        item.setIcon(0, icons.icon("status-blocked"))
        item.setData(0, DEVICE_ROLE, (row.contact_uid, row.e164))
        tree.addTopLevelItem(item)
        lines.append(f"{name}\t{shown}\t{reason}")
    for c in range(tree.columnCount()):
        tree.resizeColumnToContents(c)
    return "\n".join(lines)


def fill_server_removals(tree: QTreeWidget, rows) -> None:
    """ServerRemoval rows (newest first): the server deleted the card, the phone syncs
    itself; the wording is the CardDAV dialog's and ``contactvault removals``'."""
    from contactvault.services import publishing

    for row in rows:
        number = phones.display(row.e164) if row.e164.startswith("+") else "\u2014"
        name = row.shown_name or QCoreApplication.translate("DevicesView", "(erased person)")
        item = QTreeWidgetItem([name, number, publishing.server_removal_text(row)])
        item.setIcon(0, icons.icon("status-allowed"))
        tree.addTopLevelItem(item)
    for c in range(tree.columnCount()):
        tree.resizeColumnToContents(c)


def _date(value) -> str:
    return timefmt.format_time(str(value)) if value else ""
