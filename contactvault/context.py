"""One context for every service call: the vault, who acts, the clock and the language.

A front end builds one after unlocking (the CLI in cli/common.py, the desktop app when
the vault opens) and hands it to every service, so that every audit entry, consent
event, procedure step, export, removal confirmation and document of a session names
the same person and takes its times from the same clock.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from contactvault import clock as clocks
from contactvault import settings
from contactvault.vault import Vault
from contactvault.vault.connection import Connection

ACTOR_ENV = "CONTACTVAULT_ACTOR"


def decide_actor(explicit: str | None = None, vault_setting: object = None) -> str:
    """Who is acting; the one place this is decided. An explicit name, else
    CONTACTVAULT_ACTOR, else the name the vault sets (``audit.actor``, e.g. the data
    protection officer's), else the operating system's user."""
    for name in (explicit, os.environ.get(ACTOR_ENV), vault_setting):
        if isinstance(name, str) and name.strip():
            return name.strip()
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (some containers and services)
        return "unknown"


def actor_in(conn: Connection, explicit: str | None = None) -> str:
    """``decide_actor`` with the vault's ``audit.actor`` setting read through ``conn``."""
    return decide_actor(explicit, settings.get(conn, "audit.actor"))


@dataclass(frozen=True)
class Context:
    """``actor``: an explicit name, or None to decide it at each action with
    ``decide_actor`` (so a changed ``audit.actor`` setting counts from the next action
    on). ``clock`` returns an aware UTC datetime (tests fix it). ``language`` ("de" or
    "en") is the one for documents and texts made for the person using the app."""

    vault: Vault
    actor: str | None = None
    clock: Callable[[], datetime] = clocks.now
    language: str = "de"

    def now(self) -> datetime:
        """The current time as the context's clock tells it, to the second."""
        return self.clock().replace(microsecond=0)

    def now_iso(self) -> str:
        return clocks.to_iso(self.now())

    def actor_in(self, conn: Connection) -> str:
        """Who acts, decided with the connection a service already holds."""
        return actor_in(conn, self.actor)
