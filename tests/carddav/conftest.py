"""A real Radicale for the CardDAV tests, started per test and stopped after it."""

from __future__ import annotations

import pytest

from tests.carddav.radicale_server import OFFICE, RadicaleServer

OFFICE_PASSWORD = "office secret 1"
PHONE_LOGIN = "phone-anna"
PHONE_PASSWORD = "anna secret 2"


@pytest.fixture
def radicale(tmp_path):
    """Radicale on 127.0.0.1 (a free port), storage in a temporary folder, two bcrypt
    logins (the office's, which writes, and one phone's, which only reads the book
    "anna"), and one empty address book "anna"."""
    server = RadicaleServer(tmp_path / "radicale",
                            {OFFICE: OFFICE_PASSWORD, PHONE_LOGIN: PHONE_PASSWORD})
    server.add_book("anna", reader=PHONE_LOGIN)
    server.start()
    yield server
    server.stop()
