"""Filling the contacts table from the vault without making the window wait.

The first screenful is read at once (a few ms); the other rows of a large vault arrive
from a worker thread a moment later (SQLite decrypts them without the GIL), without
their numbers: grouping 130 000 numbers by contact costs as much as reading 100 000
contacts, so they follow from another worker right after the rows are shown (until
then a row not on the first screen shows "…" for its numbers, as for its status); a
vault of up to SEARCH_TEXT_AT_ONCE contacts comes whole, numbers and search texts
included, in one read. Then two workers follow: one reads the search texts (unless
there) and builds the search index (search.SearchIndex; a filter typed meanwhile waits
for it), one every number's WhatsApp status. With a filter typed before the other rows
arrive, the filtered rows stay until the rows come with their numbers and their index
(one worker reads both): a filtered table is never shown unfiltered. A result that
arrives after the vault was locked (or another one opened: a new context) is dropped,
and so are rows read for a load that another one followed (each load has a number:
two reloads close together may finish in either order). Contacts edited or added
while a worker read every row are read again once those rows are shown (the worker
may hold them as they were).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from contactvault import errors
from contactvault.gui.workers import Worker


class ContactsLoader(QObject):
    table_loaded = Signal()
    numbers_loaded = Signal()  # every row's numbers (after table_loaded)
    search_ready = Signal()
    statuses_loaded = Signal()
    failed = Signal(str)  # why the statuses could not be read

    FIRST_ROWS = 200

    def __init__(self, model, current_context: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_context = current_context
        self._complete = True
        self._workers: list[Worker] = []
        self._load = 0  # the latest load's number: rows read for an earlier one are dropped
        self._edits_from = 0  # the model's edit mark when the latest load started

    def _new_load(self) -> int:
        self._load += 1
        self._edits_from = self.model.edits_mark()
        return self._load

    def load_first(self, ctx) -> None:
        """The first screenful, now (raises ContactVaultError). ``load_rest`` follows
        once it is shown."""
        from contactvault.services import contacts

        table = contacts.contact_table(ctx, limit=self.FIRST_ROWS)
        self._new_load()
        self._complete = len(table) < self.FIRST_ROWS
        self.model.load(table, complete=self._complete)

    def load_rest(self, with_search: bool = False) -> None:
        """The other rows on a worker; ``with_search``: their search index too, before
        they are shown (a refresh keeps a filtered table filtered)."""
        if self._complete:
            load = self._load
            QTimer.singleShot(0, self, lambda: self._loaded_at_once(load))  # after the paint
            return
        ctx = self.current_context()
        load = self._new_load()

        def job(progress, cancel):
            table = _read_rows(ctx, numbers_later=not with_search)
            return load, ctx, table, _table_index(ctx, table) if with_search else None

        self._start(job, self._all_rows_ready)

    def refresh(self) -> None:
        """Every row, the search keys and the statuses again, read on a worker thread
        (after a wizard changed the vault); the table keeps showing the old rows until
        the new ones and their search index are there."""
        if self.current_context() is None:
            return
        self._complete = False
        self.load_rest(with_search=True)

    def reload(self, erased: Iterable[int] = ()) -> None:
        """Every row again (after an import, an erasure), then search keys and statuses;
        with a filter typed, as ``refresh`` (the filtered rows stay until the new ones
        and their search index are there: the index is built once, on a worker). The
        ``erased`` contacts leave the table at once."""
        ctx = self.current_context()
        if ctx is None:
            return
        self.model.drop_contacts(erased)
        if self.model.filter_text_active:
            self.refresh()
            return
        self._new_load()
        self.model.load(_read_rows(ctx), search_follows=True)
        self.table_loaded.emit()
        self._build_search(ctx)
        self.load_statuses()

    def load_statuses(self) -> None:
        ctx = self.current_context()
        if ctx is None or ctx.vault.is_locked:
            return

        def job(progress, cancel):
            from contactvault.services import consent

            result = consent.decisions_for_all(ctx)
            statuses = {cid: tuple(d.status for _, d in items) for cid, items in result.items()}
            reasons = {cid: tuple(d.reason_text() for _, d in items)
                       for cid, items in result.items()}
            return ctx, statuses, reasons

        self._start(job, self._statuses_ready)

    def owns(self, worker: Worker) -> bool:
        """Loading never holds off the idle lock; an import or export does."""
        return worker in self._workers

    # -- steps --------------------------------------------------------------------------
    def _all_rows_ready(self, result) -> None:
        load, ctx, table, index = result
        if ctx is not self.current_context() or load != self._load:
            return  # locked, or loaded again, meanwhile: drop it
        if index is None and self.model.filter_text_active:
            # a filter typed on the first screen: that screen stays filtered until these
            # rows come with their numbers (a large vault's follow) and their index, both
            # read on a worker (the index built once): never every row unfiltered
            self._start(lambda progress, cancel: (load, ctx, table, _table_index(
                ctx, table, read_numbers=True)), self._all_rows_ready)
            return
        # the worker's index, or (without one) the index follows: _build_search
        self.model.load(table, index=index, search_follows=index is None)
        self._read_edits_again(ctx)
        self.table_loaded.emit()
        if index is not None:
            self.search_ready.emit()
            self.load_statuses()
        elif self.model.numbers_waiting:
            QTimer.singleShot(0, self, self._read_numbers)  # after the rows are painted
        else:
            QTimer.singleShot(0, self, self._search_and_statuses)  # after the rows are painted

    def _read_edits_again(self, ctx) -> None:
        """The contacts edited or added since the load started, read again into the
        table just shown (its worker may have read them before the change)."""
        ids = self.model.edited_since(self._edits_from)
        if ids:
            from contactvault.services import contacts

            self.model.replace_rows(contacts.contact_table(ctx, ids=ids))

    def _read_numbers(self) -> None:
        ctx = self.current_context()
        if ctx is None or ctx.vault.is_locked:
            return
        table = self.model.table
        ids = list(table.ids)  # a copy: an edit appends to the table's lists meanwhile

        def job(progress, cancel):
            from contactvault.services import contacts

            return ctx, table, contacts.table_numbers(ctx, ids)

        self._start(job, self._numbers_read)

    def _numbers_read(self, result) -> None:
        ctx, table, numbers = result
        if ctx is not self.current_context() or table is not self.model.table:
            return  # locked or read again meanwhile: that read goes on by itself
        self.model.set_numbers(table, numbers)
        self.numbers_loaded.emit()
        self._search_and_statuses()

    def _search_and_statuses(self) -> None:
        ctx = self.current_context()
        if ctx is None or ctx.vault.is_locked:
            return
        self._build_search(ctx)
        self.load_statuses()

    def _build_search(self, ctx) -> None:
        """The search index of the model's table, on a worker thread."""
        table = self.model.table
        # copies: an edit appends to the table's lists meanwhile
        ids, names, numbers = list(table.ids), list(table.names), list(table.numbers_packed)
        texts = list(table.search_text) if table.has_search_text else None

        def job(progress, cancel):
            return ctx, table, _search_index(ctx, ids, names, numbers, texts)

        self._start(job, self._search_built)

    def _search_built(self, result) -> None:
        ctx, table, index = result
        if ctx is not self.current_context():
            return
        self.model.set_search(table, index)
        self.search_ready.emit()

    def _loaded_at_once(self, load: int) -> None:
        ctx = self.current_context()
        if ctx is None or ctx.vault.is_locked or load != self._load:
            return
        self.table_loaded.emit()
        self.model.build_index()
        self.search_ready.emit()
        self.load_statuses()

    def _statuses_ready(self, result) -> None:
        ctx, statuses, reasons = result
        if ctx is not self.current_context():
            return  # locked (or another vault) meanwhile: drop it
        self.model.set_statuses(statuses, reasons)
        self.statuses_loaded.emit()

    def _start(self, job, on_finished) -> None:
        worker = Worker(job)
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(self._failed)
        self._workers = [w for w in self._workers if w.running] + [worker]
        worker.start()

    def _failed(self, exc) -> None:
        if isinstance(exc, errors.VaultLocked):
            return
        self.failed.emit(exc.message() if isinstance(exc, errors.ContactVaultError)
                         else str(exc))


SEARCH_TEXT_AT_ONCE = 20_000  # up to this many rows the search text comes with the rows


def _read_rows(ctx, *, numbers_later: bool = False):
    """Every row; a small vault (up to SEARCH_TEXT_AT_ONCE contacts) whole, in one read;
    a large one without the search text, which the search index build reads later (the
    table is shown sooner), and with ``numbers_later`` without the numbers too
    (``ContactsLoader._read_numbers``)."""
    from contactvault.services import contacts

    return contacts.contact_table(ctx, search_text=False, numbers=not numbers_later,
                                  complete_up_to=SEARCH_TEXT_AT_ONCE)


def _table_index(ctx, table, *, read_numbers: bool = False):
    """The SearchIndex of ``table``, read as it came from the vault (not yet shown);
    ``read_numbers``: the numbers of a table read without them are read first, into
    it."""
    if read_numbers and not table.has_numbers:
        from contactvault.services import contacts

        if ctx.vault.is_locked:
            raise errors.VaultLocked()
        table.numbers_packed = contacts.table_numbers(ctx, list(table.ids))
    return _search_index(ctx, table.ids, table.names, table.numbers_packed,
                         table.search_text if table.has_search_text else None)


def _search_index(ctx, ids, names, numbers, texts):
    """The SearchIndex of these rows; reads their search texts when not given. About a
    second at 100 000 rows: stops between its steps once the vault is locked."""
    from contactvault import search
    from contactvault.services import contacts

    def step(make):
        if ctx.vault.is_locked:
            raise errors.VaultLocked()
        return make()

    keyed = contacts.ContactTable(
        ids=ids, names=names, numbers_packed=numbers,
        search_text=texts if texts is not None else step(
            lambda: contacts.search_texts(ctx, ids)))
    text_hay = step(lambda: contacts.table_text_haystacks(keyed))
    digit_hay = step(lambda: contacts.table_digit_haystacks(keyed))
    return step(lambda: search.SearchIndex(text_hay, digit_hay))
