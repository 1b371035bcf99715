"""Run a slot once for a burst of calls: the first call schedules it for the next turn
of the event loop, further calls before then are folded into that one run."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def coalesced(parent: QObject, slot: Callable[[], None]) -> Callable[[], None]:
    """A function that runs ``slot`` once after the current burst of calls."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer.start
