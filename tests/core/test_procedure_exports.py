"""Route A/B/C transfers: eligibility from the consent policy, every one recorded."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from contactvault import errors
from contactvault.procedure.steps import Step
from contactvault.services import procedure as proc
from tests.core.procedure_helpers import consented_vault, make_device, run_until_install

exporting = pytest.importorskip("contactvault.services.exporting")


def _exports(vault):
    with vault.reading() as conn:
        rows = conn.execute("SELECT id, format, number_count, file_sha256 FROM exports "
                            "ORDER BY id").fetchall()
        items = conn.execute("SELECT export_id, e164 FROM export_items ORDER BY e164").fetchall()
    return rows, items


@pytest.mark.parametrize("route, fmt, suffix", [
    ("dedicated", "vcard", ".vcf"), ("selected", "selection", ".html"),
    ("no_address_book", "links", ".html")])
def test_transfer_writes_the_route_format_and_records_it(vault, ctx, tmp_path, route, fmt, suffix):
    eligible = consented_vault(ctx)
    device = make_device(ctx)
    run_until_install(ctx, device, route=route)
    out = tmp_path / f"for-the-phone{suffix}"
    result = proc.transfer(ctx, device, out, lang="de")
    assert result.format == fmt and result.count == len(eligible)
    rows, items = _exports(vault)
    assert [(r[1], r[2], r[3]) for r in rows] == [(fmt, 2, result.sha256)]
    assert sorted(e for _, e in items) == sorted(eligible)
    record = proc.status(ctx, device).latest(Step.TRANSFER)
    assert record.figures["sha256"] == result.sha256 and record.figures["policy"] == "standard"
    text = out.read_text(encoding="utf-8")
    assert "Carla" not in text and "Dora" not in text and "Egon" not in text
    if fmt == "links":
        assert sorted(re.findall(r'href="https://wa\.me/(\d+)"', text)) == sorted(
            e.lstrip("+") for e in eligible)
    if fmt != "vcard":
        assert "Bernd Bäcker &lt;GmbH&gt;" in text


def test_sheet_outside_the_procedure_is_recorded_too(vault, ctx, tmp_path):
    consented_vault(ctx)
    device = make_device(ctx)
    result = proc.write_route_export(ctx, device, tmp_path / "sel.html", "selection")
    assert result.export_id and _exports(vault)[0][0][1] == "selection"
    on_phone = {i.e164 for i in exporting.on_phone(ctx, device)}
    assert on_phone == {"+4915111111111", "+491702222222"}


def test_nothing_eligible_writes_nothing(vault, ctx, tmp_path):
    device = make_device(ctx)
    out = tmp_path / "links.html"
    with pytest.raises(errors.NothingToExport):
        proc.write_route_export(ctx, device, out, "links")
    assert not out.exists() and _exports(vault) == ([], [])


def test_a_pdf_needs_a_renderer_from_the_front_end(vault, ctx, tmp_path):
    """The core prints no PDF itself: without a renderer a .pdf is refused before
    anything is written or recorded; with one, the rendered file is what is recorded."""
    consented_vault(ctx)
    device = make_device(ctx)
    out = tmp_path / "links.pdf"
    with pytest.raises(errors.FileNotWritable) as refused:
        proc.write_route_export(ctx, device, out, "links")
    assert "printer" in refused.value.message()
    assert not out.exists() and _exports(vault) == ([], [])

    def render(html_text, path):
        Path(path).write_bytes(b"%PDF-1.4 " + html_text.encode("utf-8"))

    result = proc.write_route_export(ctx, device, out, "links", render_pdf=render)
    assert out.read_bytes().startswith(b"%PDF")
    assert _exports(vault)[0][0][1:] == ("links", 2, hashlib.sha256(out.read_bytes()).hexdigest())
    assert result.sha256 == _exports(vault)[0][0][3]
