"""The information notice and the revocation confirmation (consent/notices.py and the
templates in resources/templates/)."""

from __future__ import annotations

import re

import pytest

from contactvault import errors, paths
from contactvault.consent import notices

VALUES = {"company_name": "Tischlerei Holz GmbH", "company_contact": "05141 12345",
          "privacy_url": "https://holz.example/datenschutz", "date": "23.11.2026"}

# What the notice must tell the customer, per language (words that must appear).
TOPICS = {
    "de": ["WhatsApp-Telefon", "Meta", "wer wann mit wem", "Nutzungsprofile", "„Ja“", "widerrufen",
           "jederzeit", "Telefon, E-Mail und Brief", "Datenschutzerklärung"],
    "en": ["company smartphone", "Meta", "who communicates with whom and when", "profiles",
           '"Yes"', "withdraw", "at any time", "phone, e-mail and letter", "privacy policy"],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_shipped_notice_covers_every_topic(language):
    template = notices.load(notices.NOTICE, language)
    assert template.version == f"notice/{language}/1" and not template.custom
    rendered = notices.render(template, VALUES)
    for words in TOPICS[language]:
        assert words in rendered.text, words
    for value in VALUES.values():
        assert value in rendered.text
    assert rendered.missing == [] and "{" not in rendered.text


@pytest.mark.parametrize("kind", ["notice", "revocation"])
def test_german_texts_use_formal_address(kind):
    text = notices.load(kind, "de").body
    assert re.search(r"\bSie\b", text) or re.search(r"\bIhre?n?\b", text)
    assert not re.search(r"\b(du|dich|dir|dein\w*)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("language", ["de", "en"])
def test_revocation_confirmation_template(language):
    rendered = notices.render(notices.load(notices.REVOCATION, language), VALUES)
    assert "23.11.2026" in rendered.text and "05141 12345" in rendered.text
    assert ("WhatsApp-Telefon" if language == "de" else "WhatsApp phone") in rendered.text


def test_missing_company_details_are_marked_and_listed():
    rendered = notices.render(notices.load(notices.NOTICE, "en"), {"date": "x"})
    assert rendered.missing == ["company_name", "company_contact", "privacy_url"]
    assert "[not set: company.name]" in rendered.text


def test_user_copy_overrides_and_gets_its_own_version():
    user = paths.user_templates_dir() / "notice" / "de" / "notice.txt"
    user.parent.mkdir(parents=True)
    user.write_text("Version: 1\n\nHallo {company_name}, {unknown} {date}\n", encoding="utf-8")
    template = notices.load(notices.NOTICE, "de")
    assert template.custom and template.version.startswith("notice/de/custom-")
    assert template.version != "notice/de/1"  # same Version: line, different wording
    rendered = notices.render(template, VALUES)
    assert rendered.text == "Hallo Tischlerei Holz GmbH, {unknown} 23.11.2026\n"
    user.write_text("Version: 1\n\nHallo anders {company_name}\n", encoding="utf-8")
    assert notices.load(notices.NOTICE, "de").version != template.version
    assert notices.load(notices.NOTICE, "en").version == "notice/en/1"  # other language


def test_template_without_header():
    headers, body = notices.split_header("Hello: this is text\nmore\n")
    assert headers == {} and body.startswith("Hello:")


def test_unknown_language_or_kind():
    with pytest.raises(errors.InvalidArgument):
        notices.load(notices.NOTICE, "fr")
    with pytest.raises(errors.InvalidArgument):
        notices.load("letter", "de")
