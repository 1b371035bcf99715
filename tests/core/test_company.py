"""The business's details as documents need them (services/company.py): what is missing
for which document, a business without a data-protection officer, saving, and the
notice and documents that follow."""

from __future__ import annotations

from contactvault.i18n import speaking
from contactvault.services import company, consent, preferences, reports
from tests.core.consent_helpers import COMPANY, fill_company


def test_each_document_names_what_it_needs(ctx):
    assert company.missing(ctx, company.PROTOCOL) == ["company.name"]
    assert company.missing(ctx, company.NOTICE) == [
        "company.name", "company.address", "company.contact", "company.privacy_url",
        "dpo.name", "dpo.contact"]
    assert company.missing(ctx, company.REVOCATION) == ["company.name", "company.contact"]
    assert "dpo.name" in company.missing(ctx, company.RECORDS)
    fill_company(ctx)
    for document in company.DOCUMENTS:
        assert company.missing(ctx, document) == [], document


def test_no_officer_appointed_needs_no_officer(ctx):
    details = {k: v for k, v in COMPANY.items() if not k.startswith("dpo.")}
    company.save(ctx, {**details, "dpo.name": "left over", "dpo.none": True})
    stored = company.details(ctx)
    assert stored["dpo.none"] is True and stored["dpo.name"] == ""  # emptied with "none"
    assert company.missing(ctx, company.NOTICE) == []
    assert company.missing(ctx, company.RECORDS) == []
    rendered = consent.render_notice(ctx, "de")
    assert rendered.complete, rendered.missing
    assert "Datenschutzbeauftragte" not in rendered.text
    assert "Tischlerei Holz GmbH" in rendered.text
    english = consent.render_notice(ctx, "en")
    assert english.complete and "Data protection officer" not in english.text
    # appointed again: the officer's line is back and must be filled in
    preferences.save_settings(ctx, {"dpo.none": False})
    rendered = consent.render_notice(ctx, "de")
    assert rendered.missing == ["dpo.name", "dpo.contact"]


def test_documents_say_none_appointed_in_words(ctx, tmp_path):
    details = {k: v for k, v in COMPANY.items() if not k.startswith("dpo.")}
    company.save(ctx, {**details, "dpo.none": True})
    with speaking("de"):
        page, _data = reports.processing_record_html(ctx)
    assert "Datenschutzbeauftragte/r: nicht benannt" in page
    assert "alternatives.checked" not in page and "Einstellungen, „Geprüft" in page


def test_only_the_business_details_are_saved(ctx):
    changed = company.save(ctx, {"company.name": "  Sanitär König KG ",
                                 "policy.mode": "strict"})
    assert changed == ["company.name"]
    assert company.details(ctx)["company.name"] == "Sanitär König KG"
    assert preferences.get_setting(ctx, "policy.mode") == "standard"


def test_the_command_line_sentence_names_the_detail_in_words():
    with speaking("de"):
        lines = company.missing_sentences(["company.name", "dpo.name"], company.PROTOCOL)
    assert lines[0] == ("Für das Protokoll fehlt: Firmenname. Tragen Sie es ein mit: "
                        "contactvault settings set company.name „…“")
    assert "Name der oder des Datenschutzbeauftragten" in lines[1]
    assert lines[2].endswith("contactvault settings set dpo.none true")
    with speaking("en"):
        lines = company.missing_sentences(["company.name"], company.PROTOCOL)
    assert lines == ["Missing for the protocol: the company name. Set it with: contactvault "
                     "settings set company.name \"…\""]
