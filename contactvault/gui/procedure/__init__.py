"""The procedure wizard: "secure contacts first, then install" for one WhatsApp phone.

The main window opens it with ``open_procedure_wizard(parent, vault)``.
"""

from __future__ import annotations


def open_procedure_wizard(parent, vault, device_name: str | None = None) -> None:
    """Show the wizard (non-modal); it resumes where the phone's procedure stopped."""
    from contactvault.gui.procedure.wizard import ProcedureWizard

    wizard = ProcedureWizard(vault, device_name=device_name, parent=parent)
    wizard.setAttribute(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.WidgetAttribute
                        .WA_DeleteOnClose)
    wizard.show()
    wizard.raise_()
    return None
