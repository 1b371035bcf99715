"""The main window: locked (unlock view) or unlocked (contacts, WhatsApp phones)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

from contactvault import errors
from contactvault.context import Context
from contactvault.gui import icons
from contactvault.gui.ask import ask
from contactvault.gui.clipboard import SensitiveClipboard
from contactvault.gui.coalesce import coalesced
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
        # The one context every service call of the unlocked session gets (None while
        # locked): the vault, who acts, the clock, the language.
        self.ctx: Context | None = None
        self.vault_path = Path(vault_path)
        self.contacts_view = None  # the work views are built at the first unlock
        self.devices_view = None
        self.dpo_view = None
        self._files_to_import: list[str] = []
        self.setWindowTitle("")  # Qt shows the application name
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
        self.requests_action = action(
            "requests_action", self.tr("&Data-subject requests…"), "", self.open_requests,
            tip=self.tr("Access, rectification, restriction, objection and erasure for the "
                        "selected contact (GDPR)"))
        self.chat_action = action(
            "chat_action", self.tr("Consent from a &WhatsApp chat…"), "",
            self.open_chat_consent,
            tip=self.tr("Record the consent events of an exported WhatsApp chat"))
        self.retention_action = action(
            "retention_action", self.tr("Erase contacts past the &retention period…"), "",
            self.erase_retention)
        self.settings_action = action("settings_action", self.tr("&Settings…"), "Ctrl+,",
                                      self.open_settings, "settings")
        self.audit_action = action(
            "audit_action", self.tr("Check the &audit trail…"), "", self.open_audit, "",
            self.tr("Check that no consent, export or removal record was changed"))
        self.lock_action = action("lock_action", self.tr("&Lock"), "Ctrl+L", self.lock,
                                  "lock", self.tr("Lock the vault (Ctrl+L)"))
        self.quit_action = action("quit_action", self.tr("&Quit"), "Ctrl+Q", self.close)
        self.guide_action = action("guide_action", self.tr("&Guide"), "F1", self.open_guide)
        self.about_action = action("about_action", self.tr("&About contactvault"), "",
                                   self.open_about)
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.import_action, self.export_action, self.add_action,
                  self.settings_action):
            toolbar.addAction(a)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        for a in (self.import_action, self.export_action, self.procedure_action, None,
                  self.settings_action, self.audit_action,
                  self.lock_action, None, self.quit_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu = self.menuBar().addMenu(self.tr("&Contacts"))
        for a in (self.find_action, self.add_action, self.edit_action, None,
                  self.chat_action, self.requests_action, self.retention_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        for a in (self.guide_action, self.about_action):
            menu.addAction(a)

    def open_guide(self) -> None:
        """The bundled guide; readable while locked too (it holds no personal data)."""
        from contactvault.gui.dialogs.guide_dialog import GuideDialog
        from contactvault.i18n import current_language

        self._help = GuideDialog(current_language(), self)  # the interface's language
        self._help.show()

    def open_about(self) -> None:
        from contactvault.gui.dialogs.about_dialog import AboutDialog

        self._help = AboutDialog(self)
        self._help.show()

    def open_procedure_wizard(self) -> None:
        from contactvault.gui.procedure import open_procedure_wizard

        wizard = open_procedure_wizard(self, self.ctx)
        wizard.vault_changed.connect(self.refresh_views)
        wizard.finished.connect(lambda _result: self.refresh_views())

    def refresh_views(self) -> None:
        """Read the table, the statuses and the phones again after a wizard changed the
        vault; several changes in a row are read once."""
        if not hasattr(self, "_refresh_soon"):
            self._refresh_soon = coalesced(self, self._refresh_now)
        self._refresh_soon()

    def _refresh_now(self) -> None:
        if not self.unlocked:
            return
        self.loader.refresh()
        self.devices_view.reload()
        if self.tabs.currentWidget() is self.dpo_view:
            self.dpo_view.reload()

    def show_contacts_list(self, contact_ids: list, title: str) -> None:
        """A list from the data-protection page: only its contacts in the table."""
        if not self.unlocked:
            return
        self.contacts_view.filter_edit.clear()
        self.contacts_view.show_only(list(contact_ids), title)
        self.tabs.setCurrentWidget(self.contacts_view)

    def _update_actions(self) -> None:
        unlocked = self.vault is not None and not self.vault.is_locked
        for a in (self.import_action, self.export_action, self.add_action, self.edit_action,
                  self.find_action, self.settings_action, self.lock_action,
                  self.procedure_action, self.audit_action, self.requests_action,
                  self.retention_action, self.chat_action):
            a.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        """After the first paint: look at the secret store, unlock from it if remembered."""
        self.unlock_view.check_secret_store()
        if self.vault_path.exists():
            if not self.unlock_view.unlock_from_store(quiet=True):
                self.unlock_view.focus_passphrase()
        # while the passphrase is typed: the views an unlock shows (empty until then)
        QTimer.singleShot(0, self, self._ensure_work_view)

    def _vault_path_changed(self, path: Path) -> None:
        self.vault_path = Path(path)

    def create_vault(self) -> None:
        from contactvault.gui.dialogs.create_vault_dialog import CreateVaultDialog

        dialog = CreateVaultDialog(self.vault_path, self)
        if ask.run_dialog(dialog) and dialog.vault is not None:
            self.vault_path = dialog.vault.path
            self.unlock_view.set_vault_path(dialog.vault.path)
            self.on_unlocked(dialog.vault, False)

    # -- unlock and lock ------------------------------------------------------------
    def _ensure_work_view(self) -> None:
        if self.contacts_view is not None:
            return
        from contactvault.gui.consent_actions import ConsentActions
        from contactvault.gui.contact_actions import ContactActions
        from contactvault.gui.contacts_loader import ContactsLoader
        from contactvault.gui.widgets.contacts_view import ContactsView
        from contactvault.gui.widgets.devices_view import DevicesView
        from contactvault.gui.widgets.dpo_view import DpoView

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.contacts_view = ContactsView(self, self.tabs)
        self.devices_view = DevicesView(self, self.tabs)
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.devices_view, icons.icon("phone"), self.tr("WhatsApp phones"))
        self.dpo_view = DpoView(self, self.tabs)
        self.tabs.addTab(self.dpo_view, icons.icon("lock"), self.tr("Data protection"))
        self.dpo_view.contacts_requested.connect(self.show_contacts_list)
        self.dpo_view.phones_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.devices_view))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.tabs)

        def current_context():
            return self.ctx  # None while locked

        self.loader = ContactsLoader(self.contacts_view.model, current_context, self)
        self.loader.table_loaded.connect(self.table_loaded)
        self.loader.statuses_loaded.connect(self.statuses_loaded)
        self.loader.failed.connect(lambda text: self.statusBar().showMessage(
            self.tr("WhatsApp status could not be read: %1").replace("%1", text)))
        self.contacts_view.welcome.procedure_requested.connect(self.open_procedure_wizard)
        self.contacts_view.welcome.import_requested.connect(lambda: self.open_import_wizard())
        detail = self.contacts_view.detail
        self.contact_actions = ContactActions(self.contacts_view, current_context)
        self.contact_actions.status_message.connect(self.statusBar().showMessage)
        detail.edit_requested.connect(self.contact_actions.edit)
        detail.category_requested.connect(self.contact_actions.set_category)
        self.consent_actions = ConsentActions(detail, self.clipboard, current_context)
        detail.consent_requested.connect(self.consent_actions.record)
        detail.notice_requested.connect(self.consent_actions.send_notice)
        detail.revoke_requested.connect(self.consent_actions.revoke)
        detail.evidence_requested.connect(self.consent_actions.evidence)
        detail.requests_requested.connect(self.open_requests)
        detail.chat_requested.connect(lambda: self.open_chat_consent())

    def on_unlocked(self, vault, from_store: bool = False) -> None:
        from contactvault.gui.i18n import effective_language
        from contactvault.procedure import templates
        from contactvault.services import preferences

        self.ctx = Context(vault, language=templates.language(effective_language()))
        self.vault_path = vault.path
        self._ensure_work_view()
        try:
            self.loader.load_first(self.ctx)
            prefs = preferences.get_settings(self.ctx)
        except errors.ContactVaultError as exc:
            vault.lock()
            self.ctx = None
            self.unlock_view.show_error(exc.message())
            return
        self.loader.load_rest()  # the other rows on a worker while the window is made ready
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.contacts_view)
        self.contacts_view.filter_edit.setFocus()
        self._update_actions()
        self._apply_settings(prefs)
        # Qt adds " — contactvault" (the application's display name) itself
        self.setWindowTitle(vault.path.name)
        self.statusBar().showMessage(
            self.tr("Unlocked with the passphrase from the secret store") if from_store
            else self.tr("Unlocked"), 5000)
        self.vault_unlocked.emit()
        if self._files_to_import:  # "Open with contactvault": the files wait for the unlock
            files, self._files_to_import = self._files_to_import, []
            self.open_import_wizard(files)

    def _apply_settings(self, prefs: dict) -> None:
        self.idle.set_minutes(float(prefs["security.lock_idle_minutes"]))

    def lock_idle(self) -> None:
        from contactvault.gui.workers import active_workers

        if any(w.running and not self.loader.owns(w) for w in active_workers()):
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
        if self.dpo_view is not None:
            self.dpo_view.clear()
        if self.ctx is not None:
            self.ctx.vault.lock()
        self.ctx = None
        self.idle.stop()
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.refresh()
        self.unlock_view.focus_passphrase()
        self._update_actions()
        self.setWindowTitle("")
        self.statusBar().showMessage(self.tr("Locked"))
        import gc

        gc.collect()
        self.vault_locked.emit()

    @property
    def vault(self):
        """The unlocked vault (None while locked)."""
        return self.ctx.vault if self.ctx is not None else None

    @property
    def unlocked(self) -> bool:
        return self.ctx is not None and not self.ctx.vault.is_locked

    # -- contact actions ------------------------------------------------------------
    def focus_filter(self) -> None:
        if self.contacts_view is not None and self.unlocked:
            self.tabs.setCurrentWidget(self.contacts_view)
            self.contacts_view.filter_edit.setFocus()
            self.contacts_view.filter_edit.selectAll()

    def add_contact(self) -> None:
        if self.unlocked and self.contact_actions.add():
            self.tabs.setCurrentWidget(self.contacts_view)

    def edit_contact(self) -> None:
        if self.unlocked:
            self.contact_actions.edit()

    def open_requests(self) -> None:
        """Data-subject requests (GDPR) for the contact in the detail pane."""
        from contactvault.gui.dialogs.requests_dialog import RequestsDialog

        detail = self.contacts_view.detail if self.contacts_view is not None else None
        if not self.unlocked or detail is None or detail.contact is None:
            return
        dialog = RequestsDialog(self.ctx, detail.contact.id, self)
        dialog.changed.connect(self._contact_changed)
        dialog.erased.connect(self._contact_erased)
        ask.run_dialog(dialog)

    def open_chat_consent(self) -> None:
        """Consent from an exported WhatsApp chat; the contact in the detail pane is
        offered as the chat's partner."""
        from contactvault.gui.dialogs.chat_consent_dialog import ChatConsentDialog

        if not self.unlocked:
            return
        path = ask.open_file(self, self.tr("Exported WhatsApp chat"), self.tr(
            "WhatsApp chat exports (*.txt *.zip);;All files (*)"))
        if not path:
            return
        detail = self.contacts_view.detail if self.contacts_view is not None else None
        contact = detail.contact.id if detail is not None and detail.contact else None
        dialog = ChatConsentDialog(self.ctx, path, contact, self)
        dialog.changed.connect(self._contact_changed)
        dialog.contact_added.connect(lambda _id: self.refresh_views())
        ask.run_dialog(dialog)

    def _contact_changed(self, contact_id: int) -> None:
        self.contact_actions.refresh([contact_id])
        self.contacts_view.detail.show_contact(contact_id, keep_message=True)

    def _contact_erased(self, contact_id: int) -> None:
        self.contacts_view.detail.clear()
        self.loader.reload(erased=[contact_id])

    def erase_retention(self) -> None:
        from contactvault.gui.dialogs.requests_dialog import erase_retention

        if not self.unlocked:
            return
        erased = erase_retention(self.ctx, self)
        if erased:
            self.contacts_view.detail.clear()
            self.loader.reload(erased=erased)  # gone from the table at once

    # -- wizards and dialogs --------------------------------------------------------
    def import_after_unlock(self, files: list[str]) -> None:
        """Open the import wizard with ``files`` once the vault is open (the desktop's
        "Open with", or files named on the command line); at once if it is open."""
        if self.unlocked:
            self.open_import_wizard(files)
        else:
            self._files_to_import = list(files)

    def open_import_wizard(self, files: list[str] | None = None) -> None:
        from contactvault.gui.wizards.import_wizard import ImportWizard

        if not self.unlocked:
            return
        wizard = ImportWizard(self.ctx, files or [], self)
        self._wizard = wizard
        wizard.imported.connect(self._after_import)
        wizard.open()

    def _after_import(self, report) -> None:
        if self.unlocked:
            self.loader.reload()

    def open_export_wizard(self) -> None:
        from contactvault.gui.wizards.export_wizard import ExportWizard

        if not self.unlocked:
            return
        wizard = ExportWizard(self.ctx, self)
        self._wizard = wizard
        wizard.finished.connect(lambda _r: self.devices_view.reload())
        wizard.open()

    def open_settings(self) -> None:
        from contactvault.gui.dialogs.settings_dialog import SettingsDialog

        if not self.unlocked:
            return
        dialog = SettingsDialog(self.ctx, self)
        if ask.run_dialog(dialog):
            self._apply_settings(dialog.saved)
            if dialog.policy_changed:
                self.loader.load_statuses()

    def open_audit(self) -> None:
        from contactvault.gui.dialogs.audit_dialog import AuditDialog

        if not self.unlocked:
            return
        ask.run_dialog(AuditDialog(self.ctx, self))

    def _tab_changed(self, index: int) -> None:
        if self.devices_view is not None and self.tabs.widget(index) is self.devices_view:
            self.devices_view.reload()
        if self.dpo_view is not None and self.tabs.widget(index) is self.dpo_view:
            self.dpo_view.reload()

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
