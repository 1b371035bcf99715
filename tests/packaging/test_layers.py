"""The layering contracts (pyproject.toml, [tool.importlinter]) cover the whole package
and catch what they promise to catch. scripts/test.sh runs lint-imports on the real tree;
these tests keep that check from passing because it looks at too little.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO

CONFIG = REPO / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _layer_names() -> tuple[set[str], set[str]]:
    """(required, optional) top-level names in the layers contract."""
    contracts = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"]
    (layers,) = [c["layers"] for c in contracts if c["type"] == "layers"]
    required, optional = set(), set()
    for layer in layers:
        for name in layer.replace("|", ":").split(":"):
            name = name.strip()
            if name.startswith("("):
                optional.add(name.strip("()"))
            else:
                required.add(name)
    return required, optional


def _top_level_modules() -> set[str]:
    package = REPO / "contactvault"
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    return modules | {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}


def test_every_module_has_a_layer():
    required, optional = _layer_names()
    modules = _top_level_modules()
    assert modules - required - optional == set(), "add these to a layer in pyproject.toml"
    assert required - modules == set(), "layers name modules that do not exist"


def _lint(tree: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", str(CONFIG)],
                          cwd=tree, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(REPO / "contactvault", tmp_path / "contactvault",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_contracts_hold_on_the_real_tree(tree):
    result = _lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "broken"), [
    # a service reaching for the GUI's printer instead of being handed one
    ("services/procedure.py", "from contactvault.gui import printing", 2),
    # a lazy import counts as much as one at the top
    ("services/exporting.py", "def _f():\n    import PySide6.QtCore", 1),
    # the storage layer asking a service
    ("vault/contacts.py", "from contactvault.services import contacts", 1),
    # the basics depending on the domain
    ("i18n.py", "from contactvault import phones", 1),
])
def test_the_contracts_catch_a_wrong_import(tree, module, line, broken):
    _append(tree / "contactvault" / module, line)
    result = _lint(tree)
    assert result.returncode != 0
    assert f"{broken} broken" in result.stdout, result.stdout
