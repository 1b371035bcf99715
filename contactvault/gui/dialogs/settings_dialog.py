"""Settings: default region, policy (mode, ages, purpose, legal bases), auto-lock, language;
the business's details are shown and edited in their one form (company_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from contactvault import errors
from contactvault.consent import policy
from contactvault.gui import i18n
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from contactvault.gui.widgets.message import show_message
from contactvault.i18n import translate


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from contactvault.gui.wizards.import_wizard import region_combo
        from contactvault.services import preferences

        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.saved: dict = {}
        self.policy_changed = False
        self.values = preferences.get_settings(ctx)
        combo = region_combo(self, self.values["numbers.default_region"])
        combo.setObjectName("region_combo")
        combo.setAccessibleName(self.ui.region_combo.accessibleName())
        self.ui.numbers_form.replaceWidget(self.ui.region_combo, combo)
        self.ui.region_combo.hide()  # deleted later; until then it would show at 0,0
        self.ui.region_combo.deleteLater()
        self.ui.region_combo = combo
        self.ui.region_label.setBuddy(combo)
        for mode in policy.MODES:
            self.ui.policy_combo.addItem(translate("Policy", policy.MODE_LABELS[mode]), mode)
        self.ui.policy_combo.setCurrentIndex(
            max(self.ui.policy_combo.findData(self.values["policy.mode"]), 0))
        self.ui.reconfirm_spin.setSpecialValueText(self.tr("never"))
        self.ui.reconfirm_spin.setSuffix(self.tr(" months"))
        self.ui.reconfirm_spin.setValue(int(self.values["policy.reconfirm_months"]))
        self.ui.implied_spin.setSuffix(self.tr(" days"))
        self.ui.implied_spin.setRange(1, policy.MAX_DAYS)
        self.ui.implied_spin.setValue(int(self.values["policy.implied_max_days"]))
        for purpose in policy.PURPOSES:
            self.ui.purpose_combo.addItem(translate("Policy", policy.PURPOSE_LABELS[purpose]),
                                          purpose)
        self.ui.purpose_combo.setCurrentIndex(
            max(self.ui.purpose_combo.findData(self.values["policy.purpose"]), 0))
        self.ui.allow_contract_check.setChecked(bool(self.values["policy.allow_contract"]))
        self.ui.allow_legitimate_interest_check.setChecked(
            bool(self.values["policy.allow_legitimate_interest"]))
        self.ui.lock_spin.setSpecialValueText(self.tr("never"))
        self.ui.lock_spin.setSuffix(self.tr(" minutes"))
        self.ui.lock_spin.setValue(int(self.values["security.lock_idle_minutes"]))
        # Each language named in itself, as a person looking for theirs expects.
        names = {"system": self.tr("As the system"), "de": "Deutsch", "en": "English"}
        for code in i18n.LANGUAGES:
            self.ui.language_combo.addItem(names.get(code, code), code)
        self.ui.language_combo.setCurrentIndex(
            max(self.ui.language_combo.findData(i18n.chosen_language()), 0))
        self.ui.company_button.clicked.connect(self.edit_company)
        self.show_company()
        self.ui.alternatives_check.setChecked(bool(self.values["alternatives.checked"]))
        self.ui.alternatives_edit.setText(self.values["alternatives.answer"])
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        show_message(self.ui.message_label, "")

    def show_company(self) -> None:
        """One line on the business: its name and the data-protection officer (or that
        none is appointed), or that the details are still missing."""
        from contactvault.services import company

        values = company.details(self.ctx)
        name = values["company.name"] or self.tr("(no company name yet)")
        if values["dpo.none"]:
            officer = self.tr("no data-protection officer appointed")
        elif values["dpo.name"]:
            officer = self.tr("data-protection officer: %1").replace("%1", values["dpo.name"])
        else:
            officer = self.tr("data-protection officer not entered yet")
        self.ui.company_summary_label.setText(f"{name} · {officer}")

    def edit_company(self) -> None:
        from contactvault.gui.dialogs.company_dialog import CompanyDialog

        if ask.run_dialog(CompanyDialog(self.ctx, parent=self)):
            self.show_company()

    def save(self) -> None:
        from contactvault.services import preferences

        values = {
            "numbers.default_region": self.ui.region_combo.currentData(),
            "policy.mode": self.ui.policy_combo.currentData(),
            "policy.reconfirm_months": self.ui.reconfirm_spin.value(),
            "policy.implied_max_days": self.ui.implied_spin.value(),
            "policy.purpose": self.ui.purpose_combo.currentData(),
            "policy.allow_contract": self.ui.allow_contract_check.isChecked(),
            "policy.allow_legitimate_interest":
                self.ui.allow_legitimate_interest_check.isChecked(),
            "security.lock_idle_minutes": self.ui.lock_spin.value(),
            "alternatives.checked": self.ui.alternatives_check.isChecked(),
            "alternatives.answer": self.ui.alternatives_edit.text().strip(),
        }
        try:
            changed = preferences.save_settings(self.ctx, values)
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.policy_changed = any(k.startswith("policy.") for k in changed)
        language = self.ui.language_combo.currentData()
        if language != i18n.chosen_language():
            i18n.set_chosen_language(language)
            ask.inform(self, self.tr("Language"), self.tr(
                "The new language is used from the next start of contactvault."))
        self.saved = values
        self.accept()
