"""The one seam for modal questions: file choosers, confirmations, notices, dialogs.

Widgets never call QMessageBox or QFileDialog themselves, nor ``exec()`` a dialog; they
call ``ask``. Tests pre-set the answers (``ask.preset("open_files", [path])``, or for a
dialog a function that fills it in and presses its button) and read what would have been
shown (``ask.shown``), so no test patches widgets ad hoc and no modal blocks a test run.
"""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class Ask:
    def __init__(self) -> None:
        self._answers: dict[str, deque] = {}
        self.scripted = False  # True in tests: never open a real modal
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text) of every notice

    # -- for tests ------------------------------------------------------------------
    def preset(self, kind: str, answer: Any) -> None:
        self.scripted = True
        self._answers.setdefault(kind, deque()).append(answer)

    def reset(self, scripted: bool = False) -> None:
        self._answers.clear()
        self.shown.clear()
        self.scripted = scripted

    def _scripted(self, kind: str, default: Any) -> tuple[bool, Any]:
        queue = self._answers.get(kind)
        if queue:
            return True, queue.popleft()
        if self.scripted:
            return True, default
        return False, None

    # -- questions ------------------------------------------------------------------
    def confirm(self, parent: QWidget | None, title: str, text: str, *,
                yes_text: str = "", default_yes: bool = False) -> bool:
        self.shown.append(("confirm", title, text))
        done, answer = self._scripted("confirm", False)
        if done:
            return bool(answer)
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        if yes_text:
            box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes
                             else QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))
        done, _ = self._scripted("inform", None)
        if not done:
            QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))
        done, _ = self._scripted("warn", None)
        if not done:
            QMessageBox.warning(parent, title, text)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; True when it was accepted. A preset answer
        (``preset("dialog", fill)``) is called with the shown dialog instead of a person;
        a dialog it leaves open (its input refused) counts as cancelled."""
        queue = self._answers.get("dialog")
        if not queue:  # no preset: the real modal (tests may answer it from a timer)
            return dialog.exec() == QDialog.DialogCode.Accepted
        fill = queue.popleft()
        dialog.show()
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    def open_files(self, parent: QWidget | None, title: str, filters: str,
                   directory: str = "") -> list[str]:
        done, answer = self._scripted("open_files", [])
        if done:
            return list(answer)
        files, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
        return files

    def open_file(self, parent: QWidget | None, title: str, filters: str,
                  directory: str = "") -> str:
        done, answer = self._scripted("open_file", "")
        if done:
            return str(answer or "")
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return path

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str) -> str:
        done, answer = self._scripted("save_file", "")
        if done:
            return str(answer or "")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def output_file(self, parent: QWidget | None, title: str, suggested: str, filters: str,
                    *, vault_path: Path | str | None = None) -> str:
        """Where to write an export or a document; "" if the person cancelled.

        The dialog starts in the user's documents folder. The open vault, any vault and
        any backup are refused with the reason (``output_files`` decides, as for every
        ``-o`` of the command line); an existing file is replaced only after "Replace".
        Callers pass ``force=True`` to the service for an answer from here."""
        from contactvault import output_files

        if not Path(suggested).is_absolute():
            suggested = in_documents(suggested)
        done, answer = self._scripted("save_file", "")
        if done:
            path = str(answer or "")
        else:
            path, _ = QFileDialog.getSaveFileName(
                parent, title, suggested, filters,
                options=QFileDialog.Option.DontConfirmOverwrite)  # asked below, testably
        if not path:
            return ""
        refused = output_files.refusal(path, vault_path=vault_path)
        if refused is not None:
            self.warn(parent, QCoreApplication.translate("Ask", "File not written"),
                      refused.message())
            return ""
        if os.path.lexists(path) and not self.confirm(
                parent, QCoreApplication.translate("Ask", "Replace file?"),
                QCoreApplication.translate("Ask", "%1 exists already. Replace it?")
                .replace("%1", path),
                yes_text=QCoreApplication.translate("Ask", "&Replace")):
            return ""
        return path

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str:
        done, answer = self._scripted("text", "")
        if done:
            return str(answer or "")
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, label, text=value)
        return text if ok else ""


def in_documents(file_name: str) -> str:
    """A suggested file name in the user's documents folder (where save dialogs start)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / file_name) if folder else file_name


ask = Ask()
