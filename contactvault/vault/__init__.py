"""The vault: one SQLCipher file, its lock state, and transactions on it.

Lock state lives here (``Vault.lock()`` drops the key by closing the connection); front
ends only decide when to lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contactvault import errors
from contactvault.i18n import QT_TRANSLATE_NOOP
from contactvault.vault import chain, connection, damage, schema
from contactvault.vault.connection import Connection, DatabaseError


class Vault:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().absolute()
        self._conn: Connection | None = None
        # Damage found in this file (a reason), or None; checked once before the first
        # write of each unlock, so a damaged vault is never written to.
        self._damage: str | None = None
        self._verified = False
        # One connection is shared with worker threads; this lock serialises its use.
        self._lock = threading.RLock()

    # -- life cycle ---------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str) -> Vault:
        vault = cls(path)
        _check_new_passphrase(passphrase)
        conn = connection.create_new(vault.path, passphrase)
        try:
            schema.initialise(conn)
        except BaseException:
            conn.close()
            vault.path.unlink(missing_ok=True)
            raise
        vault._conn = conn
        return vault

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> Vault:
        vault = cls(path)
        vault.unlock(passphrase)
        return vault

    def unlock(self, passphrase: str) -> None:
        with self._lock:
            if self._conn is not None:
                return
            conn = connection.open_existing(self.path, passphrase)
            self._damage, self._verified = None, False
            try:
                if schema.version_of(conn) < schema.SCHEMA_VERSION:  # the upgrade writes
                    problems = damage.page_problems(conn)
                    if problems:
                        raise errors.VaultDamaged(path=str(self.path), reason=problems[0])
                schema.upgrade(conn, str(self.path))
            except DatabaseError as exc:
                conn.close()
                raise (connection.classify(exc, self.path)
                       or errors.VaultDamaged(path=str(self.path), reason=str(exc))) from None
            except BaseException:
                conn.close()
                raise
            self._conn = conn

    def lock(self) -> None:
        """Drop the key: close the connection. Safe to call twice."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def exists(self) -> bool:
        return self.path.exists()

    # -- use ----------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        conn = self._conn
        if conn is None:
            raise errors.VaultLocked()
        return conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._lock:
            try:
                yield self.conn
            except DatabaseError as exc:
                raise self._failure(exc) from None

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """``reading`` in one read transaction: every statement sees the file as it was
        at the first, whatever another program commits meanwhile (its commit waits
        until this ends). For a reader that compares what it reads in several
        statements (``audit verify``: the kept decisions against the events)."""
        with self._lock, self._within("BEGIN DEFERRED") as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it. A record of a
        table the audit chain covers is only committed together with its entry (see
        vault/chain.py); a transaction that wrote one without it is rolled back.

        SQLite's failures (disk full, read-only, busy, damaged) become the error the
        person is told, also when they happen at COMMIT (SQLite has then rolled back
        itself, so a second ROLLBACK must not replace the real reason)."""
        with self._lock:
            self.refuse_if_damaged()
            with self._within("BEGIN IMMEDIATE", chained=True) as conn:
                yield conn

    @contextmanager
    def _within(self, begin: str, *, chained: bool = False) -> Iterator[Connection]:
        """``begin`` … COMMIT, rolled back on any failure; SQLite's failures become the
        person's error. ``chained``: a write, whose records must have their audit
        entries (``chain.unrecorded``) before it may commit."""
        conn = self.conn
        try:
            conn.execute(begin)
        except DatabaseError as exc:
            raise self._failure(exc) from None
        if chained:
            chain.forget_pending(conn)
        try:
            yield conn
            if chained:
                missing = chain.unrecorded(conn)
                if missing:
                    raise RuntimeError(f"records written without an audit entry: {missing}")
        except BaseException as exc:
            if chained:
                chain.forget_pending(conn)
            _rollback_quietly(conn)
            if isinstance(exc, DatabaseError):
                raise self._failure(exc) from None
            raise
        try:
            conn.execute("COMMIT")
        except DatabaseError as exc:
            _rollback_quietly(conn)
            raise self._failure(exc) from None

    def _failure(self, exc: DatabaseError) -> Exception:
        """A clear error instead of SQLite's words; unknown errors stay as they are.
        Damage met on the way makes the vault read-only from now on."""
        failure = connection.classify(exc, self.path)
        if isinstance(failure, errors.VaultDamaged):
            self._damage = self._damage or str(exc)
        return failure or exc

    def refuse_if_damaged(self) -> None:
        """Raise VaultDamaged, before anything is written, if this file is damaged: known
        from earlier, or found now by checking every page (once per unlock)."""
        with self._lock:
            if self._damage is None and not self._verified:
                problems = damage.page_problems(self.conn)
                if problems:
                    self._damage = problems[0]
                else:
                    self._verified = True
            if self._damage is not None:
                raise errors.VaultDamaged(path=str(self.path), reason=self._damage)

    @property
    def known_damage(self) -> str | None:
        return self._damage

    def check_integrity(self) -> list[str]:
        """Read every page (HMAC) and every b-tree; returns the problems found."""
        with self._lock:
            problems = damage.all_problems(self.conn)
            if problems:
                self._damage = self._damage or problems[0]
            else:
                self._verified = True
        return problems

    # -- key and copies -----------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        _check_new_passphrase(new_passphrase)
        with self._lock:
            connection.rekey(self.conn, new_passphrase)

    def write_backup(self, temp: Path, passphrase: str,
                     target: Path | None = None) -> tuple[int, str] | None:
        """An encrypted, complete copy of the vault written into ``temp`` (an empty file
        the caller created; services/outgoing.py gives it its name, ``target``). Returns
        the copy's audit trail head (seq, hash)."""
        shown = Path(target) if target is not None else Path(temp)
        self.refuse_if_damaged()  # a copy of a damaged vault would pass for a good backup
        try:
            with self._lock:
                return connection.attach_export(self.conn, Path(temp), passphrase)
        except DatabaseError as exc:
            failure = connection.classify(exc, self.path)  # the vault's own pages
            if isinstance(failure, errors.VaultDamaged):
                self._damage = str(exc)
                raise failure from None
            raise connection.classify(exc, shown) or errors.FileNotWritable(
                path=str(shown), reason=str(exc)) from None


MIN_PASSPHRASE_LENGTH = 8


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise errors.PassphraseRejected(
            reason=QT_TRANSLATE_NOOP("Errors", "it must have at least 8 characters")
        )


def _rollback_quietly(conn: Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except DatabaseError:
        pass  # the transaction is already gone (SQLite rolled it back itself)
