"""The procedure through the real command line: steps, order refusal, status, protocol PDF."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from contactvault.context import Context
from contactvault.services import vaults
from tests.conftest import PASSPHRASE, REPO
from tests.core.procedure_helpers import FAKE_SHA, fake_transfer, make_device

DEVICE = "Baustelle <2>"


@pytest.fixture
def prepared(cli):
    assert cli("init").code == 0
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        make_device(Context(vault), name=DEVICE, platform="ios", owner="Anna Abel")
    finally:
        vault.lock()
    return cli


def _pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return unicodedata.normalize("NFKC", text)  # Qt's PDF keeps ligatures such as "ﬀ"


def test_steps_status_and_protocol(prepared, corpus, tmp_path):
    cli = prepared
    phone_file = corpus / "ios" / "John_Doe_IPHONE.vcf"
    assert cli("procedure", "start", "--device", DEVICE, "--starting-point",
               "whatsapp_installed").code == 0
    assert cli("procedure", "exported", "--device", DEVICE).code == 0
    result = cli("procedure", "import", "--device", DEVICE, "--phone-count", "2",
                 str(phone_file))
    assert result.code == 0, result.err
    assert "2" in result.out and "1 new" in result.out
    assert "differ" in result.err  # one contact more on the phone than in the file
    assert cli("procedure", "classified", "--device", DEVICE).code == 0
    refused = cli("procedure", "installed", "--device", DEVICE)
    assert refused.code == 4 and "Clear the phone" in refused.err
    assert cli("procedure", "cleared", "--device", DEVICE, "--whatsapp", "account_deleted",
               "--contacts-deleted", "--cloud-checked").code == 0
    assert cli("procedure", "installed", "--device", DEVICE, "--app",
               "whatsapp_business").code == 0
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        fake_transfer(Context(vault), DEVICE, count=1)
    finally:
        vault.lock()

    status = cli("procedure", "status", "--device", DEVICE, "--json")
    assert status.code == 0, status.err
    data = json.loads(status.out)
    assert [s["step"] for s in data["steps"]] == [
        "profile", "export_phone", "import", "classify", "clear", "install", "transfer"]
    assert data["next_step"] == "done" and data["route"] == "dedicated"
    assert "whatsapp_before_securing" in [f["finding"] for f in data["findings"]]
    human = cli("procedure", "status", "--device", DEVICE)
    assert "→ 8." in human.out and "⚠" in human.out

    pdf = tmp_path / "protokoll.pdf"
    written = cli("procedure", "protocol", "--device", DEVICE, "-o", str(pdf), "--lang", "de",
                  env={"CONTACTVAULT_LANG": "de"})
    assert written.code == 0, written.err
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _pdf_text(pdf)
    flat = " ".join(text.split())
    assert DEVICE in flat
    for title in ("Telefon und Ausgangslage", "Kontakte des Telefons exportieren",
                  "In den Tresor importieren", "Private und geschäftliche Kontakte",
                  "Telefon leeren", "WhatsApp installieren", "Kontakte mit Einwilligung",
                  "Abschluss"):
        assert title in flat, title
    assert FAKE_SHA in text.replace(" ", "").replace("\n", "")
    assert "WhatsApp war bereits installiert, während das Telefon noch andere Kontakte" in flat
    assert "noch nicht abgeschlossen: Schritt 8 von 8 (Abschluss) ist offen" in flat
    # no company name yet: the protocol says so in words, the command says how to add it
    assert "company.name" not in flat and "Unternehmen (nicht angegeben)" in flat
    assert ("Für das Protokoll fehlt: Firmenname. Tragen Sie es ein mit: contactvault "
            "settings set company.name „…“") in written.err, written.err


def test_status_prints_local_time_and_json_keeps_iso(prepared):
    """`procedure status` printed raw UTC (an hour off in Germany); JSON stays ISO UTC."""
    cli = prepared
    berlin = {"TZ": "Europe/Berlin"}
    assert cli("procedure", "start", "--device", DEVICE, "--starting-point", "new_phone",
               env=berlin).code == 0
    data = json.loads(cli("procedure", "status", "--device", DEVICE, "--json").out)
    stored = data["steps"][0]["recorded_at"]
    assert stored.endswith("+00:00")
    local = datetime.fromisoformat(stored).astimezone(ZoneInfo("Europe/Berlin"))
    human = cli("procedure", "status", "--device", DEVICE,
                env={**berlin, "CONTACTVAULT_LANG": "de"})
    assert f"[{local:%d.%m.%Y %H:%M} " in human.out, human.out
    assert stored not in human.out


def test_english_protocol_as_html(prepared, tmp_path):
    cli = prepared
    assert cli("procedure", "start", "--device", DEVICE, "--starting-point", "new_phone",
               "--route", "no_address_book").code == 0
    out = tmp_path / "protocol.html"
    written = cli("procedure", "protocol", "--device", DEVICE, "-o", str(out), "--lang", "en")
    assert written.code == 0
    page = out.read_text(encoding="utf-8")
    assert "Baustelle &lt;2&gt;" in page and "C – no address book at all" in page
    assert "Missing for the protocol: the company name" in written.err
    assert cli("settings", "set", "company.name", "Tischlerei Holz GmbH").code == 0
    again = cli("procedure", "protocol", "--device", DEVICE, "-o", str(out), "--force")
    assert again.code == 0 and "company" not in again.err, again.err


def test_unknown_device_and_steps_out_of_order(prepared):
    cli = prepared
    missing = cli("procedure", "status", "--device", "nope")
    assert missing.code != 0 and "nope" in missing.err
    early = cli("procedure", "exported", "--device", DEVICE)
    assert early.code != 0 and "not been started" in early.err
    assert cli("procedure", "start", "--device", DEVICE, "--starting-point",
               "has_contacts").code == 0
    skip = cli("procedure", "exported", "--device", DEVICE, "--skip")
    assert skip.code == 4


def test_status_does_not_load_qt(prepared):
    cli = prepared
    code = (
        "import sys\n"
        "from contactvault.cli import run\n"
        f"rc = run(['--vault', {str(cli.vault)!r}, 'procedure', 'status', '--device', "
        f"{DEVICE!r}, '--json'])\n"
        "assert rc == 0, rc\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n")
    import os

    env = dict(os.environ, CONTACTVAULT_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("NOQT")


def test_links_sheet_pdf_qr_codes_decode_to_exactly_the_eligible_links(prepared, tmp_path):
    pytest.importorskip("contactvault.services.exporting")
    pdftoppm, zbarimg = shutil.which("pdftoppm"), shutil.which("zbarimg")
    if pdftoppm is None or zbarimg is None:
        pytest.skip("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed")
    from tests.core.procedure_helpers import consented_vault

    cli = prepared
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        eligible = consented_vault(Context(vault))
    finally:
        vault.lock()
    pdf = tmp_path / "links.pdf"
    result = cli("procedure", "sheet", "--device", DEVICE, "--format", "links", "-o", str(pdf),
                 "--lang", "de")
    assert result.code == 0, result.err
    assert "2 consented numbers" in result.out
    subprocess.run([pdftoppm, "-r", "150", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    decoded = []
    for page in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run([zbarimg, "--quiet", "--raw", str(page)], capture_output=True,
                             text=True, timeout=60).stdout
        decoded += [line for line in out.splitlines() if line.startswith("https://")]
    assert sorted(decoded) == sorted(f"https://wa.me/{e.lstrip('+')}" for e in eligible)
    text = _pdf_text(pdf)
    for e in eligible:
        assert f"https://wa.me/{e.lstrip('+')}" in text
    assert "Carla" not in text and "Egon" not in text
    status = json.loads(cli("procedure", "status", "--device", DEVICE, "--json").out)
    assert status["run"] is None  # a sheet outside the procedure records no step


def test_export_command_writes_selection_and_links(prepared, tmp_path):
    pytest.importorskip("contactvault.services.exporting")
    from tests.core.procedure_helpers import consented_vault

    cli = prepared
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        consented_vault(Context(vault))
    finally:
        vault.lock()
    selection = tmp_path / "auswahl.html"
    result = cli("export", "--device", DEVICE, "--format", "selection", "-o", str(selection),
                 "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["format"] == "selection" and data["numbers"] == 2
    assert "Anna Abel" in selection.read_text(encoding="utf-8")
    links = tmp_path / "links.html"
    assert cli("export", "--device", DEVICE, "--format", "links", "-o", str(links)).code == 0
    assert links.read_text(encoding="utf-8").count("https://wa.me/") >= 2


def test_done_refused_while_removals_are_open(cli, tmp_path):
    """procedure done names the numbers still to delete; once confirmed it succeeds and
    the protocol says "abgeschlossen"."""
    from contactvault.services import consent, procedure
    from tests.core.procedure_helpers import consented_vault, run_until_install

    assert cli("init").code == 0
    vault = vaults.unlock_vault(cli.vault, PASSPHRASE).vault
    try:
        ctx = Context(vault)
        consented_vault(ctx)
        make_device(ctx, name=DEVICE)
        run_until_install(ctx, DEVICE)
        procedure.transfer(ctx, DEVICE, tmp_path / "phone.vcf")
        consent.record_event(ctx, "+49 151 11111111", "revoked")
    finally:
        vault.lock()
    refused = cli("procedure", "done", "--device", DEVICE, "--confirm",
                  env={"CONTACTVAULT_LANG": "de"})
    assert refused.code == 4
    assert "1 Rufnummer muss noch vom Telefon gelöscht werden (Anna Abel" in refused.err
    status = json.loads(cli("procedure", "status", "--device", DEVICE, "--json").out)
    assert status["completed"] is False
    assert cli("removals", "--device", DEVICE, "--confirm", "+49 151 11111111").code == 0
    assert cli("procedure", "done", "--device", DEVICE, "--confirm").code == 0
    out = tmp_path / "protocol.html"
    assert cli("procedure", "protocol", "--device", DEVICE, "-o", str(out), "--lang",
               "de").code == 0
    page = out.read_text(encoding="utf-8")
    assert "<td>abgeschlossen am " in page
    head = json.loads(cli("audit", "verify", "--json").out)
    # the protocol printed the head before its own printing was recorded
    assert f"{head['count'] - 1}:" in page
