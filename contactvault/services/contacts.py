"""Looking at and changing contacts."""

from __future__ import annotations

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
        raise errors.InvalidArgument(what=", ".join(sorted(unknown)), reason="not editable")
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
        raise errors.InvalidArgument(what="contact", reason="a name or a number is needed")
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
        repository.add_source(conn, contact_id, record, now,
                              repository.content_hash(record.original_text + now))
        audit.record(conn, "contact.add", actor=audit.current_actor(actor),
                     subject=str(contact_id))
    return get_contact(vault, contact_id)
