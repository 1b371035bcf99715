"""Phone numbers as people write them: the German local notations are read right and not
flagged; doubtful ones are flagged for the reason that applies, and only that one."""

from __future__ import annotations

import pytest

from contactvault import phones

# raw text, region, expected E.164, expected flags (region_assumed is not a doubt: it only
# says the number had no country code; it does not stop a number from being used)
NOTATIONS = [
    # German local notations: area code in parentheses, slashes, dashes, spaces
    ("(0711) 123 4567", "DE", "+497111234567", {"region_assumed"}),
    ("(040) 555 0199", "DE", "+49405550199", {"region_assumed"}),
    ("(030) 123-456", "DE", "+4930123456", {"region_assumed"}),
    ("(089) 234 5678", "DE", "+49892345678", {"region_assumed"}),
    ("(0 711) 12 34 56", "DE", "+49711123456", {"region_assumed"}),
    ("0711/123456", "DE", "+49711123456", {"region_assumed"}),
    ("089/1234-567", "DE", "+49891234567", {"region_assumed"}),
    ("0711-123456", "DE", "+49711123456", {"region_assumed"}),
    ("030 12345678", "DE", "+493012345678", {"region_assumed"}),
    ("0151 2345 6789", "DE", "+4915123456789", {"region_assumed"}),
    ("(0151) 23456789", "DE", "+4915123456789", {"region_assumed"}),
    ("0151/23456789", "DE", "+4915123456789", {"region_assumed"}),
    # international forms
    ("+49 (0)711 123456", "DE", "+49711123456", set()),
    ("+49 711 123456", "DE", "+49711123456", set()),
    ("0049 711 123456", "DE", "+49711123456", set()),
    ("+43 1 234567", "DE", "+431234567", set()),
    ("0043 1 234567", "DE", "+431234567", set()),
    ("+41 44 668 18 00", "DE", "+41446681800", set()),
    ("+44 20 7946 0018", "DE", "+442079460018", set()),
    ("+1 650 555 1212", "DE", "+16505551212", set()),
    # local numbers of other regions, read in their own region
    ("01 23 45 67 89", "FR", "+33123456789", {"region_assumed"}),
    ("(650) 555-1212", "US", "+16505551212", {"region_assumed"}),
]

# Written the North American way but read as German: doubtful, not usable.
NORTH_AMERICAN = ["(650) 555-1212", "650-555-1212", "650.555.1212", "1 650 555 1212"]


@pytest.mark.parametrize("raw, region, e164, flags", NOTATIONS)
def test_notations_are_read_and_flagged_only_where_doubtful(raw, region, e164, flags):
    number = phones.normalise(raw, region)
    assert number.e164 == e164
    assert set(number.flags) == flags
    assert phones.usable(number)
    assert number.raw == raw  # the raw text is always kept


@pytest.mark.parametrize("raw", NORTH_AMERICAN)
def test_north_american_shapes_read_in_germany_are_doubtful(raw):
    number = phones.normalise(raw, "DE")
    assert "north_american_format" in number.flags
    assert not phones.usable(number)


@pytest.mark.parametrize("raw, flag", [
    ("49 711 1234567", "missing_plus"),
    ("+1-800-MYFAX", "letters"),
    ("0711 123456p99", "dial_string"),
    ("123456", "invalid"),
    ("n/a", "unparsable"),
    ("", "empty"),
])
def test_doubtful_numbers_say_why(raw, flag):
    number = phones.normalise(raw, "DE")
    assert flag in number.flags


def test_an_import_names_a_flagged_numbers_reasons_in_words():
    from contactvault.i18n import speaking
    from contactvault.importers.report import ImportIssue, Severity

    issue = ImportIssue("invalid_number", "kunden.vcf", 12, Severity.WARNING,
                        detail="region_assumed, invalid", raw="123456")
    with speaking("de"):
        german = issue.describe()
    assert "keine gültige Nummer" in german and "Ländervorwahl" in german
    assert german.index("keine gültige Nummer") < german.index("Ländervorwahl")
    assert "region_assumed" not in german and "invalid" not in german
    with speaking("en"):
        assert "not a valid number" in issue.describe()


# Characters nobody sees: WhatsApp and iOS wrap a number in direction marks (U+202A …
# U+202C, U+2068 … U+2069) when it is shown in a right-to-left context, and a number
# copied from there keeps them; a database export may part the digits with a control.
INVISIBLE = [
    ("\u202a+49 171 5551234\u202c", "+491715551234", set()),
    ("\u2068+49 171 5551234\u2069", "+491715551234", set()),
    ("\u200e+49 30 1234567", "+49301234567", set()),
    ("+49 171\u200b555\u00ad1234", "+491715551234", set()),
    ("\ufeff0711 123456", "+49711123456", {"region_assumed"}),
    ("0171\t5551234", "+491715551234", {"region_assumed"}),
    ("0171\x1f555 1234", "+491715551234", {"region_assumed"}),
]


@pytest.mark.parametrize("raw, e164, flags", INVISIBLE)
def test_invisible_and_control_characters_do_not_make_a_number_doubtful(raw, e164, flags):
    number = phones.normalise(raw, "DE")
    assert (number.e164, set(number.flags)) == (e164, flags)
    assert phones.usable(number)
    assert number.raw == raw  # kept as it came, marks and all


def test_a_text_of_only_invisible_characters_is_no_number():
    number = phones.normalise("\u202a\u202c\u200b", "DE")
    assert number.e164 is None and number.flags == ("empty",)
