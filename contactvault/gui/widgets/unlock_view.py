"""The locked window's face: unlock the vault, or create the first one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from contactvault import errors
from contactvault.gui.ask import ask
from contactvault.gui.forms.ui_unlock_view import Ui_UnlockView
from contactvault.gui.widgets.message import show_message


class UnlockView(QWidget):
    unlocked = Signal(object, bool)  # the Vault, whether the secret store was used
    create_requested = Signal()
    vault_path_changed = Signal(object)  # Path

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockView()
        self.ui.setupUi(self)
        font = QFont(self.ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        self.vault_path = vault_path
        self._store_available: bool | None = None
        self.ui.unlock_button.clicked.connect(self.unlock_with_passphrase)
        self.ui.passphrase_edit.returnPressed.connect(self.unlock_with_passphrase)
        self.ui.store_button.clicked.connect(lambda: self.unlock_from_store(quiet=False))
        self.ui.create_button.clicked.connect(self.create_requested)
        self.ui.choose_vault_button.clicked.connect(self._choose_vault)
        self.ui.store_button.hide()
        self.refresh()

    # -- state ----------------------------------------------------------------------
    def refresh(self) -> None:
        exists = self.vault_path.exists()
        self.ui.path_label.setText(self.tr("Vault: %1").replace("%1", str(self.vault_path)))
        # No vault yet: nothing to unlock, so no passphrase field and no "Unlock" button —
        # the one thing to do is to create the vault.
        for widget in (self.ui.passphrase_label, self.ui.passphrase_edit,
                       self.ui.unlock_button, self.ui.remember_check):
            widget.setVisible(exists)
        self.ui.passphrase_edit.setEnabled(exists)
        self.ui.unlock_button.setEnabled(exists)
        self.ui.create_button.setVisible(not exists)
        self.ui.create_button.setDefault(not exists)
        self.ui.unlock_button.setDefault(exists)
        if exists:
            self.ui.title_label.setText(self.tr("The vault is locked"))
            self.ui.intro_label.setText(self.tr(
                "Your contacts are stored encrypted. Enter the passphrase to open them."))
        else:
            self.ui.title_label.setText(self.tr("Welcome to contactvault"))
            self.ui.intro_label.setText(self.tr(
                "There is no vault here yet. Create one to keep your business contacts "
                "encrypted; afterwards you can import a phone's address book."))
            self.ui.store_button.hide()
        show_message(self.ui.message_label, "")

    def check_secret_store(self) -> None:
        """Ask the OS secret store (may take a moment; called after the first paint)."""
        from contactvault.vault import keys

        status = keys.status()
        self._store_available = status.available
        self.ui.remember_check.setEnabled(status.available)
        if not status.available:
            # status.name is the backends' own (English, technical) reason: not for people
            self.ui.remember_check.setToolTip(self.tr(
                "This computer offers no secret store (GNOME Keyring or KWallet, the macOS "
                "Keychain, the Windows Credential Manager): the passphrase cannot be "
                "remembered and is asked for at every start."))
        remembered = status.available and self.vault_path.exists() \
            and keys.recall(self.vault_path) is not None
        self.ui.store_button.setVisible(bool(remembered))
        self.ui.remember_check.setChecked(bool(remembered))

    def focus_passphrase(self) -> None:
        self.ui.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        show_message(self.ui.message_label, text, "error")

    def show_info(self, text: str) -> None:
        show_message(self.ui.message_label, text, "info")

    # -- actions ----------------------------------------------------------------------
    def unlock_with_passphrase(self) -> None:
        from contactvault.services import vaults

        passphrase = self.ui.passphrase_edit.text()
        if not passphrase:
            self.show_error(self.tr("Please enter the passphrase."))
            return
        try:
            result = vaults.unlock_vault(self.vault_path, passphrase)
        except errors.ContactVaultError as exc:
            self.ui.passphrase_edit.selectAll()
            self.ui.passphrase_edit.setFocus()
            self.show_error(exc.message())
            return
        self.ui.passphrase_edit.clear()
        vault = result.vault
        if self.ui.remember_check.isChecked() and self.ui.remember_check.isEnabled():
            try:
                vaults.remember_passphrase(vault, passphrase)
            except errors.ContactVaultError as exc:
                ask.warn(self, self.tr("Passphrase not remembered"), exc.message())
        elif self._store_available and self.ui.store_button.isVisible() \
                and not self.ui.remember_check.isChecked():
            vaults.forget_passphrase(vault)
        show_message(self.ui.message_label, "")
        self._report(result)
        self.unlocked.emit(vault, False)

    def unlock_from_store(self, quiet: bool = True) -> bool:
        from contactvault.services import vaults

        if not self.vault_path.exists():
            return False
        try:
            result = vaults.unlock_vault(self.vault_path, None)
        except errors.NoPassphrase:
            if not quiet:
                self.show_error(self.tr("No passphrase is remembered for this vault."))
            return False
        except errors.WrongPassphrase:
            self.show_error(self.tr(
                "The passphrase remembered in the secret store does not open this vault "
                "(was it changed?). Please enter it."))
            return False
        except errors.ContactVaultError as exc:
            self.show_error(exc.message())
            return False
        self._report(result)
        self.unlocked.emit(result.vault, True)
        return True

    def _report(self, result) -> None:
        """Another vault at this path (a clear warning), and what the start-up clean-up
        finished for a process that was killed."""
        if result.other_vault is not None:
            ask.warn(self, self.tr("A different vault"), result.other_vault.message())
        if result.recovered:
            ask.inform(self, self.tr("Unfinished work cleaned up"),
                       "\n\n".join(r.message() for r in result.recovered))

    def _choose_vault(self) -> None:
        path = ask.open_file(self, self.tr("Choose a vault file"),
                             self.tr("contactvault vaults (*.cvault);;All files (*)"),
                             str(self.vault_path.parent))
        if path:
            self.set_vault_path(Path(path))

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = Path(path)
        self.refresh()
        if self._store_available is not None:
            self.check_secret_store()
        self.vault_path_changed.emit(self.vault_path)
