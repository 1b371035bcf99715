"""Texts sent to customers: the information notice (Art. 13 GDPR) and the revocation
confirmation.

Long prose lives in templates under ``resources/templates/<kind>/<language>/<variant>.txt``
so that a business (or its DPO) can adapt it; a copy in ``paths.user_templates_dir()``
with the same relative path overrides the shipped one. The notice has one wording per
consent policy (``standard.txt``, ``strict.txt``, and ``advertising.txt`` for phones also
used for advertising): each says in words what its policy does with the customer's
message. The revocation confirmation has one
(``revocation.txt``).

A template starts with header lines and a blank line, then the text. Header lines are
``#`` comments and ``Key: value`` lines:

    Version: 2            raised whenever the wording changes
    Date: 2026-12-07      the date of this wording, printed as "Stand dieser Information"
    Required: company.name, dpo.contact, …
                          settings without which the text cannot be recorded as sent
    Consent-Phrase: Ja, ich will via WhatsApp mit Ihnen kommunizieren
    Revocation-Phrase: Widerruf der Einwilligung, …
                          (notices) the replies the text asks for, as written in it: a
                          reply in an exported WhatsApp chat is recognised by them
                          (``chats.consent``). A user's copy without these lines keeps
                          the shipped wording's phrases where its text still has them.

Placeholders: ``{company_name}``, ``{company_address}``, ``{company_contact}``,
``{dpo_name}``, ``{dpo_contact}``, ``{privacy_url}``, ``{answer_days}`` (from the
settings, see ``SETTING_OF``), ``{version_date}`` and ``{version_tag}`` (from the
header), and for the revocation confirmation ``{date}`` (the day of the revocation).

Which wording a customer was shown must be provable later, so every text has a version
id that is recorded with the event (``notice/de/standard/2``) and a short tag printed in
the text itself (``CV-N2-de``), so that a reply in a chat can be tied to the version. A
user-edited copy gets an id and a tag derived from its content
(``notice/de/standard/custom-3f2a…``, ``CV-N2-de-3f2a1b``): editing the file without
touching its ``Version:`` line still yields a new id, so two wordings never share one.
The exact text sent is kept with the event (``services.consent.mark_notice_sent``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from contactvault import errors, paths, timefmt
from contactvault.i18n import QT_TRANSLATE_NOOP, translate

NOTICE = "notice"
REVOCATION = "revocation"
KINDS = (NOTICE, REVOCATION)
LANGUAGES = ("de", "en")

STANDARD = "standard"
STRICT = "strict"
ADVERTISING = "advertising"
# The wordings of each kind. A notice's wording is the consent policy's mode, or
# "advertising" when the WhatsApp phones are also used for advertising (then only an
# explicit yes counts under either mode).
VARIANTS = {NOTICE: (STANDARD, STRICT, ADVERTISING), REVOCATION: (REVOCATION,)}
# First letters of the version tag: N = notice, NS = notice for the strict policy,
# NA = notice for advertising, W = withdrawal (revocation) confirmation.
_TAG_CODES = {STANDARD: "N", STRICT: "NS", ADVERTISING: "NA", REVOCATION: "W"}

# Placeholder -> the setting it is filled from.
SETTING_OF = {
    "company_name": "company.name",
    "company_address": "company.address",
    "company_contact": "company.contact",
    "dpo_name": "dpo.name",
    "dpo_contact": "dpo.contact",
    "privacy_url": "company.privacy_url",
    "answer_days": "policy.implied_max_days",
}
PLACEHOLDERS = (*SETTING_OF, "version_date", "version_tag", "date")
# In the values for ``render`` (not a placeholder): no data-protection officer is
# appointed (setting dpo.none), so the lines naming one are left out and not required.
NO_DPO = "no_dpo"

# What each required setting is, for the message that asks a person to fill it in.
FIELD_LABELS = {
    "company.name": QT_TRANSLATE_NOOP("Notice", "company name"),
    "company.address": QT_TRANSLATE_NOOP("Notice", "company postal address"),
    "company.contact": QT_TRANSLATE_NOOP("Notice", "contact for data protection questions"),
    "dpo.name": QT_TRANSLATE_NOOP("Notice", "data protection officer's name"),
    "dpo.contact": QT_TRANSLATE_NOOP("Notice", "data protection officer's contact"),
    "company.privacy_url": QT_TRANSLATE_NOOP("Notice", "privacy policy web address"),
    "policy.implied_max_days": QT_TRANSLATE_NOOP("Notice", "answer period in days"),
}

# Shown where a setting is not filled in yet, so the gap is visible before sending.
MISSING_MARK = QT_TRANSLATE_NOOP("Notice", "[not set: {setting}]")

_HEADER = re.compile(r"^([A-Za-z][A-Za-z-]*):\s*(.*)$")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    variant: str  # "standard"/"strict" for the notice, "revocation"
    version: str  # the id recorded with events and messages, e.g. "notice/de/standard/2"
    number: str  # the Version: header, "2"
    date: str  # the Date: header, ISO "2026-11-29"
    tag: str  # the short tag printed in the text, "CV-N2-de"
    required: tuple[str, ...]  # settings keys that must be filled in to send it
    body: str  # the text with placeholders, header removed
    source: Path
    custom: bool  # True when a user-edited copy was used
    consent_phrase: str = ""  # the explicit yes the notice asks for ("" if none)
    revocation_phrase: str = ""  # the reply that refuses or revokes ("" if none)


@dataclass(frozen=True)
class Rendered:
    text: str
    version: str
    tag: str = ""
    language: str = ""
    missing: list[str] = field(default_factory=list)  # settings keys still empty

    @property
    def complete(self) -> bool:
        return not self.missing


def relative_path(kind: str, language: str, variant: str | None = None) -> Path:
    return Path(kind) / language / f"{variant or VARIANTS.get(kind, (kind,))[0]}.txt"


def load(kind: str, language: str, variant: str | None = None) -> Template:
    """The template in force: the user's copy if there is one, else the shipped one.
    ``variant``: the notice's policy mode (default ``standard``)."""
    if kind not in KINDS:
        raise errors.InvalidArgument(what="template", reason=f"unknown kind {kind!r}")
    if language not in LANGUAGES:
        raise errors.InvalidArgument(
            what="language", reason=f"'{language}' is not one of {', '.join(LANGUAGES)}")
    variant = variant or VARIANTS[kind][0]
    if variant not in VARIANTS[kind]:
        raise errors.InvalidArgument(
            what="template", reason=f"'{variant}' is not one of {', '.join(VARIANTS[kind])}")
    relative = relative_path(kind, language, variant)
    user_copy = paths.user_templates_dir() / relative
    if user_copy.is_file():
        return _read(user_copy, kind, language, variant, custom=True)
    shipped = paths.templates_dir() / relative
    if not shipped.is_file():
        raise errors.FileUnreadable(path=str(shipped),
                                    reason=QT_TRANSLATE_NOOP("Errors", "template missing"))
    return _read(shipped, kind, language, variant, custom=False)


def stale_user_copies() -> list[Path]:
    """Edited copies of the notice under its former name (``notice/<lang>/notice.txt``),
    which are no longer used: the notice now has one file per policy."""
    base = paths.user_templates_dir() / NOTICE
    return [p for p in (base / lang / "notice.txt" for lang in LANGUAGES) if p.is_file()]


def _read(path: Path, kind: str, language: str, variant: str, *, custom: bool) -> Template:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.FileUnreadable(path=str(path), reason=str(exc)) from None
    raw = raw.replace("\r\n", "\n")
    headers, body = split_header(raw)
    number = headers.get("version", "")
    when = headers.get("date", "")
    if not number or not _is_iso_date(when):
        raise errors.TemplateInvalid(path=str(path), reason=QT_TRANSLATE_NOOP(
            "Errors", "it needs a 'Version:' line and a 'Date:' line such as 2026-11-29"))
    required = tuple(k.strip() for k in headers.get("required", "").split(",") if k.strip())
    unknown = [k for k in required if k not in FIELD_LABELS]
    if unknown:
        raise errors.TemplateInvalid(path=str(path), reason=", ".join(unknown))
    name = f"{kind}/{language}/{variant}" if kind == NOTICE else f"{kind}/{language}"
    tag = f"CV-{_TAG_CODES[variant]}{number}-{language}"
    if custom:
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        version = f"{name}/custom-{digest[:10]}"
        tag = f"{tag}-{digest[:6]}"
    else:
        version = f"{name}/{number}"
    body = body.strip("\n") + "\n"
    if kind == NOTICE and "{version_tag}" not in body:
        body += "[{version_tag}]\n"  # the tag is what ties a reply to this wording
    phrases = _phrases(headers, body, path, kind, language, variant, custom)
    return Template(kind, language, variant, version, number, when, tag, required, body,
                    path, custom, *phrases)


_PHRASE_HEADERS = ("consent-phrase", "revocation-phrase")


def _phrases(headers: dict[str, str], body: str, path: Path, kind: str, language: str,
             variant: str, custom: bool) -> tuple[str, str]:
    """The notice's Consent-Phrase and Revocation-Phrase, each of which must appear in
    the text; a user's copy without them keeps the shipped phrases its text still has."""
    if kind != NOTICE:
        return "", ""
    given = [headers.get(key, "") for key in _PHRASE_HEADERS]
    if custom and not any(given):
        shipped = paths.templates_dir() / relative_path(kind, language, variant)
        if shipped.is_file():
            original = _read(shipped, kind, language, variant, custom=False)
            return tuple(p if p and p in body else "" for p in
                         (original.consent_phrase, original.revocation_phrase))
        return "", ""
    for phrase in given:
        if phrase and phrase not in body:
            raise errors.TemplateInvalid(path=str(path), reason=QT_TRANSLATE_NOOP(
                "Errors", "its Consent-Phrase or Revocation-Phrase line names a reply that "
                "its text does not contain"))
    return given[0], given[1]


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``Key: value`` and ``#`` comment lines up to the first blank line;
    no header -> ({}, text)."""
    lines = text.split("\n")
    headers: dict[str, str] = {}
    for index, line in enumerate(lines):
        if line.startswith("#"):
            continue
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
    template may contain braces). Empty values show a visible marker; they and the
    template's required settings that are empty are listed in ``missing``."""
    body, required = template.body, template.required
    if values.get(NO_DPO):  # no officer appointed: the lines naming one are left out
        body = "\n".join(line for line in body.split("\n")
                         if "{dpo_name}" not in line and "{dpo_contact}" not in line)
        required = tuple(k for k in required if k not in ("dpo.name", "dpo.contact"))
    missing = [key for key in required
               if not values.get(_placeholder_of(key), "")]
    own = {"version_date": timefmt.format_date(template.date, template.language),
           "version_tag": template.tag}

    def fill(match: re.Match) -> str:
        name = match.group(1)
        value = own.get(name) or values.get(name, "")
        if value:
            return value
        setting = SETTING_OF.get(name, name)
        if setting not in missing:
            missing.append(setting)
        return translate("Notice", MISSING_MARK).format(setting=setting)

    text = _PLACEHOLDER.sub(fill, body)
    return Rendered(text, template.version, template.tag, template.language, missing)


def _placeholder_of(key: str) -> str:
    return next((p for p, k in SETTING_OF.items() if k == key), key)


def values_from_settings(settings_values: dict, date_text: str = "") -> dict[str, str]:
    """Placeholder values from the vault's settings (the business's own details). An
    answer period of 0 days is empty: a notice that names the period cannot say 0."""
    values = {}
    for placeholder, key in SETTING_OF.items():
        value = settings_values.get(key, "")
        if isinstance(value, bool):
            value = ""
        elif isinstance(value, int):
            value = str(value) if value > 0 else ""
        values[placeholder] = str(value or "").strip()
    values["date"] = date_text
    if settings_values.get("dpo.none"):
        values[NO_DPO] = "1"
    return values


def check_complete(rendered: Rendered, kind: str = NOTICE) -> None:
    """Raise ``NoticeIncomplete`` naming every setting still to fill in: a text with a
    gap is never recorded as sent."""
    if rendered.complete:
        return
    fields = ", ".join(f"{translate('Notice', FIELD_LABELS.get(k, k))} ({k})"
                       for k in rendered.missing)
    error = errors.NoticeIncomplete if kind == NOTICE else errors.ConfirmationIncomplete
    raise error(fields=fields, key=rendered.missing[0])


# -- versions ------------------------------------------------------------------------------

_VERSION = re.compile(r"(?P<kind>notice|revocation)/(?P<language>[a-z]{2})"
                      r"(?:/(?P<variant>standard|strict|advertising))?/(?P<last>[\w-]+)")


@dataclass(frozen=True)
class VersionParts:
    """A version id taken apart: ``notice/de/standard/2`` or ``…/custom-3f2a1b9c0d``."""

    kind: str
    language: str
    variant: str  # the notice's wording; "revocation" for the confirmation
    number: str  # the Version: header ("2"); "" for a user's copy
    custom: str  # the content hash of a user's copy ("3f2a1b9c0d"); "" for a shipped one


def version_parts(version: str) -> VersionParts | None:
    """The parts of a version id, or None for a text that is no version id."""
    match = _VERSION.fullmatch(version or "")
    if match is None or (match["kind"] == NOTICE) != (match["variant"] is not None):
        return None
    last = match["last"]
    custom = last[len("custom-"):] if last.startswith("custom-") else ""
    return VersionParts(match["kind"], match["language"], match["variant"] or REVOCATION,
                        "" if custom else last, custom)


def tag_of(version: str) -> str:
    """The tag a shipped wording prints (``CV-N1-de`` for ``notice/de/standard/1``); ""
    for a user's copy (its tag holds the Version: line, which its id does not)."""
    parts = version_parts(version)
    if parts is None or parts.custom:
        return ""
    return f"CV-{_TAG_CODES[parts.variant]}{parts.number}-{parts.language}"


def phrases_in(body: str, language: str, variant: str) -> tuple[str, str]:
    """The consent and the revocation phrase of an earlier wording (kept in the vault
    without its header): the phrases of the wordings in force of its language — its own
    policy's first, shipped and user's copy — that its text contains, as a user's copy
    without phrase lines keeps them; "" where its text contains none."""
    text = " ".join(body.split())
    order = [variant] + [v for v in VARIANTS[NOTICE] if v != variant]
    candidates: list[Template] = []
    for each in order:
        shipped = paths.templates_dir() / relative_path(NOTICE, language, each)
        for user_copy in (True, False):
            try:
                candidates.append(load(NOTICE, language, each) if user_copy else
                                  _read(shipped, NOTICE, language, each, custom=False))
            except errors.ContactVaultError:
                continue  # a broken or missing file: the other wordings still count
    found = []
    for attribute in ("consent_phrase", "revocation_phrase"):
        found.append(next((getattr(t, attribute) for t in candidates
                           if getattr(t, attribute)
                           and " ".join(getattr(t, attribute).split()) in text), ""))
    return found[0], found[1]


# -- a version in words, for people (ids stay as they are in JSON and in the records) -----

_KIND_WORDS = {
    NOTICE: QT_TRANSLATE_NOOP("Notice", "Information notice"),
    REVOCATION: QT_TRANSLATE_NOOP("Notice", "Revocation confirmation"),
}
_VARIANT_WORDS = {
    STANDARD: QT_TRANSLATE_NOOP("Notice", "standard"),
    STRICT: QT_TRANSLATE_NOOP("Notice", "strict"),
    ADVERTISING: QT_TRANSLATE_NOOP("Notice", "for advertising"),
}
_LANGUAGE_WORDS = {
    "de": QT_TRANSLATE_NOOP("Notice", "German"),
    "en": QT_TRANSLATE_NOOP("Notice", "English"),
}
_NUMBERED = QT_TRANSLATE_NOOP("Notice", "version {number}")
_OWN = QT_TRANSLATE_NOOP("Notice", "own wording {code}")
_WORDED = QT_TRANSLATE_NOOP("Notice", "{what}, {version} ({language})")


def version_words(version: str) -> str:
    """A version id as office staff read it: ``notice/de/standard/2`` ->
    "Information notice, standard, version 2 (German)" ("Datenschutzhinweis, Standard,
    Fassung 2 (deutsch)"); a user's copy says "own wording 3f2a1b". A text that is no
    version id is returned as it is."""
    parts = version_parts(version)
    if parts is None:
        return version
    what = translate("Notice", _KIND_WORDS[parts.kind])
    if parts.kind == NOTICE:
        what = f"{what}, {translate('Notice', _VARIANT_WORDS[parts.variant])}"
    numbered = (translate("Notice", _OWN).format(code=parts.custom[:6]) if parts.custom
                else translate("Notice", _NUMBERED).format(number=parts.number))
    language = translate("Notice", _LANGUAGE_WORDS.get(parts.language, parts.language))
    return translate("Notice", _WORDED).format(what=what, version=numbered,
                                               language=language)
