"""How "find a contact" works, for the CLI and the GUI alike.

A query with letters is text: it matches a contact when every word of it is found in
the contact's text (names, organisation, e-mails, case-folded), so "kunde 1" looks for
"1" in the name. A query of digits only (with spaces, +, -, /, parentheses) is a
number: its digits must appear in one of the contact's number keys (E.164 without
'+', the national form with its leading 0, the raw digits). So "0171 12" finds
+49 171 12…
Haystacks are built once per contact; a query is then a few ``in`` tests per row, or,
for the desktop app's table of many rows, one SearchIndex question (below) that gives
the same answer for all rows at once.
"""

from __future__ import annotations

import bisect
import unicodedata
from array import array
from dataclasses import dataclass

from contactvault import phones as phone_rules
from contactvault.model import Contact


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def text_haystack(contact: Contact) -> str:
    parts = [contact.display_name(), contact.name.formatted(), contact.organisation,
             contact.title, *(e.value for e in contact.emails)]
    return fold(" ".join(p for p in parts if p))


def digit_haystack(contact: Contact) -> str:
    return " ".join(phone_rules.search_digits(p.e164, p.raw) for p in contact.phones)


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # folded words without digits
    digits: str  # all digits of the query, joined ("0171 12" -> "017112")

    @classmethod
    def parse(cls, text: str) -> Query:
        folded = fold(text).split()
        if any(ch.isalpha() for ch in text):
            return cls(tuple(folded), "")
        return cls((), phone_rules.digits(text))

    @property
    def empty(self) -> bool:
        return not self.words and not self.digits

    def matches(self, text_hay: str, digit_hay: str) -> bool:
        if self.digits and self.digits not in digit_hay:
            return False
        return all(w in text_hay for w in self.words)


def filter_contacts(contacts: list[Contact], text: str) -> list[Contact]:
    query = Query.parse(text)
    if query.empty:
        return contacts
    return [c for c in contacts if query.matches(text_haystack(c), digit_haystack(c))]


# -- an index for many rows ---------------------------------------------------------------
# A keystroke in the desktop app's filter must answer for 100 000 rows within a few
# milliseconds, result lists of 100 000 rows included. A Python loop over the rows takes
# 5-10 ms at that size, so the index answers with whole-set operations that run in C:
# integers as bit sets (shift, and, add), bytes methods and itertools.compress.

_PAD = 0x20  # space: never part of a token, so never part of a query word
_MARKED = bytes.maketrans(b"\x02\x03", b"\x00\x01")  # see SubstringIndex._rows_of
# for bit j of a byte value: b"1" where the value has it, b"0" where not
_PLANES = [bytes(b"01"[v >> j & 1] for v in range(256)) for j in range(8)]


class SubstringIndex:
    """Which rows contain a string inside one of their whitespace-separated tokens.

    Every row's distinct tokens are laid out in one UTF-8 byte string, each row followed
    by a separator (a space) on a byte boundary of the bit positions. For every frequent
    byte value the index keeps the bit set of its positions, so the occurrences of a word
    are the AND of those sets, each shifted by the byte's place in the word (exact:
    UTF-8 matches only whole characters, and a word holds no space). Adding the
    occurrences to a set of ones that stops at every separator carries a one into the
    separator of each row with an occurrence; bytes.translate then keeps one byte per
    row. Words with a rare byte are found with bytes.find instead. Rows are answered as
    a mask: ``bytes`` with 1 for a matching row, 0 otherwise.
    """

    RARE = 2048  # a byte value found fewer times than this gets no bit set

    def __init__(self, rows: list[str]) -> None:
        self.size = len(rows)
        encoded = [" ".join(dict.fromkeys(row.split())).encode("utf-8", "surrogatepass")
                   for row in rows]
        blocks, starts, separators, at = [], [], bytearray(), 0
        spaces = [b" " * k for k in range(1, 9)]
        for token_bytes in encoded:
            starts.append(at)
            end = at + len(token_bytes)
            pad = -end % 8  # the separator at a multiple of 8
            blocks.append(token_bytes + spaces[pad])
            separators.extend(bytes((end + pad >> 3) - len(separators)))
            separators.append(1)
            at = end + pad + 1
        blocks.append(spaces[7])  # room for the marks behind the last separator
        self._text = text = b"".join(blocks)
        self._starts = array("q", starts)  # where each row begins (8 bytes, not an int object)
        self._bytes = (len(text) + 7) >> 3
        self._separators = sep = int.from_bytes(separators, "little")
        self._marks = sep << 1
        everything = (1 << len(text)) - 1
        self._ones = everything ^ sep
        # the positions of each bit of the byte values, then of each frequent value
        reverse = text[::-1]
        planes = [int(reverse.translate(_PLANES[j]), 2) for j in range(8)]
        del reverse
        present = set(text)
        present.discard(_PAD)
        self._counts: dict[int, int] = {}
        self._bits: dict[int, int] = {}
        for value in present:
            bits = everything
            for j in range(8):
                bits &= planes[j] if value >> j & 1 else planes[j] ^ everything
            count = bits.bit_count()
            self._counts[value] = count
            if count >= self.RARE:
                self._bits[value] = bits
        self._last: tuple[bytes, int] | None = None  # the previous word and its occurrences

    def rows_with(self, word: str) -> bytes:
        """The mask of rows whose tokens contain ``word`` (which holds no whitespace)."""
        key = word.encode("utf-8", "surrogatepass")
        if not key:
            return b"\x01" * self.size
        if any(self._counts.get(b, 0) == 0 for b in key):
            return bytes(self.size)
        if not all(b in self._bits for b in key):
            return self._rows_by_search(key)
        occurrences = self._occurrences(key)
        return self._rows_of(occurrences)

    def _occurrences(self, key: bytes) -> int:
        bits = self._bits
        first = 1
        occurrences = bits[key[0]]
        last = self._last
        if last is not None and key.startswith(last[0]):  # typing on: start from there
            first, occurrences = len(last[0]), last[1]
        for k in range(first, len(key)):
            if not occurrences:
                break
            occurrences &= bits[key[k]] >> k
        self._last = (key, occurrences)
        return occurrences

    def _rows_of(self, occurrences: int) -> bytes:
        if not occurrences:
            return bytes(self.size)
        sep = self._separators
        flags = ((self._ones + occurrences) & sep) | self._marks
        return flags.to_bytes(self._bytes, "little").translate(_MARKED, b"\x00")

    def _rows_by_search(self, key: bytes) -> bytes:
        mask = bytearray(self.size)
        text, starts, find = self._text, self._starts, self._text.find
        at = find(key)
        while at >= 0:
            row = bisect.bisect_right(starts, at) - 1
            mask[row] = 1
            at = find(key, starts[row + 1] if row + 1 < len(starts) else len(text))
        return bytes(mask)


class SearchIndex:
    """The rows matching a Query, for many rows at once: rows_matching() equals
    ``[Query.matches(text[i], digits[i]) for i in rows]`` as a mask."""

    def __init__(self, text_haystacks: list[str], digit_haystacks: list[str]) -> None:
        if len(text_haystacks) != len(digit_haystacks):
            raise ValueError("one text and one digit haystack per row")
        self.size = len(text_haystacks)
        self._text = SubstringIndex(text_haystacks)
        self._digits = SubstringIndex(digit_haystacks)

    def rows_matching(self, query: Query) -> bytes:
        masks = []
        if query.digits:
            masks.append(self._digits.rows_with(query.digits))
        masks.extend(self._text.rows_with(w) for w in query.words)
        if not masks:
            return b"\x01" * self.size
        return and_masks(masks, self.size)


def and_masks(masks: list[bytes], size: int) -> bytes:
    """The rows set in every mask (masks of 0 and 1 bytes, ``size`` long)."""
    if len(masks) == 1:
        return masks[0]
    result = int.from_bytes(masks[0], "little")
    for mask in masks[1:]:
        result &= int.from_bytes(mask, "little")
    return result.to_bytes(size, "little")
