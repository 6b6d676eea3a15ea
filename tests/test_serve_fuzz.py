"""No 500s: every malformed path, parameter or query is a 4xx with a one-line reason.

A table of known bad inputs (each with the status and the words of its reason), then a
hypothesis fuzz over every route's paths and parameters; after each, a normal query answers."""

from __future__ import annotations

import http.client
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def raw(server, method: str, target: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def assert_clean_4xx(status: int, media: str, body: bytes, what: str) -> None:
    assert status < 500, (what, status, body[:300])
    if status >= 400 and media.startswith("text/plain"):
        lines = body.decode("utf-8", "replace").strip().splitlines()
        assert len(lines) == 1 and lines[0], (what, body[:300])


def q(text: str) -> str:
    return urllib.parse.quote(text, safe="")


@pytest.mark.parametrize("method,target,body,headers,status,words", [
    # request targets as sent, characters an IRI may not hold unescaped included
    ("GET", "/id/<>", None, {}, 400, "not an IRI"),
    ("GET", "/id/x{http}", None, {"Accept": "text/turtle"}, 400, "not an IRI"),
    ("GET", '/id/"quoted"', None, {"Accept": "text/html"}, 400, "not an IRI"),
    ("GET", "/id/a\\b^c`d|", None, {}, 400, "not an IRI"),
    ("GET", "/id/%3C%3E", None, {}, 404, "nothing is known"),  # escaped: a valid IRI
    ("GET", "/resource?iri=" + q("http://exa mple.org/"), None, {}, 400, "not an IRI"),
    ("GET", "/resource?iri=" + q("urn:x:<>"), None, {"Accept": "text/html"}, 400, "not an IRI"),
    ("GET", "/resource?iri=" + q("no colon"), None, {}, 400, "IRI"),
    ("GET", "/sparql?query=", None, {}, 400, "empty"),
    ("GET", "/sparql?query=" + q("# only a comment\n  "), None, {}, 400, "empty"),
    ("POST", "/sparql", b"   ", {"Content-Type": "application/sparql-query"}, 400, "empty"),
    ("GET", "/sparql?query=" + q("SELECT * {"), None, {}, 400, "could not be parsed"),
    ("GET", "/sparql?query=" + q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=" + q("a b"),
     None, {}, 400, "not an IRI"),
    ("GET", "/sparql?query=%FF%FE", None, {}, 400, "UTF-8"),
    ("GET", "/trace?item=" + q("!!! 6/3"), None, {}, 404, ""),
    ("GET", "/trace?format=json", None, {}, 400, "agenda item"),
    ("GET", "/query?name=" + q("<script>"), None, {}, 200, ""),
    ("GET", "/.well-known/void?format=nope", None, {}, 406, ""),
    ("PUT", "/sparql?query=ASK%7B%7D", None, {}, 405, ""),
])
def test_bad_input_is_a_clean_4xx(server, method, target, body, headers, status, words):
    got, media, answer = raw(server, method, target, body, headers)
    assert got == status, (target, got, answer[:300])
    assert_clean_4xx(got, media, answer, target)
    assert words.encode() in answer


def test_negative_decimal_is_a_query_like_any_other(server):
    got, _, answer = raw(server, "GET", "/sparql?query=" + q("SELECT ?x { BIND(-1.5 AS ?x) }"),
                         headers={"Accept": "text/csv"})
    assert got == 200 and answer.split() == [b"x", b"-1.5"]


ROUTES = ["/", "/id/", "/id/doc/", "/id/doc/CTOC/COP/", "/resource?iri=", "/sparql?query=",
          "/sparql?default-graph-uri=", "/trace?item=", "/trace?format=json&item=", "/query?name=",
          "/query?query=", "/.well-known/void?format=", "/dataset.nq?", "/static/mg/", "/search?q=",
          "/mandates?session=", "/agenda?session=", "/agenda?session=https://w3id.org/mandategraph/id/",
          "/health?"]
PIECES = st.sampled_from(["%", "%2", "%00", "%0A", "%FF", "%C3%A9", "%E2%80%AE", "<", ">", '"', "{",
                          "}", "|", "^", "`", "\\", "..", "/", "//", "?", "&", "=", "#", ";", "+",
                          " ", "%20", "%3C", "%3E", "http://", "file:///etc/passwd", "SELECT",
                          "SERVICE", "CTOC/COP/WG.7/2013/1", "item", "format=json", "format=ttl",
                          "9" * 40, "-1.5", "\u0661", "x"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), parts=st.lists(PIECES, max_size=8),
       accept=st.sampled_from(["", "text/html", "text/turtle", "application/json", "*/*",
                               "image/png", "text/html;q=0, */*;q=0"]))
def test_fuzzed_paths_and_parameters_never_500(server, route, parts, accept):
    text = "".join(parts)
    # an HTTP request target is ASCII without spaces: encode what is not, as a client would
    target = route + urllib.parse.quote(text, safe="%/?&=#;+<>\"{}|^`\\:.")
    target = target.replace(" ", "%20")
    headers = {"Accept": accept} if accept else {}
    got, media, answer = raw(server, "GET", target, headers=headers)
    assert_clean_4xx(got, media, answer, target)


def test_still_answers_after_the_fuzz(server):
    got, _, answer = raw(server, "GET", "/sparql?query=" + q(COUNT), headers={"Accept": "text/csv"})
    assert got == 200 and int(answer.split()[1]) > 0
