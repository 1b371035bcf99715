"""Cut a vCard byte stream into cards, before any decoding.

Working on bytes first is what makes the rest robust: a card that cannot be decoded, or
that misses its END:VCARD, costs that card only, never the cards after it (vobject's
``readComponents`` stops at the first broken card). The scan looks for the word "vcard"
with ``bytes.find`` in a lower-cased copy of the buffer and only then looks at the line
around it, so the per-byte work stays in C and memory stays at one card plus one chunk.

Line endings: LF, CRLF and the iOS CR CR LF all end at the LF; a bare CR inside an
otherwise LF/CRLF file is part of a value (Thunderbird writes one). Only a file whose
bare CRs outnumber its LFs is read as CR-only (classic Mac).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from contactvault.importers.decoding import CHUNK_BYTES
from contactvault.importers.report import ImportIssue, Severity, shorten

MAX_CARD_BYTES = 16 * 1024 * 1024  # a card with a 10 MB photo is still read
MAX_LINE_BYTES = 8 * 1024 * 1024  # an unfolded 1 MB PHOTO line is legitimate

_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_LOWER = bytes(range(ord("a"), ord("z") + 1))
_TO_LOWER = bytes.maketrans(_UPPER, _LOWER)
_TO_LOWER_CR_AS_LF = bytes.maketrans(_UPPER + b"\r", _LOWER + b"\n")

_BEGIN = re.compile(rb"[ \t]*begin[ \t]*:[ \t]*vcard[ \t\r]*")
_END = re.compile(rb"[ \t]*end[ \t]*:[ \t]*vcard[ \t\r]*")
_AGENT_WITH_BEGIN = re.compile(
    rb"(?:[^:;]*\.)?agent(?:;[^:]*)?:[ \t]*begin[ \t]*:[ \t]*vcard[ \t\r]*")
_AGENT_EMPTY = re.compile(rb"(?:[^:;]*\.)?agent(?:;[^:]*)?:[ \t\r]*")

IssueSink = Callable[[ImportIssue], None]


def uses_cr_line_endings(data: bytes) -> bool:
    """True when bare CRs (not part of CRLF or CR CR LF) outnumber LFs."""
    lf = data.count(b"\n")
    bare_cr = data.count(b"\r") - data.count(b"\r\n") - data.count(b"\r\r\n")
    return bare_cr > lf


def split_cards(
    stream: BinaryIO,
    file: str = "",
    on_issue: IssueSink | None = None,
    cr_line_endings: bool | None = None,
) -> Iterator[tuple[int, bytes]]:
    """Yield ``(start_line, card_bytes)`` for every card, BEGIN..END, ending unchanged.

    Problems between cards (text outside any card, an oversized card) go to ``on_issue``.
    A card whose END:VCARD is missing ends where the next card begins (or at the end of
    the file); text that ends with END:VCARD but never began is yielded as a card too, so
    ``parse_card`` can recover it and say what was repaired.
    """
    return _CardScanner(stream, file, on_issue or (lambda issue: None), cr_line_endings).cards()


class _CardScanner:
    def __init__(self, stream: BinaryIO, file: str, on_issue: IssueSink,
                 cr_line_endings: bool | None) -> None:
        self.stream = stream
        self.file = file
        self.on_issue = on_issue
        self.cr_mode = cr_line_endings
        self.buf = b""  # original bytes
        self.low = b""  # lower-cased (and CR-as-LF) copy; same offsets as buf
        self.eof = False
        self.counted_at = 0  # line-number bookkeeping: line of offset counted_at
        self.counted_line = 1
        self.card_start = -1  # offset of the current card's BEGIN line, -1 outside
        self.card_line = 0
        self.depth = 0
        self.skipping = False  # inside a card that was too large; drop until its END
        self.outside_start = 0
        self.scan = 0

    # --- buffer management -------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        if offset >= self.counted_at:
            self.counted_line += self.low.count(b"\n", self.counted_at, offset)
        else:
            self.counted_line -= self.low.count(b"\n", offset, self.counted_at)
        self.counted_at = offset
        return self.counted_line

    def fill(self) -> None:
        """Drop what is no longer needed and read one more chunk (sets ``eof`` at the end)."""
        self._check_limits()
        if self.skipping:
            keep = self.low.rfind(b"\n") + 1
        elif self.card_start >= 0:
            keep = self.card_start
        else:
            keep = self.outside_start
        if keep > 0:
            self.line_of(keep)
            self.buf, self.low = self.buf[keep:], self.low[keep:]
            self.counted_at = 0
            if self.card_start >= 0:
                self.card_start -= keep
            self.outside_start = max(0, self.outside_start - keep)
            self.scan = max(0, self.scan - keep)
        chunk = self.stream.read(CHUNK_BYTES)
        if not chunk:
            self.eof = True
            return
        if self.cr_mode is None:
            self.cr_mode = uses_cr_line_endings(chunk)
        self.buf += chunk
        self.low += chunk.translate(_TO_LOWER_CR_AS_LF if self.cr_mode else _TO_LOWER)

    def _check_limits(self) -> None:
        last_lf = self.low.rfind(b"\n")
        overlong_line = len(self.low) - (last_lf + 1) > MAX_LINE_BYTES
        if self.card_start >= 0:
            if len(self.buf) - self.card_start > MAX_CARD_BYTES:
                self._skip_card(f"larger than {MAX_CARD_BYTES // 2**20} MB", "card_over_mb")
            elif overlong_line:
                self._skip_card(f"a line is longer than {MAX_LINE_BYTES // 2**20} MB",
                                "line_over_mb", MAX_LINE_BYTES)
        elif not self.skipping:
            if overlong_line or len(self.buf) - self.outside_start > MAX_CARD_BYTES:
                self._report_outside(self.outside_start, len(self.buf))
                self.outside_start = len(self.buf) if overlong_line else last_lf + 1
        if self.skipping and overlong_line:
            self.buf, self.low = self.buf[: last_lf + 1], self.low[: last_lf + 1]

    def _skip_card(self, why: str, says: str, bound: int = MAX_CARD_BYTES) -> None:
        head = self.buf[self.card_start:self.card_start + 200].decode("latin-1")
        self.on_issue(ImportIssue("card_too_large", self.file, self.card_line,
                                  Severity.ERROR, f"{why}; skipped", shorten(head), says,
                                  (("mb", str(bound // 2**20)),)))
        self.skipping = True
        self.card_start = -1

    # --- the scan ----------------------------------------------------------------------

    def cards(self) -> Iterator[tuple[int, bytes]]:
        self.fill()
        while True:
            hit = self.low.find(b"vcard", self.scan)
            line_end = -1
            if hit >= 0:
                line_end = self.low.find(b"\n", hit)
                if line_end < 0 and self.eof:
                    line_end = len(self.low)
            if line_end < 0:
                if self.eof:
                    break
                self.fill()
                continue
            line_start = self.low.rfind(b"\n", 0, hit) + 1
            self.scan = line_end + 1
            yield from self._on_line(line_start, line_end)
        yield from self._finish()

    def _on_line(self, start: int, end: int) -> Iterator[tuple[int, bytes]]:
        line = self.low[start:end]
        if _BEGIN.fullmatch(line):
            yield from self._on_begin(start)
        elif _END.fullmatch(line):
            yield from self._on_end(start, end)
        elif _AGENT_WITH_BEGIN.fullmatch(line) and (self.card_start >= 0 or self.skipping):
            self.depth += 1  # AGENT:BEGIN:VCARD — the agent's card is part of this one

    def _on_begin(self, start: int) -> Iterator[tuple[int, bytes]]:
        inside = self.card_start >= 0 or self.skipping
        if inside and self._previous_line_is_empty_agent(start):
            self.depth += 1
            return
        if self.card_start >= 0:
            # A new BEGIN while a card is open and no AGENT asked for it: END is missing.
            yield self.card_line, self._trim_end(self.buf[self.card_start:start])
        elif not self.skipping:
            self._report_outside(self.outside_start, start)
        self.skipping = False
        self.card_start = start
        self.card_line = self.line_of(start)
        self.depth = 1

    def _on_end(self, start: int, end: int) -> Iterator[tuple[int, bytes]]:
        if self.card_start >= 0 or self.skipping:
            self.depth -= 1
            if self.depth > 0:
                return
            if not self.skipping:
                yield self.card_line, self._trim_end(self.buf[self.card_start:end])
            self.skipping = False
            self.card_start = -1
            self.outside_start = end + 1
            return
        # END:VCARD with no BEGIN: the text before it may be a card that lost its BEGIN.
        region = self.buf[self.outside_start:end]
        body_offset = self._first_text_offset(self.outside_start, start)
        if body_offset is None:
            self.on_issue(ImportIssue("text_outside_card", self.file, self.line_of(start),
                                      Severity.WARNING, "END:VCARD without BEGIN:VCARD",
                                      shorten(region.strip().decode("latin-1")),
                                      "end_without_begin"))
        else:
            yield self.line_of(body_offset), self._trim_end(self.buf[body_offset:end])
        self.outside_start = end + 1

    def _finish(self) -> Iterator[tuple[int, bytes]]:
        if self.card_start >= 0:
            yield self.card_line, self._trim_end(self.buf[self.card_start:])
        elif not self.skipping:
            self._report_outside(self.outside_start, len(self.buf))

    # --- helpers -----------------------------------------------------------------------

    def _previous_line_is_empty_agent(self, start: int) -> bool:
        if start == 0:
            return False
        prev_start = self.low.rfind(b"\n", 0, start - 1) + 1
        return bool(_AGENT_EMPTY.fullmatch(self.low[prev_start:start - 1]))

    def _first_text_offset(self, begin: int, end: int) -> int | None:
        region = self.low[begin:end]
        stripped = region.lstrip()
        if not stripped:
            return None
        offset = begin + len(region) - len(stripped)
        return max(begin, self.low.rfind(b"\n", 0, offset) + 1)

    def _report_outside(self, begin: int, end: int) -> None:
        offset = self._first_text_offset(begin, end)
        if offset is None:
            return
        text = self.buf[offset:min(end, offset + 200)]
        self.on_issue(ImportIssue("text_outside_card", self.file, self.line_of(offset),
                                  Severity.WARNING, f"{end - offset} bytes",
                                  shorten(text.decode("latin-1")), "bytes_outside",
                                  (("bytes", str(end - offset)),)))

    @staticmethod
    def _trim_end(card: bytes) -> bytes:
        return card.rstrip(b"\r\n\t ")
