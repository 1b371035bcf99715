"""The vCard writer (export/vcard_writer.py, export/vcard_text.py): the exact form of a
card, escaping and folding, the policy check inside the writer, the atomic file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from contactvault import errors, phones
from contactvault.consent.policy import PolicySettings
from contactvault.export import vcard_text, vcard_writer
from contactvault.export.vcard_writer import CardNumber, CardSource
from contactvault.model import StructuredName
from tests.core.consent_helpers import NOW, event, unfold

UID = "0c842621-fd0d-4749-bf0e-df65f7c13918"
NO_NAME = StructuredName()


def source(name="Anna Adler", *, e164s=("+491711000001",), kind="granted", category="customer",
           structured=NO_NAME, organisation="", uid=UID) -> CardSource:
    return CardSource(uid, name, structured, organisation, category, tuple(
        CardNumber(phones.normalise(e), (event(kind, NOW - timedelta(days=3), e,
                                               with_notice=kind == "granted"),))
        for e in e164s))


def render(*sources, **kw):
    return vcard_writer.render(sources, PolicySettings(), NOW, **kw)


def test_minimal_card_exactly():
    text, cards = render(source(structured=StructuredName(family="Adler", given="Anna"),
                                organisation="Adler GmbH"))
    assert text == ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Adler\r\nN:Adler;Anna;;;\r\n"
                    "TEL;TYPE=CELL:+491711000001\r\n"
                    f"UID:{UID}\r\nEND:VCARD\r\n")
    assert cards[0].shown_name == "Anna Adler" and cards[0].numbers[0][1].eligible


def test_organisation_only_by_setting_and_as_one_component():
    text, _ = render(source(organisation="Müller; Söhne, KG"), include_organisation=True)
    assert "ORG:Müller\\; Söhne\\, KG\r\n" in text


def test_landline_is_voice_and_duplicates_are_written_once():
    text, cards = render(source(e164s=("+496311234567", "+491711000001", "+496311234567")))
    assert "TEL;TYPE=VOICE:+496311234567\r\nTEL;TYPE=CELL:+491711000001\r\n" in text
    assert len(cards[0].numbers) == 2


def test_no_name_falls_back_to_organisation_then_number():
    text, cards = render(source("", organisation="Glaserei"))
    assert "FN:Glaserei\r\nN:;Glaserei;;;\r\n" in text
    text, cards = render(source("  \n "))
    assert cards[0].shown_name == "+49 171 1000001"


def test_non_uuid_uid_becomes_a_stable_uuid():
    text1, c1 = render(source(uid="google;id with spaces\\x"))
    text2, c2 = render(source(uid="google;id with spaces\\x"))
    assert c1[0].card_uid == c2[0].card_uid and len(c1[0].card_uid) == 36
    assert "google" not in text1


@pytest.mark.parametrize("kind,category", [("revoked", "customer"), ("requested", "customer"),
                                           ("implied", "customer"), ("granted", "private")])
def test_writer_refuses_what_the_policy_refuses(kind, category):
    good = source("Good", e164s=("+491711000002",))
    bad = source("Bad", kind=kind, category=category)
    with pytest.raises(errors.NotEligible) as err:
        render(good, bad)
    assert "+491711000001" in err.value.message()


def test_writer_refuses_an_unusable_number_even_with_consent():
    bad = CardSource(UID, "X", StructuredName(), "", "customer", (
        CardNumber(phones.normalise("+49 123"), (event("granted", NOW, "+49123"),)),))
    with pytest.raises(errors.NotEligible):
        render(bad)


def test_a_card_needs_a_number():
    with pytest.raises(errors.InvalidArgument):
        render(CardSource(UID, "X", StructuredName(), "", "customer", ()))


def test_tel_value_only_e164():
    assert vcard_text.tel_value("+491711000001") == "+491711000001"
    for bad in ["+49 171", "491711000001", "+49171\r\nFN:x", "", "+0123"]:
        with pytest.raises(ValueError):
            vcard_text.tel_value(bad)


@pytest.mark.parametrize("raw,escaped", [
    ("a,b;c\\d", "a\\,b\\;c\\\\d"),
    ("zwei\r\nZeilen\rund\nmehr", "zwei\\nZeilen\\nund\\nmehr"),
    ("VT\x0bFF\x0cNEL\x85LS\u2028PS\u2029", "VT\\nFF\\nNEL\\nLS\\nPS\\n"),
    ("NUL\x00BEL\x07ESC\x1bDEL\x7fC1\x9f", "NULBELESCDELC1"),
    ("tab\there", "tab here"),
    ("surrogate\ud800x\ufffe\U0010ffff", "surrogatex"),
    ("emoji 😀 ß ü", "emoji 😀 ß ü"),
])
def test_escape_text(raw, escaped):
    assert vcard_text.escape_text(raw) == escaped


def test_folding_at_75_octets_never_inside_utf8_or_escape():
    value = ("ä\\," * 40) + ("😀" * 30) + ("x\\n" * 30)
    folded = vcard_text.fold("FN:" + value)
    physical = folded.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert all(line.startswith(" ") for line in physical[1:])
    for line in physical[:-1]:  # no piece ends with the first half of an escape pair
        trailing = len(line) - len(line.rstrip("\\"))
        assert trailing % 2 == 0
    assert unfold(folded) == ["FN:" + value]


def test_every_line_of_a_long_card_is_folded():
    text, _ = render(source("Ä" * 200, structured=StructuredName(family="ü" * 90,
                                                                   given="x" * 80)),
                     include_organisation=True)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
