"""The main window: locked (unlock view) or unlocked (contacts, WhatsApp phones)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

from contactvault import errors
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.clipboard import SensitiveClipboard
from contactvault.gui.i18n import user_settings
from contactvault.gui.lock import IdleWatcher
from contactvault.gui.widgets.unlock_view import UnlockView


class MainWindow(QMainWindow):
    vault_unlocked = Signal()
    vault_locked = Signal()
    table_loaded = Signal()
    statuses_loaded = Signal()

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.vault = None
        self.vault_path = Path(vault_path)
        self.contacts_view = None
        self.devices_view = None
        self._status_worker = None
        self.setWindowTitle(self.tr("contactvault"))
        self.setWindowIcon(icons.icon("contactvault"))
        self.clipboard = SensitiveClipboard(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock_idle)
        QApplication.instance().installEventFilter(self.idle)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_view = UnlockView(self.vault_path, self)
        self.unlock_view.setObjectName("unlock_view")
        self.unlock_view.unlocked.connect(self.on_unlocked)
        self.unlock_view.create_requested.connect(self.create_vault)
        self.unlock_view.vault_path_changed.connect(self._vault_path_changed)
        self.stack.addWidget(self.unlock_view)
        self._make_actions()
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        geometry = user_settings().value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Locked"))

    # -- actions ----------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(name, text, shortcut, slot, icon_name=None, tip=""):
            a = QAction(icons.icon(icon_name) if icon_name else QAction().icon(), text, self)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(tip or text.replace("&", "").replace("…", ""))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.import_action = action("import_action", self.tr("&Import…"), "Ctrl+I",
                                    lambda: self.open_import_wizard(), "import",
                                    self.tr("Import address books (Ctrl+I)"))
        self.export_action = action("export_action", self.tr("&Export…"), "Ctrl+E",
                                    self.open_export_wizard, "export",
                                    self.tr("Export for a WhatsApp phone (Ctrl+E)"))
        self.procedure_action = action(
            "procedure_action", self.tr("&Prepare a WhatsApp phone…"), "",
            self.open_procedure_wizard, "phone",
            self.tr("Secure contacts first, then install: the guided procedure"))
        self.add_action = action("add_action", self.tr("&Add contact…"), "Ctrl+N",
                                 self.add_contact, "add-contact",
                                 self.tr("Add a contact by hand (Ctrl+N)"))
        self.edit_action = action("edit_action", self.tr("E&dit contact…"), "F2",
                                  self.edit_contact, "edit")
        self.find_action = action("find_action", self.tr("&Find"), "Ctrl+F", self.focus_filter)
        self.settings_action = action("settings_action", self.tr("&Settings…"), "Ctrl+,",
                                      self.open_settings, "settings")
        self.lock_action = action("lock_action", self.tr("&Lock"), "Ctrl+L", self.lock,
                                  "lock", self.tr("Lock the vault (Ctrl+L)"))
        self.quit_action = action("quit_action", self.tr("&Quit"), "Ctrl+Q", self.close)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.import_action, self.export_action, self.add_action,
                  self.settings_action):
            toolbar.addAction(a)
        spacer = QWidget(toolbar)
        from PySide6.QtWidgets import QSizePolicy

        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        for a in (self.import_action, self.export_action, self.procedure_action, None,
                  self.settings_action,
                  self.lock_action, None, self.quit_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu = self.menuBar().addMenu(self.tr("&Contacts"))
        for a in (self.find_action, self.add_action, self.edit_action):
            menu.addAction(a)

    def open_procedure_wizard(self) -> None:
        from contactvault.gui.procedure import open_procedure_wizard

        open_procedure_wizard(self, self.vault)

    def _update_actions(self) -> None:
        unlocked = self.vault is not None and not self.vault.is_locked
        for a in (self.import_action, self.export_action, self.add_action, self.edit_action,
                  self.find_action, self.settings_action, self.lock_action,
                  self.procedure_action):
            a.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        """After the first paint: look at the secret store, unlock from it if remembered."""
        self.unlock_view.check_secret_store()
        if self.vault_path.exists():
            if not self.unlock_view.unlock_from_store(quiet=True):
                self.unlock_view.focus_passphrase()

    def _vault_path_changed(self, path: Path) -> None:
        self.vault_path = Path(path)

    def create_vault(self) -> None:
        from contactvault.gui.dialogs.create_vault_dialog import CreateVaultDialog

        dialog = CreateVaultDialog(self.vault_path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.vault_path = dialog.vault.path
            self.unlock_view.set_vault_path(dialog.vault.path)
            self.on_unlocked(dialog.vault, False)

    # -- unlock and lock ------------------------------------------------------------
    def _ensure_work_view(self) -> None:
        if self.contacts_view is not None:
            return
        from contactvault.gui.widgets.contacts_view import ContactsView
        from contactvault.gui.widgets.devices_view import DevicesView

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.contacts_view = ContactsView(self, self.tabs)
        self.devices_view = DevicesView(self, self.tabs)
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.devices_view, icons.icon("phone"), self.tr("WhatsApp phones"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.tabs)

    # The first screenful is read at once (a few ms); the other rows of a large vault
    # arrive from a worker thread a moment later (SQLite decrypts them without the GIL).
    FIRST_ROWS = 200

    def on_unlocked(self, vault, from_store: bool = False) -> None:
        from contactvault.services import contacts, preferences

        self.vault = vault
        self.vault_path = vault.path
        self._ensure_work_view()
        try:
            table = contacts.contact_table(vault, limit=self.FIRST_ROWS)
            prefs = preferences.get_settings(vault)
        except errors.ContactVaultError as exc:
            vault.lock()
            self.vault = None
            self.unlock_view.show_error(exc.message())
            return
        complete = len(table) < self.FIRST_ROWS
        self.contacts_view.model.load(table, complete=complete)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.contacts_view)
        self.contacts_view.filter_edit.setFocus()
        self._update_actions()
        self.idle.set_minutes(float(prefs.get("security.lock_idle_minutes", 10)))
        self.setWindowTitle(self.tr("contactvault – %1").replace("%1", vault.path.name))
        self.statusBar().showMessage(
            self.tr("Unlocked with the passphrase from the secret store") if from_store
            else self.tr("Unlocked"), 5000)
        self.vault_unlocked.emit()
        if complete:
            self.table_loaded.emit()
            # After the first paint: search keys, then every number's WhatsApp status.
            QTimer.singleShot(0, self._after_unlock)
        else:
            self.load_all_contacts()

    def load_all_contacts(self) -> None:
        from contactvault.gui.workers import Worker

        vault = self.vault

        def job(progress, cancel):
            from contactvault.services import contacts

            table = contacts.contact_table(vault)
            return (vault, table, contacts.table_text_haystacks(table),
                    contacts.table_digit_haystacks(table))

        worker = Worker(job)
        worker.signals.finished.connect(self._all_contacts_ready)
        worker.signals.failed.connect(self._statuses_failed)
        self._load_worker = worker
        worker.start()

    def _all_contacts_ready(self, result) -> None:
        vault, table, text_hay, digit_hay = result
        if vault is not self.vault or self.contacts_view is None:
            return  # locked meanwhile: drop it
        self.contacts_view.model.load(table, search_keys=(text_hay, digit_hay))
        self.table_loaded.emit()
        self.load_statuses()

    def _after_unlock(self) -> None:
        if self.vault is None or self.vault.is_locked or self.contacts_view is None:
            return
        self.contacts_view.model.build_index()
        self.load_statuses()

    def load_statuses(self) -> None:
        from contactvault.gui.workers import Worker

        vault = self.vault
        if vault is None or vault.is_locked:
            return

        def job(progress, cancel):
            from contactvault.services import consent

            result = consent.decisions_for_all(vault)
            statuses = {cid: tuple(d.status for _, d in items) for cid, items in result.items()}
            reasons = {cid: tuple(d.reason_text() for _, d in items)
                       for cid, items in result.items()}
            return vault, statuses, reasons

        worker = Worker(job)
        worker.signals.finished.connect(self._statuses_ready)
        worker.signals.failed.connect(self._statuses_failed)
        self._status_worker = worker
        worker.start()

    def _statuses_ready(self, result) -> None:
        vault, statuses, reasons = result
        if vault is not self.vault or self.contacts_view is None:
            return  # locked (or another vault) meanwhile: drop it
        self.contacts_view.model.set_statuses(statuses, reasons)
        self.statuses_loaded.emit()

    def _statuses_failed(self, exc) -> None:
        if isinstance(exc, errors.VaultLocked):
            return
        text = exc.message() if isinstance(exc, errors.ContactVaultError) else str(exc)
        self.statusBar().showMessage(self.tr("WhatsApp status could not be read: %1")
                                     .replace("%1", text))

    def lock_idle(self) -> None:
        from contactvault.gui.workers import active_workers

        if any(w.running for w in active_workers()
               if w is not self._status_worker and w is not getattr(self, "_load_worker", None)):
            self.idle.restart()  # an import or export is running: lock after it
            return
        self.lock()

    def lock(self) -> None:
        """Close dialogs, clear our clipboard text, drop contact data, lock the vault."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, (QDialog,
                                                                                  QWizard)):
                widget.reject()
        self.clipboard.clear_if_ours()
        if self.contacts_view is not None:
            self.contacts_view.clear()
        if self.devices_view is not None:
            self.devices_view.clear()
        if self.vault is not None:
            self.vault.lock()
        self.vault = None
        self.idle.stop()
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.refresh()
        self.unlock_view.focus_passphrase()
        self._update_actions()
        self.setWindowTitle(self.tr("contactvault"))
        self.statusBar().showMessage(self.tr("Locked"))
        import gc

        gc.collect()
        self.vault_locked.emit()

    @property
    def unlocked(self) -> bool:
        return self.vault is not None and not self.vault.is_locked

    # -- contact actions ------------------------------------------------------------
    def focus_filter(self) -> None:
        if self.contacts_view is not None and self.unlocked:
            self.tabs.setCurrentWidget(self.contacts_view)
            self.contacts_view.filter_edit.setFocus()
            self.contacts_view.filter_edit.selectAll()

    def refresh_contacts(self, ids: list[int]) -> None:
        from contactvault.services import contacts

        if not ids or not self.unlocked:
            return
        self.contacts_view.model.replace_rows(contacts.contact_table(self.vault, ids=ids))

    def set_category(self, ids: list[int], category: str) -> None:
        from contactvault.services import contacts

        try:
            changed = contacts.set_category(self.vault, ids, category)
        except errors.ContactVaultError as exc:
            ask.warn(self, self.tr("Category"), exc.message())
            return
        self.refresh_contacts(ids)
        if len(ids) == 1:
            self.contacts_view.detail.show_contact(ids[0], keep_message=True)
            self.contacts_view.detail.show_info(self.tr("Category changed."))
        self.statusBar().showMessage(self.tr("Category changed for %n contact(s).", "",
                                             changed), 5000)

    def add_contact(self) -> None:
        from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog

        if not self.unlocked:
            return
        dialog = ContactEditDialog(self.vault, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_contact:
            cid = dialog.result_contact.id
            self.refresh_contacts([cid])
            self.tabs.setCurrentWidget(self.contacts_view)
            self.contacts_view.select_contact(cid)

    def edit_contact(self) -> None:
        from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog

        detail = self.contacts_view.detail if self.contacts_view else None
        if not self.unlocked or detail is None or detail.contact is None:
            return
        dialog = ContactEditDialog(self.vault, detail.contact, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_contact:
            cid = dialog.result_contact.id
            self.refresh_contacts([cid])
            detail.show_contact(cid)

    def record_consent(self, e164: str, kind=None) -> None:
        from contactvault.consent.events import EventKind
        from contactvault.gui.dialogs.consent_dialog import ConsentDialog

        detail = self.contacts_view.detail
        if not e164 or detail.contact is None:
            return
        dialog = ConsentDialog(self.vault, e164, detail.contact.id,
                               detail.contact.display_name(), kind or EventKind.GRANTED, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            detail.show_contact(detail.contact.id)
            if dialog.event is not None and dialog.event.kind == EventKind.REVOKED.value:
                self._offer_revocation_confirmation(e164)
            else:
                detail.show_info(self.tr("Recorded."))

    def revoke(self, e164: str) -> None:
        from contactvault.consent.events import EventKind

        self.record_consent(e164, EventKind.REVOKED)

    def _offer_revocation_confirmation(self, e164: str) -> None:
        from contactvault.services import consent

        detail = self.contacts_view.detail
        language = detail.contact.language if detail.contact else "de"
        if ask.confirm(self, self.tr("Revocation recorded"), self.tr(
                "The revocation was recorded. The number goes onto the removal list of every "
                "WhatsApp phone that holds it.\n\nCopy a confirmation text for the customer "
                "to the clipboard?"), yes_text=self.tr("Copy confirmation"), default_yes=True):
            try:
                text = consent.revocation_confirmation(self.vault, e164, language)
                consent.record_revocation_confirmation_sent(self.vault, e164, language)
            except errors.ContactVaultError as exc:
                ask.warn(self, self.tr("Revocation"), exc.message())
                return
            self.clipboard.copy(text)
            detail.show_info(self.tr("The confirmation text is on the clipboard."))
        else:
            detail.show_info(self.tr("Revocation recorded."))

    def notice_sent(self, e164: str) -> None:
        from contactvault.services import consent

        detail = self.contacts_view.detail
        if not e164 or detail.contact is None:
            return
        try:
            _event, text = consent.mark_notice_sent(self.vault, e164, detail.contact.language)
        except errors.ContactVaultError as exc:
            ask.warn(self, self.tr("Information notice"), exc.message())
            return
        self.clipboard.copy(text)
        detail.show_contact(detail.contact.id, keep_message=True)
        detail.show_info(self.tr(
            "The information notice is on the clipboard: paste it into the chat. It was "
            "recorded as sent today."))

    # -- wizards and dialogs --------------------------------------------------------
    def open_import_wizard(self, files: list[str] | None = None) -> None:
        from contactvault.gui.wizards.import_wizard import ImportWizard

        if not self.unlocked:
            return
        wizard = ImportWizard(self.vault, files or [], self)
        self._wizard = wizard
        wizard.imported.connect(self._after_import)
        wizard.open()

    def _after_import(self, report) -> None:
        from contactvault.services import contacts

        if not self.unlocked:
            return
        self.contacts_view.model.load(contacts.contact_table(self.vault))
        self.table_loaded.emit()
        QTimer.singleShot(0, self._after_unlock)

    def open_export_wizard(self) -> None:
        from contactvault.gui.wizards.export_wizard import ExportWizard

        if not self.unlocked:
            return
        wizard = ExportWizard(self.vault, self)
        self._wizard = wizard
        wizard.finished.connect(lambda _r: self.devices_view.reload())
        wizard.open()

    def open_settings(self) -> None:
        from contactvault.gui.dialogs.settings_dialog import SettingsDialog

        if not self.unlocked:
            return
        dialog = SettingsDialog(self.vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_minutes(float(dialog.saved.get("security.lock_idle_minutes", 10)))
            if dialog.policy_changed:
                self.load_statuses()

    def _tab_changed(self, index: int) -> None:
        if self.devices_view is not None and self.tabs.widget(index) is self.devices_view:
            self.devices_view.reload()

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.unlocked and event.mimeData().hasUrls() and any(
                u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.unlocked:
            event.acceptProposedAction()
            self.open_import_wizard(files)

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        user_settings().setValue("ui/geometry", self.saveGeometry())
        self.clipboard.clear_if_ours()
        if self.vault is not None:
            self.vault.lock()
        super().closeEvent(event)
