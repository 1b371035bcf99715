"""GUI tests: real widgets, offscreen, a real vault file in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import time  # noqa: E402

import pytest  # noqa: E402

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _gui_environment(monkeypatch, tmp_path):
    # English UI in tests regardless of the machine's locale; QSettings under tmp.
    monkeypatch.setenv("LANGUAGE", "en")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    from contactvault.gui.ask import ask

    ask.reset(scripted=True)
    yield
    ask.reset(scripted=False)
    # A window installs Qt's translator into the core (contactvault.i18n); take it out so
    # core tests that run after the GUI tests translate on their own again.
    from contactvault import i18n as core_i18n

    core_i18n.install(None)


@pytest.fixture
def app(qapp):
    from contactvault.gui import i18n

    i18n.set_chosen_language("en")
    i18n.install(qapp, "en")
    return qapp


@pytest.fixture
def window(app, qtbot, tmp_path):
    from contactvault.gui.windows.main_window import MainWindow

    w = MainWindow(tmp_path / "vault" / "test.cvault")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.vault is not None:
        w.vault.lock()


def wait_until(qtbot, predicate, timeout=15000):
    qtbot.waitUntil(predicate, timeout=timeout)


def type_text(qtbot, widget, text: str) -> None:
    """Key events for any text (qtbot.keyClicks aborts on non-ASCII in PySide6)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))
    time.sleep(0)
