"""Tables as CSV that a German Excel opens correctly, and as HTML for the printer.

CSV: UTF-8 with a byte-order mark (Excel reads umlauts right only with it), the
separator by choice (";" is what a German Excel expects), CRLF line ends, and every cell
that a spreadsheet would take as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) neutralised with a leading apostrophe, so that a name like
``=HYPERLINK(...)`` from an address book stays text (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Sequence[object]], separator: str = ";") -> str:
    """The rows as CSV text with the byte-order mark in front."""
    if len(separator) != 1 or separator in "\"'\r\n":
        raise ValueError("the separator must be one character other than quotes and line ends")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return BOM + out.getvalue()


def html_table(header: Sequence[str], rows: Iterable[Sequence[object]],
               widths: Sequence[str] = ()) -> str:
    """An HTML table (every value escaped) in the style of the procedure's documents."""
    parts = ['<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">',
             "<tr>"]
    for i, title in enumerate(header):
        width = f' width="{widths[i]}"' if i < len(widths) and widths[i] else ""
        parts.append(f"<th{width}>{html.escape(title)}</th>")
    parts.append("</tr>")
    for row in rows:
        parts.append("<tr>" + "".join(
            f"<td>{html.escape('' if c is None else str(c))}</td>" for c in row) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def paragraphs(lines: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)


def bullet_list(lines: Iterable[str]) -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines if line)
    return f"<ul>{items}</ul>" if items else ""
