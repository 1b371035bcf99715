"""The rows of the desktop app's contacts table, read in bulk.

Building 100 000 Contact objects takes seconds; the table needs a few columns of every
contact within a few hundred milliseconds, so SQLite assembles them and Python only
slices columns. A contact's numbers arrive packed into one string (see
``unpack_numbers``). The search text holds what ``search.text_haystack`` reads of a
contact (a GUI test checks it); whitespace may differ, which cannot change a match
because query words hold no whitespace.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from contactvault.vault.connection import Connection

_SEP_FIELD = "\x1f"  # between the E.164 form and the raw text of one number
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


def unpack_numbers(packed: str) -> list[tuple[str | None, str]]:
    """One row's numbers as (E.164 or None, raw text), in the contact's order."""
    if not packed:
        return []
    result = []
    for item in packed.split(_SEP_NUMBER):
        e164, raw = item.split(_SEP_FIELD)
        result.append((e164 or None, raw))
    return result


def _structured_sql() -> str:
    joined = ("n_prefix || ' ' || n_given || ' ' || n_additional || ' ' || n_family || ' ' "
              "|| n_suffix")
    for _ in range(3):
        joined = f"replace({joined}, '  ', ' ')"
    return f"trim({joined})"


def table_rows(conn: Connection, ids: list[int] | None = None,
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
    packed = dict(conn.execute(
        "SELECT contact_id, group_concat(coalesce(e164, '') || char(31) || raw, char(30) "
        "ORDER BY position) "
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
