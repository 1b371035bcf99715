"""Help menu: the bundled guide (offline, with its pictures, in the interface's language)
and About (version, licence, the libraries and their licences)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

import contactvault
from contactvault import paths


def test_every_picture_the_guides_show_exists():
    for language in ("de", "en"):
        guide = paths.guide_file(language)
        pictures = re.findall(r"\]\((\.\./screenshots/[^)\s]+\.png)\)",
                              guide.read_text(encoding="utf-8"))
        assert len(pictures) >= 5
        for picture in pictures:
            assert (guide.parent / picture).is_file(), picture
            assert picture.endswith(f"_{language}.png"), "the guide shows its own language"


def test_f1_opens_the_guide_with_its_pictures_while_locked(qtbot, window):
    window.guide_action.trigger()
    dialog = window._help
    qtbot.waitExposed(dialog)
    document = dialog.browser.document()
    text = document.toPlainText()
    assert "Quick guide" in text and "Prepare a WhatsApp phone" in text
    images = re.findall(r'<img src="([^"]+)"', document.toHtml())
    assert images
    for source in images:
        resource = document.resource(QTextDocument.ResourceType.ImageResource,
                                     dialog.browser.source().resolved(source))
        assert resource is not None and not resource.isNull(), source
    dialog.close()


def test_the_guide_in_german(qtbot, app):
    from contactvault.gui.dialogs.guide_dialog import GuideDialog
    from contactvault.gui.i18n import install

    install(app, "de")
    try:
        dialog = GuideDialog("de")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Anleitung"
        assert "erst die Kontakte\nsichern" in dialog.browser.toPlainText() or \
            "erst die Kontakte sichern" in dialog.browser.toPlainText()
    finally:
        install(app, "en")


def test_about_names_version_licence_and_libraries(qtbot, window):
    window.about_action.trigger()
    text = window._help.label.text()
    assert f"contactvault {contactvault.__version__}" in text
    assert "GPL-3.0-or-later" in text
    for library in ("PySide6", "sqlcipher3", "vobject", "phonenumbers", "keyring",
                    "platformdirs", "qrcode", "Qt"):
        assert library in text
    assert "–" not in re.findall(r"<td>([^<]*)</td>", text)[1::3]  # every version known
