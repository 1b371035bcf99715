"""One family of errors for everything a user can cause or meet.

Each error has a stable ``code`` (for scripts and tests) and a message template in
English, marked for translation; ``message()`` gives the translated, filled-in text.
The CLI prints that one line and exits non-zero; the GUI shows it inline. Nothing
else maps errors to text.
"""

from __future__ import annotations

import errno

from contactvault.i18n import QT_TRANSLATE_NOOP, translate, translate_n

_CTX = "Errors"

# The exit codes of the command line, one per kind of failure, so that scripts can tell
# them apart; ``--help`` and the README list them from here.
EXIT_REFUSED = 1
EXIT_VAULT_FILE = 2
EXIT_SKIPPED = 3
EXIT_STEP_REFUSED = 4
EXIT_DISK_FULL = 5
EXIT_READ_ONLY = 6
EXIT_BUSY = 7
EXIT_DAMAGED = 8
EXIT_TRAIL_BROKEN = 9  # audit verify: the chain of entries is broken (or the log empty)
EXIT_RECORDS_CHANGED = 10  # audit verify: a record does not match the trail
EXIT_HEAD_NOT_HELD = 11  # audit verify --expect: the trail no longer holds that head
EXIT_OUTPUT_REFUSED = 12
EXIT_SERVER = 13  # a CardDAV server could not be reached or refused a change
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # as a Unix tool ended by SIGPIPE (128 + 13)

EXIT_CODES: tuple[tuple[int, str], ...] = (
    (0, QT_TRANSLATE_NOOP("Errors", "done")),
    (EXIT_REFUSED, QT_TRANSLATE_NOOP("Errors", "refused: invalid input, not found, or a file "
                                               "that cannot be read or written")),
    (EXIT_VAULT_FILE, QT_TRANSLATE_NOOP("Errors", "wrong passphrase, not a vault, a vault "
                                                  "of a newer version, or a mistyped command")),
    (EXIT_SKIPPED, QT_TRANSLATE_NOOP("Errors", "import finished, but files or records were "
                                               "skipped")),
    (EXIT_STEP_REFUSED, QT_TRANSLATE_NOOP("Errors", "procedure step out of order")),
    (EXIT_DISK_FULL, QT_TRANSLATE_NOOP("Errors", "disk full")),
    (EXIT_READ_ONLY, QT_TRANSLATE_NOOP("Errors", "no permission to write (read-only file or "
                                                 "folder)")),
    (EXIT_BUSY, QT_TRANSLATE_NOOP("Errors", "the vault is in use by another process")),
    (EXIT_DAMAGED, QT_TRANSLATE_NOOP("Errors", "the vault is damaged")),
    (EXIT_TRAIL_BROKEN, QT_TRANSLATE_NOOP("Errors", "audit trail broken: entries changed, "
                                                    "removed, reordered, cut off or deleted")),
    (EXIT_RECORDS_CHANGED, QT_TRANSLATE_NOOP(
        "Errors", "a record does not match the audit trail: changed, deleted or added "
                  "without an entry")),
    (EXIT_HEAD_NOT_HELD, QT_TRANSLATE_NOOP(
        "Errors", "the audit trail does not hold the head printed earlier (--expect): "
                  "shortened or rewritten")),
    (EXIT_OUTPUT_REFUSED, QT_TRANSLATE_NOOP("Errors", "output file refused: it exists (give "
                                                      "--force), or it is a vault or a backup")),
    (EXIT_SERVER, QT_TRANSLATE_NOOP("Errors", "the CardDAV server could not be reached, "
                                              "refused the login or refused a change")),
    (EXIT_INTERNAL, QT_TRANSLATE_NOOP("Errors", "internal error (a bug)")),
    (EXIT_INTERRUPTED, QT_TRANSLATE_NOOP("Errors", "interrupted (Ctrl-C)")),
    (EXIT_PIPE_CLOSED, QT_TRANSLATE_NOOP("Errors", "the output was closed early "
                                                   "(e.g. by head)")),
)


class ContactVaultError(Exception):
    code = "error"
    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")
    exit_code = EXIT_REFUSED

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(self.message_en())

    def __reduce__(self):  # picklable, so the import's reading process can hand it over
        return _rebuild, (type(self), self.fields)

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
    exit_code = EXIT_VAULT_FILE


class NotAVault(ContactVaultError):
    code = "not_a_vault"
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a contactvault vault: {reason}")
    exit_code = EXIT_VAULT_FILE


class VaultDamaged(ContactVaultError):
    code = "vault_damaged"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} is damaged ({reason}). Nothing was written to it; it stays "
        "read-only until it is restored. 'contactvault check' shows what is affected; "
        "restore the last backup with 'contactvault restore FILE'.",
    )
    exit_code = EXIT_DAMAGED


class VaultTooNew(ContactVaultError):
    code = "vault_too_new"
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} was written by a newer contactvault (schema {found}, "
        "this version knows {known}). Update contactvault.",
    )
    exit_code = EXIT_VAULT_FILE


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
        "Errors", "Not enough space to write {path}. Nothing was changed; free some space "
                  "on that disk and try again."
    )
    exit_code = EXIT_DISK_FULL


class FileUnreadable(ContactVaultError):
    code = "file_unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}")


class FileNotWritable(ContactVaultError):
    code = "file_not_writable"
    template = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")


class NoWritePermission(FileNotWritable):
    """The operating system refuses the write: a read-only file, folder or disk."""

    code = "no_write_permission"
    exit_code = EXIT_READ_ONLY


class VaultReadOnly(ContactVaultError):
    code = "vault_read_only"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The vault {path} cannot be changed: {reason}. Nothing was changed.")
    exit_code = EXIT_READ_ONLY


class NoPermission(ContactVaultError):
    code = "no_permission"
    template = QT_TRANSLATE_NOOP("Errors", "No permission for {path}: {reason}")
    exit_code = EXIT_READ_ONLY


REASON_FILE_READ_ONLY = QT_TRANSLATE_NOOP("Errors", "the file is read-only")
REASON_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "its folder is read-only (a journal file must be created beside the vault)")
REASON_DISK_READ_ONLY = QT_TRANSLATE_NOOP("Errors", "the disk is mounted read-only")


class VaultBusy(ContactVaultError):
    code = "vault_busy"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The vault {path} is in use by another contactvault process; waited "
                  "{seconds} s. Nothing was changed. Try again when the other "
                  "program has finished (or close it).")
    exit_code = EXIT_BUSY


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


class PersonNotFound(ContactVaultError):
    code = "person_not_found"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No contact matches {person} (give a contact id, a name or a number).")


class AmbiguousPerson(ContactVaultError):
    code = "ambiguous_person"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{person} matches several contacts: {candidates}. Give the contact id.")


class NotConfirmed(ContactVaultError):
    code = "not_confirmed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{what} needs a confirmation: answer on a terminal, or give --yes. "
                  "Nothing was changed.")


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


class RemovalsOpen(ContactVaultError):
    """The end of the procedure confirmed while numbers must still come off the phone.
    Fields: device, count, which (the names and numbers, already in the person's form)."""

    code = "removals_open"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The procedure for \u201c{device}\u201d cannot be completed: %n number(s) "
                  "must still be deleted from the phone ({which}). Delete them, confirm each "
                  "with 'contactvault removals --device NAME --confirm NUMBER', then confirm "
                  "the end again.", None, 1)
    exit_code = EXIT_STEP_REFUSED

    def message_en(self) -> str:
        return self.template.replace("%n", str(self.fields["count"])).format(**self.fields)

    def message(self) -> str:
        return translate_n(_CTX, self.template, int(self.fields["count"])).format(
            **self.fields)


class BackupTrailBroken(ContactVaultError):
    code = "backup_trail_broken"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Not restored from {path}: its audit trail does not verify ({problem}). "
                  "Nothing was changed; the backup can still be examined with --vault.")
    exit_code = EXIT_TRAIL_BROKEN


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


_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# The operating system's own words are English whatever the language; the usual ones here.
_OS_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "no permission (the file or its folder is "
                                              "read-only for you)"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "the operating system does not permit it"),
    errno.EROFS: REASON_DISK_READ_ONLY,
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "no such file or folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


def _rebuild(cls: type[ContactVaultError], fields: dict) -> ContactVaultError:
    return cls(**fields)


def from_os_error(exc: OSError, path: object = None, *,
                  writing: bool | None = None) -> ContactVaultError:
    """The error a person is told for an operating-system error on ``path``;
    ``writing`` None when it is not known whether the file was read or written."""
    where = str(path if path is not None else (exc.filename or "?"))
    reason = _OS_REASONS.get(exc.errno, exc.strerror or str(exc))
    if exc.errno in _NO_SPACE:
        return DiskFull(path=where)
    if exc.errno in _NO_PERMISSION:
        if writing is None:
            return NoPermission(path=where, reason=reason)
        return (NoWritePermission if writing else FileUnreadable)(path=where, reason=reason)
    if writing is None:
        return InvalidArgument(what=where, reason=reason)
    if writing:
        return FileNotWritable(path=where, reason=reason)
    return FileUnreadable(path=where, reason=reason)


class TemplateInvalid(ContactVaultError):
    code = "template_invalid"
    template = QT_TRANSLATE_NOOP("Errors", "The template {path} cannot be used: {reason}")


class NoticeIncomplete(ContactVaultError):
    code = "notice_incomplete"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The information notice is incomplete and cannot be recorded as sent. "
                  "Fill in: {fields} – in the settings (Your business), or with "
                  "'contactvault settings set {key} VALUE'.")


class ConfirmationIncomplete(ContactVaultError):
    code = "confirmation_incomplete"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The revocation confirmation is incomplete and cannot be recorded as sent. "
                  "Fill in: {fields} – in the settings (Your business), or with "
                  "'contactvault settings set {key} VALUE'.")


class TextChanged(ContactVaultError):
    code = "text_changed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The text changed after it was copied (a setting or the template was "
                  "edited). Nothing was recorded: copy the new text and send it.")


class EventNotFound(ContactVaultError):
    code = "event_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "No consent event with id {ident}.")


class ChatUnreadable(ContactVaultError):
    code = "chat_unreadable"
    template = QT_TRANSLATE_NOOP("Errors", "{file}: {reason} Nothing was recorded.")


class ChatDateOrderOpen(ContactVaultError):
    code = "chat_date_order_open"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file}: the dates do not tell whether the day or the month comes first. "
                  "Say which order the phone uses (day first: 29.11.26, month first: "
                  "11/29/26); nothing was proposed.")


class ChatIsGroup(ContactVaultError):
    code = "chat_is_group"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} is a group chat ({count} senders). Consent is taken only from a "
                  "chat between the business and one customer.")


class ChatRolesUnclear(ContactVaultError):
    code = "chat_roles_unclear"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file}: which sender is the business cannot be told (no notice of the "
                  "business in the chat, and the file name names no sender). Senders: "
                  "{senders}. Say which one is the business.")


class ChatSenderUnknown(ContactVaultError):
    code = "chat_sender_unknown"
    template = QT_TRANSLATE_NOOP(
        "Errors", "\u201c{name}\u201d wrote nothing in {file}; its senders are: {senders}.")


class ChatProposalUnknown(ContactVaultError):
    code = "chat_proposal_unknown"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} proposes nothing with the id {ident} (see 'contactvault chat "
                  "scan'). Nothing was recorded.")


class ChatPartnerUnconfirmed(ContactVaultError):
    code = "chat_partner_unconfirmed"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The chat shows its partner only by the name \u201c{name}\u201d, which is "
                  "contact {contact} ({number}) in the vault. A name alone is not enough: "
                  "confirm it with --contact {contact}. Nothing was recorded.")


class ChatPartnerAmbiguous(ContactVaultError):
    code = "chat_partner_ambiguous"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The chat shows its partner only by the name \u201c{name}\u201d, which "
                  "fits several numbers in the vault ({candidates}). Say which with "
                  "--contact ID and --number NUMBER. Nothing was recorded.")


class ChatPartnerNotFound(ContactVaultError):
    code = "chat_partner_not_found"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The chat shows its partner only by the name \u201c{name}\u201d, and no "
                  "contact in the vault has exactly that name. Give the number with "
                  "--number (and --add-contact if it is new). Nothing was recorded.")


class ChatPartnerNew(ContactVaultError):
    code = "chat_partner_new"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{number} is not in the vault. Add it as a new contact (category customer, "
                  "named \u201c{name}\u201d) with --add-contact. Nothing was recorded.")


class NumberErased(ContactVaultError):
    """A number typed in or taken from a chat that an erasure (Art. 17) recognises by
    its keyed hash: the person asked to be forgotten, so they come back only on purpose."""

    code = "number_erased"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{number} belonged to a person whose data was erased on {date} at their "
                  "request. Nothing was recorded. Add the number again only if the person "
                  "has come back to you; confirm that with --allow-erased.")


class EvidenceFileTooLarge(ContactVaultError):
    code = "evidence_file_too_large"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is too large to keep as evidence ({size} MB; at most {limit} MB). "
                  "Nothing was recorded.")


class EvidenceFileNotFound(ContactVaultError):
    code = "evidence_file_not_found"
    template = QT_TRANSLATE_NOOP("Errors", "No evidence file with id {ident}.")


class OutputExists(ContactVaultError):
    code = "output_exists"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} exists already and was not changed. Choose another name, or give "
                  "--force to replace it.")
    exit_code = EXIT_OUTPUT_REFUSED


class OutputProtected(ContactVaultError):
    code = "output_protected"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} was not changed: {reason}. contactvault never writes over a vault "
                  "or a backup, not even with --force; choose another name.")
    exit_code = EXIT_OUTPUT_REFUSED


# -- CardDAV servers (contactvault/carddav/client.py) --------------------------------------


class ServerError(ContactVaultError):
    """Whatever a CardDAV server answered that is none of the cases below."""

    code = "server_error"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The CardDAV server at {url} answered {status} ({reason}).")
    exit_code = EXIT_SERVER


class ServerUnreachable(ServerError):
    code = "server_unreachable"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot reach the CardDAV server at {url} ({reason}). Check the address "
                  "and the network, and that the server is running.")


class ServerNotTrusted(ServerError):
    code = "server_not_trusted"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The CardDAV server at {url} is not trusted: its TLS certificate could not "
                  "be verified ({reason}). Nothing was sent to it. Give the server's "
                  "certificate file with --certificate if you run the server yourself.")


class ServerInsecure(ServerError):
    code = "server_insecure"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{url} is not an https address. Passwords and contacts are sent to a "
                  "CardDAV server only over TLS (https), except to this computer itself.")


class ServerLoginRefused(ServerError):
    code = "server_login_refused"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The CardDAV server at {url} refused the login {user}: wrong user name or "
                  "password (401).")


class ServerForbidden(ServerError):
    code = "server_forbidden"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The CardDAV server at {url} does not allow {user} to change {what} (403): "
                  "the login may only read this address book, or it belongs to someone else.")


class ServerNoAddressBook(ServerError):
    code = "server_no_address_book"
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no address book at {url} (404). Check the address: it is the "
                  "address book's own address, not the server's.")


class CardChangedOnServer(ServerError):
    code = "card_changed_on_server"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The card {what} on the CardDAV server at {url} was changed or deleted by "
                  "someone else after it was read (412). It was left as it is; publish again "
                  "to compare afresh.")


class ServerFull(ServerError):
    code = "server_full"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The CardDAV server at {url} has no room left for {what} (507 insufficient "
                  "storage). Ask the server's administrator to free space or raise the quota.")


class ServerAnswerUnreadable(ServerError):
    code = "server_answer_unreadable"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The answer of the CardDAV server at {url} cannot be read ({reason}). Is "
                  "it a CardDAV address book?")


class NoServerPassword(ContactVaultError):
    code = "no_server_password"
    template = QT_TRANSLATE_NOOP(
        "Errors", "No password for the CardDAV login {user} of {device}: the system's secret "
                  "store keeps none and there is no terminal to ask on. Run 'contactvault "
                  "devices carddav' on a terminal, or set CONTACTVAULT_CARDDAV_PASSWORD "
                  "(less safe).")
    exit_code = EXIT_SERVER


class NoAddressBook(ContactVaultError):
    code = "no_address_book"
    template = QT_TRANSLATE_NOOP(
        "Errors", "{device} has no CardDAV address book. Set one with 'contactvault devices "
                  "carddav \"{device}\" --url URL --user LOGIN'.")


class PublishIncomplete(ContactVaultError):
    code = "publish_incomplete"
    template = QT_TRANSLATE_NOOP(
        "Errors", "Publishing to {device} stopped after {done} of {total} changes: {reason} "
                  "What the server confirmed is recorded; publish again to finish.")
    exit_code = EXIT_SERVER


class PublishPlanStale(ContactVaultError):
    code = "publish_plan_stale"
    template = QT_TRANSLATE_NOOP(
        "Errors", "The vault changed since the publish to {device} was planned. Nothing was "
                  "changed on the server; plan it again.")
