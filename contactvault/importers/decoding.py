"""Bytes to text: the file's encoding, and the character set of single vCard values.

Address books arrive in every encoding phones and PIMs ever used: UTF-8 with or without
a byte-order mark, UTF-16 with or without one, Windows-1252 with no declaration at all,
Shift_JIS from Japanese phones, and vCard values whose CHARSET parameter lies. The rules
here are narrow on purpose, so that every guess can be reported:

* a BOM decides;
* NUL bytes in every other position mean UTF-16 without a BOM;
* a file that is valid UTF-8 throughout is UTF-8 (8-bit text is almost never valid UTF-8);
* anything else is 8-bit: one of the Windows code pages of Europe (1250, 1251, 1252,
  1253, 1254, 1257) or Shift_JIS, the one charset-normalizer finds plausible whose
  languages' letters the text is made of; Windows-1252 when in doubt.

Decoding never loses a byte: Windows-1252 leaves five bytes undefined, and those are
read as their Latin-1 code points instead of failing.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO, NamedTuple

from contactvault.i18n import QT_TRANSLATE_NOOP

UTF8 = "utf-8"
WINDOWS_1252 = "cp1252"
SHIFT_JIS = "shift_jis"

SNIFF_BYTES = 64 * 1024
CHUNK_BYTES = 1024 * 1024
_GUESS_SAMPLE_BYTES = 4 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _latin1_for_undefined(error: UnicodeDecodeError) -> tuple[str, int]:
    # Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; keep them as Latin-1.
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("contactvault-latin1", _latin1_for_undefined)


@dataclass(frozen=True)
class FileEncoding:
    codec: str  # a Python codec name
    bom: bytes = b""
    guessed: bool = False  # no BOM and not valid UTF-8: the codec is a heuristic's pick

    @property
    def is_utf16(self) -> bool:
        return self.codec.startswith("utf-16")


def decode_lossless(data: bytes, codec: str) -> str:
    """Decode with ``codec``; bytes it cannot read fall back so that nothing is dropped."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == UTF8:
            # Mostly UTF-8 with a stray byte: keep the stray byte visible as \\xNN.
            return data.decode(UTF8, "backslashreplace")
        return data.decode(WINDOWS_1252, "contactvault-latin1")


def sniff_bom_or_utf16(head: bytes) -> FileEncoding | None:
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return FileEncoding(codec, bom=bom)
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        # ASCII-heavy UTF-16 has a NUL in (nearly) every other byte.
        if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
            return FileEncoding("utf-16-le", guessed=True)
        if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
            return FileEncoding("utf-16-be", guessed=True)
    return None


def detect_file_encoding(stream: BinaryIO) -> FileEncoding:
    """Read ``stream`` (seekable, at 0) once in chunks, leave it at 0, return its encoding."""
    head = stream.read(SNIFF_BYTES)
    found = sniff_bom_or_utf16(head)
    if found is not None:
        stream.seek(0)
        return found
    decoder = codecs.getincrementaldecoder(UTF8)()
    chunk = head
    valid = True
    while chunk:
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError:
            valid = False
            break
        chunk = stream.read(CHUNK_BYTES)
    if valid:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    stream.seek(0)
    if valid:
        return FileEncoding(UTF8)
    sample = stream.read(_GUESS_SAMPLE_BYTES)
    stream.seek(0)
    return FileEncoding(guess_8bit_codec(sample), guessed=True)


_JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]")

# The 8-bit code pages address books come in, in the order a tie is decided (Western
# European first: German, French, Spanish, Danish … text reads the same in several).
CODE_PAGES = (WINDOWS_1252, "cp1250", "cp1251", "cp1257", "cp1253", "cp1254", SHIFT_JIS)
# The letters of each code page's languages (lower case). Short samples of contact data
# are too little for charset-normalizer to tell Windows-1250 from 1252 or 1257 (measured:
# Polish came out as 1252, German as 1250, Lithuanian as 1252); the letters do.
_LETTERS = {
    WINDOWS_1252: set("äöüßéèêëàâáãåæçñóòôõøúùûíìîïýÿœš"),
    "cp1250": set("ąćęłńóśźżčďěňřšťůžáéíúýäöüßőűăâîşţĺľŕ"),
    "cp1257": set("ąčęėįšųūžāēģīķļņõäöüóåæøéś"),
    "cp1253": {chr(c) for c in range(0x3ac, 0x3d0)},
    "cp1254": set("çğıöşüâîûéèêëàáóòôúùíìïñß"),
}
# Marks ordinary text uses in any code page: neither for nor against one.
_NEUTRAL = set("„“”‚‘’–—…€•·°§«»©®™\u00a0")
_SAMPLE_FOR_NORMALIZER = 512 * 1024


def _in_alphabet(codec: str, ch: str) -> bool:
    low = ch.lower()
    if codec == "cp1251":
        return "\u0400" <= low <= "\u04ff"
    if codec == SHIFT_JIS:
        return bool(_JAPANESE.match(ch))
    return low in _LETTERS[codec]


_NON_ASCII_RUN = re.compile(r"([A-Za-z]?)([^\x00-\x7f]+)([A-Za-z]?)")
_OTHER_SCRIPT = frozenset({"cp1251", "cp1253", SHIFT_JIS})  # not written in Latin letters


def _letters_score(codec: str, text: str) -> int:
    """Characters outside ASCII that are letters of the code page's languages, minus
    twice those that are not (a "£" or "³" where a Polish "Ł" or "ł" was meant, a
    Cyrillic letter inside a Latin word)."""
    score = 0
    for before, run, after in _NON_ASCII_RUN.findall(text):
        mixed = codec in _OTHER_SCRIPT and bool(before or after)
        for ch in run:
            if ch in _NEUTRAL:
                continue
            score += 1 if _in_alphabet(codec, ch) and not mixed else -2
    return score


def guess_8bit_codec(sample: bytes) -> str:
    """The code page of 8-bit text without a declared encoding: charset-normalizer
    proposes the code pages (of ``CODE_PAGES``) in which the bytes read as text; of those
    the one whose languages' letters the text consists of wins; Windows-1252 when none."""
    import charset_normalizer  # only for 8-bit files: it takes a moment to load

    cut = sample.rfind(b"\n")
    if 0 < cut < len(sample) - 1 and len(sample) >= _GUESS_SAMPLE_BYTES:
        sample = sample[:cut]  # do not judge a multi-byte character cut at the end
    proposed = {match.encoding for match in charset_normalizer.from_bytes(
        sample[:_SAMPLE_FOR_NORMALIZER], cp_isolation=list(CODE_PAGES))}
    # Only the bytes outside ASCII tell code pages apart; judge those (and their lines).
    best, best_score = WINDOWS_1252, None
    for codec in CODE_PAGES:
        if codec not in proposed and codec != WINDOWS_1252:
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _letters_score(codec, text)
        if best_score is None or score > best_score:
            best, best_score = codec, score
    return best


# Code pages in words for people: the name, and the languages written in it (marked for
# translation in the "ImportIssue" context).
CODE_PAGE_LANGUAGES = {
    WINDOWS_1252: "Western European: German, French, Spanish, Italian, Dutch, Danish …",
    "cp1250": "Central European: Polish, Czech, Slovak, Hungarian, Croatian, Slovenian, "
              "Romanian",
    "cp1251": "Cyrillic: Russian, Ukrainian, Bulgarian, Serbian",
    "cp1257": "Baltic: Lithuanian, Latvian, Estonian",
    "cp1253": "Greek",
    "cp1254": "Turkish",
    SHIFT_JIS: "Japanese",
}
# What a value damaged UTF-8 was read as: a declared charset's fallback names it as its
# {encoding} (a word for people, translated where the sentence is made).
UTF8_DAMAGED = QT_TRANSLATE_NOOP("ImportIssue", "UTF-8 (invalid bytes kept as \\xNN)")
CODE_PAGE_NAMES = {
    UTF8: "UTF-8", WINDOWS_1252: "Windows-1252", "cp1250": "Windows-1250",
    "cp1251": "Windows-1251", "cp1257": "Windows-1257", "cp1253": "Windows-1253",
    "cp1254": "Windows-1254", SHIFT_JIS: "Shift_JIS",
    "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
}


@lru_cache(maxsize=256)
def normalise_charset(name: str) -> str | None:
    """A declared CHARSET as a Python codec name, or None when Python knows no such codec."""
    try:
        codec = codecs.lookup(name.strip().strip('"')).name
    except (LookupError, ValueError):
        return None
    # Declared Latin-1 is, in practice, Windows-1252 (the WHATWG rule): a superset.
    return WINDOWS_1252 if codec in ("iso8859-1", "latin-1") else codec


class DecodedValue(NamedTuple):
    text: str
    problem: str = ""  # an ISSUE_TEXTS code when something was guessed
    detail: str = ""
    says: str = ""  # the problem as a sentence: report.DETAIL_TEXTS key and its params
    params: tuple[tuple[str, str], ...] = ()


def decode_value(raw: bytes, declared: str, file_codec: str,
                 guessed: Callable[[DecodedValue], None] | None = None) -> str:
    """Decode one vCard value per its CHARSET, falling back when it lies; ``guessed``
    hears of every fallback that is a guess (to say so). The common cases, ASCII and
    valid UTF-8 declared so or not at all, cost one decode: a vCard import decodes
    every non-ASCII value here."""
    if raw.isascii():
        return raw.decode("ascii")
    if not declared:
        try:
            return raw.decode(UTF8)  # what _decode_undeclared tries first
        except UnicodeDecodeError:
            decoded = _decode_undeclared(raw, file_codec, skip=UTF8)
    else:
        codec = normalise_charset(declared)
        if codec is None:
            fallback = _decode_undeclared(raw, file_codec)
            decoded = DecodedValue(
                fallback.text, "charset_unknown",
                f"CHARSET={declared} unknown; read as {_label(fallback.detail)}",
                "value_charset_unknown",
                (("charset", declared), ("encoding", _label(fallback.detail))))
        else:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                fallback = _decode_undeclared(raw, file_codec, skip=codec)
                decoded = DecodedValue(
                    fallback.text, "charset_mislabelled",
                    f"CHARSET={declared} but the bytes are not {declared}; "
                    f"read as {_label(fallback.detail)}", "value_charset_wrong",
                    (("charset", declared), ("encoding", _label(fallback.detail))))
    if decoded.problem and guessed is not None:
        guessed(decoded)
    return decoded.text


def _label(codec: str) -> str:
    return CODE_PAGE_NAMES.get(codec, codec)


def _decode_undeclared(raw: bytes, file_codec: str, skip: str = "") -> DecodedValue:
    """No (usable) CHARSET: UTF-8 if it is valid, then the file's encoding, then cp1252.

    ``detail`` carries the codec that was used; ``problem`` is set when it was a guess the
    file-level detection did not already report.
    """
    for codec in (UTF8,) if file_codec == UTF8 else (UTF8, file_codec):
        if codec == skip:
            continue
        try:
            return DecodedValue(raw.decode(codec), detail=codec)
        except UnicodeDecodeError:
            continue
    if _mostly_utf8(raw):
        return DecodedValue(raw.decode(UTF8, "backslashreplace"), "encoding_guessed",
                            UTF8_DAMAGED, "value_utf8_damaged")
    return DecodedValue(raw.decode(WINDOWS_1252, "contactvault-latin1"), "encoding_guessed",
                        WINDOWS_1252, "value_read_as", (("encoding", "Windows-1252"),))


def _mostly_utf8(raw: bytes) -> bool:
    text = raw.decode(UTF8, "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good >= 2 * bad


class Utf16ToUtf8:
    """A read-only byte stream that turns a UTF-16 stream into UTF-8, chunk by chunk.

    The vCard reader works on bytes; converting UTF-16 input up front keeps it one reader
    and keeps memory flat. Unpaired surrogates become U+FFFD rather than stopping the read.
    """

    def __init__(self, raw: BinaryIO, codec: str, skip: int = 0) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(codec)("replace")
        if skip:
            raw.read(skip)
        self._done = False

    def read(self, size: int = -1) -> bytes:  # noqa: D401 - file protocol
        out = b""
        while not out and not self._done:
            data = self._raw.read(CHUNK_BYTES if size is None or size < 0 else max(size, 2))
            self._done = not data
            out = self._decoder.decode(data, final=self._done).encode(UTF8, "surrogatepass")
        return out
