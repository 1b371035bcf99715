"""Text from outside (names, numbers, file names) made safe to show on a terminal.

A name or file name can hold control characters: an ANSI escape sequence rewrites what
the terminal shows, a carriage return hides what came before it, bidirectional controls
reorder it. ``printable`` is the one function that shows such characters escaped
(``\\x1b[31m``); every line the command line prints of user data goes through it.

File names are bytes on POSIX: a name that is not UTF-8 reaches Python with its odd
bytes as lone surrogates (``surrogateescape``), which no terminal, SQLite or JSON can
take. ``path_text`` gives the readable form with those bytes as ``\\xNN`` — the form a
file name is reported and recorded in — while the file itself is still opened by its
real name.
"""

from __future__ import annotations

import os
import re

# C0 and C1 controls, DEL, the bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM/ALM),
# line and paragraph separators, and lone surrogates (undecodable file-name bytes).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff]")
_UNSAFE_KEEP_NEWLINES = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown escaped; with ``keep_newlines``,
    line feeds stay (for text the program lays out in lines itself)."""
    pattern = _UNSAFE_KEEP_NEWLINES if keep_newlines else _UNSAFE
    return pattern.sub(_escape, text)


def path_text(path: os.PathLike[str] | str) -> str:
    """A file name as text that any terminal, database or JSON takes: bytes that are not
    UTF-8 become ``\\xNN``; everything else stays as it is (escape it with
    ``printable`` when showing it)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")
