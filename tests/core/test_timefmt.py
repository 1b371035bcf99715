"""Times for people (contactvault/timefmt.py): shown in the local zone in German and
English, across the DST changes; typed in the forms people use; stored and JSON stay ISO."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from contactvault import clock, errors, i18n, timefmt


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    """The process's zone is Europe/Berlin (what TZ says), as on a German office PC."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- showing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("stored", "german", "english"), [
    # winter (CET, UTC+1): the issue's own example
    ("2026-11-29T04:07:00+00:00", "29.11.2026 05:07", "29 Nov 2026, 05:07"),
    # summer (CEST, UTC+2)
    ("2026-07-01T12:00:00+00:00", "01.07.2026 14:00", "1 Jul 2026, 14:00"),
    # the last minute before the spring change and the first after it
    ("2026-03-29T00:59:00+00:00", "29.03.2026 01:59", "29 Mar 2026, 01:59"),
    ("2026-03-29T01:00:00+00:00", "29.03.2026 03:00", "29 Mar 2026, 03:00"),
    # autumn: 02:30 happens twice; the offset tells them apart in documents
    ("2026-10-25T00:30:00+00:00", "25.10.2026 02:30", "25 Oct 2026, 02:30"),
    ("2026-10-25T01:30:00+00:00", "25.10.2026 02:30", "25 Oct 2026, 02:30"),
    # UTC evening is the next local day
    ("2026-12-31T23:30:00+00:00", "01.01.2027 00:30", "1 Jan 2027, 00:30"),
])
def test_stored_time_shown_in_local_time(stored, german, english):
    assert timefmt.format_time(stored, "de") == german
    assert timefmt.format_time(stored, "en") == english
    assert timefmt.format_date(stored, "de") == german.split(" ")[0]
    assert timefmt.format_date(stored, "en") == english.split(",")[0]


def test_documents_show_seconds_and_the_offset():
    assert timefmt.format_stamp("2026-10-25T00:30:05+00:00", "de") == \
        "25.10.2026 02:30:05 UTC+02:00"
    assert timefmt.format_stamp("2026-10-25T01:30:05+00:00", "de") == \
        "25.10.2026 02:30:05 UTC+01:00"
    assert timefmt.format_stamp("2026-11-29T04:07:00+00:00", "en") == \
        "29 Nov 2026, 05:07:00 UTC+01:00"


def test_other_offsets_and_datetimes_are_converted_too():
    assert timefmt.format_time("2026-11-29T14:07:00+09:00", "de") == "29.11.2026 06:07"
    aware = datetime(2026, 11, 29, 4, 7, tzinfo=UTC)
    assert timefmt.format_time(aware, "de") == "29.11.2026 05:07"


def test_language_comes_from_the_caller(monkeypatch):
    stored = "2026-11-29T04:07:00+00:00"
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    assert timefmt.format_time(stored) == "29.11.2026 05:07"
    monkeypatch.setenv("CONTACTVAULT_LANG", "en")
    assert timefmt.format_time(stored) == "29 Nov 2026, 05:07"
    with i18n.speaking("de"):  # a German document, whatever the interface speaks
        assert timefmt.format_time(stored) == "29.11.2026 05:07"
    assert timefmt.format_time(stored, "fr") == "29 Nov 2026, 05:07"  # English otherwise


def test_a_changed_zone_is_not_served_from_the_cache(monkeypatch):
    stored = "2026-11-29T04:07:00+00:00"
    assert timefmt.format_time(stored, "de") == "29.11.2026 05:07"
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    assert timefmt.format_time(stored, "de") == "28.11.2026 23:07"


def test_empty_and_unreadable_values():
    assert timefmt.format_time("", "de") == ""
    assert timefmt.format_time(None, "de") == ""
    assert timefmt.format_date("not a time", "de") == "not a time"  # shown, never a crash


# -- typing ----------------------------------------------------------------------------

BERLIN_WINTER = timezone(timedelta(hours=1))
BERLIN_SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(("typed", "meant"), [
    ("29.11.2026", datetime(2026, 11, 29, 0, 0, tzinfo=BERLIN_WINTER)),
    ("29.11.2026 14:30", datetime(2026, 11, 29, 14, 30, tzinfo=BERLIN_WINTER)),
    ("29.11.2026 14:30:15", datetime(2026, 11, 29, 14, 30, 15, tzinfo=BERLIN_WINTER)),
    ("29.11.2026, 14:30", datetime(2026, 11, 29, 14, 30, tzinfo=BERLIN_WINTER)),
    ("29.11.26", datetime(2026, 11, 29, 0, 0, tzinfo=BERLIN_WINTER)),
    ("1.7.2026 9:05", datetime(2026, 7, 1, 9, 5, tzinfo=BERLIN_SUMMER)),
    ("  23.11.2026  ", datetime(2026, 11, 23, 0, 0, tzinfo=BERLIN_WINTER)),
    ("2026-11-29", datetime(2026, 11, 29, 0, 0, tzinfo=BERLIN_WINTER)),
    ("2026-11-29 14:30", datetime(2026, 11, 29, 14, 30, tzinfo=BERLIN_WINTER)),
    ("2026-07-01T14:30", datetime(2026, 7, 1, 14, 30, tzinfo=BERLIN_SUMMER)),
    ("2026-11-29T14:30:00+01:00", datetime(2026, 11, 29, 13, 30, tzinfo=UTC)),
    ("2026-11-29T14:30:00-05:00", datetime(2026, 11, 29, 19, 30, tzinfo=UTC)),
    ("2026-11-29T13:30Z", datetime(2026, 11, 29, 13, 30, tzinfo=UTC)),
])
def test_every_accepted_form(typed, meant):
    parsed = timefmt.parse(typed)
    assert parsed.tzinfo is not None
    assert parsed == meant
    assert clock.to_iso(parsed) == meant.astimezone(UTC).isoformat()


@pytest.mark.parametrize("typed", [
    "", "   ", "tomorrow", "29/11/2026", "11/29/2026", "31.02.2026", "29.13.2026",
    "29.11.2026 25:00", "29.11.2026 14:61", "29.11.", "29.11.202", "2026-11-31",
    "20261129", "29.11.2026 14", "2026-11-29 14:30 Berlin",
])
def test_bad_forms_are_refused_with_a_clear_reason(typed):
    with pytest.raises(errors.InvalidArgument) as caught:
        timefmt.parse(typed)
    assert "29.11.2026" in caught.value.message()


def test_the_reason_is_translated():
    with pytest.raises(errors.InvalidArgument) as caught:
        timefmt.parse("morgen")
    with i18n.speaking("de"):
        assert caught.value.message().startswith("morgen: kein Datum")


# -- storing and JSON ------------------------------------------------------------------

def test_a_typed_time_is_stored_as_iso_utc_and_json_shows_it_as_stored():
    stored = clock.to_iso(timefmt.parse("29.11.2026 05:07"))
    assert stored == "2026-11-29T04:07:00+00:00"  # what the vault keeps and JSON prints
    assert clock.parse_iso(stored) == datetime(2026, 11, 29, 4, 7, tzinfo=UTC)
    assert timefmt.format_time(stored, "de") == "29.11.2026 05:07"  # what people see
