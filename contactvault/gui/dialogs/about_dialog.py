"""Help → About: version, licence, and the libraries contactvault is built on with theirs."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import contactvault

# (distribution, shown name, SPDX licence): package metadata states licences
# inconsistently (or not at all), so they are written down here, checked on each update.
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python (PySide6)", "LGPL-3.0-only"),
    ("sqlcipher3", "sqlcipher3 (SQLCipher)", "Zlib, BSD-3-Clause"),
    ("vobject", "vobject", "Apache-2.0"),
    ("phonenumbers", "phonenumbers (libphonenumber)", "Apache-2.0"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("qrcode", "qrcode", "BSD-3-Clause"),
    ("requests", "Requests", "Apache-2.0"),
    ("defusedxml", "defusedxml", "PSF-2.0"),
    ("radicale", "Radicale", "GPL-3.0-or-later"),
    ("bcrypt", "bcrypt", "Apache-2.0"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
)


def library_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build may carry no metadata
        return "–"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About contactvault"))
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(library_version(dist))}</td>"
            f"<td>{escape(licence)}</td></tr>" for dist, name, licence in LIBRARIES)
        rows += f"<tr><td>Qt</td><td>{escape(qVersion())}</td><td>LGPL-3.0-only</td></tr>"
        purpose = self.tr("Business contacts in an encrypted vault; only consented numbers "
                          "go onto the WhatsApp phone.")
        licence = self.tr("Licence: GNU General Public License, version 3 or later "
                          "(GPL-3.0-or-later). It comes with no warranty.")
        built_on = self.tr("Built on these libraries:")
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in (
            self.tr("Library"), self.tr("Version"), self.tr("Licence")))
        text = (f"<h2>contactvault {escape(contactvault.__version__)}</h2>"
                f"<p>{escape(purpose)}</p><p>{escape(licence)}</p>"
                f"<p><b>{escape(built_on)}</b></p>"
                f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>")
        self.label = QLabel(text, self)
        self.label.setObjectName("about_text")
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
