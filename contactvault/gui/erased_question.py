"""The one question before a number of an erased person is added again.

An erasure (Art. 17) keeps a keyed hash of each number so the vault recognises the
person when they turn up again (``errors.NumberErased``). Adding them back is allowed,
for a person who has come back on their own, but only as a decision somebody confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from contactvault import errors
from contactvault.gui.ask import ask


def confirm_adding_again(parent: QWidget | None, exc: errors.NumberErased) -> bool:
    title = QCoreApplication.translate("ErasedQuestion", "Person erased earlier")
    text = QCoreApplication.translate(
        "ErasedQuestion",
        "%1 belonged to a person whose data was erased on %2 at their request.\n\n"
        "Add the number again only if the person has come back to you. The vault records "
        "that you confirmed this.").replace("%1", str(exc.fields["number"])).replace(
        "%2", str(exc.fields["date"]))
    return ask.confirm(parent, title, text, yes_text=QCoreApplication.translate(
        "ErasedQuestion", "Add again"))
