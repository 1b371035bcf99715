"""Import address books: choose files (or drop them), run off the GUI thread with
progress and cancel, then show what was imported, merged, skipped and flagged."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
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
from contactvault.importers import registry


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
            "vCard files (.vcf) from Android, iPhone, Outlook or other programs, and "
            "Google or Outlook CSV files. You can also drop files here."))
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
            item.setToolTip(3, issue.raw)
            name = {Severity.ERROR: "status-blocked", Severity.WARNING: "status-invalid"}.get(
                issue.severity, "status-none")
            item.setIcon(2, icons.icon(name))
            self.issues.addTopLevelItem(item)
        for c in range(3):
            self.issues.resizeColumnToContents(c)
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
        from contactvault.services import preferences

        self.default_region = preferences.get_settings(ctx)["numbers.default_region"]
        self.files_page = FilesPage(self)
        self.progress_page = ProgressPage(self)
        self.result_page = ResultPage(self)
        self.addPage(self.files_page)
        self.addPage(self.progress_page)
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

        def job(progress, cancel):
            from contactvault.services import importing

            return importing.import_files(ctx, paths, region=region, progress=progress,
                                          cancel=cancel)

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
