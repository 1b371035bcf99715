"""The information notice and the revocation confirmation (consent/notices.py and the
templates in resources/templates/)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from contactvault import clock, errors, paths
from contactvault.consent import notices

SETTINGS = {
    "company.name": "Tischlerei Holz GmbH",
    "company.address": "Am Sägewerk 3, 29221 Celle",
    "company.contact": "05141 12345, info@holz.example",
    "dpo.name": "Dr. Dora Datenschutz",
    "dpo.contact": "dsb@holz.example",
    "company.privacy_url": "https://holz.example/datenschutz",
    "policy.implied_max_days": 14,
}
VALUES = notices.values_from_settings(SETTINGS, "23.11.2026")

# Every item Art. 13 GDPR asks of the notice, and the words that show it is there (taken
# from the law and the guidance, not from the templates).
ART13 = {
    "controller": {"de": ["Verantwortlich: Tischlerei Holz GmbH", "Am Sägewerk 3, 29221 Celle",
                          "05141 12345, info@holz.example"],
                   "en": ["Controller: Tischlerei Holz GmbH", "Am Sägewerk 3, 29221 Celle",
                          "05141 12345, info@holz.example"]},
    "dpo": {"de": ["Datenschutzbeauftragte", "Dr. Dora Datenschutz, dsb@holz.example"],
            "en": ["Data protection officer", "Dr. Dora Datenschutz, dsb@holz.example"]},
    "purpose": {"de": ["Zweck"], "en": ["Purpose"]},
    "legal_basis": {"de": ["Art. 6 Abs. 1 lit. a DSGVO"], "en": ["Art. 6(1)(a) GDPR"]},
    "recipient": {"de": ["WhatsApp Ireland Ltd.", "Meta"],
                  "en": ["WhatsApp Ireland Ltd.", "Meta"]},
    "transfer_usa": {"de": ["USA", "EU-US Data Privacy Framework", "Standardvertragsklauseln"],
                     "en": ["USA", "EU-US Data Privacy Framework",
                            "standard contractual clauses"]},
    "metadata_profiling": {"de": ["Metadaten", "Nutzerprofile", "wer wann mit wem"],
                           "en": ["metadata", "profiles", "who communicates with whom"]},
    "retention": {"de": ["Speicherdauer", "solange Ihre Einwilligung besteht"],
                  "en": ["How long we keep", "as long as your consent lasts"]},
    "rights": {"de": [f"Art. {n} DSGVO" for n in (15, 16, 17, 18, 20, 21)]
               + ["Auskunft", "Berichtigung", "Löschung", "Einschränkung",
                  "Datenübertragbarkeit", "Widerspruch"],
               "en": [f"Art. {n} GDPR" for n in (15, 16, 17, 18, 20, 21)]
               + ["access", "rectification", "erasure", "restriction",
                  "data portability", "objection"]},
    "revocation": {"de": ["jederzeit", "Art. 7 Abs. 3 DSGVO", "Antwort auf diese Nachricht"],
                   "en": ["at any time", "Art. 7(3) GDPR", "reply to this message"]},
    "complaint": {"de": ["Aufsichtsbehörde", "Art. 77 DSGVO"],
                  "en": ["supervisory authority", "Art. 77 GDPR"]},
    "alternatives": {"de": ["nicht nutzen", "Telefon, E-Mail und Brief"],
                     "en": ["do not have to use WhatsApp", "phone, e-mail and letter"]},
    "no_confidential_data": {"de": ["Vertrauliche Daten", "nie über WhatsApp"],
                             "en": ["confidential data", "via WhatsApp"]},
    "privacy_policy": {"de": ["https://holz.example/datenschutz"],
                       "en": ["https://holz.example/datenschutz"]},
    "version_date_and_tag": {"de": ["Stand dieser Information: 07.12.2026", "[CV-N2-de]"],
                             "en": ["Information as of: 7 Dec 2026", "[CV-N2-en]"]},
}

# What the standard policy does, in the notice's own words (the guidance's wording).
STANDARD_RULE = {
    "consent_by_conduct": {"de": ["Wir betrachten diese als Einwilligung",
                                  "schlüssige Einwilligung durch Ihr Verhalten"],
                           "en": ["We consider it your consent", "consent given by your conduct"]},
    "reply_agree": {"de": ["„Ja, ich will via WhatsApp mit Ihnen kommunizieren“"],
                    "en": ['"Yes, I want to communicate with you via WhatsApp"']},
    "reply_revoke": {"de": ["„Widerruf der Einwilligung, ich möchte nicht über WhatsApp "
                            "kommunizieren“"],
                     "en": ['"I withdraw my consent, I do not want to communicate via WhatsApp"']},
    "answer_period": {"de": ["innerhalb von 14 Tagen"], "en": ["within 14 days"]},
}


def rendered(language: str, variant: str = "standard", settings: dict | None = None):
    template = notices.load(notices.NOTICE, language, variant)
    return notices.render(template, notices.values_from_settings(settings or SETTINGS))


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("item", sorted(ART13))
@pytest.mark.parametrize("variant", ["standard", "strict", "advertising"])
def test_notice_has_every_art13_item(variant, item, language):
    text = rendered(language, variant).text
    code = {"standard": "N", "strict": "NS", "advertising": "NA"}[variant]
    expected = [w.replace("CV-N2", f"CV-{code}2") for w in ART13[item][language]]
    for words in expected:
        assert words in text, (item, words)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("item", sorted(STANDARD_RULE))
def test_standard_notice_says_what_the_standard_policy_does(item, language):
    for words in STANDARD_RULE[item][language]:
        assert words in rendered(language).text, (item, words)


@pytest.mark.parametrize("language", ["de", "en"])
def test_answer_period_comes_from_the_setting(language):
    text = rendered(language, settings={**SETTINGS, "policy.implied_max_days": 21}).text
    assert ("innerhalb von 21 Tagen" if language == "de" else "within 21 days") in text
    assert "14 Tagen" not in text and "14 days" not in text


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("variant", ["strict", "advertising"])
def test_strict_notice_takes_only_an_explicit_yes(language, variant):
    text = rendered(language, variant).text
    assert STANDARD_RULE["consent_by_conduct"][language][0] not in text
    assert ("nicht als Einwilligung" if language == "de" else "not take your message alone"
            ) in text
    assert STANDARD_RULE["reply_agree"][language][0].rstrip("“\"") in text
    assert "{" not in text and "Tagen" not in text and " days" not in text


@pytest.mark.parametrize("variant", ["standard", "strict", "advertising"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_complete_notice_has_no_gap(variant, language):
    result = rendered(language, variant)
    assert result.complete and result.missing == [] and "{" not in result.text
    notices.check_complete(result)  # does not raise
    assert result.version == f"notice/{language}/{variant}/2"


@pytest.mark.parametrize("key", [k for k in SETTINGS])
@pytest.mark.parametrize("language", ["de", "en"])
def test_an_empty_required_field_is_named(key, language):
    empty = 0 if key == "policy.implied_max_days" else ""
    result = rendered(language, settings={**SETTINGS, key: empty})
    assert result.missing == [key]
    assert f"[not set: {key}]" in result.text
    with pytest.raises(errors.NoticeIncomplete) as caught:
        notices.check_complete(result)
    assert key in caught.value.message()


def test_required_header_names_settings_even_if_the_text_does_not_use_them(tmp_path):
    user = paths.user_templates_dir() / "notice" / "en" / "standard.txt"
    user.parent.mkdir(parents=True)
    user.write_text("Version: 7\nDate: 2026-12-01\nRequired: dpo.contact\n\n"
                    "Hello from {company_name}\n", encoding="utf-8")
    result = notices.render(notices.load(notices.NOTICE, "en"),
                            notices.values_from_settings({"company.name": "Holz"}))
    assert result.missing == ["dpo.contact"]
    assert result.text.startswith("Hello from Holz\n")


@pytest.mark.parametrize("kind", ["notice", "revocation"])
def test_german_texts_use_formal_address(kind):
    text = notices.load(kind, "de").body
    assert re.search(r"\bSie\b", text) or re.search(r"\bIhre?n?\b", text)
    assert not re.search(r"\b(du|dich|dir|dein\w*)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("language", ["de", "en"])
def test_revocation_confirmation_template(language):
    result = notices.render(notices.load(notices.REVOCATION, language), VALUES)
    assert "23.11.2026" in result.text and "05141 12345" in result.text
    assert ("WhatsApp-Telefon" if language == "de" else "WhatsApp phone") in result.text
    assert result.version == f"revocation/{language}/1" and result.complete


def test_user_copy_overrides_and_gets_its_own_version_and_tag():
    user = paths.user_templates_dir() / "notice" / "de" / "standard.txt"
    user.parent.mkdir(parents=True)
    user.write_text("# eigene Fassung\nVersion: 2\nDate: 2026-12-01\n\n"
                    "Hallo {company_name}, {unknown} {version_date}\n", encoding="utf-8")
    template = notices.load(notices.NOTICE, "de")
    assert template.custom and template.version.startswith("notice/de/standard/custom-")
    assert template.version != "notice/de/standard/2"  # same Version: line, other wording
    assert re.fullmatch(r"CV-N2-de-[0-9a-f]{6}", template.tag)
    result = notices.render(template, VALUES)
    # a template without {version_tag} still carries the tag
    assert result.text == f"Hallo Tischlerei Holz GmbH, {{unknown}} 01.12.2026\n[{template.tag}]\n"
    user.write_text("Version: 2\nDate: 2026-12-01\n\nHallo anders {company_name}\n",
                    encoding="utf-8")
    other = notices.load(notices.NOTICE, "de")
    assert other.version != template.version and other.tag != template.tag
    assert notices.load(notices.NOTICE, "en").version == "notice/en/standard/2"
    assert notices.load(notices.NOTICE, "de", "strict").version == "notice/de/strict/2"


@pytest.mark.parametrize("header", ["Version: 3\n", "Date: 2026-12-01\n",
                                    "Version: 3\nDate: 1.12.2026\n",
                                    "Version: 3\nDate: 2026-12-01\nRequired: company.shoe\n"])
def test_template_without_version_or_date_is_refused(header):
    user = paths.user_templates_dir() / "notice" / "de" / "strict.txt"
    user.parent.mkdir(parents=True)
    user.write_text(header + "\nText\n", encoding="utf-8")
    with pytest.raises(errors.TemplateInvalid) as caught:
        notices.load(notices.NOTICE, "de", "strict")
    assert str(user) in caught.value.message()


def test_copy_under_the_former_name_is_reported():
    old = paths.user_templates_dir() / "notice" / "de" / "notice.txt"
    old.parent.mkdir(parents=True)
    old.write_text("Version: 1\n\nalt\n", encoding="utf-8")
    assert notices.stale_user_copies() == [old]
    assert not notices.load(notices.NOTICE, "de").custom


def test_template_without_header():
    headers, body = notices.split_header("Hello: this is text\nmore\n")
    assert headers == {} and body.startswith("Hello:")


def test_unknown_language_kind_or_variant():
    with pytest.raises(errors.InvalidArgument):
        notices.load(notices.NOTICE, "fr")
    with pytest.raises(errors.InvalidArgument):
        notices.load("letter", "de")
    with pytest.raises(errors.InvalidArgument):
        notices.load(notices.NOTICE, "de", "lenient")


# -- recording the notice as sent (services/consent.py) --------------------------------

@pytest.fixture
def customer(vault):
    from tests.core.consent_helpers import insert_person

    with vault.transaction() as conn:
        return insert_person(conn, "Anna Adler", ["0171 1000001"])


def fill(vault, **changes):
    from contactvault.context import Context
    from contactvault.services import preferences

    preferences.save_settings(Context(vault), {**SETTINGS, **changes})


# The answer period cannot be emptied in a vault (the settings take 1 to 365 days); its
# gap is tested on the template above.
@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("key", sorted(k for k in SETTINGS if k.startswith(("company.", "dpo."))))
def test_notice_with_an_empty_required_field_cannot_be_marked_as_sent(vault, ctx, customer,
                                                                       key, language):
    from contactvault.services import consent

    fill(vault, **{key: ""})
    with pytest.raises(errors.NoticeIncomplete) as caught:
        consent.mark_notice_sent(ctx, "0171 1000001", language)
    assert key in caught.value.message()
    assert consent.history(ctx, "0171 1000001") == []
    assert consent.messages(ctx, "+491711000001") == []


def test_nothing_filled_in_names_every_field_in_german(vault, ctx, customer):
    from contactvault import i18n
    from contactvault.services import consent

    with i18n.speaking("de"), pytest.raises(errors.NoticeIncomplete) as caught:
        consent.mark_notice_sent(ctx, "0171 1000001", "de")
    with i18n.speaking("de"):
        text = caught.value.message()
    assert text.startswith("Der Datenschutzhinweis ist unvollständig")
    for key in ("company.name", "company.address", "company.contact", "dpo.name",
                "dpo.contact", "company.privacy_url"):
        assert key in text
    assert "Name des Unternehmens (company.name)" in text
    assert "contactvault settings set company.name" in text


@pytest.mark.parametrize("language", ["de", "en"])
def test_stored_text_is_the_text_shown(vault, ctx, customer, language):
    from contactvault.services import consent

    fill(vault)
    shown = consent.render_notice(ctx, language)
    event, text = consent.mark_notice_sent(ctx, "0171 1000001", language,
                                           occurred_at="2026-11-20 09:41",
                                           shown_text=shown.text)
    assert text == shown.text
    assert event.kind == "notice_sent" and event.notice_version == shown.version
    (message,) = consent.messages(ctx, "+491711000001")
    assert message.text == shown.text and message.event_id == event.id
    assert message.template == f"notice/{language}/standard/2" and message.language == language
    assert message.sent_at == event.occurred_at == clock.to_iso(
        datetime(2026, 11, 20, 9, 41).astimezone())
    # "Stand dieser Information" is the wording's date, never the day it was sent
    assert ("Stand dieser Information: 07.12.2026" if language == "de"
            else "Information as of: 7 Dec 2026") in message.text
    assert "20.11.2026" not in message.text and "20 Nov 2026" not in message.text


def test_text_changed_after_copying_is_refused(vault, ctx, customer):
    from contactvault.services import consent

    fill(vault)
    shown = consent.render_notice(ctx, "de")
    fill(vault, **{"company.contact": "0800 999"})
    with pytest.raises(errors.TextChanged):
        consent.mark_notice_sent(ctx, "0171 1000001", "de", shown_text=shown.text)
    assert consent.history(ctx, "0171 1000001") == []


def test_the_policy_in_force_chooses_the_wording(vault, ctx, customer):
    from contactvault.services import consent

    fill(vault, **{"policy.mode": "strict"})
    shown = consent.render_notice(ctx, "de")
    assert shown.version == "notice/de/strict/2" and "[CV-NS2-de]" in shown.text
    assert consent.render_notice(ctx, "de", policy_mode="standard").tag == "CV-N2-de"
    event, _text = consent.mark_notice_sent(ctx, "0171 1000001", "de", shown_text=shown.text)
    assert event.notice_version == "notice/de/strict/2"


@pytest.mark.parametrize("language", ["de", "en"])
def test_advertising_notice_names_advertising_and_asks_for_a_yes_to_it(language):
    text = rendered(language, "advertising").text
    if language == "de":
        assert "Werbung zu senden" in text and "§ 7 UWG" in text
        assert "„Ja, ich will via WhatsApp mit Ihnen kommunizieren und Werbung erhalten“" in text
    else:
        assert "to send you advertising" in text and "section 7" in text
        assert '"Yes, I want to communicate with you via WhatsApp and receive advertising"' \
            in text


def test_phones_for_advertising_choose_the_advertising_wording(vault, ctx, customer):
    from contactvault.services import consent

    values = {**SETTINGS, "policy.purpose": "advertising"}
    assert consent.notice_variant(values) == "advertising"
    assert consent.notice_variant({**values, "policy.mode": "strict"}) == "advertising"
    assert consent.notice_variant(values, "standard") == "standard"  # asked for by name
    assert consent.notice_variant(SETTINGS) == "standard"
    fill(vault, **{"policy.purpose": "advertising"})
    shown = consent.render_notice(ctx, "de")
    assert shown.version == "notice/de/advertising/2" and "[CV-NA2-de]" in shown.text
    event, text = consent.mark_notice_sent(ctx, "0171 1000001", "de", shown_text=shown.text)
    assert event.notice_version == "notice/de/advertising/2" and text == shown.text


def test_record_event_notice_sent_takes_the_same_path(vault, ctx, customer):
    from contactvault.services import consent

    with pytest.raises(errors.NoticeIncomplete):
        consent.record_event(ctx, "0171 1000001", "notice_sent")
    fill(vault)
    event = consent.record_event(ctx, "0171 1000001", "notice_sent")
    (message,) = consent.messages(ctx, "+491711000001")
    assert message.event_id == event.id and "Tischlerei Holz GmbH" in message.text


def test_a_grant_with_the_notice_handed_over_keeps_that_notice(vault, ctx, customer):
    from contactvault.services import consent

    with pytest.raises(errors.NoticeIncomplete) as caught:
        consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    assert "dpo.contact" in caught.value.message()
    assert consent.history(ctx, "0171 1000001") == []
    fill(vault)
    handed_over = consent.render_notice(ctx, "de")
    grant = consent.record_event(ctx, "0171 1000001", "granted", with_notice=True,
                                 occurred_at="2026-11-20 09:41")
    assert grant.with_notice and grant.notice_version == "notice/de/standard/2"
    (message,) = consent.messages(ctx, "+491711000001")
    assert message.event_id == grant.id and message.text == handed_over.text
    assert consent.message_for_event(ctx, grant.id) == message
    plain = consent.record_event(ctx, "0171 1000001", "granted")  # no notice: no text
    assert plain.notice_version == "" and consent.message_for_event(ctx, plain.id) is None


def test_sent_messages_are_append_only(vault, ctx, customer):
    from contactvault.services import consent
    from contactvault.vault.connection import DatabaseError

    fill(vault)
    consent.mark_notice_sent(ctx, "0171 1000001", "de")
    for statement in ("UPDATE messages_sent SET text = 'anders'", "DELETE FROM messages_sent"):
        with pytest.raises(DatabaseError), vault.transaction() as conn:
            conn.execute(statement)
    assert "Tischlerei" in consent.messages(ctx, "+491711000001")[0].text


def test_revocation_confirmation_sent_keeps_its_text_and_the_revocation(vault, ctx, customer):
    from contactvault.services import consent

    revoked = consent.record_event(ctx, "0171 1000001", "revoked",
                                   occurred_at="2026-01-05 10:00")
    with pytest.raises(errors.ConfirmationIncomplete):
        consent.record_revocation_confirmation_sent(ctx, "0171 1000001", "de")
    fill(vault)
    shown = consent.render_revocation_confirmation(ctx, "0171 1000001", "de")
    assert "05.01.2026" in shown.text
    consent.record_revocation_confirmation_sent(ctx, "0171 1000001", "de",
                                                sent_at="2026-01-05 10:30",
                                                shown_text=shown.text)
    (message,) = consent.messages(ctx, "+491711000001")
    assert message.kind == "revocation_confirmation" and message.text == shown.text
    assert message.event_id == revoked.id


def test_german_calls_implied_consent_consent_by_conduct():
    """The guidance means consent by conduct ("konkludent", "schlüssig"), never by silence."""
    catalogue = (paths.translations_dir() / "contactvault_de.ts").read_text(encoding="utf-8")
    templates = [p.read_text(encoding="utf-8")
                 for p in (paths.templates_dir()).rglob("*") if p.is_file()]
    for text in (catalogue, *templates):
        assert "stillschweig" not in text.lower()
    assert "schlüssige Einwilligung (durch Verhalten" in catalogue


def test_texts_sent_before_the_upgrade_keep_their_place_in_the_chain(vault_path, monkeypatch):
    """A vault whose messages were recorded before texts were kept (the schema before
    that step) upgrades and still verifies: the new columns hold their defaults for the
    old rows."""
    from contactvault import audit
    from contactvault.context import Context
    from contactvault.services import audit_ops, contacts, vaults
    from contactvault.vault import Vault, chain, schema
    from contactvault.vault.migrations import MIGRATIONS
    from tests.conftest import PASSPHRASE

    before = [i for i, step in enumerate(MIGRATIONS)
              if isinstance(step, list) and any("evidence_files" in s for s in step)][0]
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:before])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", before)
    old = vaults.create_vault(vault_path, PASSPHRASE)
    with monkeypatch.context() as then:  # the program then knew no erasures to check
        then.setattr(contacts, "_erased_numbers", lambda _conn, _numbers: [])
        contacts.add_contact(Context(old), formatted_name="Anna Adler",
                             numbers=["0171 1000001"])
    with old.transaction() as conn:  # as the program wrote it then
        cur = conn.execute(
            "INSERT INTO messages_sent(e164, kind, template, language, sent_at, recorded_by) "
            "VALUES ('+491711000001', 'notice', 'notice/de/1', 'de', "
            "'2026-11-01T09:00:00+00:00', 'Empfang')")
        chain.touch(conn, "messages_sent", int(cur.lastrowid))
        audit.record(conn, "message.notice", actor="Empfang", at="2026-11-01T09:00:00+00:00")
    old.lock()
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(MIGRATIONS))
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        ctx = Context(vault)
        assert audit_ops.verify(ctx).ok
        from contactvault.services import consent

        (message,) = consent.messages(ctx, "+491711000001")
        assert message.text == "" and message.event_id is None
    finally:
        vault.lock()


@pytest.mark.parametrize("version,english,german", [
    ("notice/de/standard/2", "Information notice, standard, version 2 (German)",
     "Datenschutzhinweis, Standard, Fassung 2 (deutsch)"),
    ("notice/en/strict/1", "Information notice, strict, version 1 (English)",
     "Datenschutzhinweis, streng, Fassung 1 (englisch)"),
    ("notice/de/advertising/3", "Information notice, for advertising, version 3 (German)",
     "Datenschutzhinweis, für Werbung, Fassung 3 (deutsch)"),
    ("notice/de/standard/custom-3f2a1b9c0d",
     "Information notice, standard, own wording 3f2a1b (German)",
     "Datenschutzhinweis, Standard, eigene Fassung 3f2a1b (deutsch)"),
    ("revocation/de/1", "Revocation confirmation, version 1 (German)",
     "Widerrufsbestätigung, Fassung 1 (deutsch)"),
    ("not a version", "not a version", "not a version"),
])
def test_a_version_in_words(monkeypatch, version, english, german):
    """What office staff read for a version id (the id stays as it is in the records)."""
    monkeypatch.setenv("CONTACTVAULT_LANG", "en")
    assert notices.version_words(version) == english
    monkeypatch.setenv("CONTACTVAULT_LANG", "de")
    assert notices.version_words(version) == german


def test_the_version_words_of_every_template_in_force():
    for kind in notices.KINDS:
        for language in notices.LANGUAGES:
            for variant in notices.VARIANTS[kind]:
                template = notices.load(kind, language, variant)
                assert notices.version_parts(template.version) is not None
                assert notices.tag_of(template.version) == template.tag
                assert "/" not in notices.version_words(template.version)
