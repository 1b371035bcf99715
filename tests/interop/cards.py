"""Hostile names, what the writer means to write for them, and a strict reader written
here from the RFCs (independent of contactvault.export) — shared by the property tests
in tests/core and the real-parser tests in tests/interop."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import strategies as st

from contactvault import phones
from contactvault.consent.events import ConsentEvent
from contactvault.export.vcard_writer import CardNumber, CardSource
from contactvault.model import StructuredName

# Pieces that broke real vCard writers and readers: line breaks of every kind (vobject
# 0.9.9 passes VT, FF, NUL, NEL, LS, PS through), the value delimiters, things that look
# like properties or cards, escapes written as text, combining and invisible characters.
NASTY = [
    "\n", "\r", "\r\n", "\x0b", "\x0c", "\x00", "\x85", "\u2028", "\u2029", "\x1c", "\x1d",
    "\x1e", "\x1f", "\x07", "\x7f", "\x9b", "\t", ",", ";", "\\", ":", '"', "=", "'",
    "BEGIN:VCARD", "END:VCARD", "\r\nTEL:+4917", "\nTEL;TYPE=CELL:+491700000000\n",
    "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:x", "\\n", "\\;", "\\,", "\\\\", "😀", "👩‍👩‍👧",
    "ß", "Ä", "e\u0301", "\ufeff", "\u200b", "\u202e", "\u00a0", "ﬁ", "Ω", "中文", "\ufdd0",
    "\U0001fffe", "ç", "=C3=A4", "item1.TEL:", " ",
]

names = st.one_of(
    st.lists(st.one_of(st.text(max_size=12), st.sampled_from(NASTY)), max_size=12)
    .map("".join),
    st.text(min_size=150, max_size=500),  # very long: many folded lines
)


def random_name(rng: random.Random) -> str:
    """A hostile name without hypothesis (for one big file per real parser)."""
    parts = []
    for _ in range(rng.randint(0, 10)):
        if rng.random() < 0.5:
            parts.append(rng.choice(NASTY))
        else:
            parts.append("".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff),
                                                  rng.randint(0x1f300, 0x1f6ff)]))
                                 for _ in range(rng.randint(1, 8))))
    if rng.random() < 0.05:
        parts.append("x" * rng.randint(100, 400) + "ü" * rng.randint(0, 80))
    return "".join(parts)


def _forbidden(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch not in "\n\t") or 0x7F <= code <= 0x9F \
        or 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def meant_text(value: str) -> str:
    """The writer's documented promise for a name, restated: every kind of line break is
    a newline, controls and noncharacters are gone, a TAB is a space, edges trimmed."""
    value = _BREAKS.sub("\n", value)
    value = "".join(ch for ch in value if not _forbidden(ch)).replace("\t", " ")
    return value.strip()


@dataclass(frozen=True)
class Meant:
    fn: str
    n: list[str]
    tel: list[str]


def meant(source: CardSource) -> Meant:
    name = source.name
    parts = [meant_text(p) for p in (name.family, name.given, name.additional, name.prefix,
                                     name.suffix)]
    fn = ""
    for candidate in (source.formatted_name, name.formatted(), source.organisation):
        fn = meant_text(candidate)
        if fn:
            break
    tels = list(dict.fromkeys(n.number.e164 for n in source.numbers))
    if not fn:
        fn = phones.display(tels[0])
    if not any(parts):
        parts = ["", fn, "", "", ""]
    return Meant(fn, parts, tels)


def granted_source(index: int, formatted: str, structured: StructuredName,
                   numbers: int = 1, organisation: str = "") -> CardSource:
    """A customer with ``numbers`` consented mobile numbers (unique per index)."""
    from contactvault import clock

    at = clock.to_iso(clock.now() - timedelta(days=1))
    nums = []
    for k in range(numbers):
        e164 = f"+49171{(index * 4 + k) % 10_000_000:07d}"
        event = ConsentEvent(index * 4 + k + 1, e164, "granted", "consent", None, "", "", None,
                             "t", at, at, "service", True)  # with the notice handed over
        nums.append(CardNumber(phones.normalise(e164), (event,)))
    return CardSource(f"uid-{index}", formatted, structured, organisation, "customer",
                      tuple(nums))


# -- a strict reader from the RFCs --------------------------------------------------------

_ALLOWED = {"BEGIN", "END", "VERSION", "FN", "N", "TEL", "UID", "ORG"}


class StrictError(AssertionError):
    pass


def _unescape(value: str) -> str:
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            if i + 1 >= len(value):
                raise StrictError(f"dangling backslash in {value!r}")
            nxt = value[i + 1]
            if nxt in "nN":
                out.append("\n")
            elif nxt in "\\,;":
                out.append(nxt)
            else:
                raise StrictError(f"unknown escape \\{nxt} in {value!r}")
            i += 2
            continue
        if ch in ",;":
            raise StrictError(f"unescaped {ch!r} in a text value {value!r}")
        out.append(ch)
        i += 1
    return "".join(out)


def _split_unescaped(value: str, sep: str) -> list[str]:
    parts, current, i = [], [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if value[i] == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(value[i])
        i += 1
    parts.append("".join(current))
    return parts


def read_strict(data: bytes) -> list[dict]:
    """Parse an exported file the strict way; raises StrictError on anything off."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StrictError(f"not UTF-8: {exc}") from None
    if not text.endswith("\r\n"):
        raise StrictError("file does not end with CRLF")
    physical = text[:-2].split("\r\n")
    for line in physical:
        if "\r" in line or "\n" in line:
            raise StrictError(f"bare CR or LF in {line!r}")
        if len(line.encode("utf-8")) > 75:
            raise StrictError(f"line longer than 75 octets: {line!r}")
        if any(_forbidden(ch) for ch in line):
            raise StrictError(f"control character in {line!r}")
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            if not logical:
                raise StrictError("continuation at start")
            logical[-1] += line[1:]
        else:
            logical.append(line)
    cards: list[dict] = []
    current: dict | None = None
    for line in logical:
        name_part, sep, value = line.partition(":")
        if not sep:
            raise StrictError(f"no colon in {line!r}")
        name = name_part.split(";", 1)[0].upper()
        if name not in _ALLOWED:
            raise StrictError(f"unexpected property {name!r}")
        if name == "BEGIN":
            if current is not None or value.upper() != "VCARD":
                raise StrictError("nested or odd BEGIN")
            current = {"names": [], "fn": None, "n": None, "tel": [], "uid": None}
            continue
        if current is None:
            raise StrictError(f"{name} outside a card")
        if name == "END":
            cards.append(current)
            current = None
            continue
        current["names"].append(name)
        if name == "FN":
            current["fn"] = _unescape(value)
        elif name == "N":
            current["n"] = [_unescape(p) for p in _split_unescaped(value, ";")]
        elif name == "TEL":
            current["tel"].append(value)
        elif name == "UID":
            current["uid"] = value
        elif name == "VERSION" and value != "3.0":
            raise StrictError(f"version {value}")
    if current is not None:
        raise StrictError("card not closed")
    return cards
