"""First start: create a vault (passphrase twice, a strength hint, remember option)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from contactvault import errors
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_create_vault_dialog import Ui_CreateVaultDialog
from contactvault.gui.widgets.message import show_message
from contactvault.vault import MIN_PASSPHRASE_LENGTH


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 good, 4 strong — a rough, honest hint."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(bool(any(f(ch) for ch in passphrase))
                  for f in (str.islower, str.isupper, str.isdigit,
                            lambda ch: not ch.isalnum()))
    words = len(passphrase.split())
    score = 1
    if len(passphrase) >= 12 or (classes >= 3 and len(passphrase) >= 10):
        score = 2
    if len(passphrase) >= 16 or (words >= 3 and len(passphrase) >= 14):
        score = 3
    if len(passphrase) >= 22 or (words >= 4 and len(passphrase) >= 20):
        score = 4
    if len(set(passphrase)) <= 3:
        score = 1
    return score


class CreateVaultDialog(QDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultDialog()
        self.ui.setupUi(self)
        self.vault = None
        self.passphrase_remembered = False
        self.ui.path_edit.setText(str(vault_path))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create vault"))
        self.ui.button_box.accepted.connect(self.create)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.passphrase_edit.textChanged.connect(self._update_hint)
        self.ui.repeat_edit.textChanged.connect(self._update_hint)
        show_message(self.ui.message_label, "")
        from contactvault.vault import keys

        status = keys.status()
        self.ui.remember_check.setEnabled(status.available)
        if not status.available:
            self.ui.remember_check.setToolTip(self.tr(
                "No secret store of the system is available: %1").replace("%1", status.name))
        self._update_hint()
        self.ui.passphrase_edit.setFocus()

    def _browse(self) -> None:
        path = ask.save_file(self, self.tr("Where should the vault be stored?"),
                             self.ui.path_edit.text(),
                             self.tr("contactvault vaults (*.cvault)"))
        if path:
            if not path.endswith(".cvault"):
                path += ".cvault"
            self.ui.path_edit.setText(path)

    def _update_hint(self) -> None:
        text = self.ui.passphrase_edit.text()
        level = strength(text)
        hints = [
            self.tr("At least %1 characters are needed.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)),
            self.tr("Weak: a longer passphrase of several words is much safer."),
            self.tr("Fair: adding another word makes it much stronger."),
            self.tr("Good."),
            self.tr("Strong."),
        ]
        hint = hints[level] if text else hints[0]
        repeat = self.ui.repeat_edit.text()
        if repeat and repeat != text:
            hint += " " + self.tr("The two entries differ.")
        self.ui.strength_label.setText(hint)
        ok = level > 0 and repeat == text
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def create(self) -> None:
        from contactvault.services import vaults

        path = Path(self.ui.path_edit.text().strip()).expanduser()
        passphrase = self.ui.passphrase_edit.text()
        if passphrase != self.ui.repeat_edit.text():
            show_message(self.ui.message_label, self.tr("The two entries differ."))
            return
        try:
            vault = vaults.create_vault(path, passphrase)
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        if self.ui.remember_check.isChecked() and self.ui.remember_check.isEnabled():
            try:
                vaults.remember_passphrase(vault, passphrase)
                self.passphrase_remembered = True
            except errors.ContactVaultError as exc:
                ask.warn(self, self.tr("Passphrase not remembered"), exc.message())
        self.ui.passphrase_edit.clear()
        self.ui.repeat_edit.clear()
        self.vault = vault
        self.accept()
