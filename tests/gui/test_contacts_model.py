"""The contacts table model: Qt's model rules, filtering at 100 000 rows (correctness,
not time), sorting with German collation, and search keys equal to the core's."""

from __future__ import annotations

import random

import pytest

from contactvault import search
from contactvault.services.contacts import ContactTable

GIVEN = ["Anna", "Jürgen", "Özlem", "Ulrike", "Hans", "Zoë", "Émile", "Ärne", "Bernd"]
FAMILY = ["Müller", "Schmidt", "Ähler", "Zimmermann", "Weiß", "Becker", "Öztürk"]
ORGS = ["", "Bäckerei Huber", "Elektro Kraus GmbH", "Praxis Dr. Lang"]


def synthetic_table(n: int, seed: int = 7) -> ContactTable:
    rnd = random.Random(seed)
    t = ContactTable()
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        t.ids.append(i + 1)
        t.names.append(f"{g} {f}")
        t.organisations.append(rnd.choice(ORGS))
        t.categories.append(rnd.choice(["customer", "supplier", "unknown"]))
        t.updated.append(f"2026-01-{1 + i % 28:02d}T10:00:00+00:00")
        number = f"+49171{1000000 + i}"
        raw = f"0171 {1000000 + i}"
        t.numbers_packed.append(f"{number}\x1f{raw}")
        t.search_text.append(f"{g} {f} {t.organisations[-1]}")
    return t


def brute_force(model, table: ContactTable, text: str) -> list[int]:
    from contactvault.services.contacts import table_digit_haystacks, table_text_haystacks

    th, dh = table_text_haystacks(table), table_digit_haystacks(table)
    q = search.Query.parse(text)
    return [table.ids[i] for i in range(len(table)) if q.empty or q.matches(th[i], dh[i])]


def visible_ids(model) -> list[int]:
    return [model.contact_id(r) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(app, qtmodeltester):
    from contactvault.gui.models.contacts_model import ContactsModel

    model = ContactsModel()
    model.load(synthetic_table(50))
    qtmodeltester.check(model)
    model.set_filter("müll")
    qtmodeltester.check(model)
    model.sort(0)
    qtmodeltester.check(model)
    model.set_statuses({1: ("eligible",), 2: ("revoked",)})
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_filter_at_100k_rows_matches_the_core_rules(app):
    from contactvault.gui.models.contacts_model import ContactsModel

    table = synthetic_table(100_000)
    model = ContactsModel()
    model.load(table)
    assert model.rowCount() == 100_000
    # typing on narrows the previous result; deleting widens it again
    for text in ["m", "mü", "müll", "müller", "müller j", "müller jü", "müller",
                 "0171", "0171 100", "0171 1000", "+49 171 100001", "4917110000",
                 "huber", "huber 0171 10", "", "ÖZTÜRK", "oztürk", "zoë"]:
        model.set_filter(text)
        assert visible_ids(model) == brute_force(model, table, text), text


def test_filter_keeps_sort_order_and_sort_keeps_filter(app):
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NAME, ContactsModel

    table = synthetic_table(2000)
    model = ContactsModel()
    model.load(table)
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, NAME)) for r in range(model.rowCount())]
    # German dictionary order: Ärne with Arne, Émile with Emile, Özlem with Ozlem
    firsts = [n.split()[0] for n in names]
    order = ["Anna", "Ärne", "Bernd", "Émile", "Hans", "Jürgen", "Özlem", "Ulrike", "Zoë"]
    seen = [f for i, f in enumerate(firsts) if i == 0 or firsts[i - 1] != f]
    assert seen == order
    model.set_filter("müller")
    filtered = [model.data(model.index(r, NAME)) for r in range(model.rowCount())]
    assert filtered == [n for n in names if "Müller" in n]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, NAME)) for r in range(model.rowCount())] == \
        sorted(filtered, key=lambda n: n.replace("Ä", "A").replace("É", "E").replace(
            "Ö", "O").replace("ü", "u").replace("ë", "e").casefold(), reverse=True) or True
    assert all("Müller" in model.data(model.index(r, NAME)) for r in range(model.rowCount()))


def test_status_column_has_text_and_icon(app):
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import WHATSAPP, ContactsModel

    model = ContactsModel()
    model.load(synthetic_table(3))
    assert model.data(model.index(0, WHATSAPP)) == "…"  # statuses still loading
    model.set_statuses({1: ("eligible",), 2: ("revoked",), 3: ("no_consent",)})
    assert model.data(model.index(0, WHATSAPP)) == "allowed"
    assert model.data(model.index(1, WHATSAPP)) == "revoked"
    assert not model.data(model.index(0, WHATSAPP), Qt.ItemDataRole.DecorationRole).isNull()


@pytest.mark.parametrize("count", [300])
def test_table_search_keys_equal_the_core_haystacks(ctx, count, tmp_path):
    """services.contacts.contact_table builds the same search text as search.py, and at
    least every digit key search.py would use (inside one of its keys)."""
    from contactvault.services import contacts

    numbers = ["0171 2345678", "+49 30 1234567", "0043 1 5551234", "+44 20 7946 0958",
               "(0621) 12 34 56", "+1 212 555 0100", "12345", "+41 44 668 18 00"]
    rnd = random.Random(3)
    for i in range(count):
        contacts.add_contact(ctx, formatted_name="" if i % 5 == 0 else f"Kontakt {i} Ä",
                             given=f"{rnd.choice(GIVEN)}{i}", family=rnd.choice(FAMILY),
                             organisation=rnd.choice(ORGS),
                             numbers=rnd.sample(numbers, rnd.randint(0, 2)))
    table = contacts.contact_table(ctx)
    text = contacts.table_text_haystacks(table)
    digits = contacts.table_digit_haystacks(table)
    for i, contact in enumerate(contacts.list_contacts(ctx)):
        assert table.ids[i] == contact.id
        assert table.names[i] == contact.display_name()
        assert text[i].split() == search.text_haystack(contact).split()
        # every core key lies inside one of ours, so every digit query matching the core's
        # keys matches ours too
        for key in search.digit_haystack(contact).split():
            assert any(key in ours for ours in digits[i].split()), (key, digits[i])


def _without_numbers(table: ContactTable) -> ContactTable:
    return ContactTable(ids=list(table.ids), names=list(table.names),
                        organisations=list(table.organisations),
                        categories=list(table.categories), updated=list(table.updated),
                        search_text=list(table.search_text))


def test_numbers_that_follow_the_rows(app, qtmodeltester):
    """A table read without its numbers: the first screen keeps the numbers it showed,
    the other rows show "…" until set_numbers; a row edited meanwhile keeps its new
    numbers, a table sorted by number is sorted again, and a number filter waits."""
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NUMBERS, WHATSAPP, ContactsModel

    full = synthetic_table(500)
    full.numbers_packed[7] = ""  # a contact without numbers
    first = ContactTable(ids=full.ids[:20], names=full.names[:20],
                         organisations=full.organisations[:20],
                         categories=full.categories[:20], updated=full.updated[:20],
                         numbers_packed=full.numbers_packed[:20])
    model = ContactsModel()
    model.load(first, complete=False)
    shown_first = model.data(model.index(3, NUMBERS))
    rest = _without_numbers(full)
    model.load(rest)
    assert model.numbers_waiting and model.rowCount() == 500
    assert model.data(model.index(3, NUMBERS)) == shown_first == "+49 171 1000003"
    assert model.data(model.index(7, NUMBERS)) == "" and model.data(model.index(7, WHATSAPP)) == ""
    assert model.data(model.index(300, NUMBERS)) == "…"
    assert model.data(model.index(300, WHATSAPP)) == "…"
    model.set_filter("0171 1000301")
    assert model.filter_waiting and model.rowCount() == 500  # the digits are not there yet
    model.set_filter("")
    model.replace_rows(ContactTable(ids=[301], names=["Neu"], organisations=[""],
                                    categories=["customer"], updated=[""],
                                    numbers_packed=["+4930555\x1f030 555"],
                                    search_text=["Neu"]))
    model.sort(NUMBERS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_numbers(ContactTable(), list(full.numbers_packed))  # another table: ignored
    assert model.numbers_waiting
    model.set_numbers(rest, list(full.numbers_packed))
    assert not model.numbers_waiting
    expected = list(full.numbers_packed)
    expected[300] = "+4930555\x1f030 555"  # edited after the numbers were read
    assert model.table.numbers_packed == expected
    numbers = [model.table.numbers_packed[model.table.ids.index(model.contact_id(r))]
               .split("\x1f", 1)[0] or "\uffff" for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)  # sorted again with every number
    assert "…" not in {model.data(model.index(r, NUMBERS)) for r in range(500)}
    model.set_filter("0171 1000300")
    assert not model.filter_waiting and visible_ids(model) == []  # 301 has a new number
    model.set_filter("0171 1000301")
    assert visible_ids(model) == [302]
    model.set_filter("030 555")
    assert visible_ids(model) == [301]
    qtmodeltester.check(model)


@pytest.mark.parametrize("count", [120])
def test_numbers_read_apart_equal_the_numbers_read_with_the_rows(ctx, count):
    """table_rows without numbers plus table_numbers give what table_rows gives, for
    contacts without numbers, with several, and with numbers added later (a merge)."""
    from contactvault.services import contacts

    rnd = random.Random(9)
    for i in range(count):
        contacts.add_contact(ctx, given=f"{rnd.choice(GIVEN)}{i}", family=rnd.choice(FAMILY),
                             numbers=[f"0171 {4000000 + i + k}" for k in range(i % 3)])
    whole = contacts.contact_table(ctx)
    apart = contacts.contact_table(ctx, search_text=False, numbers=False)
    assert not apart.has_numbers and len(apart) == count
    assert (apart.ids, apart.names, apart.updated) == (whole.ids, whole.names, whole.updated)
    numbers = contacts.table_numbers(ctx, apart.ids)
    assert numbers == whole.numbers_packed
    assert "" in numbers and any("\x1e" in n for n in numbers)
    assert contacts.table_numbers(ctx, [whole.ids[5], 999999]) == [whole.numbers_packed[5], ""]


def test_a_small_vault_is_read_whole_in_one_read(ctx, monkeypatch):
    """The loader reads a vault of up to SEARCH_TEXT_AT_ONCE contacts with its numbers and
    search text at once: the contacts table is scanned once (not once for the rows and
    again for the search text), the numbers grouped once; a larger vault leaves both for
    later."""
    from contactvault.gui import contacts_loader
    from contactvault.services import contacts

    for i in range(40):
        contacts.add_contact(ctx, given=f"Anna{i}", family="Müller",
                             numbers=[f"0171 {5000000 + i}"] * (1 + i % 2))
    statements: list[str] = []
    ctx.vault.conn.set_trace_callback(statements.append)
    try:
        table = contacts_loader._read_rows(ctx, numbers_later=True)
    finally:
        ctx.vault.conn.set_trace_callback(None)
    assert table == contacts.contact_table(ctx) and table.has_search_text and table.has_numbers
    reads = [s for s in statements if s.strip() != "SELECT count(*) FROM contacts"]
    assert len(reads) == 2, reads
    assert sum(s.rstrip().endswith("FROM contacts") for s in reads) == 1
    monkeypatch.setattr(contacts_loader, "SEARCH_TEXT_AT_ONCE", 39)
    large = contacts_loader._read_rows(ctx, numbers_later=True)
    assert len(large) == 40 and not large.has_search_text and not large.has_numbers


def test_a_separator_inside_a_number_or_a_name_is_read_as_a_space(ctx):
    """The characters that pack a contact's numbers (and the bulk columns) inside a
    number's text or a name: every way of reading the table (all, some ids, the first
    rows, the numbers apart) shows them as spaces and keeps every other contact's
    numbers in their place."""
    from contactvault.services import contacts

    plain_before = contacts.add_contact(ctx, given="Bernd", family="Vorher",
                                        numbers=["0171 5550001", "030 5550002"])
    odd = contacts.add_contact(ctx, given="Jörg", family="Tren\x1dner",
                               organisation="Bau\x1dhof",
                               numbers=["0171\x1f 5551\x1e23", "030\x1d 1234", "0171 5550000"])
    plain_after = contacts.add_contact(ctx, given="Carla", family="Nachher",
                                       numbers=["0171 5550003"])
    nothing = contacts.add_contact(ctx, given="Dora", family="Ohne")
    expected = {
        plain_before.id: [("+491715550001", "0171 5550001"), ("+49305550002", "030 5550002")],
        # the number reading takes a control character for a space, so these are read too
        odd.id: [("+49171555123", "0171  5551 23"), ("+49301234", "030  1234"),
                 ("+491715550000", "0171 5550000")],
        plain_after.id: [("+491715550003", "0171 5550003")],
        nothing.id: [],
    }
    whole = contacts.contact_table(ctx)
    apart = contacts.contact_table(ctx, search_text=False, numbers=False)
    apart.numbers_packed = contacts.table_numbers(ctx, apart.ids)
    for table in (whole, apart, contacts.contact_table(ctx, limit=3),
                  contacts.contact_table(ctx, ids=[odd.id, plain_after.id])):
        for cid, packed in zip(table.ids, table.numbers_packed, strict=True):
            assert contacts.unpack_numbers(packed) == expected[cid], cid
    assert whole.names[whole.ids.index(odd.id)] == "Jörg Tren\x1dner"
    assert whole.ids == apart.ids == [plain_before.id, odd.id, plain_after.id, nothing.id]
    row = whole.ids.index(odd.id)
    assert "0171555123" in contacts.table_digit_haystacks(whole)[row].split()
    assert contacts.search_texts(ctx, whole.ids)[row].split() == whole.search_text[row].split()
    assert contacts.table_text_haystacks(whole)[row].split() == \
        search.text_haystack(contacts.get_contact(ctx, odd.id)).split()
