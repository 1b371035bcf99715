"""contactvault serve: Radicale on this PC over TLS with its own certificate, a read-only
login per phone, the app's login the only writer; publishing goes there; it stops cleanly.
The passwords live in the OS secret store, so this needs a real Secret Service."""

from __future__ import annotations

import os
import plistlib
import socket
import threading

import pytest
import requests

from contactvault import errors
from contactvault.carddav import server as local
from contactvault.carddav.client import CardDavClient
from contactvault.services import audit_ops, consent, devices, publishing, serving
from contactvault.vault import keys
from tests.carddav.radicale_server import free_port, wait_until_answering
from tests.core.consent_helpers import fill_company, insert_person

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def secret_store(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", SECRET_SERVICE)
    status = keys.status()
    if not status.available:
        if os.environ.get("CONTACTVAULT_REQUIRE_KEYRING"):
            pytest.fail(f"a real Secret Service is required here: {status.name}")
        pytest.skip(f"no Secret Service session (run under dbus-run-session): {status.name}")


@pytest.mark.keyring
def test_serve_over_tls_read_only_phones_and_a_clean_stop(ctx, tmp_path, secret_store):
    fill_company(ctx)
    with ctx.vault.transaction() as conn:
        insert_person(conn, "Anna Adler", ["0171 1000001"])
    consent.record_event(ctx, "0171 1000001", "granted", with_notice=True)
    devices.add_device(ctx, "Werkstatt")
    devices.add_device(ctx, "Extern")
    devices.set_carddav(ctx, "Extern", "https://dav.example.org/a/", "x", check=False)

    port = free_port()
    setup = serving.prepare(ctx, folder=tmp_path / "server", port=port, address="127.0.0.1",
                            listen="127.0.0.1", bcrypt_rounds=4)
    assert setup.others == ("Extern",)
    [phone] = setup.phones
    assert (phone.device, phone.login) == ("Werkstatt", "phone1")
    users = (tmp_path / "server" / "users").read_text()
    assert phone.password not in users and all(
        line.split(":", 1)[1].startswith("$2b$04$") for line in users.splitlines())
    profile = plistlib.loads(phone.profile.read_bytes())
    account = profile["PayloadContent"][1]
    assert (account["CardDAVUsername"], account["CardDAVPort"]) == ("phone1", port)
    assert "Password" not in str(account)

    stop, stop_out = socket.socketpair()
    runner = threading.Thread(target=setup.server.serve, args=(stop_out,), daemon=True)
    runner.start()
    certificate = str(setup.server.certificate)
    wait_until_answering(f"https://127.0.0.1:{port}/", certificate)
    try:
        device = devices.get_device(ctx, "Werkstatt")
        assert device.carddav_url == f"https://127.0.0.1:{port}/phone1/contacts/"
        password = devices.recall_carddav_password(ctx, "Werkstatt")
        _plan, result = publishing.publish(ctx, "Werkstatt", password)
        assert result.created == 1
        with CardDavClient(phone.book_url, phone.login, phone.password,
                           verify=certificate) as reader:
            [card] = reader.list()
            assert "Anna Adler" in reader.get(card.href).text
            with pytest.raises(errors.ServerForbidden):
                reader.create("x.vcf", reader.get(card.href).text)
            with pytest.raises(errors.ServerForbidden):
                reader.delete(card.href, card.etag)
        with CardDavClient(phone.book_url, phone.login, phone.password) as untrusting, \
                pytest.raises(errors.ServerNotTrusted):
            untrusting.list()
    finally:
        stop.close()
        runner.join(timeout=15)
    assert not runner.is_alive()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"https://127.0.0.1:{port}/", verify=certificate, timeout=2)
    # a second start keeps the certificate, the passwords and the phones' settings
    entries = len(audit_ops.list_entries(ctx))
    again = serving.prepare(ctx, folder=tmp_path / "server", port=port, address="127.0.0.1",
                            listen="127.0.0.1", bcrypt_rounds=4)
    assert again.fingerprint == setup.fingerprint and again.phones[0].password == \
        phone.password
    assert len(audit_ops.list_entries(ctx)) == entries


def test_no_secret_store_sets_nothing_up(ctx, tmp_path):
    devices.add_device(ctx, "Werkstatt")
    with pytest.raises(errors.NoSecureStore):
        serving.prepare(ctx, folder=tmp_path / "server", port=free_port())
    assert not (tmp_path / "server").exists()
    assert not devices.get_device(ctx, "Werkstatt").publishes


def test_certificate_names_this_computer(tmp_path):
    server = local.LocalServer(tmp_path / "s")
    server.ensure_certificate(["localhost", "127.0.0.1", "192.168.1.20"])
    first = server.fingerprint()
    server.ensure_certificate(["127.0.0.1"])  # covered: kept
    assert server.fingerprint() == first
    server.ensure_certificate(["127.0.0.1", "10.0.0.5"])  # a new address: made again
    assert server.fingerprint() != first
    assert oct(server.key.stat().st_mode & 0o777) == "0o600"


@pytest.mark.keyring
def test_setup_prints_what_each_phone_needs(ctx, tmp_path, secret_store, capsys):
    from contactvault import i18n
    from contactvault.cli import serve_commands

    devices.add_device(ctx, "Werkstatt")
    setup = serving.prepare(ctx, folder=tmp_path / "server", port=5299,
                            address="192.168.1.20", bcrypt_rounds=4)
    with i18n.speaking("de"):
        serve_commands.print_setup(setup)
    out = capsys.readouterr().out
    assert "CardDAV-Server für die WhatsApp-Telefone: https://192.168.1.20:5299/" in out
    assert f"Werkstatt: Anmeldung phone1, Passwort {setup.phones[0].password}" in out
    assert "https://192.168.1.20:5299/ (oder den Code scannen)" in out
    assert "█" in out or "▄" in out  # the QR code for DAVx5
    assert "phone1.mobileconfig" in out
