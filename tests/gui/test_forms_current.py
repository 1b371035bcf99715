"""The compiled forms in contactvault/gui/forms match ui/*.ui (run scripts/build_forms.py)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_forms.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_a_class_of_the_same_name():
    for ui in (REPO / "ui").glob("*.ui"):
        class_name = "".join(part.capitalize() for part in ui.stem.split("_"))
        module = REPO / "contactvault" / "gui" / "forms" / f"ui_{ui.stem}.py"
        assert f"class Ui_{class_name}" in module.read_text(encoding="utf-8"), ui.name
