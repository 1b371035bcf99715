"""A real Radicale for the CardDAV tests, started per test and stopped after it."""

from __future__ import annotations

import uuid

import pytest

from tests.carddav.radicale_server import OFFICE, RadicaleServer

OFFICE_PASSWORD = "office secret 1"
PHONE_LOGIN = "phone-anna"
PHONE_PASSWORD = "anna secret 2"


@pytest.fixture(scope="session")
def _shared_radicale(tmp_path_factory):
    """One Radicale for the session (starting one takes a second); each test gets
    address books of its own on it."""
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"),
                            {OFFICE: OFFICE_PASSWORD, PHONE_LOGIN: PHONE_PASSWORD})
    server.start()
    yield server
    server.stop()


class Books:
    """One test's view of the shared server: ``book_url("anna")`` is an address book of
    this test only (named anna-<tag> on the server, readable by the login phone-anna);
    ``stop()`` makes the server unreachable until the test ends."""

    def __init__(self, server: RadicaleServer) -> None:
        self.server = server
        self.tag = uuid.uuid4().hex[:10]

    @property
    def folder(self):
        return self.server.folder

    def _name(self, book: str) -> str:
        return f"{book}-{self.tag}"

    def book_url(self, book: str) -> str:
        if not self.server.storage(self._name(book)).exists():
            self.server.add_book(self._name(book))
        return self.server.book_url(self._name(book))

    def card_files(self, book: str):
        return self.server.card_files(self._name(book))

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture
def radicale(_shared_radicale):
    """Radicale on 127.0.0.1 (a free port), storage in a temporary folder, two bcrypt
    logins (the office's, which writes, and one phone's, which only reads the book
    "anna"), and an empty address book "anna" of this test's own."""
    books = Books(_shared_radicale)
    books.book_url("anna")
    yield books
    if _shared_radicale.process is None:  # the test stopped it: up again for the next
        _shared_radicale.restart()


@pytest.fixture
def radicale_tls(tmp_path):
    """The same server over https with a self-signed certificate (``.certificate``)."""
    server = RadicaleServer(tmp_path / "radicale-tls", {OFFICE: OFFICE_PASSWORD}, tls=True)
    server.add_book("anna")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def answering():
    """A plain HTTP server on 127.0.0.1 that answers every request with what the test
    sets (``server.answer = (status, body)``): for what Radicale never answers (507, a
    broken multistatus)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def _any(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, body = self.server.answer
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = _any  # noqa: N815

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.answer = (200, b"")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/office/anna/"
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


# the real command line in a subprocess (tests/cli's fixture)
from tests.cli.conftest import cli  # noqa: E402, F401
