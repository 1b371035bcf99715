"""The procedure wizard: "secure contacts first, then install" for one WhatsApp phone.

One module per page (``*_page.py``, each with its form in ``ui/procedure_*_page.ui``),
the frame they share (``step_page.py``) and the wizard that holds them (``wizard.py``).
The main window opens it with ``open_procedure_wizard(parent, ctx)``.
"""

from __future__ import annotations


def open_procedure_wizard(parent, ctx, device_name: str | None = None):
    """Show the wizard (non-modal) and return it; it resumes where the phone's procedure
    stopped."""
    # Imported here: a walk over the core's packages (the no-Qt test) imports this
    # package's __init__ and must not load PySide6.
    from PySide6.QtCore import Qt

    from contactvault.gui.procedure.wizard import ProcedureWizard

    wizard = ProcedureWizard(ctx, device_name=device_name, parent=parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    wizard.raise_()
    return wizard

