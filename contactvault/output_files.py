"""Files the app writes where the user said: which targets are allowed, and how a file
gets there. Every ``-o`` of the command line and every save dialog of the desktop app
asks this module; nothing else decides it.

The rules:

* **Never** over the open vault (the same file, also through a hard or symbolic link, or
  its journal), over a vault this user has opened before (its path is remembered, see
  ``known_vaults``), or over a file that looks like a vault or a backup — with or without
  ``--force``.
* Over any other existing file only when the user asked for it (``--force``, or "Replace"
  in the desktop app). Folders, pipes and devices are never written to.
* The file is written under a temporary name beside the target (hidden, owner-only 0600),
  made durable, and only then given its name in one rename. Where the file system can
  (hard links), the rename cannot replace a file that appeared meanwhile.

How vaults and backups are recognised by content: SQLCipher encrypts every byte of the
file, the first page's header included, so a vault or a backup cannot be told apart from
other encrypted data, and there is no signature to look for. What they do have: their
size is a whole number of database pages (a multiple of 512 bytes), they start with no
known file signature, and their first page is statistically random (close to 8 bits of
entropy per byte). A file with those three properties is refused as "not a file
contactvault wrote". That also protects other unidentifiable encrypted files (a
VeraCrypt volume, a raw key file of 4 KiB); that is deliberate: contactvault never wrote
such a file, and destroying one is not something a typo in ``-o`` may do. The person can
delete it themselves. What contactvault does write (vCard, HTML, PDF, CSV, JSON) is text
or starts with a signature, so ``--force`` always works for its own documents.
"""

from __future__ import annotations

import math
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from contactvault import errors, known_vaults
from contactvault.i18n import QT_TRANSLATE_NOOP

TEMP_SUFFIX = ".cvpart"
_SQLITE_MIN_PAGE = 512
_SAMPLE = 4096

REASON_FOLDER = QT_TRANSLATE_NOOP("Errors", "it is a folder")
REASON_NOT_REGULAR = QT_TRANSLATE_NOOP("Errors", "it is not a regular file")
REASON_NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "the folder does not exist")
REASON_OPEN_VAULT = QT_TRANSLATE_NOOP("Errors", "it is the vault that is open")
REASON_KNOWN_VAULT = QT_TRANSLATE_NOOP("Errors", "it is a contactvault vault")
REASON_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Errors", "it looks like an encrypted vault or backup, not a file contactvault wrote")

# Signatures of formats that are random-looking after their header (compressed or
# encrypted with a header); such a file is someone's document, not a vault.
_SIGNATURES = (
    b"%PDF", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c", b"\x28\xb5\x2f\xfd", b"\x89PNG", b"\xff\xd8\xff", b"GIF8",
    b"RIFF", b"OggS", b"ID3", b"fLaC", b"Rar!", b"\x03\xd9\xa2\x9a",  # KeePass
    b"-----BEGIN", b"\x85\x02", b"\x84\x8c", b"\x8c\x0d", b"SQLite format 3\x00",
)


def looks_like_vault(path: Path) -> bool:
    """True for a vault or a backup (and any file that cannot be told from one)."""
    try:
        size = path.stat().st_size
        if size < _SQLITE_MIN_PAGE or size % _SQLITE_MIN_PAGE:
            return False
        with path.open("rb") as fh:
            head = fh.read(_SAMPLE)
    except OSError:
        return False
    if any(head.startswith(sig) for sig in _SIGNATURES):
        return False
    return _entropy(head) >= _random_threshold(len(head))


def _entropy(data: bytes) -> float:
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts if c)


def _random_threshold(n: int) -> float:
    """Entropy that n random bytes reach with near certainty: the estimate from a finite
    sample falls short of 8 bits by about 255 / (2 n ln 2); allow 0.15 bits more. Text
    stays below 6 bits, machine code and uncompressed images below 7."""
    return 8.0 - 255 / (2 * n * math.log(2)) - 0.15


def refusal(path: Path | str, *, vault_path: Path | str | None = None,
            ) -> errors.ContactVaultError | None:
    """Why the app must never write to ``path`` (even with --force), or None.

    ``vault_path`` is the open vault; vaults opened before are known by their path."""
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        return errors.FileNotWritable(path=str(target), reason=REASON_NO_FOLDER)
    protected = _vault_files(vault_path) + _vault_files(*known_vaults.paths())
    resolved = _resolve(target)
    for candidate in protected if os.path.lexists(target) else ():
        if resolved == _resolve(candidate) or _same_file(target, candidate):
            reason = REASON_OPEN_VAULT if vault_path is not None and candidate in \
                _vault_files(vault_path) else REASON_KNOWN_VAULT
            return errors.OutputProtected(path=str(target), reason=reason)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _os_error(target, exc)
    if stat.S_ISDIR(info.st_mode):
        return errors.FileNotWritable(path=str(target), reason=REASON_FOLDER)
    if not stat.S_ISREG(info.st_mode):
        return errors.FileNotWritable(path=str(target), reason=REASON_NOT_REGULAR)
    if looks_like_vault(target):
        return errors.OutputProtected(path=str(target), reason=REASON_ENCRYPTED)
    return None


def check(path: Path | str, *, force: bool = False,
          vault_path: Path | str | None = None) -> Path:
    """The absolute target, if the app may write it; raises the reason otherwise."""
    target = Path(path).expanduser().absolute()
    refused = refusal(target, vault_path=vault_path)
    if refused is not None:
        raise refused
    if not force and os.path.lexists(target):
        raise errors.OutputExists(path=str(target))
    return target


def _vault_files(*vaults: Path | str | None) -> list[Path]:
    found = []
    for vault in vaults:
        if vault is None:
            continue
        base = Path(vault).expanduser().absolute()
        found += [base, base.with_name(base.name + "-journal"),
                  base.with_name(base.name + "-wal"), base.with_name(base.name + "-shm")]
    return found


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# -- writing ----------------------------------------------------------------------------


def temp_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def create_temp(temp: Path, target: Path) -> None:
    """Create the empty temporary file, owner-only, failing if anything is there."""
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise _os_error(target, exc) from None
    os.close(fd)


def write_bytes(temp: Path, target: Path, chunks: Iterable[bytes]) -> None:
    """Write into the (already created) temporary file and make it durable."""
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_TRUNC)
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _os_error(target, exc) from None


def make_durable(temp: Path, target: Path) -> None:
    """fsync a file another writer filled (the PDF printer, SQLCipher); owner-only."""
    try:
        os.chmod(temp, 0o600)
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _os_error(target, exc) from None


def publish(temp: Path, target: Path, *, force: bool = False,
            vault_path: Path | str | None = None) -> None:
    """Give the finished temporary file its name, checking the target once more."""
    refused = refusal(target, vault_path=vault_path)
    if refused is not None:
        raise refused
    try:
        if force:
            os.replace(temp, target)
        else:
            _link_no_replace(temp, target)
        sync_folder(target.parent)
    except FileExistsError:
        raise errors.OutputExists(path=str(target)) from None
    except OSError as exc:
        raise _os_error(target, exc) from None


def _link_no_replace(temp: Path, target: Path) -> None:
    """Rename that never replaces: a hard link fails if the name exists. File systems
    without hard links (FAT on a USB stick) get a check and a rename."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(str(target)) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


def remove_quietly(*files: Path) -> None:
    for file in files:
        try:
            os.unlink(file)
        except FileNotFoundError:
            pass
        except OSError:
            pass  # reported by the next start's clean-up, which tries again


def write_file(target: Path | str, fill: Callable[[Path], None], *, force: bool = False,
               vault_path: Path | str | None = None) -> Path:
    """Check ``target``, let ``fill(temp)`` write the temporary file, publish it.
    Nothing is left behind if ``fill`` fails."""
    target = check(target, force=force, vault_path=vault_path)
    temp = temp_name(target)
    create_temp(temp, target)
    try:
        fill(temp)
        make_durable(temp, target)
        publish(temp, target, force=force, vault_path=vault_path)
    except BaseException:
        remove_quietly(temp)
        raise
    return target


def _os_error(target: Path, exc: OSError) -> errors.ContactVaultError:
    return errors.from_os_error(exc, target, writing=True)
