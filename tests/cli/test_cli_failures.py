"""Expected failures through the real command line and a real vault file: each one is a
sentence (German first) and its own exit code, never a traceback.

Disk full uses a 2 MB tmpfs (root only); read-only files and folders drop the
capabilities with which root ignores file modes (setpriv); busy is a second process
holding a write transaction.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contactvault import errors
from tests.conftest import PASSPHRASE, REPO


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["CONTACTVAULT_PASSPHRASE"] = PASSPHRASE
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def _run(vault: Path, *args: str | bytes, prefix: tuple[str, ...] = (), lang: str = "en",
         **extra: str) -> subprocess.CompletedProcess:
    argv = [*prefix, sys.executable, "-m", "contactvault", "--vault", str(vault), *args]
    return subprocess.run(argv, capture_output=True, env=_env(CONTACTVAULT_LANG=lang, **extra),
                          cwd=REPO, stdin=subprocess.DEVNULL, timeout=120)


def _text(result: subprocess.CompletedProcess) -> tuple[str, str]:
    """stdout and stderr, which must be UTF-8 and free of tracebacks."""
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert "Traceback" not in out + err
    return out, err


def _cards(count: int, *, note: int = 0) -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kundin {i}\r\nTEL:+49 171 {i:07d}\r\n"
        + (f"NOTE:{'n' * note}\r\n" if note else "") + "END:VCARD\r\n"
        for i in range(count))


def _new_vault(folder: Path, cards: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    vault = folder / "kunden.cvault"
    assert _run(vault, "init").returncode == 0
    if cards:
        source = folder.parent / f"{folder.name}-start.vcf"
        source.write_text(_cards(cards), encoding="utf-8")
        assert _run(vault, "import", str(source)).returncode == 0
    return vault


# -- disk full ------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system of its own, so the vault's disk fills up and nothing else."""
    if os.geteuid() != 0:
        pytest.skip("a 2 MB tmpfs needs root (mount); not running as root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_at_commit_is_told_not_masked(small_disk, tmp_path):
    vault = _new_vault(small_disk / "vault", cards=0)
    size = vault.stat().st_size
    big = tmp_path / "viele.vcf"  # larger than the free space; fits the page cache until COMMIT
    big.write_text(_cards(3000, note=300), encoding="utf-8")
    result = _run(vault, "import", str(big), lang="de", CONTACTVAULT_IMPORT_WORKERS="0")
    _out, err = _text(result)
    assert result.returncode == errors.EXIT_DISK_FULL
    assert "Nicht genug Speicherplatz" in err and str(vault) in err
    assert "rollback" not in err.lower()
    # Nothing of the import stayed (SQLite's rollback rewrites pages with fresh IVs, so
    # the bytes differ, the content does not).
    assert vault.stat().st_size == size
    assert _run(vault, "list", "--json").stdout.decode().strip() == "[]"
    check = _run(vault, "check")
    assert check.returncode == 0, check.stderr


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk of ``folder`` up to ``leave`` bytes."""
    with (folder / "filler").open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass
    if leave:
        with (folder / "filler").open("r+b") as fh:
            fh.truncate(max(0, (folder / "filler").stat().st_size - leave))


def test_disk_full_when_creating_and_backing_up(small_disk, tmp_path):
    _fill(small_disk, leave=8192)
    created = _run(small_disk / "neu.cvault", "init", lang="de")
    _out, err = _text(created)
    assert created.returncode == errors.EXIT_DISK_FULL, err
    assert "Nicht genug Speicherplatz" in err
    assert not (small_disk / "neu.cvault").exists()
    vault = _new_vault(tmp_path / "vault")
    target = small_disk / "sicherung.cvb"
    backup = _run(vault, "backup", str(target))
    _out, err = _text(backup)
    assert backup.returncode == errors.EXIT_DISK_FULL, err
    assert f"Not enough space to write {target}" in err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # nothing left behind


def test_disk_full_on_a_file_size_limit(tmp_path):
    """Where a tmpfs cannot be mounted, RLIMIT_FSIZE stops the vault growing (SQLite then
    says "disk I/O error", which is still told as want of room)."""
    vault = _new_vault(tmp_path / "vault", cards=0)
    big = tmp_path / "viele.vcf"
    big.write_text(_cards(3000, note=300), encoding="utf-8")
    limit = vault.stat().st_size + 64 * 1024
    prefix = ("prlimit", f"--fsize={limit}") if shutil.which("prlimit") else ()
    if not prefix:
        pytest.skip("prlimit (util-linux) not installed")
    result = _run(vault, "import", str(big), prefix=prefix, CONTACTVAULT_IMPORT_WORKERS="0")
    _out, err = _text(result)
    assert result.returncode == errors.EXIT_DISK_FULL, err
    assert "Not enough space" in err


# -- read-only file and folder ----------------------------------------------------------

_NO_OVERRIDE = ("setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search")


@pytest.fixture
def without_override():
    """Run the CLI without the capabilities that let root write read-only files."""
    if os.geteuid() != 0:
        return ()  # an ordinary user is bound by file modes already
    if not shutil.which("setpriv"):
        pytest.skip("setpriv (util-linux) not installed: root would write read-only files")
    probe = subprocess.run([*_NO_OVERRIDE, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot drop root's file-mode override here: {probe.stderr.strip()}")
    return _NO_OVERRIDE


def test_read_only_vault_file_refuses_every_write(tmp_path, without_override):
    vault = _new_vault(tmp_path / "vault")
    vault.chmod(0o400)
    before = vault.read_bytes()
    for args in (("category", "customer", "1"), ("consent", "grant", "+49 171 0000001"),
                 ("devices", "add", "Telefon")):
        result = _run(vault, *args, prefix=without_override, lang="de")
        _out, err = _text(result)
        assert result.returncode == errors.EXIT_READ_ONLY, (args, err)
        assert "die Datei ist schreibgeschützt" in err, err
    listed = _run(vault, "list", prefix=without_override)
    assert listed.returncode == 0 and "Kundin 1" in _text(listed)[0]  # reading still works
    assert vault.read_bytes() == before


def test_read_only_folder_refuses_writes_and_backup(tmp_path, without_override):
    vault = _new_vault(tmp_path / "vault")
    vault.parent.chmod(0o500)
    try:
        result = _run(vault, "category", "customer", "1", prefix=without_override)
        _out, err = _text(result)
        assert result.returncode == errors.EXIT_READ_ONLY, err
        assert "its folder is read-only" in err
        backup = _run(vault, "backup", str(vault.parent / "copy.cvb"), prefix=without_override)
        _out, err = _text(backup)
        assert backup.returncode == errors.EXIT_READ_ONLY, err
        assert not (vault.parent / "copy.cvb").exists()
    finally:
        vault.parent.chmod(0o700)


def test_backup_into_read_only_folder(tmp_path, without_override):
    vault = _new_vault(tmp_path / "vault")
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o500)
    result = _run(vault, "backup", str(closed / "copy.cvb"), prefix=without_override, lang="de")
    _out, err = _text(result)
    assert result.returncode == errors.EXIT_READ_ONLY, err
    assert f"{closed / 'copy.cvb'} lässt sich nicht schreiben: keine Berechtigung" in err, err
    assert list(closed.iterdir()) == []


# -- busy ---------------------------------------------------------------------------------

_HOLD = """
import sys
from contactvault.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2])
with vault.transaction():
    print("holding", flush=True)
    sys.stdin.read()
"""


def test_busy_vault_says_how_long_it_waited(tmp_path):
    vault = _new_vault(tmp_path / "vault")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(vault), PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(),
                              cwd=REPO, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        result = _run(vault, "category", "customer", "1", lang="de",
                      CONTACTVAULT_BUSY_TIMEOUT="1")
        waited = time.monotonic() - started
        _out, err = _text(result)
        assert result.returncode == errors.EXIT_BUSY, err
        assert "von einem anderen contactvault-Prozess benutzt" in err
        assert "1 s lang gewartet" in err and "erneut" in err
        assert waited >= 1
        listed = _run(vault, "list")  # reading is not blocked by a writer
        assert listed.returncode == 0
    finally:
        holder.communicate("", timeout=30)
    assert _run(vault, "category", "customer", "1").returncode == 0  # free again


# -- closed output, killed import ---------------------------------------------------------

def test_closed_stdout_ends_quietly(tmp_path):
    vault = _new_vault(tmp_path / "vault", cards=50)
    proc = subprocess.Popen(
        [sys.executable, "-m", "contactvault", "--vault", str(vault), "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=REPO)
    proc.stdout.close()  # as `| head -0`: the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == errors.EXIT_PIPE_CLOSED
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipe" not in err


def test_closed_stdout_through_a_shell_pipe(tmp_path):
    vault = _new_vault(tmp_path / "vault", cards=2)
    many = tmp_path / "viele.vcf"
    many.write_text(_cards(4000), encoding="utf-8")
    assert _run(vault, "import", str(many)).returncode == 0
    cmd = (f"{sys.executable} -m contactvault --vault {vault} list | head -1; "
           "echo status=${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=_env(),
                            cwd=REPO, timeout=60)
    assert result.stdout.count("\n") == 2 and "status=141" in result.stdout
    assert "Traceback" not in result.stderr and "Broken" not in result.stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker")
def test_killed_import_leaves_no_traceback_from_its_worker(tmp_path):
    vault = _new_vault(tmp_path / "vault", cards=0)
    big = tmp_path / "viele.vcf"
    big.write_text(_cards(40000), encoding="utf-8")
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "contactvault", "--vault", str(vault), "import", str(big)],
            stdout=subprocess.DEVNULL, stderr=stderr, env=_env(CONTACTVAULT_IMPORT_WORKERS="1"),
            cwd=REPO)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while not workers and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert workers, "the import finished before its reading process could be seen"
    time.sleep(1.5)  # the worker has started reading and sending
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for worker in workers:
        while Path(f"/proc/{worker}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not Path(f"/proc/{worker}").exists(), "the reading process outlived the import"
    text = log.read_text(errors="replace")
    assert "Traceback" not in text and "BrokenPipe" not in text, text


# -- file names and terminal escapes -------------------------------------------------------

def test_non_utf8_and_escape_file_name_is_imported_and_shown_escaped(tmp_path):
    vault = _new_vault(tmp_path / "vault", cards=0)
    name = os.fsencode(tmp_path) + b"/kunden-\xff\x1b[2J.vcf"
    with open(name, "wb") as fh:
        fh.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\x1b[31mRot\x1b]0;title\x07\r\n"
                 b"TEL:+49 171 2000000\r\nEND:VCARD\r\n")
    result = subprocess.run(
        [sys.executable, "-m", "contactvault", "--vault", str(vault), "import", name],
        capture_output=True, env=_env(CONTACTVAULT_LANG="en"), cwd=REPO, timeout=60)
    out, err = _text(result)
    assert result.returncode == 0, err
    assert "\x1b" not in out + err
    assert "kunden-\\xff\\x1b[2J.vcf: 1 record" in out
    listed = _run(vault, "list")
    out, _err = _text(listed)
    assert "\\x1b[31mRot\\x1b]0;title\\x07" in out and "\x1b" not in out
    shown = _run(vault, "show", "1")
    out, _err = _text(shown)
    assert "\x1b" not in out and "\x07" not in out
    assert "kunden-\\xff\\x1b[2J.vcf" in out
    as_json = _run(vault, "list", "--json")
    out, _err = _text(as_json)
    assert "\x1b" not in out and "\\u001b[31mRot" in out


def test_missing_file_with_escape_in_its_name_is_reported_escaped(tmp_path):
    vault = _new_vault(tmp_path / "vault", cards=0)
    result = _run(vault, "import", str(tmp_path / "fehlt\x1b[2J.vcf"))
    _out, err = _text(result)
    assert result.returncode == errors.EXIT_REFUSED
    assert "fehlt\\x1b[2J.vcf" in err and "\x1b" not in err


def test_help_lists_the_exit_codes(tmp_path):
    result = _run(tmp_path / "none.cvault", "--help", lang="de")
    out, _err = _text(result)
    for code, _text_en in errors.EXIT_CODES:
        assert f"\n  {code:>3}  " in out
    assert "Festplatte voll" in out
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code, _text_en in errors.EXIT_CODES:
        assert f"\n| {code} | " in readme, f"exit code {code} is not in the README"


def test_read_only_mounted_disk(small_disk):
    vault = _new_vault(small_disk / "vault", cards=0)
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)],
                               capture_output=True, text=True)
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {remounted.stderr.strip()}")
    result = _run(vault, "devices", "add", "Telefon", lang="de")
    _out, err = _text(result)
    assert result.returncode == errors.EXIT_READ_ONLY, err
    assert "der Datenträger ist schreibgeschützt eingebunden" in err
    assert _run(vault, "list").returncode == 0  # reading still works
