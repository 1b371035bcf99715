"""One card's bytes to content lines, and content lines to properties.

Unfolding happens on bytes, before anything is decoded: a fold or a quoted-printable
soft line break may split a multi-byte UTF-8 character (Evolution does), and only the
re-joined bytes decode correctly.

The rules follow what exporters write, not only what the RFCs allow:

* folding: a line starting with a space or tab continues the previous one (all versions);
* quoted-printable soft breaks (``=`` at the end of the line) continue on the next line
  even at column 0, and an empty line after a soft break ends the value (Android);
* in 2.1, BASE64 data may continue on unindented lines until an empty line;
* a nested BEGIN:VCARD..END:VCARD (an AGENT's card) belongs to the AGENT, not to us;
* property names may hold anything but ``;:`` (KDE writes ``X-messaging/skype-All``),
  empty parameters (``ADR;HOME;PREF;:``) are ignored, names and parameters are
  case-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

_FOLD = re.compile(rb"\r*\n[ \t]")
_BEGIN_AT_START = re.compile(rb"[ \t\r\n]*begin[ \t]*:[ \t]*vcard[ \t\r]*(?:\n|\Z)", re.I)
_END_LINE = re.compile(rb"[ \t]*end[ \t]*:[ \t]*vcard", re.I)
_TAIL_BYTES = 80  # an END:VCARD line further from the card's end does not end it
# A quoted-printable property with its soft-break continuation lines (which may start at
# column 0; the line after the last soft break may be empty, as Android writes it).
_QP_PROPERTY = re.compile(rb"^[^:\n]*quoted-printable[^:\n]*:(?:[^\n]*=\r*\n)*[^\n]*",
                          re.I | re.M)
_SOFT_BREAK = re.compile(rb"=\r*\n")
_NESTED_START = re.compile(
    rb"^(?:(?:[^:;\n]*\.)?agent(?:;[^:\n]*)?:)?[ \t]*begin[ \t]*:[ \t]*vcard[ \t\r]*$",
    re.I | re.M)
_NESTED_MARKER = re.compile(
    rb"^(?:(?:[^:;\n]*\.)?agent(?:;[^:\n]*)?:)?[ \t]*(begin|end)[ \t]*:[ \t]*vcard[ \t\r]*$",
    re.I | re.M)
# group.NAME;params:value — the name holds anything but whitespace and ".;:" (KDE: "/").
_PROPERTY_LINE = re.compile(rb"^(?:([^\s.;:]+)\.)?([^\s.;:]+)([^:\n]*):([^\n]*)", re.M)
_LINE_WITHOUT_COLON = re.compile(rb"^[^:\n]*[^:\s][^:\n]*$", re.M)
_LINE_WITHOUT_NAME = re.compile(rb"^[ \t]*[;:.][^\n]*", re.M)
# Unindented 2.1 BASE64 continuation: one run of base64 characters, no inner spaces.
_BASE64_ONLY = re.compile(rb"[ \t]*[A-Za-z0-9+/]{8,}={0,2}[ \t\r]*")
_BASE64_VALUES = (b"B", b"BASE64")
_ENCODING_WORDS = {b"QUOTED-PRINTABLE", b"BASE64", b"B", b"8BIT", b"7BIT"}


@dataclass
class CardBody:
    """A card's logical lines as one byte string, plus what had to be repaired."""

    text: bytes
    has_begin: bool
    has_end: bool
    qp_runs_into_end: bool = False


def card_body(card: bytes, cr_line_endings: bool) -> CardBody:
    """Strip BEGIN/END, unfold, join quoted-printable soft breaks, drop nested cards."""
    if cr_line_endings:
        card = card.replace(b"\r", b"\n")
    begin = _BEGIN_AT_START.match(card)
    end = _end_line_start(card)
    text = card[begin.end() if begin else 0 : len(card) if end is None else end]
    if b"\n " in text or b"\n\t" in text:
        if b"\r\r" in text:  # iOS CR CR LF: the regex takes any number of CRs
            text = _FOLD.sub(b"", text)
        else:  # plain replaces are several times faster than the regex on photo data
            text = (text.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
                    .replace(b"\n ", b"").replace(b"\n\t", b""))
    body = CardBody(text, bool(begin), end is not None)
    lowered = text.lower()  # cheap, and spares the case-insensitive scans below
    # Soft breaks exist only where a line ends in '=' (cheap test first).
    if b"quoted-printable" in lowered and (b"=\n" in text or b"=\r\n" in text
                                           or b"=\r\r\n" in text
                                           or text.rstrip().endswith(b"=")):
        tail = len(text.rstrip())

        def join(match: re.Match[bytes]) -> bytes:
            value = match.group(0)
            if match.end() >= tail and value.rstrip().endswith(b"="):
                body.qp_runs_into_end = True
            return _SOFT_BREAK.sub(b"", value)

        text = _QP_PROPERTY.sub(join, text)
    if b"vcard" in lowered and _NESTED_START.search(text):
        text = _without_nested_cards(text)
    body.text = text
    return body


def _end_line_start(card: bytes) -> int | None:
    """Where the END:VCARD line that ends the card starts (the LF before it, or 0 when
    it is the card's only line), None without one: the last line that is not blank,
    within the card's last 80 bytes. (A regex searched over those bytes did the same
    at a few times the cost: an import reads this for every card.)"""
    stop = len(card.rstrip(b" \t\r\n"))
    lf = card.rfind(b"\n", 0, stop)
    if max(lf, 0) < len(card) - _TAIL_BYTES or not _END_LINE.fullmatch(card, lf + 1, stop):
        return None
    return max(lf, 0)


def _without_nested_cards(text: bytes) -> bytes:
    """Drop AGENT cards written unescaped inside ours; iterative, so depth cannot recurse."""
    kept: list[bytes] = []
    depth = 0
    position = 0
    for marker in _NESTED_MARKER.finditer(text):
        is_begin = marker.group(1).lower() == b"begin"
        if depth == 0 and is_begin:
            kept.append(text[position : marker.start()])
        depth = depth + 1 if is_begin else max(0, depth - 1)
        if depth == 0:
            position = marker.end()
    if depth == 0:
        kept.append(text[position:])
    return b"".join(kept)


def iter_property_lines(text: bytes) -> list[tuple[bytes, bytes, bytes, bytes]]:
    """(group, NAME, ;params, value) for each content line, in one regex pass (findall
    gives b"" for a group the line does not have)."""
    return [(group, name.upper(), params, value)
            for group, name, params, value in _PROPERTY_LINE.findall(text)]


def bad_lines(text: bytes, properties_found: int) -> list[bytes]:
    """Lines that are not properties: no ':' (base64 data aside) or no name before it."""
    lines = text.count(b"\n") + 1
    if properties_found >= lines or properties_found + _blank_lines_at_least(text) >= lines:
        return []  # every line is a property or blank: the common case, without a scan
    found = [line for line in _LINE_WITHOUT_COLON.findall(text)
             if not _BASE64_ONLY.fullmatch(line)]
    found += _LINE_WITHOUT_NAME.findall(text)
    return [line.rstrip(b"\r") for line in found]


def _blank_lines_at_least(text: bytes) -> int:
    """A lower bound of the empty lines (or lines of one CR): those counted without a
    scan in Python (Android ends a BASE64 photo with one)."""
    return (text.count(b"\n\n") + text.count(b"\n\r\n") + text.startswith((b"\n", b"\r\n"))
            + text.endswith((b"\n", b"\n\r")))


class Params(NamedTuple):
    label: str  # TYPE values, upper-case, comma-joined, PREF removed ("CELL", "WORK,VOICE")
    pref: bool
    encoding: str  # "QUOTED-PRINTABLE", "BASE64" or ""
    charset: str


def split_params(params: bytes, value: bytes) -> tuple[bytes, bytes]:
    """Re-split a line whose quoted parameter value held a ':' (TYPE="a:b")."""
    if b'"' in params:
        match = _QUOTED_PARAM.match(params + b":" + value)
        if match:
            return match.group(1), match.group(2)
    return params, value


@dataclass
class _ParamsFound:
    types: list[str] = field(default_factory=list)  # upper-case TYPE values, PREF removed
    pref: bool = False
    encoding: str = ""  # "QUOTED-PRINTABLE", "BASE64", "" (upper-case)
    charset: str = ""


@lru_cache(maxsize=2048)
def params_of(params: bytes) -> Params:
    """Parsed once per distinct parameter string: exports repeat a handful of them."""
    found = _ParamsFound()
    for param in params.split(b";"):
        _apply_param(found, param.strip())
    return Params(",".join(t.upper() for t in found.types), found.pref, found.encoding,
                  found.charset)


_QUOTED_PARAM = re.compile(rb'((?:[^:"]|"[^"]*")*):(.*)', re.S)


def _apply_param(prop: _ParamsFound, param: bytes) -> None:
    if not param:
        return
    key, eq, raw = param.partition(b"=")
    if not eq:  # vCard 2.1 bare parameter: a type or an encoding
        word = key.upper()
        if word in _ENCODING_WORDS:
            prop.encoding = "BASE64" if word in _BASE64_VALUES else word.decode("ascii")
        else:
            _add_types(prop, word)
        return
    key = key.strip().upper()
    raw = raw.strip().strip(b'"')
    if key == b"TYPE":
        _add_types(prop, raw.upper())
    elif key == b"ENCODING":
        word = raw.upper()
        prop.encoding = "BASE64" if word in _BASE64_VALUES else word.decode("latin-1")
    elif key == b"CHARSET":
        prop.charset = raw.decode("latin-1")
    elif key == b"PREF":
        prop.pref = prop.pref or raw.strip() == b"1"


def _add_types(prop: _ParamsFound, words: bytes) -> None:
    for word in words.split(b","):
        word = word.strip().strip(b'"')
        if word == b"PREF":
            prop.pref = True
        elif word:
            prop.types.append(word.decode("latin-1"))


# --- text values ----------------------------------------------------------------------

_ESCAPE_30 = re.compile(r"\\(.)", re.S)
_ESCAPE_21 = re.compile(r"\\([\\;,:])")
_UNESCAPE_30 = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(text: str, version: str) -> str:
    """Undo text escaping: 3.0/4.0 ``\\n \\, \\; \\\\``; 2.1 only ``\\; \\\\`` (and ``\\, \\:``).

    2.1 does not escape commas, so a comma is always text there ("Müller, Hans").
    """
    if "\\" not in text:
        return text
    if version == "2.1":
        return _ESCAPE_21.sub(r"\1", text)
    return _ESCAPE_30.sub(lambda m: _UNESCAPE_30.get(m.group(1), m.group(0)), text)


def split_structured(text: str) -> list[str]:
    """Split N/ADR/ORG on ';' that are not escaped (the escape stays for ``unescape``)."""
    if "\\" not in text:
        return text.split(";")
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch)
            current.append(next(chars, ""))
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
