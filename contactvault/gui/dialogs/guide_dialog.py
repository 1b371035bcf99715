"""Help → Guide (F1): the bundled user guide, offline, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from contactvault import paths


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 720)
