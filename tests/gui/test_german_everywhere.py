"""Every window, dialog and wizard page, rendered in English and in German: no text a
person reads stays English under German.

Each screen is built twice (English, then German) and its texts are collected by where
they sit (object names, or the widget's place among its siblings). A text that is the same
in both renders, has letters and is not a name of a product, a person of the demo data or
a number is an untranslated string. Every dialog class of contactvault.gui.dialogs must be
listed in DIALOGS (a new dialog without a German check fails here)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
    QWizard,
)

import contactvault.gui.dialogs as dialogs_package
from contactvault.services import consent, contacts, devices, exporting
from tests.core.consent_helpers import fill_company
from tests.gui.conftest import PASSPHRASE

DEMO_NAMES = ("Jürgen Müller", "Sanitär Müller GmbH", "Özlem Yılmaz", "Werkstatt")
# the same in both languages: products, systems, units, technical names
SAME_IN_BOTH = {"WhatsApp", "contactvault", "vCard", "CSV", "PDF", "HTML", "Android", "iOS",
                "iOS (iPhone)", "Name", "Name:", "Version", "Status", "OK", "E-Mail", "Details",
                "Details:", "Qt", "E.164", "Organisation", "Organisation:", "Export", "Import",
                "Partner", "Start", "Deutsch", "English", "Info", "Passphrase",
                "Passphrase:", "SHA-256"}
_TAG = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).replace("&&", "\0").replace("&", "")
                    .replace("\0", "&").split())


def texts_of(root: QWidget) -> dict[str, str]:
    """Every text a person reads in ``root``, keyed by where it sits."""
    found: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        text = _clean(text or "")
        if text:
            found[key] = text

    def key_of(widget: QWidget, index: int) -> str:
        return f"{type(widget).__name__}:{widget.objectName() or index}"

    put("window", root.windowTitle())
    if isinstance(root, QMainWindow):
        for i, action in enumerate(root.menuBar().actions()):
            put(f"menu{i}", action.text())
            for j, sub in enumerate(action.menu().actions() if action.menu() else []):
                put(f"menu{i}.{j}", sub.text())
                put(f"menu{i}.{j}.tip", sub.toolTip())
    if isinstance(root, QWizard):
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            put(f"button{which.value}", root.buttonText(which))
    for index, widget in enumerate(root.findChildren(QWidget)):
        key = key_of(widget, index)
        put(f"{key}.tip", widget.toolTip())
        put(f"{key}.accessible", widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            put(key, widget.text())
        elif isinstance(widget, QGroupBox):
            put(key, widget.title())
        elif isinstance(widget, QLineEdit):
            put(f"{key}.placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                put(f"{key}[{i}]", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                put(f"{key}.tab{i}", widget.tabText(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header",
                                                                               None)
            model = widget.model()
            columns = header().count() if header is not None else 0
            for column in range(columns):
                put(f"{key}.header{column}",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if hasattr(widget, "title") and callable(widget.title) and hasattr(widget, "subTitle"):
            put(f"{key}.page_title", widget.title())
            put(f"{key}.page_subtitle", widget.subTitle())
    return found


def untranslated(english: dict[str, str], german: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(
        (where, text) for where, text in english.items()
        if german.get(where) == text and re.search(r"[A-Za-z]{3}", text)
        and text not in SAME_IN_BOTH and not any(n in text for n in DEMO_NAMES)
        and not re.fullmatch(r"[\s\d+()./:\-–…#%]*", text) and "/" not in text
        and not text.endswith(".cvault"))


def in_both_languages(app, build) -> tuple[dict, dict]:
    from contactvault.gui import i18n

    shown = {}
    for language in ("en", "de"):
        i18n.install(app, language)
        try:
            widget = build()
            widget.show()
            app.processEvents()
            shown[language] = texts_of(widget)
            widget.close()
        finally:
            i18n.install(app, "en")
    return shown["en"], shown["de"]


@pytest.fixture
def demo(ctx, tmp_path):
    fill_company(ctx)
    anna = contacts.add_contact(ctx, formatted_name="Jürgen Müller",
                                organisation="Sanitär Müller GmbH",
                                numbers=["0151 23456789"], category="customer")
    contacts.add_contact(ctx, formatted_name="Özlem Yılmaz", numbers=["0171 9876543"],
                         category="customer")
    consent.record_event(ctx, "+4915123456789", "granted", channel="paper",
                         with_notice=True)
    devices.add_device(ctx, "Werkstatt")
    exporting.export(ctx, "Werkstatt", tmp_path / "werkstatt.vcf")
    return anna


def _dialog_factories(ctx, contact, tmp_path):
    from contactvault.gui.dialogs.about_dialog import AboutDialog
    from contactvault.gui.dialogs.audit_dialog import AuditDialog
    from contactvault.gui.dialogs.carddav_dialog import CarddavDialog
    from contactvault.gui.dialogs.chat_consent_dialog import ChatConsentDialog
    from contactvault.gui.dialogs.company_dialog import CompanyDialog
    from contactvault.gui.dialogs.consent_dialog import ConsentDialog
    from contactvault.gui.dialogs.contact_edit_dialog import ContactEditDialog
    from contactvault.gui.dialogs.create_vault_dialog import CreateVaultDialog
    from contactvault.gui.dialogs.evidence_dialog import EvidenceDialog
    from contactvault.gui.dialogs.requests_dialog import RequestsDialog
    from contactvault.gui.dialogs.sent_dialog import SentDialog
    from contactvault.gui.dialogs.settings_dialog import SettingsDialog

    def sent_dialog():
        from PySide6.QtCore import QCoreApplication

        def tr(text):
            return QCoreApplication.translate("ConsentActions", text)

        return SentDialog(tr("Information notice"), tr(
            "The information notice for %1 (%2) is on the clipboard. Paste it into the "
            "WhatsApp chat and send it.\n\nWas it sent?"), "…", tr("%1, tag %2"),
            lambda: None, ctx.now())

    chat = tmp_path / "WhatsApp Chat mit Jürgen Müller.txt"
    chat.write_text("29.11.26, 14:05 - Jürgen Müller: Guten Tag\n"
                    "29.11.26, 14:07 - Werkstatt: Guten Tag\n"
                    "29.11.26, 14:09 - Jürgen Müller: STOP\n", encoding="utf-8")

    return {
        AboutDialog: lambda: AboutDialog(),
        AuditDialog: lambda: AuditDialog(ctx),
        CarddavDialog: lambda: CarddavDialog(ctx, "Werkstatt"),
        ChatConsentDialog: lambda: ChatConsentDialog(ctx, chat, contact.id),
        CompanyDialog: lambda: CompanyDialog(ctx, "protocol"),
        ConsentDialog: lambda: ConsentDialog(ctx, "+4915123456789", contact.id,
                                             contact.display_name()),
        ContactEditDialog: lambda: ContactEditDialog(ctx, contact),
        CreateVaultDialog: lambda: CreateVaultDialog(tmp_path / "new.cvault"),
        EvidenceDialog: lambda: EvidenceDialog(ctx, consent.history(ctx, "+4915123456789")[0]),
        SentDialog: sent_dialog,
        SettingsDialog: lambda: SettingsDialog(ctx),
        RequestsDialog: lambda: RequestsDialog(ctx, contact.id),
    }


# The guide's text is a document, checked by tests/gui/test_help.py in each language.
NOT_A_FORM = {"GuideDialog"}


def test_every_dialog_speaks_german(app, qtbot, ctx, demo, tmp_path):
    factories = _dialog_factories(ctx, demo, tmp_path)
    declared = {cls.__name__ for module in pkgutil.iter_modules(dialogs_package.__path__)
                for _, cls in inspect.getmembers(
                    importlib.import_module(f"{dialogs_package.__name__}.{module.name}"),
                    inspect.isclass)
                if issubclass(cls, QDialog) and cls.__module__.startswith(
                    dialogs_package.__name__)}
    missing = declared - {c.__name__ for c in factories} - NOT_A_FORM
    assert not missing, f"dialogs without a German check: {sorted(missing)}"
    problems = {}
    for cls, build in factories.items():
        english, german = in_both_languages(app, build)
        assert english, cls.__name__
        if found := untranslated(english, german):
            problems[cls.__name__] = found
    assert not problems, problems


def test_the_main_window_and_the_phones_page_speak_german(app, qtbot, vault, demo,
                                                           tmp_path):
    from contactvault.gui.windows.main_window import MainWindow

    vault.lock()

    def locked():
        return MainWindow(vault.path)

    def unlocked():
        window = MainWindow(vault.path)
        window.unlock_view.ui.passphrase_edit.setText(PASSPHRASE)
        window.unlock_view.unlock_with_passphrase()
        window.contacts_view.select_contact(demo.id)
        app.processEvents()
        return window

    def phones():
        window = unlocked()
        window.tabs.setCurrentWidget(window.devices_view)
        window.devices_view.reload()
        return window

    def data_protection():
        window = unlocked()
        window.tabs.setCurrentWidget(window.dpo_view)
        window.dpo_view.load_now(window.ctx)
        window.dpo_view.tree.expandAll()
        return window

    def one_list():  # a list opened from the data-protection page
        window = data_protection()
        window.dpo_view.open_problem("unclassified")
        return window

    def empty():
        return MainWindow(tmp_path / "none" / "vault.cvault")

    problems = {}
    for name, build in (("no vault", empty), ("locked", locked), ("contacts", unlocked),
                        ("phones", phones), ("data protection", data_protection),
                        ("a list", one_list)):
        english, german = in_both_languages(app, build)
        if found := untranslated(english, german):
            problems[name] = found
    assert not problems, problems


def test_every_page_of_the_import_and_export_wizards_speaks_german(app, qtbot, ctx, demo,
                                                                    tmp_path):
    from contactvault.gui.wizards.export_wizard import ExportWizard
    from contactvault.gui.wizards.import_wizard import ImportWizard

    problems = {}
    for cls, build in ((ImportWizard, lambda: ImportWizard(ctx, [])),
                       (ExportWizard, lambda: ExportWizard(ctx))):
        from contactvault.gui import i18n

        shown = {}
        for language in ("en", "de"):
            i18n.install(app, language)
            try:
                wizard = build()
                wizard.show()
                shown[language] = {}
                for page_id in wizard.pageIds():
                    page = wizard.page(page_id)
                    page.show()
                    shown[language].update({f"{page_id}/{k}": v
                                            for k, v in texts_of(page).items()})
                    shown[language][f"{page_id}/title"] = _clean(page.title())
                shown[language].update(texts_of(wizard))
                wizard.close()
            finally:
                i18n.install(app, "en")
        if found := untranslated(shown["en"], shown["de"]):
            problems[cls.__name__] = found
    assert not problems, problems


def test_notices_under_german_are_checked_for_english_sentences():
    """tests/gui/conftest.py checks every question and message a GUI test shows under
    German (``ask.shown``); this is the rule it applies."""
    from tests.gui.conftest import _english_sentence

    english = ("+49 171 2000002 belonged to a person whose data was erased on 07.12.2026 "
               "at their request.")
    german = ("+49 171 2000002 gehörte zu einer Person, deren Daten am 07.12.2026 auf "
              "ihren Antrag gelöscht wurden.")
    assert _english_sentence(english)
    assert not _english_sentence(german)
    assert not _english_sentence("Jürgen Müller, +49 1512 3456789")
