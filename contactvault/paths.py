"""Where things live: the default vault, and the data files the app ships.

The data files (templates, translations, icons) are build inputs in the repository's
top-level ``resources/`` folder, as in Picard. Two layouts exist, and this module is the
only place that knows them:

* a checkout (also an editable install): ``<repository>/resources/``, where the ``.qm``
  catalogues may be missing or older than their ``.ts`` (built on demand, gui/i18n.py);
* an installed wheel: ``contactvault/_data/resources/``, copied there by ``setup.py``
  together with ``.qm`` catalogues compiled from the shipped ``.ts`` at build time.

The Qt Designer forms are not data: ``ui/*.ui`` is compiled into the package
``contactvault.gui.forms`` (scripts/build_forms.py), which both layouts import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "contactvault"
VAULT_FILE_NAME = "vault.cvault"

_PACKAGE_DIR = Path(__file__).resolve().parent
# setup.py writes the wheel's data here; keep the two names in step.
INSTALLED_DATA_DIR = _PACKAGE_DIR / "_data"
CHECKOUT_DIR = _PACKAGE_DIR.parent


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / VAULT_FILE_NAME


@cache  # the layout does not change while the app runs
def installed() -> bool:
    """True when running from an installed wheel, whose data was built with it."""
    return INSTALLED_DATA_DIR.is_dir()


def resources_dir() -> Path:
    return (INSTALLED_DATA_DIR if installed() else CHECKOUT_DIR) / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def guide_file(language: str) -> Path:
    """The user guide (Markdown) in ``language`` ("de" or "en"); its pictures are the
    screenshots beside it (``../screenshots/``), in both layouts."""
    docs = (INSTALLED_DATA_DIR if installed() else CHECKOUT_DIR) / "docs"
    return docs / "guide" / f"{language if language in ('de', 'en') else 'en'}.md"


def user_templates_dir() -> Path:
    """User-edited copies of templates override the shipped ones (no personal data)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "templates"
