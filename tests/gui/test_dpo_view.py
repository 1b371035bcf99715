"""The data-protection page, driven in German: totals, the red must-be-zero list, and
each list opening its contacts in the contacts table."""

from __future__ import annotations

from tests.core.dashboard_history import NUMBERS, play
from tests.gui.conftest import PASSPHRASE, wait_until


def _unlocked_german(app, qtbot, vault, tmp_path):
    from contactvault.gui import i18n
    from contactvault.gui.windows.main_window import MainWindow

    play(vault, tmp_path)
    vault.lock()
    i18n.set_chosen_language("de")  # the language of the interface and of documents
    i18n.install(app, "de")
    window = MainWindow(vault.path)
    qtbot.addWidget(window)
    window.show()
    window.unlock_view.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_view.unlock_with_passphrase()
    wait_until(qtbot, lambda: window.unlocked)
    wait_until(qtbot, lambda: window.contacts_view.model.total() == 10)
    return window


def test_dpo_page_in_german_shows_totals_and_opens_lists(app, qtbot, vault, tmp_path):
    from PySide6.QtWidgets import QTreeWidgetItem

    from contactvault.gui import i18n

    window = _unlocked_german(app, qtbot, vault, tmp_path)
    try:
        view = window.dpo_view
        assert window.tabs.tabText(window.tabs.indexOf(view)) == "Datenschutz"
        window.tabs.setCurrentWidget(view)
        wait_until(qtbot, lambda: view.result is not None)
        assert view.title_label.text() == "Datenschutz"
        assert "Kontakte: 10" in view.contacts_label.text()
        assert "Kunde: 8" in view.contacts_label.text()
        assert "Diensthandy 1: 3" in view.phones_label.text()
        assert "widerrufen: 2" in view.numbers_label.text()
        # the must-be-zero list: red, open, with its four entries
        top = view.problem_item("unlawful_on_phone")
        assert top.text(0) == "Nummern auf einem WhatsApp-Telefon ohne heute gültige " \
                              "Einwilligung"
        assert top.text(1) == "4" and top.text(2).endswith("Tage")
        assert top.foreground(0).color().name() == "#b00020" and top.isExpanded()
        reasons = [top.child(i).text(3) for i in range(top.childCount())]
        assert any(r.startswith("widerrufen am 01.04.2026") for r in reasons)
        assert any("Privatkontakt" in r or "privat" in r.lower() for r in reasons)
        assert "4 Nummern auf einem WhatsApp-Telefon" in view.status_label.text()
        removals = view.problem_item("open_removals")
        # a closed list makes its entries when it is opened
        assert not removals.isExpanded() and removals.childCount() == 0
        assert removals.childIndicatorPolicy() == \
            QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
        view.tree.expandItem(removals)
        assert removals.childCount() == 2
        assert removals.child(0).text(3) == "2 Nummern müssen von diesem Telefon gelöscht werden"
        view.tree.collapseItem(removals)
        view.tree.expandItem(removals)
        assert removals.childCount() == 2  # made once
        # open the list: only its contacts in the table, until "show all"
        view.tree.setCurrentItem(top)
        assert view.open_button.isEnabled() and view.open_button.text() == "Kontakte &anzeigen"
        view.open_button.click()
        contacts = window.contacts_view
        assert window.tabs.currentWidget() is contacts
        shown = {contacts.model.name_of(contacts.model.contact_id(r))
                 for r in range(contacts.model.rowCount())}
        assert shown == {"Carla Christ", "Ida Imhof", "Dora Dietz"}
        assert contacts.only_bar.isVisible()
        assert "Nummern auf einem WhatsApp-Telefon" in contacts.only_label.text()
        contacts.show_all_button.click()
        assert contacts.model.rowCount() == 10 and not contacts.only_bar.isVisible()
        # phones whose procedure is not done: the phones page
        window.tabs.setCurrentWidget(view)
        view._open_item(view.problem_item("procedure_open"))
        assert window.tabs.currentWidget() is window.devices_view
        # confirming the removals turns the list green after a refresh
        from contactvault.services import exporting

        for device, name in (("Diensthandy 2", "Carla Christ"), ("Diensthandy 1", "Ida Imhof"),
                             ("Diensthandy 2", "Ida Imhof"), ("Diensthandy 1", "Dora Dietz")):
            exporting.confirm_removals_for_number(window.ctx, device, NUMBERS[name])
        window.tabs.setCurrentWidget(view)
        wait_until(qtbot, lambda: view.problem_item("unlawful_on_phone").text(1) == "0")
        assert view.problem_item("unlawful_on_phone").foreground(0).color().name() == "#006e32"
        assert "Keine Nummer" in view.status_label.text()
        # locking drops what the page showed
        window.lock()
        assert view.result is None and view.tree.topLevelItemCount() == 0
    finally:
        if window.vault is not None:
            window.vault.lock()
        i18n.set_chosen_language("en")
        i18n.install(app, "en")


def test_dpo_page_writes_the_documents(app, qtbot, vault, tmp_path):
    """The documents menu writes the register (CSV for Excel, PDF), the Art. 30 record and
    the staff rules, owner-only, through the app's printer."""
    import stat

    from contactvault.gui import i18n
    from contactvault.gui.ask import ask

    window = _unlocked_german(app, qtbot, vault, tmp_path)
    try:
        view = window.dpo_view
        window.tabs.setCurrentWidget(view)
        assert view.documents_button.text() == "D&okumente"
        for key, name in (("register_csv", "register.csv"), ("register_pdf", "register.pdf"),
                          ("processing_record", "art30.pdf"), ("staff_rules", "regeln.pdf")):
            target = tmp_path / name
            ask.preset("save_file", str(target))
            with qtbot.waitSignal(view.document_saved, timeout=60000):
                view.document_actions[key].trigger()
            assert stat.S_IMODE(target.stat().st_mode) == 0o600
            head = target.read_bytes()[:8]
            assert head.startswith(b"%PDF") if name.endswith(".pdf") else \
                head.startswith(b"\xef\xbb\xbf")
            assert view.status_label.text() == f"Gespeichert: {target}"
        text = (tmp_path / "register.csv").read_bytes().decode("utf-8-sig")
        assert "Einwilligungsregister" in text and "Bernd Bäcker" in text
    finally:
        if window.vault is not None:
            window.vault.lock()
        i18n.set_chosen_language("en")
        i18n.install(app, "en")


def test_a_long_list_shows_its_first_entries_and_how_many_more(app, qtbot, vault, tmp_path,
                                                                monkeypatch):
    """The page builds only the entries it lists: the first ones in the list's order,
    then a line for the rest; the count, the age and the contacts opened are the whole
    list's."""
    from contactvault.gui.widgets import dpo_view
    from contactvault.services import dashboard

    ctx, _clock = play(vault, tmp_path)
    monkeypatch.setattr(dpo_view, "SHOWN_ENTRIES", 3)
    view = dpo_view.DpoView(None)
    qtbot.addWidget(view)
    view.load_now(ctx)
    full = dashboard.dashboard(ctx).problem("unlawful_on_phone")
    top = view.problem_item("unlawful_on_phone")
    assert top.text(1) == "4" and top.text(2) == f"{full.age_days} days"
    assert [top.child(i).text(3) for i in range(3)] == \
        [item.reason_text() for item in full.items[:3]]
    assert top.childCount() == 4
    assert top.child(3).text(0) == "… and 1 more entry: open the list to see it"
    opened = []
    view.contacts_requested.connect(lambda ids, _title: opened.append(ids))
    view.open_problem("unlawful_on_phone")
    assert opened == [list(full.contact_ids)]
