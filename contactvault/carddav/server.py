"""A CardDAV server on this PC for offices without one: Radicale, run in this process.

``contactvault serve`` prepares a folder in the user's data folder and runs Radicale
from it:

- TLS with a certificate made here (EC P-256), for this computer's names and addresses;
  its SHA-256 fingerprint is printed so a phone's owner can compare it, and the iOS
  profile carries it so the iPhone trusts it.
- One login per phone (``phone<id>``), which may only read its own address book
  (``/phone<id>/contacts/``, where the phone finds it by itself), and the app's own
  login (``contactvault``), the only one that may write. The htpasswd file holds bcrypt
  hashes only; the passwords are kept in the OS secret store (services/serving.py).
- Card files are named by the random ids publishing gives them; the folder holds no
  name of a person or a phone (phones are known by their id).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import platformdirs

from contactvault import paths

APP_LOGIN = "contactvault"
BOOK = "contacts"
DEFAULT_PORT = 5232
CERTIFICATE_DAYS = 825  # the longest validity iOS accepts for a TLS server certificate


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False)) / "carddav-server"


def phone_login(device_id: int) -> str:
    return f"phone{device_id}"


def own_addresses() -> list[str]:
    """This computer's address on the local network (the one a phone reaches it by),
    found by asking the system which address it would send from; no packet is sent."""
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed
            found.append(probe.getsockname()[0])
        except OSError:
            pass
    return [a for a in found if not ipaddress.ip_address(a).is_loopback]


@dataclass
class LocalServer:
    folder: Path
    port: int = DEFAULT_PORT
    listen: str = "0.0.0.0"
    bcrypt_rounds: int = 12  # bcrypt's own default; tests lower it for speed

    @property
    def certificate(self) -> Path:
        return self.folder / "tls" / "certificate.pem"

    @property
    def key(self) -> Path:
        return self.folder / "tls" / "key.pem"

    @property
    def storage(self) -> Path:
        return self.folder / "collections"

    def book_path(self, login: str) -> str:
        return f"/{login}/{BOOK}/"

    # -- the certificate ----------------------------------------------------------------
    def ensure_certificate(self, names: list[str]) -> None:
        """A certificate for ``names`` (host names and IP addresses), made once; made
        again when a name is missing from it or it expires within 30 days."""
        if self.certificate.exists() and self._covers(names):
            return
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        private = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "contactvault CardDAV")])
        alternative = []
        for name in dict.fromkeys(names):
            try:
                alternative.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alternative.append(x509.DNSName(name))
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(private.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=CERTIFICATE_DAYS))
            .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(private, hashes.SHA256()))
        self.certificate.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(self.key, private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        self.certificate.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))

    def _covers(self, names: list[str]) -> bool:
        from cryptography import x509

        try:
            certificate = x509.load_pem_x509_certificate(self.certificate.read_bytes())
            alternative = certificate.extensions.get_extension_for_class(
                x509.SubjectAlternativeName).value
        except (OSError, ValueError, x509.ExtensionNotFound):
            return False
        have = {str(v) for v in alternative.get_values_for_type(x509.IPAddress)}
        have |= set(alternative.get_values_for_type(x509.DNSName))
        fresh = certificate.not_valid_after_utc - datetime.now(UTC) > timedelta(days=30)
        return fresh and set(names) <= have

    def certificate_der(self) -> bytes:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        return x509.load_pem_x509_certificate(self.certificate.read_bytes()).public_bytes(
            serialization.Encoding.DER)

    def fingerprint(self) -> str:
        digest = hashlib.sha256(self.certificate_der()).hexdigest().upper()
        return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))

    # -- logins, rights, address books, configuration -------------------------------------
    def write(self, app_password: str, phones: dict[str, str]) -> None:
        """``phones``: login -> password. Writes bcrypt hashes, the rights, an address
        book per phone and Radicale's configuration."""
        import bcrypt

        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        logins = {APP_LOGIN: app_password, **phones}
        salt = bcrypt.gensalt
        _write_private(self.folder / "users", "".join(
            f"{login}:{bcrypt.hashpw(password.encode(), salt(self.bcrypt_rounds)).decode()}\n"
            for login, password in sorted(logins.items())).encode())
        rules = [
            "[root]\nuser: .+\ncollection:\npermissions: R\n",
            "[principal]\nuser: .+\ncollection: {user}\npermissions: R\n",
            f"[app]\nuser: {APP_LOGIN}\ncollection: phone[0-9]+/{BOOK}\npermissions: rw\n",
            f"[phone]\nuser: (phone[0-9]+)\ncollection: {{0}}/{BOOK}\npermissions: r\n",
        ]
        (self.folder / "rights").write_text("\n".join(rules), encoding="utf-8")
        for login in phones:
            book = self.storage / "collection-root" / login / BOOK
            book.mkdir(parents=True, exist_ok=True)
            props = book / ".Radicale.props"
            if not props.exists():
                props.write_text(json.dumps({"tag": "VADDRESSBOOK",
                                             "D:displayname": "WhatsApp"}), encoding="utf-8")
        (self.folder / "config").write_text(
            "[server]\n"
            f"hosts = {self.listen}:{self.port}\n"
            "ssl = True\n"
            f"certificate = {self.certificate}\n"
            f"key = {self.key}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.folder / 'users'}\n"
            "htpasswd_encryption = bcrypt\n"
            "[rights]\n"
            "type = from_file\n"
            f"file = {self.folder / 'rights'}\n"
            "[storage]\n"
            f"filesystem_folder = {self.storage}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n", encoding="utf-8")

    def serve(self, shutdown: socket.socket) -> None:
        """Run Radicale until ``shutdown``'s other end is closed (or written to)."""
        from radicale import config, server

        configuration = config.load([(str(self.folder / "config"), False)])
        server.serve(configuration, shutdown)

    # -- the iPhone's profile ----------------------------------------------------------
    def mobileconfig(self, login: str, host: str, description: str) -> str:
        """An iOS configuration profile: the server's certificate (to trust it) and the
        CardDAV account. No password: the iPhone asks for it once."""
        certificate = base64.b64encode(self.certificate_der()).decode()
        ids = [str(uuid.uuid4()).upper() for _ in range(3)]
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key><string>com.apple.security.root</string>
      <key>PayloadVersion</key><integer>1</integer>
      <key>PayloadIdentifier</key><string>contactvault.carddav.certificate</string>
      <key>PayloadUUID</key><string>{ids[0]}</string>
      <key>PayloadDisplayName</key><string>contactvault CardDAV</string>
      <key>PayloadContent</key><data>{certificate}</data>
    </dict>
    <dict>
      <key>PayloadType</key><string>com.apple.carddav.account</string>
      <key>PayloadVersion</key><integer>1</integer>
      <key>PayloadIdentifier</key><string>contactvault.carddav.{escape(login)}</string>
      <key>PayloadUUID</key><string>{ids[1]}</string>
      <key>PayloadDisplayName</key><string>{escape(description)}</string>
      <key>CardDAVAccountDescription</key><string>{escape(description)}</string>
      <key>CardDAVHostName</key><string>{escape(host)}</string>
      <key>CardDAVPort</key><integer>{self.port}</integer>
      <key>CardDAVUseSSL</key><true/>
      <key>CardDAVUsername</key><string>{escape(login)}</string>
      <key>CardDAVPrincipalURL</key><string>/{escape(login)}/</string>
    </dict>
  </array>
  <key>PayloadType</key><string>Configuration</string>
  <key>PayloadVersion</key><integer>1</integer>
  <key>PayloadIdentifier</key><string>contactvault.carddav.profile.{escape(login)}</string>
  <key>PayloadUUID</key><string>{ids[2]}</string>
  <key>PayloadDisplayName</key><string>{escape(description)}</string>
</dict>
</plist>
"""


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only from the start (a key, the password hashes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
