"""The headers of `/sparql` answers, which `server/headers.py` adds on the endpoint's direct path
(past the router) by the same rules as on every other route: compression only from 1024 bytes and
only when accepted, `Vary` (Accept, Origin, Accept-Encoding), the ETag and 304 of a GET, CORS, the
security headers; and a streamed body (the dump) compressed chunk by chunk."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.parse
import urllib.request

JSON = "application/sparql-results+json"
BIG = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 300"  # several kB of JSON
SMALL = "ASK { ?s ?p ?o }"  # a few bytes


def http(server, path: str, headers: dict[str, str], data: bytes | None = None,
         method: str | None = None):
    request = urllib.request.Request(server.base + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def post(server, query: str, **headers: str):
    return http(server, "/sparql", {"Content-Type": "application/sparql-query", "Accept": JSON,
                                    **headers}, query.encode())


def vary(headers) -> set[str]:
    return {t.strip().lower() for v in headers.get_all("Vary") or [] for t in v.split(",")}


def test_large_answers_are_gzipped_when_accepted_and_small_ones_never(server):
    status, plain_headers, plain = post(server, BIG)
    assert status == 200 and len(plain) >= 1024
    assert plain_headers.get("Content-Encoding") is None
    assert int(plain_headers["Content-Length"]) == len(plain)
    assert vary(plain_headers) == {"accept", "origin", "accept-encoding"}

    status, headers, body = post(server, BIG, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert int(headers["Content-Length"]) == len(body) < len(plain)
    assert json.loads(gzip.decompress(body)) == json.loads(plain)
    assert vary(headers) == {"accept", "origin", "accept-encoding"}
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"

    status, headers, body = post(server, SMALL, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") is None
    assert json.loads(body)["boolean"] is True
    assert vary(headers) == {"accept", "origin"}


def test_get_has_the_builds_etag_and_304_post_has_none(server):
    path = "/sparql?" + urllib.parse.urlencode({"query": SMALL})
    status, headers, _ = http(server, path, {"Accept": JSON})
    tag = headers["ETag"]
    assert status == 200 and tag.startswith('W/"') and headers["Cache-Control"] == "no-cache"
    status, again, body = http(server, path, {"Accept": JSON, "If-None-Match": tag})
    assert status == 304 and body == b"" and again["ETag"] == tag
    assert "accept" in vary(again) and again["X-Content-Type-Options"] == "nosniff"
    status, other, _ = http(server, path, {"Accept": "application/sparql-results+xml"})
    assert status == 200 and other["ETag"] != tag  # another representation, another tag
    status, headers, _ = post(server, SMALL)
    assert status == 200 and headers.get("ETag") is None


def test_cors_on_answers_errors_and_preflight(server):
    origin = {"Origin": "https://example.org"}
    for status_wanted, (status, headers, _) in [(200, post(server, SMALL, **origin)),
                                                (400, post(server, "ASK {", **origin))]:
        assert status == status_wanted
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert "ETag" in headers["Access-Control-Expose-Headers"]
        assert {"accept", "origin"} <= vary(headers)
    status, headers, _ = post(server, SMALL)  # no Origin: no CORS headers, Vary: Origin still
    assert headers.get("Access-Control-Allow-Origin") is None and "origin" in vary(headers)
    status, headers, _ = http(server, "/sparql", {**origin, "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "content-type"},
                              method="OPTIONS")
    assert status == 200 and "POST" in headers["Access-Control-Allow-Methods"]
    assert headers.get("Access-Control-Expose-Headers") is None  # a preflight answers for itself
    status, _, _ = http(server, "/sparql", {**origin, "Access-Control-Request-Method": "PUT"},
                        method="OPTIONS")
    assert status == 400
    status, _, _ = http(server, "/sparql", {"Accept": JSON}, b"x", method="PUT")
    assert status == 405


def test_a_streamed_body_is_compressed_chunk_by_chunk(server):
    status, plain_headers, plain = http(server, "/dataset.nq", {})
    assert status == 200 and len(plain) > 1024
    assert int(plain_headers["Content-Length"]) == len(plain)
    status, headers, body = http(server, "/dataset.nq", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert headers.get("Content-Length") is None  # streamed: the length is not known up front
    assert gzip.decompress(body) == plain
    assert "accept-encoding" in vary(headers)
