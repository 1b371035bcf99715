"""contactvault/carddav/client.py against a real Radicale: list, read, create, replace,
delete with their preconditions, sync-collection, and every failure as a sentence."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from contactvault import errors
from contactvault.carddav.client import CardDavClient, check_url
from tests.carddav.conftest import OFFICE_PASSWORD, PHONE_LOGIN, PHONE_PASSWORD
from tests.carddav.radicale_server import OFFICE


def card(name: str, number: str = "+4915112345678", uid: str = "") -> str:
    uid = uid or "0b5ec8f2-1111-4222-8333-444455556666"
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:;{name};;;\r\n"
            f"TEL;TYPE=CELL:{number}\r\nUID:{uid}\r\nEND:VCARD\r\n")


@pytest.fixture
def office(radicale):
    with CardDavClient(radicale.book_url("anna"), OFFICE, OFFICE_PASSWORD) as client:
        yield client


def test_create_list_get_replace_delete(radicale, office):
    token = office.check()
    assert token and office.list() == []
    made = office.create("a1b2.vcf", card("Anna"))
    assert made.href == urlsplit(radicale.book_url("anna")).path + "a1b2.vcf"
    assert made.etag.startswith('"')
    listed = office.list()
    assert [(r.href, r.etag) for r in listed] == [(made.href, made.etag)]
    assert listed[0].name == "a1b2.vcf"
    assert listed[0].last_modified.endswith("+00:00")
    got = office.get(made.href)
    assert "FN:Anna" in got.text and got.etag == made.etag
    replaced = office.replace(made.href, card("Anna B"), made.etag)
    assert replaced.etag != made.etag
    assert "FN:Anna B" in office.get(made.href).text
    office.delete(made.href, replaced.etag)
    assert office.list() == [] and radicale.card_files("anna") == []
    changes = office.changes_since(token)
    assert changes.deleted == (made.href,) and changes.changed == ()
    assert changes.token and changes.token != token


def test_preconditions_protect_a_card_someone_else_changed(office):
    made = office.create("c3.vcf", card("Carla"))
    with pytest.raises(errors.CardChangedOnServer) as exists:
        office.create("c3.vcf", card("Someone else"))  # If-None-Match: *
    assert "c3.vcf" in exists.value.message() and "(412)" in exists.value.message()
    newer = office.replace(made.href, card("Carla (edited elsewhere)"), made.etag)
    with pytest.raises(errors.CardChangedOnServer):
        office.replace(made.href, card("Carla"), made.etag)  # the old ETag
    with pytest.raises(errors.CardChangedOnServer):
        office.delete(made.href, made.etag)
    assert "edited elsewhere" in office.get(made.href).text
    office.delete(made.href, newer.etag)
    office.delete(made.href, newer.etag)  # gone already: nothing to do


def test_wrong_password_and_read_only_login(radicale, office):
    made = office.create("d4.vcf", card("Dora"))
    with CardDavClient(radicale.book_url("anna"), OFFICE, "wrong") as client, \
            pytest.raises(errors.ServerLoginRefused) as refused:
        client.list()
    assert refused.value.message() == (
        f"The CardDAV server at {radicale.book_url('anna')} refused the login office: "
        "wrong user name or password (401).")
    assert refused.value.exit_code == errors.EXIT_SERVER
    with CardDavClient(radicale.book_url("anna"), PHONE_LOGIN, PHONE_PASSWORD) as phone:
        assert [r.href for r in phone.list()] == [made.href]
        with pytest.raises(errors.ServerForbidden) as forbidden:
            phone.create("e5.vcf", card("Emil"))
        assert "phone-anna" in forbidden.value.message() and "(403)" in \
            forbidden.value.message()
        with pytest.raises(errors.ServerForbidden):
            phone.delete(made.href, made.etag)
        with pytest.raises(errors.ServerForbidden):
            phone.replace(made.href, card("X"), made.etag)
    assert [r.href for r in office.list()] == [made.href]


def test_no_address_book_and_server_down(radicale):
    missing = radicale.book_url("anna").replace("/anna-", "/nobody-")
    with CardDavClient(missing, OFFICE, OFFICE_PASSWORD) as client:
        with pytest.raises(errors.ServerNoAddressBook):
            client.list()
    url = radicale.book_url("anna")
    radicale.stop()
    with CardDavClient(url, OFFICE, OFFICE_PASSWORD, timeout=3) as client, \
            pytest.raises(errors.ServerUnreachable) as down:
        client.list()
    assert down.value.message().startswith(f"Cannot reach the CardDAV server at {url} (")


def test_tls_trusted_only_with_its_certificate(radicale_tls, monkeypatch):
    url = radicale_tls.book_url("anna")
    assert url.startswith("https://")
    with CardDavClient(url, OFFICE, OFFICE_PASSWORD) as client, \
            pytest.raises(errors.ServerNotTrusted) as untrusted:
        client.list()
    assert "not trusted" in untrusted.value.message()
    assert "Traceback" not in untrusted.value.message()
    with CardDavClient(url, OFFICE, OFFICE_PASSWORD,
                       verify=str(radicale_tls.certificate)) as client:
        assert client.create("f6.vcf", card("Fritz")).etag
    # verify= is passed on every request: an environment variable does not widen it
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(radicale_tls.certificate))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(radicale_tls.certificate))
    import certifi

    with CardDavClient(url, OFFICE, OFFICE_PASSWORD, verify=certifi.where()) as client, \
            pytest.raises(errors.ServerNotTrusted):
        client.list()


def test_only_https_except_to_this_computer():
    with pytest.raises(errors.ServerInsecure):
        check_url("http://cloud.example.org/remote.php/dav/addressbooks/users/a/b")
    assert check_url("http://localhost:5232/a/b") == "http://localhost:5232/a/b/"
    assert check_url("https://cloud.example.org/x") == "https://cloud.example.org/x/"
    with pytest.raises(errors.InvalidArgument):
        check_url("ftp://cloud.example.org/x")


def test_full_server_and_unreadable_answers(answering):
    with CardDavClient(answering.url, OFFICE, OFFICE_PASSWORD) as client:
        answering.answer = (507, b"")
        with pytest.raises(errors.ServerFull) as full:
            client.create("g7.vcf", card("Gerd"))
        assert "g7.vcf" in full.value.message() and "507" in full.value.message()
        answering.answer = (207, b"<not xml")
        with pytest.raises(errors.ServerAnswerUnreadable):
            client.list()
        bomb = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><m>&b;</m>')
        answering.answer = (207, bomb)
        with pytest.raises(errors.ServerAnswerUnreadable):
            client.list()
        answering.answer = (500, b"")
        with pytest.raises(errors.ServerError) as other:
            client.list()
        assert "500" in other.value.message()


def test_failures_are_german_sentences(radicale):
    from contactvault import i18n

    url = radicale.book_url("anna")
    with CardDavClient(url, OFFICE, "falsch") as client, \
            pytest.raises(errors.ServerLoginRefused) as refused:
        client.list()
    radicale.stop()
    with CardDavClient(url, OFFICE, OFFICE_PASSWORD, timeout=3) as client, \
            pytest.raises(errors.ServerUnreachable) as down:
        client.list()
    with i18n.speaking("de"):
        assert refused.value.message() == (
            f"Der CardDAV-Server unter {url} hat die Anmeldung office abgelehnt: "
            "Benutzername oder Passwort falsch (401).")
        assert down.value.message() == (
            f"Der CardDAV-Server unter {url} ist nicht erreichbar (die Verbindung wurde "
            "abgelehnt, oder der Name ist unbekannt). Prüfen Sie die Adresse, das Netzwerk "
            "und ob der Server läuft.")
