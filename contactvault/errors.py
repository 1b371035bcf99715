"""One family of errors for everything a user can cause or meet.

Each error has a stable ``code`` (for scripts and tests) and a message template in
English, marked for translation; ``message()`` gives the translated, filled-in text.
The CLI prints that one line and exits non-zero; the GUI shows it inline. Nothing
else maps errors to text.
"""

from __future__ import annotations

from contactvault.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Errors"


class ContactVaultError(Exception):
    code = "error"
    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")
    exit_code = 1

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(self.message_en())

    def message_en(self) -> str:
        return self.template.format(**self.fields)

    def message(self) -> str:
        # Reasons are marked with QT_TRANSLATE_NOOP("Errors", …) where they are raised;
        # facts (paths, numbers) pass through unchanged because no translation matches.
        fields = {k: translate(_CTX, v) if isinstance(v, str) else v
                  for k, v in self.fields.items()}
        return translate(_CTX, self.template).format(**fields)


class VaultNotFound(ContactVaultError):
    code = "vault_not_found"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No vault at {path}. Create one with 'contactvault init'."
    )


class VaultExists(ContactVaultError):
    code = "vault_exists"
    template = QT_TRANSLATE_NOOP("Errors", "A file already exists at {path}; not overwritten.")


class WrongPassphrase(ContactVaultError):
    code = "wrong_passphrase"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot open {path}: the passphrase is wrong, or the file is not a contactvault vault.",
    )
    exit_code = 2


class NotAVault(ContactVaultError):
    code = "not_a_vault"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a contactvault vault: {reason}")
    exit_code = 2


class VaultDamaged(ContactVaultError):
    code = "vault_damaged"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} is damaged ({reason}). Restore it from a backup; "
        "the file was not changed.",
    )
    exit_code = 2


class VaultTooNew(ContactVaultError):
    code = "vault_too_new"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} was written by a newer contactvault (schema {found}, "
        "this version knows {known}). Update contactvault.",
    )
    exit_code = 2


class VaultLocked(ContactVaultError):
    code = "vault_locked"
    template = QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it first.")


class PassphraseRejected(ContactVaultError):
    code = "passphrase_rejected"
    template = QT_TRANSLATE_NOOP("Errors", "Passphrase not accepted: {reason}")


class NoPassphrase(ContactVaultError):
    code = "no_passphrase"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No passphrase available: no terminal to ask on, nothing remembered in the "
        "secret store, and neither CONTACTVAULT_PASSPHRASE nor --passphrase-file given.",
    )


class NoSecureStore(ContactVaultError):
    code = "no_secure_store"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No secure secret store is available ({reason}). The passphrase was not "
        "remembered; you will be asked for it.",
    )


class DiskFull(ContactVaultError):
    code = "disk_full"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Not enough space to write {path}. Nothing was changed."
    )


class FileUnreadable(ContactVaultError):
    code = "file_unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")


class FileNotWritable(ContactVaultError):
    code = "file_not_writable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")


class ContactNotFound(ContactVaultError):
    code = "contact_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "No contact with id {ident}.")


class NumberNotFound(ContactVaultError):
    code = "number_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "No stored phone number matches {number}.")


class AmbiguousNumber(ContactVaultError):
    code = "ambiguous_number"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{number} matches several stored numbers: {candidates}. Be more specific."
    )


class InvalidArgument(ContactVaultError):
    code = "invalid_argument"
    template = QT_TRANSLATE_NOOP("Errors", "{what}: {reason}")


class Cancelled(ContactVaultError):
    code = "cancelled"
    template = QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed.")
    exit_code = 130  # as any command interrupted with Ctrl-C
    report = None  # a cancelled import's ImportReport: cancelled=True, nothing stored


class DeviceNotFound(ContactVaultError):
    code = "device_not_found"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No WhatsApp phone named {name}. Add it with 'contactvault devices add'.")


class NoProcedure(ContactVaultError):
    code = "no_procedure"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The procedure has not been started for \u201c{name}\u201d yet.")


class StepRefused(ContactVaultError):
    """A procedure step out of order; ``problem`` says which rule refused it."""

    code = "step_refused"
    template = QT_TRANSLATE_NOOP("Errors", "{step}: {reason}")
    exit_code = 4
    problem = None  # the procedure.steps.OrderProblem, set where it is raised


class DeviceExists(ContactVaultError):
    code = "device_exists"
    template = QT_TRANSLATE_NOOP("Errors", "A WhatsApp phone named {name} already exists.")


class NotEligible(ContactVaultError):
    """The vCard writer was asked to put a number on a phone that the policy refuses."""

    code = "not_eligible"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Refused to export {number}: the consent policy does not allow it ({reason}). "
                  "Nothing was written.")


class EventInFuture(ContactVaultError):
    code = "event_in_future"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{at} is in the future; a consent event can only be recorded once it happened.")


class NothingToExport(ContactVaultError):
    code = "nothing_to_export"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Nothing to export to {device}: no number is eligible{extra}. "
                  "No file was written.")


class RemovalNotOpen(ContactVaultError):
    code = "removal_not_open"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{number} is not on the removal list of {device}; nothing to confirm.")


class ExportPlanStale(ContactVaultError):
    code = "export_plan_stale"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The vault changed since the export was planned ({detail}). "
                  "Plan the export again; nothing was written.")
