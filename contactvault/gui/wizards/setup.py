"""What every wizard of the app shares when it is set up (import, export, procedure)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from contactvault.gui import icons


def set_up_wizard(wizard: QWizard, *, name: str, title: str, icon: str,
                  size: tuple[int, int], last_page_reports: bool = True) -> None:
    """Classic style (the same on every platform, so the guide's pictures match), the
    window's name, title, icon and size, and no Back button on the first page. A wizard
    whose last page only reports what was done shows neither Back nor Cancel there."""
    wizard.setObjectName(name)
    wizard.setWindowTitle(title)
    wizard.setWindowIcon(icons.icon(icon))
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, last_page_reports)
    wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, last_page_reports)
    wizard.resize(*size)
