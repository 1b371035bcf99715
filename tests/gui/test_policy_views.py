"""The policy in force where the GUI shows a phone's export history."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from contactvault.consent.policy import PolicySettings
from contactvault.gui.widgets.devices_view import fill_history
from contactvault.vault.exports import ExportRecord


def test_export_history_tooltip_states_the_policy_and_answer_period(app, qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(5)
    recorded = PolicySettings(implied_max_days=21, allow_contract=True).as_dict()
    fill_history(tree, [ExportRecord(1, 1, "full", "vcard", "standard", recorded, "w.vcf",
                                     "ab" * 32, 3, "Meister", "2026-12-01T10:00:00+00:00")])
    tip = tree.topLevelItem(0).toolTip(3)
    assert "answer period of 21 days" in tip
    assert "contract (GDPR Art. 6(1)(b))" in tip
    # an export recorded before the answer period existed shows what it recorded only
    tree.clear()
    fill_history(tree, [ExportRecord(2, 1, "full", "vcard", "strict", {"mode": "strict"},
                                     "old.vcf", "cd" * 32, 1, "Meister",
                                     "2025-01-01T10:00:00+00:00")])
    assert tree.topLevelItem(0).toolTip(3) == \
        "Strict: explicit consent only.\nOnly explicit consent counts."


def _shared_number_vault(tmp_path):
    from contactvault.context import Context
    from contactvault.services import consent, contacts, devices, vaults
    from tests.core.consent_helpers import fill_company
    from tests.gui.conftest import PASSPHRASE

    vault = vaults.create_vault(tmp_path / "v.cvault", PASSPHRASE)
    ctx = Context(vault)
    fill_company(ctx)  # the notice handed over with the grant is complete
    hans = contacts.add_contact(ctx, formatted_name="Hans Huber", numbers=["0171 1000001"],
                                category="customer")
    grete = contacts.add_contact(ctx, formatted_name="Grete Huber",
                                 numbers=["0171 1000001"], category="customer")
    consent.record_event(ctx, "+491711000001", "granted", with_notice=True,
                         contact_id=grete.id)
    devices.add_device(ctx, "Werkstatt")
    return ctx, hans, grete


def _review(qtbot, ctx):
    from contactvault.gui.wizards.export_wizard import ExportWizard

    wizard = ExportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.device_page.device_combo
    combo.setCurrentIndex(combo.findData("Werkstatt"))
    with qtbot.waitSignal(wizard.planned, timeout=15000):
        wizard.next()
    assert wizard.currentPage() is wizard.review_page
    return wizard.review_page


def test_export_review_names_the_policy_and_who_else_stores_a_number(app, qtbot, tmp_path):
    ctx, hans, grete = _shared_number_vault(tmp_path)
    try:
        review = _review(qtbot, ctx)
        assert review.included.topLevelItemCount() == 1
        row = review.included.topLevelItem(0)
        assert (row.text(0), row.text(3)) == ("Grete Huber", "Hans Huber")
        assert not review.included.isColumnHidden(3)
        assert review.included.headerItem().text(3) == "Also stored for"
        excluded = review.excluded.topLevelItem(0)
        assert excluded.text(0) == "Hans Huber"
        assert "once, under the contact whose consent allows it" in excluded.text(2)
        assert review.policy.text().startswith("Policy in force: Standard: ")
        assert "answer period of 14 days" in review.policy.text()
    finally:
        ctx.vault.lock()


def test_export_review_in_german(app, qtbot, tmp_path):
    from contactvault.gui import i18n

    ctx, hans, grete = _shared_number_vault(tmp_path)
    i18n.install(app, "de")
    try:
        review = _review(qtbot, ctx)
        assert review.included.headerItem().text(3) == "Auch gespeichert bei"
        assert review.policy.text().startswith("Geltende Regel: Standard: ")
        assert "Antwortfrist von 14 Tagen" in review.policy.text()
        assert "schlüssige Einwilligung (durch Verhalten)" in review.policy.text()
        assert "stillschweigend" not in review.policy.text()
        assert "nur einmal auf das Telefon" in review.excluded.topLevelItem(0).text(2)
    finally:
        i18n.install(app, "en")
        ctx.vault.lock()


def test_an_exports_kind_reads_alike_in_the_assistant_and_the_history(german, qtbot,
                                                                      tmp_path):
    """An export's kind has one name, translated once: the export assistant's summary
    and the phone's export history say the same words, in German here."""
    from contactvault.services import consent, contacts, exporting

    ctx, _hans, _grete = _shared_number_vault(tmp_path)
    try:
        review = _review(qtbot, ctx)  # no export yet: a full one
        assert "„Werkstatt“ (vollständiger Export)." in review.summary.text()
        review.wiz.close()
        exporting.export(ctx, "Werkstatt", tmp_path / "voll.vcf")
        new = contacts.add_contact(ctx, formatted_name="Ida Neu", numbers=["0171 1000002"],
                                   category="customer")
        consent.record_event(ctx, "+491711000002", "granted", with_notice=True,
                             contact_id=new.id)
        review = _review(qtbot, ctx)  # the phone has a history: an incremental one
        assert "„Werkstatt“ (ergänzender Export)." in review.summary.text()
        review.wiz.close()
        exporting.export(ctx, "Werkstatt", tmp_path / "neu.vcf", incremental=True)
        tree = QTreeWidget()
        qtbot.addWidget(tree)
        tree.setColumnCount(5)
        fill_history(tree, exporting.export_history(ctx, "Werkstatt"))
        assert sorted(tree.topLevelItem(i).text(1) for i in range(2)) == \
            ["ergänzender Export", "vollständiger Export"]
    finally:
        ctx.vault.lock()
