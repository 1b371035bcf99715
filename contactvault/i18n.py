"""Translation for the Qt-free core: one catalogue, with plural forms.

Qt Linguist is the project's one catalogue system. Core modules mark their user-facing
strings with ``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts
them, without importing Qt. At run time ``translate`` looks the text up: the GUI installs
Qt's translator as the lookup; the command line reads the same ``.ts`` catalogue
directly (plain XML), so both front ends speak the same words.

Counts a person reads use Qt's numerus forms. Mark the message with a fourth argument,
``QT_TRANSLATE_NOOP("Cli", "%n number(s)", None, 1)`` (lupdate's Python parser then
writes a plural message; it does not see the count of a ``translate(…, None, n)`` call
reliably), and look it up with ``translate_n(context, text, n)``. The GUI answers through
``QCoreApplication.translate(context, text, None, n)``; the command line picks the
``<numerusform>`` itself with the German and English rule: the first form for n == 1,
the second otherwise. ``%n`` becomes the count.

Documents are written in their own language, whatever the interface speaks: inside
``with speaking("de"):`` every lookup reads that language's catalogue.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from contactvault import paths

LANGUAGES = ("de", "en")


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None,  # noqa: N802
                      plural: int | None = None) -> str:
    """Mark ``text`` for extraction (Qt's own name); returns it unchanged. A fourth
    argument (by convention 1) marks a plural message for ``translate_n``."""
    return text


# lookup(context, text, n): n is -1 for a text without a count.
_lookup: Callable[[str, str, int], str] | None = None
_installed_language: str | None = None
_speaking: ContextVar[str | None] = ContextVar("contactvault_speaking", default=None)


def install(lookup: Callable[[str, str, int], str] | None, language: str | None = None) -> None:
    """Route core translations through ``lookup(context, text, n)`` (the GUI passes Qt's)
    and remember the interface ``language`` it speaks."""
    global _lookup, _installed_language
    _lookup = lookup
    _installed_language = language if lookup is not None else None


def current_language() -> str:
    """The language texts are shown in now: a document's (``speaking``), else the GUI's,
    else the command line's."""
    return _speaking.get() or _installed_language or cli_language()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Translate in ``language`` inside the block (a document in its own language)."""
    token = _speaking.set(language if language in LANGUAGES else "en")
    try:
        yield
    finally:
        _speaking.reset(token)


def translate(context: str, text: str) -> str:
    """``text`` in the current language."""
    lookup = _active_lookup()
    if lookup is not None:
        return lookup(context, text, -1) or text
    found = _catalogue(current_language()).get((context, text))
    return found if isinstance(found, str) and found else text


def translate_n(context: str, text: str, n: int) -> str:
    """The plural form of ``text`` (marked as a plural message) for ``n``, with ``%n``
    replaced by ``n``."""
    lookup = _active_lookup()
    if lookup is not None:
        answer = lookup(context, text, n)
        if answer:
            return answer
        return text.replace("%n", str(n))
    found = _catalogue(current_language()).get((context, text))
    if isinstance(found, tuple) and found:
        chosen = found[plural_index(n)] if plural_index(n) < len(found) else found[-1]
    else:
        chosen = found if isinstance(found, str) and found else text
    return chosen.replace("%n", str(n))


def plural_index(n: int) -> int:
    """Which ``<numerusform>`` German and English use for ``n``: one, or other."""
    return 0 if n == 1 else 1


def _active_lookup() -> Callable[[str, str, int], str] | None:
    """Qt's translator, unless a document asks for a language the GUI does not speak."""
    if _lookup is None:
        return None
    wanted = _speaking.get()
    return _lookup if wanted is None or wanted == _installed_language else None


_cli_settled: str | None = None


def settle_cli_language() -> str:
    """Read the command line's language once, as the program starts (``cli.run``): a
    command that prints 100 000 lines then does not read the environment for each one."""
    global _cli_settled
    _cli_settled = None
    _cli_settled = cli_language()
    return _cli_settled


def cli_language() -> str:
    """The language for command-line output: CONTACTVAULT_LANG, then the locale (read
    each time, unless the command line settled it at its start)."""
    if _cli_settled is not None:
        return _cli_settled
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
def _catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) -> translation, or the tuple of plural forms."""
    # contactvault_LANG.ts (lupdate's, from the code) and cli_help_LANG.ts (the command
    # line's help texts, collected from the built parser: cli/help_language.py)
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for ts_file in sorted(paths.translations_dir().glob(f"*_{language}.ts")):
        _read_catalogue(ts_file, table)
    return table


def _read_catalogue(ts_file, table: dict) -> None:
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
                if forms and all(forms):
                    table[(name, source)] = forms
            elif tr.text:
                table[(name, source)] = tr.text
