"""Looking at and changing contacts."""

from __future__ import annotations

import uuid

from contactvault import audit, errors, phones, search, settings, timefmt
from contactvault.context import Context
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import (
    Category,
    Contact,
    ParsedContact,
    PhoneNumber,
    RawPhone,
    StructuredName,
)
from contactvault.vault import contact_table as contact_table_rows
from contactvault.vault import contacts as contact_store
from contactvault.vault import requests as request_store
from contactvault.vault.connection import Connection
from contactvault.vault.contact_table import ContactTable, unpack_numbers


def list_contacts(ctx: Context, filter_text: str = "") -> list[Contact]:
    with ctx.vault.reading() as conn:
        contacts = list(contact_store.iter_contacts(conn))
    return search.filter_contacts(contacts, filter_text) if filter_text else contacts


def get_contact(ctx: Context, contact_id: int) -> Contact:
    with ctx.vault.reading() as conn:
        try:
            return contact_store.get_contact(conn, contact_id)
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


def set_category(ctx: Context, contact_ids: list[int], category: Category | str) -> int:
    category = Category(category)
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        for contact_id in contact_ids:
            if not contact_store.contact_exists(conn, contact_id):
                raise errors.ContactNotFound(ident=contact_id)
        changed = contact_store.set_category(conn, contact_ids, category, now)
        audit.record(conn, "contact.category", actor=ctx.actor_in(conn), at=now,
                     subject=",".join(map(str, contact_ids[:50])),
                     details={"category": category.value, "count": changed})
    return changed


EDITABLE = ("formatted_name", "n_family", "n_given", "n_additional", "n_prefix", "n_suffix",
            "organisation", "title", "language")


def edit_contact(ctx: Context, contact_id: int, **fields: str) -> Contact:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise errors.InvalidArgument(what=", ".join(sorted(unknown)),
                                     reason=QT_TRANSLATE_NOOP("Errors", "not editable"))
    now = ctx.now_iso()
    with ctx.vault.transaction() as conn:
        try:
            before = contact_store.get_contact(conn, contact_id)
        except KeyError:
            raise errors.ContactNotFound(ident=contact_id) from None
        _keeps_a_name(before, fields)
        contact_store.update_fields(conn, contact_id, now, **fields)
        audit.record(conn, "contact.edit", actor=ctx.actor_in(conn), at=now,
                     subject=str(contact_id), details={"fields": sorted(fields)})
    return get_contact(ctx, contact_id)


def _keeps_a_name(before: Contact, fields: dict[str, str]) -> None:
    """Refuse an edit that would leave a named contact with neither a name nor an
    organisation: the lists, the exports and the removal lists name people by it."""
    naming = {"formatted_name": before.formatted_name, "n_given": before.name.given,
              "n_family": before.name.family, "organisation": before.organisation}
    had_one = any(v.strip() for v in naming.values())
    naming.update({k: v for k, v in fields.items() if k in naming})
    if had_one and not any(v.strip() for v in naming.values()):
        raise errors.InvalidArgument(what="contact", reason=QT_TRANSLATE_NOOP(
            "Errors", "a contact needs a name or an organisation"))


def add_contact(ctx: Context, *, formatted_name: str = "", given: str = "", family: str = "",
                organisation: str = "", numbers: list[str] | None = None,
                category: Category | str = Category.UNKNOWN,
                allow_erased: bool = False) -> Contact:
    """A contact typed in by hand. Its 'original' is the vCard of what was typed. A
    number of a person erased earlier is refused (``errors.NumberErased``) unless
    ``allow_erased``."""
    name = StructuredName(family=family, given=given)
    formatted = formatted_name or name.formatted() or organisation
    if not formatted and not numbers:
        raise errors.InvalidArgument(what="contact", reason=QT_TRANSLATE_NOOP(
            "Errors", "a name or a number is needed"))
    from contactvault.export.vcard_text import card_for_manual_entry

    record = ParsedContact(
        source_file="(entered by hand)", source_line=0, source_format="manual",
        original_text="", formatted_name=formatted, name=name, organisation=organisation,
        phones=[RawPhone(n) for n in (numbers or []) if n.strip()],
    )
    record.original_text = card_for_manual_entry(record)
    with ctx.vault.transaction() as conn:
        contact_id = _insert_typed(ctx, conn, record, category, allow_erased)
    return get_contact(ctx, contact_id)


def add_contact_in(ctx: Context, conn: Connection, *, formatted_name: str,
                   number: str, category: Category | str, source: str,
                   allow_erased: bool = False) -> int:
    """A contact with one name and one number, inside the caller's transaction (a chat
    partner added with the consent taken from the chat); ``source`` says where the
    name and number came from. Returns the new contact's id. A number of a person
    erased earlier is refused unless ``allow_erased``, as in ``add_contact``."""
    from contactvault.export.vcard_text import card_for_manual_entry

    record = ParsedContact(
        source_file=source, source_line=0, source_format="manual", original_text="",
        formatted_name=formatted_name, name=StructuredName(), organisation="",
        phones=[RawPhone(number)])
    record.original_text = card_for_manual_entry(record)
    return _insert_typed(ctx, conn, record, category, allow_erased)


def _insert_typed(ctx: Context, conn: Connection, record: ParsedContact,
                  category: Category | str, allow_erased: bool) -> int:
    now = ctx.now_iso()
    region = settings.get(conn, "numbers.default_region")
    numbers_parsed = [phones.normalise(p.raw, region) for p in record.phones]
    erased_on = _erased_numbers(conn, numbers_parsed)
    if erased_on and not allow_erased:  # the person asked to be forgotten: confirm first
        number, date = erased_on[0]
        raise errors.NumberErased(number=number, date=timefmt.format_date(date))
    contact_id = contact_store.insert_contact(conn, record, numbers_parsed, now,
                                              category=Category(category))
    # Typed-in contacts have no file to be re-imported from: their source record is
    # unique per entry, even when the same person is typed twice in one second.
    unique = contact_store.content_hash(f"{record.original_text}\n{uuid.uuid4()}")
    contact_store.add_source(conn, contact_id, record, now, unique)
    audit.record(conn, "contact.add", actor=ctx.actor_in(conn), at=now,
                 subject=str(contact_id),
                 details={"erased_allowed": len(erased_on)} if erased_on else None)
    return contact_id


def _erased_numbers(conn: Connection, numbers: list[PhoneNumber]) -> list[tuple[str, str]]:
    """(number as shown, date of its latest erasure) for each of these numbers an
    erasure recognises by its keyed hash (``requests.number_key``, as an import does);
    nothing to compare in a vault without erasures."""
    if not numbers or not request_store.any_erasures(conn):
        return []
    key = request_store.erasure_key(conn)
    by_hash = {found: n for n in numbers
               if (found := request_store.number_key(key, n.e164, n.raw)) is not None}
    matches = request_store.erased_matches(conn, "number", by_hash)
    return [(phones.display(by_hash[h].e164) if by_hash[h].e164 else by_hash[h].raw,
             erasure.erased_at) for h, erasure in matches.items()]


# -- the contacts table of the desktop app -------------------------------------------
# Used by contactvault/gui/models/contacts_model.py: column lists instead of Contact
# objects (see vault/contact_table.py, also for ``unpack_numbers``), and search keys
# built for all rows in one go.


def contact_table(ctx: Context, ids: list[int] | None = None,
                  limit: int | None = None, *, search_text: bool = True,
                  numbers: bool = True, complete_up_to: int | None = None) -> ContactTable:
    """All contacts, or only those with the given ids (to refresh a few rows), or the
    first ``limit`` by id (to show a screenful at once while the rest loads); without
    ``search_text`` or (all contacts only) ``numbers`` sooner, and ``search_texts`` and
    ``table_numbers`` read those columns later, unless the vault holds at most
    ``complete_up_to`` contacts: then everything comes in this one read."""
    with ctx.vault.reading() as conn:
        return contact_table_rows.table_rows(conn, ids, limit, search_text=search_text,
                                             numbers=numbers, complete_up_to=complete_up_to)


def table_numbers(ctx: Context, ids: list[int]) -> list[str]:
    """The packed numbers (see ContactTable.numbers_packed) of these contacts, in this
    order."""
    with ctx.vault.reading() as conn:
        return contact_table_rows.table_numbers(conn, ids)


def search_texts(ctx: Context, ids: list[int]) -> list[str]:
    """The search text (see ContactTable.search_text) of these contacts, in this order."""
    with ctx.vault.reading() as conn:
        return contact_table_rows.search_texts(conn, ids)


def table_text_haystacks(table: ContactTable) -> list[str]:
    """The folded search text of every row, folded in one go."""
    joined = "\n".join(
        f"{name} {rest}" for name, rest in zip(table.names, table.search_text, strict=True)
    ).replace("\n\n", "\n \n")
    folded = search.fold(joined)
    result = folded.split("\n")
    if len(result) != len(table):  # a character that folds to a line break: do it row by row
        result = [search.fold(f"{n} {r}").replace("\n", " ")
                  for n, r in zip(table.names, table.search_text, strict=True)]
    return result


def table_digit_haystacks(table: ContactTable) -> list[str]:
    """The digit keys of search.digit_haystack for every row."""
    keys_of = phones.search_digits
    return [" ".join(keys_of(e164, raw) for e164, raw in unpack_numbers(packed)) if packed
            else "" for packed in table.numbers_packed]
