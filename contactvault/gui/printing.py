"""HTML documents (protocol, selection list, links sheet) to PDF with Qt's own writer.

The core builds documents as HTML; this module lays them out with QTextDocument and
writes A4 PDF pages through QPdfWriter, with page numbers. Images given as ``data:``
URIs (the QR codes) are handed to the document as resources, which QTextDocument
renders reliably. The CLI imports this module lazily, only when it writes a PDF; it
then runs Qt without a display (the "offscreen" platform).
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from contactvault import errors
from contactvault.i18n import QT_TRANSLATE_NOOP

_DATA_URI = re.compile(r'src="data:image/(png|jpeg|gif);base64,([A-Za-z0-9+/=\s]+)"')
MARGINS_MM = QMarginsF(18, 16, 18, 16)
FOOTER_MM = 8
_app = None


def ensure_app() -> None:
    """Fonts and layout need a QGuiApplication; create one without a display if none."""
    global _app
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication(["contactvault"])


def make_document(html_text: str) -> QTextDocument:
    ensure_app()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setDocumentMargin(0)
    counter = 0

    def register(match: re.Match) -> str:
        nonlocal counter
        counter += 1
        name = f"cvimg://{counter}.{match.group(1)}"
        image = QImage()
        image.loadFromData(QByteArray(base64.b64decode(match.group(2))))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return f'src="{name}"'

    doc.setHtml(_DATA_URI.sub(register, html_text))
    return doc


def html_to_pdf(html_text: str, path: Path | str, *, title: str = "") -> Path:
    """Lay out ``html_text`` on A4 pages and write them to ``path`` as PDF.

    ``path`` is the temporary file the services created for it (owner-only, beside the
    final name; services/outgoing.py renames it): it is filled in place, so it keeps its
    mode, and nothing else is created beside it."""
    path = Path(path)
    doc = make_document(html_text)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("contactvault")
    writer.setTitle(title or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    _paint(doc, writer)
    del writer  # closes the file
    if not path.exists() or path.stat().st_size == 0:
        raise errors.FileNotWritable(
            path=str(path), reason=QT_TRANSLATE_NOOP("Errors", "the PDF writer produced nothing"))
    return path


def _paint(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Paginate into the page's paint rectangle, page number at the foot of each page."""
    dpi = writer.resolution()
    paint_rect = writer.pageLayout().paintRectPixels(dpi)
    footer = FOOTER_MM / 25.4 * dpi
    # Lay the document out at 96 dpi-like logical size, then scale to the device.
    scale = dpi / 96.0
    body = QSizeF(paint_rect.width() / scale, (paint_rect.height() - footer) / scale)
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise errors.FileNotWritable(
            path="PDF", reason=QT_TRANSLATE_NOOP("Errors", "cannot start the PDF writer"))
    try:
        footer_font = QFont("DejaVu Sans", 7)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            painter.drawText(QRectF(0, paint_rect.height() - footer * 0.8,
                                    paint_rect.width(), footer * 0.8),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             f"{page + 1} / {pages}")
    finally:
        painter.end()
