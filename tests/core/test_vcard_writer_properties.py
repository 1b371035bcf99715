"""For any name: the exported vCard reads back as meant, one card per contact, and
nothing in a name can add a property or a card — checked with a strict reader written
from the RFCs (tests/interop/cards.py) and with vobject as a second, lenient reader."""

from __future__ import annotations

import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from contactvault import clock
from contactvault.consent.policy import PolicySettings
from contactvault.export import vcard_writer
from contactvault.model import StructuredName
from tests.interop.cards import granted_source, meant, names, read_strict

structured = st.builds(StructuredName, family=names, given=names, additional=st.just(""),
                       prefix=st.sampled_from(["", "Dr.", "Frau\n"]), suffix=names)
contacts = st.lists(st.tuples(names, st.one_of(st.just(StructuredName()), structured),
                              st.integers(min_value=1, max_value=3), names),
                    min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(people=contacts, with_org=st.booleans())
def test_any_name_round_trips_and_injects_nothing(people, with_org):
    sources = [granted_source(i, fn, sn, count, org)
               for i, (fn, sn, count, org) in enumerate(people)]
    text, written = vcard_writer.render(sources, PolicySettings(), clock.now(),
                                        include_organisation=with_org)
    data = text.encode("utf-8")
    cards = read_strict(data)
    assert len(cards) == len(sources) == len(written)
    for card, src, out in zip(cards, sources, written, strict=True):
        want = meant(src)
        assert card["fn"] == want.fn == out.shown_name
        assert card["n"] == want.n
        assert card["tel"] == want.tel
        expected = ["VERSION", "FN", "N", *(["ORG"] if with_org and card_has_org(src) else []),
                    *(["TEL"] * len(want.tel)), "UID"]
        assert card["names"] == expected

    # vobject (lenient, independent) reads the same cards and values
    parsed = list(vobject.readComponents(text))
    assert len(parsed) == len(sources)
    for component, src in zip(parsed, sources, strict=True):
        want = meant(src)
        assert component.fn.value == want.fn
        n = component.n.value
        assert [n.family, n.given, n.additional, n.prefix, n.suffix] == want.n
        assert [t.value for t in component.contents.get("tel", [])] == want.tel


def card_has_org(src) -> bool:
    from tests.interop.cards import meant_text

    return bool(meant_text(src.organisation))


@settings(max_examples=100, deadline=None)
@given(name=names)
def test_output_has_no_character_a_phone_could_read_as_a_line_break(name):
    text, _ = vcard_writer.render([granted_source(1, name, StructuredName(family=name))],
                                  PolicySettings(), clock.now())
    for ch in ("\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"):
        assert ch not in text
    assert text.replace("\r\n", "").count("\r") == 0 and text.replace("\r\n", "").count("\n") == 0
