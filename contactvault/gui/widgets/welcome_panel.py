"""What an empty vault shows instead of an empty table: what the app is for, and the two
ways to begin (the guided procedure first, as the guidance recommends)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactvault.gui import icons


class WelcomePanel(QWidget):
    procedure_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_panel")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(620)
        title = QLabel(self.tr("Your vault is ready"), card)
        title.setObjectName("welcome_title")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "contactvault keeps your business contacts encrypted on this computer and "
            "records for every phone number whether the person agreed to be contacted on "
            "WhatsApp. Only those numbers go onto the WhatsApp phone: secure the contacts "
            "first, then install WhatsApp."), card)
        text.setObjectName("welcome_text")
        text.setWordWrap(True)
        self.procedure_button = QPushButton(
            icons.icon("phone"), self.tr("&Prepare a WhatsApp phone (recommended)"), card)
        self.procedure_button.setObjectName("welcome_procedure_button")
        self.procedure_button.setDefault(True)
        self.import_button = QPushButton(icons.icon("import"), self.tr("&Import contacts"),
                                         card)
        self.import_button.setObjectName("welcome_import_button")
        hint = QLabel(self.tr(
            "The procedure guides you step by step: import the phone's address book, sort "
            "out private contacts, then put only the permitted numbers on the phone. You "
            "can also drop address-book files onto this window."), card)
        hint.setWordWrap(True)
        hint.setObjectName("welcome_hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.procedure_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        for widget in (title, text):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.procedure_button.clicked.connect(self.procedure_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.setFocusProxy(self.procedure_button)
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
