"""Copy the run-time data into a build: ``resources/`` with compiled ``.qm`` catalogues,
and the user guide (``docs/guide/``) with the screenshots it shows, as ``docs/`` beside it.

One step shared by the two builds that carry the data beside the code — the wheel
(setup.py) and the PyInstaller app (packaging/contactvault.spec) — so both ship the same
files under ``contactvault/_data/resources/`` (contactvault/paths.py: INSTALLED_DATA_DIR).

    python scripts/stage_data.py TARGET_RESOURCES_DIR
"""

from __future__ import annotations

import re
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
    stage_guide(target.parent / "docs")
    return target


def stage_guide(docs: Path) -> None:
    """The guide and only the pictures it shows (not every screenshot of the repository)."""
    shutil.rmtree(docs, ignore_errors=True)
    shutil.copytree(ROOT / "docs" / "guide", docs / "guide")
    for guide in (ROOT / "docs" / "guide").glob("*.md"):
        for picture in re.findall(r"\]\((\.\./screenshots/[^)\s]+\.png)\)",
                                  guide.read_text(encoding="utf-8")):
            source = (guide.parent / picture).resolve()
            if not source.is_file():
                raise SystemExit(f"{guide.name} shows {picture}, which does not exist")
            (docs / "screenshots").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, docs / "screenshots" / source.name)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    print(stage(Path(sys.argv[1])))
