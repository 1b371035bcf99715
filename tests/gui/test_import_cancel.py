"""Cancelling an import half-way leaves the vault exactly as before."""

from __future__ import annotations

import hashlib

from contactvault.context import Context
from contactvault.gui.ask import ask
from contactvault.services import contacts


def big_vcf(path, n):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for i in range(n):
            fh.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i} Müller\r\n"
                     f"N:Müller;Person {i};;;\r\nTEL;TYPE=CELL:0171 {2000000 + i}\r\n"
                     "END:VCARD\r\n")


def test_cancel_import_half_way(qtbot, window, tmp_path):
    from contactvault.services import vaults
    from tests.gui.conftest import PASSPHRASE

    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    contacts.add_contact(Context(vault), formatted_name="Vorher Da", numbers=["0171 1111111"])
    window.on_unlocked(vault)
    before = contacts.list_contacts(window.ctx)
    audit_before = hashlib.sha256(repr(before).encode()).hexdigest()
    source = tmp_path / "big.vcf"
    big_vcf(source, 60000)

    ask.preset("open_files", [str(source)])
    window.import_action.trigger()
    wizard = window._wizard
    wizard.files_page.add_button.click()
    with qtbot.waitSignal(wizard.import_failed, timeout=60000) as failed:
        wizard.next()
        # wait for real progress, then press Cancel
        qtbot.waitUntil(lambda: wizard.progress_page.bar.value() > 0, timeout=30000)
        assert wizard.progress_page.bar.value() < wizard.progress_page.bar.maximum()
        wizard.reject()
    from contactvault import errors

    assert isinstance(failed.args[0], errors.Cancelled)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    after = contacts.list_contacts(window.ctx)
    assert hashlib.sha256(repr(after).encode()).hexdigest() == audit_before
    assert window.contacts_view.model.total() == 1


def test_result_page_counts_files_that_could_not_be_read(qtbot, window, tmp_path):
    from contactvault.services import vaults
    from tests.gui.conftest import PASSPHRASE

    vault = vaults.create_vault(window.vault_path, PASSPHRASE)
    window.on_unlocked(vault)
    good = tmp_path / "gut.vcf"
    big_vcf(good, 2)
    picture = tmp_path / "foto.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    ask.preset("open_files", [str(good), str(picture)])
    window.import_action.trigger()
    wizard = window._wizard
    wizard.files_page.add_button.click()
    with qtbot.waitSignal(wizard.imported, timeout=60000) as done:
        wizard.next()
    assert done.args[0].files_unreadable == 1
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    text = wizard.result_page.summary.text()
    assert "New contacts imported: 2" in text and "Files that could not be read: 1" in text
    wizard.reject()
