"""The data-protection officer's page: totals and the open problems.

Everything shown comes from ``services.dashboard`` (computed on a worker thread); this
page only lays it out. The documents (register, Art. 30 record, staff rules) are written
by ``services.reports`` on a worker, PDF through the app's printer. Each problem is a
row with its count and the age of its oldest entry; the must-be-zero list is red when it
is not. Opening a list (double-click, or the button) shows its contacts in the contacts
table, or the phones page for phones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactvault import errors, phones, timefmt
from contactvault.consent import policy
from contactvault.i18n import translate
from contactvault.model import CATEGORY_LABELS

KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 11
# a list whose entries are made when it is opened (most stay closed; at 100 000 numbers
# each holds up to SHOWN_ENTRIES of them)
PENDING_ROLE = int(Qt.ItemDataRole.UserRole) + 12
SHOWN_ENTRIES = 200  # entries listed under a problem; opening it shows all its contacts
RED = QColor(176, 0, 32)
GREEN = QColor(0, 110, 50)


class DpoView(QWidget):
    contacts_requested = Signal(list, str)  # contact ids, the list's title
    phones_requested = Signal()
    document_saved = Signal(str)  # the file written

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dpo_view")
        self.window_ = window
        self.result = None
        self._worker = None
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.stamp_label = QLabel(self)
        self.stamp_label.setObjectName("stamp_label")
        self.stamp_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.clicked.connect(self.reload)
        self.documents_button = QPushButton(self)
        self.documents_button.setObjectName("documents_button")
        self.documents_menu = QMenu(self.documents_button)
        self.documents_menu.setObjectName("documents_menu")
        self.document_actions = {}
        for key in ("register_csv", "register_pdf", "processing_record", "staff_rules"):
            action = self.documents_menu.addAction("")
            action.setObjectName(f"{key}_action")
            action.triggered.connect(lambda _checked=False, k=key: self.save_document(k))
            self.document_actions[key] = action
        self.documents_button.setMenu(self.documents_menu)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.documents_button)
        top.addWidget(self.refresh_button)

        self.totals_box = QGroupBox(self)
        self.contacts_label = QLabel(self.totals_box)
        self.contacts_label.setObjectName("contacts_label")
        self.numbers_label = QLabel(self.totals_box)
        self.numbers_label.setObjectName("numbers_label")
        self.phones_label = QLabel(self.totals_box)
        self.phones_label.setObjectName("phones_label")
        for label in (self.contacts_label, self.numbers_label, self.phones_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        totals = QVBoxLayout(self.totals_box)
        totals.addWidget(self.contacts_label)
        totals.addWidget(self.numbers_label)
        totals.addWidget(self.phones_label)

        self.problems_box = QGroupBox(self)
        self.tree = QTreeWidget(self.problems_box)
        self.tree.setObjectName("problems_tree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.open_button = QPushButton(self.problems_box)
        self.open_button.setObjectName("open_button")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_item(self.tree.currentItem()))
        self.status_label = QLabel(self.problems_box)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        problems = QVBoxLayout(self.problems_box)
        problems.addWidget(self.status_label)
        problems.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        problems.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stamp_label)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.problems_box, 1)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Data protection"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.documents_button.setText(self.tr("D&ocuments"))
        for key, text in (
                ("register_csv", self.tr("Consent register for Excel (CSV)…")),
                ("register_pdf", self.tr("Consent register (PDF)…")),
                ("processing_record", self.tr("Record of processing, GDPR Art. 30 (PDF)…")),
                ("staff_rules", self.tr("Rules for employees (PDF)…"))):
            self.document_actions[key].setText(text)
        self.totals_box.setTitle(self.tr("Totals"))
        self.problems_box.setTitle(self.tr("Open problems"))
        self.open_button.setText(self.tr("&Show contacts"))
        self.tree.setHeaderLabels([self.tr("Issue"), self.tr("Count"), self.tr("Oldest"),
                                   self.tr("Reason")])
        self.tree.setAccessibleName(self.tr("Open problems"))
        if self.result is not None:
            self.show_result(self.result)

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Compute the overview on a worker thread and show it when it is there."""
        ctx = self.window_.ctx if self.window_ is not None else None
        if ctx is None or ctx.vault.is_locked:
            return
        from contactvault.gui.workers import Worker

        def job(progress, cancel):
            from contactvault.services import dashboard

            return ctx, dashboard.dashboard(ctx, shown=SHOWN_ENTRIES)

        self.status_label.setText(self.tr("Reading the vault…"))
        worker = Worker(job)
        worker.signals.finished.connect(self._ready)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        worker.start()

    def load_now(self, ctx) -> None:
        """Compute and show at once (for a caller that must not wait)."""
        from contactvault.services import dashboard

        self.show_result(dashboard.dashboard(ctx, shown=SHOWN_ENTRIES))

    def _ready(self, result) -> None:
        ctx, found = result
        if self.window_ is not None and ctx is not self.window_.ctx:
            return  # locked (or another vault) meanwhile
        self.show_result(found)

    def _failed(self, exc) -> None:
        if isinstance(exc, errors.VaultLocked):
            return
        self.status_label.setText(exc.message() if isinstance(exc, errors.ContactVaultError)
                                  else str(exc))

    def clear(self) -> None:
        """Drop everything shown (the vault was locked)."""
        self.result = None
        self.tree.clear()
        for label in (self.stamp_label, self.contacts_label, self.numbers_label,
                      self.phones_label, self.status_label):
            label.clear()
        self.open_button.setEnabled(False)

    # -- showing ----------------------------------------------------------------------
    def show_result(self, result) -> None:
        self.result = result
        self.stamp_label.setText(self.tr("As of %1 · audit trail head %2")
                                 .replace("%1", timefmt.format_time(result.computed_at))
                                 .replace("%2", result.audit_head or "–"))
        categories = ", ".join(
            f"{translate('Category', CATEGORY_LABELS.get(k, k))}: {v}"
            for k, v in result.contacts_by_category.items() if v)
        self.contacts_label.setText(self.tr("Contacts: %1 (%2)").replace(
            "%1", str(result.contacts)).replace("%2", categories or "–"))
        statuses = ", ".join(
            f"{translate('Policy', policy.STATUS_LABELS.get(k, k))}: {v}"
            for k, v in sorted(result.numbers_by_status.items(), key=lambda kv: -kv[1]))
        self.numbers_label.setText(self.tr("Numbers by consent status: %1 (%2)").replace(
            "%1", str(result.numbers)).replace("%2", statuses or "–"))
        held = ", ".join(f"{name}: {count}" for name, count in result.numbers_on_phone.items())
        self.phones_label.setText(self.tr("Numbers on each WhatsApp phone: %1").replace(
            "%1", held or self.tr("no phone yet")))
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for problem in result.problems:
            oldest = self.tr("%n day(s)", "", problem.age_days) if problem.entries else ""
            top = QTreeWidgetItem([problem.title, str(problem.count), oldest, ""])
            top.setData(0, KEY_ROLE, problem.key)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if problem.severity == "critical":
                color = RED if problem.entries else GREEN
                for column in range(4):
                    top.setForeground(column, QBrush(color))
                    top.setFont(column, bold)
                top.setToolTip(0, self.tr("Must be 0: delete these numbers from the phone and "
                                      "confirm the removal."))
            self.tree.addTopLevelItem(top)
            if problem.alarming:  # shown open, with its entries
                self._add_entries(top, problem)
                top.setExpanded(True)
            elif problem.entries:
                top.setData(0, PENDING_ROLE, True)
                top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        for column, width in ((0, 540), (1, 70), (2, 90)):
            self.tree.setColumnWidth(column, width)
        unlawful = result.problem("unlawful_on_phone")
        if unlawful.entries:
            self.status_label.setText(self.tr(
                "%n number(s) on a WhatsApp phone without valid consent today: delete them "
                "from the phone and confirm the removal.", "", unlawful.count))
            self.status_label.setStyleSheet(f"color: {RED.name()}; font-weight: bold")
        else:
            self.status_label.setText(self.tr("No number on a WhatsApp phone lacks valid consent "
                                          "today."))
            self.status_label.setStyleSheet(f"color: {GREEN.name()}")

    def _expanded(self, top: QTreeWidgetItem) -> None:
        if top.data(0, PENDING_ROLE) and self.result is not None:
            top.setData(0, PENDING_ROLE, False)
            self._add_entries(top, self.result.problem(top.data(0, KEY_ROLE)))

    def _add_entries(self, top: QTreeWidgetItem, problem) -> None:
        """The list's first entries under its line, then a line for the rest."""
        children = []
        for entry in problem.items[:SHOWN_ENTRIES]:
            name = entry.name or entry.device
            number = phones.display(entry.number) if entry.number.startswith("+") \
                else entry.number
            where = " · ".join(part for part in (number, entry.device
                                                 if entry.device != name else "") if part)
            child = QTreeWidgetItem([f"{name}  {where}".strip(),
                                     str(entry.count) if entry.count > 1 else "",
                                     self.tr("%n day(s)", "", entry.age_days),
                                     entry.reason_text()])
            child.setData(0, KEY_ROLE, problem.key)
            children.append(child)
        more = problem.entries - SHOWN_ENTRIES
        if more > 0:
            child = QTreeWidgetItem([self.tr(
                "… and %n more: open the list to see them all", "", more), "", "", ""])
            child.setData(0, KEY_ROLE, problem.key)
            children.append(child)
        top.addChildren(children)

    # -- documents ----------------------------------------------------------------------
    def save_document(self, key: str) -> None:
        """Ask where, then write the document on a worker (PDF through the app's printer)."""
        ctx = self.window_.ctx if self.window_ is not None else None
        if ctx is None or ctx.vault.is_locked:
            return
        from pathlib import Path

        from contactvault.gui.ask import ask, in_documents
        from contactvault.gui.workers import Worker

        names = {"register_csv": (self.tr("consent-register"), "csv"),
                 "register_pdf": (self.tr("consent-register"), "pdf"),
                 "processing_record": (self.tr("record-of-processing"), "pdf"),
                 "staff_rules": (self.tr("staff-rules"), "pdf")}
        stem, suffix = names[key]
        if key in ("processing_record", "staff_rules"):  # they name the business and DPO
            from contactvault.gui.dialogs.company_dialog import ensure_company_details

            if not ensure_company_details(self, ctx, "records"):
                return
        filters = self.tr("CSV files (*.csv)") if suffix == "csv" \
            else self.tr("PDF documents (*.pdf)")
        path = ask.save_file(self, self.document_actions[key].text().rstrip("…"),
                             in_documents(f"{stem}.{suffix}"), filters)
        if not path:
            return
        target = Path(path)

        def job(progress, cancel):
            from contactvault.gui.printing import html_to_pdf
            from contactvault.services import reports

            if key == "register_csv":
                return reports.write_register(ctx, target, fmt="csv")
            if key == "register_pdf":
                return reports.write_register(ctx, target, fmt="pdf", render_pdf=html_to_pdf)
            if key == "processing_record":
                return reports.write_processing_record(ctx, target, fmt="pdf",
                                                       render_pdf=html_to_pdf)
            return reports.write_staff_rules(ctx, target, fmt="pdf", render_pdf=html_to_pdf)

        self.status_label.setText(self.tr("Writing the document…"))
        self.status_label.setStyleSheet("")
        worker = Worker(job)
        worker.signals.finished.connect(self._document_saved)
        worker.signals.failed.connect(self._failed)
        self._document_worker = worker
        worker.start()

    def _document_saved(self, written) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saved: %1").replace("%1", str(written)))
        self.document_saved.emit(str(written))

    # -- opening a list -----------------------------------------------------------------
    def problem_item(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KEY_ROLE) == key:
                return item
        return None

    def _current_changed(self, current, _previous) -> None:
        self.open_button.setEnabled(current is not None and self.result is not None)

    def _open_item(self, item, _column: int = 0) -> None:
        if item is None or self.result is None:
            return
        self.open_problem(item.data(0, KEY_ROLE))

    def open_problem(self, key: str) -> None:
        """Show the list's contacts in the contacts table (phones: the phones page)."""
        problem = self.result.problem(key)
        if key == "procedure_open":
            self.phones_requested.emit()
            return
        self.contacts_requested.emit(list(problem.contact_ids), problem.title)
