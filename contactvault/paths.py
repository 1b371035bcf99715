"""Where things live: the default vault, and the resources the app ships.

Resources (templates, translations, icons, forms) are build inputs in the repository's
``resources/`` and ``ui/`` folders; an installed wheel carries copies under
``contactvault/_data/``. Both layouts are found here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "contactvault"
VAULT_FILE_NAME = "vault.cvault"

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / VAULT_FILE_NAME


def _data_root() -> Path:
    installed = _PACKAGE_DIR / "_data"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def ui_dir() -> Path:
    return _data_root() / "ui"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def user_templates_dir() -> Path:
    """User-edited copies of templates override the shipped ones (no personal data)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "templates"
