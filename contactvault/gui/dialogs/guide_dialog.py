"""Help → Guide (F1): the bundled user guide, offline, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from contactvault import paths

PICTURE_WIDTH = 640  # screenshots are 1000–1180 px wide: shown smaller, sharp enough


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        guide = paths.guide_file(language)
        # The Markdown's pictures (../screenshots/…) resolve against the file's own URL.
        self.browser.setSource(QUrl.fromLocalFile(str(guide)),
                               QTextDocument.ResourceType.MarkdownResource)
        self._fit_pictures(PICTURE_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 720)

    def _fit_pictures(self, width: int) -> None:
        """Markdown cannot size a picture: scale each screenshot to ``width``."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    picture = document.resource(QTextDocument.ResourceType.ImageResource,
                                                QUrl(image.name()))
                    if picture is not None and picture.width() > width:
                        image.setWidth(width)
                        image.setHeight(picture.height() * width / picture.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()
