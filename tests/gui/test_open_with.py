""""Open with contactvault" (the desktop entry's ``contactvault gui %F``): the files wait
for the unlock, then the import wizard opens with them; nothing is imported unasked."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from contactvault.services import contacts, vaults
from tests.conftest import REPO
from tests.gui.conftest import PASSPHRASE, type_text, wait_until

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Erika Mustermann\r\nN:Mustermann;Erika;;;\r\n"
        "TEL;TYPE=CELL:0171 1000001\r\nEND:VCARD\r\n")


def test_files_wait_for_the_unlock_then_the_import_wizard_shows_them(qtbot, app, tmp_path):
    from contactvault.gui.windows.main_window import MainWindow
    from contactvault.gui.wizards.import_wizard import ImportWizard

    path = tmp_path / "v.cvault"
    vaults.create_vault(path, PASSPHRASE).lock()
    card = tmp_path / "Erika.vcf"
    card.write_text(CARD, encoding="utf-8")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.import_after_unlock([str(card)])
    w.show()
    w.start()
    assert not any(isinstance(x, ImportWizard) for x in app.topLevelWidgets() if x.isVisible())

    type_text(qtbot, w.unlock_view.ui.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(w.unlock_view.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert w.unlocked
    wait_until(qtbot, lambda: isinstance(getattr(w, "_wizard", None), ImportWizard)
               and w._wizard.isVisible())
    assert w._wizard.files_page.files() == [str(card)]
    assert contacts.list_contacts(w.ctx) == []  # the wizard asks before anything is read in
    w._wizard.reject()

    # a second unlock does not open the wizard again
    w.lock()
    type_text(qtbot, w.unlock_view.ui.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(w.unlock_view.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert w.unlocked and not w._wizard.isVisible()


def test_the_command_line_hands_the_files_to_the_window(tmp_path):
    path = tmp_path / "v.cvault"
    vaults.create_vault(path, PASSPHRASE).lock()
    card = tmp_path / "Erika.vcf"
    card.write_text(CARD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONTACTVAULT_QUIT_AFTER_START": "1",
           "LANGUAGE": "de"}
    done = subprocess.run([sys.executable, "-m", "contactvault", "--vault", str(path), "gui",
                           str(card)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "contactvault" in done.stdout
    assert "Traceback" not in done.stderr
