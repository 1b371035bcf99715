"""The server ``contactvault serve`` runs, under load and misuse: slow clients cannot
hold it (a connection lasts a limited time in all, a connection that finds no free slot
is closed, stopping ends the open ones); a fetch is noted only for a read whose answer
was sent whole, a PROPFIND without Depth is no fetch, reads ending out of order never
make a phone look older; a Content-Length that is no length is refused; Radicale's log
stays off the console. Real sockets, real TLS, real Radicale."""

from __future__ import annotations

import base64
import socket
import ssl
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from contactvault.carddav import server as local
from tests.carddav.radicale_server import free_port, wait_until_answering

PHONE_PASSWORD = "phone one secret"


def _client_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _tls(port: int, timeout: float = 10) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    return _client_context().wrap_socket(raw)


def _basic(login: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()


def _raw_request(port: int, head: str, timeout: float = 10) -> bytes:
    """Sends ``head`` (request line and headers, no body) and reads the whole answer
    (the server closes after one request)."""
    with _tls(port, timeout) as connection:
        connection.sendall(head.encode() + b"\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
        return answer


@pytest.fixture
def certificate(tmp_path) -> local.LocalServer:
    server = local.LocalServer(tmp_path / "server", 0, "127.0.0.1", 4)
    server.ensure_certificate(["127.0.0.1"])
    return server


class _Slow:
    """A client that sent the start of a request and then sends a byte every
    ``every`` seconds (less than the server's silence timeout), for ever."""

    def __init__(self, port: int, every: float) -> None:
        self.connection = _tls(port)
        self.connection.sendall(b"PUT /phone1/contacts/x.vcf HTTP/1.1\r\n")
        self.every = every
        self.cut = threading.Event()  # the server ended the connection
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._trickle, daemon=True)
        self._thread.start()

    def _trickle(self) -> None:
        try:
            while not self._stop.wait(self.every):
                self.connection.sendall(b"X")
        except OSError:
            self.cut.set()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.connection.close()


def _start(httpd: local._TlsServer) -> threading.Thread:
    runner = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    runner.start()
    return runner


def test_slow_clients_hold_no_slot_for_ever_and_do_not_hold_up_stopping(
        certificate, capfd):
    def hello(environ, start_response):
        start_response("200 OK", [("Content-Length", "5")])
        return [b"hello"]

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate.certificate, certificate.key)
    httpd = local._TlsServer(("127.0.0.1", 0), context, hello, max_connections=2,
                             timeout=2, deadline=4)
    port = httpd.server_address[1]
    runner = _start(httpd)
    slow = [_Slow(port, every=0.5) for _ in range(2)]  # all slots, never silent for 2 s
    try:
        time.sleep(0.5)
        # a normal request while every slot is held: closed after a short wait, not queued
        began = time.monotonic()
        with pytest.raises((OSError, ssl.SSLError)):
            answer = _raw_request(port, "GET / HTTP/1.0\r\n")
            if not answer:
                raise ConnectionResetError("closed unanswered")
        assert time.monotonic() - began < 3
        # the deadline ends the slow ones although they were never silent for long
        for client in slow:
            assert client.cut.wait(8), "a slow client kept its slot past the deadline"
        assert _raw_request(port, "GET / HTTP/1.0\r\n").startswith(b"HTTP/1.0 200 OK")

        # stopping while slow clients hold every slot again: done within a few seconds
        slow += [_Slow(port, every=0.5) for _ in range(2)]
        time.sleep(0.5)
        began = time.monotonic()
        httpd.shutdown()
        httpd.server_close()
        runner.join(5)
        assert not runner.is_alive()
        assert time.monotonic() - began < 3
        for client in slow[2:]:
            assert client.cut.wait(3)
    finally:
        for client in slow:
            client.stop()
        httpd.server_close()
    assert "Traceback" not in capfd.readouterr().err


@pytest.fixture
def served(tmp_path):
    """Radicale under ``LocalServer.serve`` on a free port, phones 1 and 2; a clock that
    moves a minute a call."""
    server = local.LocalServer(tmp_path / "server", free_port(), "127.0.0.1", 4)
    server.ensure_certificate(["127.0.0.1"])
    server.write("app secret", {"phone1": PHONE_PASSWORD, "phone2": "phone two secret"})
    start, minute = datetime(2026, 12, 7, 12, tzinfo=UTC), [0]

    def clock() -> datetime:
        minute[0] += 1
        return start + timedelta(minutes=minute[0])

    stop, stop_out = socket.socketpair()
    runner = threading.Thread(target=server.serve, args=(stop_out,),
                              kwargs={"clock": clock}, daemon=True)
    runner.start()
    wait_until_answering(f"https://127.0.0.1:{server.port}/", server.certificate)
    server.stop = stop  # type: ignore[attr-defined]
    server.runner = runner  # type: ignore[attr-defined]
    yield server
    stop.close()
    runner.join(timeout=15)
    assert not runner.is_alive()


def _fetched(server: local.LocalServer, device_id: int, settled=None,
             timeout: float = 10.0) -> local.Fetched | None:
    """The phone's note; with ``settled``, once it holds (never past ``timeout``): the
    server writes the note only after the answer's last byte was sent, so the client
    may have the answer a moment before."""
    deadline = time.monotonic() + timeout
    while True:
        found = next((f for f in local.read_fetched(server.fetch_file)
                      if f.device_id == device_id), None)
        if settled is None or settled(found) or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def test_stopping_the_real_server_with_every_slot_held_takes_seconds(served):
    slow = [_Slow(served.port, every=1) for _ in range(local.MAX_CONNECTIONS)]
    try:
        time.sleep(1)
        # one more finds no free slot: closed after a short wait
        began = time.monotonic()
        with pytest.raises((OSError, ssl.SSLError)):
            _tls(served.port)
        assert time.monotonic() - began < 3
        began = time.monotonic()
        served.stop.close()
        served.runner.join(10)
        assert not served.runner.is_alive()
        assert time.monotonic() - began < 5
    finally:
        for client in slow:
            client.stop()


def _propfind(server: local.LocalServer, depth: str | None) -> requests.Response:
    headers = {"Authorization": _basic("phone1", PHONE_PASSWORD)}
    if depth is not None:
        headers["Depth"] = depth
    return requests.request("PROPFIND", f"https://127.0.0.1:{server.port}/phone1/contacts/",
                            headers=headers, verify=str(server.certificate), timeout=10)


def test_a_propfind_without_depth_is_a_check_not_a_fetch(served):
    answer = _propfind(served, None)
    assert answer.status_code == 207
    # Radicale answered for the book alone (Depth 0, its default): no fetch
    assert answer.text.count("<response>") + answer.text.count(":response>") == 1
    assert _fetched(served, 1) is None
    assert _propfind(served, "1").status_code == 207
    fetched = _fetched(served, 1, lambda f: f is not None)
    assert fetched is not None and fetched.current
    assert _propfind(served, None).status_code == 207  # a check renews that fetch
    assert _fetched(served, 1, lambda f: f.fetched_at > fetched.fetched_at).fetched_at > \
        fetched.fetched_at


@pytest.mark.parametrize("length", ["-1", "-100000000000", "abc", "1e3"])
def test_a_content_length_that_is_no_length_is_refused(served, length):
    answer = _raw_request(served.port, (
        f"PUT /phone1/contacts/x.vcf HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: {_basic('contactvault', 'app secret')}\r\n"
        f"Content-Length: {length}\r\n"))
    assert answer.split(b"\r\n", 1)[0].endswith(b" 400 Bad Request"), answer[:60]
    assert not (served.storage / "collection-root" / "phone1" / "contacts" / "x.vcf").exists()


def test_radicale_s_warnings_stay_off_the_console(tmp_path):
    """A process of its own (under pytest, pytest's handlers would take the records):
    Radicale warns of a failed login, with the address and the login; stderr gets
    nothing of it."""
    import subprocess
    import sys

    from tests.conftest import REPO

    server = local.LocalServer(tmp_path / "server", free_port(), "127.0.0.1", 4)
    server.ensure_certificate(["127.0.0.1"])
    server.write("app secret", {"phone1": PHONE_PASSWORD})
    stop, stop_out = socket.socketpair()
    script = ("import socket, sys\nfrom pathlib import Path\n"
              "from contactvault.carddav.server import LocalServer\n"
              "LocalServer(Path(sys.argv[1]), int(sys.argv[2]), '127.0.0.1').serve("
              "socket.socket(fileno=int(sys.argv[3])))\n")
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(server.folder), str(server.port),
         str(stop_out.fileno())], pass_fds=[stop_out.fileno()], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop_out.close()
    try:
        url = f"https://127.0.0.1:{server.port}/phone1/contacts/"
        wait_until_answering(url, server.certificate, process=process, seconds=30)
        wrong = requests.request(
            "PROPFIND", url, verify=str(server.certificate), timeout=10,
            headers={"Authorization": _basic("phone1", "not the password"), "Depth": "1"})
        assert wrong.status_code == 401
        right = requests.request(
            "PROPFIND", url, verify=str(server.certificate), timeout=10,
            headers={"Authorization": _basic("phone1", PHONE_PASSWORD), "Depth": "1"})
        assert right.status_code == 207
        stop.close()
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert err == "" and out == ""


# -- a fetch counts once its answer was sent whole ---------------------------------------

BIG = 64 * 1024 * 1024  # more than the kernel's buffers take for a client that reads none


def test_a_read_is_a_fetch_only_when_its_answer_was_sent_whole(certificate, tmp_path):
    ended = []

    def book(environ, start_response):
        size = BIG if environ.get("QUERY_STRING") == "big" else 10
        start_response("200 OK", [("Content-Length", str(size))])

        def parts():
            try:
                for _ in range(size // (1024 * 1024) or 1):
                    yield b"x" * min(size, 1024 * 1024)
            finally:
                ended.append(environ.get("QUERY_STRING"))

        return parts()

    log = local.FetchLog(tmp_path / "fetched.json")
    moment = datetime(2026, 12, 7, 12, tzinfo=UTC)
    application = local._limited(local.FetchRecorder(book, log, lambda: moment))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate.certificate, certificate.key)
    httpd = local._TlsServer(("127.0.0.1", 0), context, application)
    port = httpd.server_address[1]
    runner = _start(httpd)
    authorization = _basic("phone1", "x")
    try:
        # the phone goes away after the first bytes: its read is no fetch
        with _tls(port) as connection:
            connection.sendall(f"GET /phone1/contacts/?big HTTP/1.0\r\n"
                               f"Authorization: {authorization}\r\n\r\n".encode())
            assert connection.recv(100).startswith(b"HTTP/1.0 200")
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                  b"\x01\x00\x00\x00\x00\x00\x00\x00")  # reset, not FIN
        deadline = time.monotonic() + 20
        while "big" not in ended:
            assert time.monotonic() < deadline, "the server never ended the answer"
            time.sleep(0.05)
        time.sleep(0.2)
        assert not [f for f in local.read_fetched(log.path) if f.fetched_at]
        # read whole: a fetch
        answer = _raw_request(port, f"GET /phone1/contacts/ HTTP/1.0\r\n"
                                    f"Authorization: {authorization}\r\n")
        assert answer.endswith(b"x" * 10)
        deadline = time.monotonic() + 5
        while not [f for f in local.read_fetched(log.path) if f.fetched_at]:
            assert time.monotonic() < deadline, "the whole read was not noted"
            time.sleep(0.05)
        [fetched] = local.read_fetched(log.path)
        assert fetched.device_id == 1 and fetched.fetched_at == moment and fetched.current
    finally:
        httpd.shutdown()
        httpd.server_close()
        runner.join(5)


def test_reads_ending_out_of_order_never_make_a_phone_look_older(tmp_path):
    log = local.FetchLog(tmp_path / "fetched.json")
    noon = datetime(2026, 12, 7, 12, tzinfo=UTC)
    log.changed(1, noon)
    log.changed(1, noon + timedelta(minutes=1))  # two changes
    log.fetched(1, 2, noon + timedelta(minutes=5))  # a read that began after both
    log.fetched(1, 1, noon + timedelta(minutes=3))  # an earlier read, ending later
    [kept] = local.read_fetched(log.path)
    assert kept.fetched_changes == 2 and kept.current
    assert kept.fetched_at == noon + timedelta(minutes=5)
    # an older read ending later still tells it was read then; the state stays the newer
    log.fetched(1, 1, noon + timedelta(minutes=7))
    [kept] = local.read_fetched(log.path)
    assert kept.fetched_changes == 2 and kept.fetched_at == noon + timedelta(minutes=7)
    # a check of an older state renews nothing
    log.fetched(1, 1, noon + timedelta(minutes=9), whole=False)
    assert local.read_fetched(log.path) == [kept]
