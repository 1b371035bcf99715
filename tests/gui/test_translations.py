"""The German catalogue is complete: no unfinished or empty message, placeholders
({name}, %1, %n) the same as in the English source; every translatable string in the
code is in it (re-run scripts/update_translations.py when this fails)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n|%[YmdHMS]")


def messages(language: str):
    root = ET.parse(TS_DIR / f"contactvault_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def placeholders(text: str) -> list[str]:
    return sorted(p for p in _PLACEHOLDER.findall(text) if not p.startswith("%") or
                  p[1:].isdigit() or p == "%n")


@pytest.mark.parametrize("language", ["de", "en"])
def test_catalogue_complete(language):
    problems = []
    for context, message in messages(language):
        source = message.findtext("source", default="")
        tr = message.find("translation")
        kind = tr.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished":
            problems.append(f"unfinished: [{context}] {source!r}")
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] if \
            message.get("numerus") == "yes" else [tr.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"empty: [{context}] {source!r}")
            elif placeholders(text) != placeholders(source) and \
                    not (message.get("numerus") == "yes" and "%n" not in text):
                problems.append(f"placeholders differ: [{context}] {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_german_uses_formal_address():
    informal = re.compile(r"\b(du|dein|deine|dich|dir)\b", re.IGNORECASE)
    bad = [(c, m.findtext("translation")) for c, m in messages("de")
           if informal.search(m.findtext("translation") or "")]
    assert not bad, bad


def test_catalogue_has_every_string_in_the_code(tmp_path):
    """lupdate on a copy finds no new source text."""
    copy = tmp_path / "contactvault_de.ts"
    copy.write_bytes((TS_DIR / "contactvault_de.ts").read_bytes())
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from update_translations import sources
    finally:
        sys.path.pop(0)
    result = subprocess.run([str(lupdate), *sources(), "-locations", "none", "-ts", str(copy)],
                            cwd=REPO, capture_output=True, text=True, check=True)
    assert "(0 new" in result.stdout, result.stdout + "\nrun scripts/update_translations.py"


PLURAL_FORMS = {"de": 2, "en": 2}  # German and English: one, other


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_count_is_a_plural_message_with_all_forms(language):
    """A text with %n is a numerus message (marked with QT_TRANSLATE_NOOP(ctx, text, None,
    1) in the core, self.tr(text, "", n) in the GUI), and every one has all its forms."""
    problems = []
    for context, message in messages(language):
        source = message.findtext("source", default="")
        tr = message.find("translation")
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"not a plural message: [{context}] {source!r}")
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language] or not all(f.strip() for f in forms):
                problems.append(f"forms missing: [{context}] {source!r} -> {forms!r}")
            elif language == "en" and forms[0] == forms[1]:
                problems.append(f"one and other are the same: [{context}] {source!r}")
    assert not problems, "\n".join(problems)


def test_no_count_in_parentheses_left_in_german():
    """'1 Nummer(n) von 1 Kontakt(en)': a German text with (n)/(en) after a count."""
    pattern = re.compile(r"(\{[a-z_]*\}|%\d|%n)\s+\w+\((n|en|e|s)\)")
    bad = []
    for context, message in messages("de"):
        texts = [f.text or "" for f in message.iter("numerusform")] or \
            [message.findtext("translation") or ""]
        bad += [(context, t) for t in texts if pattern.search(t)]
    assert not bad, bad


def test_core_plurals_go_through_qts_translator(qapp):
    """In the GUI the core's translate_n asks Qt (QCoreApplication.translate with n)."""
    from contactvault import i18n as core_i18n
    from contactvault.gui import i18n

    try:
        i18n.install(qapp, "de")
        assert core_i18n.translate_n("Cli", "%n number(s)", 1) == "1 Nummer"
        assert core_i18n.translate_n("Cli", "%n number(s)", 2) == "2 Nummern"
        with core_i18n.speaking("en"):  # a document in English from the German GUI
            assert core_i18n.translate_n("Cli", "%n number(s)", 2) == "2 numbers"
    finally:
        i18n.install(qapp, "en")
    assert core_i18n.translate_n("Cli", "%n number(s)", 1) == "1 number"
