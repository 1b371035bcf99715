"""Import address books: choose files (or drop them), run off the GUI thread with
progress and cancel, then show what was imported, merged, skipped and flagged."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from contactvault import errors
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.widgets.message import show_message
from contactvault.gui.wizards.setup import set_up_wizard
from contactvault.importers import mapping, registry

_TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".ods")


def file_filters() -> str:
    """The open-file filter: the file names of every registered format, then all files."""
    return QCoreApplication.translate(
        "ImportWizard", "Address books ({patterns});;All files (*)").format(
        patterns=" ".join(registry.file_patterns()))


def region_combo(parent: QWidget, current: str) -> QComboBox:
    """Every region phonenumbers knows, by name in the UI language, current selected."""
    import phonenumbers

    combo = QComboBox(parent)
    locale = QLocale()
    entries = []
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        country = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(country) if country != QLocale.Country.AnyCountry \
            else code
        if locale.language() == QLocale.Language.German:
            name = QLocale(QLocale.Language.German, country).nativeTerritoryName() or name
        entries.append((name, code))
    for name, code in sorted(entries, key=lambda e: e[0].casefold()):
        cc = phonenumbers.country_code_for_region(code)
        combo.addItem(f"{name} (+{cc})", code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class FileList(QListWidget):
    """A list of files that also takes files dropped onto it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class FilesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose address books"))
        self.setSubTitle(self.tr(
            "vCard files (.vcf) from Android, iPhone, Outlook or other programs, CSV files "
            "and Excel or LibreOffice spreadsheets. You can also drop files here."))
        self.file_list = FileList(self)
        self.file_list.setObjectName("file_list")
        self.file_list.setAccessibleName(self.tr("Files to import"))
        self.file_list.files_dropped.connect(self.add_files)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setObjectName("add_files_button")
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        row.addLayout(buttons)
        self.region = region_combo(self, wizard.default_region)
        self.region.setObjectName("region_combo")
        self.region.setAccessibleName(self.tr("Default region"))
        form = QFormLayout()
        form.addRow(self.tr("Numbers without country code are from:"), self.region)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(form)

    def _choose(self) -> None:
        files = ask.open_files(self, self.tr("Choose address books"), file_filters(),
                               os.path.expanduser("~"))
        self.add_files(files)

    def add_files(self, files: list[str]) -> None:
        present = set(self.files())
        for f in files:
            path = str(Path(f))
            if path not in present:
                self.file_list.addItem(path)
                present.add(path)
        self.completeChanged.emit()

    def _remove(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self.completeChanged.emit()

    def files(self) -> list[str]:
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]

    def isComplete(self) -> bool:  # noqa: N802
        return self.file_list.count() > 0

    def nextId(self) -> int:  # noqa: N802
        if ColumnsPage.tables(self.files()):
            return self.wiz.columns_id
        return self.wiz.progress_id


class ColumnsPage(QWizardPage):
    """What each column of a table (CSV, Excel, LibreOffice) holds, over its first rows;
    every column's field can be changed. A table without a number column cannot be
    imported until one is chosen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr(
            "What each column holds, shown over the first rows. Change a column's field "
            "where it was not recognised; a column with phone numbers is needed."))
        self.file_combo = QComboBox(self)
        self.file_combo.setObjectName("table_file_combo")
        self.file_combo.setAccessibleName(self.tr("Table file"))
        self.file_combo.currentIndexChanged.connect(self._show_file)
        self.table = QTableWidget(self)
        self.table.setObjectName("columns_table")
        self.table.setAccessibleName(self.tr("Columns and first rows"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        self.status.setObjectName("columns_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.previews: dict[str, registry.TablePreview] = {}
        self.mappings: dict[str, dict[str, str]] = {}
        self.combos: list[QComboBox] = []

    @staticmethod
    def tables(files: list[str]) -> list[str]:
        return [f for f in files if Path(f).suffix.lower() in _TABLE_SUFFIXES]

    def initializePage(self) -> None:  # noqa: N802
        from contactvault.services import importing

        self.previews.clear()
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for file in self.tables(self.wiz.files_page.files()):
            try:
                preview = importing.preview(file, self.mappings.get(file), ctx=self.wiz.ctx)
            except errors.ContactVaultError:
                continue  # the import reports it
            if preview.headers:
                self.previews[file] = preview
                self.file_combo.addItem(Path(file).name, file)
        self.file_combo.blockSignals(False)
        self._show_file()

    def current_file(self) -> str:
        return self.file_combo.currentData() or ""

    def _show_file(self) -> None:
        file = self.current_file()
        preview = self.previews.get(file)
        self.table.clear()
        self.combos = []
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self._update_status()
            return
        self.table.setColumnCount(len(preview.headers))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels([h.strip() for h in preview.headers])
        choices = list(mapping.FIELDS)
        for column, field in enumerate(preview.fields):
            combo = QComboBox(self.table)
            combo.setObjectName(f"field_combo_{column}")
            combo.setAccessibleName(self.tr("Field of column %1").replace(
                "%1", preview.headers[column].strip()))
            for name in choices:
                combo.addItem(QCoreApplication.translate("ColumnField",
                                                         mapping.FIELD_TEXTS[name]), name)
            if field not in choices:  # e.g. an address part: kept as it is
                combo.addItem(QCoreApplication.translate(
                    "ColumnField", mapping.FIELD_TEXTS.get(field, field)), field)
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.currentIndexChanged.connect(
                lambda _index, c=column: self._field_changed(c))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, cells in enumerate(preview.rows, start=1):
            for column, cell in enumerate(cells[:len(preview.headers)]):
                self.table.setItem(row, column, QTableWidgetItem(cell.replace("\n", " ⏎ ")))
        self.table.resizeColumnsToContents()
        self._update_status()

    def _field_changed(self, column: int) -> None:
        file = self.current_file()
        preview = self.previews[file]
        field = self.combos[column].currentData()
        preview.fields[column] = field
        self.mappings[file] = {header.strip(): name for header, name
                               in zip(preview.headers, preview.fields, strict=True)}
        self._update_status()

    def missing_numbers(self) -> list[str]:
        """The table files in which no column holds numbers."""
        return [file for file, p in self.previews.items() if "phone" not in p.fields]

    def _update_status(self) -> None:
        missing = self.missing_numbers()
        if missing:
            show_message(self.status, self.tr(
                "No column holds phone numbers in %1. Choose the column with the numbers "
                "(field \u201cphone number\u201d); until then the file cannot be imported.")
                .replace("%1", ", ".join(Path(f).name for f in missing)), "error")
        else:
            show_message(self.status, self.tr("Every table has a column with phone numbers."),
                         "info")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.missing_numbers()


class ProgressPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr(
            "The contacts are read and stored in the vault. Cancel leaves the vault as it "
            "was before."))
        self.setCommitPage(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("import_progress")
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.done = False

    def initializePage(self) -> None:  # noqa: N802
        self.done = False
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Reading the files…"))
        self.wiz.start_import()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped to the column's width (QTreeView alone keeps
    one line and elides)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        icon = opt.decorationSize.width() + 12 if not opt.icon.isNull() else 8
        width = max(self.view.header().sectionSize(index.column()) - icon, 20)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 6))


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issues = QTreeWidget(self)
        self.issues.setObjectName("issues_tree")
        self.issues.setAccessibleName(self.tr("Problems found"))
        self.issues.setHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("What"),
                                     self.tr("Value")])
        self.issues.setRootIsDecorated(False)
        self.issues.setAlternatingRowColors(True)
        # Fits the page: the sentence column takes the width left and wraps, the value
        # column is narrow and elided (the whole value is its tooltip).
        self.issues.setWordWrap(True)
        self.issues.setItemDelegate(WrappingDelegate(self.issues))
        self.issues.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issues.setUniformRowHeights(False)
        self.issues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.issues.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 140)
        # Rows take the height of their wrapped text again when the columns change width.
        header.sectionResized.connect(lambda *_: self.issues.doItemsLayout())
        self.issues_label = QLabel(self.tr("Details:"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_label)
        layout.addWidget(self.issues, 1)

    def show_report(self, report) -> None:
        from contactvault.importers.report import Severity

        self.summary.setText(self.tr(
            "New contacts imported: %1\nMerged into existing contacts: %2\n"
            "Already in the vault (unchanged): %3\nSkipped (could not be read): %4\n"
            "Numbers kept but flagged as invalid or doubtful: %5\n"
            "Files that could not be read: %6")
            .replace("%1", str(report.imported)).replace("%2", str(report.merged))
            .replace("%3", str(report.unchanged)).replace("%4", str(report.skipped))
            .replace("%5", str(report.flagged_numbers))
            .replace("%6", str(report.files_unreadable)))
        self.issues.clear()
        shown = [i for i in report.issues if i.severity is not Severity.INFO or
                 i.code != "merged"]
        for issue in shown[:5000]:
            item = QTreeWidgetItem([Path(issue.file).name,
                                    "" if issue.line is None else str(issue.line),
                                    issue.describe(), issue.raw.replace("\n", " ⏎ ")[:120]])
            item.setToolTip(0, issue.file)
            item.setToolTip(2, issue.describe())
            item.setToolTip(3, issue.raw)
            name = {Severity.ERROR: "status-blocked", Severity.WARNING: "status-invalid"}.get(
                issue.severity, "status-none")
            item.setIcon(2, icons.icon(name))
            self.issues.addTopLevelItem(item)
        self.issues.setVisible(bool(shown))
        self.issues_label.setVisible(bool(shown))


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport
    import_failed = Signal(object)

    def __init__(self, ctx, files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up_wizard(self, name="import_wizard", title=self.tr("Import address books"),
                      icon="import", size=(720, 520))
        self.ctx = ctx
        self.worker = None
        self.report = None
        self._closing = False
        self.allow_erased = False  # set after the person agreed to import erased people
        from contactvault.services import preferences

        self.default_region = preferences.get_settings(ctx)["numbers.default_region"]
        self.files_page = FilesPage(self)
        self.columns_page = ColumnsPage(self)
        self.progress_page = ProgressPage(self)
        self.result_page = ResultPage(self)
        self.addPage(self.files_page)
        self.columns_id = self.addPage(self.columns_page)
        self.progress_id = self.addPage(self.progress_page)
        self.addPage(self.result_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.files_page.add_files(files)

    # -- running ------------------------------------------------------------------------
    def start_import(self) -> None:
        from contactvault.gui.workers import Worker

        ctx = self.ctx
        paths = self.files_page.files()
        region = self.files_page.region.currentData()
        chosen = {file: dict(m) for file, m in self.columns_page.mappings.items()
                  if file in paths}
        allow_erased = self.allow_erased

        def job(progress, cancel):
            from contactvault.services import importing

            return importing.import_files(ctx, paths, region=region, progress=progress,
                                          cancel=cancel, per_file=chosen,
                                          allow_erased=allow_erased)

        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        page = self.progress_page
        if page.bar.maximum() != total:
            page.bar.setRange(0, max(total, 1))
        page.bar.setValue(done)
        page.status.setText(self.tr("%1 of about %n record(s) read…", "", total)
                            .replace("%1", str(done)))

    def _finished(self, report) -> None:
        self.worker = None
        if report.erased and not self.allow_erased and not self._closing \
                and self._import_erased_too(report):
            self.allow_erased = True
            self.start_import()  # the same files again: only the erased records are new
            return
        self.report = report
        self.progress_page.done = True
        self.progress_page.bar.setRange(0, 1)
        self.progress_page.bar.setValue(1)
        self.result_page.show_report(report)
        self.imported.emit(report)
        if self._closing:
            super().reject()
            return
        self.next()

    def _import_erased_too(self, report) -> bool:
        """Records of people erased earlier were recognised: ask whether to import them
        anyway (the erasure's date and the names from the file are shown)."""
        found = [i for i in report.issues if i.code == "erased"]
        lines = "\n".join(f"• {i.raw} ({dict(i.params).get('date', i.detail)})"
                          for i in found[:10])
        text = self.tr("%n record(s) in these files belong to people who were erased "
                       "(GDPR Art. 17):", "", len(found)) + "\n" + lines + "\n\n" + self.tr(
            "Import them anyway? Only do so if the person asked for it or the law requires "
            "it; otherwise they stay out of the vault.")
        return ask.confirm(self, self.tr("Erased people"), text,
                           yes_text=self.tr("Import &anyway"))

    def _failed(self, exc) -> None:
        self.worker = None
        if isinstance(exc, errors.Cancelled):
            self.import_failed.emit(exc)
            super().reject()
            return
        text = exc.message() if isinstance(exc, errors.ContactVaultError) else \
            self.tr("Unexpected problem: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        self.import_failed.emit(exc)
        self.progress_page.bar.setRange(0, 1)
        self.progress_page.bar.setValue(0)
        show_message(self.progress_page.status, self.tr(
            "Nothing was imported; the vault is as before.") + "\n" + text, "error")
        self.button(QWizard.WizardButton.CancelButton).setText(self.tr("Close"))

    @property
    def running(self) -> bool:
        return self.worker is not None

    def reject(self) -> None:
        """Cancel: while importing, stop the worker; the vault stays as it was."""
        if self.worker is not None:
            self.worker.cancel.set()
            self._closing = True
            self.progress_page.status.setText(self.tr("Cancelling…"))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            return  # closes when the worker reports
        super().reject()
