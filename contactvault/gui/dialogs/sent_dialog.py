"""Was the copied text sent, and when? Asked after a text for a customer (the information
notice, a revocation confirmation) was put on the clipboard.

Copying is not sending: only the answer "Sent" records anything, with the time the
person gives (to the minute, now by default). The dialog shows the exact text that was
copied — the text that will be kept in the vault — and can copy it again, since the
clipboard is cleared after a while.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from contactvault.gui.forms.ui_sent_dialog import Ui_SentDialog
from contactvault.gui.widgets.message import show_message


def local_minute(moment: datetime) -> QDateTime:
    """An aware time (the context's clock) as a local QDateTime, to the minute."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    local.setTime(local.time().addSecs(-local.time().second()))
    return local


def minute_format() -> str:
    """The locale's short date with a four-digit year (evidence dates), and hh:mm."""
    date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    return f"{date_format} HH:mm"


class SentDialog(QDialog):
    def __init__(self, title: str, question: str, text: str, version_text: str,
                 copy_again, now: datetime, parent: QWidget | None = None) -> None:
        """``copy_again()``: puts ``text`` on the clipboard again; ``now``: the
        context's time, the default answer and the latest time accepted."""
        super().__init__(parent)
        self.ui = Ui_SentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question_label.setText(question)
        self.ui.text_view.setPlainText(text)
        self.ui.version_label.setText(version_text)
        self.ui.version_label.setVisible(bool(version_text))
        self.default_when = local_minute(now)
        self.ui.sent_at_edit.setDisplayFormat(minute_format())
        self.ui.sent_at_edit.setDateTime(self.default_when)
        self.ui.sent_at_edit.setMaximumDateTime(self.default_when.addSecs(60))
        yes = self.ui.button_box.button(QDialogButtonBox.StandardButton.Yes)
        no = self.ui.button_box.button(QDialogButtonBox.StandardButton.No)
        yes.setText(self.tr("Sent – record it"))
        no.setText(self.tr("Not sent"))
        yes.setDefault(True)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.copy_button.clicked.connect(self._copy_again)
        self._copy = copy_again
        show_message(self.ui.message_label, "")

    def _copy_again(self) -> None:
        self._copy()
        show_message(self.ui.message_label, self.tr("Copied to the clipboard again."), "info")

    def sent_at(self) -> datetime | None:
        """The time given, as a local naive time to the minute (the services read a
        naive time as local); None when left as it was: the moment of recording."""
        chosen = self.ui.sent_at_edit.dateTime()
        if chosen == self.default_when:
            return None
        date, clock_time = chosen.date(), chosen.time()
        return datetime(date.year(), date.month(), date.day(), clock_time.hour(),
                        clock_time.minute())

    def press_sent(self) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Yes).click()

    def press_not_sent(self) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.No).click()
