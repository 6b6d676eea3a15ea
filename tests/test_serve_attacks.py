"""Attacks on the endpoint, each followed by a normal query that must still answer correctly.

A response is complete or it is an error status: never a truncated 200."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from mandategraph.query import run

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON_RESULTS = "application/sparql-results+json"


def post_form(server, fields: dict[str, str], accept: str = JSON_RESULTS, timeout: float = 60):
    data = urllib.parse.urlencode(fields).encode()
    return _send(server, "/sparql", data, {"Content-Type": "application/x-www-form-urlencoded",
                                          "Accept": accept}, timeout)


def post_query(server, text: str | bytes, accept: str = JSON_RESULTS, timeout: float = 60):
    data = text.encode() if isinstance(text, str) else text
    return _send(server, "/sparql", data, {"Content-Type": "application/sparql-query",
                                          "Accept": accept}, timeout)


def _send(server, path, data, headers, timeout):
    request = urllib.request.Request(server.base + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def expected_count(store) -> int:
    return int(run(store, COUNT).rows[0]["n"])


@pytest.fixture
def still_answers(server, expected_count):
    """Call after an attack: a normal query gets its complete, correct answer."""

    def check() -> None:
        status, headers, body = post_form(server, {"query": COUNT})
        assert status == 200, body
        assert headers["Content-Type"].startswith(JSON_RESULTS)
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected_count

    return check


class Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self._answer()

    def do_POST(self) -> None:  # noqa: N802
        self._answer()

    def _answer(self) -> None:
        Recorder.hits.append(self.path)
        body = b'{"head":{"vars":["secret"]},"results":{"bindings":[{"secret":' \
               b'{"type":"literal","value":"internal data"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", JSON_RESULTS)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def internal_service() -> Iterator[str]:
    """An "internal" HTTP service on loopback that must never be reached through the endpoint."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Recorder.hits.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("fields", [
    {"update": "DROP ALL"},
    {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
    {"query": "DROP ALL"},
    {"query": "CLEAR DEFAULT"},
])
def test_update_is_refused(server, still_answers, fields):
    status, headers, body = post_form(server, fields)
    assert status == 403
    assert headers["Content-Type"].startswith("text/plain")
    assert b"read-only" in body and b"Update" in body
    still_answers()


def test_update_media_type_is_refused(server, still_answers):
    status, _, body = _send(server, "/sparql", b"DROP ALL",
                            {"Content-Type": "application/sparql-update"}, 30)
    assert status == 403
    assert b"read-only" in body
    still_answers()


def test_cross_site_form_post_cannot_write(server, still_answers):
    status, headers, _ = _send(server, "/sparql", b"update=DROP+ALL",
                               {"Content-Type": "application/x-www-form-urlencoded",
                                "Origin": "https://evil.example"}, 30)
    assert status == 403
    still_answers()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?secret ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o . OPTIONAL {{ SERVICE SILENT <{url}> {{ ?secret ?q ?r }} }} }} LIMIT 1",
    # the keyword written with \u escapes (SPARQL 1.1 section 19.2): \u0053ERVICE, \u0073ervice
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?secret ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0073\\u0065\\u0072\\u0076\\u0069\\u0063\\u0065 <{url}> {{ ?secret ?p ?o }} }}",
])
def test_service_is_refused_and_never_fetched(server, internal_service, still_answers, template):
    query = template.format(url=internal_service)
    status, _, body = post_form(server, {"query": query})
    assert status == 403, body
    assert b"SERVICE" in body
    assert b"internal data" not in body
    assert Recorder.hits == []
    still_answers()


def test_service_pointing_at_ourselves_is_refused(server, still_answers):
    status, _, body = post_query(server, f"SELECT * WHERE {{ SERVICE <{server.base}/sparql> "
                                         "{ ?s ?p ?o } }")
    assert status == 403
    still_answers()


def test_load_is_refused_and_never_fetched(server, internal_service, still_answers):
    for fields in ({"update": f"LOAD <{internal_service}data.ttl>"},
                   {"query": f"LOAD <{internal_service}data.ttl>"}):
        status, _, body = post_form(server, fields)
        assert status == 403
        assert b"read-only" in body
    assert Recorder.hits == []
    still_answers()


@pytest.mark.parametrize("query,params", [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", {}),
    ("SELECT * FROM <{url}data.ttl> WHERE { ?s ?p ?o }", {}),
    ("PREFIX in: <{url}> SELECT * FROM in:data.ttl WHERE { ?s ?p ?o }", {}),
    ("SELECT * FROM NAMED <{url}named.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }", {}),
    ("SELECT * WHERE { ?s ?p ?o }", {"default-graph-uri": "{url}default.ttl"}),
    ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", {"named-graph-uri": "{url}named.ttl"}),
    ("SELECT * WHERE { ?s ?p ?o }", {"default-graph-uri": "file:///etc/passwd"}),
])
def test_a_graph_outside_the_dataset_is_empty_and_never_fetched(server, internal_service,
                                                                 still_answers, query, params):
    """SPARQL 1.1 Query 13.2: a graph the dataset does not hold is an empty graph; the endpoint
    never loads anything (the listener on loopback must see no request)."""
    fields = {"query": query.replace("{url}", internal_service),
              **{k: v.replace("{url}", internal_service) for k, v in params.items()}}
    status, _, body = post_form(server, fields)
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"] == []
    assert b"root:" not in body and b"internal data" not in body
    assert Recorder.hits == []
    still_answers()


def test_from_a_graph_of_the_dataset_runs(server, store, still_answers):
    graph = next(iter(store.named_graphs())).value
    expected = int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) FROM <{graph}> "
                                         "WHERE { ?s ?p ?o }")))["n"].value)
    status, _, body = post_form(server, {"query": f"SELECT (COUNT(*) AS ?n) FROM <{graph}> "
                                                  "WHERE { ?s ?p ?o }"})
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected > 0
    still_answers()


def _complete_or_error(status: int, headers, body: bytes) -> None:
    """Either a complete JSON answer (it parses) or an error status with a message."""
    if status == 200:
        json.loads(body)
    else:
        assert status >= 400
        assert headers["Content-Type"].startswith("text/plain")
        assert body.strip()


def test_cartesian_product_times_out_with_an_error(server, still_answers):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, headers, body = post_form(server, {"query": query})
    assert status == 504
    assert b"time limit" in body
    assert headers["Content-Type"].startswith("text/plain")
    still_answers()


def test_huge_streaming_select_is_never_a_truncated_200(server, still_answers):
    status, headers, body = post_form(server, {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"})
    assert status in (422, 504), body[:200]
    assert headers["Content-Type"].startswith("text/plain")
    still_answers()


def test_catastrophic_backtracking_regex(server, still_answers):
    query = ('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . '
             'FILTER(REGEX(CONCAT(STR(?o), "' + "a" * 40 + '!"), "^(a+)+$")) }')
    _complete_or_error(*post_form(server, {"query": query}))
    query = ('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?x ?y ?z . '
             'FILTER(REGEX(CONCAT(STR(?o), STR(?z)), "^(.*a){20}(.*b)+$")) }')
    _complete_or_error(*post_form(server, {"query": query}))
    still_answers()


def test_unbounded_property_path(server, still_answers):
    path = "(<urn:x:p>|!<urn:x:p>)*"
    for query in (f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a {path} ?b }}",
                  f"SELECT * WHERE {{ ?a {path} ?b . ?c {path} ?d }}"):
        _complete_or_error(*post_form(server, {"query": query}))
    still_answers()


@pytest.mark.parametrize("kind", ["sparql-query", "form"])
def test_ten_megabyte_body_is_refused(server, still_answers, kind):
    ten_mb = 10 * 1024 * 1024
    if kind == "form":
        status, _, body = post_form(server, {"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * ten_mb})
    else:
        status, _, body = post_query(server, b"#" * ten_mb)
    assert status == 413
    assert b"limit" in body
    still_answers()


def test_chunked_oversized_body_is_refused(server, still_answers):
    def chunks() -> Iterator[bytes]:
        for _ in range(11):
            yield b"#" * (1024 * 1024)

    request = urllib.request.Request(server.base + "/sparql", data=chunks(),
                                     headers={"Content-Type": "application/sparql-query",
                                              "Transfer-Encoding": "chunked"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status = response.status
    except urllib.error.HTTPError as err:
        status = err.code
    assert status == 413
    still_answers()


def test_a_legitimate_large_query_is_answered(server, still_answers):
    """A query of almost 1 MB (a long VALUES list) is checked in no time and answered."""
    values = " ".join(f"<urn:x:{i:07d}>" for i in range(60000))
    query = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?x {{ {values} }} }}"
    assert 900_000 < len(query) < 1024 * 1024
    status, _, body = post_query(server, query)
    assert status == 200, body[:300]
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == 60000
    still_answers()
