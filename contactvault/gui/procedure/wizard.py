"""The procedure wizard: one page per step (a module each), resumable, every step
recorded in the vault.

It opens at the step where the phone's procedure stopped, walking forward over the
recorded steps so that Back still leads through every one of them. Long work (the
import, the transfer, the protocol) runs on a worker thread (``run_job``); meanwhile
the wizard can neither move nor close, and a close asked for then happens once the
work has reported, so the vault and the wizard never disagree about what was recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from contactvault import errors
from contactvault.gui.procedure.classify_page import ProcedureClassifyPage
from contactvault.gui.procedure.clear_page import ProcedureClearPage
from contactvault.gui.procedure.done_page import ProcedureDonePage
from contactvault.gui.procedure.export_phone_page import ProcedureExportPhonePage
from contactvault.gui.procedure.import_page import ProcedureImportPage
from contactvault.gui.procedure.install_page import ProcedureInstallPage
from contactvault.gui.procedure.profile_page import ProcedureProfilePage
from contactvault.gui.procedure.transfer_page import ProcedureTransferPage
from contactvault.gui.widgets.message import show_message
from contactvault.gui.wizards.setup import set_up_wizard
from contactvault.gui.workers import Worker
from contactvault.procedure import templates
from contactvault.procedure.steps import ORDER, Step
from contactvault.services import procedure as proc

PAGE_IDS = {step: index for index, step in enumerate(ORDER)}
PAGE_CLASSES = (ProcedureProfilePage, ProcedureExportPhonePage, ProcedureImportPage,
                ProcedureClassifyPage, ProcedureClearPage, ProcedureInstallPage,
                ProcedureTransferPage, ProcedureDonePage)


class ProcedureWizard(QWizard):
    """The procedure for one WhatsApp phone; opens at the step where it stopped."""

    step_recorded = Signal(str)
    job_ended = Signal()  # a worker reported and the page has shown the result
    # Something in the vault changed (a step, an import, categories, an export): the
    # main window's views read it again.
    vault_changed = Signal()

    def __init__(self, ctx, *, device_name: str | None = None,
                 parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        set_up_wizard(self, name="procedure_wizard", icon="phone", size=(820, 720),
                      title=self.tr("Prepare a WhatsApp phone: secure contacts first, "
                                    "then install"),
                      last_page_reports=False)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Close, continue later"))
        self.customButtonClicked.connect(lambda _which: self.close())
        self.ctx = ctx
        self.device_name = device_name
        self.step_recorded.connect(lambda _step: self.vault_changed.emit())
        self.job_ended.connect(self.vault_changed)
        # the language of the instructions and documents: the context's, unless given
        self.lang = templates.language(lang or ctx.language)
        self.status = None
        self.worker: Worker | None = None
        self._slots: tuple[Callable, Callable] | None = None  # the running job's page slots
        self._close_with: int | None = None  # the result of a close asked for while busy
        for page_class in PAGE_CLASSES:
            self.setPage(PAGE_IDS[page_class.step], page_class(self))
        self.currentIdChanged.connect(self._page_shown)
        self.setStartId(PAGE_IDS[Step.PROFILE])
        self.restart()
        if device_name:
            try:
                self.refresh()
            except errors.ContactVaultError:
                self.status = None
            if self.status is not None and self.status.started and not self.status.completed:
                self.advance_to_next_step()

    def refresh(self) -> None:
        if self.device_name:
            self.status = proc.status(self.ctx, self.device_name)

    def _page_shown(self, page_id: int) -> None:
        """Also when coming back (Qt does not initialise a page again then): show what is
        recorded now."""
        page = self.page(page_id)
        if page is None or self.status is None:
            return
        try:
            self.refresh()
        except errors.ContactVaultError as exc:
            page.fail(exc)
            return
        page.show_recorded()
        page.completeChanged.emit()

    def advance_to_next_step(self) -> None:
        """Walk forward over the recorded steps to the first open one, so that Back
        still leads through every earlier step (recorded pages are not recorded again)."""
        if self.status is None or not self.status.started:
            return
        target = self.status.next_step or Step.DONE
        guard = len(ORDER)
        while self.currentId() < PAGE_IDS[target] and guard:
            before = self.currentId()
            self.next()
            guard -= 1
            if self.currentId() == before:  # a page refused: stay there
                break

    def current_step(self) -> Step:
        return ORDER[self.currentId()]

    # -- long work off the GUI thread ---------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.worker is not None

    def run_job(self, job: Callable, *, finished: Callable[[object], None],
                failed: Callable[[BaseException], None],
                progress: Callable[[int, int], None] | None = None) -> Worker:
        """Run ``job(progress, cancel)`` on the thread pool for the current page. When it
        reports, the wizard is free again first, then the page's slot shows the result
        (both in the GUI thread)."""
        if self.busy:
            raise RuntimeError("the procedure wizard runs one job at a time")
        worker = Worker(job)
        if progress is not None:
            worker.signals.progress.connect(progress)
        worker.signals.finished.connect(self._job_finished)
        worker.signals.failed.connect(self._job_failed)
        self._slots = (finished, failed)
        self.worker = worker
        self._set_busy(True)
        worker.start()
        return worker

    def _job_finished(self, result) -> None:
        self._job_ended(0, result)

    def _job_failed(self, exc) -> None:
        self._job_ended(1, exc)

    def _job_ended(self, which: int, value) -> None:
        slot = self._slots[which]
        self.worker = None
        self._set_busy(False)
        slot(value)
        self.job_ended.emit()
        if self._close_with is not None:
            result, self._close_with = self._close_with, None
            super().done(result)

    def _set_busy(self, busy: bool) -> None:
        page = self.currentPage()
        if page is not None:
            page.set_busy(busy)
            page.completeChanged.emit()  # Qt re-reads isComplete: Next/Finish follow it
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton,
                      QWizard.WizardButton.CustomButton1):
            if busy:
                self.button(which).setEnabled(False)
            elif which is not QWizard.WizardButton.BackButton:  # Qt manages Back itself
                self.button(which).setEnabled(True)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        return not self.busy and super().validateCurrentPage()

    def done(self, result: int) -> None:
        """Finish, Cancel, "Close, continue later" and the window's close button all end
        here: while work runs, cancel what can be cancelled and close once it reported."""
        if not self.busy:
            super().done(result)
            return
        self._close_with = result
        self.worker.cancel.set()
        page = self.currentPage()
        if page is not None:
            show_message(page.frame.message, self.tr(
                "The wizard closes as soon as the running work has finished."), "info")
