"""Copying sensitive text: concealed from clipboard managers, cleared after a while.

The mime data carries the hints that clipboard managers honour (KDE Klipper's
``x-kde-passwordManagerHint``, macOS ``org.nspasteboard.ConcealedType``, Windows'
``ExcludeClipboardContentFromMonitorProcessing``). After ``clear_after_ms`` — and when
the vault locks — the clipboard is emptied, but only if it still holds what we copied.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 45_000


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("org.nspasteboard.ConcealedType", b"")
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"\x01\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime)
        self._ours = text
        self._timer.start(clear_after_ms)

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear_if_ours(self) -> None:
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None
