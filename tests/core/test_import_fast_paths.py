"""The import's fast paths give what the plain ones gave.

``phones.normalise`` works out type, validity and E.164 once per number, with
phonenumbers' type patterns precompiled; what it says must be what phonenumbers' own
``number_type``, ``is_valid_number`` and ``format_number`` say, for every region's
example numbers of every type, their near misses, and random digit strings."""

from __future__ import annotations

import random
import sys

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat

from contactvault import phones
from contactvault.services.importing import SHARE_STEP, Share


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




def _outcome(parse, text: str, region: str):
    try:
        return parse(text, region)
    except phonenumbers.NumberParseException as error:
        return "error", error.error_type


def test_plain_numbers_are_parsed_as_phonenumbers_parses_them():
    """``phones._parse`` reads a number written with digits, spaces, ``()./-`` and a
    leading + without phonenumbers' parser; the result (or the error) must be the
    parser's: every region's example numbers in E.164, international and national
    format, with 00/011 and the country code without +, one digit short and long, read
    in their own region and in others, and random texts of those characters."""
    rng = random.Random(5)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    formats = (PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL,
               PhoneNumberFormat.NATIONAL)
    samples: list[tuple[str, str]] = []
    for region in regions:
        for kind in range(12):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            code = example.country_code
            read_in = (region, "DE", "US", rng.choice(regions))
            for text in [phonenumbers.format_number(example, f) for f in formats] + [
                    f"00{code} {nsn}", f"011 {code} {nsn}", f"{code}{nsn}", f"0{nsn}",
                    f"({nsn[:3]}) {nsn[3:]}", f"+{code} (0){nsn}", f"+{code}/{nsn}"]:
                for shown in (text, text[:-1], text + "7"):
                    samples += [(shown, other) for other in read_in]
    characters = "0123456789" * 3 + " ()./-"
    starts = ["", "+", "00", "011", "0049", "049", "49", "1", "8", "810", "0039", "39", "0"]
    for _ in range(20_000):
        text = rng.choice(starts) + "".join(rng.choice(characters)
                                            for _ in range(rng.randint(0, 18)))
        samples.append((text.strip(), rng.choice(regions + ["DE"] * 30 + ["US", "IT", "GB"])))
    plain = [(t, r) for t, r in samples if t and phones._PLAIN.fullmatch(t)]
    assert len(plain) > 30_000
    assert [(t, r) for t, r in plain
            if _outcome(phones._parse, t, r) != _outcome(phonenumbers.parse, t, r)] == []
    # What is not plain is read by the parser: letters, extensions, other characters.
    assert not any(phones._PLAIN.fullmatch(t) for t in (
        "tel:+4917112345", "0171 123 x12", "0171 123#", "0171,,12", "0171;12", "0171~1",
        "0800 FLOWERS", "(0711) 123 4567 ext. 8", "＋49 171 1", "0171–1234", " +49 171"))

def test_the_reading_stage_leaves_numbers_as_the_share_says():
    """The records whose numbers the reading process leaves to the writing one are
    spread evenly at the share asked; the share grows while the writing process waits
    longer than the reading one, shrinks in the other case, and stays within 0..1."""
    share = Share(0.25)
    assert [share.leave() for _ in range(8)] == [False, False, False, True] * 2
    assert not any(Share(0.0).leave() for _ in range(50))
    assert all(Share(1.0).leave() for _ in range(50))
    share.follow(writer_waited=0.2, reader_waited=0.01)
    assert share.value == pytest.approx(0.25 + SHARE_STEP)
    share.follow(writer_waited=0.0, reader_waited=0.3)
    share.follow(writer_waited=0.0, reader_waited=0.3)
    assert share.value == pytest.approx(0.25 - SHARE_STEP)
    for _ in range(100):
        share.follow(writer_waited=1.0, reader_waited=0.0)
    assert share.value == 1.0
    for _ in range(100):
        share.follow(writer_waited=0.0, reader_waited=1.0)
    assert share.value == 0.0


def test_the_share_follows_what_waits_in_the_pipe():
    """With a pipe whose contents can be counted: more for the writing process while
    less than an eighth of the pipe waits for it, less while more than half does, the
    same in between."""
    share = Share(0.5)
    share.follow_backlog(backlog=1000, capacity=1 << 20)
    assert share.value == pytest.approx(0.5 + SHARE_STEP)
    share.follow_backlog(backlog=300_000, capacity=1 << 20)
    assert share.value == pytest.approx(0.5 + SHARE_STEP)
    share.follow_backlog(backlog=600_000, capacity=1 << 20)
    share.follow_backlog(backlog=1 << 20, capacity=1 << 20)
    assert share.value == pytest.approx(0.5 - SHARE_STEP)
    for _ in range(100):
        share.follow_backlog(backlog=0, capacity=1 << 20)
    assert share.value == 1.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are Linux's")
def test_what_waits_in_the_pipe_is_counted():
    import multiprocessing

    from contactvault.services import importing

    receiver, sender = multiprocessing.Pipe(duplex=False)
    try:
        importing._widen(receiver)
        assert importing._pipe_bytes(sender) == (0, importing._PIPE_BYTES)
        sender.send_bytes(b"x" * 5000)
        unread, capacity = importing._pipe_bytes(sender)
        assert unread >= 5000 and capacity == importing._PIPE_BYTES
        receiver.recv_bytes()
        assert importing._pipe_bytes(sender)[0] == 0
    finally:
        receiver.close()
        sender.close()


def test_display_of_a_stored_number_is_phonenumbers_own():
    """``phones.display`` builds a stored E.164 number without phonenumbers' parser; the
    text must be what parsing and formatting give, for every region's and non-geographic
    example number, their near misses, leading zeros and national prefixes after the
    country code, and random digit strings."""
    def parsed_and_formatted(text: str) -> str:
        try:
            return phonenumbers.format_number(phonenumbers.parse(text, None),
                                              PhoneNumberFormat.INTERNATIONAL)
        except phonenumbers.NumberParseException:
            return text

    rng = random.Random(7)
    texts = [text for text, _region in _samples() if text.startswith("+")]
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            texts.append(phonenumbers.format_number(example, PhoneNumberFormat.E164))
    for _ in range(20_000):
        texts.append(f"+{rng.randint(1, 999)}{'0' * rng.randint(0, 3)}"
                     f"{rng.randint(0, 10 ** rng.randint(1, 14))}")
    texts += ["+390612345678", "+3906", "+49", "+4900", "+49000", "+1", "+0123", "0171 1"]
    assert sum(phones._stored_number(t) is not None for t in texts) > len(texts) // 2
    assert [t for t in texts if phones.display(t) != parsed_and_formatted(t)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are Linux's")
def test_the_pipe_between_the_processes_holds_several_batches():
    """The reading process can run a megabyte ahead (Linux's default pipe holds 64 KiB,
    less than one batch of records)."""
    import fcntl
    import multiprocessing

    from contactvault.services import importing

    receiver, sender = multiprocessing.Pipe(duplex=False)
    try:
        before = fcntl.fcntl(receiver.fileno(), fcntl.F_GETPIPE_SZ)
        importing._widen(receiver)
        assert before < importing._PIPE_BYTES
        assert fcntl.fcntl(sender.fileno(), fcntl.F_GETPIPE_SZ) >= importing._PIPE_BYTES
    finally:
        receiver.close()
        sender.close()
