"""Copy the run-time data into a build: ``resources/`` with compiled ``.qm`` catalogues.

One step shared by the two builds that carry the data beside the code — the wheel
(setup.py) and the PyInstaller app (packaging/contactvault.spec) — so both ship the same
files under ``contactvault/_data/resources/`` (contactvault/paths.py: INSTALLED_DATA_DIR).

    python scripts/stage_data.py TARGET_RESOURCES_DIR
"""

from __future__ import annotations

import runpy
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stage(target: Path) -> Path:
    """Fill ``target`` (a ``…/_data/resources`` folder) afresh; returns it."""
    shutil.rmtree(target, ignore_errors=True)  # nothing stale from an earlier build
    shutil.copytree(ROOT / "resources", target,
                    ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
    tool = runpy.run_path(str(ROOT / "scripts" / "build_translations.py"))
    if not tool["build"](target / "translations"):
        raise SystemExit("no translation catalogues found in resources/translations")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    print(stage(Path(sys.argv[1])))
