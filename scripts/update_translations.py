"""Re-extract the translatable strings and keep the existing translations.

Runs pyside6-lupdate over contactvault/ (the GUI's tr() calls and the core's
QT_TRANSLATE_NOOP markers) and ui/*.ui, into resources/translations/contactvault_de.ts
and contactvault_en.ts. lupdate merges: translations already made are kept, new strings
arrive as "unfinished", vanished ones are marked so. Then fill in the German ones in
Qt Linguist (.venv/bin/pyside6-linguist) or a text editor; tests/gui/test_translations.py
fails while any is unfinished. Build the .qm files with scripts/build_translations.py.

    .venv/bin/python scripts/update_translations.py [--no-obsolete]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
