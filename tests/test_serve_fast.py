"""The fast path of `/sparql` (`server/fast.py`, `server/direct.py`): a plain query answered by the
HTTP protocol itself, its answer written by the query worker to the client's socket when a worker
is free, by the web process otherwise. Its answers must be, byte for byte, those of the ASGI
application, which still answers every request the fast path leaves to it: a body sent in chunks,
a conditional GET."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest

JSON = "application/sparql-results+json"
COUNTED_SECONDS = 10.0  # for a worker's reply to reach the web process after its answer
QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 300",  # several kB: gzip applies
    "ASK { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5",
    "SELECT * WHERE { ?s ?p }",  # a syntax error: the worker's 400
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",  # refused by the worker
]
HEADER_SETS = [
    {"Accept": JSON},
    {"Accept": "application/sparql-results+xml, text/turtle", "Accept-Encoding": "gzip"},
    {"Accept": "text/csv", "Origin": "https://example.org"},
    {"Accept": "image/png"},  # 406 from the worker
]


def exchange(port: int, request: bytes, receive_buffer: int | None = None,
             pause: float = 0.0) -> bytes:
    """Send one raw request on a new connection; the whole raw response (Content-Length framed).
    ``receive_buffer``: a small socket buffer, read only after ``pause`` seconds."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(30)
        if receive_buffer:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        sock.connect(("127.0.0.1", port))
        sock.sendall(request)
        time.sleep(pause)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        size = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:"))
        while len(body) < size:
            chunk = sock.recv(65536)
            assert chunk
            body += chunk
        return head + b"\r\n\r\n" + body


def without_date(response: bytes) -> bytes:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"date:")]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def raw(method: str, target: str, headers: dict[str, str], body: bytes | None = None,
        chunked: bool = False) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    if body is not None and chunked:
        lines.append("Transfer-Encoding: chunked")
        payload = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    elif body is not None:
        lines.append(f"Content-Length: {len(body)}")
        payload = body
    else:
        payload = b""
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


def health(server) -> dict:
    with urllib.request.urlopen(server.base + "/health", timeout=30) as response:
        return json.loads(response.read())


@pytest.mark.parametrize("headers", HEADER_SETS)
def test_fast_path_answers_are_those_of_the_application(server, headers):
    before = health(server)["fast_path"]
    statuses = set()
    for query in QUERIES:
        body = query.encode()
        fast = exchange(server.port, raw("POST", "/sparql", {
            **headers, "Content-Type": "application/sparql-query"}, body))
        slow = exchange(server.port, raw("POST", "/sparql", {
            **headers, "Content-Type": "application/sparql-query"}, body, chunked=True))
        assert without_date(fast) == without_date(slow), query
        form = urllib.parse.urlencode({"query": query}).encode()
        fast_form = exchange(server.port, raw("POST", "/sparql", {
            **headers, "Content-Type": "application/x-www-form-urlencoded"}, form))
        slow_form = exchange(server.port, raw("POST", "/sparql", {
            **headers, "Content-Type": "application/x-www-form-urlencoded"}, form, chunked=True))
        assert without_date(fast_form) == without_date(slow_form), query
        target = "/sparql?" + urllib.parse.urlencode({"query": query})
        fast_get = exchange(server.port, raw("GET", target, headers))
        slow_get = exchange(server.port, raw("GET", target, {**headers, "If-None-Match": '"other"'}))
        assert without_date(fast_get) == without_date(slow_get), query
        assert fast.split(b" ", 2)[1] == fast_get.split(b" ", 2)[1]  # the same status either way
        statuses.add(fast.split(b" ", 2)[1])
    # one at a time, a worker is always free: each fast answer was written by the worker itself,
    # or, for a text a worker had answered cheaply already, by the web process (server/inline.py);
    # a worker's answer is counted when its reply reaches the web process, which on a crowded
    # machine can be after the client has read the answer
    deadline = time.monotonic() + COUNTED_SECONDS
    while True:
        after = health(server)["fast_path"]
        fast_answers = after["by_workers"] + after["by_inline"] - before["by_workers"] \
            - before["by_inline"]
        if fast_answers >= 3 * len(QUERIES) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert fast_answers >= 3 * len(QUERIES)
    if b"200" in statuses:  # a query answered 200 by a worker is answered by the web process next
        assert after["by_inline"] > before["by_inline"]


def test_an_answer_larger_than_the_socket_takes_is_finished_by_the_web_process(server):
    """The worker writes what the client's socket takes without blocking; the web process writes
    the rest, in order."""
    # 3,000 rows of 2 kB: more than the kernel's largest send buffer (4 MiB) and a 4 KiB receive one
    numbers = " ".join(str(n) for n in range(3000))
    query = f'SELECT ?n ?pad WHERE {{ VALUES ?n {{ {numbers} }} BIND("{"x" * 2000}" AS ?pad) }}'
    headers = {"Accept": JSON, "Content-Type": "application/sparql-query"}
    before = health(server)["fast_path"]
    fast = exchange(server.port, raw("POST", "/sparql", headers, query.encode()),
                    receive_buffer=4096, pause=0.5)
    assert health(server)["fast_path"]["by_workers"] > before["by_workers"]
    slow = exchange(server.port, raw("POST", "/sparql", headers, query.encode(), chunked=True))
    assert len(fast) > 6_000_000
    assert without_date(fast) == without_date(slow)
    assert len(json.loads(fast.partition(b"\r\n\r\n")[2])["results"]["bindings"]) == 3000


def test_under_load_the_web_process_writes_the_answers_and_all_are_right(server):
    before = health(server)["fast_path"]
    clients, rounds = 12, 15
    start = threading.Barrier(clients)
    answers: list[object] = []

    def client(k: int) -> None:
        start.wait()
        for i in range(rounds):
            query = f"SELECT ({k * 1000 + i} AS ?n) WHERE {{}}"
            request = urllib.request.Request(server.base + "/sparql", data=query.encode(), headers={
                "Content-Type": "application/sparql-query", "Accept": JSON})
            with urllib.request.urlopen(request, timeout=60) as response:
                rows = json.loads(response.read())["results"]["bindings"]
            answers.append((k * 1000 + i, int(rows[0]["n"]["value"])))

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == clients * rounds
    assert all(sent == got for sent, got in answers)  # each client got its own answer
    after = health(server)["fast_path"]
    assert after["by_web"] > before["by_web"]  # some found every worker busy
    assert after["by_web"] + after["by_workers"] - before["by_web"] - before["by_workers"] \
        >= clients * rounds


def test_the_headers_made_once_are_those_made_each_time():
    """``direct.response_bytes`` keeps the header block of a small body without an ETag: its
    answers are, byte for byte, those of the rules applied to each answer (``direct._response``)."""
    import itertools

    from mandategraph.server import direct

    date = [(b"date", b"Wed, 02 Dec 2026 16:40:00 GMT")]
    for status, media, tag, origin, gzip, keep_alive, head, body in itertools.product(
            (200, 400, 406), (JSON, "text/plain; charset=utf-8", "text/html; charset=utf-8"),
            (None, 'W/"run-0123"'), (False, True), (False, True), (True, False), (False, True),
            (b"", b'{"boolean": true}', b"x" * 5000)):
        reply = {"status": status, "type": media, "body": body}
        spec = {"policy": (tag, True, origin, gzip), "default_headers": date,
                "keep_alive": keep_alive, "head": head}
        for _ in range(2):  # made, then kept
            assert direct.response_bytes(reply, spec) == direct._response(reply, spec), spec
