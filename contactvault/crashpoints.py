"""Deterministic crash points for the tests that kill the app half-way (kill -9).

Code that writes files in steps calls ``reached("export.recorded")`` between its steps.
When the environment variable CONTACTVAULT_TEST_KILL_AT names that point, the process
sends itself SIGKILL there: nothing is flushed, no ``finally`` runs, exactly as when the
power goes or a person kills the process. Without the variable this is one dictionary
look-up. This module is the only place the variable is read.
"""

from __future__ import annotations

import os
import signal

ENV = "CONTACTVAULT_TEST_KILL_AT"


def reached(point: str) -> None:
    if os.environ.get(ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)
