"""The wheel carries everything the app needs at run time, and runs outside the checkout.

Built as a release would be (sdist, then the wheel from the sdist, with ``python -m build``,
offline: ``--no-isolation`` uses setuptools and PySide6's lrelease from this environment),
installed into a fresh virtual environment, and run from a folder far from the checkout.
The fresh environment holds our package only; the third-party packages are reached
through a ``.pth`` line naming this environment's site-packages (no network, no copies),
whose own ``.pth`` files — among them an editable install of the checkout — are not run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO

pytestmark = pytest.mark.slow

# Not needed to build the wheel; copying them would only cost time.
NOT_BUILD_INPUTS = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "build", "dist", "*.egg-info", "__pycache__",
    ".pytest_cache", ".hypothesis", ".ruff_cache", "*.qm", "tests", "benchmarks")

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Erika Mustermann\r\nN:Mustermann;Erika;;;\r\n"
        "TEL;TYPE=CELL:0171 1000001\r\nEND:VCARD\r\n")


@dataclass
class Installed:
    wheel: Path
    venv: Path
    workdir: Path  # outside the checkout; the commands run here
    home: Path

    def env(self, lang: str) -> dict[str, str]:
        return {
            "PATH": f"{self.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "LANG": lang,
            "CONTACTVAULT_PASSPHRASE": PASSPHRASE,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "QT_QPA_PLATFORM": "offscreen",
        }

    def run(self, *args: str, lang: str = "de_DE.UTF-8") -> subprocess.CompletedProcess:
        return subprocess.run([str(self.venv / "bin" / args[0]), *args[1:]],
                              cwd=self.workdir, env=self.env(lang), capture_output=True,
                              text=True, stdin=subprocess.DEVNULL, timeout=120)


def _check(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=NOT_BUILD_INPUTS)
    build_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    _check(subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(root / "dist"),
         str(source)], env=build_env, capture_output=True, text=True, timeout=600))
    (wheel,) = (root / "dist").glob("contactvault-*.whl")

    venv = root / "venv"
    _check(subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)],
                          capture_output=True, text=True, timeout=120))
    venv_python = venv / "bin" / "python"
    _check(subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv_python), "install", "--no-index",
         "--no-deps", "--quiet", str(wheel)], env=build_env, capture_output=True, text=True,
        timeout=300))
    site = subprocess.run([str(venv_python), "-c", "import sysconfig;"
                           "print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    third_party = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "third_party.pth").write_text("\n".join(sorted(third_party)) + "\n")

    workdir = root / "elsewhere"
    workdir.mkdir()
    (workdir / "kunden.vcf").write_text(CARD, encoding="utf-8", newline="")
    return Installed(wheel, venv, workdir, root / "home")


def test_the_wheel_carries_every_resource_and_the_compiled_catalogues(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    shipped = REPO / "resources"
    for path in shipped.rglob("*"):
        if path.is_file() and path.suffix != ".qm":
            relative = path.relative_to(shipped).as_posix()
            assert f"contactvault/_data/resources/{relative}" in names, relative
    for ts in (shipped / "translations").glob("contactvault_*.ts"):  # cli_help_*: read as .ts
        assert f"contactvault/_data/resources/translations/{ts.stem}.qm" in names, ts.name
    for form in (REPO / "ui").glob("*.ui"):
        assert f"contactvault/gui/forms/ui_{form.stem}.py" in names, form.name
    # the user guide (Help → Guide) with the pictures it shows, and no other screenshot
    for language in ("de", "en"):
        assert f"contactvault/_data/docs/guide/{language}.md" in names
    pictures = {n for n in names if n.startswith("contactvault/_data/docs/screenshots/")}
    assert "contactvault/_data/docs/screenshots/01_first_start_de.png" in pictures
    assert len(pictures) < len(list((REPO / "docs" / "screenshots").glob("*.png")))
    assert not [n for n in names if not n.startswith(("contactvault/", "contactvault-"))]


def test_it_runs_from_the_fresh_environment_only(installed):
    where = _check(installed.run("python", "-c",
                                 "import contactvault; print(contactvault.__file__)"))
    assert Path(where.strip()).is_relative_to(installed.venv), where
    assert "contactvault " in _check(installed.run("contactvault", "--version"))


def test_init_import_and_notice_in_german(installed):
    init = _check(installed.run("contactvault", "--vault", "de.cvault", "init"))
    assert "Tresor" in init, init
    imported = _check(installed.run("contactvault", "--vault", "de.cvault", "import",
                                    "kunden.vcf"))
    listed = json.loads(_check(installed.run("contactvault", "--vault", "de.cvault", "list",
                                             "--json")).strip())
    assert [n["e164"] for c in listed for n in c["numbers"]] == ["+491711000001"]

    _check(installed.run("contactvault", "--vault", "en.cvault", "init", lang="C.UTF-8"))
    english = _check(installed.run("contactvault", "--vault", "en.cvault", "import",
                                   "kunden.vcf", lang="C.UTF-8"))
    assert imported != english, "the German catalogue was not found"

    notice = _check(installed.run("contactvault", "--vault", "de.cvault", "notice", "show",
                                  "--lang", "de"))
    assert "Datenschutzhinweis" in notice and "WhatsApp" in notice, notice
    assert "template missing" not in notice and "Vorlage fehlt" not in notice


def test_the_desktop_app_uses_the_shipped_catalogue_and_icons(installed):
    """The GUI loads the wheel's .qm as it is (no compiling on the user's machine)."""
    ts = REPO / "resources" / "translations" / "contactvault_de.ts"
    context, source, german = _a_finished_message(ts)
    probe = (
        "import json, sys\n"
        "from PySide6.QtCore import QCoreApplication, QTranslator\n"
        "from contactvault import paths\n"
        "from contactvault.gui import i18n\n"
        "app = QCoreApplication([])\n"
        "qm = i18n.qm_file('de')\n"
        "t = QTranslator(); loaded = t.load(str(qm))\n"
        "print(json.dumps({'qm': str(qm), 'loaded': loaded,\n"
        "    'text': t.translate(sys.argv[1], sys.argv[2]),\n"
        "    'icon': (paths.icons_dir() / 'contactvault.svg').is_file()}))\n")
    result = json.loads(_check(installed.run("python", "-c", probe, context, source)))
    assert Path(result["qm"]).is_relative_to(installed.venv), result
    assert result["loaded"] and result["text"] == german, result
    assert result["icon"], result


def _a_finished_message(ts: Path) -> tuple[str, str, str]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if (message.get("numerus") != "yes" and tr is not None and tr.text
                    and tr.get("type") is None):
                return context.findtext("name"), message.findtext("source"), tr.text
    raise AssertionError(f"no finished message in {ts}")
