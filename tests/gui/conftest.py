"""GUI tests: real widgets, offscreen, a real vault file in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import functools  # noqa: E402
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
    ask.shown = _ShownWithLanguage()
    yield
    english = [(kind, text) for kind, title, text, language in ask.shown.with_language()
               if language == "de" for text in (title, text) if _english_sentence(text)]
    ask.reset(scripted=False)
    # A window installs Qt's translator into the core (contactvault.i18n); take it out so
    # core tests that run after the GUI tests translate on their own again.
    from contactvault import i18n as core_i18n

    core_i18n.install(None)
    if english:
        pytest.fail(f"a notice shown under German is still English: {english}")


class _ShownWithLanguage(list):
    """``ask.shown`` that also notes the language in effect when each notice was shown,
    so every GUI test checks its questions and messages for English under German (the
    windows themselves are checked in test_german_everywhere.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.languages: list[str] = []

    def append(self, item) -> None:
        from PySide6.QtCore import QLocale

        super().append(item)
        self.languages.append(
            "de" if QLocale().language() == QLocale.Language.German else "en")

    def clear(self) -> None:
        super().clear()
        self.languages.clear()

    def with_language(self):
        return [(*item, language) for item, language in zip(self, self.languages, strict=True)]


def _english_sentence(text: str) -> bool:
    """True when ``text`` holds a sentence of three words or more of an English source text
    whose German translation differs (placeholders match anything)."""
    return any(p.search(text) for p in _english_patterns())


@functools.cache
def _english_patterns() -> list:
    """The patterns of ``_english_sentence``, read from the German catalogue once."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    catalogue = Path(__file__).resolve().parents[2] / "resources" / "translations" / \
        "contactvault_de.ts"
    patterns = []
    for message in ET.parse(catalogue).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        german = "".join(translation.itertext()) if translation is not None else ""
        if translation is not None and translation.get("type") in ("vanished",
                                                                    "obsolete"):
            continue
        if german == source:
            continue
        # each sentence on its own: a notice may show one sentence of a longer text
        for sentence in re.split(r"(?<=[.:?!])\s+|\n+", source):
            if len(re.findall(r"[A-Za-z]{2,}", sentence)) < 3:
                continue
            parts = re.split(r"%L?\d|%n|\{\w+\}", sentence)
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts)))
    return patterns


@pytest.fixture
def app(qapp):
    from contactvault.gui import i18n

    i18n.set_chosen_language("en")
    i18n.install(qapp, "en")
    return qapp


@pytest.fixture
def german(qapp):
    """The app in German (as with LANG=de_DE.UTF-8), English again afterwards."""
    from contactvault.gui import i18n

    i18n.set_chosen_language("de")
    i18n.install(qapp, "de")
    yield qapp
    i18n.set_chosen_language("en")
    i18n.install(qapp, "en")


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


def unlocked_window(qtbot, tmp_path, card: str, prepare=None):
    """The main window, shown and unlocked on a new vault that holds ``card`` (vCard
    text) imported and the business's details; ``prepare(ctx)`` runs before the window
    opens. The caller locks ``window.vault`` when done."""
    from contactvault.context import Context
    from contactvault.gui.windows.main_window import MainWindow
    from contactvault.services import importing, vaults
    from tests.core.consent_helpers import fill_company

    source = tmp_path / "kunden.vcf"
    source.write_text(card, encoding="utf-8")
    path = tmp_path / "vault" / "test.cvault"
    vault = vaults.create_vault(path, PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)
    importing.import_files(ctx, [source])
    if prepare is not None:
        prepare(ctx)
    window = MainWindow(path)
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(vault)
    return window


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
