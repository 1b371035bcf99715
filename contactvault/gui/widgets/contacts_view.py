"""The contacts page: filter field, table and detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactvault.gui.coalesce import coalesced
from contactvault.gui.models.contacts_model import (
    CATEGORY,
    NAME,
    NUMBERS,
    ORGANISATION,
    WHATSAPP,
    ContactsModel,
)
from contactvault.gui.widgets.detail_pane import DetailPane
from contactvault.gui.widgets.welcome_panel import WelcomePanel


class ContactsView(QWidget):
    selection_changed = Signal(list)  # contact ids

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.model = ContactsModel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Find by name, organisation or number (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter contacts"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.table = QTableView(self)
        self.table.setObjectName("contacts_table")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # sorting is started from the header below
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        vheader = self.table.verticalHeader()
        vheader.hide()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        header.setHighlightSections(False)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in ((NAME, 16), (ORGANISATION, 13), (CATEGORY, 10), (NUMBERS, 15)):
            header.resizeSection(column, chars * width + 12)
        # the status and time columns as wide as their longest text in this language (the
        # status with its icon), so "ungültige Nummer" is never cut to "ungültige …"
        metrics = self.fontMetrics()
        for column, texts in self.model.widest_texts().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            header.resizeSection(column, widest + (32 if column == WHATSAPP else 20))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.detail = DetailPane(window, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        # a list opened from the data-protection page: say which, and how to leave it
        self.only_bar = QWidget(left)
        self.only_bar.setObjectName("only_bar")
        self.only_label = QLabel(self.only_bar)
        self.only_label.setObjectName("only_label")
        self.only_label.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show &all contacts"), self.only_bar)
        self.show_all_button.setObjectName("show_all_button")
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        bar = QHBoxLayout(self.only_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.only_label, 1)
        bar.addWidget(self.show_all_button)
        self.only_bar.hide()
        left_layout.addWidget(self.only_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 400])
        self.splitter.setChildrenCollapsible(False)
        # An empty vault shows what to do first instead of an empty table and a pane
        # asking to choose a contact.
        self.welcome = WelcomePanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)

        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self._focus_table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._save_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._update_count()

    # -- filter -----------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        selected = self.selected_ids()
        self.model.set_filter(text)
        self._update_count()
        if selected and not self.select_contact(selected[0], scroll=True, keep_filter=True):
            self._emit_selection()  # the filter hid it: the pane must not keep showing it

    def show_only(self, contact_ids: list[int] | None, title: str = "") -> None:
        """Show only these contacts (a list from the data-protection page) until "Show
        all contacts"; None shows every contact again."""
        self.model.set_only(contact_ids)
        self.only_bar.setVisible(contact_ids is not None)
        if contact_ids is not None:
            self.only_label.setText(self.tr("Showing the list: %1").replace("%1", title))
            if self.model.rowCount():
                self.table.selectRow(0)
        self._update_count()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count(self, *args) -> None:
        from PySide6.QtCore import QLocale

        total = self.model.total()
        shown = self.model.rowCount()
        locale = QLocale()
        if self.model.loading or self.model.filter_waiting:
            text = self.tr("Loading contacts…")
        elif shown == total:
            text = self.tr("%n contact(s)", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", locale.toString(shown)) \
                .replace("%2", locale.toString(total))
        self.count_label.setText(text)
        empty = total == 0 and not self.model.loading
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)

    def _save_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        kept = getattr(self, "_kept_selection", [])
        self._kept_selection = []
        if kept and self.model.row_of_contact(kept[0]) is not None:
            self.select_contact(kept[0], scroll=True, keep_filter=True)

    # -- sort -------------------------------------------------------------------------
    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            return
        self.model.sort(column, order)

    # -- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.contact_id(r) for r in rows if r < self.model.rowCount()]

    def select_contact(self, contact_id: int, *, scroll: bool = True,
                       keep_filter: bool = False) -> bool:
        row = self.model.row_of_contact(contact_id)
        if row is None and not keep_filter and self.filter_edit.text():
            self.filter_edit.clear()
            row = self.model.row_of_contact(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.table.scrollTo(index)
        return True

    def _selection_changed(self, *args) -> None:
        # Coalesce: a rubber-band selection changes many times in one gesture.
        if not hasattr(self, "_selection_soon"):
            self._selection_soon = coalesced(self, self._emit_selection)
        self._selection_soon()

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        self.detail.show_contacts(ids)
        self.selection_changed.emit(ids)

    def clear(self) -> None:
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.model.clear()
        self.only_bar.hide()
        self.detail.clear()
        self._update_count()
