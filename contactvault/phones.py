"""The one place phone numbers are parsed, normalised and judged.

Every number keeps its raw text. ``phonenumbers`` does the parsing, but it is trusting
in ways that matter here, so doubtful parses carry flags instead of passing silently:
with region DE it reads ``(650) 555-1212`` as a German number, it drops Android's
pause/wait dial characters (``p1234p5678w9``) and it turns letters into digits
(``+1-800-MYFAX``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.model import PhoneNumber

DEFAULT_REGION = "DE"

# Flags: why a parse is doubtful. Keys are stable (stored in the vault); texts are for people.
FLAG_TEXTS = {
    "empty": QT_TRANSLATE_NOOP("PhoneFlag", "no number given"),
    "unparsable": QT_TRANSLATE_NOOP("PhoneFlag", "not readable as a phone number"),
    "invalid": QT_TRANSLATE_NOOP("PhoneFlag", "not a valid number"),
    "letters": QT_TRANSLATE_NOOP("PhoneFlag", "contains letters (read as keypad digits)"),
    "dial_string": QT_TRANSLATE_NOOP(
        "PhoneFlag", "contains pause/wait or extension characters (kept in the raw text)"
    ),
    "north_american_format": QT_TRANSLATE_NOOP(
        "PhoneFlag", "written like a North American number but read in the default region"
    ),
    "missing_plus": QT_TRANSLATE_NOOP(
        "PhoneFlag", "starts with a country code but has no + or 00 in front"
    ),
    "region_assumed": QT_TRANSLATE_NOOP(
        "PhoneFlag", "no country code; the default region was assumed"
    ),
}

# Flags that make a number unusable for WhatsApp (the policy reads this through `usable`).
BLOCKING_FLAGS = frozenset(
    {"empty", "unparsable", "invalid", "letters", "north_american_format", "missing_plus"}
)

_TYPE_NAMES = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal_number",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
    PhoneNumberType.UNKNOWN: "unknown",
}

TYPE_TEXTS = {
    "mobile": QT_TRANSLATE_NOOP("PhoneType", "mobile"),
    "fixed_line": QT_TRANSLATE_NOOP("PhoneType", "landline"),
    "fixed_line_or_mobile": QT_TRANSLATE_NOOP("PhoneType", "landline or mobile"),
    "toll_free": QT_TRANSLATE_NOOP("PhoneType", "toll-free"),
    "premium_rate": QT_TRANSLATE_NOOP("PhoneType", "premium rate"),
    "shared_cost": QT_TRANSLATE_NOOP("PhoneType", "shared cost"),
    "voip": QT_TRANSLATE_NOOP("PhoneType", "VoIP"),
    "personal_number": QT_TRANSLATE_NOOP("PhoneType", "personal number"),
    "pager": QT_TRANSLATE_NOOP("PhoneType", "pager"),
    "uan": QT_TRANSLATE_NOOP("PhoneType", "company number"),
    "voicemail": QT_TRANSLATE_NOOP("PhoneType", "voicemail"),
    "unknown": QT_TRANSLATE_NOOP("PhoneType", "unknown"),
}

_LETTERS = re.compile(r"[A-Za-z]")
# Android/GSM dial-string controls: p/P or ',' = pause, w/W or ';' = wait, x/ext = extension.
_DIAL_CONTROL = re.compile(r"(?i)(?<=[\d\s)])\s*(?:[pw,;]|x|ext\.?)\s*\d")
# A North American number: area code and exchange each start with 2-9 (NANP rules), so
# German local notation such as "(040) 555 0199" — the 0 is the trunk prefix — is not one.
_NANP_SHAPE = re.compile(
    r"^\s*(?:1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]*[2-9]\d{2}[\s.-]\d{4}\s*$")
_INTERNATIONAL = re.compile(r"^\s*(?:\+|00)")
_NANP_REGIONS = frozenset(phonenumbers.region_codes_for_country_code(1))
_DIGIT = re.compile(r"\d")
# Characters a number can carry without anyone seeing them: direction marks around it
# (WhatsApp and iOS put U+202A … U+202C around numbers in a right-to-left context),
# zero-width spaces and joiners, a soft hyphen, a byte-order mark. They do not change
# the digits or their order in the text (an override, U+202D/U+202E, changes only how
# they are displayed; a dialler reads them in text order, and so does this), so they
# are dropped before the number is read; the raw text keeps them.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# Control characters (a tab, a unit separator copied out of a database) part digits the
# way a space does.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def is_supported_region(region: str) -> bool:
    return region.upper() in phonenumbers.SUPPORTED_REGIONS


def normalise(raw: str, region: str = DEFAULT_REGION, label: str = "") -> PhoneNumber:
    """The number read and judged (kept for the next call with the same text). The label
    is only carried: the reading is cached by raw text and region alone, so the same
    number under another label (the same person from two exports) is read once."""
    region = region.upper()
    e164, number_type, valid, flags = _read_cached(raw, region)
    return PhoneNumber(raw, e164, number_type, label, valid, flags)


Reading = tuple  # (e164 or None, number type, valid, flags): PhoneNumber's judged fields


@lru_cache(maxsize=65536)
def _read_cached(raw: str, region: str) -> Reading:
    return read_number(raw, region)


def read_number(raw: str, region: str) -> Reading:
    """What ``normalise`` judges of a raw text in a region (upper case), uncached:
    (E.164 or None, number type, valid, flags)."""
    text = _visible(raw).strip()
    if not _DIGIT.search(text):
        return None, "unknown", False, ("empty" if not text else "unparsable",)

    flags: list[str] = []
    to_parse = text
    plain = _PLAIN.fullmatch(text) is not None  # no letter, no dial control: no search
    control = None if plain else _DIAL_CONTROL.search(text)
    if control:
        flags.append("dial_string")
        to_parse = text[: control.start()]
    if not plain and _LETTERS.search(to_parse.replace("tel:", "")):
        flags.append("letters")
    international = bool(_INTERNATIONAL.match(to_parse)) or to_parse.startswith("tel:+")
    if not international:
        flags.append("region_assumed")
        if region not in _NANP_REGIONS and _NANP_SHAPE.match(to_parse):
            flags.append("north_american_format")
        elif _looks_like_missing_plus(to_parse, region):
            flags.append("missing_plus")
    try:
        parsed = _parse(to_parse, region) if plain else phonenumbers.parse(to_parse, region)
    except NumberParseException:
        flags.append("unparsable")
        return None, "unknown", False, tuple(flags)
    number_type, valid, e164 = _judge(parsed)
    if not valid:
        flags.append("invalid")
    return e164, number_type, valid, tuple(flags)


# Text that phonenumbers' parser reads as nothing but its digits: ASCII digits, spaces
# and the punctuation people write numbers with ("(0711) 123 45-67", "0171/1234567",
# "+49 (0)40 639072"), a + at the start at most. No letter (no "tel:", no extension, no
# keypad word), nothing else its parser treats apart.
_PLAIN = re.compile(r"\+?[0-9 ()./-]*")
_NOT_DIGITS = str.maketrans("", "", " ()./-+")

try:  # phonenumbers' own steps of parse(), which _parse calls in its order
    from phonenumbers.phonenumberutil import (
        _MAX_INPUT_STRING_LENGTH,
        _MAX_LENGTH_FOR_NSN,
        _MIN_LENGTH_FOR_NSN,
        ValidationResult,
        _extract_country_code,
        _match_national_number,
        _maybe_strip_national_prefix_carrier_code,
        _parse_prefix_as_idd,
        _set_italian_leading_zeros_for_phone_number,
        _test_number_length,
    )
    from phonenumbers.re_util import re_compile as _pattern
    _NOT_STRIPPED = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                     ValidationResult.INVALID_LENGTH)
except ImportError:  # another phonenumbers: its parse() reads every number
    _MAX_INPUT_STRING_LENGTH = -1


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber:
    """``phonenumbers.parse(text, region)`` of a text that ``_PLAIN`` matches: the same
    steps on its digits, without what only other texts need. For such a text parse()
    finds no RFC 3966 parts and no extension (each needs a letter, ``#``, ``~``, ``,``
    or ``;``), and its normalising (a Python step per character, twice for a number
    without a country code) keeps exactly the digits; that was half of the time an
    import spent on a number. Whatever parse() does not read as a number it is left to
    (it raises, or retries without the +), so the error is its own.
    tests/core/test_import_fast_paths.py compares the two on every region's example
    numbers written in many ways and on random texts of these characters."""
    digits = text.translate(_NOT_DIGITS)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    # Fewer than three digits: not viable for parse() (or a bare two-digit text it may read).
    if len(digits) < 3 or len(text) > _MAX_INPUT_STRING_LENGTH or metadata is None:
        return phonenumbers.parse(text, region)
    in_region = False  # no country code written: read in the region, with its metadata
    if text[0] == "+":
        country_code, national = _extract_country_code(digits)
    else:
        idd = metadata.international_prefix
        stripped, rest = _parse_prefix_as_idd(_pattern(idd if idd is not None else "NonMatch"),
                                              digits)
        if stripped:
            if len(rest) <= _MIN_LENGTH_FOR_NSN:
                return phonenumbers.parse(text, region)  # raises: too short after the 00
            country_code, national = _extract_country_code(rest)
        else:
            country_code, national = _own_country_code(digits, metadata)
            if country_code == 0:
                country_code, in_region = metadata.country_code, True
    if country_code == 0:
        return phonenumbers.parse(text, region)  # raises, or retries without the +
    if not in_region:
        number_region = phonenumbers.region_code_for_country_code(country_code)
        if number_region != region:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
                country_code, number_region)
    number = phonenumbers.PhoneNumber(country_code=country_code)
    if len(national) < _MIN_LENGTH_FOR_NSN:
        return phonenumbers.parse(text, region)
    _, potential, _ = _maybe_strip_national_prefix_carrier_code(national, metadata)
    if _test_number_length(potential, metadata) not in _NOT_STRIPPED:
        national = potential
    if not _MIN_LENGTH_FOR_NSN <= len(national) <= _MAX_LENGTH_FOR_NSN:
        return phonenumbers.parse(text, region)
    _set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


def _own_country_code(digits: str, metadata) -> tuple[int, str]:
    """The region's country code written without + or 00 (``49 711 …`` in Germany), as
    parse() takes it off: (the code, the rest), else (0, the digits)."""
    own_code = str(metadata.country_code)
    if digits.startswith(own_code):
        general = metadata.general_desc
        _, rest, _ = _maybe_strip_national_prefix_carrier_code(digits[len(own_code):],
                                                               metadata)
        if ((not _match_national_number(digits, general, False)
             and _match_national_number(rest, general, False))
                or _test_number_length(digits, metadata) == ValidationResult.TOO_LONG):
            return metadata.country_code, rest
    return 0, digits


def _visible(raw: str) -> str:
    """The text as a person sees it: invisible characters dropped, controls as spaces."""
    if raw.isprintable():  # the usual case, and cheaper than two substitutions
        return raw
    return _CONTROL.sub(" ", _INVISIBLE.sub("", raw))


def _judge(parsed: phonenumbers.PhoneNumber) -> tuple[str, bool, str]:
    """(type name, valid, E.164) of a parsed number: what ``number_type``,
    ``is_valid_number`` and ``format_number(E164)`` say, with the region, the metadata
    and the national significant number worked out once instead of in each of them
    (this matching was most of an import's time)."""
    country_code = parsed.country_code
    nsn = phonenumbers.national_significant_number(parsed)
    e164 = (f"+{country_code}{nsn}" if parsed.national_number != 0
            else phonenumbers.format_number(parsed, PhoneNumberFormat.E164))
    region_of = phonenumbers.region_code_for_number(parsed)
    if region_of is None:
        return "unknown", False, e164
    table = _type_table(country_code, region_of)
    kind = _kind(table, nsn) if table is not None else "unknown"
    valid = kind != "unknown" and _region_fits(region_of, country_code)
    return kind, valid, e164


# The special types in the order phonenumbers tries them (``_number_type_helper``).
_SPECIAL_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number",
                  "pager", "uan", "voicemail")


def _matcher(desc) -> Callable[[str], bool] | None:
    """phonenumbers' ``_is_number_matching_desc`` for one description, precompiled;
    None where it never matches."""
    if desc is None or not desc.national_number_pattern:
        return None
    full = re.compile(desc.national_number_pattern).fullmatch
    lengths = frozenset(desc.possible_length)
    if lengths:
        return lambda nsn: len(nsn) in lengths and full(nsn) is not None
    return lambda nsn: full(nsn) is not None


@lru_cache(maxsize=None)
def _type_table(country_code: int, region: str):
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region)
    if metadata is None:
        return None
    specials = tuple((name, match) for name in _SPECIAL_TYPES
                     if (match := _matcher(getattr(metadata, name))) is not None)
    return (_matcher(metadata.general_desc), specials, _matcher(metadata.fixed_line),
            _matcher(metadata.mobile), bool(metadata.same_mobile_and_fixed_line_pattern))


def _kind(table, nsn: str) -> str:
    """phonenumbers' ``_number_type_helper``, as a type name."""
    general, specials, fixed, mobile, same = table
    if general is None or not general(nsn):
        return "unknown"
    for name, match in specials:
        if match(nsn):
            return name
    if fixed is not None and fixed(nsn):
        if same or (mobile is not None and mobile(nsn)):
            return "fixed_line_or_mobile"
        return "fixed_line"
    if not same and mobile is not None and mobile(nsn):
        return "mobile"
    return "unknown"


@lru_cache(maxsize=None)
def _region_fits(region: str, country_code: int) -> bool:
    return (region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
            or phonenumbers.country_code_for_valid_region(region) == country_code)


def _looks_like_missing_plus(text: str, region: str) -> bool:
    """``49 631 234 341``: a country code written without + (Outlook does this)."""
    if text.lstrip().startswith("0"):
        return False
    bare = digits(text)
    if not bare.startswith(str(phonenumbers.country_code_for_region(region))):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + bare, None))
    except NumberParseException:
        return False


def restore_trunk_prefix(digits: str, region: str = DEFAULT_REGION) -> str | None:
    """A phone number a spreadsheet stored as a number has lost its leading 0 (0711 …
    became 711 …). The number with the region's trunk prefix 0 put back, when the
    digits are as many as a national number with area code has (9 to 11), that gives a
    valid number of the region, and the digits are not as well the region's country
    code written without + (``49 171 …``: nobody can tell, and None says so). None too
    for a region whose trunk prefix is not 0 (a lost 0 is all a number cell loses)."""
    region = region.upper()
    if not digits.isdigit() or digits.startswith("0") or not 9 <= len(digits) <= 11:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    prefix = metadata.national_prefix if metadata is not None else None
    if prefix != "0" or _looks_like_missing_plus(digits, region):
        return None
    candidate = prefix + digits
    try:
        parsed = phonenumbers.parse(candidate, region)
    except NumberParseException:
        return None
    if not _judge(parsed)[1] or phonenumbers.region_code_for_number(parsed) != region:
        return None
    return candidate


def usable(number: PhoneNumber) -> bool:
    """True when the number can be dialled as stored: E.164 known and nothing doubtful."""
    return usable_as_stored(number.e164, number.valid, number.flags)


def usable_as_stored(e164: str | None, valid: object, flags: str | Collection[str]) -> bool:
    """``usable`` of a number's stored columns (E.164, valid, flags: words, or the
    vault's column of words separated by spaces), for readers that hold no
    ``PhoneNumber`` (the consent policy's rule 2, over 100 000 rows)."""
    if e164 is None or not valid:
        return False
    if not flags:
        return True
    return BLOCKING_FLAGS.isdisjoint(flags.split() if isinstance(flags, str) else flags)


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def search_digits(e164: str | None, raw: str) -> str:
    """Digit strings a person might type for this number, space-separated: E.164
    without '+', the national form (the country's trunk prefix, e.g. 0, then the
    national number) and the raw digits. The contacts table builds these for 100 000
    numbers at once, so the national form comes from cached country metadata instead of
    formatting every number."""
    raw_digits = digits(raw)
    if not e164:
        return raw_digits
    bare = e164[1:]
    # Country codes are prefix-free: +49 171… is "49", never "4" or "491".
    for size in (1, 2, 3):
        prefix = _trunk_prefix(bare[:size])
        if prefix is not None:
            national = prefix + bare[size:] if prefix else ""
            return f"{bare} {national} {raw_digits}"
    return f"{bare} {raw_digits}"


@lru_cache(maxsize=None)
def _trunk_prefix(country_code: str) -> str | None:
    """The national trunk prefix of a country code ("" when it has none), None if the
    digits are not a country code."""
    regions = (phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(country_code))
               if country_code.isdigit() else None)
    if not regions:
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        int(country_code), regions[0])
    return (metadata.national_prefix or "") if metadata is not None else ""


def to_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """What a person typed (``0171 1000001``, ``+49 171 1000001``) as E.164, or None."""
    try:
        parsed = phonenumbers.parse(text, region.upper())
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, PhoneNumberFormat.E164)


def display(e164: str) -> str:
    """International format for people: +49 171 1000001."""
    number = _stored_number(e164)
    try:
        if number is None:
            number = phonenumbers.parse(e164, None)
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    except NumberParseException:
        return e164


_E164 = re.compile(r"\+([1-9]\d{2,17})")


def _stored_number(e164: str) -> phonenumbers.PhoneNumber | None:
    """A stored E.164 number as phonenumbers' object, without its parser: the number is
    already clean, so only the country code (1-3 digits, no code a prefix of another) and
    the national number's leading zeros are to be found, as ``parse`` finds them. Half
    the cost of ``display``, which the contacts table pays for every row it shows; None
    for anything else (then ``parse`` decides). tests/core/test_import_fast_paths.py compares it
    with ``parse`` for every region's example numbers."""
    match = _E164.fullmatch(e164)
    if match is None:
        return None
    digits = match.group(1)
    for length in (1, 2, 3):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            break
    else:
        return None
    if not 2 <= len(national) <= 17:
        return None
    prefix = _national_prefix(code)
    if prefix is not None and prefix.match(national):
        return None  # ``parse`` may strip a national prefix here: let it decide
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if national[0] == "0":
        number.italian_leading_zero = True
        zeros = len(national) - len(national.lstrip("0"))
        zeros = min(zeros, len(national) - 1)
        if zeros != 1:
            number.number_of_leading_zeros = zeros
    return number


@lru_cache(maxsize=None)
def _national_prefix(code: int) -> re.Pattern | None:
    """The national prefix ``parse`` would look for after this country code (0 in
    Germany, 1 in North America, …), or None where the country has none."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
    metadata = (phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code)
                if regions[0] == phonenumbers.UNKNOWN_REGION
                else phonenumbers.PhoneMetadata.metadata_for_region(regions[0]))
    pattern = metadata.national_prefix_for_parsing if metadata is not None else None
    return re.compile(pattern) if pattern else None
