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

_NEWLINE = re.compile(rb"\r*\n")
_FOLD = re.compile(rb"\r*\n[ \t]")
_QP_MARK = b"QUOTED-PRINTABLE"
_BASE64_VALUES = (b"B", b"BASE64")
_NESTED_START = re.compile(
    rb"(?:(?:[^:;]*\.)?AGENT(?:;[^:]*)?:)?[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.I)
_ENCODING_WORDS = {b"QUOTED-PRINTABLE", b"BASE64", b"B", b"8BIT", b"7BIT"}


@dataclass
class Property:
    group: str
    name: str  # upper-case
    types: list[str] = field(default_factory=list)  # upper-case TYPE values, PREF removed
    pref: bool = False
    encoding: str = ""  # "QUOTED-PRINTABLE", "BASE64", "" (upper-case)
    charset: str = ""
    value: bytes = b""


@dataclass
class CardLines:
    """The logical lines of a card, plus what went wrong while finding them."""

    lines: list[bytes]
    has_begin: bool
    has_end: bool
    bad_lines: list[bytes] = field(default_factory=list)
    qp_runs_into_end: bool = False


def content_lines(card: bytes, cr_line_endings: bool) -> CardLines:
    """Split one card into unfolded logical lines (BEGIN/END and nested cards removed)."""
    if cr_line_endings:
        card = card.replace(b"\r", b"\n")
    card = _FOLD.sub(b"", card)
    physical = _NEWLINE.split(card)
    has_begin = bool(physical) and physical[0].strip().upper() == b"BEGIN:VCARD"
    if has_begin:
        physical = physical[1:]
    while physical and not physical[-1].strip():
        physical.pop()
    has_end = bool(physical) and physical[-1].strip().upper() == b"END:VCARD"
    if has_end:
        physical.pop()

    out: list[bytes] = []
    qp_open = False  # the last line ended in a quoted-printable soft break
    base64_open = False  # a 2.1 BASE64 value that may go on without indentation
    nested = 0
    for line in physical:
        if nested:
            marker = line.strip().upper()
            if marker == b"BEGIN:VCARD":
                nested += 1
            elif marker == b"END:VCARD":
                nested -= 1
            continue
        if not line:
            qp_open = base64_open = False  # an empty line ends a soft break / 2.1 BASE64
            continue
        if qp_open:
            out[-1] = out[-1][:-1] + line
        elif base64_open and b":" not in line:
            out[-1] += line
            continue
        else:
            if _NESTED_START.match(line):
                nested = 1  # an AGENT's embedded card, written unescaped: not ours
                continue
            out.append(line)
            base64_open = _is_base64_head(_head(line).upper())
        qp_open = out[-1].endswith(b"=") and _QP_MARK in _head(out[-1]).upper()
    return CardLines(out, has_begin, has_end, qp_runs_into_end=qp_open)


def _head(line: bytes) -> bytes:
    colon = line.find(b":")
    return line[:colon] if colon >= 0 else b""


def _is_base64_head(upper_head: bytes) -> bool:
    if b"BASE64" not in upper_head and b"ENCODING=B" not in upper_head:
        return False
    return any(p.split(b"=")[-1].strip() in _BASE64_VALUES for p in upper_head.split(b";")[1:])


_QUOTED_PARAM = re.compile(rb'((?:[^:"]|"[^"]*")*):(.*)', re.S)


def parse_property(line: bytes) -> Property | None:
    """``group.NAME;param;KEY=v1,v2:value`` -> Property; None when it has no name or colon."""
    colon = line.find(b":")
    if colon <= 0:
        return None
    head = line[:colon]
    value = line[colon + 1 :]
    if b'"' in head:  # a quoted parameter value may hold ':' or ';'
        match = _QUOTED_PARAM.match(line)
        if not match:
            return None
        head, value = match.group(1), match.group(2)
    parts = head.split(b";")
    group, _, name = parts[0].strip().rpartition(b".")
    if not name:
        return None
    prop = Property(group.decode("latin-1"), name.decode("latin-1").upper(), value=value)
    for param in parts[1:]:
        _apply_param(prop, param.strip())
    return prop


def _apply_param(prop: Property, param: bytes) -> None:
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


def _add_types(prop: Property, words: bytes) -> None:
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
