"""contactvault devices carddav: a phone's address book on a CardDAV server. The login is
checked first, the password kept in the OS secret store (or asked, or taken from
CONTACTVAULT_CARDDAV_PASSWORD), never in the vault."""

from __future__ import annotations

import os

import pytest

from contactvault import errors
from contactvault.context import Context
from contactvault.services import audit_ops, devices, vaults
from contactvault.vault import Vault, keys
from tests.carddav.conftest import OFFICE_PASSWORD
from tests.carddav.radicale_server import OFFICE
from tests.conftest import PASSPHRASE

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"
PASSWORD = {"CONTACTVAULT_CARDDAV_PASSWORD": OFFICE_PASSWORD}


@pytest.fixture
def phone(cli):
    """A vault at the command line's path with one phone, "Werkstatt"."""
    vault = vaults.create_vault(cli.vault, PASSPHRASE)
    devices.add_device(Context(vault), "Werkstatt")
    vault.lock()


def in_vault(cli, call):
    vault = Vault.open(cli.vault, PASSPHRASE)
    try:
        return call(Context(vault))
    finally:
        vault.lock()


def stored(cli):
    return in_vault(cli, lambda ctx: devices.get_device(ctx, "Werkstatt"))


def test_set_checked_shown_audited_and_switched_off(cli, phone, radicale):
    url = radicale.book_url("anna")
    result = cli("devices", "carddav", "Werkstatt", "--url", url, "--user", OFFICE, env=PASSWORD)
    assert result.code == 0, result.err
    assert f"Werkstatt publishes to the CardDAV address book {url} (login office)." \
        in result.out
    # no secret store in this test: said so, and how the password comes next time
    assert "No secure secret store" in result.err
    assert "asked at each publish" in result.out
    device = stored(cli)
    assert (device.carddav_url, device.carddav_user, device.carddav_certificate) == \
        (url, OFFICE, "")

    def everything(ctx):
        with ctx.vault.reading() as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            return "\n".join(repr(row) for table in tables
                             for row in conn.execute(f'SELECT * FROM "{table}"'))

    dump = in_vault(cli, everything)
    assert url in dump and OFFICE_PASSWORD not in dump
    entries = in_vault(cli, audit_ops.list_entries)
    assert entries[-1].action == "device.carddav"
    assert in_vault(cli, audit_ops.verify).ok
    off = cli("devices", "carddav", "Werkstatt", "--off")
    assert off.code == 0 and "no CardDAV address book any more" in off.out
    assert not stored(cli).publishes
    assert in_vault(cli, audit_ops.verify).ok


def test_wrong_password_or_server_down_stores_nothing(cli, phone, radicale):
    url = radicale.book_url("anna")
    wrong = cli("devices", "carddav", "Werkstatt", "--url", url, "--user", OFFICE,
                env={"CONTACTVAULT_CARDDAV_PASSWORD": "wrong", "CONTACTVAULT_LANG": "de"})
    assert wrong.code == errors.EXIT_SERVER
    assert wrong.err.strip() == (
        f"contactvault: Der CardDAV-Server unter {url} hat die Anmeldung office abgelehnt: "
        "Benutzername oder Passwort falsch (401).")
    assert not stored(cli).publishes
    radicale.stop()

    def set_up(**kwargs):
        return lambda ctx: devices.set_carddav(ctx, "Werkstatt", url, OFFICE,
                                               password=OFFICE_PASSWORD, **kwargs)

    with pytest.raises(errors.ServerUnreachable):
        in_vault(cli, set_up())
    assert not stored(cli).publishes
    # set up while the server is away: on request, without asking it
    in_vault(cli, set_up(check=False))
    assert stored(cli).carddav_url == url


def test_refusals_are_sentences(cli, phone, tmp_path):
    no_password = cli("devices", "carddav", "Werkstatt", "--url", "https://dav.example.org/a",
                      "--user", "office")
    assert no_password.code == errors.EXIT_SERVER
    assert "No password for the CardDAV login office of Werkstatt" in no_password.err
    assert "Traceback" not in no_password.err

    def refused(url, user="office", certificate=""):
        with pytest.raises(errors.ContactVaultError) as info:
            in_vault(cli, lambda ctx: devices.set_carddav(
                ctx, "Werkstatt", url, user, certificate=certificate, password="x"))
        return info.value

    assert isinstance(refused("http://dav.example.org/a"), errors.ServerInsecure)
    assert isinstance(refused("dav.example.org/a"), errors.InvalidArgument)
    assert isinstance(refused("https://dav.example.org/a", user=" "), errors.InvalidArgument)
    missing = refused("https://dav.example.org/a", certificate=str(tmp_path / "none.pem"))
    assert isinstance(missing, errors.FileUnreadable) and "none.pem" in missing.message()
    assert not stored(cli).publishes


def test_tls_server_trusted_by_its_certificate(cli, phone, radicale_tls):
    url = radicale_tls.book_url("anna")
    untrusted = cli("devices", "carddav", "Werkstatt", "--url", url, "--user", OFFICE,
                    env=PASSWORD)
    assert untrusted.code == errors.EXIT_SERVER and "is not trusted" in untrusted.err
    trusted = cli("devices", "carddav", "Werkstatt", "--url", url, "--user", OFFICE,
                  "--certificate", str(radicale_tls.certificate), env=PASSWORD)
    assert trusted.code == 0, trusted.err
    assert stored(cli).carddav_certificate == str(radicale_tls.certificate)


@pytest.mark.keyring
def test_password_kept_in_the_secret_store_and_forgotten(cli, phone, radicale, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", SECRET_SERVICE)
    status = keys.status()
    if not status.available:
        if os.environ.get("CONTACTVAULT_REQUIRE_KEYRING"):
            pytest.fail(f"a real Secret Service is required here: {status.name}")
        pytest.skip(f"no Secret Service session (run under dbus-run-session): {status.name}")
    url = radicale.book_url("anna")
    result = cli("devices", "carddav", "Werkstatt", "--url", url, "--user", OFFICE, env=PASSWORD)
    assert result.code == 0, result.err
    assert "kept in the system's secret store" in result.out
    recall = lambda ctx: devices.recall_carddav_password(ctx, "Werkstatt")  # noqa: E731
    assert in_vault(cli, recall) == OFFICE_PASSWORD
    in_vault(cli, lambda ctx: devices.clear_carddav(ctx, "Werkstatt"))
    assert in_vault(cli, recall) is None


def test_the_command_line_starts_without_the_http_client():
    """requests and the XML parser load when a server is asked, not at every start."""
    import subprocess
    import sys

    from tests.conftest import REPO

    found = subprocess.run(
        [sys.executable, "-c", "import sys; from contactvault import cli; cli.build_parser(); "
                               "print(sorted(m for m in ('requests', 'defusedxml', 'radicale', "
                               "'bcrypt') if m in sys.modules))"],
        capture_output=True, text=True, cwd=REPO, check=True)
    assert found.stdout.strip() == "[]", found.stdout + found.stderr
