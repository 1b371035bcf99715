"""The one build step pyproject.toml cannot declare: the data the wheel carries.

``resources/`` (templates, translations, icons) stays a build input at the top of the
repository, as in Picard, and is not a package. Building a wheel copies it to
``contactvault/_data/resources/`` and compiles the ``.qm`` catalogues there from the
``.ts`` sources (scripts/build_translations.py, pyside6-lrelease), so an installed app
never has to compile anything. contactvault/paths.py finds both layouts. An editable
install reads ``resources/`` from the checkout and copies nothing.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIR = Path("contactvault", "_data")  # contactvault/paths.py: INSTALLED_DATA_DIR


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        staging = runpy.run_path(str(ROOT / "scripts" / "stage_data.py"))
        staging["stage"](Path(self.build_lib) / DATA_DIR / "resources")


setup(cmdclass={"build_py": BuildPyWithData})
