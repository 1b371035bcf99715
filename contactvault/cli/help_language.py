"""The command line's help and argparse's own messages in the user's language.

Two sources of text: argparse's own strings ("usage: ", "options", "the following
arguments are required: %s", …) — listed below so the catalogue holds them — and the
help texts the command modules write into their parsers (help=, description=, epilog=).
The help texts are not marked one by one in code: ``texts_of`` collects them from the
built parser, scripts/update_translations.py keeps them in
resources/translations/cli_help_LANG.ts (context "CliHelp"), and ``translate_parser``
replaces each with its translation after the parser is built. A help text with no
translation stays as written (tests/cli/test_cli_help_german.py fails on it)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from contactvault.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CliHelp"

# argparse's own messages (Python 3.11): found by gettext calls in argparse.py
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def install_argparse_language() -> None:
    """argparse looks its messages up through its module's ``_`` and ``ngettext`` at the
    moment it needs them (group titles: when a parser is made), so set them first."""
    argparse._ = lambda text: translate("argparse", text)
    argparse.ngettext = lambda one, many, n: translate("argparse", one if n == 1 else many)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen = set()
            for sub in action.choices.values():
                if id(sub) not in seen:  # aliases point at the same parser
                    seen.add(id(sub))
                    yield from _parsers(sub)


def _fields(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """(object, attribute) of every help text of ``parser`` and its sub-commands."""
    for p in _parsers(parser):
        yield p, "description"
        if p is not parser:  # the top level's epilog is put together from translated parts
            yield p, "epilog"
        for action in p._actions:
            yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield choice, "help"
        for group in p._action_groups:
            yield group, "title"
            yield group, "description"


def _is_text(value: object) -> bool:
    """A help text of ours: argparse's own ("options", the -h help) are translated by
    argparse through ``install_argparse_language``."""
    return isinstance(value, str) and bool(value.strip()) and value != argparse.SUPPRESS \
        and value not in _ARGPARSE_OWN


_ARGPARSE_OWN = frozenset(ARGPARSE_TEXTS)


def texts_of(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text written into ``parser``, in order, each once."""
    found: dict[str, None] = {}
    for owner, name in _fields(parser):
        value = getattr(owner, name, None)
        if _is_text(value):
            found.setdefault(value, None)
    return list(found)


def translate_parser(parser: argparse.ArgumentParser) -> None:
    for owner, name in _fields(parser):
        value = getattr(owner, name, None)
        if _is_text(value):
            setattr(owner, name, translate(CONTEXT, value))
