"""Icons from resources/icons (SVG), cached. Status icons always come with a text."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from contactvault import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


# consent status code (consent.policy) -> icon name
STATUS_ICONS = {
    "eligible": "status-allowed",
    "no_consent": "status-none",
    "requested": "status-pending",
    "notice_pending": "status-pending",
    "implied_only": "status-pending",
    "not_informed": "status-pending",
    "basis_not_allowed": "status-none",
    "wrong_purpose": "status-none",
    "revoked": "status-blocked",
    "expired": "status-blocked",
    "objected": "status-blocked",
    "restricted": "status-blocked",
    "private": "status-private",
    "invalid_number": "status-invalid",
}


def status_icon(status: str) -> QIcon:
    return icon(STATUS_ICONS.get(status, "status-none"))
