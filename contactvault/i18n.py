"""Translation for the Qt-free core.

Qt Linguist is the project's one catalogue system. Core modules mark their user-facing
strings with ``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts
them, without importing Qt. At run time ``translate`` looks the text up: the GUI installs
Qt's translator as the lookup; the command line reads the same ``.ts`` catalogue
directly (plain XML), so both front ends speak the same words.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from contactvault import paths


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
    """Mark ``text`` for extraction; returns it unchanged."""
    return text


_lookup: Callable[[str, str], str] | None = None


def install(lookup: Callable[[str, str], str] | None) -> None:
    """Route core translations through ``lookup(context, text)`` (the GUI passes Qt's)."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str) -> str:
    if _lookup is not None:
        return _lookup(context, text) or text
    catalogue = _catalogue(cli_language())
    return catalogue.get((context, text)) or text


def cli_language() -> str:
    """The language for command-line output: CONTACTVAULT_LANG, then the locale."""
    explicit = os.environ.get("CONTACTVAULT_LANG", "").strip().lower()
    if explicit:
        return explicit[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value[:2].lower()
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return code[:2].lower() or "en"


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    ts_file = paths.translations_dir() / f"contactvault_{language}.ts"
    if not ts_file.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table
