"""The frame every page of the procedure shares (ui/procedure_step_page.ui).

A page shows its step's instructions (templates, per platform and route, in the
document language), its own widgets (the page's form, in the frame's ``body``), when
the step was recorded and by whom, a "record this step again" box and an inline
message. Moving on records the step through ``services.procedure``; a step already
recorded is not recorded again unless that box is ticked, and going back never deletes
anything. A refusal (a locked vault, a step out of order: ``procedure.steps`` decides)
stays on the page as an inline message. No SQL here.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QProgressBar, QWidget, QWizardPage

from contactvault import errors, timefmt
from contactvault.gui.forms.ui_procedure_step_page import Ui_ProcedureStepPage
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import translate
from contactvault.procedure import templates
from contactvault.procedure.steps import ORDER, STEP_TITLES, Outcome, Step

_ARG = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Qt's ``%1 %2 …`` filled in one pass (a value holding "%2" stays as it is)."""
    return _ARG.sub(lambda m: str(values[int(m.group(1)) - 1])
                    if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def safe_file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name)


class ProcedureStepPage(QWizardPage):
    """One step: subclasses set ``step`` and ``body_form`` (their generated form class)
    and fill ``prepare``, ``input_complete`` and ``commit``."""

    step: Step
    body_form: type
    body_stretch = 0  # a page whose own widgets need room (a table) gets a share of it

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setObjectName(f"page_{self.step.value}")
        self.frame = Ui_ProcedureStepPage()
        self.frame.setupUi(self)
        self.ui = self.body_form()
        self.ui.setupUi(self.frame.body)
        self.frame.main_layout.setStretch(1, self.body_stretch)
        self.setTitle(arg(self.tr("Step %1 of %2: %3"), ORDER.index(self.step) + 1, len(ORDER),
                          translate("Procedure", STEP_TITLES[self.step])))
        self.frame.redo_box.toggled.connect(self.completeChanged)
        show_message(self.frame.recorded_label, "")
        show_message(self.frame.message, "")
        for bar in self.frame.body.findChildren(QProgressBar):
            bar.hide()

    # -- state ------------------------------------------------------------------------
    def record(self):
        status = self.wiz.status
        return status.latest(self.step) if status is not None else None

    def needs_recording(self) -> bool:
        return self.record() is None or self.frame.redo_box.isChecked()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.wiz.refresh()
        show_message(self.frame.message, "")
        status = self.wiz.status
        platform = status.device.platform if status else "other"
        route = status.route if status else None
        self.frame.instructions.setHtml(
            templates.instruction(self.step, platform=str(platform), lang=self.wiz.lang,
                                  route=route, values={"device": self.wiz.device_name or ""})
            + templates.warnings(self.wiz.lang) * self.show_warnings())
        self.frame.redo_box.setChecked(False)
        self.show_recorded()
        self.prepare()

    def show_warnings(self) -> bool:
        return self.step in (Step.CLEAR, Step.INSTALL)

    def show_recorded(self) -> None:
        status = self.wiz.status
        records = [r for r in status.records if r.step is self.step] if status else []
        if not records:
            show_message(self.frame.recorded_label, "")
            self.frame.redo_box.hide()
            return
        last = records[-1]
        outcome = self.tr("skipped") if last.outcome is Outcome.SKIPPED else self.tr("done")
        text = arg(self.tr("Recorded (%1) on %2 by %3."), outcome,
                   timefmt.format_time(last.recorded_at), last.actor)
        if len(records) > 1:
            text += " " + self.tr("Recorded %n time(s); all records are kept.", "",
                                  len(records))
        show_message(self.frame.recorded_label, text, "success")
        self.frame.redo_box.setVisible(self.step is not Step.DONE)

    def prepare(self) -> None:
        """Fill the page's own widgets (subclasses)."""

    def input_complete(self) -> bool:
        """Whether the page has what its step needs (subclasses)."""
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.wiz.busy and self.input_complete()

    def commit(self) -> None:
        """Record the step (subclasses); raise ContactVaultError to stay on the page."""

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.wiz.busy:
            return False
        if not self.needs_recording():
            return True
        try:
            self.commit()
        except errors.ContactVaultError as exc:
            self.fail(exc)
            return False
        self.wiz.refresh()
        self.wiz.step_recorded.emit(self.step.value)
        return True

    # -- messages and long work ---------------------------------------------------------
    def fail(self, exc: BaseException) -> None:
        """An error inline: a ContactVaultError in its own words, anything else named."""
        if isinstance(exc, errors.ContactVaultError):
            text = exc.message()
        else:
            text = arg(self.tr("Unexpected problem: %1"), f"{type(exc).__name__}: {exc}"[:200])
        show_message(self.frame.message, text, "error")

    def set_busy(self, busy: bool) -> None:
        """While long work runs, nothing on the page can be changed; its progress bar
        stays readable."""
        self.frame.redo_box.setEnabled(not busy)
        for child in self.frame.body.children():
            if isinstance(child, QWidget) and not isinstance(child, QProgressBar):
                child.setEnabled(not busy)
