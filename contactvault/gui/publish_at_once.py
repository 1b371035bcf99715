"""Publishing at once after a revocation, an objection, a restriction or an erasure
(setting ``publish.automatic``), as the command line does: on a worker, so the window
stays usable while the servers answer; what happened is reported as a line of text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from contactvault import errors
from contactvault.gui.workers import Worker


def publish_at_once(ctx, report: Callable[[str, str], None]) -> Worker | None:
    """Start publishing to the phones whose address book holds a number that must go;
    ``report(text, kind)`` is called in the GUI thread when it is done. None when no
    phone needs it (nothing is started)."""
    from contactvault.services import publishing

    if not publishing.due(ctx):
        return None
    worker = Worker(lambda _progress, _cancel: publishing.publish_after_change(
        ctx, publishing.kept_password(ctx)))
    worker.signals.finished.connect(lambda done: _report(done, report))
    worker.signals.failed.connect(lambda exc: report(
        exc.message() if isinstance(exc, errors.ContactVaultError) else str(exc), "error"))
    worker.start()
    return worker


def _report(done, report: Callable[[str, str], None]) -> None:
    lines = []
    for item in done:
        if item.result is None:
            lines.append(QCoreApplication.translate("PublishAtOnce", "%1: %2").replace(
                "%1", item.device).replace("%2", item.problem))
        elif item.result.export_id is not None:
            lines.append(QCoreApplication.translate(
                "PublishAtOnce", "Published to %1 at once: removed from the server, the phone "
                                 "syncs itself.").replace("%1", item.device))
    if lines:
        report("\n".join(lines),
               "warning" if any(item.result is None for item in done) else "success")
