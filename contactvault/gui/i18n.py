"""Translations for the desktop app: the language choice, .qm files, the core's strings.

The language is a per-user preference held in QSettings (it must be known before the
vault is unlocked, and it is not personal data): "system", "de" or "en". The .qm
catalogues are built from resources/translations/*.ts by scripts/build_translations.py
(run by the install/build); when a .qm is missing or older than its .ts — a fresh
checkout — it is built once into the user's cache directory with pyside6-lrelease.
If even that is impossible, a translator reading the .ts directly is used, so the app
never starts half in English. The core's QT_TRANSLATE_NOOP strings go through the same
translator (contactvault.i18n.install).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from contactvault import i18n as core_i18n
from contactvault import paths

LANGUAGES = ("system", "de", "en")
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def user_settings() -> QSettings:
    """Per-user UI preferences (window geometry, language). Never personal data."""
    return QSettings("contactvault", "contactvault")


def chosen_language() -> str:
    value = str(user_settings().value(SETTINGS_KEY, "system"))
    return value if value in LANGUAGES else "system"


def set_chosen_language(language: str) -> None:
    user_settings().setValue(SETTINGS_KEY, language if language in LANGUAGES else "system")


def effective_language(choice: str | None = None) -> str:
    choice = choice or chosen_language()
    if choice != "system":
        return choice
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in ("de", "en"):
            return code
    return "en"


def _lrelease() -> str | None:
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"),
                      shutil.which("pyside6-lrelease"), shutil.which("lrelease")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def qm_file(language: str) -> Path | None:
    ts = paths.translations_dir() / f"contactvault_{language}.ts"
    shipped = ts.with_suffix(".qm")
    # A wheel's .qm was compiled from the .ts beside it; installers do not keep file
    # times, so only a checkout's .qm is judged by its age.
    if shipped.is_file() and (paths.installed() or not ts.is_file()
                              or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    import platformdirs

    # Named by the catalogue's content: two checkouts (or versions) of different .ts
    # never answer from each other's build, whatever the file times say.
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:12]
    cached = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / \
        f"{ts.stem}-{digest}.qm"
    if cached.is_file():
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    building = cached.with_name(f"{cached.stem}.{os.getpid()}.tmp")  # never read half-built
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(building)], check=True,
                       capture_output=True, timeout=60)
        os.replace(building, cached)
    except (OSError, subprocess.SubprocessError):
        building.unlink(missing_ok=True)
        return None
    return cached if cached.is_file() else None


class TsTranslator(QTranslator):
    """Fallback: answers from the .ts catalogue directly (no .qm could be built)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._table = core_i18n._catalogue(language)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        found = self._table.get((context, source_text))  # None: not translated
        if isinstance(found, tuple):  # plural forms; Qt puts n in for %n
            return found[min(core_i18n.plural_index(n), len(found) - 1)]
        return found

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._table


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Install translators for the chosen language; returns the language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(choice)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    qt_base = QTranslator()
    if language != "en" and qt_base.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    # Ours for English too: its catalogue holds the plural forms ("1 contact", "2 contacts").
    ours: QTranslator | None = None
    path = qm_file(language)
    if path is not None:
        ours = QTranslator()
        if not ours.load(str(path)):
            ours = None
    if ours is None:
        ours = TsTranslator(language)
    app.installTranslator(ours)
    _installed.append(ours)
    core_i18n.install(lambda context, text, n=-1: QCoreApplication.translate(
        context, text, None, n), language)
    return language
