"""What an import found: typed results, never prose to parse.

Importers yield ``ParsedContact`` records and ``ImportIssue``s; the import service adds
its own issues (invalid numbers, merges) and counts, and returns an ``ImportReport``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.importers.decoding import CODE_PAGE_NAMES


class Severity(StrEnum):
    ERROR = "error"  # the record was skipped
    WARNING = "warning"  # the record was imported, but something was guessed or repaired
    INFO = "info"  # worth knowing (a merge, a re-import)


@dataclass(frozen=True)
class ImportIssue:
    code: str  # stable key, see ISSUE_TEXTS
    file: str
    line: int | None  # 1-based line in the file where the record starts, if known
    severity: Severity
    detail: str = ""  # specific facts (e.g. "CHARSET=UTF-8 but bytes are Windows-1252")
    raw: str = ""  # the offending raw value, shortened to at most 200 characters
    # The detail as a sentence for people: a key of DETAIL_TEXTS and its values
    # (``detail`` keeps the same facts in English for scripts and logs).
    says: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        from contactvault.i18n import translate

        text = translate("ImportIssue", ISSUE_TEXTS.get(self.code, self.code))
        if self.code in ("erased", "erased_imported"):  # the sentence holds the date
            return text.format(date=dict(self.params).get("date", self.detail))
        detail = self.detail
        if self.says == "none":  # the issue's sentence says it all
            detail = ""
        elif self.says in DETAIL_TEXTS:
            params = {key: translate("ImportIssue", value) if key in _WORDS else value
                      for key, value in self.params}
            detail = translate("ImportIssue", DETAIL_TEXTS[self.says]).format(**params)
        elif self.code == "invalid_number":  # detail holds flag codes: say them in words
            detail = _flags_in_words(detail)
        return f"{text}: {detail}" if detail else text


def _flags_in_words(codes: str) -> str:
    """``"region_assumed, invalid"`` → the flags' sentences, what blocks the number first."""
    from contactvault import phones
    from contactvault.i18n import translate

    flags = [c.strip() for c in codes.split(",") if c.strip()]
    flags.sort(key=lambda f: f not in phones.BLOCKING_FLAGS)
    return "; ".join(translate("PhoneFlag", phones.FLAG_TEXTS[f]) if f in phones.FLAG_TEXTS
                     else f for f in flags)


def shorten(value: str, limit: int = 200) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


# One sentence per issue code; the detail field adds the specifics.
ISSUE_TEXTS = {
    # file level
    "file_unreadable": QT_TRANSLATE_NOOP("ImportIssue", "file cannot be read"),
    "file_empty": QT_TRANSLATE_NOOP("ImportIssue", "file is empty"),
    "file_binary": QT_TRANSLATE_NOOP("ImportIssue", "file is not text"),
    "unknown_format": QT_TRANSLATE_NOOP("ImportIssue", "not a vCard or known contacts CSV"),
    "encoding_guessed": QT_TRANSLATE_NOOP("ImportIssue", "text encoding was guessed"),
    "line_endings_guessed": QT_TRANSLATE_NOOP("ImportIssue", "unusual line endings"),
    "byte_order_mark": QT_TRANSLATE_NOOP("ImportIssue", "byte-order mark removed"),
    "binary_skipped": QT_TRANSLATE_NOOP("ImportIssue", "bytes that are not text skipped"),
    "no_records": QT_TRANSLATE_NOOP("ImportIssue", "file holds no contacts"),
    # record level: skipped
    "card_unreadable": QT_TRANSLATE_NOOP("ImportIssue", "contact record cannot be read"),
    "card_too_large": QT_TRANSLATE_NOOP("ImportIssue", "contact record is too large"),
    "card_empty": QT_TRANSLATE_NOOP("ImportIssue", "contact record has no name, number or e-mail"),
    "csv_bad_row": QT_TRANSLATE_NOOP("ImportIssue", "CSV row cannot be read"),
    "csv_unknown_columns": QT_TRANSLATE_NOOP("ImportIssue", "CSV columns not recognised"),
    "no_phone_column": QT_TRANSLATE_NOOP(
        "ImportIssue", "no column holds phone numbers; nothing was imported from this file"),
    "map_unknown_column": QT_TRANSLATE_NOOP(
        "ImportIssue", "the column mapping names a column the file does not have"),
    "text_outside_card": QT_TRANSLATE_NOOP(
        "ImportIssue", "text outside any contact record ignored"),
    # record level: imported with a repair
    "missing_end": QT_TRANSLATE_NOOP("ImportIssue", "END:VCARD missing; record read to its end"),
    "missing_version": QT_TRANSLATE_NOOP("ImportIssue", "VERSION missing; assumed"),
    "bad_line": QT_TRANSLATE_NOOP("ImportIssue", "line cannot be read; kept in the original text"),
    "bad_quoted_printable": QT_TRANSLATE_NOOP(
        "ImportIssue", "broken quoted-printable value; decoded as far as possible"),
    "charset_mislabelled": QT_TRANSLATE_NOOP(
        "ImportIssue", "declared character set does not match the bytes"),
    "charset_unknown": QT_TRANSLATE_NOOP("ImportIssue", "unknown character set"),
    "value_truncated": QT_TRANSLATE_NOOP("ImportIssue", "overlong value shortened"),
    "missing_begin": QT_TRANSLATE_NOOP("ImportIssue", "BEGIN:VCARD missing; record read from "
                                       "the end of the previous one"),
    "nul_bytes": QT_TRANSLATE_NOOP("ImportIssue", "NUL bytes removed from the record"),
    "number_cell_zero_added": QT_TRANSLATE_NOOP(
        "ImportIssue", "the number was stored as a number in the spreadsheet; the leading 0 "
                       "was added"),
    "number_cell": QT_TRANSLATE_NOOP(
        "ImportIssue", "the number was stored as a number in the spreadsheet; a leading 0 or + "
                       "may have been lost, please check it"),
    "csv_short_rows": QT_TRANSLATE_NOOP(
        "ImportIssue", "CSV rows have fewer cells than the header; missing cells read as empty"),
    # service level
    "invalid_number": QT_TRANSLATE_NOOP("ImportIssue", "phone number kept but flagged"),
    "merged": QT_TRANSLATE_NOOP("ImportIssue", "merged with an existing contact"),
    "already_imported": QT_TRANSLATE_NOOP("ImportIssue", "already in the vault; nothing changed"),
    # detail: when the erasure happened (ISO); params: ("date", the date for people)
    "erased": QT_TRANSLATE_NOOP(
        "ImportIssue", "was erased on {date} (GDPR Art. 17); not imported again unless asked "
                       "for"),
    "erased_imported": QT_TRANSLATE_NOOP(
        "ImportIssue", "was erased on {date} (GDPR Art. 17); imported again as asked"),
}


# Details as sentences (``ImportIssue.says``); {names} are the issue's ``params``.
DETAIL_TEXTS = {
    "zero_bytes": QT_TRANSLATE_NOOP("ImportIssue", "the file has 0 bytes"),
    "only_whitespace": QT_TRANSLATE_NOOP("ImportIssue", "the file holds only spaces and "
                                         "empty lines"),
    "bom": QT_TRANSLATE_NOOP("ImportIssue", "the file starts with the {encoding} "
                             "byte-order mark"),
    "read_as": QT_TRANSLATE_NOOP("ImportIssue", "the file does not say its encoding; "
                                 "it was read as {encoding}"),
    "read_as_code_page": QT_TRANSLATE_NOOP(
        "ImportIssue", "the file does not say its encoding; it was read as {encoding} "
        "({languages}), the code page its letters fit best"),
    "binary_skipped": QT_TRANSLATE_NOOP(
        "ImportIssue", "{bytes} bytes before the first BEGIN:VCARD; line numbers count "
        "from there"),
    "no_format": QT_TRANSLATE_NOOP("ImportIssue", "the file has neither BEGIN:VCARD nor a "
                                   "row of column names"),
    "whatsapp_chat": QT_TRANSLATE_NOOP(
        "ImportIssue", "the file is a WhatsApp chat export, not an address book; chats are "
        "read with \u201ccontactvault chat scan\u201d"),
    "columns_found": QT_TRANSLATE_NOOP("ImportIssue", "the file's columns are: {columns}. "
                                       "Choose which column holds the numbers."),
    "record_ends": QT_TRANSLATE_NOOP("ImportIssue", "the record ends where the next one "
                                     "begins or where the file ends"),
    "lines_without_name": QT_TRANSLATE_NOOP("ImportIssue", "lines without a property name "
                                            "and ':': {count}"),
    "no_property_read": QT_TRANSLATE_NOOP("ImportIssue", "no property could be read"),
    "no_properties": QT_TRANSLATE_NOOP("ImportIssue", "the record holds no properties"),
    "qp_soft_break": QT_TRANSLATE_NOOP("ImportIssue", "soft line break at the end of the "
                                       "record"),
    "read_as_vcard": QT_TRANSLATE_NOOP("ImportIssue", "read as vCard {version}"),
    "qp_bad_escape": QT_TRANSLATE_NOOP("ImportIssue", "{property}: '=' not followed by two "
                                       "hex digits; kept as written"),
    "base64_bad": QT_TRANSLATE_NOOP("ImportIssue", "{property}: the BASE64 value cannot be "
                                    "decoded"),
    "value_charset_unknown": QT_TRANSLATE_NOOP(
        "ImportIssue", "{property}: the character set {charset} is unknown; read as "
        "{encoding}"),
    "value_charset_wrong": QT_TRANSLATE_NOOP(
        "ImportIssue", "{property}: declared as {charset}, but the bytes are not "
        "{charset}; read as {encoding}"),
    "value_utf8_damaged": QT_TRANSLATE_NOOP(
        "ImportIssue", "{property}: UTF-8 with invalid bytes, kept as \\xNN"),
    "value_read_as": QT_TRANSLATE_NOOP("ImportIssue", "{property}: read as {encoding}"),
    "card_over_mb": QT_TRANSLATE_NOOP("ImportIssue", "larger than {mb} MB; skipped"),
    "line_over_mb": QT_TRANSLATE_NOOP("ImportIssue", "a line is longer than {mb} MB; "
                                      "skipped"),
    "end_without_begin": QT_TRANSLATE_NOOP("ImportIssue", "END:VCARD without BEGIN:VCARD"),
    "bytes_outside": QT_TRANSLATE_NOOP("ImportIssue", "{bytes} bytes"),
    "line_too_long": QT_TRANSLATE_NOOP("ImportIssue", "a line of {length} characters; the "
                                       "most read is {limit}"),
    "no_header": QT_TRANSLATE_NOOP("ImportIssue", "no row of column names"),
    "no_rows": QT_TRANSLATE_NOOP("ImportIssue", "the first sheet has no rows"),
    "sheet_unreadable": QT_TRANSLATE_NOOP("ImportIssue", "the spreadsheet cannot be read "
                                          "({error})"),
    "unterminated_quote": QT_TRANSLATE_NOOP("ImportIssue", "a quote (\") is not closed"),
    "csv_error": QT_TRANSLATE_NOOP("ImportIssue", "the row breaks the CSV rules ({error})"),
    "runaway_quote": QT_TRANSLATE_NOOP(
        "ImportIssue", "a quote (\") is not closed: the row runs over {lines} lines and has "
        "{cells} cells, the header {header}"),
    "merged_into": QT_TRANSLATE_NOOP("ImportIssue", "contact {id}"),
    "number_cell_read_as": QT_TRANSLATE_NOOP("ImportIssue", "column \u201c{column}\u201d: "
                                             "{value} read as {number}"),
    "number_cell_check": QT_TRANSLATE_NOOP("ImportIssue", "column \u201c{column}\u201d: "
                                           "{value}"),
    "cells_count": QT_TRANSLATE_NOOP("ImportIssue", "the row has {cells} cells, the header "
                                     "{header}"),
    "column_missing": QT_TRANSLATE_NOOP("ImportIssue", "\u201c{column}\u201d is not among "
                                        "the columns {columns}"),
}


# Parameters that are words (English, marked for translation where they are made; an
# encoding's name has no translation and stays as it is).
_WORDS = frozenset({"languages", "encoding"})

# The formats (``FileSummary.format``, an importer's ``name``) in words.
FORMAT_TEXTS = {
    "vcard": QT_TRANSLATE_NOOP("ImportFormat", "vCard"),
    "csv-google": QT_TRANSLATE_NOOP("ImportFormat", "Google Contacts CSV"),
    "csv-outlook": QT_TRANSLATE_NOOP("ImportFormat", "Outlook CSV"),
    "csv-thunderbird": QT_TRANSLATE_NOOP("ImportFormat", "Thunderbird CSV"),
    "csv-apple": QT_TRANSLATE_NOOP("ImportFormat", "Apple Contacts CSV"),
    "csv-generic": QT_TRANSLATE_NOOP("ImportFormat", "CSV table"),
    "xlsx": QT_TRANSLATE_NOOP("ImportFormat", "Excel workbook"),
    "ods": QT_TRANSLATE_NOOP("ImportFormat", "OpenDocument spreadsheet"),
}


def format_words(summary: FileSummary) -> str:
    """What a file was read as, for people: "vCard, UTF-8", "CSV table, Windows-1252",
    "Excel workbook" (a workbook has no text encoding to name)."""
    from contactvault.i18n import translate

    shown = translate("ImportFormat", FORMAT_TEXTS.get(summary.format, summary.format or "?"))
    if summary.encoding:
        shown += ", " + CODE_PAGE_NAMES.get(summary.encoding, summary.encoding)
    return shown

# The code pages' languages, as decoding.CODE_PAGE_LANGUAGES says them.
_CODE_PAGE_LANGUAGES = (
    QT_TRANSLATE_NOOP("ImportIssue",
                      "Western European: German, French, Spanish, Italian, Dutch, Danish …"),
    QT_TRANSLATE_NOOP("ImportIssue", "Central European: Polish, Czech, Slovak, Hungarian, "
                                     "Croatian, Slovenian, Romanian"),
    QT_TRANSLATE_NOOP("ImportIssue", "Cyrillic: Russian, Ukrainian, Bulgarian, Serbian"),
    QT_TRANSLATE_NOOP("ImportIssue", "Baltic: Lithuanian, Latvian, Estonian"),
    QT_TRANSLATE_NOOP("ImportIssue", "Greek"),
    QT_TRANSLATE_NOOP("ImportIssue", "Turkish"),
    QT_TRANSLATE_NOOP("ImportIssue", "Japanese"),
)


# File-level refusals: the file gave no records because of what it is, not of one record.
FILE_REFUSALS = frozenset({"file_unreadable", "file_empty", "file_binary", "unknown_format",
                           "csv_unknown_columns", "no_phone_column", "map_unknown_column"})


@dataclass
class FileSummary:
    file: str
    format: str = ""
    encoding: str = ""  # the text encoding; "" for a spreadsheet (a ZIP of XML files)
    records: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # column -> field, for tables


@dataclass
class ImportReport:
    files: list[FileSummary] = field(default_factory=list)
    imported: int = 0  # new contacts
    merged: int = 0  # records merged into an existing contact
    unchanged: int = 0  # records already in the vault (re-import)
    skipped: int = 0  # records that could not be read
    files_unreadable: int = 0  # files refused as a whole (binary, unknown format, empty …)
    flagged_numbers: int = 0  # numbers kept but flagged invalid or doubtful
    issues: list[ImportIssue] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)  # new or changed contacts
    cancelled: bool = False  # cancelled and rolled back: nothing of it was stored
    erased: int = 0  # records of erased people, recognised by their keyed hashes
    #                  (skipped, unless the import was asked to take them: then imported)

    def errors(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    def complete(self) -> bool:
        """Whether every file and every record was read (nothing skipped)."""
        return not (self.errors() or self.skipped or self.files_unreadable)
