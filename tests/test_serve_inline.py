"""Query texts the web process answers itself (`server/inline.py`): only a text a worker has proven
cheap on the build being served, with the worker's bytes and headers; an expensive text always goes
to a worker (and is still stopped at the time limit there); a new build starts an empty table; an
answer that differs from the worker's demotes its text."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.server import inline
from mandategraph.server.inline import CHEAP_BYTES, CHEAP_CPU, Inline
from mandategraph.server.worker import Worker
from tests.serving import make_build, point_current, running
from tests.test_serve_fast import exchange, raw, without_date

JSON = "application/sparql-results+json"
HEADER_SETS = [
    {"Accept": JSON},
    {"Accept": "application/sparql-results+xml", "Accept-Encoding": "gzip"},
    {"Accept": "text/csv", "Origin": "https://example.org"},
]
READY_SECONDS = 120.0  # for the web process to load its copy of the build
PIPELINED = 40  # requests sent in one write


def fast_path(base: str) -> dict:
    with urllib.request.urlopen(base + "/health", timeout=30) as response:
        return json.loads(response.read())["fast_path"]


def wait_ready(base: str) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while not fast_path(base)["inline"]["ready"]:
        assert time.monotonic() < deadline, "the web process never loaded its copy of the build"
        time.sleep(0.1)


def by_pool(base: str, before: dict, answers: int) -> dict:
    """The fast path's counts once ``answers`` more answers through the pool are counted (a worker
    that writes to the client itself is counted when its reply reaches the web process, which can
    be after the client has read the answer)."""
    deadline = time.monotonic() + READY_SECONDS
    while True:
        now = fast_path(base)
        if now["by_workers"] + now["by_web"] >= before["by_workers"] + before["by_web"] + answers:
            return now
        assert time.monotonic() < deadline, "the pool's answers were never counted"
        time.sleep(0.05)


def fresh(text: str) -> str:
    """``text`` made a text no earlier test sent (a comment of its own)."""
    return f"{text}\n# {time.perf_counter_ns()}"


def post(port: int, text: str, headers: dict[str, str]) -> bytes:
    return exchange(port, raw("POST", "/sparql", {**headers,
                                                  "Content-Type": "application/sparql-query"},
                              text.encode()))


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


@pytest.mark.parametrize("headers", HEADER_SETS)
def test_a_proven_text_is_answered_by_the_web_process_with_the_workers_bytes(server, headers):
    wait_ready(server.base)
    text = fresh("SELECT ?s ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#notation> ?o } "
                 "ORDER BY ?s ?o LIMIT 40")
    before = fast_path(server.base)
    by_worker = post(server.port, text, headers)
    middle = by_pool(server.base, before, 1)  # the first time a worker answers
    assert middle["by_inline"] == before["by_inline"]
    by_web = post(server.port, text, headers)
    after = fast_path(server.base)
    assert after["by_inline"] == middle["by_inline"] + 1
    assert after["by_workers"] + after["by_web"] == middle["by_workers"] + middle["by_web"]
    assert status_of(by_worker) == 200
    assert without_date(by_web) == without_date(by_worker)  # status, headers and body
    # the same text by GET (its own ETag) is answered here too, as the ASGI application would
    target = "/sparql?" + urllib.parse.urlencode({"query": text})
    by_get = exchange(server.port, raw("GET", target, headers))
    asgi = exchange(server.port, raw("GET", target, {**headers, "If-None-Match": '"other"'}))
    assert fast_path(server.base)["by_inline"] == after["by_inline"] + 1
    assert without_date(by_get) == without_date(asgi)


def test_an_expensive_text_is_never_answered_by_the_web_process(server):
    wait_ready(server.base)
    headers = {"Accept": JSON}
    numbers = " ".join(str(n) for n in range(10_000))
    large = fresh(f"SELECT ?n WHERE {{ VALUES ?n {{ {numbers} }} }}")  # cheap, but over 64 KiB
    values = " ".join(str(n) for n in range(50))
    slow = fresh(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }}"
                 f" VALUES ?c {{ {values} }} }}")  # 125,000 rows counted: small, and slow
    before = fast_path(server.base)
    for text in (large, slow):
        answers = [post(server.port, text, headers) for _ in range(3)]
        assert {status_of(a) for a in answers} == {200}
        assert len({without_date(a) for a in answers}) == 1
    assert len(answers[0]) < CHEAP_BYTES  # the slow one is small: only its time keeps it out
    assert fast_path(server.base)["by_inline"] == before["by_inline"]


def test_a_query_past_the_time_limit_still_stops_in_a_worker_and_blocks_nobody(server):
    wait_ready(server.base)
    headers = {"Accept": JSON}
    cheap = fresh("ASK { ?s ?p ?o }")
    post(server.port, cheap, headers)  # proven
    runaway = fresh("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    with urllib.request.urlopen(server.base + "/health", timeout=30) as response:
        killed = json.loads(response.read())["killed"]
    before = fast_path(server.base)
    results: list[bytes] = []
    runners = [threading.Thread(target=lambda: results.append(post(server.port, runaway, headers)))
               for _ in range(2)]  # every worker of the pool busy with it
    for t in runners:
        t.start()
    time.sleep(0.3)
    started = time.monotonic()
    for _ in range(5):
        assert status_of(post(server.port, cheap, headers)) == 200
    waited = time.monotonic() - started
    for t in runners:
        t.join()
    assert waited < server.query_timeout  # answered while both workers ran the runaway query
    assert [status_of(r) for r in results] == [504, 504]
    assert all(b"time limit" in r for r in results)
    after = fast_path(server.base)
    assert after["by_inline"] == before["by_inline"] + 5
    with urllib.request.urlopen(server.base + "/health", timeout=30) as response:
        assert json.loads(response.read())["killed"] >= killed + 2
    assert status_of(post(server.port, runaway, headers)) == 504  # never proven, never run here


def test_pipelined_requests_are_answered_in_order(server):
    """Requests sent in one write on one connection, proven texts (answered here) between texts a
    worker must answer: each answer in its place, the last closing the connection."""
    wait_ready(server.base)
    headers = {"Accept": JSON, "Content-Type": "application/sparql-query"}
    mark = time.perf_counter_ns()
    proven = [f"SELECT ({mark + k} AS ?n) WHERE {{}}" for k in range(3)]
    for text in proven:
        post(server.port, text, {"Accept": JSON})
    before = fast_path(server.base)
    texts = [proven[k % 3] if k % 2 else f"SELECT ({mark + 100 + k} AS ?n) WHERE {{}}"
             for k in range(PIPELINED)]
    requests = [raw("POST", "/sparql", headers, text.encode()) for text in texts[:-1]]
    requests.append(raw("POST", "/sparql", {**headers, "Connection": "close"}, texts[-1].encode()))
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(b"".join(requests))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    values = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        size = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        values.append(int(json.loads(rest[:size])["results"]["bindings"][0]["n"]["value"]))
        data = rest[size:]
    assert values == [int(text.split("(")[1].split()[0]) for text in texts]
    assert fast_path(server.base)["by_inline"] - before["by_inline"] >= PIPELINED // 2 - 1


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def quads(n: int) -> bytes:
    return b"".join(f'<urn:s:{i}> <urn:p> "{i}" <urn:g:{i % 3}> .\n'.encode() for i in range(n))


def test_a_new_build_starts_an_empty_table(tmp_path: Path):
    build = tmp_path / "build"
    make_build(build, "A", quads(30))
    point_current(build, "A")

    def count(port: int) -> int:
        answer = post(port, COUNT, {"Accept": JSON}).partition(b"\r\n\r\n")[2]
        return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])

    with running(build, tmp_path / "serve.log", "--watch", "0.2") as (base, _):
        port = int(base.rsplit(":", 1)[1])
        wait_ready(base)
        assert count(port) == 30
        by_pool(base, {"by_workers": 0, "by_web": 0}, 1)  # proven
        assert count(port) == 30
        assert fast_path(base)["by_inline"] == 1
        make_build(build, "B", quads(45))
        point_current(build, "B")
        deadline = time.monotonic() + 120
        while fast_path(base)["inline"]["entries"] or count(port) != 45:
            assert time.monotonic() < deadline, "the server never switched to B"
            time.sleep(0.1)
        assert count(port) == 45  # never A's answer again
        wait_ready(base)
        seen = fast_path(base)["by_inline"]
        while fast_path(base)["by_inline"] == seen:  # proven again, on B, then answered here
            assert count(port) == 45
            assert time.monotonic() < deadline, "B's copy never answered"
            time.sleep(0.05)
        assert count(port) == 45


# --- the table itself, on a store in this process (the only fault a server cannot be made to show:
# an answer of the web process that differs from the worker's)


@pytest.fixture()
def table() -> tuple[Inline, Worker]:
    store = ox.Store()
    for i in range(20):
        store.add(ox.Quad(ox.NamedNode(f"urn:s:{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)),
                          ox.NamedNode("urn:g")))
    worker = Worker(store, CHEAP_BYTES)
    cheap = Inline()
    cheap.run = worker.sparql
    return cheap, worker


def ask(worker: Worker, key: inline.Key) -> dict:
    query, accept, default_graphs, named_graphs = key
    return worker.sparql(query, accept, list(default_graphs), list(named_graphs))


def sent(reply: dict | None) -> tuple | None:
    """What of a reply goes to the client."""
    return None if reply is None else (reply["status"], reply["type"], reply["body"])


def test_an_answer_that_differs_from_the_workers_demotes_its_text(table):
    cheap, worker = table
    key = cheap.key("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", JSON, {})
    assert key is not None
    reply = ask(worker, key)
    crc, size = reply["proof"]
    assert (crc, size) == (zlib.crc32(reply["body"]), len(reply["body"]))
    cheap.prove(key, {**reply, "proof": (crc ^ 1, size)})  # the worker's answer was another one
    assert cheap.answer(key) is None  # the request goes to a worker
    assert cheap.demoted == 1
    cheap.prove(key, reply)  # a later, true proof does not bring the text back
    assert cheap.answer(key) is None and cheap.answered == 0

    other = cheap.key("ASK { ?s ?p ?o }", JSON, {})
    assert other is not None
    cheap.prove(other, ask(worker, other))
    assert sent(cheap.answer(other)) == sent(ask(worker, other))
    assert cheap.answered == 1 and cheap.demoted == 1


def test_a_run_of_the_web_process_past_the_threshold_loses_its_proof(table):
    cheap, worker = table
    key = cheap.key("ASK { ?s ?p ?o }", JSON, {})
    assert key is not None
    cheap.prove(key, ask(worker, key))

    class Slow:  # the engine, taking more than the threshold's CPU once
        def __init__(self, store: ox.Store) -> None:
            self.store = store

        def query(self, *args, **options):
            spin = time.thread_time() + 2 * CHEAP_CPU
            while time.thread_time() < spin:
                pass
            return self.store.query(*args, **options)

    store = worker.store
    worker.store = Slow(store)  # type: ignore[assignment]
    slow = ask(worker, key)
    assert slow["proof"] is None and slow["cpu"] > CHEAP_CPU
    assert sent(cheap.answer(key)) == sent(ask(worker, key))  # right, so sent ...
    assert (cheap.unproven, cheap.demoted) == (1, 0)
    worker.store = store
    assert cheap.answer(key) is None  # ... but not run here again
    cheap.prove(key, ask(worker, key))  # ... until a worker proves it cheap again
    assert sent(cheap.answer(key)) == sent(ask(worker, key))


def test_what_is_never_proven(table):
    cheap, worker = table
    for text in ("SELECT * WHERE { ?s ?p ?o FILTER(RAND() < 2) }", "SELECT (NOW() AS ?t) {}",
                 "SELECT (STRUUID() AS ?u) {}", "SELECT (BNODE() AS ?b) {}",
                 "SELECT * WHERE { ?s ?p ?o } # a service to you",
                 "SELECT (\\u004EOW() AS ?t) {}",
                 "ASK { ?s ?p ?o }" + " " * inline.MAX_TEXT):
        assert cheap.key(text, JSON, {}) is None, text
    key = cheap.key("SELECT ?s WHERE { ?s ?p ?o }", JSON, {})
    assert key is not None
    cheap.prove(key, {"status": 200, "type": JSON, "body": b"{}", "proof": None})  # too slow
    cheap.prove(key, {"status": 422, "type": "text/plain", "body": b"too large\n"})
    assert cheap.answer(key) is None and not cheap.table
    # everything the answer depends on is in the key
    assert len({cheap.key("ASK {}", accept, params) for accept, params in [
        (JSON, {}), ("text/csv", {}), (JSON, {"default-graph-uri": ["urn:g"]}),
        (JSON, {"named-graph-uri": ["urn:g"]})]}) == 4


def test_the_table_keeps_the_most_recently_used(table):
    cheap, worker = table
    cheap.entries = 2
    keys = [cheap.key(f"ASK {{ ?s ?p {n} }}", JSON, {}) for n in range(3)]
    for key in keys[:2]:
        assert key is not None
        cheap.prove(key, ask(worker, key))
    assert cheap.answer(keys[0]) is not None  # now the most recent
    assert keys[2] is not None
    cheap.prove(keys[2], ask(worker, keys[2]))
    assert list(cheap.table) == [keys[0], keys[2]]
