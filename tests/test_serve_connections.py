"""Connection hygiene: idle and slowly-sent connections cannot take the service down.

The attackers connect from other loopback addresses (127.0.0.2, ...) than the normal client
(127.0.0.1), as they would from other hosts; the per-client cap applies to each address. After
each attack (and while it goes on) a normal query gets its full answer within a second."""

from __future__ import annotations

import json
import socket
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PER_CLIENT = 32  # the default of `serve --per-client`


def normal_query_seconds(server) -> float:
    """Run a normal query; its answer must be complete. Returns the fastest of three tries."""
    best = float("inf")
    for _ in range(3):
        started = time.monotonic()
        request = urllib.request.Request(
            server.base + "/sparql", data=urllib.parse.urlencode({"query": COUNT}).encode(),
            headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
            assert int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"]) > 0
        best = min(best, time.monotonic() - started)
    return best


def connect(server, source: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((source, 0))
    sock.settimeout(10)
    sock.connect(("127.0.0.1", server.port))
    return sock


def closed_by_server(sock: socket.socket, wait: float) -> tuple[bool, bytes]:
    """Whether the server closed ``sock`` within ``wait`` seconds, and what it sent first."""
    sock.settimeout(wait)
    received = b""
    try:
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return True, received
            received += chunk
    except ConnectionResetError:
        return True, received
    except TimeoutError:
        return False, received


@pytest.fixture
def sockets() -> Iterator[list[socket.socket]]:
    opened: list[socket.socket] = []
    yield opened
    for sock in opened:
        sock.close()


def test_idle_connections_do_not_block_requests_and_are_closed(server, sockets):
    # 520 idle connections from 20 addresses (26 each, under the per-client cap): more than the
    # 512 that used to make every request answer 503
    for n in range(520):
        sockets.append(connect(server, f"127.0.0.{2 + n % 20}"))
    assert normal_query_seconds(server) < 1.0
    # each idle connection is closed once the read deadline has passed, without an answer
    deadline = time.monotonic() + server.read_timeout + 5
    for sock in sockets:
        closed, received = closed_by_server(sock, max(0.01, deadline - time.monotonic()))
        assert closed and received == b""
    assert normal_query_seconds(server) < 1.0


def test_one_client_cannot_hold_more_than_its_share(server, sockets):
    for _ in range(PER_CLIENT + 20):
        sockets.append(connect(server, "127.0.0.21"))
    # the connections past the cap are closed at once; the others wait for their deadline
    over = [s for s in sockets if closed_by_server(s, 0.05)[0]]
    assert len(over) >= 20
    assert normal_query_seconds(server) < 1.0


def test_slowloris_heads_get_408_and_are_closed(server, sockets):
    head = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
    for n in range(200):
        sockets.append(connect(server, f"127.0.0.{30 + n % 10}"))
    started = time.monotonic()
    position = 0
    answered: dict[int, bytes] = {}
    # send one byte of the head every 0.25 s on every connection, forever (the head never ends)
    while len(answered) < len(sockets) and time.monotonic() - started < server.read_timeout + 5:
        for i, sock in enumerate(sockets):
            if i in answered:
                continue
            try:
                sock.sendall(head[position % len(head):position % len(head) + 1])
            except OSError:
                answered[i] = b""
                continue
        position += 1
        time.sleep(0.25)
        if position % 4 == 0:
            assert normal_query_seconds(server) < 1.0  # served while the attack goes on
        for i, sock in enumerate(sockets):
            if i not in answered:
                closed, received = closed_by_server(sock, 0.001)
                if closed:
                    answered[i] = received
    assert len(answered) == len(sockets), "every slow connection was closed by the server"
    assert time.monotonic() - started < server.read_timeout + 5
    statuses = {r.split(b"\r\n", 1)[0] for r in answered.values() if r}
    assert statuses <= {b"HTTP/1.1 408 Request Timeout"}, statuses
    assert statuses, "the slow clients were told why"
    assert normal_query_seconds(server) < 1.0


def test_slow_body_is_cut_at_the_deadline(server, sockets):
    for n in range(50):
        sock = connect(server, f"127.0.0.{40 + n % 5}")
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\n")
        sockets.append(sock)
    started = time.monotonic()
    closed = set()
    while len(closed) < len(sockets) and time.monotonic() - started < server.read_timeout + 5:
        for i, sock in enumerate(sockets):
            if i in closed:
                continue
            try:
                sock.sendall(b"#")
            except OSError:
                closed.add(i)
                continue
            if closed_by_server(sock, 0.001)[0]:
                closed.add(i)
        time.sleep(0.25)
    assert len(closed) == len(sockets)
    assert normal_query_seconds(server) < 1.0


def test_keep_alive_connection_serves_several_requests(server):
    """The deadline is per request: a client that keeps its connection and sends whole requests
    is served every time (here 8 requests, spaced out past one read deadline in all)."""
    sock = connect(server, "127.0.0.50")
    body = COUNT.encode()
    pause = server.read_timeout / 4
    try:
        for _ in range(8):
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/sparql-query\r\n"
                         b"Accept: text/csv\r\nContent-Length: " + str(len(body)).encode()
                         + b"\r\n\r\n" + body)
            reply = b""
            while b"\r\n\r\n" not in reply or not reply.rstrip().split(b"\n")[-1].strip().isdigit():
                chunk = sock.recv(4096)
                assert chunk, "the server closed a busy keep-alive connection"
                reply += chunk
            assert reply.startswith(b"HTTP/1.1 200")
            time.sleep(pause)
    finally:
        sock.close()
