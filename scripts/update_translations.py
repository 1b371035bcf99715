"""Re-extract the translatable strings and keep the existing translations.

Runs pyside6-lupdate over contactvault/ (the GUI's tr() calls and the core's
QT_TRANSLATE_NOOP markers) and ui/*.ui, into resources/translations/contactvault_de.ts
and contactvault_en.ts; then collects the command line's help texts from the built
parser into cli_help_de.ts and cli_help_en.ts (contactvault/cli/help_language.py).
Both merge: translations already made are kept, new strings arrive as "unfinished",
vanished ones are marked so (lupdate) or dropped (the help texts). Then fill in the German ones in
Qt Linguist (.venv/bin/pyside6-linguist) or a text editor; tests/gui/test_translations.py
fails while any is unfinished. Build the .qm files with scripts/build_translations.py.

    .venv/bin/python scripts/update_translations.py [--no-obsolete]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("de", "en")


def tool(name: str) -> str:
    for candidate in (Path(sys.executable).with_name(name), shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")


def sources() -> list[str]:
    files = sorted(p for p in (REPO / "contactvault").rglob("*.py")
                   if "forms" not in p.parts and "__pycache__" not in p.parts)
    return [str(p.relative_to(REPO)) for p in files] + \
        [str(p.relative_to(REPO)) for p in sorted((REPO / "ui").glob("*.ui"))]


def main(argv: list[str]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    extra = ["-no-obsolete"] if "--no-obsolete" in argv else []
    for language in LANGUAGES:
        target = TS_DIR / f"contactvault_{language}.ts"
        cmd = [tool("pyside6-lupdate"), *sources(), "-source-language", "en",
               "-target-language", language, "-locations", "none", *extra, "-ts", str(target)]
        result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
        if result.returncode:
            print(result.stdout, result.stderr)
            return result.returncode
        print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else target)
    update_cli_help()
    return 0


def cli_help_texts() -> list[str]:
    """The help texts as the command modules write them (English, untranslated)."""
    os.environ["CONTACTVAULT_LANG"] = "en"
    sys.path.insert(0, str(REPO))
    from contactvault.cli import build_parser, help_language

    return help_language.texts_of(build_parser())


def update_cli_help() -> None:
    """cli_help_LANG.ts holds exactly today's help texts: translations made are kept, new
    texts arrive unfinished (English: the text itself), vanished ones are dropped."""
    texts = cli_help_texts()
    for language in LANGUAGES:
        target = TS_DIR / f"cli_help_{language}.ts"
        known: dict[str, str] = {}
        if target.is_file():
            for message in ET.parse(target).getroot().iter("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") is None and tr.text:
                    known[message.findtext("source", default="")] = tr.text
        root = ET.Element("TS", version="2.1", language=language,
                          sourcelanguage="en")
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "CliHelp"
        new = 0
        for text in texts:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if language == "en":
                translation.text = text
            elif text in known:
                translation.text = known[text]
            else:
                translation.set("type", "unfinished")
                new += 1
        ET.indent(root, space="    ")
        body = ET.tostring(root, encoding="unicode")
        target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          + body + "\n", encoding="utf-8")
        print(f"{target.name}: {len(texts)} help texts, {new} new")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
