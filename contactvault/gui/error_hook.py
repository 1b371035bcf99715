"""What a person sees when something fails that no window caught.

An exception that escapes a slot ends up in ``sys.excepthook``; PySide6 only prints it to
a terminal the person does not have, and the click seems to do nothing. Installed by
``app.run_gui`` (not in tests: pytest-qt keeps its own hook, which fails the test):

* an expected failure (``ContactVaultError``: disk full, read-only, busy, …) is its own
  sentence in a warning, as on the command line;
* anything else is a short German/English notice that the last action may not have been
  carried out, with the technical details written to a log file the person can send on —
  never a traceback on screen.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from contactvault.errors import ContactVaultError
from contactvault.gui.ask import ask
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.paths import APP_NAME


def _tr(text: str) -> str:  # the strings are marked where they are written, for lupdate
    return QCoreApplication.translate("ErrorHook", text)


_NOT_CARRIED_OUT = QT_TRANSLATE_NOOP("ErrorHook", "Action not carried out")
_UNEXPECTED = QT_TRANSLATE_NOOP("ErrorHook", "Unexpected error")
_WHAT_HAPPENED = QT_TRANSLATE_NOOP(
    "ErrorHook", "An unexpected error occurred during the last action; it may not have been "
                 "carried out, or only in part. Please check its result before you go on.")
_WHERE_LOGGED = QT_TRANSLATE_NOOP(
    "ErrorHook", "The technical details are in the file {path}. Please send this file to the "
                 "person who looks after contactvault for you.")
_NOT_LOGGED = QT_TRANSLATE_NOOP("ErrorHook", "The technical details could not be saved.")


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def write_log(kind: type[BaseException], value: BaseException,
              tb: TracebackType | None) -> Path | None:
    """Append the details to ``errors.log``; None when even that is impossible (the
    notice then says so instead of naming a file)."""
    path = log_dir() / "errors.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().astimezone().isoformat(timespec='seconds')}\n")
            log.writelines(traceback.format_exception(kind, value, tb))
    except OSError:
        return None
    return path


def report(kind: type[BaseException], value: BaseException,
           tb: TracebackType | None) -> None:
    """The hook itself: one notice per failure, in front of the active window."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(value, ContactVaultError):
        ask.warn(parent, _tr(_NOT_CARRIED_OUT), value.message())
        return
    path = write_log(kind, value, tb)
    where = _tr(_WHERE_LOGGED).format(path=path) if path is not None else _tr(_NOT_LOGGED)
    ask.warn(parent, _tr(_UNEXPECTED), _tr(_WHAT_HAPPENED) + "\n\n" + where)


def install() -> None:
    sys.excepthook = report
