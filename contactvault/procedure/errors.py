"""Errors of the procedure, in the ContactVaultError family (one line for people)."""

from __future__ import annotations

from contactvault.errors import ContactVaultError
from contactvault.i18n import QT_TRANSLATE_NOOP


class DeviceUnknown(ContactVaultError):
    code = "device_not_found"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No WhatsApp phone named \u201c{name}\u201d. Create it in step 1 or with "
                  "'contactvault devices add'.")


class NoProcedure(ContactVaultError):
    code = "no_procedure"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The procedure has not been started for \u201c{name}\u201d yet.")


class StepRefused(ContactVaultError):
    code = "step_refused"
    template = QT_TRANSLATE_NOOP("Errors", "{step}: {reason}")
    exit_code = 4


class ExportUnavailable(ContactVaultError):
    code = "export_unavailable"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The export for the WhatsApp phone is not available in this version: {detail}")
