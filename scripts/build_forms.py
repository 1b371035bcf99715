"""Compile the Qt Designer forms in ui/ to Python (contactvault/gui/forms/ui_*.py).

Why compiled and committed rather than loaded with QUiLoader at run time: importing
QtUiTools and parsing XML costs start-up time on every launch (the locked window must
paint within 300 ms), uic output is plain code that tools and type checkers can read,
and a checkout runs without a build step. tests/gui/test_forms_current.py fails when a
form was edited and this script was not re-run.

    .venv/bin/python scripts/build_forms.py          # rewrite the generated modules
    .venv/bin/python scripts/build_forms.py --check  # exit 1 if any is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI_DIR = REPO / "ui"
OUT_DIR = REPO / "contactvault" / "gui" / "forms"


def uic() -> str:
    candidates = [Path(sys.executable).with_name("pyside6-uic"), shutil.which("pyside6-uic")]
    for c in candidates:
        if c and Path(c).exists():
            return str(c)
    raise SystemExit("pyside6-uic not found (pip install PySide6-Essentials)")


def compile_form(ui_file: Path) -> str:
    out = subprocess.run([uic(), "--from-imports", str(ui_file)], check=True,
                         capture_output=True, text=True).stdout
    # uic stamps its version and the file path; keep the output stable across machines.
    lines = [line for line in out.splitlines() if not line.startswith("## Created by")]
    lines = [line.replace(str(ui_file), ui_file.name) for line in lines]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    OUT_DIR.mkdir(exist_ok=True)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = OUT_DIR / f"ui_{ui_file.stem}.py"
        text = compile_form(ui_file)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target.name)
        if not check:
            target.write_text(text, encoding="utf-8")
    init = OUT_DIR / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Generated from ui/*.ui by scripts/build_forms.py; do not edit."""\n')
    if check and stale:
        print("out of date:", ", ".join(stale))
        return 1
    print("\n".join(f"wrote {s}" for s in stale) or "forms up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
