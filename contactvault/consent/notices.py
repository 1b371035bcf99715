"""Texts sent to customers: the information notice and the revocation confirmation.

Long prose lives in templates under ``resources/templates/<kind>/<language>/<kind>.txt``
so that a business (or its DPO) can adapt it; a copy in ``paths.user_templates_dir()``
with the same relative path overrides the shipped one. A template starts with header
lines (``Version: 1``) and a blank line, then the text with placeholders
``{company_name}``, ``{company_contact}``, ``{privacy_url}`` and ``{date}``.

Which wording a customer was shown must be provable later, so every text has a version
id that is recorded with the event (``notice/de/1``). A user-edited copy gets an id
derived from its content (``notice/de/custom-3f2a…``): editing the file without touching
its ``Version:`` line still yields a new id, so two different wordings never share one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from contactvault import errors, paths
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

NOTICE = "notice"
REVOCATION = "revocation"
KINDS = (NOTICE, REVOCATION)
LANGUAGES = ("de", "en")

PLACEHOLDERS = ("company_name", "company_contact", "privacy_url", "date")

# Shown where a company detail is not set yet, so the gap is visible before sending.
MISSING_MARK = QT_TRANSLATE_NOOP("Notice", "[not set: {setting}]")

_HEADER = re.compile(r"^([A-Za-z][A-Za-z-]*):\s*(.*)$")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    version: str  # the id recorded with events and messages, e.g. "notice/de/1"
    body: str  # the text with placeholders, header removed
    source: Path
    custom: bool  # True when a user-edited copy was used


@dataclass(frozen=True)
class Rendered:
    text: str
    version: str
    missing: list[str] = field(default_factory=list)  # settings keys that were empty


def relative_path(kind: str, language: str) -> Path:
    return Path(kind) / language / f"{kind}.txt"


def load(kind: str, language: str) -> Template:
    """The template in force: the user's copy if there is one, else the shipped one."""
    if kind not in KINDS:
        raise errors.InvalidArgument(what="template", reason=f"unknown kind {kind!r}")
    if language not in LANGUAGES:
        raise errors.InvalidArgument(
            what="language", reason=f"'{language}' is not one of {', '.join(LANGUAGES)}")
    relative = relative_path(kind, language)
    user_copy = paths.user_templates_dir() / relative
    if user_copy.is_file():
        return _read(user_copy, kind, language, custom=True)
    shipped = paths.templates_dir() / relative
    if not shipped.is_file():
        raise errors.FileUnreadable(path=str(shipped), reason=QT_TRANSLATE_NOOP("Errors", "template missing"))
    return _read(shipped, kind, language, custom=False)


def _read(path: Path, kind: str, language: str, *, custom: bool) -> Template:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.FileUnreadable(path=str(path), reason=str(exc)) from None
    raw = raw.replace("\r\n", "\n")
    headers, body = split_header(raw)
    if custom:
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10]
        version = f"{kind}/{language}/custom-{digest}"
    else:
        version = f"{kind}/{language}/{headers.get('version', '0')}"
    return Template(kind, language, version, body.strip("\n") + "\n", path, custom)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``Key: value`` lines up to the first blank line; no header -> ({}, text)."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if headers:
                return headers, "\n".join(lines[index + 1:])
            break
        match = _HEADER.match(line)
        if not match:
            break
        headers[match.group(1).lower()] = match.group(2).strip()
    return {}, text


def render(template: Template, values: dict[str, str]) -> Rendered:
    """Fill the known placeholders; anything else in braces is left as written (a user's
    template may contain braces). Empty values show a visible marker and are listed."""
    missing: list[str] = []

    def fill(match: re.Match) -> str:
        name = match.group(1)
        value = values.get(name, "")
        if value:
            return value
        if name not in missing:
            missing.append(name)
        return translate("Notice", MISSING_MARK).format(setting=_SETTING_KEYS.get(name, name))

    return Rendered(_PLACEHOLDER.sub(fill, template.body), template.version, missing)


_SETTING_KEYS = {
    "company_name": "company.name",
    "company_contact": "company.contact",
    "privacy_url": "company.privacy_url",
}


def company_values(settings_values: dict, date_text: str) -> dict[str, str]:
    """Placeholder values from the vault's settings (the business's own details)."""
    return {
        "company_name": str(settings_values.get("company.name", "")),
        "company_contact": str(settings_values.get("company.contact", "")),
        "privacy_url": str(settings_values.get("company.privacy_url", "")),
        "date": date_text,
    }
