"""Instruction templates, the protocol HTML and the route B/C sheets (no Qt here)."""

from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess

import pytest

from contactvault import paths, phones
from contactvault.i18n import speaking, translate
from contactvault.procedure import qr, sheets, templates, wording
from contactvault.procedure.steps import ORDER, Finding, Route, Step
from contactvault.services import procedure as proc
from tests.core.procedure_helpers import (
    FAKE_SHA,
    as_anna,
    fake_transfer,
    make_device,
    run_until_install,
)


@pytest.mark.parametrize("lang", templates.LANGUAGES)
@pytest.mark.parametrize("platform", ["android", "ios", "other"])
def test_every_step_has_instructions(lang, platform):
    for step in ORDER:
        for route in Route:
            text = templates.instruction(step, platform=platform, lang=lang, route=route,
                                         values={"device": "X"})
            assert len(text) > 40, (step, route)
            assert "$" not in text.replace("$device", ""), (step, route)


@pytest.mark.parametrize("lang", templates.LANGUAGES)
def test_routes_and_warnings_exist(lang):
    for route in Route:
        for platform in ("android", "ios"):
            assert templates.route_explanation(route, platform=platform, lang=lang)
    warnings = templates.warnings(lang)
    assert "WhatsApp" in warnings


def test_platform_specific_texts_differ():
    android = templates.instruction(Step.EXPORT_PHONE, platform="android", lang="de")
    ios = templates.instruction(Step.EXPORT_PHONE, platform="ios", lang="de")
    assert android != ios


def test_german_uses_formal_address():
    text = " ".join(templates.instruction(s, platform="android", lang="de") for s in ORDER)
    assert "Sie" in text
    assert not re.search(r"\b(du|dein|deine|dich|dir)\b", text, re.IGNORECASE)


def test_no_procedure_label_outside_the_catalogue():
    """The documents' short texts live in the Qt catalogue (procedure/wording.py), checked
    by tests/gui/test_translations.py; no second catalogue of labels beside the templates."""
    shipped = sorted(p.relative_to(paths.templates_dir()).as_posix()
                     for p in paths.templates_dir().rglob("*")
                     if p.is_file() and p.suffix not in (".html", ".txt"))
    assert shipped == []
    catalogue = {(c, s) for c, s, _plural in _catalogue_sources()}
    for table in (wording.LABELS, wording.PLATFORMS, wording.ROUTE_DESCRIPTIONS,
                  wording.POLICIES, wording.OUTCOMES, wording.SKIPPED, wording.EVENTS,
                  wording.WHATSAPP_ACTIONS, wording.APPS, wording.FORMATS, wording.FINDINGS,
                  wording.STEP_NAMES):
        for text in table.values():
            assert ("Procedure", text) in catalogue, text


def _catalogue_sources():
    import xml.etree.ElementTree as ET

    root = ET.parse(paths.translations_dir() / "contactvault_de.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name"), message.findtext("source"),
                   message.get("numerus") == "yes")


def test_user_copy_overrides_the_shipped_template():
    target = paths.user_templates_dir() / "procedure" / "de" / "steps" / "install.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("<p>Unsere eigene Anleitung für $device.</p>", encoding="utf-8")
    text = templates.instruction(Step.INSTALL, platform="android", lang="de",
                                 values={"device": "<Handy>"})
    # the user's generic file is less specific than a shipped platform file only if
    # the platform file exists; the lookup prefers the user's copy of the same name
    generic = templates.instruction(Step.INSTALL, platform="other", lang="de",
                                    values={"device": "<Handy>"})
    assert "Unsere eigene Anleitung für &lt;Handy&gt;." in generic
    assert text


def test_values_are_escaped():
    assert templates.fill("<p>$x</p>", {"x": "<b>&"}) == "<p>&lt;b&gt;&amp;</p>"


def test_protocol_html_holds_every_step_and_escapes(ctx):
    device = make_device(ctx, name="<script>Handy</script>")
    run_until_install(ctx, device, starting_point="whatsapp_installed")
    fake_transfer(ctx, device)
    for lang, title in (("de", "Telefon leeren"), ("en", "Clear the phone")):
        page = proc.protocol_html(ctx, device, lang=lang)
        assert "<script>" not in page and "&lt;script&gt;Handy" in page
        with speaking(lang):
            for step in ORDER:
                assert html.escape(wording.step_title(step)) in page
            finding = wording.FINDINGS[Finding.WHATSAPP_BEFORE_SECURING]
            assert html.escape(translate("Procedure", finding).split("(")[0]) in page
        assert title in page
        assert FAKE_SHA in page


def test_links_sheet_holds_exactly_the_items_and_qr_codes():
    items = [sheets.SheetItem("Müller, Hans", "+4915112345678"),
             sheets.SheetItem("Ärztehaus <Nord>", "+4930123456")]
    page = sheets.links_html(items, device="Handy", company="Firma", lang="de",
                             created_at="2026-01-02T03:04:05+00:00")
    assert sorted(re.findall(r'href="(https://wa\.me/\d+)"', page)) == [
        "https://wa.me/4915112345678", "https://wa.me/4930123456"]
    assert page.count("data:image/png;base64,") == 2
    assert "&lt;Nord&gt;" in page
    assert page.index("Ärztehaus") < page.index("Müller")  # ä sorts with a


def test_selection_list_sorted_and_counted():
    items = [sheets.SheetItem("Zoe", "+491701234567"), sheets.SheetItem("Anna", "+4915112345678")]
    page = sheets.selection_html(items, device="Handy", company="", lang="en",
                                 created_at="2026-01-02T03:04:05+00:00")
    assert page.index("Anna") < page.index("Zoe")
    assert phones.display("+4915112345678") in page
    assert "<b>2 numbers with valid consent</b>" in page


def test_wa_link_is_digits_only():
    assert sheets.wa_link("+49 (151) 123-45") == "https://wa.me/4915112345"
    with pytest.raises(ValueError):
        sheets.wa_link("+")


def test_qr_png_decodes_to_the_link(tmp_path):
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian package zbar-tools) is not installed")
    for index, link in enumerate(["https://wa.me/4915112345678", "https://wa.me/353851234567"]):
        image = tmp_path / f"qr{index}.png"
        image.write_bytes(base64.b64decode(qr.data_uri(link).split(",", 1)[1]))
        out = subprocess.run([zbarimg, "--quiet", "--raw", str(image)], capture_output=True,
                             text=True, timeout=30).stdout
        assert out.strip().splitlines() == [link]


def _visible_text(page: str) -> str:
    body = page.split("<body>", 1)[-1]
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_german_protocol_shows_no_english_and_no_internal_key(ctx):
    """Every kind of row (a redo, a skip-free route B run with findings, the transfer and
    the end) in German: no English message text, no code, no placeholder left."""
    import xml.etree.ElementTree as ET

    device = make_device(ctx, name="Lager")
    anna = as_anna(ctx)
    proc.start(anna, device, starting_point="whatsapp_installed", route="selected")
    proc.record_export_phone(anna, device, files=["a.vcf", "b.vcf"])
    proc.record_import(anna, device, phone_count=13, imported=10, merged=1, unchanged=0,
                       skipped=1, files=2)
    proc.record_classify(anna, device)
    for cloud_checked in (False, True):  # the second time confirmed: a redo
        proc.record_clear(anna, device, whatsapp_action="contacts_access_revoked",
                          phone_contacts_deleted=False, cloud_checked=cloud_checked,
                          access_limited=True)
    proc.record_install(anna, device, app="whatsapp")
    fake_transfer(ctx, device, count=1)
    proc.record_done(anna, device, imported_on_phone=True, phone_count_after=1)
    text = _visible_text(proc.protocol_html(ctx, device, lang="de"))

    assert "1 Rufnummer mit Einwilligung übergeben" in text
    assert "Wiederholung Nr. 2" in text
    assert not re.search(r"\{[a-z_]*\}|%n|\$[a-z_]+", text), "placeholder left"
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    english = []
    root = ET.parse(paths.translations_dir() / "contactvault_de.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Procedure":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            german = " ".join(t.text or "" for t in message.iter("translation"))
            pieces = re.split(r"\{[a-z_]*\}|%n|\(s\)", source)
            for fragment in (p.strip(" .,;:()") for p in pieces):
                # whole messages, and the pieces between placeholders that are phrases
                if (fragment == source or " " in fragment) and fragment not in german and \
                        re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text):
                    english.append(fragment)
    assert not english, english
