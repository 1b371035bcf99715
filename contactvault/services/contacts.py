"""Looking at and changing contacts."""

from __future__ import annotations

from contactvault.i18n import QT_TRANSLATE_NOOP

import uuid
from dataclasses import dataclass, field

from contactvault import audit, clock, errors, phones, search, settings
from contactvault.model import Category, Contact, ParsedContact, RawPhone, StructuredName
from contactvault.vault import Vault, repository


def list_contacts(vault: Vault, filter_text: str = "") -> list[Contact]:
    with vault.reading() as conn:
        contacts = list(repository.iter_contacts(conn))
    return search.filter_contacts(contacts, filter_text) if filter_text else contacts


def get_contact(vault: Vault, contact_id: int) -> Contact:
    with vault.reading() as conn:
        try:
            return repository.get_contact(conn, contact_id)
        except KeyError:
            raise errors.ContactNotFound(ident=contact_id) from None


def parse_contact_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise errors.ContactNotFound(ident=text) from None
    if value <= 0:
        raise errors.ContactNotFound(ident=text)
    return value


def set_category(vault: Vault, contact_ids: list[int], category: Category | str, *,
                 actor: str | None = None) -> int:
    category = Category(category)
    now = clock.now_iso()
    with vault.transaction() as conn:
        for contact_id in contact_ids:
            if not repository.contact_exists(conn, contact_id):
                raise errors.ContactNotFound(ident=contact_id)
        changed = repository.set_category(conn, contact_ids, category, now)
        audit.record(conn, "contact.category", actor=audit.current_actor(actor),
                     subject=",".join(map(str, contact_ids[:50])),
                     details={"category": category.value, "count": changed})
    return changed


EDITABLE = ("formatted_name", "n_family", "n_given", "n_additional", "n_prefix", "n_suffix",
            "organisation", "title", "language")


def edit_contact(vault: Vault, contact_id: int, *, actor: str | None = None,
                 **fields: str) -> Contact:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise errors.InvalidArgument(what=", ".join(sorted(unknown)), reason=QT_TRANSLATE_NOOP("Errors", "not editable"))
    now = clock.now_iso()
    with vault.transaction() as conn:
        if not repository.contact_exists(conn, contact_id):
            raise errors.ContactNotFound(ident=contact_id)
        repository.update_fields(conn, contact_id, now, **fields)
        audit.record(conn, "contact.edit", actor=audit.current_actor(actor),
                     subject=str(contact_id), details={"fields": sorted(fields)})
    return get_contact(vault, contact_id)


def add_contact(vault: Vault, *, formatted_name: str = "", given: str = "", family: str = "",
                organisation: str = "", numbers: list[str] | None = None,
                category: Category | str = Category.UNKNOWN,
                actor: str | None = None) -> Contact:
    """A contact typed in by hand. Its 'original' is the vCard of what was typed."""
    name = StructuredName(family=family, given=given)
    formatted = formatted_name or name.formatted() or organisation
    if not formatted and not numbers:
        raise errors.InvalidArgument(what="contact", reason=QT_TRANSLATE_NOOP("Errors", "a name or a number is needed"))
    from contactvault.export.vcard_text import card_for_manual_entry

    record = ParsedContact(
        source_file="(entered by hand)", source_line=0, source_format="manual",
        original_text="", formatted_name=formatted, name=name, organisation=organisation,
        phones=[RawPhone(n) for n in (numbers or []) if n.strip()],
    )
    record.original_text = card_for_manual_entry(record)
    now = clock.now_iso()
    with vault.transaction() as conn:
        region = settings.get(conn, "numbers.default_region")
        numbers_parsed = [phones.normalise(p.raw, region) for p in record.phones]
        contact_id = repository.insert_contact(conn, record, numbers_parsed, now,
                                               category=Category(category))
        # Typed-in contacts have no file to be re-imported from: their source record is
        # unique per entry, even when the same person is typed twice in one second.
        repository.add_source(conn, contact_id, record, now,
                              repository.content_hash(f"{record.original_text}\n{uuid.uuid4()}"))
        audit.record(conn, "contact.add", actor=audit.current_actor(actor),
                     subject=str(contact_id))
    return get_contact(vault, contact_id)


# -- the contacts table of the desktop app -------------------------------------------
# Added for the GUI (contactvault/gui/models/contacts_model.py). Building 100 000
# Contact objects takes seconds; the table needs a few columns of every contact within
# a few hundred milliseconds, so SQLite assembles them and Python only slices columns.
# The search text matches what search.text_haystack / search.digit_haystack build (a GUI
# test checks it); whitespace may differ, which cannot change a match because query
# words hold no whitespace.

_SEP_FIELD = "\x1f"  # between e164, raw and usable of one number
_SEP_NUMBER = "\x1e"  # between numbers of one contact


@dataclass
class ContactTable:
    """Every contact as parallel column lists, in id order (one entry per contact)."""

    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # Contact.display_name()
    organisations: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # Category values
    updated: list[str] = field(default_factory=list)  # ISO times
    numbers_packed: list[str] = field(default_factory=list)  # see unpack_numbers
    search_text: list[str] = field(default_factory=list)  # unfolded haystack source

    def __len__(self) -> int:
        return len(self.ids)


def unpack_numbers(packed: str) -> list[tuple[str | None, str, bool]]:
    """One row's numbers as (e164 or None, raw text, usable for WhatsApp)."""
    if not packed:
        return []
    result = []
    blocking = phones.BLOCKING_FLAGS
    for item in packed.split(_SEP_NUMBER):
        e164, raw, valid, flags = item.split(_SEP_FIELD)
        ok = bool(e164) and valid == "1" and not (flags and blocking & set(flags.split()))
        result.append((e164 or None, raw, ok))
    return result


def _structured_sql() -> str:
    joined = "n_prefix || ' ' || n_given || ' ' || n_additional || ' ' || n_family || ' ' || n_suffix"
    for _ in range(3):
        joined = f"replace({joined}, '  ', ' ')"
    return f"trim({joined})"


def contact_table(vault: Vault, ids: list[int] | None = None,
                  limit: int | None = None) -> ContactTable:
    """All contacts, or only those with the given ids (to refresh a few rows), or the
    first ``limit`` by id (to show a screenful at once while the rest loads)."""
    where_p = where_c = ""
    args: tuple = ()
    if limit is not None:
        where_p = f"WHERE contact_id IN (SELECT id FROM contacts ORDER BY id LIMIT {int(limit)}) "
        where_c = f"WHERE id IN (SELECT id FROM contacts ORDER BY id LIMIT {int(limit)}) "
    elif ids is not None:
        wanted = sorted({int(i) for i in ids})[:900]  # stays below SQLite's variable limit
        marks = ",".join("?" * len(wanted)) or "NULL"
        where_p, where_c, args = (f"WHERE contact_id IN ({marks}) ",
                                  f"WHERE id IN ({marks}) ", tuple(wanted))
    structured = _structured_sql()
    text = (f"{structured} || ' ' || organisation || ' ' || title || ' ' || CASE WHEN "
            "emails_json = '[]' THEN '' ELSE (SELECT group_concat(json_extract(value, "
            "'$.value'), ' ') FROM json_each(emails_json)) END")
    with vault.reading() as conn:
        packed = dict(conn.execute(
            "SELECT contact_id, group_concat(coalesce(e164, '') || char(31) || raw || char(31)"
            " || valid || char(31) || flags, char(30) ORDER BY position) "
            f"FROM phones {where_p}GROUP BY contact_id", args
        ))
        rows = conn.execute(
            f"SELECT id, coalesce(nullif(formatted_name, ''), nullif({structured}, ''), "
            f"nullif(organisation, ''), json_extract(emails_json, '$[0].value'), ''), "
            f"organisation, category, updated_at, "
            f"replace(replace({text}, char(10), ' '), char(13), ' ') FROM contacts "
            f"{where_c}ORDER BY id", args
        ).fetchall()
    table = ContactTable()
    table.ids = ids = [r[0] for r in rows]
    table.names = [r[1] for r in rows]
    table.organisations = [r[2] for r in rows]
    table.categories = [r[3] for r in rows]
    table.updated = [r[4] for r in rows]
    table.search_text = [r[5] for r in rows]
    get = packed.get
    table.numbers_packed = [get(i, "") for i in ids]
    names = table.names
    for i, name in enumerate(names):
        if not name and table.numbers_packed[i]:  # display_name(): the first number's raw text
            names[i] = unpack_numbers(table.numbers_packed[i])[0][1]
    return table


def table_text_haystacks(table: ContactTable) -> list[str]:
    """The folded search text of every row, folded in one go."""
    joined = "\n".join(
        f"{name} {rest}" for name, rest in zip(table.names, table.search_text)
    ).replace("\n\n", "\n \n")
    folded = search.fold(joined)
    result = folded.split("\n")
    if len(result) != len(table):  # a character that folds to a line break: do it row by row
        result = [search.fold(f"{n} {r}").replace("\n", " ")
                  for n, r in zip(table.names, table.search_text)]
    return result


def table_digit_haystacks(table: ContactTable) -> list[str]:
    """The digit keys of search.digit_haystack for every row (a superset, never fewer)."""
    keys_of = _number_keys
    unpack = unpack_numbers
    return [" ".join(keys_of(e164, raw) for e164, raw, _ in unpack(packed)) if packed else ""
            for packed in table.numbers_packed]
_NATIONAL_PREFIX: dict[str, str | None] = {}


def _number_keys(e164: str | None, raw: str) -> str:
    raw_digits = "".join(ch for ch in raw if ch.isdigit())
    if not e164:
        return raw_digits
    bare = e164[1:]
    # Country codes are prefix-free: +49 171… -> "49"; national form "0" + the rest.
    for size in (1, 2, 3):
        cc = bare[:size]
        prefix = _NATIONAL_PREFIX.get(cc, "?")
        if prefix == "?":
            prefix = _national_prefix_for(cc)
            _NATIONAL_PREFIX[cc] = prefix
        if prefix is not None:
            national = prefix + bare[size:] if prefix else ""
            return f"{bare} {national} {raw_digits}"
    return phones.search_digits(e164, raw)


def _national_prefix_for(cc: str) -> str | None:
    """The national trunk prefix of a country code ("" when none), None if not a code."""
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(cc)) if cc.isdigit() else None
    if not regions:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        int(cc), regions[0])
    return (metadata.national_prefix or "") if metadata is not None else ""
