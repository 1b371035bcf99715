"""Running services off the GUI thread: a QRunnable and a small signals QObject.

Widgets change only in slots connected to these signals, which Qt runs in the GUI
thread (queued across threads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Runs ``job(progress, cancel)`` on the thread pool."""

    def __init__(self, job: Callable[[Callable[[int, int], None], threading.Event], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.signals = WorkerSignals()
        self.cancel = threading.Event()
        self.running = False

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.cancel)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            self.running = False
            self._emit(self.signals.failed, exc)
            return
        self.running = False
        self._emit(self.signals.finished, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver went away (window closed): nobody to tell
            _active.discard(self)

    def start(self) -> None:
        self.running = True
        _active.add(self)
        self.signals.finished.connect(lambda _r: _active.discard(self))
        self.signals.failed.connect(lambda _e: _active.discard(self))
        QThreadPool.globalInstance().start(self)


_active: set[Worker] = set()  # keeps running workers alive until they report


def active_workers() -> list[Worker]:
    return list(_active)
