"""Unlocking: a wrong passphrase, a damaged or foreign file, no secret store — a clear
inline message, no traceback, nothing changed."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from contactvault.services import vaults
from tests.gui.conftest import PASSPHRASE, type_text


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_window(qtbot, path):
    from contactvault.gui.windows.main_window import MainWindow

    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    w.start()
    return w


def test_wrong_passphrase_shows_message_and_changes_nothing(qtbot, app, tmp_path):
    path = tmp_path / "v.cvault"
    vaults.create_vault(path, PASSPHRASE).lock()
    before = digest(path)
    w = make_window(qtbot, path)
    ui = w.unlock_view.ui
    assert ui.unlock_button.isEnabled() and not ui.create_button.isVisible()
    type_text(qtbot, ui.passphrase_edit, "wrong passphrase")
    qtbot.mouseClick(ui.unlock_button, Qt.MouseButton.LeftButton)
    assert not w.unlocked
    assert ui.message_label.isVisible()
    assert "passphrase is wrong" in ui.message_label.text()
    assert ui.passphrase_edit.hasFocus() or ui.passphrase_edit.selectedText()
    assert digest(path) == before
    # then the right one works
    ui.passphrase_edit.clear()
    type_text(qtbot, ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(ui.passphrase_edit, Qt.Key.Key_Return)
    assert w.unlocked


def test_damaged_and_foreign_files(qtbot, app, tmp_path):
    path = tmp_path / "v.cvault"
    path.write_bytes(b"\x00garbage" * 1000)
    before = digest(path)
    w = make_window(qtbot, path)
    type_text(qtbot, w.unlock_view.ui.passphrase_edit, PASSPHRASE)
    w.unlock_view.ui.unlock_button.click()
    assert not w.unlocked
    text = w.unlock_view.ui.message_label.text()
    assert text and "Traceback" not in text
    assert digest(path) == before
    empty = tmp_path / "empty.cvault"
    empty.write_bytes(b"")
    w.unlock_view.set_vault_path(empty)
    type_text(qtbot, w.unlock_view.ui.passphrase_edit, PASSPHRASE)
    w.unlock_view.ui.unlock_button.click()
    assert "empty" in w.unlock_view.ui.message_label.text()


def test_no_secret_store_disables_remember(qtbot, app, tmp_path):
    path = tmp_path / "v.cvault"
    vaults.create_vault(path, PASSPHRASE).lock()
    w = make_window(qtbot, path)  # the test environment has no secure keyring
    assert not w.unlock_view.ui.remember_check.isEnabled()
    assert w.unlock_view.ui.remember_check.toolTip()
    assert not w.unlock_view.ui.store_button.isVisible()
    assert not w.unlocked


def test_a_different_vault_at_the_path_is_a_clear_warning(qtbot, app, tmp_path):
    import shutil

    from contactvault.gui.ask import ask

    path = tmp_path / "v.cvault"
    vaults.create_vault(path, PASSPHRASE).lock()  # remembered for this path
    other = tmp_path / "other" / "v.cvault"
    vaults.create_vault(other, PASSPHRASE).lock()
    shutil.copyfile(other, path)
    w = make_window(qtbot, path)
    ui = w.unlock_view.ui
    type_text(qtbot, ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(ui.passphrase_edit, Qt.Key.Key_Return)
    assert w.unlocked
    warnings = [(title, text) for kind, title, text in ask.shown if kind == "warn"]
    assert warnings and warnings[0][0] == "A different vault"
    assert "is not the vault that was opened here before" in warnings[0][1]
    w.vault.lock()
