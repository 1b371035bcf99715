"""The procedure wizard driven through every step on a corpus file: leave half-way and
resume, redo a step, refuse while locked, print the protocol."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

from contactvault import errors  # noqa: E402
from contactvault.context import Context  # noqa: E402
from contactvault.gui.ask import ask  # noqa: E402
from contactvault.gui.procedure.wizard import PAGE_IDS, ProcedureWizard  # noqa: E402
from contactvault.procedure.steps import Step  # noqa: E402
from contactvault.services import procedure as proc  # noqa: E402
from contactvault.services import vaults  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.core.procedure_helpers import consented_vault, make_device  # noqa: E402

DEVICE = "Baustellen-Handy"


@pytest.fixture(autouse=True)
def scripted_answers():
    ask.reset(scripted=True)
    yield ask
    ask.reset()


def _open(qtbot, ctx, device=DEVICE) -> ProcedureWizard:
    wizard = ProcedureWizard(ctx, device_name=device, lang="de")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _page(wizard, step):
    return wizard.page(PAGE_IDS[step])


def _next(wizard, expected: Step) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_IDS[expected], (
        wizard.current_step(), wizard.currentPage().frame.message.text())


def test_wizard_all_steps_with_resume_and_redo(ctx, qtbot, vault, vault_path, corpus, tmp_path):
    pytest.importorskip("contactvault.services.exporting")
    consented_vault(ctx)  # a few business contacts with consent already in the vault
    phone_file = corpus / "android" / "John_Doe_ANDROID.vcf"

    # -- step 1: a new phone profile, made in the wizard --------------------------------
    wizard = ProcedureWizard(ctx, lang="de")
    qtbot.addWidget(wizard)
    wizard.show()
    profile = _page(wizard, Step.PROFILE)
    assert profile.ui.device_combo.currentData() is None
    assert not profile.isComplete()
    profile.ui.name_edit.setText(DEVICE)
    profile.ui.owner_edit.setText("Anna Abel")
    profile.ui.platform_combo.setCurrentIndex(profile.ui.platform_combo.findData("android"))
    profile.start_buttons[next(p for p in profile.start_buttons if p.value == "has_contacts")
                          ].setChecked(True)
    assert "Weg A" in profile.ui.route_text.toPlainText()
    _next(wizard, Step.EXPORT_PHONE)

    # -- step 2: exported -----------------------------------------------------------
    export_page = _page(wizard, Step.EXPORT_PHONE)
    assert not export_page.ui.skip_box.isVisible()  # not a new phone
    assert "Kontakte" in export_page.frame.instructions.toPlainText()
    assert not export_page.isComplete()
    export_page.ui.done_box.setChecked(True)
    _next(wizard, Step.IMPORT)

    # -- step 3: import the corpus file and compare ----------------------------------
    import_page = _page(wizard, Step.IMPORT)
    assert not import_page.isComplete()
    ask.preset("open_files", [str(phone_file)])
    import_page.choose_files()
    import_page.ui.count_spin.setValue(7)
    with qtbot.waitSignal(import_page.imported, timeout=30000):
        import_page.ui.import_button.click()
    assert import_page.isComplete(), import_page.frame.message.text()
    shown = import_page.ui.result_label.text()
    assert "7" in shown and "differ" in shown  # the file holds fewer records than 7
    _next(wizard, Step.CLASSIFY)

    # -- leave half-way, come back -------------------------------------------------------
    wizard.close()
    vault.lock()
    vault = vaults.unlock_vault(vault_path, PASSPHRASE).vault
    ctx = Context(vault)
    wizard = _open(qtbot, ctx)
    assert wizard.currentId() == PAGE_IDS[Step.CLASSIFY]
    wizard.back()  # going back shows what was recorded and deletes nothing
    assert wizard.currentId() == PAGE_IDS[Step.IMPORT]
    assert _page(wizard, Step.IMPORT).frame.recorded_label.isVisible()
    wizard.next()
    assert wizard.currentId() == PAGE_IDS[Step.CLASSIFY]

    # -- step 4: classify in bulk ----------------------------------------------------
    classify = _page(wizard, Step.CLASSIFY)
    assert classify.unclassified > 0
    classify.select_unclassified()
    classify.ui.category_combo.setCurrentIndex(classify.ui.category_combo.findData("customer"))
    classify.apply_category()
    assert classify.unclassified == 0
    assert "0 of" in classify.ui.count_label.text()
    _next(wizard, Step.CLEAR)

    # -- a locked vault refuses and nothing is recorded -------------------------------
    clear = _page(wizard, Step.CLEAR)
    assert not clear.isComplete()
    clear.ui.contacts_box.setChecked(True)
    clear.ui.cloud_box.setChecked(True)
    assert clear.isComplete()
    vault.lock()
    wizard.next()
    assert wizard.currentId() == PAGE_IDS[Step.CLEAR]
    assert errors.VaultLocked().message() in clear.frame.message.text()
    vault.unlock(PASSPHRASE)
    _next(wizard, Step.INSTALL)

    # -- redo step 4: back twice, tick "again", forward --------------------------------
    wizard.back()
    wizard.back()
    assert wizard.currentId() == PAGE_IDS[Step.CLASSIFY]
    assert classify.frame.redo_box.isVisible()
    classify.frame.redo_box.setChecked(True)
    _next(wizard, Step.CLEAR)
    _next(wizard, Step.INSTALL)  # clear was recorded: moving on does not record it again
    status = proc.status(ctx, DEVICE)
    assert [r.attempt for r in status.records if r.step is Step.CLASSIFY] == [1, 2]
    assert len([r for r in status.records if r.step is Step.CLEAR]) == 1

    # -- step 6: install ----------------------------------------------------------------
    install = _page(wizard, Step.INSTALL)
    assert not install.isComplete()
    install.ui.installed_box.setChecked(True)
    _next(wizard, Step.TRANSFER)

    # -- step 7: transfer (the consented contacts only) --------------------------------
    transfer = _page(wizard, Step.TRANSFER)
    assert not transfer.isComplete()
    target = tmp_path / "for-the-phone.vcf"
    ask.preset("save_file", str(target))
    with qtbot.waitSignal(transfer.transferred, timeout=30000):
        transfer.ui.export_button.click()
    assert transfer.isComplete(), transfer.frame.message.text()
    assert target.is_file() and "SHA-256" in transfer.ui.result_label.text()
    _next(wizard, Step.DONE)

    # -- step 8: done and protocol -------------------------------------------------------
    done = _page(wizard, Step.DONE)
    assert not done.isComplete()
    protocol = tmp_path / "protokoll.pdf"
    ask.preset("save_file", str(protocol))
    with qtbot.waitSignal(done.protocol_saved, timeout=30000):
        done.ui.protocol_button.click()
    assert protocol.read_bytes().startswith(b"%PDF")
    done.ui.on_phone_box.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.accept()
    status = proc.status(ctx, DEVICE)
    assert status.completed
    assert [r.step for r in status.records] == [
        Step.PROFILE, Step.EXPORT_PHONE, Step.IMPORT, Step.CLASSIFY, Step.CLEAR,
        Step.CLASSIFY, Step.INSTALL, Step.TRANSFER, Step.DONE]
    assert status.latest(Step.TRANSFER).figures["count"] == 2


def test_whatsapp_already_installed_cannot_skip_dealing_with_it(ctx, qtbot):
    make_device(ctx, name=DEVICE, platform="ios")
    proc.start(ctx, DEVICE, starting_point="whatsapp_installed")
    proc.record_export_phone(ctx, DEVICE)
    proc.record_import(ctx, DEVICE, phone_count=0, imported=0, merged=0, unchanged=0,
                       skipped=0)
    proc.record_classify(ctx, DEVICE)
    wizard = _open(qtbot, ctx)
    assert wizard.currentId() == PAGE_IDS[Step.CLEAR]
    clear = _page(wizard, Step.CLEAR)
    assert "iCloud" in clear.frame.instructions.toPlainText()  # iOS instructions
    clear.ui.contacts_box.setChecked(True)
    clear.ui.cloud_box.setChecked(True)
    clear.ui.whatsapp_combo.setCurrentIndex(clear.ui.whatsapp_combo.findData("not_installed"))
    assert not clear.isComplete()
    clear.ui.whatsapp_combo.setCurrentIndex(clear.ui.whatsapp_combo.findData("account_deleted"))
    assert clear.isComplete()


def test_new_phone_skips_export_and_import(ctx, qtbot):
    make_device(ctx, name=DEVICE)
    proc.start(ctx, DEVICE, starting_point="new_phone", route="no_address_book")
    wizard = _open(qtbot, ctx)
    assert wizard.currentId() == PAGE_IDS[Step.EXPORT_PHONE]
    page = _page(wizard, Step.EXPORT_PHONE)
    assert page.ui.skip_box.isVisible()
    page.ui.skip_box.setChecked(True)
    _next(wizard, Step.IMPORT)
    import_page = _page(wizard, Step.IMPORT)
    with qtbot.waitSignal(import_page.imported, timeout=5000):
        import_page.ui.import_button.click()
    _next(wizard, Step.CLASSIFY)
    status = proc.status(ctx, DEVICE)
    assert status.latest(Step.IMPORT).outcome.value == "skipped"


def test_open_procedure_wizard_hook(qtbot, ctx):
    from PySide6.QtWidgets import QApplication, QWidget

    from contactvault.gui.procedure import open_procedure_wizard

    parent = QWidget()
    qtbot.addWidget(parent)
    opened = open_procedure_wizard(parent, ctx)
    wizards = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, ProcedureWizard) and w.isVisible()]
    assert wizards == [opened] and opened.currentId() == PAGE_IDS[Step.PROFILE]
    opened.close()
