"""The pages people browse, checked against the store: home (bodies -> sessions -> agendas), an
agenda (items in order, numbered, each with its grounding), the mandates index, search (a
full-text index of the served build), readable Linked Data pages, the HTML views of VoID and the
service description; and the headers every answer carries (ETag, Vary, security, gzip)."""

from __future__ import annotations

import gzip
import html
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from mandategraph.label import official_address

MG = "https://w3id.org/mandategraph/ontology#"
SESSION = "https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def get(server, path: str, headers: dict[str, str] | None = None):
    request = urllib.request.Request(server.base + path, headers=headers or {"Accept": BROWSER})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def text_of(body: bytes) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", body.decode()))


def rows(store, query: str) -> list[dict[str, str | None]]:
    answer = store.query("PREFIX mg: <" + MG + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                         "PREFIX dcterms: <http://purl.org/dc/terms/> "
                         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query,
                         use_default_graph_as_union=True)
    names = [v.value for v in answer.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in answer]


def test_home_lists_every_body_with_its_sessions(server, store):
    status, headers, body = get(server, "/")
    assert status == 200
    page = body.decode()
    sessions = rows(store, "SELECT DISTINCT ?s WHERE { ?s a mg:Session ; mg:ofBody ?b . ?b a mg:Body }")
    assert sessions
    for s in sessions:
        assert f'href="{s["s"].removeprefix("https://w3id.org/mandategraph")}"' in page, s
    for b in rows(store, "SELECT DISTINCT ?b ?l WHERE { ?b a mg:Body ; rdfs:label ?l "
                         "FILTER(lang(?l) = '' || langMatches(lang(?l), 'en')) }"):
        assert html.escape(b["l"], quote=False) in page or b["l"] in text_of(body)
    agendas = {urllib.parse.unquote(m) for m in re.findall(r'href="/agenda\?session=([^"]+)"', page)}
    assert SESSION in agendas


def test_agenda_has_its_items_in_order_numbered_with_groundings(server, store):
    status, _, body = get(server, "/agenda?session=" + urllib.parse.quote(SESSION, safe=""))
    assert status == 200
    page = body.decode()
    items = rows(store, f"SELECT ?i ?n ?o WHERE {{ ?i a mg:AgendaItem ; mg:forSession <{SESSION}> ; "
                        "skos:notation ?n ; mg:order ?o FILTER NOT EXISTS { ?i mg:subItemOf ?p } }")
    assert len(items) >= 5
    in_order = sorted(items, key=lambda r: int(r["o"]))
    positions = [page.index(f'id="item-{r["n"]}"') for r in in_order]
    assert positions == sorted(positions), "the items appear in their order"
    for r in in_order:
        assert f'<span class="number">{r["n"]}.</span>' in page
    grounded = rows(store, f"SELECT ?i ?m ?q WHERE {{ ?i mg:forSession <{SESSION}> ; mg:groundedIn ?m . "
                           "OPTIONAL { ?e mg:linkSubject ?i ; mg:linkProperty mg:groundedIn ; "
                           "mg:linkObject ?m ; mg:quote ?q } }")
    assert grounded
    text = " ".join(text_of(body).split())
    for g in grounded:
        assert f'href="{g["m"].removeprefix("https://w3id.org/mandategraph")}"' in page
        if g["q"]:
            assert " ".join(g["q"].split()) in text
    assert official_address("CTOC/COP/WG.7/2013/1") in page
    assert page.count('class="trace-link"') == len({g["i"] for g in grounded})


def test_unknown_session_is_404(server):
    status, _, body = get(server, "/agenda?session=" + urllib.parse.quote("urn:x:none", safe=""))
    assert status == 404 and b"no session" in body
    status, _, body = get(server, "/agenda")
    assert status == 400


def test_mandates_index(server, store):
    status, _, body = get(server, "/mandates")
    assert status == 200
    page = body.decode()
    mandates = rows(store, "SELECT DISTINCT ?m WHERE { VALUES ?c { mg:Resolution mg:Decision } ?m a ?c }")
    for m in mandates:
        assert f'href="{m["m"].removeprefix("https://w3id.org/mandategraph")}"' in page
    established = rows(store, "SELECT ?m ?b WHERE { ?m mg:establishes ?b }")
    assert established and page.count("establishes</span>") >= len({e["m"] for e in established})


@pytest.mark.parametrize("query,expect", [
    ("CTOC/COP/WG.7/2013/1", "CTOC/COP/WG.7/2013/1"),
    ("ctoc cop wg.7 2013", "CTOC/COP/WG.7/2013/1"),
    ("smuggling of migrants", "Smuggling"),
    ("multi-agency centres", "multi-agency centres"),
    ("tecnica", "técnica"),  # accents do not matter
])
def test_search_finds_symbols_and_words(server, query, expect):
    status, _, body = get(server, "/search?q=" + urllib.parse.quote(query))
    assert status == 200
    assert b'id="hits"' in body
    assert expect.casefold() in text_of(body).casefold()


def test_search_uses_the_index_of_the_served_build(server, store):
    """Every word of a quote finds the quote (the index holds the build's texts)."""
    quote = next(r["q"] for r in rows(store, "SELECT ?q WHERE { ?e mg:quote ?q } ORDER BY ?q LIMIT 1"))
    words = " ".join(re.findall(r"\w+", quote)[:6])
    status, _, body = get(server, "/search?q=" + urllib.parse.quote(words))
    assert status == 200 and b"<mark>" in body
    status, _, body = get(server, "/search?q=" + urllib.parse.quote("zzqxnotaword"))
    assert status == 200 and b'id="no-hits"' in body


def test_linked_data_page_states_each_statement_once_and_shows_evidence(server, store):
    iri = "https://w3id.org/mandategraph/id/resolution/ctoc-cop/6/3"
    status, _, body = get(server, "/id/resolution/ctoc-cop/6/3")
    assert status == 200
    page = body.decode()
    out = page[page.index('id="out"'):page.index("</table>", page.index('id="out"'))]
    statements = rows(store, f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    assert out.count("<tr>") - 1 == len(statements)  # header row + one per distinct statement
    quotes = rows(store, f"SELECT DISTINCT ?q WHERE {{ ?e mg:linkSubject|mg:linkObject <{iri}> ; mg:quote ?q }}")
    assert quotes
    evidence = page[page.index('id="evidence"'):]
    for q in quotes:
        assert html.escape(q["q"], quote=False) in evidence or q["q"] in text_of(evidence.encode())
    assert "mgid:evidence/" not in page[page.index("Pointing here"):]


def test_official_text_link_on_a_document_page(server):
    status, _, body = get(server, "/id/doc/CTOC/COP/WG.7/2013/1")
    assert status == 200
    assert official_address("CTOC/COP/WG.7/2013/1").encode() in body


@pytest.mark.parametrize("path", ["/.well-known/void", "/sparql"])
def test_void_and_service_description_as_html(server, path):
    status, headers, body = get(server, path)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Named graphs" in body
    status, headers, body = get(server, path, {"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_named_query_parameter_form(server, store):
    status, _, body = get(server, "/query")
    assert b'name="param.item"' in body
    item = "https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2/item/2"
    status, _, body = get(server, "/query?name=mandate-chain&param.item=" + urllib.parse.quote(item))
    assert status == 200
    assert f"VALUES (?item) {{ (&lt;{item}&gt;) }}".encode() in body or item.encode() in body
    status, _, body = get(server, "/query?name=mandate-chain&param.nope=1")
    assert status == 200 and b"unknown parameter" in body


def test_negotiated_answers_vary_on_accept_even_406_and_redirects(server):
    for path, headers in [("/id/doc/CTOC/COP/WG.7/2013/1", {"Accept": "image/png"}),
                          ("/id/dataset", {"Accept": "text/turtle"}),
                          ("/sparql?query=ASK%7B%7D", {"Accept": "image/png"}),
                          ("/sparql?query=ASK%7B%7D", {"Accept": BROWSER}),
                          ("/.well-known/void", {"Accept": "image/png"})]:
        request = urllib.request.Request(server.base + path, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=30) as response:
                status, got = response.status, response.headers
        except urllib.error.HTTPError as err:
            status, got = err.code, err.headers
        assert status in (303, 406), (path, status)
        assert "accept" in got.get("Vary", "").lower(), (path, status, got.get("Vary"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def test_etag_of_the_build_and_304(server):
    status, headers, _ = get(server, "/mandates")
    tag = headers["ETag"]
    assert status == 200 and tag.startswith('W/"')
    status, headers2, body = get(server, "/mandates", {"Accept": BROWSER, "If-None-Match": tag})
    assert status == 304 and body == b""
    status, other, _ = get(server, "/mandates", {"Accept": "text/html"})
    assert other["ETag"] != tag  # another Accept, another representation


def test_security_headers_and_compression(server):
    request = urllib.request.Request(server.base + "/", headers={"Accept": BROWSER,
                                                                 "Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        headers, body = response.headers, response.read()
    assert headers["Content-Encoding"] == "gzip"
    assert b"Bodies and their sessions" in gzip.decompress(body)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"]


def test_a_supplied_symbol_is_marked_wherever_it_is_shown(server, store):
    """The 2013 agenda prints no symbol: the curator's is marked as supplied on every page."""
    supplied = rows(store, "SELECT ?d ?s WHERE { ?d mg:symbolSupplied true ; dcterms:identifier ?s }")
    assert "CTOC/COP/WG.7/2013/1" in {d["s"] for d in supplied}
    for doc in supplied:
        marked = html.escape(doc["s"] + " [supplied, not printed in the text]", quote=False)
        paths = [doc["d"].removeprefix("https://w3id.org/mandategraph"), "/search?q=" + urllib.parse.quote(doc["s"])]
        if doc["s"] == "CTOC/COP/WG.7/2013/1":
            paths += ["/agenda?session=" + urllib.parse.quote(SESSION, safe=""), "/"]
        for path in paths:
            status, _, body = get(server, path)
            assert status == 200
            page = body.decode()
            assert marked in page, path
            # a Linked Data page's statement tables show the data as stated (the identifier, and
            # mg:symbolSupplied true beside it); everything else marks the symbol
            page = re.sub(r'<table class="data wrap statements".*?</table>', "", page, flags=re.S)
            shown = re.findall(r"(?<!doc/)" + re.escape(doc["s"]) + r"(?! item| \d| \[supplied)[^<\"]{0,3}<",
                               page)  # the symbol as link or heading text, not inside an IRI
            assert not shown, (path, shown[:3])
