"""The procedure wizard's pages: long work on a worker while the wizard waits, refusals
from procedure/steps.py inline, the clear page asking steps.py, every text translated."""

from __future__ import annotations

import itertools
import threading

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QWizard,
)

from contactvault.gui.ask import ask
from contactvault.gui.procedure.wizard import PAGE_IDS, ProcedureWizard
from contactvault.i18n import translate
from contactvault.procedure import steps
from contactvault.procedure.steps import (
    PROBLEM_TEXTS,
    ClearCheck,
    OrderProblem,
    Route,
    StartingPoint,
    Step,
    WhatsAppAction,
)
from contactvault.services import procedure as proc
from tests.core.procedure_helpers import consented_vault, make_device, run_until_install

DEVICE = "Baustellen-Handy"


def _open(qtbot, ctx, device=DEVICE) -> ProcedureWizard:
    wizard = ProcedureWizard(ctx, device_name=device, lang="de")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _until_clear(ctx, device, starting_point, route) -> None:
    proc.start(ctx, device, starting_point=starting_point, route=route)
    proc.record_export_phone(ctx, device)
    proc.record_import(ctx, device, phone_count=0, imported=0, merged=0, unchanged=0,
                       skipped=0)
    proc.record_classify(ctx, device)


def test_route_a_from_profile_to_protocol(app, qtbot, ctx, tmp_path):
    """Route A through every page; the transfer and the protocol on the worker."""
    consented_vault(ctx)
    wizard = ProcedureWizard(ctx, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    profile = wizard.page(PAGE_IDS[Step.PROFILE])
    profile.ui.name_edit.setText(DEVICE)
    profile.route_buttons[Route.DEDICATED].setChecked(True)
    profile.start_buttons[StartingPoint.NEW_PHONE].setChecked(True)
    wizard.next()
    export = wizard.currentPage()
    export.ui.skip_box.setChecked(True)
    wizard.next()
    skipped = wizard.currentPage()
    assert skipped.ui.files.isHidden()  # nothing to choose: the export was skipped
    with qtbot.waitSignal(skipped.imported, timeout=5000):
        skipped.ui.import_button.click()
    wizard.next()
    assert wizard.current_step() is Step.CLASSIFY
    wizard.next()
    clear = wizard.currentPage()
    clear.ui.contacts_box.setChecked(True)
    clear.ui.cloud_box.setChecked(True)
    wizard.next()
    wizard.currentPage().ui.installed_box.setChecked(True)
    wizard.next()
    transfer = wizard.currentPage()
    assert wizard.current_step() is Step.TRANSFER and not transfer.isComplete()
    target = tmp_path / "phone.vcf"
    ask.preset("save_file", str(target))
    with qtbot.waitSignal(wizard.job_ended, timeout=30000):
        transfer.ui.export_button.click()
        assert wizard.busy  # the click returned before the file was written
    assert transfer.isComplete() and not wizard.busy
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert "2 consented numbers written" in transfer.ui.result_label.text()
    assert transfer.ui.progress_bar.isHidden()
    wizard.next()
    done = wizard.currentPage()
    protocol = tmp_path / "protocol.pdf"
    ask.preset("save_file", str(protocol))
    with qtbot.waitSignal(done.protocol_saved, timeout=30000) as saved:
        done.ui.protocol_button.click()
    assert saved.args == [protocol] and protocol.read_bytes().startswith(b"%PDF")
    done.ui.on_phone_box.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    status = proc.status(ctx, DEVICE)
    assert status.completed and status.route is Route.DEDICATED
    assert status.latest(Step.TRANSFER).figures["count"] == 2


def test_the_wizard_waits_for_the_transfer_and_then_closes(app, qtbot, ctx, tmp_path,
                                                           monkeypatch):
    consented_vault(ctx)
    make_device(ctx, name=DEVICE)
    run_until_install(ctx, DEVICE)
    gate = threading.Event()
    threads = []
    real_transfer = proc.transfer

    def held_transfer(*args, **kwargs):
        threads.append(threading.current_thread())
        gate.wait(20)
        return real_transfer(*args, **kwargs)

    monkeypatch.setattr(proc, "transfer", held_transfer)
    wizard = _open(qtbot, ctx)
    transfer = wizard.currentPage()
    assert wizard.current_step() is Step.TRANSFER
    ask.preset("save_file", str(tmp_path / "phone.vcf"))
    transfer.ui.export_button.click()
    assert wizard.busy and transfer.ui.progress_bar.isVisible()
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.CustomButton1):
        assert not wizard.button(which).isEnabled(), which
    assert not transfer.ui.export_button.isEnabled()
    wizard.next()  # a programmatic Next is refused as well
    assert wizard.current_step() is Step.TRANSFER
    wizard.close()  # asked to close: it waits for the work
    assert wizard.isVisible()
    assert "as soon as" in transfer.frame.message.text()
    with qtbot.waitSignal(wizard.job_ended, timeout=30000):
        gate.set()
    assert threads and threads[0] is not threading.main_thread()
    assert not wizard.isVisible()  # closed once the transfer was recorded
    assert proc.status(ctx, DEVICE).latest(Step.TRANSFER) is not None


def test_a_failed_transfer_shows_inline_and_frees_the_wizard(app, qtbot, ctx, tmp_path):
    make_device(ctx, name=DEVICE)
    run_until_install(ctx, DEVICE)  # nobody consented: nothing may go onto the phone
    wizard = _open(qtbot, ctx)
    transfer = wizard.currentPage()
    ask.preset("save_file", str(tmp_path / "phone.vcf"))
    with qtbot.waitSignal(transfer.transferred, timeout=30000) as reported:
        transfer.ui.export_button.click()
    assert reported.args == [None]
    assert transfer.frame.message.isVisibleTo(wizard) and transfer.frame.message.text()
    assert not wizard.busy and wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not transfer.isComplete()
    assert not (tmp_path / "phone.vcf").exists()


def test_a_step_refused_by_the_order_rules_shows_inline_in_german(qtbot, ctx, app):
    from contactvault.gui import i18n

    make_device(ctx, name=DEVICE)
    _until_clear(ctx, DEVICE, "has_contacts", "dedicated")
    proc.record_clear(ctx, DEVICE, whatsapp_action="not_installed",
                      phone_contacts_deleted=False, cloud_checked=True)  # not cleared
    i18n.install(app, "de")
    try:
        wizard = _open(qtbot, ctx)
        assert wizard.current_step() is Step.INSTALL
        install = wizard.currentPage()
        install.ui.installed_box.setChecked(True)
        wizard.next()
        refusal = translate("Procedure", PROBLEM_TEXTS[OrderProblem.CLEAR_NOT_CONFIRMED])
        assert wizard.current_step() is Step.INSTALL
        assert refusal != PROBLEM_TEXTS[OrderProblem.CLEAR_NOT_CONFIRMED]  # German
        assert refusal in install.frame.message.text()
        assert install.frame.message.isVisibleTo(wizard)
    finally:
        i18n.install(app, "en")
    assert proc.status(ctx, DEVICE).latest(Step.INSTALL) is None


def _expected_clear(start: StartingPoint, route: Route, action: WhatsAppAction,
                    ticked: set[ClearCheck]) -> bool:
    """The rule as the procedure describes it, written out independently."""
    if start is StartingPoint.WHATSAPP_INSTALLED and action is WhatsAppAction.NOT_INSTALLED:
        return False
    contacts_gone = ClearCheck.PHONE_CONTACTS_DELETED in ticked or (
        route is Route.SELECTED and ClearCheck.ACCESS_LIMITED in ticked)
    return contacts_gone and ClearCheck.CLOUD_CHECKED in ticked


def test_clear_page_offers_and_requires_what_steps_says(app, qtbot, ctx):
    for start, route in itertools.product(StartingPoint, Route):
        device = make_device(ctx, name=f"{start.value}-{route.value}")
        _until_clear(ctx, device, start, route)
        wizard = _open(qtbot, ctx, device)
        page = wizard.currentPage()
        assert wizard.current_step() is Step.CLEAR
        assert page.ui.limited_box.isVisible() is (route is Route.SELECTED)
        assert page.ui.contacts_box.isVisible() and page.ui.cloud_box.isVisible()
        offered = [c for c, box in page.boxes.items() if box.isVisible()]
        for action in WhatsAppAction:
            page.ui.whatsapp_combo.setCurrentIndex(page.ui.whatsapp_combo.findData(action.value))
            for size in range(len(offered) + 1):
                for ticked in itertools.combinations(offered, size):
                    for check, box in page.boxes.items():
                        box.setChecked(check in ticked)
                    assert page.isComplete() is _expected_clear(start, route, action,
                                                                set(ticked)), \
                        (start, route, action, ticked)
        wizard.close()


def test_clear_page_follows_a_changed_rule_in_steps(app, qtbot, ctx, monkeypatch):
    """The page has no rule of its own: change steps.clear_rule and the page follows."""
    make_device(ctx, name=DEVICE)
    _until_clear(ctx, DEVICE, "has_contacts", "dedicated")
    only_cloud = steps.ClearRule(offered=(ClearCheck.CLOUD_CHECKED,),
                                 required=(frozenset({ClearCheck.CLOUD_CHECKED}),),
                                 refused_actions=frozenset())
    monkeypatch.setattr(steps, "clear_rule", lambda **_kw: only_cloud)
    wizard = _open(qtbot, ctx)
    page = wizard.currentPage()
    assert page.ui.contacts_box.isHidden() and page.ui.limited_box.isHidden()
    assert not page.isComplete()
    page.ui.cloud_box.setChecked(True)
    assert page.isComplete()


def _texts(wizard: ProcedureWizard, page) -> dict[str, str]:
    """Every text a person reads on the page, by where it sits."""
    found = {"title": page.title(), "window": wizard.windowTitle(),
             "close_later": wizard.buttonText(QWizard.WizardButton.CustomButton1)}
    widgets = page.findChildren(QLabel) + page.findChildren(QAbstractButton)
    for index, widget in enumerate(widgets):
        if widget.isVisibleTo(page) and widget.text():
            found[widget.objectName() or f"{type(widget).__name__}#{index}"] = widget.text()
    for box in page.findChildren(QGroupBox):
        found[box.objectName()] = box.title()
    for combo_name in ("platform_combo", "whatsapp_combo", "category_combo"):
        combo = getattr(page.ui, combo_name, None)
        if combo is not None:
            for i in range(combo.count()):
                found[f"{combo_name}[{i}]"] = combo.itemText(i)
    table = getattr(page.ui, "contacts_table", None)
    if table is not None:
        for column in range(table.columnCount()):
            found[f"header[{column}]"] = table.horizontalHeaderItem(column).text()
    return found


# Texts that are the same in both languages: names of products and systems.
SAME_IN_BOTH = {"WhatsApp", "WhatsApp Business", "Android", "iOS (iPhone)", "Name:",
                "Name"}


def test_every_text_on_the_pages_is_german_under_german(app, qtbot, ctx, tmp_path):
    """Each page rendered in English and in German: no visible text stays English."""
    from contactvault.gui import i18n

    consented_vault(ctx)
    make_device(ctx, name=DEVICE)
    run_until_install(ctx, DEVICE, route="selected")
    proc.record_transfer(ctx, DEVICE, proc.TransferResult(tmp_path / "x.pdf", "selection",
                                                            None, "0" * 64, 1))
    shown = {}
    for language in ("en", "de"):
        i18n.install(app, language)
        wizard = _open(qtbot, ctx)
        shown[language] = {}
        for step in Step:
            wizard.setStartId(PAGE_IDS[step])
            wizard.restart()
            page = wizard.currentPage()
            page.frame.redo_box.show()
            page.frame.recorded_label.show()
            shown[language][step] = _texts(wizard, page)
        wizard.close()
    i18n.install(app, "en")
    untranslated = [
        (step.value, where, text) for step in Step
        for where, text in shown["en"][step].items()
        if shown["de"][step].get(where) == text and text not in SAME_IN_BOTH
        and any(ch.isalpha() for ch in text) and DEVICE not in text]
    assert not untranslated, untranslated


def test_the_wizard_records_with_its_context(app, qtbot, vault):
    """Steps recorded through the wizard name the context's actor and take its clock;
    the wizard's documents are in the context's language."""
    from datetime import UTC, datetime

    from contactvault.context import Context

    ctx = Context(vault, actor="Dana Datenschutz",
                  clock=lambda: datetime(2026, 11, 23, 9, 30, tzinfo=UTC), language="en")
    make_device(ctx, name=DEVICE)
    wizard = ProcedureWizard(ctx, device_name=DEVICE)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.lang == "en"
    wizard.next()
    assert wizard.current_step() is Step.EXPORT_PHONE
    record = proc.status(ctx, DEVICE).latest(Step.PROFILE)
    assert record.actor == "Dana Datenschutz" and record.recorded_at.startswith("2026-11-23")
    wizard.back()
    assert "Dana Datenschutz" in wizard.currentPage().frame.recorded_label.text()


def test_the_done_page_refuses_while_removals_are_open_in_german(qtbot, ctx, app, tmp_path):
    from contactvault.gui import i18n
    from contactvault.services import consent, exporting

    consented_vault(ctx)
    make_device(ctx, name=DEVICE)
    run_until_install(ctx, DEVICE)
    proc.transfer(ctx, DEVICE, tmp_path / "phone.vcf")
    consent.record_event(ctx, "+49 151 11111111", "revoked")
    consent.record_event(ctx, "+49 170 2222222", "revoked")
    i18n.install(app, "de")
    try:
        wizard = _open(qtbot, ctx)
        assert wizard.current_step() is Step.DONE
        done = wizard.currentPage()
        done.ui.on_phone_box.setChecked(True)
        assert not done.isComplete()
        text = done.frame.message.text()
        assert "solange 2 Rufnummern noch von diesem Telefon gelöscht werden müssen" in text
        assert "Anna Abel" in text and done.frame.message.isVisibleTo(wizard)
        wizard.close()
        for number in ("+49 151 11111111", "+49 170 2222222"):
            exporting.confirm_removals_for_number(ctx, DEVICE, number)
        wizard = _open(qtbot, ctx)
        done = wizard.currentPage()
        done.ui.on_phone_box.setChecked(True)
        assert done.isComplete() and not done.frame.message.text()
        wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        i18n.install(app, "en")
    assert proc.status(ctx, DEVICE).completed
