"""Starting the desktop app: QApplication, translators, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def create_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("contactvault")
    app.setOrganizationName("contactvault")
    app.setApplicationDisplayName("contactvault")
    app.setDesktopFileName("org.contactvault.ContactVault")  # packaging/linux/
    from contactvault.gui import i18n

    i18n.install(app)
    return app


def build_window(vault_path: str | Path | None = None):
    from contactvault import paths
    from contactvault.gui.windows.main_window import MainWindow

    path = Path(vault_path).expanduser() if vault_path else paths.default_vault_path()
    return MainWindow(path)


def run_gui(vault_path: str | Path | None = None, files: Sequence[str] = ()) -> int:
    """Open the app on the given vault (default: the user data directory); ``files``
    (the desktop's "Open with contactvault") go into the import wizard after the unlock."""
    from PySide6.QtCore import QTimer

    from contactvault.gui import error_hook

    app = create_app()
    error_hook.install()  # a failure no window caught: a sentence, never a silent click
    window = build_window(vault_path)
    if files:
        window.import_after_unlock([str(Path(f).expanduser().resolve()) for f in files])
    window.show()
    QTimer.singleShot(0, window.start)
    if os.environ.get("CONTACTVAULT_QUIT_AFTER_START"):
        # packaging/build-linux.sh: a built app must get as far as its first window
        QTimer.singleShot(0, lambda: (print(window.windowTitle() or app.applicationDisplayName(),
                                           flush=True), app.quit()))
    code = app.exec()
    if window.vault is not None:
        window.vault.lock()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(os.environ.get("CONTACTVAULT_VAULT")))
