"""A phone's CardDAV address book (ui/carddav_dialog.ui): its settings, and publishing —
what ``contactvault devices carddav`` and ``contactvault publish`` do, at the desktop.

The server is asked on a worker (it may be slow or away); the answer appears in the
dialog. The password is kept in the system's secret store when the person wants it, never
in the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from contactvault import errors, phones
from contactvault.context import Context
from contactvault.gui.forms.ui_carddav_dialog import Ui_CarddavDialog
from contactvault.gui.widgets.message import show_message
from contactvault.gui.workers import Worker
from contactvault.services import devices, publishing


class CarddavDialog(QDialog):
    def __init__(self, ctx: Context, device_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CarddavDialog()
        self.ui.setupUi(self)
        self.worker: Worker | None = None
        self.plan: publishing.PublishPlan | None = None
        self.device = devices.get_device(ctx, device_name)
        self.setWindowTitle(self.tr("CardDAV address book of %1").replace("%1",
                                                                         self.device.name))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.reject)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.remove_button.clicked.connect(self.remove)
        self.ui.plan_button.clicked.connect(self.show_changes)
        self.ui.publish_button.clicked.connect(self.publish)
        self._labels = {
            publishing.CREATE: self.tr("new"),
            publishing.REPLACE: self.tr("changed"),
            publishing.DELETE: self.tr("deleted"),
            publishing.GONE: self.tr("gone from the server"),
        }
        show_message(self.ui.message_label, "")
        self._show_device()
        self._show_removed()

    # -- settings ---------------------------------------------------------------------
    def _show_device(self) -> None:
        d = self.device
        self.ui.url_edit.setText(d.carddav_url)
        self.ui.user_edit.setText(d.carddav_user)
        self.ui.certificate_edit.setText(d.carddav_certificate)
        kept = devices.recall_carddav_password(self.ctx, d.name) if d.publishes else None
        self.ui.password_edit.setPlaceholderText(
            self.tr("kept in the system's secret store") if kept else "")
        self._enable()

    def _enable(self) -> None:
        busy = self.worker is not None
        self.ui.save_button.setEnabled(not busy)
        for button in (self.ui.remove_button, self.ui.plan_button, self.ui.publish_button):
            button.setEnabled(self.device.publishes and not busy)

    def _show_removed(self) -> None:
        """The numbers publishing took off the phone's address book, newest first."""
        tree = self.ui.removed_tree
        tree.clear()
        erased = self.tr("(erased person)")
        for r in publishing.server_removals(self.ctx, self.device.name):
            number = phones.display(r.e164) if r.e164.startswith("+") else "\u2014"
            tree.addTopLevelItem(QTreeWidgetItem([
                r.shown_name or erased, number, publishing.server_removal_text(r)]))
        for column in range(2):
            tree.resizeColumnToContents(column)
        self.ui.tabs.setTabText(1, self.tr("Removed from the server (%1)").replace(
            "%1", str(tree.topLevelItemCount())))

    def _password(self) -> str | None:
        typed = self.ui.password_edit.text()
        if typed:
            return typed
        return devices.recall_carddav_password(self.ctx, self.device.name)

    def save(self) -> None:
        """Ask the server with the login given, then store the settings (and keep the
        password if wanted)."""
        password = self._password()
        if password is None:
            show_message(self.ui.message_label, self.tr("Enter the password of the login."))
            return
        ctx, name = self.ctx, self.device.name
        url, user = self.ui.url_edit.text(), self.ui.user_edit.text()
        certificate = self.ui.certificate_edit.text().strip()
        remember = self.ui.remember_check.isChecked()

        def job(_progress, _cancel):
            device = devices.set_carddav(ctx, name, url, user, certificate=certificate,
                                         password=password)
            kept = ""
            if remember:
                try:
                    devices.remember_carddav_password(ctx, name, password)
                except errors.NoSecureStore as exc:
                    kept = exc.message()
            return device, kept

        self._run(job, self._saved, self.tr("Asking the server…"))

    def _saved(self, answer) -> None:
        self.device, problem = answer
        self.ui.password_edit.clear()
        self._show_device()
        if problem:
            show_message(self.ui.message_label, problem, "warning")
        else:
            show_message(self.ui.message_label, self.tr(
                "Saved: the server accepted the login."), "success")

    def remove(self) -> None:
        try:
            self.device = devices.clear_carddav(self.ctx, self.device.name)
        except errors.ContactVaultError as exc:
            show_message(self.ui.message_label, exc.message())
            return
        self.plan = None
        self.ui.changes_tree.clear()
        self._show_device()
        show_message(self.ui.message_label, self.tr(
            "The phone has no CardDAV address book any more; cards already on the server "
            "stay there until you delete them."), "info")

    # -- publishing -------------------------------------------------------------------
    def show_changes(self) -> None:
        password = self._password()
        if password is None:
            show_message(self.ui.message_label, self.tr("Enter the password of the login."))
            return
        ctx, name = self.ctx, self.device.name
        self._run(lambda _p, _c: publishing.plan_publish(ctx, name, password), self._planned,
                  self.tr("Comparing with the server…"))

    def _planned(self, plan: publishing.PublishPlan) -> None:
        self.plan = plan
        self._fill(plan)
        if plan.unchanged:
            show_message(self.ui.message_label, self.tr(
                "The address book already holds exactly the phone's eligible cards."), "info")
        else:
            show_message(self.ui.message_label, "")

    def _fill(self, plan: publishing.PublishPlan) -> None:
        tree = self.ui.changes_tree
        tree.clear()
        for change in plan.changes:
            if change.action == publishing.KEEP:
                continue
            numbers = ", ".join(phones.display(n) if n.startswith("+") else "—"
                                for n in change.numbers)
            name = change.shown_name or self.tr("(a card contactvault did not write)")
            tree.addTopLevelItem(QTreeWidgetItem([self._labels[change.action], name, numbers,
                                                  change.reason_text()]))
        for column in range(3):
            tree.resizeColumnToContents(column)

    def publish(self) -> None:
        password = self._password()
        if password is None:
            show_message(self.ui.message_label, self.tr("Enter the password of the login."))
            return
        ctx, plan, name = self.ctx, self.plan, self.device.name

        def job(_progress, _cancel):
            if plan is not None:
                return plan, publishing.publish_plan(ctx, plan, password)
            return publishing.publish(ctx, name, password)

        self._run(job, self._published, self.tr("Publishing…"))

    def _published(self, answer) -> None:
        plan, result = answer
        self.plan = None
        self._fill(plan)
        if result.export_id is None:
            text = self.tr("The address book already holds exactly the phone's eligible cards.")
        else:
            text = self.tr("Published: new %1, changed %2, deleted %3, unchanged %4. The "
                           "phone takes the changes at its next sync.")
            for index, count in enumerate((result.created, result.replaced, result.deleted,
                                           result.kept), start=1):
                text = text.replace(f"%{index}", str(count))
        show_message(self.ui.message_label, text, "success")
        self._show_removed()

    # -- the worker -------------------------------------------------------------------
    def _run(self, job, done, waiting: str) -> None:
        if self.worker is not None:
            return
        self.worker = Worker(job)
        self.worker.signals.finished.connect(lambda result: self._finished(done, result))
        self.worker.signals.failed.connect(self._failed)
        self._enable()
        show_message(self.ui.message_label, waiting, "info")
        self.worker.start()

    def _finished(self, done, result) -> None:
        self.worker = None
        self._enable()
        done(result)

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self._enable()
        if isinstance(exc, errors.PublishPlanStale):
            self.plan = None
            self.ui.changes_tree.clear()
        if isinstance(exc, errors.ContactVaultError):
            show_message(self.ui.message_label, exc.message())
            return
        raise exc
