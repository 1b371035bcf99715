"""A real Radicale CardDAV server for the tests: its own process on 127.0.0.1, a free
port, a temporary storage folder and htpasswd logins hashed with bcrypt.

Each address book is a folder under ``collection-root/<owner>/`` marked as a
VADDRESSBOOK (what an extended MKCOL would create). The rights file gives the office's
login (the app's own) read and write access to every address book and each phone's
login read access to its own ones only, as ``contactvault serve`` does.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import bcrypt
import requests

OFFICE = "office"
START_TIMEOUT = 20.0


def self_signed(cert: Path, key: Path) -> None:
    """A self-signed certificate for 127.0.0.1 (EC P-256, one day)."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import ip_address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(private.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256()))
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))


def _end_with_parent() -> None:
    """Linux: the server gets SIGTERM when the test process ends, even when that is
    killed and no teardown runs (a session-wide server would otherwise outlive it)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the teardown stops the server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RadicaleServer:
    folder: Path
    logins: dict[str, str]  # login -> password
    tls: bool = False  # serve https with a self-signed certificate (``certificate``)
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def certificate(self) -> Path:
        return self.folder / "cert.pem"

    def book_url(self, book: str) -> str:
        return f"{self.base_url}/{OFFICE}/{book}/"

    def storage(self, book: str) -> Path:
        return self.folder / "storage" / "collection-root" / OFFICE / book

    def add_book(self, book: str) -> str:
        """An empty address book owned by the office's login. A phone's login
        ``phone-NAME`` may read the books named NAME and NAME-…, nothing else."""
        path = self.storage(book)
        path.mkdir(parents=True, exist_ok=True)
        (path / ".Radicale.props").write_text(json.dumps({"tag": "VADDRESSBOOK"}))
        return self.book_url(book)

    def _write_rights(self) -> Path:
        rules = [
            "[root]\nuser: .+\ncollection:\npermissions: R\n",
            "[principal]\nuser: .+\ncollection: {user}\npermissions: R\n",
            f"[office]\nuser: {OFFICE}\ncollection: {OFFICE}/[^/]+\npermissions: rw\n",
            "[phones]\nuser: phone-([a-z]+)\n"
            f"collection: {OFFICE}/{{0}}(-[^/]+)?\npermissions: r\n",
        ]
        path = self.folder / "rights"
        path.write_text("\n".join(rules))
        return path

    def _write_config(self) -> Path:
        users = self.folder / "users"
        users.write_text("".join(
            f"{login}:{bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode()}\n"
            for login, password in self.logins.items()))
        rights = self._write_rights()
        tls = ""
        if self.tls:
            if not self.certificate.exists():
                self_signed(self.certificate, self.folder / "key.pem")
            tls = (f"ssl = True\ncertificate = {self.certificate}\n"
                   f"key = {self.folder / 'key.pem'}\n")
        config = self.folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            + tls +
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {users}\n"
            "htpasswd_encryption = bcrypt\n"
            "delay = 0\n"
            "[rights]\n"
            "type = from_file\n"
            f"file = {rights}\n"
            "[storage]\n"
            f"filesystem_folder = {self.folder / 'storage'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n")
        return config

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):
            self.port = free_port()
            if self._spawn():
                return
        raise RuntimeError("Radicale did not start:\n"
                           + (self.folder / "radicale.log").read_text(errors="replace"))

    def _spawn(self) -> bool:
        config = self._write_config()
        with open(self.folder / "radicale.log", "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=log, stderr=subprocess.STDOUT,
                preexec_fn=_end_with_parent if sys.platform == "linux" else None)
        if self._wait_ready():
            return True
        self.stop()
        return False

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False  # e.g. the port was taken between choosing and binding
            try:
                requests.request("OPTIONS", self.base_url + "/", timeout=1,
                                 verify=str(self.certificate) if self.tls else True)
                return True
            except requests.ConnectionError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port, with the same storage."""
        self.stop()
        if not self._spawn():
            raise RuntimeError("Radicale did not start again")

    def card_files(self, book: str) -> list[Path]:
        """The card files the server keeps for the book (its own storage, read directly)."""
        return sorted(p for p in self.storage(book).glob("*.vcf"))


def wait_until_answering(url: str, certificate, *, process: subprocess.Popen | None = None,
                         seconds: float = 20.0) -> None:
    """Until the HTTPS server at ``url`` answers (OPTIONS, its certificate trusted); the
    test fails when ``process`` (the server's, if it runs apart) ends first or when
    ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            requests.request("OPTIONS", url, verify=str(certificate), timeout=1)
            return
        except (requests.ConnectionError, OSError):
            if process is not None:
                assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
