"""search.SearchIndex answers exactly what Query.matches answers row by row: on a
generated address book with umlauts, case, ß, e-mails and numbers in many notations,
for every query a person might type on the way to a name or number."""

from __future__ import annotations

import random
from itertools import compress

import pytest

from contactvault import phones, search

GIVEN = ["Anna", "Jürgen", "Özlem", "ÖMER", "Zoë", "Zoe", "Åsa", "Éric", "Łukasz", "Chen",
         "Straße", "Ärne", "ﬁona", "李", "Ὀδυσσεύς"]
FAMILY = ["Müller", "MÜLLER", "Mueller", "Weiß", "Weiss", "Öztürk", "Ähler", "Schmidt",
          "Zimmermann", "O'Neil", "Dupont-Lefèvre"]
ORGS = ["", "Bäckerei Huber", "Elektro Kraus GmbH", "Praxis Dr. Lang", "Steuerbüro 12"]
NUMBERS = ["0171 2345678", "+49 30 1234567", "0043 1 5551234", "+44 20 7946 0958",
           "(0621) 12 34 56", "+1 212 555 0100", "12345", "+41 44 668 18 00", "030/123 45-6"]


def generated_book(n: int, seed: int = 5) -> tuple[list[str], list[str]]:
    rnd = random.Random(seed)
    text, digits = [], []
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        parts = [f"{g} {f}", f"{g}  {f}", rnd.choice(ORGS)]
        if i % 4 == 0:
            parts.append(f"{g.lower()}.{f.lower()}{i}@example.de")
        if i % 9 == 0:
            parts = [""]  # a contact with nothing but a number
        text.append(search.fold(" ".join(parts)))
        keys = []
        for raw in rnd.sample(NUMBERS, rnd.randint(0, 2)):
            e164 = phones.normalise(raw, "DE").e164
            keys.append(phones.search_digits(e164, raw))
        digits.append(" ".join(keys))
    return text, digits


def brute(text: list[str], digits: list[str], query: search.Query) -> list[int]:
    return [i for i in range(len(text)) if query.matches(text[i], digits[i])]


def indexed(index: search.SearchIndex, query: search.Query) -> list[int]:
    return list(compress(range(index.size), index.rows_matching(query)))


def typed(*words: str) -> list[str]:
    """Every text on the way to typing these words, letter by letter."""
    result = []
    for word in words:
        result.extend(word[:k] for k in range(1, len(word) + 1))
    return result


QUERIES = [
    *typed("müller", "MÜLLER", "weiß", "WEISS", "zoë", "oztürk", "öztürk", "łukasz"),
    *typed("0171 23", "+49 30 12", "(0621) 123", "0043 1 555", "030/12345"),
    "anna müller", "müller anna", "huber 12", "kraus gmbh", "dr.", "o'neil", "-lef",
    "@example.de", "1@ex", "李", "ὀδυσσεύς", "ODYSSEUS", "fi", "ﬁ", "straße", "strasse",
    "12", "4930", "1234567", "99999999", "x", "q", "müllerx", " ", "",
]


@pytest.mark.parametrize("rare", [1, 50, 10**9], ids=["all-bit-sets", "mixed", "all-find"])
def test_index_equals_a_scan_of_every_row(monkeypatch, rare):
    monkeypatch.setattr(search.SubstringIndex, "RARE", rare)
    text, digits = generated_book(3000)
    index = search.SearchIndex(text, digits)
    for q in QUERIES:
        query = search.Query.parse(q)
        mask = index.rows_matching(query)
        assert len(mask) == len(text) and set(mask) <= {0, 1}
        assert indexed(index, query) == brute(text, digits, query), q


def test_typing_on_and_starting_over_give_the_same_answers():
    text, digits = generated_book(500, seed=9)
    index = search.SearchIndex(text, digits)
    fresh = {q: indexed(search.SearchIndex(text, digits), search.Query.parse(q))
             for q in ("mül", "müller", "mu", "0171", "017123")}
    for q in ("mül", "müller", "mu", "mül", "0171", "017123", "0171", "müller"):
        assert indexed(index, search.Query.parse(q)) == fresh[q], q


@pytest.mark.parametrize("rows", [
    [],
    [""],
    ["", "", "a"],
    ["abcdefgh", "abcdefg", "abcdefghi", "h abcdefgh", ""],  # separators at every offset
    ["ab " * 40, "b", "ba"],
    ["x\ud800y", "xy"],  # a lone surrogate (from a broken file) is matched as written
    ["aa", "aaa", "a a", "baaab"],
])
def test_edge_rows(rows):
    index = search.SubstringIndex(rows)
    for word in {w for r in rows for t in r.split() for w in _substrings(t)} | {"zz", "aaaa"}:
        expected = [i for i, r in enumerate(rows) if word in r]
        assert list(compress(range(len(rows)), index.rows_with(word))) == expected, word


def _substrings(token: str) -> set[str]:
    return {token[a:b] for a in range(len(token)) for b in range(a + 1, len(token) + 1)}


def test_masks_are_anded():
    assert search.and_masks([b"\x01\x01\x00", b"\x00\x01\x01"], 3) == b"\x00\x01\x00"
    assert search.and_masks([b"\x01\x00"], 2) == b"\x01\x00"


def test_rows_and_keys_must_pair_up():
    with pytest.raises(ValueError):
        search.SearchIndex(["a"], [])
