"""A failure that escapes a slot reaches the person as a sentence, not as a traceback."""

from __future__ import annotations

import sys

import pytest

from contactvault import errors
from contactvault.gui import error_hook
from contactvault.gui.ask import ask


@pytest.fixture
def scripted(app, tmp_path, monkeypatch):
    monkeypatch.setattr(error_hook, "log_dir", lambda: tmp_path / "logs")
    from contactvault.gui import i18n

    i18n.install(app, "de")
    ask.reset(scripted=True)
    yield tmp_path / "logs"
    i18n.install(app, "en")


def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_expected_failure_is_its_own_sentence(scripted):
    error_hook.report(*_raise(errors.DiskFull(path="/media/stick/export.vcf")))
    [(kind, title, text)] = ask.shown
    assert kind == "warn" and title == "Aktion nicht ausgeführt"
    assert "/media/stick/export.vcf" in text and "Traceback" not in text
    assert not scripted.exists()  # nothing to log: the sentence says it all


def test_unexpected_failure_logs_details_and_says_where(scripted):
    error_hook.report(*_raise(ZeroDivisionError("division by zero")))
    [(kind, title, text)] = ask.shown
    assert title == "Unerwarteter Fehler"
    assert "möglicherweise nicht" in text and "ZeroDivisionError" not in text
    log = scripted / "errors.log"
    assert str(log) in text
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "ZeroDivisionError: division by zero" in details


def test_unwritable_log_is_said_plainly(scripted, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(error_hook, "log_dir", lambda: blocker / "logs")
    error_hook.report(*_raise(RuntimeError("boom")))
    [(_, _, text)] = ask.shown
    assert "konnten nicht gespeichert werden" in text
