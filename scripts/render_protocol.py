#!/usr/bin/env python3
"""Render a sample protocol and links sheet (PDF, then PNG) to look at them.

    python scripts/render_protocol.py [OUTDIR] [--lang de|en]

Builds a throw-away vault in a temporary folder with made-up contacts and consents,
walks the procedure for one phone (starting point "WhatsApp already installed", so the
protocol shows that finding), and writes protocol_<lang>.pdf/.png and
links_sheet_<lang>.pdf/.png to OUTDIR (default docs/screenshots). Needs pdftoppm
(poppler-utils) for the PNGs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTACTVAULT_ACTOR", "Anna Abel")

PEOPLE = [
    ("Anna Abel", "+49 151 11111111", "customer", "granted"),
    ("Bäckerei Bernd Bäcker GmbH", "+49 170 2222222", "supplier", "granted"),
    ("Carla Chef", "+49 160 3333333", "customer", "revoked"),
    ("Dora Dunkel", "+49 171 4444444", "customer", None),
    ("Egon Privat", "+49 172 5555555", "private", "granted"),
    ("Fritz Fliese", "+49 176 6666666", "partner", "granted"),
    ("Greta Grün", "+49 157 7777777", "customer", "granted"),
]


def build(workdir: Path, lang: str, outdir: Path) -> list[Path]:
    from contactvault.context import Context
    from contactvault.gui.printing import html_to_pdf
    from contactvault.services import consent, contacts, devices, preferences, vaults
    from contactvault.services import procedure as proc

    vault = vaults.create_vault(workdir / "demo.cvault", "demo passphrase 1")
    ctx = Context(vault, language=lang)
    try:
        # every detail the notice handed over with each consent needs (a small business
        # without a data-protection officer)
        preferences.save_settings(ctx, {
            "company.name": "Malerbetrieb Schmidt & Söhne",
            "company.address": "Farbweg 7, 34117 Kassel",
            "company.contact": "0561 123456, info@schmidt-soehne.example",
            "company.privacy_url": "https://schmidt-soehne.example/datenschutz",
            "company.responsible": "Petra Schmidt", "dpo.none": True})
        for name, number, category, kind in PEOPLE:
            contact = contacts.add_contact(ctx, formatted_name=name, numbers=[number],
                                           category=category)
            if kind:
                consent.record_event(ctx, contact.phones[0].e164, "granted",
                                     channel="paper", evidence="Formular", with_notice=True)
            if kind == "revoked":
                consent.record_event(ctx, contact.phones[0].e164, "revoked", channel="phone")
        device = devices.add_device(ctx, "Handy Baustelle 2", owner="Max Müller",
                                    phone_number="+49 151 98765432", platform="android").name
        proc.start(ctx, device, starting_point="whatsapp_installed", route="dedicated")
        proc.record_export_phone(ctx, device, files=["kontakte.vcf"])
        proc.record_import(ctx, device, phone_count=9, imported=7, merged=1, unchanged=0,
                           skipped=1, files=1)
        proc.record_classify(ctx, device)
        proc.record_clear(ctx, device, whatsapp_action="account_deleted",
                          phone_contacts_deleted=True, cloud_checked=True)
        proc.record_install(ctx, device, app="whatsapp_business")
        proc.transfer(ctx, device, workdir / "handy.vcf", lang=lang)
        proc.record_done(ctx, device, imported_on_phone=True, phone_count_after=4,
                         note="Anzahl geprüft" if lang == "de" else "count checked")
        written = [proc.write_protocol(ctx, device, outdir / f"protocol_{lang}.pdf",
                                       lang=lang, render_pdf=html_to_pdf)]
        sheet = proc.write_route_export(ctx, device, outdir / f"links_sheet_{lang}.pdf",
                                        "links", lang=lang, render_pdf=html_to_pdf)
        written.append(sheet.path)
        return written
    finally:
        vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--lang", default="de", choices=["de", "en"])
    parser.add_argument("--keep-pdf", action="store_true")
    args = parser.parse_args()
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        pdfs = build(Path(tmp), args.lang, outdir)
    pdftoppm = shutil.which("pdftoppm")
    for pdf in pdfs:
        if pdftoppm:
            subprocess.run([pdftoppm, "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1",
                            str(pdf), str(pdf.with_suffix(""))], check=True)
            print(pdf.with_suffix(".png"))
        if not args.keep_pdf and pdftoppm:
            pdf.unlink()
        else:
            print(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
