"""The settings dialog offers what the core declares and the window applies what it saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from contactvault import settings
from contactvault.consent import policy
from contactvault.gui.ask import ask
from contactvault.services import preferences, vaults
from tests.gui.conftest import PASSPHRASE


def unlocked(window):
    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    window.on_unlocked(vault)
    return vault


def test_idle_lock_starts_with_the_settings_default(window):
    unlocked(window)
    assert window.idle._ms == settings.DEFAULTS["security.lock_idle_minutes"] * 60_000


def test_policy_modes_are_the_policy_modules_and_saving_applies(qtbot, window):
    unlocked(window)
    offered = []

    def fill(dialog):
        combo = dialog.ui.policy_combo
        offered.extend((combo.itemData(i), combo.itemText(i)) for i in range(combo.count()))
        combo.setCurrentIndex(combo.findData(policy.STRICT))
        dialog.ui.lock_spin.setValue(3)
        assert dialog.ui.implied_spin.value() == 14
        dialog.ui.implied_spin.setValue(21)
        assert not dialog.ui.allow_legitimate_interest_check.isChecked()
        dialog.ui.allow_legitimate_interest_check.setChecked(True)
        purposes = dialog.ui.purpose_combo
        assert [purposes.itemData(i) for i in range(purposes.count())] == list(policy.PURPOSES)
        purposes.setCurrentIndex(purposes.findData(policy.ADVERTISING))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    ask.preset("dialog", fill)
    with qtbot.waitSignal(window.statuses_loaded, timeout=5000):  # the policy changed
        window.settings_action.trigger()
    assert offered == [(mode, policy.MODE_LABELS[mode]) for mode in policy.MODES]
    values = preferences.get_settings(window.ctx)
    assert values["policy.mode"] == policy.STRICT
    assert values["security.lock_idle_minutes"] == 3
    assert values["policy.implied_max_days"] == 21 and values["policy.purpose"] == "advertising"
    assert values["policy.allow_legitimate_interest"] is True
    assert values["policy.allow_contract"] is False
    assert window.idle._ms == 3 * 60_000


def test_the_answer_about_threema_or_signal_is_recorded(qtbot, window):
    unlocked(window)

    def fill(dialog):
        assert not dialog.ui.alternatives_check.isChecked()
        dialog.ui.alternatives_check.setChecked(True)
        dialog.ui.alternatives_edit.setText("Kunden schreiben fast nur über WhatsApp")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    ask.preset("dialog", fill)
    window.settings_action.trigger()
    values = preferences.get_settings(window.ctx)
    assert values["alternatives.checked"] is True
    assert values["alternatives.answer"] == "Kunden schreiben fast nur über WhatsApp"


def test_the_business_is_edited_in_its_one_form(qtbot, window):
    """The settings show the business in one line and open the company form ("Your
    business") to change it; no second set of fields that could say something else."""
    unlocked(window)
    preferences.save_settings(window.ctx, {"company.name": "Malerbetrieb Kunz",
                                           "dpo.none": True})
    seen = {}

    def company(form):
        assert form.ui.no_dpo_box.isChecked()
        form.ui.no_dpo_box.setChecked(False)
        form.ui.dpo_name_edit.setText("Dr. Dora Datenschutz")
        form.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    def settings(dialog):
        seen["before"] = dialog.ui.company_summary_label.text()
        ask.preset("dialog", company)
        dialog.ui.company_button.click()
        seen["after"] = dialog.ui.company_summary_label.text()
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    ask.preset("dialog", settings)
    window.settings_action.trigger()
    assert seen["before"] == "Malerbetrieb Kunz · no data-protection officer appointed"
    assert seen["after"] == "Malerbetrieb Kunz · data-protection officer: Dr. Dora Datenschutz"
    values = preferences.get_settings(window.ctx)
    assert values["dpo.none"] is False and values["dpo.name"] == "Dr. Dora Datenschutz"
