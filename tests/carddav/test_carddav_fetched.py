"""contactvault serve notes when each phone fetched its address book and whether it got
the latest state: a real server, real HTTP clients with the phones' logins, a publish
that removes a revoked number; the phone's own read counts, another login's or a failed
login's does not; the note holds phone ids and times only. The passwords live in the OS
secret store, so this needs a real Secret Service."""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from datetime import timedelta

import pytest
import requests

from contactvault import i18n
from contactvault.carddav import server as local
from contactvault.carddav.client import CardDavClient
from contactvault.services import consent, devices, publishing, serving
from tests.carddav.radicale_server import free_port, wait_until_answering
from tests.carddav.test_carddav_serve import secret_store  # noqa: F401
from tests.cli.conftest import cli  # noqa: F401
from tests.conftest import PASSPHRASE
from tests.core.consent_helpers import two_consented_customers


@pytest.fixture
def serving_phones(ctx, secret_store):  # noqa: F811
    """Two phones on this PC's server (in the user's data folder, as ``serve`` keeps
    it), Anna and Bert consented, the server running on a free port."""
    two_consented_customers(ctx)
    devices.add_device(ctx, "Werkstatt")
    devices.add_device(ctx, "Lager")
    start, minutes = ctx.now(), itertools.count()
    setup_clock = lambda: start + timedelta(minutes=next(minutes))  # noqa: E731 - a minute a note
    port = free_port()
    setup = serving.prepare(ctx, port=port, address="127.0.0.1", listen="127.0.0.1",
                            bcrypt_rounds=4)
    assert setup.server.folder == local.default_folder()
    stop, stop_out = socket.socketpair()
    runner = threading.Thread(target=setup.server.serve, args=(stop_out,),
                              kwargs={"clock": setup_clock}, daemon=True)
    runner.start()
    wait_until_answering(f"https://127.0.0.1:{port}/", setup.server.certificate)
    yield setup
    stop.close()
    runner.join(timeout=15)
    assert not runner.is_alive()


def _noted(ctx, device: str, settled, timeout: float = 10.0) -> serving.FetchStatus:
    """The phone's fetch status once ``settled(status)`` holds. The server notes a read
    only after its last byte was sent, so the client may have the answer a moment
    before the note is written; waiting for it (never past ``timeout``) keeps a test
    from reading the note in between."""
    deadline = time.monotonic() + timeout
    while True:
        status = serving.fetch_status(ctx, device)
        if settled(status) or time.monotonic() > deadline:
            return status
        time.sleep(0.02)


def _reader(setup: serving.Serving, device: str, *, password: str | None = None,
            book_of: str | None = None) -> CardDavClient:
    phone = next(p for p in setup.phones if p.device == device)
    book = next(p for p in setup.phones if p.device == (book_of or device)).book_url
    return CardDavClient(book, phone.login, password or phone.password,
                         verify=str(setup.server.certificate))


@pytest.mark.keyring
def test_the_phone_fetching_its_book_is_noted_and_a_newer_publish_shows(
        ctx, serving_phones, cli):  # noqa: F811
    setup = serving_phones
    werkstatt = devices.get_device(ctx, "Werkstatt")
    status = serving.fetch_status(ctx, "Werkstatt")
    assert status.served and status.fetched_at is None
    assert status.text() == ("Never fetched: the phone has not yet read its address book "
                             "on this PC's server.")
    password = devices.recall_carddav_password(ctx, "Werkstatt")
    _plan, result = publishing.publish(ctx, "Werkstatt", password)
    assert result.created == 2

    # another phone's login may not read this book (403), a wrong password is refused
    # (401): neither is a fetch
    from contactvault import errors

    with _reader(setup, "Lager", book_of="Werkstatt") as other, \
            pytest.raises(errors.ServerForbidden):
        other.list()
    with _reader(setup, "Werkstatt", password="not the password") as wrong, \
            pytest.raises(errors.ServerLoginRefused):
        wrong.list()
    assert serving.fetch_status(ctx, "Werkstatt").fetched_at is None
    # the other phone reading its own (empty) book is its own fetch, not this one's
    with _reader(setup, "Lager") as own:
        assert own.list() == []
    assert _noted(ctx, "Lager", lambda s: s.current).current
    assert serving.fetch_status(ctx, "Werkstatt").fetched_at is None

    with _reader(setup, "Werkstatt") as phone:
        token = phone.check()  # PROPFIND, Depth 0: the sync token only, not yet a fetch
        assert serving.fetch_status(ctx, "Werkstatt").fetched_at is None
        cards = phone.list()  # PROPFIND, Depth 1 (207): the whole book
        assert len(cards) == 2
        first = _noted(ctx, "Werkstatt", lambda s: s.current)
        assert first.current and first.fetched_at is not None
        assert first.text().startswith("Last fetched: ") and \
            first.text().endswith("(current state)")
        anna = next(c.href for c in cards if "Anna Adler" in phone.get(c.href).text)  # checks
        assert phone.check() == token  # nothing changed: the check renews the fetch
    status = _noted(ctx, "Werkstatt", lambda s: s.fetched_at > first.fetched_at)
    assert status.current and status.fetched_at > first.fetched_at

    # Bert revokes; publishing deletes his card: the phone has not fetched that yet
    consent.record_event(ctx, "0171 1000002", "revoked")
    _plan, result = publishing.publish(ctx, "Werkstatt", password)
    assert result.deleted == 1
    with _reader(setup, "Werkstatt") as phone:  # checks tell the phone only that it changed
        assert phone.check() != token
        phone.get(anna)
    status = _noted(ctx, "Werkstatt", lambda s: not s.current)  # the publish is noted
    assert not status.current
    assert status.fetched.changed_at > status.fetched_at
    assert "(older state: the phone has not yet fetched the publish of " in status.text()
    with i18n.speaking("de"):
        german = status.text()
    assert german.startswith("Zuletzt abgeholt: ")
    assert "(älterer Stand: das Telefon hat die Veröffentlichung vom " in german
    assert german.endswith(" noch nicht abgeholt)")
    shown = cli("devices", "show", "Werkstatt", vault_path=ctx.vault.path,
                passphrase=PASSPHRASE, env={"CONTACTVAULT_LANG": "de"})
    assert shown.code == 0, shown.err
    assert "noch nicht abgeholt)" in shown.out

    # the phone syncs: it has the current state again
    with _reader(setup, "Werkstatt") as phone:  # REPORT sync-collection: what went
        changes = phone.changes_since(token)
        assert len(changes.deleted) == 1 and not changes.changed
    assert _noted(ctx, "Werkstatt", lambda s: s.current).current
    shown = cli("devices", "show", "Werkstatt", vault_path=ctx.vault.path,
                env={"CONTACTVAULT_LANG": "de"})
    assert shown.code == 0, shown.err
    assert "(aktueller Stand)" in shown.out and "  Zuletzt abgeholt: " in shown.out
    listed = cli("devices", "list", "--json", vault_path=ctx.vault.path)
    fetched = {d["name"]: d["fetched"] for d in json.loads(listed.out)}
    assert fetched["Werkstatt"]["served_here"] and fetched["Werkstatt"]["current"]

    # the note: owner-only, phone ids, times and counters only
    note = setup.server.fetch_file
    assert oct(note.stat().st_mode & 0o777) == "0o600"
    text = note.read_text()
    for personal in ("Anna", "Bert", "1000001", "1000002", "Werkstatt", "Lager", "phone1"):
        assert personal not in text
    kept = json.loads(text)["phones"]
    assert set(kept) == {str(werkstatt.id), str(devices.get_device(ctx, "Lager").id)}
    assert not [p for p in note.parent.iterdir() if p.name.startswith(".fetched-")]


@pytest.mark.keyring
def test_a_phone_on_another_server_is_not_known_rather_than_never(ctx, secret_store, cli):  # noqa: F811
    devices.add_device(ctx, "Extern")
    devices.add_device(ctx, "Datei")
    devices.set_carddav(ctx, "Extern", "https://dav.example.org/a/", "x", check=False)
    assert serving.fetch_status(ctx, "Datei") is None  # file exports only: nothing to say
    status = serving.fetch_status(ctx, "Extern")
    assert not status.served and status.fetched_at is None
    with i18n.speaking("de"):
        assert status.text().startswith("Ob das Telefon sein Adressbuch abgeholt hat, ist "
                                        "nicht bekannt")
    shown = cli("devices", "list", vault_path=ctx.vault.path, env={"CONTACTVAULT_LANG": "de"})
    assert shown.code == 0, shown.err
    assert "anderen CardDAV-Server" in shown.out and "Noch nie" not in shown.out


@pytest.mark.keyring
def test_serve_on_a_taken_port_says_so(ctx, secret_store, cli):  # noqa: F811
    devices.add_device(ctx, "Werkstatt")
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--port", str(port), "--address", "127.0.0.1",
                     vault_path=ctx.vault.path, env={"CONTACTVAULT_LANG": "de"}, timeout=60)
    assert result.code == 13
    assert f"Port {port} wird von einem anderen Programm benutzt" in result.err
    assert "Traceback" not in result.err
    # no connection data (and no phone's password) for a server that does not run
    assert "Passwort" not in result.out and "phone" not in result.out


@pytest.mark.keyring
def test_serve_with_an_unusable_key_says_so_not_that_the_port_failed(
        ctx, secret_store, cli):  # noqa: F811
    devices.add_device(ctx, "Werkstatt")
    port = free_port()
    done = cli("serve", "--setup-only", "--port", str(port), "--address", "127.0.0.1",
               vault_path=ctx.vault.path)
    assert done.code == 0, done.err
    server = local.LocalServer(local.default_folder(), port)
    server.key.write_text("not a key\n")
    result = cli("serve", "--port", str(port), "--address", "127.0.0.1",
                 vault_path=ctx.vault.path, env={"CONTACTVAULT_LANG": "de"}, timeout=60)
    assert result.code == 13
    assert "Das Zertifikat oder der Schlüssel des Servers in " in result.err
    assert str(server.certificate.parent) in result.err
    assert "Port" not in result.err and "Traceback" not in result.err
    assert "Passwort" not in result.out  # no connection data for a server that does not run


@pytest.mark.keyring
def test_serve_whose_output_is_closed_ends_quietly(ctx, secret_store):  # noqa: F811
    """Printing the connection data into a closed pipe is no failure of the port."""
    import os
    import subprocess
    import sys

    from contactvault import errors
    from tests.conftest import REPO

    devices.add_device(ctx, "Werkstatt")
    env = {**os.environ, "CONTACTVAULT_PASSPHRASE": PASSPHRASE, "CONTACTVAULT_LANG": "en"}
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "contactvault", "--vault", str(ctx.vault.path), "serve",
             "--port", str(free_port()), "--address", "127.0.0.1"],
            stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
            env=env, cwd=REPO, timeout=60)
    finally:
        os.close(write_end)
    assert result.returncode == errors.EXIT_PIPE_CLOSED, result.stderr
    assert "listen" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.keyring
def test_serve_runs_from_the_command_line_and_ctrl_c_stops_it(ctx, secret_store):  # noqa: F811
    """The real ``contactvault serve`` process: it answers over TLS, a phone's fetch is
    noted, and SIGINT (Ctrl-C) stops it cleanly with exit code 0."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO

    devices.add_device(ctx, "Werkstatt")
    port = free_port()
    [phone_access] = serving.prepare(ctx, port=port, address="127.0.0.1",
                                     bcrypt_rounds=4).phones  # serve keeps the passwords
    env = {**os.environ, "CONTACTVAULT_PASSPHRASE": PASSPHRASE, "CONTACTVAULT_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "contactvault", "--vault", str(ctx.vault.path), "serve",
         "--port", str(port), "--address", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        server = local.LocalServer(local.default_folder(), port)
        wait_until_answering(f"https://127.0.0.1:{port}/", server.certificate,
                             process=process, seconds=30)
        with CardDavClient(f"https://127.0.0.1:{port}/{phone_access.login}/contacts/",
                           phone_access.login, phone_access.password,
                           verify=str(server.certificate)) as phone:
            assert phone.list() == []
        assert _noted(ctx, "Werkstatt", lambda s: s.current).current
        refused = requests.request(  # Radicale warns of it; the console is not told
            "PROPFIND", f"https://127.0.0.1:{port}/{phone_access.login}/contacts/",
            auth=(phone_access.login, "not the password"), verify=str(server.certificate),
            timeout=10)
        assert refused.status_code == 401
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Running; Ctrl-C stops the server." in out and "The server stopped." in out
    assert "Traceback" not in err
    assert "Failed login" not in err and phone_access.login not in err
