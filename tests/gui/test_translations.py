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
