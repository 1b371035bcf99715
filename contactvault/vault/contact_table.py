"""The rows of the desktop app's contacts table, read in bulk.

Building 100 000 Contact objects takes seconds; the table needs a few columns of every
contact within a few hundred milliseconds. SQLite assembles each column of every row
into one string (``group_concat``, all columns in one scan), which Python splits: making
100 000 row tuples through the driver costs about twice as much. A contact's numbers
arrive packed into one string (see ``unpack_numbers``; packed once, in ``_numbers``);
the desktop app reads them for all contacts of a large vault in a second step
(``table_numbers``), as grouping them costs as much as reading the contacts. The search
text holds what ``search.text_haystack`` reads of a contact (a GUI test checks it);
whitespace may differ, which cannot change a match because query words hold no
whitespace. A large vault's table is shown first, its search keys are built afterwards
(``search_texts``); a small one is read whole at once (``complete_up_to``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat

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
    # see unpack_numbers; empty when read without them (``table_numbers`` reads them)
    numbers_packed: list[str] = field(default_factory=list)
    # the unfolded haystack source, one per row; empty when read without it
    search_text: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def has_search_text(self) -> bool:
        return len(self.search_text) == len(self.ids)

    @property
    def has_numbers(self) -> bool:
        return len(self.numbers_packed) == len(self.ids)


def unpack_numbers(packed: str) -> list[tuple[str | None, str]]:
    """One row's numbers as (E.164 or None, raw text), in the contact's order (a
    separator character inside a number's text arrives as a space, see ``_numbers``)."""
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


_SEP = "\x1d"  # between the fields of the bulk string (see _bulk_rows)


def _name_sql() -> str:
    """Contact.display_name(): formatted name, structured name, organisation, first
    e-mail, first number's raw text."""
    return (f"coalesce(nullif(formatted_name, ''), nullif({_structured_sql()}, ''), "
            "nullif(organisation, ''), nullif(json_extract(emails_json, '$[0].value'), ''), "
            "(SELECT raw FROM phones WHERE contact_id = contacts.id ORDER BY position "
            "LIMIT 1), '')")


def _text_sql() -> str:
    # the structured name's parts without _structured_sql's collapsing of spaces: the
    # search text is split at whitespace anyway (a third less work for SQLite)
    text = ("n_prefix || ' ' || n_given || ' ' || n_additional || ' ' || n_family || ' ' || "
            "n_suffix || ' ' || organisation || ' ' || title || ' ' || CASE "
            "WHEN emails_json = '[]' THEN '' ELSE coalesce((SELECT group_concat(json_extract("
            "value, '$.value'), ' ') FROM json_each(emails_json)), '') END")
    return f"replace(replace({text}, char(10), ' '), char(13), ' ')"


# A contact's numbers, packed (see unpack_numbers): the one packing, used by _numbers.
# concat() skips a NULL E.164, so a number without one packs as _SEP_FIELD + raw.
_PACKED_SQL = ("group_concat(concat(e164, char(31), raw), char(30) ORDER BY position)")
_SEPARATORS_AS_SPACES = str.maketrans({_SEP: " ", _SEP_NUMBER: " ", _SEP_FIELD: " "})


def table_rows(conn: Connection, ids: list[int] | None = None,
               limit: int | None = None, *, search_text: bool = True,
               numbers: bool = True, complete_up_to: int | None = None) -> ContactTable:
    """All contacts, or only those with the given ids (to refresh a few rows), or the
    first ``limit`` by id (to show a screenful at once while the rest loads); without
    ``search_text`` the search text is left out (``search_texts`` reads it later), and
    without ``numbers`` the numbers of all contacts (``table_numbers``): their grouping
    costs as much as reading the contacts. A vault of at most ``complete_up_to``
    contacts is read with both all the same (one read instead of three)."""
    if ids is None and limit is None:
        if complete_up_to is not None and _count(conn) <= complete_up_to:
            search_text = numbers = True
        table = _bulk_rows(conn, search_text, numbers)
        if table is not None:
            return table
    elif not numbers:
        raise ValueError("only all contacts are read without their numbers")
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
    packed = dict(zip(*_numbers(conn, where_p, args), strict=True)) if numbers else {}
    text = _text_sql() if search_text else "''"
    rows = conn.execute(
        f"SELECT id, {_name_sql()}, organisation, category, updated_at, {text} "
        f"FROM contacts {where_c}ORDER BY id", args
    ).fetchall()
    table = ContactTable()
    table.ids = [r[0] for r in rows]
    table.names = [r[1] for r in rows]
    table.organisations = [r[2] for r in rows]
    table.categories = [r[3] for r in rows]
    table.updated = [r[4] for r in rows]
    if search_text:
        table.search_text = [r[5] for r in rows]
    if numbers:
        get = packed.get
        table.numbers_packed = [get(i, "") for i in table.ids]
    return table


def _count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def _bulk_rows(conn: Connection, search_text: bool, numbers: bool) -> ContactTable | None:
    """Every contact through one string per column, all made in one scan; None when a
    field holds the separator (the caller then reads row tuples)."""
    # the display name as a CASE: formatted_name (NOT NULL) is there for nearly every
    # contact, and the CASE costs less than coalesce(nullif(...)) per row
    name = f"CASE WHEN formatted_name <> '' THEN formatted_name ELSE {_name_sql()} END"
    fields = ["id", name, "organisation", "category", "updated_at"]
    if search_text:
        fields.append(_text_sql())
    # one group_concat per column: cheaper than one concat_ws per row (a string each)
    # and no strided slices in Python afterwards
    count, *joined = conn.execute(
        f"SELECT count(*), {', '.join(f'group_concat({f}, ?1)' for f in fields)} "
        "FROM contacts", (_SEP,)).fetchone()
    if not count:
        return ContactTable(search_text=[]) if search_text else ContactTable()
    columns = [text.split(_SEP) for text in joined]
    if any(len(column) != count for column in columns):
        return None
    ids = list(map(int, columns[0]))
    if ids != sorted(ids):  # the table is scanned in id order; should it ever not be
        return None
    table = ContactTable(ids=ids, names=columns[1], organisations=columns[2],
                         categories=columns[3], updated=columns[4])
    if numbers:
        table.numbers_packed = table_numbers(conn, ids)
    if search_text:
        table.search_text = columns[5]
    return table


def _numbers(conn: Connection, where: str = "", args: tuple = ()) -> tuple[list[int], list[str]]:
    """The contacts with numbers (those of the phones rows ``where`` chooses), ascending,
    and each one's numbers packed. SQLite packs them (``_PACKED_SQL``) into one string;
    should a number's E.164 or raw text hold a separator character (the packed
    string then has more of one than it has numbers), they are packed here from the
    rows instead, each separator inside a number made a space."""
    count, total, owners, values = conn.execute(
        "SELECT count(*), sum(n), group_concat(contact_id, char(29)), "
        f"group_concat(packed, char(29)) FROM (SELECT contact_id, count(*) AS n, "
        f"{_PACKED_SQL} AS packed FROM phones {where}GROUP BY contact_id)", args).fetchone()
    if not count:
        return [], []
    packed = values.split(_SEP)
    if len(packed) == count and values.count(_SEP_FIELD) == total \
            and values.count(_SEP_NUMBER) == total - count:
        return list(map(int, owners.split(_SEP))), packed
    by_id: dict[int, list[str]] = {}
    for cid, e164, raw in conn.execute(
            f"SELECT contact_id, coalesce(e164, ''), raw FROM phones {where}"
            "ORDER BY contact_id, position", args):
        by_id.setdefault(cid, []).append(
            f"{e164.translate(_SEPARATORS_AS_SPACES)}{_SEP_FIELD}"
            f"{raw.translate(_SEPARATORS_AS_SPACES)}")
    return list(by_id), [_SEP_NUMBER.join(items) for items in by_id.values()]


def table_numbers(conn: Connection, ids: list[int]) -> list[str]:
    """The numbers of each of these contacts, packed (see unpack_numbers), in their
    order ("" for one without numbers or gone): what ``table_rows`` leaves out without
    ``numbers``."""
    owners, packed = _numbers(conn)
    if owners == ids:  # every contact has numbers: no lookup per contact
        return packed
    return list(map(dict(zip(owners, packed, strict=True)).get, ids, repeat("")))


def search_texts(conn: Connection, ids: list[int]) -> list[str]:
    """The search text of each of these contacts, in their order ("" for one that is
    gone): what ``table_rows`` leaves out without ``search_text``."""
    count, joined = conn.execute(
        f"SELECT count(*), group_concat(concat_ws(?1, id, {_text_sql()}), ?1) FROM contacts",
        (_SEP,)).fetchone()
    if not count:
        return [""] * len(ids)
    parts = joined.split(_SEP)
    if len(parts) != 2 * count:  # a text holds the separator: read row by row
        by_id = dict(conn.execute(f"SELECT id, {_text_sql()} FROM contacts").fetchall())
    else:
        by_id = dict(zip(map(int, parts[0::2]), parts[1::2], strict=True))
    return list(map(by_id.get, ids, repeat("")))
