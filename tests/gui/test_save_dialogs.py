"""The desktop app's save dialogs: they start in the user's documents folder, ask before
replacing a file, and refuse the open vault, any vault and any backup (the same
decision as every ``-o`` of the command line: contactvault/output_files.py)."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from contactvault.gui.ask import ask, in_documents
from contactvault.gui.procedure.wizard import PAGE_IDS, ProcedureWizard
from contactvault.procedure.steps import Step
from contactvault.services import procedure as proc
from contactvault.services import vaults
from contactvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.procedure_helpers import consented_vault, make_device, run_until_install

FILTERS = "HTML documents (*.html)"


def _choose(vault_path, answer) -> str:
    ask.preset("save_file", str(answer))
    return ask.output_file(None, "Save", "protocol.pdf", FILTERS, vault_path=vault_path)


def test_refuses_the_open_vault_any_vault_and_any_backup(app, ctx, tmp_path):
    backup = tmp_path / "saved.cvb"
    vaults.backup(ctx.vault, backup, PASSPHRASE)
    other = tmp_path / "other.cvault"
    Vault.create(other, "another passphrase").lock()
    for target, reason in ((ctx.vault.path, "the vault that is open"),
                           (backup, "encrypted vault or backup"),
                           (other, "encrypted vault or backup")):
        ask.shown.clear()
        ask.preset("confirm", True)  # even a "Replace" would not be asked for
        assert _choose(ctx.vault.path, target) == ""
        kinds = [kind for kind, _title, _text in ask.shown]
        assert kinds == ["warn"], ask.shown
        assert reason in ask.shown[0][2] and "never writes over" in ask.shown[0][2]
        ask.reset(scripted=True)


def test_asks_before_replacing_an_ordinary_file(app, ctx, tmp_path):
    target = tmp_path / "notes.html"
    target.write_text("keep")
    ask.preset("confirm", False)
    assert _choose(ctx.vault.path, target) == ""
    assert ask.shown[-1][0] == "confirm" and "exists already" in ask.shown[-1][2]
    ask.preset("confirm", True)
    assert _choose(ctx.vault.path, target) == str(target)
    fresh = tmp_path / "fresh.html"
    ask.shown.clear()
    assert _choose(ctx.vault.path, fresh) == str(fresh) and ask.shown == []


def test_the_questions_are_german_under_a_german_ui(app, ctx, tmp_path):
    from contactvault.gui import i18n

    target = tmp_path / "notes.html"
    target.write_text("keep")
    i18n.install(app, "de")
    try:
        ask.preset("confirm", False)
        assert _choose(ctx.vault.path, target) == ""
        _kind, title, text = ask.shown[-1]
        assert title == "Datei ersetzen?"
        assert text == f"Die Datei {target} gibt es schon. Möchten Sie sie ersetzen?"
        ask.shown.clear()
        assert _choose(ctx.vault.path, ctx.vault.path) == ""
        assert ask.shown[-1][1] == "Datei nicht geschrieben"
    finally:
        i18n.install(app, "en")


def test_dialogs_start_in_the_documents_folder(app):
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents and Path(in_documents("protocol.pdf")) == Path(documents) / "protocol.pdf"


def test_protocol_page_refuses_the_vault_and_writes_owner_only(app, qtbot, ctx, tmp_path):
    consented_vault(ctx)
    device = make_device(ctx)
    run_until_install(ctx, device)
    proc.transfer(ctx, device, tmp_path / "phone.vcf")
    wizard = ProcedureWizard(ctx, device_name=device, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    done = wizard.page(PAGE_IDS[Step.DONE])
    before = hashlib.sha256(ctx.vault.path.read_bytes()).hexdigest()
    ask.preset("save_file", str(ctx.vault.path))
    done.save_protocol()
    assert ask.shown and ask.shown[-1][0] == "warn"
    assert not wizard.busy
    assert hashlib.sha256(ctx.vault.path.read_bytes()).hexdigest() == before

    protocol = tmp_path / "protocol.pdf"
    ask.preset("save_file", str(protocol))
    with qtbot.waitSignal(done.protocol_saved, timeout=30000):
        done.save_protocol()
    assert protocol.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(protocol.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
