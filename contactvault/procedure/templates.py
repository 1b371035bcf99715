"""Loading the procedure's long prose: instructions per step, route and platform, and
the document templates (protocol, selection list, links sheet), per language. The
documents' short texts (headings, labels, counts) are not here but in the Qt catalogue
(procedure/wording.py).

Shipped templates live in ``resources/templates/{procedure,sheets}/<lang>/``; a copy a
user edited in ``paths.user_templates_dir()/<same relative path>`` wins. Templates are
HTML fragments with ``$name`` placeholders (string.Template); every value put in is
escaped here, so a device called ``<b>`` stays text.
"""

from __future__ import annotations

import html
import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from contactvault import paths
from contactvault.procedure.steps import Route, Step

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"


def language(code: str | None) -> str:
    """A language we have templates for: 'de' or 'en' (German first)."""
    code = (code or "").strip().lower()[:2]
    return code if code in LANGUAGES else ("en" if code else DEFAULT_LANGUAGE)


def find(relative: str, lang: str) -> Path | None:
    """The file for ``<kind>/<lang>/<name>``: user copy first, then the shipped one."""
    kind, _, name = relative.partition("/")
    for root in (paths.user_templates_dir(), paths.templates_dir()):
        for code in (language(lang), "en"):
            candidate = root / kind / code / name
            if candidate.is_file():
                return candidate
    return None


def read(relative: str, lang: str) -> str:
    path = find(relative, lang)
    if path is None:
        raise FileNotFoundError(f"template {relative} ({lang}) not found")
    return _read_cached(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=128)
def _read_cached(path: str, _mtime: int) -> str:
    return Path(path).read_text(encoding="utf-8")


def fill(template: str, values: Mapping[str, object], *, raw: Mapping[str, str] = ()) -> str:
    """Put escaped ``values`` and already-built HTML ``raw`` into a $-template."""
    mapping = {k: html.escape(str(v), quote=True) for k, v in values.items()}
    mapping.update(dict(raw))
    return string.Template(template).safe_substitute(mapping)


def instruction(step: Step | str, *, platform: str, lang: str, route: Route | str | None = None,
                values: Mapping[str, object] | None = None) -> str:
    """The instruction text (HTML fragment) for a step, most specific file first:
    ``step.route.platform``, ``step.platform``, ``step.route``, ``step``."""
    step = Step(step)
    platform = platform if platform in ("android", "ios") else "other"
    route_name = Route(route).value if route else None
    names = []
    if route_name:
        names.append(f"{step.value}.{route_name}.{platform}.html")
    names.append(f"{step.value}.{platform}.html")
    if route_name:
        names.append(f"{step.value}.{route_name}.html")
    names.append(f"{step.value}.html")
    for name in names:
        if find(f"procedure/steps/{name}", lang) is not None:
            return fill(read(f"procedure/steps/{name}", lang), values or {})
    return ""


def route_explanation(route: Route | str, *, platform: str, lang: str) -> str:
    route = Route(route)
    platform = platform if platform in ("android", "ios") else "other"
    for name in (f"{route.value}.{platform}.html", f"{route.value}.html"):
        if find(f"procedure/routes/{name}", lang) is not None:
            return read(f"procedure/routes/{name}", lang)
    return ""


def warnings(lang: str) -> str:
    """The warnings that belong to every route."""
    if find("procedure/warnings.html", lang) is None:
        return ""
    return read("procedure/warnings.html", lang)
