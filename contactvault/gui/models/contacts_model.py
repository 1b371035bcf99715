"""The contacts table: a QAbstractTableModel over the core's column lists.

Built for 100 000 rows (measured figures in benchmarks/bench_gui.py):
- the data are column lists from services.contacts.contact_table, not Contact objects;
- a filter asks a search.SearchIndex (built once per load, on a worker thread by the
  loader) for the mask of matching rows and turns it into rows with
  itertools.compress: no Python loop over the rows per keystroke. Rows changed or added
  after the index was built are checked one by one with the same rules (Query.matches);
- sorting happens here with a cached, locale-aware key per column (ä sorts with a),
  not through a QSortFilterProxyModel, which takes seconds at this size;
- data() answers DisplayRole first and computes expensive texts (formatted numbers,
  local times) only for rows that are painted, caching them.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from itertools import compress
from operator import itemgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from contactvault import phones, search, timefmt
from contactvault.gui import icons
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import CATEGORY_LABELS
from contactvault.services.contacts import (
    ContactTable,
    table_digit_haystacks,
    table_text_haystacks,
    unpack_numbers,
)

# Module-level ints: comparing against enum members costs a repaint twice as much.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
CONTACT_ID = int(Qt.ItemDataRole.UserRole) + 1
HORIZONTAL = Qt.Orientation.Horizontal

NAME, ORGANISATION, CATEGORY, NUMBERS, WHATSAPP, UPDATED = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Organisation"),
    QT_TRANSLATE_NOOP("ContactsModel", "Category"),
    QT_TRANSLATE_NOOP("ContactsModel", "Numbers"),
    QT_TRANSLATE_NOOP("ContactsModel", "WhatsApp"),
    QT_TRANSLATE_NOOP("ContactsModel", "Changed"),
)
# Short status texts for the table column (the policy's long texts are in tooltips).
_STATUS_SHORT = {
    "eligible": QT_TRANSLATE_NOOP("ContactsModel", "allowed"),
    "no_consent": QT_TRANSLATE_NOOP("ContactsModel", "no consent"),
    "requested": QT_TRANSLATE_NOOP("ContactsModel", "requested"),
    "notice_pending": QT_TRANSLATE_NOOP("ContactsModel", "notice not sent"),
    "implied_only": QT_TRANSLATE_NOOP("ContactsModel", "implied only"),
    "not_informed": QT_TRANSLATE_NOOP("ContactsModel", "consent without notice"),
    "basis_not_allowed": QT_TRANSLATE_NOOP("ContactsModel", "basis not allowed"),
    "wrong_purpose": QT_TRANSLATE_NOOP("ContactsModel", "no advertising consent"),
    "revoked": QT_TRANSLATE_NOOP("ContactsModel", "revoked"),
    "shared_number": QT_TRANSLATE_NOOP("ContactsModel", "under another contact"),
    "expired": QT_TRANSLATE_NOOP("ContactsModel", "expired"),
    "private": QT_TRANSLATE_NOOP("ContactsModel", "private"),
    "invalid_number": QT_TRANSLATE_NOOP("ContactsModel", "invalid number"),
}
_LOADING = QT_TRANSLATE_NOOP("ContactsModel", "…")

# Status order for sorting the WhatsApp column: allowed first, then what needs action.
_STATUS_RANK = {"eligible": 0, "not_informed": 1, "notice_pending": 2, "implied_only": 3,
                "requested": 4, "basis_not_allowed": 5, "wrong_purpose": 6, "no_consent": 7,
                "expired": 8, "revoked": 9, "objected": 10, "restricted": 11, "private": 12,
                "invalid_number": 13}
_COMBINING = re.compile(r"[\u0300-\u036f]")


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactsModel", text)


def collation_keys(values: list[str]) -> list[str]:
    """Locale-aware sort keys for many strings at once: case and accents ignored
    (German dictionary order: ä = a, ß = ss), then the original as a tie-breaker."""
    joined = "\n".join(v.replace("\n", " ") for v in values)
    base = _COMBINING.sub("", unicodedata.normalize("NFKD", joined)).casefold()
    keys = base.split("\n")
    if len(keys) != len(values):  # pragma: no cover - a character folding to a line break
        keys = [_COMBINING.sub("", unicodedata.normalize("NFKD", v)).casefold() for v in values]
    # Empty values sort last, as people expect in a table.
    return [k + "\x00" + v if k else "\uffff" for k, v in zip(keys, values, strict=True)]


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = ContactTable()
        self.loading = False
        self._rows: list[int] = []  # visible table indices, in display order
        self._order: list[int] = []  # all table indices in the current sort order
        self._row_of_id: dict[int, int] | None = None  # contact id -> table index, lazily
        self._index: search.SearchIndex | None = None  # over the first index.size rows
        self._search_follows = False  # the loader brings the index (set_search)
        self._row_keys: dict[int, tuple[str, str]] = {}  # rows changed since: their keys
        self.filter_waiting = False  # a filter text waits for the search keys
        # the table was read without every contact's numbers: set_numbers brings them;
        # meanwhile numbers_packed holds None for a row not known yet
        self.numbers_waiting = False
        self._numbers_fresh: set[int] = set()  # rows replaced while numbers_waiting
        # every replace_rows counted: contact id -> the count at its last one, so a
        # table read meanwhile can be given those contacts again (edited_since)
        self._edits = 0
        self._edited: dict[int, int] = {}
        # table indices of contacts erased since the table was read: never shown
        self._gone: frozenset[int] = frozenset()
        self._query = search.Query.parse("")
        self._only: frozenset[int] | None = None  # show only these contacts (a DPO list)
        self._only_mask: bytes | None = None
        self._sort: tuple[int, bool] | None = None  # (column, descending)
        self._order_getter: itemgetter | None = None  # mask by table index -> by order
        self._position: list[int] | None = None  # table index -> place in the order
        self._last_mask: tuple[bytes, list[int], list[int]] | None = None  # mask, order, rows
        self._sort_keys: dict[int, list] = {}
        self._statuses: dict[int, tuple[str, ...]] | None = None  # contact id -> codes
        self._reasons: dict[int, tuple[str, ...]] = {}
        self._numbers_text: dict[int, str] = {}
        # the day shown per stored time: an import gives many contacts the same time
        self._updated_text: dict[str, str] = {}
        self._labels: dict[str, str] = {}  # status code -> short text
        self._cat_labels: dict[str, str] = {}
        self._retranslate_labels()

    # -- loading and dropping -----------------------------------------------------
    def load(self, table: ContactTable, *, complete: bool = True,
             index: search.SearchIndex | None = None, search_follows: bool = False) -> None:
        """Show ``table``; ``complete=False`` while only the first rows are read. Its
        search index: ``index`` (built with it on a worker), or it follows from
        set_search (``search_follows``, or a table read without its search text; a
        filter waits for it), or it is built here at the first filter."""
        self.beginResetModel()
        self.loading = not complete
        self.numbers_waiting = not table.has_numbers
        self._numbers_fresh = set()
        self._gone = frozenset()
        if self.numbers_waiting:  # the numbers of the rows shown so far stay
            table.numbers_packed = _numbers_known(self._table, table)
        self._table = table
        self._reset_order()
        self._row_of_id = None
        self._drop_search()
        self._index = index
        self._search_follows = index is None and search_follows
        self._sort_keys.clear()
        self._numbers_text.clear()
        self._updated_text.clear()
        self._statuses = None
        self._reasons = {}
        if self._sort is not None:
            self._apply_sort_order(*self._sort)
        # without an index the filter text stays and set_search applies it
        self.filter_waiting = not self._query.empty and not self.build_index()
        self._rows = self._filtered(self._query)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every contact's data (the vault was locked)."""
        self.beginResetModel()
        self.loading = False
        self._table = ContactTable()
        self._rows = []
        self._reset_order()
        self._row_of_id = None
        self._drop_search()
        self._sort_keys.clear()
        self._numbers_text.clear()
        self._updated_text.clear()
        self._statuses = None
        self._reasons = {}
        self._query = search.Query.parse("")
        self.filter_waiting = False
        self.numbers_waiting = False
        self._numbers_fresh = set()
        self._edited = {}
        self._gone = frozenset()
        self._only = None
        self._only_mask = None
        self.endResetModel()

    def _drop_search(self) -> None:
        self._index = None
        self._search_follows = False
        self._last_mask = None
        self._row_keys = {}
        self._only_mask = None

    def _reset_order(self) -> None:
        """The table's own order (unsorted), and no cache of another order."""
        self._order = list(range(len(self._table)))
        self._order_getter = self._position = None

    def build_index(self) -> bool:
        """Build the search index here and now from the table's search text (False when
        the table was read without it, or the loader brings the index: see
        set_search)."""
        if self._index is not None:
            return True
        if self._search_follows or not self._table.has_search_text or self.numbers_waiting:
            return False
        # the table holds every edit's text, so the index knows every row
        self._index = search.SearchIndex(table_text_haystacks(self._table),
                                         table_digit_haystacks(self._table))
        self._row_keys = {}
        self.filter_waiting = False
        return True

    def set_search(self, table: ContactTable, index: search.SearchIndex) -> None:
        """The search index the loader built for ``table`` (ignored if another table is
        shown by now; rows changed since are checked one by one); a filter typed
        meanwhile is applied now."""
        if table is not self._table or self._index is not None:
            return
        self._index = index
        self._search_follows = False
        self.filter_waiting = False
        if not self._query.empty:
            self.beginResetModel()
            self._rows = self._filtered(self._query)
            self.endResetModel()

    def set_numbers(self, table: ContactTable, numbers: list[str]) -> None:
        """Every contact's numbers for ``table`` read without them (ignored if another
        table is shown by now); rows replaced meanwhile keep theirs."""
        if table is not self._table or not self.numbers_waiting:
            return
        kept = table.numbers_packed
        fresh = list(numbers)
        for i in self._numbers_fresh:
            fresh[i] = kept[i]
        fresh.extend(kept[len(fresh):])  # rows added meanwhile
        table.numbers_packed = fresh
        self.numbers_waiting = False
        self._numbers_fresh = set()
        self._numbers_text.clear()
        self._sort_keys.pop(NUMBERS, None)
        if self._sort is not None and self._sort[0] == NUMBERS:
            column, descending = self._sort
            self.sort(column, Qt.SortOrder.DescendingOrder if descending
                      else Qt.SortOrder.AscendingOrder)
        if self._rows:
            self.dataChanged.emit(self.index(0, NUMBERS),
                                  self.index(len(self._rows) - 1, WHATSAPP))

    def edits_mark(self) -> int:
        """A mark for ``edited_since``: the rows replaced so far."""
        return self._edits

    def edited_since(self, mark: int) -> list[int]:
        """The contacts whose rows were replaced (replace_rows) after ``mark``."""
        return [cid for cid, at in self._edited.items() if at > mark]

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    @property
    def statuses_ready(self) -> bool:
        return self._statuses is not None

    @property
    def table(self) -> ContactTable:
        return self._table

    def set_statuses(self, statuses: dict[int, tuple[str, ...]],
                     reasons: dict[int, tuple[str, ...]] | None = None) -> None:
        """WhatsApp status codes per contact, one per number in the table's order."""
        self._statuses = statuses
        self._reasons = reasons or {}
        self._sort_keys.pop(WHATSAPP, None)
        if self._rows:
            self.dataChanged.emit(self.index(0, WHATSAPP),
                                  self.index(len(self._rows) - 1, WHATSAPP))

    def update_statuses(self, contact_id: int, codes: tuple[str, ...],
                        reasons: tuple[str, ...]) -> None:
        if self._statuses is None:
            self._statuses = {}
        self._statuses[contact_id] = codes
        self._reasons[contact_id] = reasons
        self._sort_keys.pop(WHATSAPP, None)
        self._emit_row_changed(contact_id)

    def replace_rows(self, part: ContactTable) -> None:
        """Fresh data for some contacts (after an edit), read with their search text;
        new ids are appended."""
        for cid in part.ids:
            self._edits += 1
            self._edited[cid] = self._edits
        self._last_mask = None
        added = []
        row_of_id = self._row_map()
        for j, cid in enumerate(part.ids):
            i = row_of_id.get(cid)
            if i is None:
                added.append(j)
                continue
            self._set_entry(i, part, j)
            self._emit_row_changed(cid)
        if added:
            t = self._table
            with_text = t.has_search_text
            first = len(self._rows)
            for j in added:
                i = len(t.ids)
                t.ids.append(part.ids[j])
                for name in ("names", "organisations", "categories", "updated",
                             "numbers_packed"):
                    getattr(t, name).append(getattr(part, name)[j])
                if with_text:
                    t.search_text.append(part.search_text[j])
                self._set_entry(i, part, j)
                row_of_id[part.ids[j]] = i
                if self._position is not None:
                    self._position.append(len(self._order))
                self._order.append(i)
            self._order_getter = None
            self._only_mask = None
            new_rows = [i for i in range(len(t.ids) - len(added), len(t.ids))]
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self.endInsertRows()
        self._sort_keys.clear()

    def _set_entry(self, i: int, part: ContactTable, j: int) -> None:
        t = self._table
        for name in ("names", "organisations", "categories", "updated", "numbers_packed"):
            getattr(t, name)[i] = getattr(part, name)[j]
        if self.numbers_waiting:
            self._numbers_fresh.add(i)
        if t.has_search_text and i < len(t.search_text):
            t.search_text[i] = part.search_text[j]
        self._numbers_text.pop(i, None)
        one = ContactTable(ids=[part.ids[j]], names=[part.names[j]],
                           search_text=[part.search_text[j]],
                           numbers_packed=[part.numbers_packed[j]])
        # the index (if any) does not know this text: the row is checked on its own
        self._row_keys[i] = (table_text_haystacks(one)[0], table_digit_haystacks(one)[0])

    def _row_map(self) -> dict[int, int]:
        if self._row_of_id is None:
            self._row_of_id = dict(zip(self._table.ids, range(len(self._table)), strict=True))
        return self._row_of_id

    def _emit_row_changed(self, contact_id: int) -> None:
        i = self._row_map().get(contact_id)
        if i is None:
            return
        try:
            r = self._rows.index(i)
        except ValueError:
            return
        self.dataChanged.emit(self.index(r, 0), self.index(r, len(_HEADERS) - 1))

    # -- filtering ------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        query = search.Query.parse(text)
        if query == self._query and not self.filter_waiting:
            return
        if not query.empty and not self.build_index():
            # the loader is building the keys: keep the rows, filter when they arrive
            self._query = query
            self.filter_waiting = True
            return
        self.filter_waiting = False
        rows = self._filtered(query)
        self._query = query
        if rows is self._rows or rows == self._rows:  # typing on often keeps the rows
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_only(self, contact_ids: list[int] | None) -> None:
        """Show only these contacts (a list from the data-protection page), filtered by
        the text as usual; None shows every contact again."""
        self.beginResetModel()
        self._only = frozenset(contact_ids) if contact_ids is not None else None
        self._only_mask = None
        self._rows = self._filtered(self._query)
        self.endResetModel()

    @property
    def restricted(self) -> bool:
        return self._only is not None

    def drop_contacts(self, contact_ids) -> None:
        """Contacts just erased: out of the table at once, before the rows read again
        (which no longer hold them) arrive."""
        row_of_id = self._row_map()
        gone = {row_of_id[c] for c in contact_ids if c in row_of_id} - self._gone
        if not gone:
            return
        self._gone = self._gone | gone
        rows = list(self._rows)  # a copy: the last filter's cache may hold this list
        for r in sorted((r for r, i in enumerate(rows) if i in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), r, r)
            del rows[r]
            self._rows = rows
            self.endRemoveRows()

    def _filtered(self, query: search.Query) -> list[int]:
        """The rows to show, in the current sort order (all while the search keys are
        still being built), without contacts erased since the table was read."""
        rows = self._matching(query)
        if self._gone:
            gone = self._gone
            return [i for i in rows if i not in gone]
        return rows

    def _matching(self, query: search.Query) -> list[int]:
        if query.empty or not self.index_ready:
            if self._only is None:
                return list(self._order)
            ids, only = self._table.ids, self._only
            return [i for i in self._order if ids[i] in only]
        mask = self._index.rows_matching(query)
        size = len(self._table)
        if self._row_keys or len(mask) != size:
            fixed = bytearray(mask)
            fixed.extend(bytes(size - len(fixed)))
            matches = query.matches
            for i, keys in self._row_keys.items():
                fixed[i] = matches(*keys)
            mask = bytes(fixed)
        if self._only is not None:
            mask = search.and_masks([mask, self._only_rows()], size)
        last = self._last_mask
        if last is not None and last[0] == mask and last[1] is self._order:
            return last[2]  # the same rows as the last filter (typing on): no new list
        rows = self._in_order(mask)
        self._last_mask = (mask, self._order, rows)
        return rows

    def _only_rows(self) -> bytes:
        if self._only_mask is None:
            ids, only = self._table.ids, self._only or frozenset()
            self._only_mask = bytes(cid in only for cid in ids)
        return self._only_mask

    def _in_order(self, mask: bytes) -> list[int]:
        """The table indices set in ``mask``, in the current sort order: the order kept
        since the sort, with the mask read through it (one itemgetter call and one
        compress, both in C: a merge, never a sort per keystroke). A mask within the
        last one (typing on) reads only the last rows."""
        order = self._order
        found = mask.count(1)
        if found == len(order):
            return list(order)
        if self._sort is None:  # the order is the table's: order[i] == i
            return list(compress(order, mask))
        last = self._last_mask
        if last is not None and last[1] is order and len(last[2]) < len(order) \
                and _within(mask, last[0]):
            order = last[2]  # the rows shown last, already in order
            if len(order) < 2:
                return [i for i in order if mask[i]]
            return list(compress(order, itemgetter(*order)(mask)))
        if found * 40 < len(order):  # a few: found one by one, put in their places
            if self._position is None:
                self._position = _places(order)
            rows, find, i = [], mask.find, mask.find(1)
            while i >= 0:
                rows.append(i)
                i = find(1, i + 1)
            return sorted(rows, key=self._position.__getitem__)
        if self._order_getter is None:
            self._order_getter = itemgetter(*order)
        return list(compress(order, self._order_getter(mask)))

    @property
    def filter_text_active(self) -> bool:
        return not self._query.empty

    # -- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(p, self._rows[p.row()]) for p in old if 0 <= p.row() < len(self._rows)]
        self._apply_sort_order(column, descending)
        if len(self._rows) == len(self._order):
            self._rows = list(self._order)
        else:
            visible = bytearray(len(self._order))
            for i in self._rows:
                visible[i] = 1
            self._rows = self._in_order(bytes(visible))
        if old_rows:
            position = {i: r for r, i in enumerate(self._rows)}
            self.changePersistentIndexList(
                [p for p, _ in old_rows],
                [self.index(position[i], p.column()) for p, i in old_rows])
        self.layoutChanged.emit()

    def _apply_sort_order(self, column: int, descending: bool) -> None:
        self._sort = (column, descending)
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = self._keys_for(column)
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        # new int objects made in this order: a keystroke reads the order through the
        # mask (_in_order), which then walks memory in sequence instead of jumping
        # across 100 000 objects made in table order (two to three times as fast)
        self._order = array("q", order).tolist()
        self._order_getter = itemgetter(*self._order) if len(self._order) > 1 else None
        self._position = _places(self._order)  # ~10 ms at 100 000 rows: here, not per key

    def _keys_for(self, column: int) -> list:
        t = self._table
        if column == NAME:
            return collation_keys(t.names)
        if column == ORGANISATION:
            return collation_keys(t.organisations)
        if column == CATEGORY:
            labels = {c: self._cat_labels.get(c, c) for c in set(t.categories)}
            return collation_keys([labels[c] for c in t.categories])
        if column == NUMBERS:
            return [p.split("\x1f", 1)[0] or "\uffff" if p else "\uffff"
                    for p in t.numbers_packed]
        if column == WHATSAPP:
            statuses = self._statuses or {}
            return [min((_STATUS_RANK.get(s, 9) for s in statuses.get(cid, ())), default=10)
                    for cid in t.ids]
        return list(t.updated)

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(_HEADERS):
            return tr(_HEADERS[section])
        return None

    def data(self, index, role=DISPLAY):
        if role == DISPLAY or role == ACCESSIBLE:
            i = self._rows[index.row()]
            column = index.column()
            if column == NAME:
                return self._table.names[i]
            if column == ORGANISATION:
                return self._table.organisations[i]
            if column == CATEGORY:
                return self._cat_labels.get(self._table.categories[i], self._table.categories[i])
            if column == NUMBERS:
                return self._numbers_display(i)
            if column == WHATSAPP:
                return self._status_display(i)
            if column == UPDATED:
                return self._updated_display(i)
            return None
        if role == DECORATION:
            if index.column() == WHATSAPP:
                codes = self._codes(self._rows[index.row()])
                if codes:
                    return icons.status_icon(_summary_code(codes))
            return None
        if role == CONTACT_ID:
            return self._table.ids[self._rows[index.row()]]
        if role == TOOLTIP and index.column() == WHATSAPP:
            return self._status_tooltip(self._rows[index.row()])
        if role == TOOLTIP and index.column() == UPDATED:  # the day in the table, the time here
            value = self._table.updated[self._rows[index.row()]]
            return timefmt.format_time(value) if value else None
        return None

    # -- helpers for data() -------------------------------------------------------
    def _numbers_display(self, i: int) -> str:
        text = self._numbers_text.get(i)
        if text is None:
            if self._table.numbers_packed[i] is None:
                return self._loading_label  # read a moment later (set_numbers)
            text = ", ".join(phones.display(e) if e else raw
                             for e, raw in unpack_numbers(self._table.numbers_packed[i]))
            self._numbers_text[i] = text
        return text

    def _updated_display(self, i: int) -> str:
        value = self._table.updated[i]
        text = self._updated_text.get(value)
        if text is None:
            text = self._updated_text[value] = timefmt.format_date(value) if value else ""
        return text

    def _codes(self, i: int) -> tuple[str, ...]:
        if self._statuses is None:
            return ()
        return self._statuses.get(self._table.ids[i], ())

    def _status_display(self, i: int) -> str:
        packed = self._table.numbers_packed[i]
        if packed is None:
            return self._loading_label
        if not packed:
            return ""
        if self._statuses is None:
            return self._loading_label
        codes = self._codes(i)
        return " · ".join(self._labels.get(c, c) for c in codes)

    def _status_tooltip(self, i: int) -> str:
        numbers = unpack_numbers(self._table.numbers_packed[i])
        codes = self._codes(i)
        reasons = self._reasons.get(self._table.ids[i], ())
        lines = []
        for k, (e164, raw) in enumerate(numbers):
            shown = phones.display(e164) if e164 else raw
            reason = reasons[k] if k < len(reasons) else ""
            label = self._labels.get(codes[k], codes[k]) if k < len(codes) else ""
            lines.append(f"{shown}: {reason or label}")
        return "\n".join(lines)

    def _retranslate_labels(self) -> None:
        from contactvault.consent.policy import STATUS_LABELS

        self._cat_labels = {c.value: QCoreApplication.translate("Category", text)
                            for c, text in CATEGORY_LABELS.items()}
        self._loading_label = tr(_LOADING)
        self._updated_text.clear()  # the day is written in the language
        self._labels = {}
        for code in STATUS_LABELS:
            self._labels[code] = tr(_STATUS_SHORT[code]) if code in _STATUS_SHORT \
                else QCoreApplication.translate("Policy", STATUS_LABELS[code])

    def widest_texts(self) -> dict[int, list[str]]:
        """For sizing the columns: every short status text, and a time as shown."""
        return {WHATSAPP: list(self._labels.values()),
                UPDATED: [timefmt.format_date("2026-12-28T23:58:00+00:00")]}

    # -- lookups for the window -----------------------------------------------------
    def contact_id(self, row: int) -> int:
        return self._table.ids[self._rows[row]]

    def row_of_contact(self, contact_id: int) -> int | None:
        i = self._row_map().get(contact_id)
        if i is None:
            return None
        try:
            return self._rows.index(i)
        except ValueError:
            return None

    def total(self) -> int:
        return len(self._table)

    def name_of(self, contact_id: int) -> str:
        i = self._row_map().get(contact_id)
        return self._table.names[i] if i is not None else ""


def _numbers_known(shown: ContactTable, table: ContactTable) -> list:
    """``table``'s numbers as far as ``shown`` (the first screenful, read a moment ago)
    knows them, None for the others: the rows on screen keep their numbers until all
    are read."""
    k = len(shown)
    if 0 < k <= len(table) and shown.has_numbers and shown.ids == table.ids[:k]:
        return [*shown.numbers_packed, *[None] * (len(table) - k)]
    return [None] * len(table)


def _places(order: list[int]) -> list[int]:
    """The inverse of ``order``: each table index's place in it."""
    places = [0] * len(order)
    for place, i in enumerate(order):
        places[i] = place
    return places


def _within(mask: bytes, outer: bytes) -> bool:
    """Whether every row set in ``mask`` is set in ``outer`` (masks of 0 and 1 bytes)."""
    inner = int.from_bytes(mask, "little")
    return inner & int.from_bytes(outer, "little") == inner


def _summary_code(codes: tuple[str, ...]) -> str:
    """One icon for a contact's numbers: the best status any number has."""
    return min(codes, key=lambda c: _STATUS_RANK.get(c, 9))
