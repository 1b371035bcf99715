"""The command line's help in German under a German locale: every command's --help, and
argparse's own words ("usage:", "options", its error messages)."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from contactvault.cli import build_parser, help_language
from tests.conftest import REPO

TS = REPO / "resources" / "translations"


def _every_parser(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _every_parser(sub)


def _english_texts(monkeypatch) -> list[str]:
    monkeypatch.setenv("CONTACTVAULT_LANG", "en")
    return help_language.texts_of(build_parser())


def test_every_help_text_has_a_german_translation(monkeypatch):
    catalogue = {m.findtext("source"): m.find("translation")
                 for m in ET.parse(TS / "cli_help_de.ts").getroot().iter("message")}
    missing = [t for t in _english_texts(monkeypatch)
               if t not in catalogue or catalogue[t].get("type") == "unfinished"
               or not (catalogue[t].text or "").strip()]
    assert not missing, ("help texts without German (run scripts/update_translations.py, "
                         f"then translate resources/translations/cli_help_de.ts): {missing}")


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_commands_help_is_german(monkeypatch):
    english = [t for t in _english_texts(monkeypatch) if len(t.split()) >= 3]
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    parser = build_parser()
    helps = {p.prog: _words(p.format_help()) for p in _every_parser(parser)}
    assert len(helps) > 30  # every command and sub-command
    problems = []
    for prog, text in helps.items():
        for word in ("usage:", "positional arguments", "options:",
                     "show this help message", "Exit codes"):
            if word in text:
                problems.append((prog, word))
        problems += [(prog, t) for t in english if _words(t) in text]
        assert text.startswith("Aufruf:"), prog
    assert not problems, problems


def test_argparse_errors_in_german(monkeypatch):
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["consent", "grant"])
    with pytest.raises(SystemExit):
        parser.parse_args(["no-such-command"])


def test_the_real_command_under_a_german_locale():
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES",
                                                            "CONTACTVAULT_LANG")}
    env["LANG"] = "de_DE.UTF-8"
    shown = subprocess.run([sys.executable, "-m", "contactvault", "--help"], cwd=REPO,
                           env=env, capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Aufruf: contactvault")
    assert "Optionen:" in shown.stdout and "Rückgabewerte:" in shown.stdout
    refused = subprocess.run([sys.executable, "-m", "contactvault", "consent", "grant"],
                             cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2
    assert re.search(r"Fehler: diese Argumente fehlen: NUMBER_OR_ID", refused.stderr)
