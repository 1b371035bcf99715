"""The import's fast paths give what the plain ones gave.

``phones.normalise`` works out type, validity and E.164 once per number, with
phonenumbers' type patterns precompiled; what it says must be what phonenumbers' own
``number_type``, ``is_valid_number`` and ``format_number`` say, for every region's
example numbers of every type, their near misses, and random digit strings. The
content hash strips each line's trailing blanks in one pass."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

from contactvault import phones


def _expected(parsed: phonenumbers.PhoneNumber) -> tuple[str, bool, str]:
    return (phones._TYPE_NAMES[phonenumbers.number_type(parsed)],
            phonenumbers.is_valid_number(parsed),
            phonenumbers.format_number(parsed, PhoneNumberFormat.E164))


def _samples() -> list[tuple[str, str]]:
    rng = random.Random(14)
    samples: list[tuple[str, str]] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):  # every PhoneNumberType value
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = phonenumbers.national_significant_number(example)
            code = example.country_code
            samples.append((f"+{code}{national}", region))
            samples.append((f"+{code}{national[:-1]}", region))  # one digit short
            samples.append((f"+{code}{national}9", region))  # one digit long
            samples.append((national, region))
    for region in ("DE", "AT", "CH", "IT", "GB", "US", "CA", "RU", "KZ", "FR", "NL"):
        for _ in range(400):
            size = rng.randint(4, 13)
            samples.append(("0" * rng.randint(0, 1)
                            + "".join(rng.choice("0123456789") for _ in range(size)), region))
            samples.append(("+" + "".join(rng.choice("0123456789") for _ in range(size)),
                            region))
    return samples


def test_type_validity_and_e164_are_phonenumbers_own():
    checked = 0
    for text, region in _samples():
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        assert phones._judge(parsed) == _expected(parsed), (text, region)
        checked += 1
    assert checked > 5000


def test_normalise_of_common_notations():
    number = phones.normalise("(0711) 123 4567", "DE", "work")
    assert (number.e164, number.number_type, number.valid, number.flags) == (
        "+497111234567", "fixed_line", True, ("region_assumed",))
    number = phones.normalise("+1 (650) 555-1212", "DE")
    assert (number.e164, number.valid, number.flags) == ("+16505551212", True, ())
    assert phones.normalise("+49 0 1 2", "DE").flags == ("invalid",)


def test_content_hash_is_the_line_by_line_one():
    import hashlib

    from contactvault.vault.contacts import content_hash

    def line_by_line(text: str) -> str:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        canonical = "\n".join(line.rstrip() for line in lines).strip()
        return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()

    blanks = [" ", "\t", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000",
              "\r", "\r\n", "\n", "x", "ü", "\ud800"]
    rng = random.Random(3)
    texts = ["", "BEGIN:VCARD\r\nFN:A \r\n \r\nEND:VCARD\r\n", "a\u2028 \nb\x85\r"]
    texts += ["".join(rng.choice(blanks) for _ in range(rng.randint(0, 30)))
              for _ in range(3000)]
    for text in texts:
        assert content_hash(text) == line_by_line(text), repr(text)
