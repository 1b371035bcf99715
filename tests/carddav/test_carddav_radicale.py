"""The test server itself: it starts, asks for a login, keeps bcrypt hashes only, lets
the office's login write and a phone's login only read, and stops."""

from __future__ import annotations

import pytest
import requests

from tests.carddav.conftest import OFFICE_PASSWORD, PHONE_LOGIN, PHONE_PASSWORD
from tests.carddav.radicale_server import OFFICE

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test\r\nN:;Test;;;\r\nTEL;TYPE=CELL:+4915112345678\r\n"
        "UID:0b5ec8f2-1111-4222-8333-444455556666\r\nEND:VCARD\r\n")


def test_server_needs_a_login_and_keeps_only_bcrypt_hashes(radicale):
    url = radicale.book_url("anna")
    assert requests.request("PROPFIND", url, headers={"Depth": "0"}, timeout=5).status_code \
        == 401
    assert requests.request("PROPFIND", url, headers={"Depth": "0"}, timeout=5,
                            auth=(OFFICE, "wrong")).status_code == 401
    ok = requests.request("PROPFIND", url, headers={"Depth": "0"}, timeout=5,
                          auth=(OFFICE, OFFICE_PASSWORD))
    assert ok.status_code == 207
    assert b"addressbook" in ok.content
    users = (radicale.folder / "users").read_text()
    assert OFFICE_PASSWORD not in users and PHONE_PASSWORD not in users
    assert all(line.split(":", 1)[1].startswith("$2b$") for line in users.splitlines())


def test_office_writes_and_the_phone_only_reads(radicale):
    url = radicale.book_url("anna") + "card.vcf"
    put = requests.put(url, data=CARD.encode(), timeout=5, auth=(OFFICE, OFFICE_PASSWORD),
                       headers={"Content-Type": "text/vcard; charset=utf-8"})
    assert put.status_code == 201
    assert len(radicale.card_files("anna")) == 1
    phone = (PHONE_LOGIN, PHONE_PASSWORD)
    got = requests.get(url, auth=phone, timeout=5)
    assert got.status_code == 200 and "+4915112345678" in got.text
    assert requests.put(url, data=CARD.encode(), auth=phone, timeout=5).status_code == 403
    assert requests.delete(url, auth=phone, timeout=5).status_code == 403
    assert len(radicale.card_files("anna")) == 1


def test_server_stops_and_its_port_is_closed(radicale):
    url = radicale.book_url("anna")
    radicale.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=2)
