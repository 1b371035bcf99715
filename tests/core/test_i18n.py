"""The core's translation path (contactvault/i18n.py) without Qt: the .ts catalogue,
plural forms for counts, a document in its own language."""

from __future__ import annotations

import pytest

from contactvault import i18n
from contactvault.procedure import wording
from contactvault.procedure.steps import Outcome, Step, StepRecord

NUMBERS = "%n number(s)"  # [Cli], a plural message in both catalogues


@pytest.mark.parametrize(("language", "one", "two", "zero"), [
    ("de", "1 Nummer", "2 Nummern", "0 Nummern"),
    ("en", "1 number", "2 numbers", "0 numbers"),
])
def test_plural_forms_from_the_catalogue(monkeypatch, language, one, two, zero):
    monkeypatch.setenv("CONTACTVAULT_LANG", language)
    assert i18n.translate_n("Cli", NUMBERS, 1) == one
    assert i18n.translate_n("Cli", NUMBERS, 2) == two
    assert i18n.translate_n("Cli", NUMBERS, 0) == zero


def test_unknown_text_keeps_the_source_with_the_count():
    assert i18n.translate_n("Cli", "%n widget(s)", 3) == "3 widget(s)"
    assert i18n.translate("Cli", "no such message") == "no such message"


def test_a_document_speaks_its_own_language(monkeypatch):
    monkeypatch.setenv("CONTACTVAULT_LANG", "en")
    with i18n.speaking("de"):
        assert i18n.current_language() == "de"
        assert i18n.translate_n("Cli", NUMBERS, 1) == "1 Nummer"
    assert i18n.current_language() == "en"
    assert i18n.translate_n("Cli", NUMBERS, 1) == "1 number"


def test_an_installed_lookup_answers_plural_messages_with_the_count(monkeypatch):
    """The GUI installs Qt's translator; the core passes the count through to it."""
    asked = []

    def lookup(context, text, n=-1):
        asked.append((context, text, n))
        return f"<{n}>"

    monkeypatch.setattr(i18n, "_lookup", None)
    i18n.install(lookup, "de")
    try:
        assert i18n.translate_n("Cli", NUMBERS, 5) == "<5>"
        assert i18n.translate("Cli", "plain") == "<-1>"
        with i18n.speaking("en"):  # another language than the GUI's: the catalogue
            assert i18n.translate_n("Cli", NUMBERS, 5) == "5 numbers"
    finally:
        i18n.install(None)
    assert asked == [("Cli", NUMBERS, 5), ("Cli", "plain", -1)]


def _transfer(count: int) -> StepRecord:
    return StepRecord(1, Step.TRANSFER, Outcome.DONE, {"count": count, "format": "vcard"},
                      "", "anna", "2026-11-29T04:07:00+00:00")


def test_the_protocol_counts_grammatically():
    with i18n.speaking("de"):
        assert wording.figures_text(_transfer(1)) == \
            "1 Rufnummer mit Einwilligung übergeben (vCard-Datei)."
        assert wording.figures_text(_transfer(2)) == \
            "2 Rufnummern mit Einwilligung übergeben (vCard-Datei)."
    with i18n.speaking("en"):
        assert wording.figures_text(_transfer(1)) == \
            "1 consented number handed over (vCard file)."
        assert wording.figures_text(_transfer(3)) == \
            "3 consented numbers handed over (vCard file)."
