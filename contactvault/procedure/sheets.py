"""The documents of routes B and C, built from the policy's eligible numbers.

Route B ("selected contacts only"): the selection list, name and number of every
contact the person may pick for WhatsApp by hand. Route C ("no address book at all"):
a sheet of click-to-chat links (``https://wa.me/<number>``) with a QR code each, so
the phone stores no contacts. Which numbers appear is never decided here: the items
come from the export plan (``services.exporting.plan_export``, i.e. the one policy
function). Output is HTML (the GUI's printer makes PDF of it); every value escaped.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from contactvault import phones, timefmt
from contactvault.i18n import QT_TRANSLATE_NOOP, speaking, translate_n
from contactvault.procedure import qr, templates

_E = html.escape


@dataclass(frozen=True)
class SheetItem:
    shown_name: str
    e164: str
    contact_id: int | None = None

    @property
    def link(self) -> str:
        return wa_link(self.e164)


def wa_link(e164: str) -> str:
    """WhatsApp's click-to-chat address for a number: digits only, no plus."""
    digits = "".join(ch for ch in e164 if ch.isdigit())
    if not digits:
        raise ValueError(f"no digits in {e164!r}")
    return f"https://wa.me/{digits}"


def _sort_key(item: SheetItem) -> tuple[str, str]:
    # German sorting puts ä with a: strip the marks for the key.
    folded = unicodedata.normalize("NFKD", item.shown_name.casefold())
    return ("".join(ch for ch in folded if not unicodedata.combining(ch)), item.e164)


def items_from_plan(plan) -> list[SheetItem]:
    """The included numbers of an export plan (services.exporting.ExportPlan)."""
    items = []
    for entry in getattr(plan, "included", plan):
        name = (getattr(entry, "shown_name", None) or getattr(entry, "name", "")
                or getattr(entry, "display_name", ""))
        items.append(SheetItem(str(name), str(entry.e164),
                               getattr(entry, "contact_id", None)))
    return sorted_items(items)


def sorted_items(items: Iterable[SheetItem]) -> list[SheetItem]:
    return sorted(items, key=_sort_key)


def _display(e164: str) -> str:
    try:
        return phones.display(e164)
    except Exception:  # a stored number that no longer parses is shown as stored
        return e164


def _header(device, company: str, created_at: str, lang: str, count: int) -> dict[str, str]:
    with speaking(lang):
        consented = translate_n("Procedure", QT_TRANSLATE_NOOP(
            "Procedure", "%n number(s) with valid consent", None, 1), count)
    return {
        "company": company or "\u2014",
        "device_name": getattr(device, "name", str(device)),
        "owner": getattr(device, "owner", "") or "\u2014",
        "created_at": timefmt.format_time(created_at, lang),
        "count": str(count),  # templates edited before $consented_numbers existed use it
        "consented_numbers": consented,
    }


def selection_html(items: Sequence[SheetItem], *, device, company: str, lang: str,
                   created_at: str) -> str:
    """Route B: the exact list of contacts to allow, name + number, sorted by name."""
    lang = templates.language(lang)
    rows = []
    for number, item in enumerate(sorted_items(items), start=1):
        rows.append(
            f'<tr><td align="right">{number}</td><td>{_E(item.shown_name)}</td>'
            f'<td class="number">{_E(_display(item.e164))}</td><td>\u2610</td></tr>')
    values = _header(device, company, created_at, lang, len(items))
    return templates.fill(templates.read("sheets/selection.html", lang), values,
                          raw={"rows": "".join(rows)})


def links_html(items: Sequence[SheetItem], *, device, company: str, lang: str,
               created_at: str, columns: int = 3) -> str:
    """Route C: a click-to-chat link and a QR code for every eligible number."""
    lang = templates.language(lang)
    cells = []
    for item in sorted_items(items):
        cells.append(
            '<td align="center" valign="top" class="card">'
            f'<img src="{qr.data_uri(item.link, scale=6)}" width="118" height="118"/><br/>'
            f'<b>{_E(item.shown_name)}</b><br/>'
            f'<span class="number">{_E(_display(item.e164))}</span><br/>'
            f'<a href="{_E(item.link)}"><span class="link">{_E(item.link)}</span></a></td>')
    width = f"{100 // columns}%"
    rows = []
    for start in range(0, len(cells), columns):
        group = cells[start:start + columns]
        group += [f'<td width="{width}"></td>'] * (columns - len(group))
        rows.append("<tr>" + "".join(g.replace('<td align', f'<td width="{width}" align', 1)
                                     for g in group) + "</tr>")
    values = _header(device, company, created_at, lang, len(items))
    return templates.fill(templates.read("sheets/links.html", lang), values,
                          raw={"rows": "".join(rows)})
