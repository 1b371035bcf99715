"""Opening SQLCipher files safely.

Traps this module exists for (measured with sqlcipher3 0.6.4 / SQLCipher 4.x):
- SQLCipher writes plaintext into temp files unless ``temp_store = MEMORY`` is set on
  every connection;
- it prints ``ERROR CORE … hmac check failed`` to stderr on a wrong key unless
  ``cipher_log_level = NONE`` is set once per process;
- a wrong key, a foreign file and a damaged first page all raise the same
  "file is not a database", and a zero-byte file opens silently as a new empty
  database — so files are checked before SQLCipher sees them, and our own schema is
  recognised (application_id + meta table) before a file is trusted.
Nothing here writes to a file that is not already known to be ours.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from contactvault import errors
from contactvault.i18n import QT_TRANSLATE_NOOP

# "CVLT" — stored in the SQLite header's application_id field, inside the encryption.
APPLICATION_ID = 0x43564C54
PAGE_SIZE = 4096
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

_process_configured = False
_process_lock = threading.Lock()

DatabaseError = sqlcipher.DatabaseError
Connection = sqlcipher.Connection

REASON_EMPTY = QT_TRANSLATE_NOOP("Errors", "the file is empty")
REASON_PLAIN_SQLITE = QT_TRANSLATE_NOOP("Errors", "it is an unencrypted SQLite database")
REASON_FOREIGN = QT_TRANSLATE_NOOP("Errors", "it is an encrypted database of another program")
REASON_TRUNCATED = QT_TRANSLATE_NOOP("Errors", "the file is truncated")
REASON_NOT_FILE = QT_TRANSLATE_NOOP("Errors", "it is not a regular file")


def _configure_process() -> None:
    global _process_configured
    with _process_lock:
        if _process_configured:
            return
        probe = sqlcipher.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            probe.close()
        _process_configured = True


def _quote_key(passphrase: str) -> str:
    if "\x00" in passphrase:
        raise errors.PassphraseRejected(
            reason=QT_TRANSLATE_NOOP("Errors", "it contains a NUL character"))
    return "'" + passphrase.replace("'", "''") + "'"


BUSY_TIMEOUT_ENV = "CONTACTVAULT_BUSY_TIMEOUT"
_DEFAULT_BUSY_TIMEOUT = 10.0


def busy_timeout() -> float:
    """Seconds to wait for another process that is writing to the vault (default 10)."""
    try:
        return max(0.0, float(os.environ.get(BUSY_TIMEOUT_ENV, "")))
    except ValueError:
        return _DEFAULT_BUSY_TIMEOUT


def classify(exc: DatabaseError, path: Path) -> errors.ContactVaultError | None:
    """What SQLite's error means for the person: disk full, read-only, busy, damaged.

    sqlcipher3 exposes no error codes, only SQLite's fixed English messages; None for
    anything else (a bug, reported as an internal error)."""
    text = str(exc).lower()
    where = str(path)
    if "full" in text or ("i/o error" in text and _no_room(path)):
        return errors.DiskFull(path=where)
    if "readonly" in text or "read-only" in text:
        return errors.VaultReadOnly(path=where, reason=_read_only_reason(path))
    if "locked" in text or "busy" in text:
        return errors.VaultBusy(path=where, seconds=f"{busy_timeout():g}")
    if any(word in text for word in ("not a database", "malformed", "corrupt", "hmac")):
        return errors.VaultDamaged(path=where, reason=str(exc))
    return None


def _no_room(path: Path) -> bool:
    """Whether a write error was for want of room: SQLite says "disk I/O error", not
    "full", when a file-size limit (RLIMIT_FSIZE, EFBIG) or a full disk stopped a
    journal write."""
    try:
        import resource  # POSIX only
    except ImportError:
        resource = None
    if resource is not None:
        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            return True
    try:
        return shutil.disk_usage(path.parent).free < _MIN_FREE_BYTES
    except OSError:
        return False


_MIN_FREE_BYTES = 1 << 20


def _read_only_reason(path: Path) -> str:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:  # before access(), which says no too
            return errors.REASON_DISK_READ_ONLY
    except (OSError, AttributeError):  # statvfs is POSIX only
        pass
    if not os.access(path, os.W_OK):
        return errors.REASON_FILE_READ_ONLY
    if not os.access(path.parent, os.W_OK):
        return errors.REASON_FOLDER_READ_ONLY
    return errors.REASON_FILE_READ_ONLY


STATEMENT_CACHE = 2048  # the app has a few hundred distinct statements


def _connect(path: Path, passphrase: str) -> Connection:
    _configure_process()
    # The statement cache must hold every statement the app runs: sqlcipher3's default of
    # 100, once full, puts each new statement where the next new one replaces it, and after
    # the ~100 statements that create a vault an import's dozen statements pushed each other
    # out and were parsed again on every execute (a fifth of its storing time).
    conn = sqlcipher.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=busy_timeout(),
        cached_statements=STATEMENT_CACHE,
    )
    conn.execute(f"PRAGMA key = {_quote_key(passphrase)}")
    conn.execute("PRAGMA temp_store = MEMORY")  # before anything can spill to a temp file
    return conn


def _per_connection_pragmas(conn: Connection) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    # Imports insert into indexes with random keys (content hashes, UUIDs); with
    # SQLite's default 2 000-page cache a 100 000-contact import spilled and re-read
    # encrypted pages all the time (quadratic-looking slow-down). 48 MB of page cache
    # keeps such an import in memory and stays well under the 150 MB budget.
    conn.execute("PRAGMA cache_size = -49152")


def precheck_existing(path: Path) -> None:
    """Reject what is certainly not one of our vaults, without opening it."""
    if not path.exists():
        raise errors.VaultNotFound(path=str(path))
    if not path.is_file():
        raise errors.NotAVault(path=str(path), reason=REASON_NOT_FILE)
    size = path.stat().st_size
    if size == 0:
        raise errors.NotAVault(path=str(path), reason=REASON_EMPTY)
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_PLAIN_HEADER))
    if head == _SQLITE_PLAIN_HEADER:
        raise errors.NotAVault(path=str(path), reason=REASON_PLAIN_SQLITE)
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise errors.VaultDamaged(path=str(path), reason=REASON_TRUNCATED)


def open_existing(path: Path, passphrase: str) -> Connection:
    """Open and key an existing vault file; the caller checks the schema version."""
    precheck_existing(path)
    conn = _connect(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise errors.WrongPassphrase(path=str(path)) from None
        raise _opening_error(exc, path) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
    except DatabaseError as exc:
        conn.close()
        raise _opening_error(exc, path) from None
    if app_id != APPLICATION_ID or not has_meta:
        conn.close()
        raise errors.NotAVault(path=str(path), reason=REASON_FOREIGN)
    _per_connection_pragmas(conn)
    return conn


def _opening_error(exc: DatabaseError, path: Path) -> errors.ContactVaultError:
    return classify(exc, path) or errors.VaultDamaged(path=str(path), reason=str(exc))


def create_new(path: Path, passphrase: str) -> Connection:
    """Create an empty, keyed file readable by its owner only (the schema comes next)."""
    if path.exists():
        raise errors.VaultExists(path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise errors.VaultExists(path=str(path)) from None
    except OSError as exc:
        raise errors.from_os_error(exc, path, writing=True) from None
    os.close(fd)
    try:
        conn = _connect(path, passphrase)
        _per_connection_pragmas(conn)
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except DatabaseError as exc:
        path.unlink(missing_ok=True)
        raise classify(exc, path) or exc from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return conn


def attach_export(conn: Connection, target: Path, passphrase: str) -> tuple[int, str] | None:
    """Copy the whole open database, encrypted with ``passphrase``, into ``target``;
    returns the copy's audit trail head (seq, hash), None for an empty trail."""
    conn.execute(f"ATTACH DATABASE ? AS backup KEY {_quote_key(passphrase)}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('backup')").fetchall()
        # The copy is a whole vault: it does not carry the files this vault is writing
        # (the backup itself among them).
        if conn.execute("SELECT 1 FROM backup.sqlite_master WHERE type = 'table' AND "
                        "name = 'pending_files'").fetchone():
            conn.execute("DELETE FROM backup.pending_files")
        conn.execute(f"PRAGMA backup.application_id = {APPLICATION_ID}")
        user_version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(user_version)}")
        row = conn.execute(
            "SELECT seq, hash FROM backup.audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.execute("DETACH DATABASE backup")
    return (row[0], row[1]) if row else None


def rekey(conn: Connection, new_passphrase: str) -> None:
    conn.execute(f"PRAGMA rekey = {_quote_key(new_passphrase)}")


def change_mark(conn: Connection) -> tuple[int, int]:
    """Changes when anything in the file changes: rows this connection wrote (SQLite's
    running count, which never goes back, not even on a rollback) and commits by any
    other connection (``data_version``)."""
    return (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
