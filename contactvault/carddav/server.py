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
- Whether each phone fetched its address book: Radicale is run as the WSGI application
  it documents itself to be, behind ``FetchRecorder`` (a WSGI middleware), under a small
  threaded TLS server of the standard library. Radicale's own standalone server builds
  its application itself and takes no wrapper, and its plugins (auth, rights, storage,
  hook) each see only part of a request (the login, the path or the writes), never the
  answer; the WSGI boundary sees the method, the path, the login and the status.
  ``FetchLog`` keeps what it saw in ``fetched.json``: per phone id, when its book last
  changed and when the phone last fetched all of it, and which change it had then (a
  counter).
  Phone ids, times and counters only; owner-only, replaced atomically.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import io
import ipaddress
import json
import logging
import os
import re
import select
import socket
import socketserver
import ssl
import tempfile
import threading
import time
import uuid
import wsgiref.simple_server
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape

import platformdirs

from contactvault import paths

APP_LOGIN = "contactvault"
BOOK = "contacts"
DEFAULT_PORT = 5232
CERTIFICATE_DAYS = 825  # the longest validity iOS accepts for a TLS server certificate
FETCHED = "fetched.json"
TIMEOUT = 30  # seconds a connection may stay silent (Radicale's own default)
DEADLINE = 300  # seconds a connection may last at all (one request: its answer included)
MAX_CONNECTIONS = 20  # requests served at once
WAIT_FOR_SLOT = 1.0  # seconds a new connection may wait for one of them; then it is closed
CLOSE_WAIT = 5.0  # seconds stopping waits for the requests still being answered
MAX_BODY = 100_000_000  # bytes (Radicale's own max_content_length default)


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

    @property
    def fetch_file(self) -> Path:
        return self.folder / FETCHED

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

    def serve(self, shutdown: socket.socket,
              clock: Callable[[], datetime] | None = None,
              listening: Callable[[], None] | None = None) -> None:
        """Run Radicale until ``shutdown``'s other end is closed (or written to); what
        the phones fetch is kept in ``fetch_file`` (times from ``clock``). ``listening``
        is called once the port is this server's (so connection data is shown only for
        a server that runs: a taken port fails before it, with OSError)."""
        import radicale
        from radicale import config

        configuration = config.load([(str(self.folder / "config"), False)])
        application = _limited(FetchRecorder(radicale.Application(configuration),
                                             FetchLog(self.fetch_file), clock or _now))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            context.load_cert_chain(self.certificate, self.key)
        except (ssl.SSLError, OSError) as exc:
            raise CertificateUnusable(self.certificate.parent) from exc
        try:
            httpd = _TlsServer((self.listen, self.port), context, application)
        except OSError as exc:
            raise CannotListen(exc.errno) from exc
        with _quiet_radicale():
            try:
                if listening is not None:
                    listening()
                runner = threading.Thread(target=httpd.serve_forever,
                                          kwargs={"poll_interval": 0.2},
                                          name="carddav-server", daemon=True)
                runner.start()
                try:
                    select.select([shutdown], [], [])
                finally:
                    httpd.shutdown()
                    runner.join()
            finally:
                httpd.server_close()  # ends the requests still open (see _TlsServer)

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


class CannotListen(Exception):
    """The server's port could not be had (``errno``: why, e.g. EADDRINUSE)."""

    def __init__(self, number: int | None) -> None:
        super().__init__(number)
        self.errno = number


class CertificateUnusable(Exception):
    """The server's certificate or key (in ``folder``) could not be loaded."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


@contextlib.contextmanager
def _quiet_radicale():
    """Radicale's log records (e.g. "Failed login attempt from <address>: '<login>'")
    go nowhere while the server runs: run as an application, Radicale sets up no handler
    of its own, and Python's last-resort handler would print its warnings on stderr,
    with addresses, logins and paths. The phones get Radicale's answers (401, 403, 500)
    as before."""
    logger = logging.getLogger("radicale")
    before = logger.propagate
    quiet = logging.NullHandler()
    logger.addHandler(quiet)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(quiet)
        logger.propagate = before


# -- what the phones fetched --------------------------------------------------------------

READS = frozenset({"PROPFIND", "REPORT", "GET"})
WRITES = frozenset({"PUT", "DELETE", "PROPPATCH", "MOVE", "COPY", "MKCOL"})
_BOOK_PATH = re.compile(rf"^/phone([0-9]+)/{BOOK}(?:/|$)")


@dataclass(frozen=True)
class Fetched:
    """One phone's address book as the server saw it: when it last changed (a write
    that the server confirmed), how many changes it has had since they were counted,
    when the phone last read it and how many changes it had had by then."""

    device_id: int
    changed_at: datetime | None = None
    changes: int = 0
    fetched_at: datetime | None = None
    fetched_changes: int = 0

    @property
    def current(self) -> bool:
        """The phone's last read began after the book's last change."""
        return self.fetched_at is not None and self.fetched_changes == self.changes


class FetchLog:
    """``fetched.json`` in the server's folder: per phone id, the book's changes and
    the phone's last read. Safe to use from the server's threads; each update replaces
    the file whole (owner-only), so a reader never sees half of one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._phones = {f.device_id: f for f in read_fetched(path)}

    def changes(self, device_id: int) -> int:
        with self._lock:
            found = self._phones.get(device_id)
            return found.changes if found else 0

    def changed(self, device_id: int, at: datetime) -> None:
        with self._lock:
            old = self._phones.get(device_id, Fetched(device_id))
            self._phones[device_id] = Fetched(device_id, at, old.changes + 1, old.fetched_at,
                                              old.fetched_changes)
            self._save()

    def fetched(self, device_id: int, changes: int, at: datetime, *, whole: bool = True
                ) -> None:
        """The phone read its book when it had had ``changes``: ``whole``, it got all of
        it; else it only checked, which renews a fetch of that same state."""
        with self._lock:
            old = self._phones.get(device_id, Fetched(device_id))
            if not whole and (old.fetched_at is None or old.fetched_changes != changes):
                return
            # reads may end in another order than they began: an earlier one ending
            # late makes the phone's state no older and its last fetch no earlier
            fetched_at = at if old.fetched_at is None else max(old.fetched_at, at)
            fetched_changes = max(old.fetched_changes, changes)
            if (fetched_at, fetched_changes) == (old.fetched_at, old.fetched_changes):
                return
            self._phones[device_id] = Fetched(device_id, old.changed_at, old.changes,
                                              fetched_at, fetched_changes)
            self._save()

    def _save(self) -> None:
        data = {str(f.device_id): {
            "changed_at": _iso(f.changed_at), "changes": f.changes,
            "fetched_at": _iso(f.fetched_at), "fetched_changes": f.fetched_changes}
            for f in sorted(self._phones.values(), key=lambda f: f.device_id)}
        text = json.dumps({"phones": data}, indent=1, sort_keys=True).encode()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(prefix=".fetched-", dir=self.path.parent)  # 0600
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def read_fetched(path: Path) -> list[Fetched]:
    """What ``FetchLog`` kept (nothing if the server never ran or the file is unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = []
        for key, entry in data.get("phones", {}).items():
            found.append(Fetched(int(key), _moment(entry.get("changed_at")),
                                 int(entry.get("changes") or 0),
                                 _moment(entry.get("fetched_at")),
                                 int(entry.get("fetched_changes") or 0)))
        return found
    except (OSError, ValueError, TypeError, AttributeError):
        return []


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat() if moment else None


def _moment(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) and text else None


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _basic_login(environ: dict) -> str:
    """The login named in the request's Basic authorization (Radicale checks it)."""
    header = environ.get("HTTP_AUTHORIZATION", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        return base64.b64decode(value.strip(), validate=True).decode("utf-8").split(":", 1)[0]
    except (binascii.Error, UnicodeDecodeError):
        return ""


class FetchRecorder:
    """WSGI middleware around Radicale. A read of the book ``/phone<id>/contacts/`` by
    the login ``phone<id>`` that Radicale answers with 2xx (207 included) is a fetch
    when its answer tells the whole book (which cards, in which version, so also which
    are gone): PROPFIND of the book with Depth 1, REPORT sync-collection on it, GET of
    the book itself. A lesser read (PROPFIND Depth 0 — also without a Depth header, as
    Radicale answers it —, a multiget or GET of single cards) only renews the time of a
    fetch when the book has not changed since: the phone checked and had it already. A
    read counts only once its answer was sent whole (a connection lost on the way is no
    fetch). A write there answered with 2xx is a change. A failed login is answered 401
    and the rights let no other phone read the book, so neither is recorded. The changes
    counted when the read began are the state it got: a change confirmed before that is
    in it (Radicale answers a write after its storage lock is released), a change still
    under way counts as not fetched."""

    def __init__(self, application, log: FetchLog, clock: Callable[[], datetime]) -> None:
        self.application = application
        self.log = log
        self.clock = clock

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = str(environ.get("REQUEST_METHOD", "")).upper()
        path = re.sub("/+", "/", str(environ.get("PATH_INFO", "")))
        found = _BOOK_PATH.match(path)
        if found is None or method not in READS | WRITES:
            return self.application(environ, start_response)
        device_id = int(found.group(1))
        reader = method in READS and _basic_login(environ) == phone_login(device_id)
        whole = reader and _tells_whole_book(method, path[found.end():].strip("/"), environ)
        seen = self.log.changes(device_id)
        succeeded = []

        def answered(status: str, headers: list, exc_info=None):
            succeeded[:] = [status.startswith("2")]
            if succeeded[0] and method in WRITES:
                self._note(self.log.changed, device_id, self.clock())
            return start_response(status, headers, exc_info)

        result = self.application(environ, answered)
        if not reader:
            return result

        def sent() -> None:
            if succeeded == [True]:
                self._note(self.log.fetched, device_id, seen, self.clock(), whole=whole)

        return _SentWhole(result, sent)

    @staticmethod
    def _note(record: Callable, *args, **kwargs) -> None:
        try:
            record(*args, **kwargs)
        except OSError as exc:  # the note is not worth failing the phone's request
            logging.getLogger(__name__).warning("fetched.json not written: %s", exc)


class _SentWhole:
    """A WSGI answer that calls ``sent`` when it is closed after it was iterated to its
    end: the server has then written every part of it to the connection (it asks for
    the next part only after writing the last one; a failed write ends the iteration
    with an error and closes the answer unfinished)."""

    def __init__(self, result: Iterable[bytes], sent: Callable[[], None]) -> None:
        self._result = result
        self._sent = sent
        self._finished = False

    def __iter__(self):
        yield from self._result
        self._finished = True

    def __len__(self) -> int:  # lets the server set Content-Length as it would have
        return len(self._result)  # type: ignore[arg-type]  # TypeError: not known

    def close(self) -> None:
        try:
            close = getattr(self._result, "close", None)
            if close is not None:
                close()
        finally:
            if self._finished:
                self._finished = False
                self._sent()


MAX_REPORT = 1_000_000  # bytes of a REPORT's body read to see what it asks for
_FIRST_ELEMENT = re.compile(rb"<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


def _tells_whole_book(method: str, card: str, environ: dict) -> bool:
    """The read's answer lists the whole book (``card``: "" for the book itself)."""
    if card:
        return False
    if method == "GET":
        return True
    if method == "PROPFIND":
        return str(environ.get("HTTP_DEPTH", "0")).strip() != "0"  # Radicale's default
    try:  # REPORT: which one is the body's first element
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    if not 0 < length <= MAX_REPORT:
        return False
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)  # Radicale reads it again
    first = _FIRST_ELEMENT.search(body)
    return first is not None and first.group(1) == b"sync-collection"


def _limited(application):
    """Refuses a body over MAX_BODY before anything reads it (Radicale's own server does
    this; its application does it only under that server), and a Content-Length that is
    no length (negative, not a number)."""

    def limited(environ: dict, start_response: Callable) -> Iterable[bytes]:
        text = str(environ.get("CONTENT_LENGTH") or "0").strip()
        if not text.isascii() or not text.isdigit():  # "-1", "+1", "1e3", "x"
            start_response("400 Bad Request", [("Content-Length", "0")])
            return [b""]
        if int(text) > MAX_BODY:
            start_response("413 Request Entity Too Large", [("Content-Length", "0")])
            return [b""]
        return application(environ, start_response)

    return limited


class _Handler(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass  # no addresses, logins or paths on the console (Radicale's: _quiet_radicale)

    def get_stderr(self) -> io.StringIO:
        # where wsgiref prints the traceback of an answer it could not send (e.g. a TLS
        # connection the client or the deadline ended): nowhere; the client is gone
        return io.StringIO()

    def get_environ(self) -> dict:
        environ = super().get_environ()
        environ["HTTPS"] = "on"
        environ["PATH_INFO"] = unquote(self.path.split("?", 1)[0])  # UTF-8, not Latin-1
        return environ


class _TlsServer(socketserver.ThreadingMixIn, wsgiref.simple_server.WSGIServer):
    """HTTPS, a thread per connection, the TLS handshake in that thread (a slow client
    holds up no other). At most ``max_connections`` at once: a new one waits
    WAIT_FOR_SLOT for a free slot, else it is closed unanswered (the server goes on
    accepting, and stopping it is not held up). A connection is closed when it stays
    silent for ``timeout`` seconds or lasts ``deadline`` seconds in all (a client
    sending a byte now and then holds no slot for ever): the server loop checks the
    open ones several times a second and shuts their sockets down, which ends the
    thread's read or write. ``server_close`` shuts every open one down too and waits at
    most CLOSE_WAIT for their threads (daemon threads: one stuck elsewhere does not keep
    the process alive)."""

    daemon_threads = True
    block_on_close = True  # server_close may wait for the threads (with a limit, below)

    def __init__(self, address: tuple[str, int], context: ssl.SSLContext, application,
                 *, max_connections: int = MAX_CONNECTIONS, timeout: float = TIMEOUT,
                 deadline: float = DEADLINE) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.context = context
        self.silence = timeout
        self.deadline = deadline
        self._slots = threading.BoundedSemaphore(max_connections)
        self._open: dict[socket.socket, float] = {}  # socket -> when it must be closed
        self._open_lock = threading.Lock()
        self._closing = False
        super().__init__(address, _Handler)
        self.set_app(application)

    def server_bind(self) -> None:  # HTTPServer's would look the host name up in the DNS
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), port
        self.setup_environ()

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(timeout=WAIT_FOR_SLOT):
            self.shutdown_request(request)  # all slots held: closed, not queued
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def finish_request(self, request, client_address) -> None:
        request.settimeout(self.silence)
        try:
            secured = self.context.wrap_socket(request, server_side=True,
                                               do_handshake_on_connect=False)
        except (ssl.SSLError, OSError):
            return
        with self._open_lock:
            if self._closing:
                secured.close()
                return
            self._open[secured] = time.monotonic() + self.deadline
        try:
            secured.do_handshake()
            self.RequestHandlerClass(secured, client_address, self)
        except (ssl.SSLError, OSError):
            pass  # not TLS, a certificate the client refused, gone away, or timed out
        finally:
            with self._open_lock:
                del self._open[secured]
            secured.close()

    def service_actions(self) -> None:  # called by serve_forever, at least every poll
        now = time.monotonic()
        with self._open_lock:
            for connection, ends in self._open.items():
                if ends <= now:
                    _cut(connection)

    def server_close(self) -> None:
        with self._open_lock:
            self._closing = True
            for connection in self._open:
                _cut(connection)
        socketserver.TCPServer.server_close(self)
        threads = vars(self).get("_threads") or []
        until = time.monotonic() + CLOSE_WAIT
        for thread in list(threads):
            thread.join(max(0.0, until - time.monotonic()))

    def handle_error(self, request, client_address) -> None:
        pass  # a client that went away or timed out: nothing to report


def _cut(connection: socket.socket) -> None:
    """Ends what another thread does with ``connection`` (a read or write returns or
    fails); that thread closes it. The plain socket's shutdown, not SSLSocket's, which
    would drop the TLS state under the other thread."""
    try:
        socket.socket.shutdown(connection, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the other side


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only from the start (a key, the password hashes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
