"""Nothing lost: cards written the way phones write them read back to the same values.

Also compares with vobject as an independent reader, on the corpus cards vobject reads
correctly (vobject is not used by the importer; see contactvault/importers/vcard.py).
"""

from __future__ import annotations

import binascii
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactvault.importers import vcard
from contactvault.importers.vcard_split import split_cards

ALPHABET = st.sampled_from(list("abcXYZ äöüÄÖÜß éñçø ,;\\:=.-'\"/ 😀🇩🇪 中文 "))
NAME = st.text(ALPHABET, max_size=24).map(str.strip)
NUMBER = st.text(st.sampled_from(list("0123456789 +-()/")), min_size=1, max_size=20).map(
    str.strip).filter(bool)


def escape_21(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;")


def escape_30(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def quoted_printable(text: str) -> str:
    # b2a_qp breaks lines at 76 with "=\n"; phones write CRLF
    encoded = binascii.b2a_qp(text.encode("utf-8"), quotetabs=True, istext=False)
    return encoded.decode("ascii").replace("=\n", "=\r\n")


def fold_bytes(line: bytes, width: int = 75) -> bytes:
    """Fold at byte positions, splitting UTF-8 sequences as careless writers do."""
    chunks = [line[i : i + width] for i in range(0, len(line), width)] or [b""]
    return b"\r\n ".join(chunks)


def card_21(family: str, given: str, fn: str, numbers: list[str]) -> bytes:
    qp = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    lines = ["BEGIN:VCARD", "VERSION:2.1",
             "N" + qp + quoted_printable(f"{escape_21(family)};{escape_21(given)};;;"),
             "FN" + qp + quoted_printable(escape_21(fn))]
    lines += [f"TEL;CELL:{number}" for number in numbers]
    return ("\r\n".join(lines + ["END:VCARD"]) + "\r\n").encode("ascii")


def card_30(family: str, given: str, fn: str, numbers: list[str]) -> bytes:
    lines = [b"BEGIN:VCARD", b"VERSION:3.0",
             f"N:{escape_30(family)};{escape_30(given)};;;".encode(),
             f"FN:{escape_30(fn)}".encode()]
    lines += [f"item{i}.TEL:{n}".encode() for i, n in enumerate(numbers)]
    return b"\r\n".join([fold_bytes(line) for line in lines] + [b"END:VCARD"]) + b"\r\n"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(family=NAME, given_name=NAME, fn=NAME, numbers=st.lists(NUMBER, min_size=1, max_size=3),
       writer=st.sampled_from([card_21, card_30]))
def test_nothing_lost(family, given_name, fn, numbers, writer):
    data = writer(family, given_name, fn or "x", numbers)
    contact, issues = vcard.parse_card(data, 1, "book.vcf", "utf-8")
    assert not issues, issues
    assert contact is not None
    assert contact.formatted_name == (fn or "x")
    assert (contact.name.family, contact.name.given) == (family, given_name)
    assert [p.raw for p in contact.phones] == numbers


@given(st.lists(st.tuples(NAME, NUMBER), min_size=1, max_size=5))
def test_split_then_parse_keeps_every_card(people):
    import io

    data = b"".join(card_30(family, "", family or "x", [number]) for family, number in people)
    cards = list(split_cards(io.BytesIO(data)))
    assert len(cards) == len(people)
    parsed = [vcard.parse_card(card, line, "f", "utf-8")[0] for line, card in cards]
    assert [c.phones[0].raw for c in parsed] == [number for _, number in people]


# --- vobject as an independent reader ---------------------------------------------------

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def _vobject_cards():
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*.vcf"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", _vobject_cards(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_agrees_with_vobject_where_vobject_reads_the_card(path):
    vobject = pytest.importorskip("vobject")
    import io

    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("vobject needs text; this file is not UTF-8")
    checked = 0
    for line, card_bytes in split_cards(io.BytesIO(data)):
        ours, _ = vcard.parse_card(card_bytes, line, str(path), "utf-8")
        try:
            theirs = vobject.readOne(card_bytes.decode("utf-8"), allowQP=True)
        except Exception:  # noqa: BLE001 - vobject fails on many real cards; that is the point
            continue
        version = theirs.contents.get("version", [None])[0]
        if version is not None and version.value.startswith("2"):
            continue  # vobject cuts 2.1 text at commas; it is not a reference there
        if "fn" in theirs.contents:
            if "," in ours.formatted_name:
                # vobject cuts FN at an unescaped comma even in 3.0 (Gmail writes one)
                assert ours.formatted_name.startswith(theirs.fn.value.strip())
            else:
                assert ours.formatted_name == theirs.fn.value.strip()
        their_numbers = sorted(t.value for t in theirs.contents.get("tel", []) if t.value.strip())
        assert sorted(p.raw for p in ours.phones) == their_numbers
        checked += 1
    if not checked:
        pytest.skip(f"vobject reads no 3.0/4.0 card of {path.name}")
    assert text
