"""The idle timer: the GUI decides *when* to lock; the core's Vault.lock() does it.

An application event filter restarts a single-shot QTimer on every input event and
emits ``idle`` once when it runs out (as KeePassXC separates its inactivity timer from
the lock itself).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._ms = 0

    def set_minutes(self, minutes: float) -> None:
        """0 switches the idle lock off."""
        self._ms = int(minutes * 60_000)
        self.restart()

    def restart(self) -> None:
        if self._ms > 0:
            self._timer.start(self._ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._ms > 0 and event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start(self._ms)
        return False
