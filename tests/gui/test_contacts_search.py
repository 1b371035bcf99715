"""The contacts table with its search index: a table read without search text waits
for the loader's index, edits after the index stay findable, and sorted or restricted
tables filter exactly like a scan of every row. Counts are checked, never times."""

from __future__ import annotations

import random

import pytest

from contactvault import search
from contactvault.services.contacts import (
    ContactTable,
    table_digit_haystacks,
    table_text_haystacks,
)

GIVEN = ["Anna", "Jürgen", "Özlem", "Zoë", "Émile", "Ärne", "Łukasz"]
FAMILY = ["Müller", "MÜLLER", "Weiß", "Öztürk", "Ähler", "Schmidt"]


def book(n: int, seed: int = 11) -> ContactTable:
    rnd = random.Random(seed)
    t = ContactTable()
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        t.ids.append(10 + i)
        t.names.append(f"{g} {f}")
        t.organisations.append("Bäckerei Huber" if i % 5 == 0 else "")
        t.categories.append("customer")
        t.updated.append("2026-01-01T10:00:00+00:00")
        t.numbers_packed.append(f"+49171{2000000 + i}\x1f0171 {2000000 + i}" if i % 7 else "")
        t.search_text.append(f"{g} {f} {t.organisations[-1]} {g.lower()}{i}@example.de")
    return t


def lean(table: ContactTable) -> ContactTable:
    return ContactTable(ids=list(table.ids), names=list(table.names),
                        organisations=list(table.organisations),
                        categories=list(table.categories), updated=list(table.updated),
                        numbers_packed=list(table.numbers_packed))


def expected(table: ContactTable, text: str, order=None) -> list[int]:
    th, dh = table_text_haystacks(table), table_digit_haystacks(table)
    q = search.Query.parse(text)
    rows = order if order is not None else range(len(table))
    return [table.ids[i] for i in rows if q.empty or q.matches(th[i], dh[i])]


def shown(model) -> list[int]:
    return [model.contact_id(r) for r in range(model.rowCount())]


def test_a_filter_waits_for_the_loaders_index(app, qtmodeltester):
    from contactvault.gui.models.contacts_model import ContactsModel

    full = book(400)
    table = lean(full)
    model = ContactsModel()
    model.load(table)
    model.set_filter("müller")
    assert model.filter_waiting and model.rowCount() == 400  # nothing to search with yet
    th, dh = table_text_haystacks(full), table_digit_haystacks(full)
    model.set_search(ContactTable(), search.SearchIndex(th, dh))  # another table
    assert model.filter_waiting
    model.set_search(table, search.SearchIndex(th, dh))
    assert not model.filter_waiting
    assert shown(model) == expected(full, "müller") and model.rowCount() < 400
    qtmodeltester.check(model)


def test_edited_and_added_rows_are_found_by_their_new_text(app):
    from contactvault.gui.models.contacts_model import ContactsModel

    table = book(300)
    model = ContactsModel()
    model.load(table)
    model.build_index()
    edit = ContactTable(ids=[10], names=["Quirin Zwiebel"], organisations=[""],
                        categories=["customer"], updated=["2026-02-01T10:00:00+00:00"],
                        numbers_packed=["+4989555123\x1f089 555123"],
                        search_text=["Quirin Zwiebel  "])
    added = ContactTable(ids=[5000], names=["Zwiebel Neu"], organisations=[""],
                         categories=["customer"], updated=["2026-02-01T10:00:00+00:00"],
                         numbers_packed=[""], search_text=["Zwiebel Neu"])
    model.replace_rows(edit)
    model.replace_rows(added)
    model.set_filter("zwiebel")
    assert shown(model) == [10, 5000]
    model.set_filter("089 555")
    assert shown(model) == [10]
    model.set_filter("")
    assert model.rowCount() == 301
    for text in ("müller", "0171 2000", "weiss", "quirin", "anna"):
        model.set_filter(text)
        assert shown(model) == expected(model.table, text), text


def test_sorted_and_restricted_tables_filter_like_a_scan(app):
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NAME, ContactsModel

    table = book(1000)
    model = ContactsModel()
    model.load(table)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    order = [model.table.ids.index(cid) for cid in shown(model)]
    for text in ("m", "mü", "müller", "ÖZTÜRK", "0171 2000 1", "", "huber"):
        model.set_filter(text)
        assert shown(model) == expected(table, text, order), text
    only = table.ids[::3]
    model.set_only(only)
    model.set_filter("müller")
    assert shown(model) == [cid for cid in expected(table, "müller", order) if cid in only]
    model.sort(NAME, Qt.SortOrder.AscendingOrder)  # keeps the filter and the list
    reference = ContactsModel()
    reference.load(table)
    reference.sort(NAME, Qt.SortOrder.AscendingOrder)
    ascending = [table.ids.index(cid) for cid in shown(reference)]
    assert shown(model) == [cid for cid in expected(table, "müller", ascending) if cid in only]
    model.set_filter("")
    assert shown(model) == [cid for cid in shown(reference) if cid in only]


def test_a_filter_typed_on_the_first_screen_waits_for_the_whole_tables_index(app):
    from contactvault.gui.models.contacts_model import ContactsModel

    full = book(600)
    first = ContactTable(ids=full.ids[:50], names=full.names[:50],
                         organisations=full.organisations[:50],
                         categories=full.categories[:50], updated=full.updated[:50],
                         numbers_packed=full.numbers_packed[:50],
                         search_text=full.search_text[:50])
    model = ContactsModel()
    model.load(first, complete=False)
    model.set_filter("öztürk")
    assert shown(model) == expected(first, "öztürk")
    everything = lean(full)
    model.load(everything)  # the rest arrived, without search text
    assert model.filter_waiting and model.rowCount() == 600
    th, dh = table_text_haystacks(full), table_digit_haystacks(full)
    model.set_search(everything, search.SearchIndex(th, dh))
    assert not model.filter_waiting
    assert shown(model) == expected(full, "öztürk")


def _vault_with_contacts(ctx, n: int) -> None:
    from contactvault.services import contacts

    rnd = random.Random(4)
    for i in range(n):
        contacts.add_contact(ctx, given=rnd.choice(GIVEN), family=rnd.choice(FAMILY),
                             numbers=[f"0171 {3000000 + i}"])


def test_the_loader_shows_rows_first_then_builds_the_index(app, qtbot, ctx, monkeypatch):
    from contactvault.gui import contacts_loader
    from contactvault.gui.models.contacts_model import ContactsModel

    monkeypatch.setattr(contacts_loader, "SEARCH_TEXT_AT_ONCE", 0)  # as for a large vault
    monkeypatch.setattr(contacts_loader.ContactsLoader, "FIRST_ROWS", 5)
    _vault_with_contacts(ctx, 60)
    model = ContactsModel()
    loader = contacts_loader.ContactsLoader(model, lambda: ctx)
    loader.load_first(ctx)
    with qtbot.waitSignal(loader.table_loaded, timeout=20000):
        loader.load_rest()
    assert model.rowCount() == 60 and not model.table.has_search_text
    # the numbers follow the rows: the first screen keeps its own meanwhile
    assert model.table.numbers_packed[:5] == [
        f"+49171{3000000 + i}\x1f0171 {3000000 + i}" for i in range(5)]
    assert model.numbers_waiting or None not in model.table.numbers_packed
    model.set_filter("müller")  # typed before the index is there: waits
    assert model.filter_waiting == (not model.index_ready)  # waits exactly while unbuilt
    qtbot.waitUntil(lambda: model.index_ready, timeout=20000)
    full = _full_table(ctx)
    assert not model.numbers_waiting and model.table.numbers_packed == full.numbers_packed
    assert not model.filter_waiting
    assert 0 < len(shown(model)) < 60
    assert shown(model) == expected(full, "müller")
    model.set_filter("0171 300001")
    assert shown(model) == expected(full, "0171 300001") and len(shown(model)) == 10
    # a refresh (a wizard changed the vault) keeps the table filtered throughout
    _vault_with_contacts(ctx, 5)
    with qtbot.waitSignal(loader.table_loaded, timeout=20000):
        loader.refresh()
    assert not model.filter_waiting and model.total() == 65
    assert shown(model) == expected(_full_table(ctx), "0171 300001")
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)


def _full_table(ctx) -> ContactTable:
    from contactvault.services import contacts

    return contacts.contact_table(ctx)


def test_a_keystroke_that_keeps_the_rows_resets_nothing(app, qtbot):
    from contactvault.gui.models.contacts_model import ContactsModel

    table = book(500)
    model = ContactsModel()
    model.load(table)
    model.set_filter("mü")
    rows = shown(model)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_filter("müller")  # every "mü" here is a Müller
    assert shown(model) == rows == expected(table, "müller")
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_filter("müller jü")
    assert shown(model) == expected(table, "müller jü")


def test_the_same_matches_after_a_sort_or_an_edit_come_in_the_new_order(app):
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NAME, ContactsModel

    table = book(400)
    model = ContactsModel()
    model.load(table)
    model.set_filter("mü")
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    order = [model.table.ids.index(cid) for cid in shown(model)]
    model.set_filter("müller")  # the same matches as "mü", now sorted
    assert shown(model) == expected(table, "müller", order)
    model.set_filter("mü")
    model.replace_rows(ContactTable(ids=[9999], names=["Mü Neu"], organisations=[""],
                                    categories=["customer"], updated=[""],
                                    numbers_packed=[""], search_text=["Mü Neu"]))
    model.set_filter("müller")
    assert 9999 not in shown(model)
    model.set_filter("mü")
    assert 9999 in shown(model)


def test_typing_on_a_sorted_table_equals_filtering_a_plain_sort(app):
    """Every keystroke of typed, deleted and retyped queries on a table sorted by each
    column both ways, with many, few, one and no matches (the order read through the
    mask, the few put in their places, the rows shown last narrowed), equals a scan of
    the table in the order of a plain sort; also after a row was added."""
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import CATEGORY, NAME, NUMBERS, ContactsModel

    table = book(3000)
    rnd = random.Random(5)
    for i in range(0, 3000, 11):  # organisations and categories that sort apart
        table.organisations[i] = rnd.choice(["Öl Meier", "ol meier", "Zander AG", ""])
        table.categories[i] = rnd.choice(["supplier", "private", "employee"])
    model = ContactsModel()
    model.load(table)
    model.build_index()
    queries = ["müller anna", "mü", "0171 2000 12", "017120001", "weiß", "huber", "x",
               "Özt", "zoë müller 0171"]
    for column in (NAME, CATEGORY, NUMBERS):
        for descending in (False, True):
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            model.set_filter("")
            model.sort(column, order)
            plain = [model.table.ids.index(cid) for cid in shown(model)]
            keys = model._keys_for(column)
            assert plain == sorted(range(len(keys)), key=keys.__getitem__,
                                   reverse=descending)
            for query in queries:
                for end in [*range(1, len(query) + 1), *range(len(query) - 1, 0, -1)]:
                    model.set_filter(query[:end])
                    assert shown(model) == expected(table, query[:end], plain), query[:end]
    model.set_filter("")
    model.replace_rows(ContactTable(ids=[99999], names=["Anna Müller-Neu"],
                                    organisations=[""], categories=["customer"],
                                    updated=[""], numbers_packed=["+4930999\x1f030 999"],
                                    search_text=["Anna Müller-Neu"]))
    plain = [model.table.ids.index(cid) for cid in shown(model)]  # the new row last
    assert shown(model)[-1] == 99999
    for text in ("anna müller-n", "anna", "030 999", "müller"):
        model.set_filter(text)
        assert shown(model) == expected(model.table, text, plain), text


def test_a_filtered_reload_builds_the_index_once_on_a_worker(app, qtbot, ctx, monkeypatch):
    """With a filter typed, loading every row (after the unlock, after an import, after
    a wizard) builds the search index of the whole table exactly once, on a worker
    thread, and the model takes that index: never a second one on the GUI thread. The
    table stays filtered throughout a reload."""
    import threading

    from contactvault.gui import contacts_loader
    from contactvault.gui.models.contacts_model import ContactsModel

    builds: list[tuple[int, bool]] = []  # (rows, on the GUI thread)
    counted = search.SearchIndex

    class Counting(counted):
        def __init__(self, text_haystacks, digit_haystacks):
            builds.append((len(text_haystacks),
                           threading.current_thread() is threading.main_thread()))
            super().__init__(text_haystacks, digit_haystacks)

    monkeypatch.setattr(search, "SearchIndex", Counting)
    monkeypatch.setattr(contacts_loader.ContactsLoader, "FIRST_ROWS", 5)
    _vault_with_contacts(ctx, 60)  # a small vault: read whole, search texts included
    model = ContactsModel()
    loader = contacts_loader.ContactsLoader(model, lambda: ctx)
    loader.load_first(ctx)
    model.set_filter("müller")  # typed on the first screen
    on_screen: list[list[int]] = []
    loader.table_loaded.connect(lambda: on_screen.append(shown(model)))
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.load_rest()
    assert [b for b in builds if b[0] == 60] == [(60, False)]
    assert on_screen == [expected(_full_table(ctx), "müller")]  # filtered when shown
    assert shown(model) == expected(_full_table(ctx), "müller")
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)

    before = shown(model)
    _vault_with_contacts(ctx, 5)  # an import: reloaded with the filter on
    builds.clear()
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.reload()
        assert shown(model) == before and not model.filter_waiting  # filtered meanwhile
    assert builds == [(65, False)]
    assert shown(model) == expected(_full_table(ctx), "müller") and model.total() == 65
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)

    model.set_filter("")
    builds.clear()
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.reload()  # without a filter: the rows at once, the index from a worker
        model.set_filter("müller")  # typed before it is there: waits for it
        assert model.filter_waiting == (not model.index_ready)
    assert builds == [(65, False)] and not model.filter_waiting
    assert shown(model) == expected(_full_table(ctx), "müller")
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)

    builds.clear()
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.refresh()
    assert builds == [(65, False)]
    assert shown(model) == expected(_full_table(ctx), "müller")
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)


def test_a_filter_on_the_first_screen_of_a_large_vault_never_shows_every_row(
        app, qtbot, ctx, monkeypatch):
    """A vault too large to be read whole comes without its numbers: with a filter
    typed on the first screen, the first screen's matches stay until every row is
    there with its numbers and its index; then the matches of every row (never the
    unfiltered table in between)."""
    from contactvault.gui import contacts_loader
    from contactvault.gui.models.contacts_model import ContactsModel

    monkeypatch.setattr(contacts_loader.ContactsLoader, "FIRST_ROWS", 5)
    monkeypatch.setattr(contacts_loader, "SEARCH_TEXT_AT_ONCE", 10)  # 60 > 10: large
    _vault_with_contacts(ctx, 60)
    model = ContactsModel()
    loader = contacts_loader.ContactsLoader(model, lambda: ctx)
    loader.load_first(ctx)
    model.set_filter("müller")
    first = shown(model)
    assert 0 < len(first) < 5
    seen: list[list[int]] = []  # what the table showed at each change
    model.modelReset.connect(lambda: seen.append(shown(model)))
    on_screen: list[list[int]] = []
    loader.table_loaded.connect(lambda: on_screen.append(shown(model)))
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.load_rest()
    full = _full_table(ctx)
    want = expected(full, "müller")
    assert 5 < len(want) < 60
    assert on_screen == [want] and shown(model) == want
    assert all(rows in (first, want) for rows in seen), [len(r) for r in seen]
    assert not model.numbers_waiting and model.table.numbers_packed == full.numbers_packed
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)


class _HeldRead:
    """The loader's read of every row, the first one held after reading until
    ``release``: a reload whose worker is slow (a large vault, a busy machine)."""

    def __init__(self, monkeypatch):
        import threading

        from contactvault.gui import contacts_loader

        self.gate = threading.Event()
        self.reads: list[int] = []  # rows each read found
        self.arrived: list[int] = []  # rows of each table that reached the loader
        read, ready = contacts_loader._read_rows, contacts_loader.ContactsLoader._all_rows_ready

        def held(ctx, **kwargs):
            table = read(ctx, **kwargs)
            self.reads.append(len(table))
            if len(self.reads) == 1:
                self.gate.wait(30)
            return table

        def counted(loader, result):
            self.arrived.append(next(len(r) for r in result if isinstance(r, ContactTable)))
            ready(loader, result)

        monkeypatch.setattr(contacts_loader, "_read_rows", held)
        monkeypatch.setattr(contacts_loader.ContactsLoader, "_all_rows_ready", counted)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def roomy_pool():
    """A held worker leaves room for the others (a machine with one or two cores)."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(before, 3))
    yield
    pool.setMaxThreadCount(before)


def _filtered_loader(qtbot, ctx, monkeypatch, text: str):
    from contactvault.gui import contacts_loader
    from contactvault.gui.models.contacts_model import ContactsModel

    monkeypatch.setattr(contacts_loader.ContactsLoader, "FIRST_ROWS", 5)
    _vault_with_contacts(ctx, 60)
    model = ContactsModel()
    loader = contacts_loader.ContactsLoader(model, lambda: ctx)
    loader.load_first(ctx)
    model.set_filter(text)
    with qtbot.waitSignal(loader.search_ready, timeout=20000):
        loader.load_rest()
    qtbot.waitUntil(lambda: model.statuses_ready, timeout=20000)
    return model, loader


def test_reloads_that_finish_out_of_order_leave_the_latest_table(app, qtbot, ctx,
                                                                  monkeypatch, roomy_pool):
    """Two reloads close together (an import, then an erasure) with a filter typed:
    when the first one's read finishes last, it is dropped; the table is the second's."""
    from contactvault.services import contacts, requests

    model, loader = _filtered_loader(qtbot, ctx, monkeypatch, "müller")
    held = _HeldRead(monkeypatch)
    try:
        loader.reload()  # its read is held: it holds the 60 contacts of now
        qtbot.waitUntil(lambda: held.reads == [60], timeout=20000)
        _vault_with_contacts(ctx, 5)
        gone = shown(model)[0]
        requests.erase(ctx, gone)
        with qtbot.waitSignal(loader.search_ready, timeout=20000):
            loader.reload()
        assert held.arrived == [64]
        full = _full_table(ctx)
        assert model.total() == 64 and shown(model) == expected(full, "müller")
    finally:
        held.release()
    qtbot.waitUntil(lambda: held.arrived == [64, 60], timeout=20000)
    qtbot.wait(50)  # whatever the late read would start
    assert model.total() == 64 and gone not in model.table.ids
    assert shown(model) == expected(full, "müller")
    assert contacts.contact_table(ctx).ids == full.ids
    qtbot.waitUntil(lambda: all(not w.running for w in loader._workers), timeout=20000)


def test_an_edit_saved_while_the_rows_are_read_stays(app, qtbot, ctx, monkeypatch,
                                                     roomy_pool):
    """A contact edited (or added) while a filtered reload reads every row: the rows
    that arrive may hold it as it was, so it is read again after them."""
    from contactvault.services import contacts

    model, loader = _filtered_loader(qtbot, ctx, monkeypatch, "müller")
    held = _HeldRead(monkeypatch)
    try:
        loader.reload()
        qtbot.waitUntil(lambda: held.reads == [60], timeout=20000)
        edited = shown(model)[0]
        contacts.edit_contact(ctx, edited, formatted_name="Müller Quirin")
        added = contacts.add_contact(ctx, given="Zenzi", family="Müller",
                                     numbers=["0171 4000000"]).id
        # as the window does after the edit dialog (ContactActions.refresh)
        model.replace_rows(contacts.contact_table(ctx, ids=[edited, added]))
        assert model.name_of(edited) == "Müller Quirin" and added in shown(model)
    finally:
        with qtbot.waitSignal(loader.search_ready, timeout=20000):
            held.release()
    assert held.arrived == [60]
    assert model.name_of(edited) == "Müller Quirin"
    assert model.total() == 61 and added in shown(model) and edited in shown(model)
    assert sorted(shown(model)) == sorted(expected(_full_table(ctx), "müller"))
    model.set_filter("quirin")
    assert shown(model) == [edited]
    qtbot.waitUntil(lambda: all(not w.running for w in loader._workers), timeout=20000)


def test_an_erased_contact_leaves_a_filtered_table_at_once(app, qtbot, ctx, monkeypatch,
                                                            roomy_pool, qtmodeltester):
    """After an erasure the filtered table is read again on a worker: the erased contact
    leaves it at once, also for a keystroke or a sort while the rows are read."""
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NAME
    from contactvault.services import requests

    model, loader = _filtered_loader(qtbot, ctx, monkeypatch, "müller")
    before = shown(model)
    gone = before[1]
    held = _HeldRead(monkeypatch)
    try:
        requests.erase(ctx, gone)
        loader.reload(erased=[gone])  # as the window does after the erasure
        qtbot.waitUntil(lambda: held.reads == [59], timeout=20000)
        assert shown(model) == [cid for cid in before if cid != gone]
        qtmodeltester.check(model)
        model.set_filter("müll")  # typed on while the rows are read
        assert shown(model) == [cid for cid in before if cid != gone]
        model.sort(NAME, Qt.SortOrder.DescendingOrder)
        assert gone not in shown(model) and len(shown(model)) == len(before) - 1
        model.set_filter("")
        assert gone not in shown(model) and model.rowCount() == 59
        model.set_filter("müller")
    finally:
        with qtbot.waitSignal(loader.search_ready, timeout=20000):
            held.release()
    assert gone not in model.table.ids and model.total() == 59
    assert sorted(shown(model)) == sorted(expected(_full_table(ctx), "müller"))
    qtbot.waitUntil(lambda: all(not w.running for w in loader._workers), timeout=20000)


def test_the_sorts_caches_stay_with_the_sort(app):
    """The order a sort made and its caches (the order read through a mask, each row's
    place in it) belong to the sort: dropping the search keys leaves them, a new table
    replaces them, and a sorted table filters like a scan either way."""
    from PySide6.QtCore import Qt

    from contactvault.gui.models.contacts_model import NAME, ContactsModel

    table = book(800)
    model = ContactsModel()
    model.load(table)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    getter, places = model._order_getter, model._position
    assert getter is not None and places is not None
    model._drop_search()  # as when the index is dropped for another one
    assert model._order_getter is getter and model._position is places
    order = [table.ids.index(cid) for cid in shown(model)]
    for text in ("m", "mü", "müller", "0171 2000 1", "huber"):
        model.set_filter(text)
        assert shown(model) == expected(table, text, order), text
    bigger = book(900, seed=12)
    model.set_filter("")
    model.load(bigger)  # still sorted by name, the caches made for the new order
    assert model._position is not places and len(model._position) == 900
    order = [bigger.ids.index(cid) for cid in shown(model)]
    for text in ("m", "mü", "müller", "weiß"):
        model.set_filter(text)
        assert shown(model) == expected(bigger, text, order), text
