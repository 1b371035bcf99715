"""Build the .qm catalogues from resources/translations/*.ts with pyside6-lrelease.

The .qm files are not in git. Building a wheel runs this (setup.py), so an installed app
carries them; in a checkout, run it by hand, or the app builds them into the user's cache
on first start when they are missing or older than the .ts (contactvault/gui/i18n.py).

    .venv/bin/python scripts/build_translations.py [--out DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "resources" / "translations"


def lrelease() -> str:
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"),
                      shutil.which("pyside6-lrelease"), shutil.which("lrelease")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")


def build(out_dir: Path = TS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("contactvault_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else TS_DIR
    for qm in build(out):
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
