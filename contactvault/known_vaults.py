"""The vaults this user has opened: path → the vault's identity (a random id stored
inside each vault when it is created).

Kept in the user's configuration folder as a small JSON file (paths and random ids, no
personal data). Two uses: a file at a remembered path is never written over by an
export (``output_files``), and a different vault found at a remembered path is reported
instead of silently taking the place of the one the user knew.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

FILE_NAME = "known_vaults.json"


def _file() -> Path:
    return Path(platformdirs.user_config_dir("contactvault", appauthor=False)) / FILE_NAME


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().absolute())


def _load() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    vaults = data.get("vaults") if isinstance(data, dict) else None
    if not isinstance(vaults, dict):
        return {}
    return {str(k): str(v) for k, v in vaults.items()}


def paths() -> list[Path]:
    return [Path(p) for p in _load()]


def vault_id_for(path: Path | str) -> str | None:
    return _load().get(_key(path))


def remember(path: Path | str, vault_id: str) -> None:
    """Remember (or update) the identity of the vault at ``path``. Best effort: a
    read-only configuration folder must not stop the app from working."""
    vaults = _load()
    key = _key(path)
    if vaults.get(key) == vault_id:
        return
    vaults[key] = vault_id
    target = _file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = target.with_name(f".{target.name}.{os.getpid()}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"vaults": vaults}, fh, indent=1, sort_keys=True)
        os.replace(temp, target)
    except OSError:
        pass
