"""Sensible values for the parameters of the named queries, taken from the generated data."""

from __future__ import annotations

import re

import pyoxigraph as ox

from mandategraph.query import NamedQuery, run

SAMPLES = """
PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?item ?session ?body ?agenda ?symbol ?notation ?start ?number ?recommendation WHERE {
    ?item mg:forSession ?session ; mg:onAgenda ?agenda ; skos:notation ?notation .
    ?agenda dcterms:identifier ?symbol .
    ?session mg:ofBody ?body .
    OPTIONAL { ?session mg:startDate ?start }
    OPTIONAL { ?session mg:sessionNumber ?number }
    OPTIONAL { ?recommendation mg:adoptedBy ?body ; a mg:Recommendation }
} LIMIT 1
"""


def samples(store: ox.Store, item: str, resolution: str) -> dict[str, str]:
    """IRIs and values around the benchmark's item and resolution."""
    from rdflib import URIRef

    rows = run(store, SAMPLES, bindings={"item": URIRef(item)}).rows
    row = rows[0] if rows else {}
    out = {"item": item, "resolution": resolution}
    for key, value in row.items():
        if key == "item":
            continue
        out[key] = str(value)
    session = out.get("session", "")
    number = session.rsplit("/", 1)[-1]
    if number.isdigit() and int(number) > 1:
        out["earlier"] = f"{session.rsplit('/', 1)[0]}/{int(number) - 1}"
    if "recommendation" not in out:
        rec = run(store, "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
                  "SELECT ?r WHERE { ?r a mg:Recommendation } ORDER BY ?r LIMIT 1").rows
        if rec:
            out["recommendation"] = str(rec[0]["r"])
    return out


def _kind_of_example(description: str) -> str | None:
    """What an example IRI in the description is: ``.../id/body/...`` -> ``body``."""
    m = re.search(r"/id/([a-z]+)/\S*", description)
    if not m:
        return None
    kind = m.group(1)
    if kind == "session" and "/item/" in m.group(0):
        return "item"
    return {"doc": "agenda", "decision": "resolution"}.get(kind, kind)


def _pick(name: str, kind: str, description: str, s: dict[str, str]) -> str:
    words = f"{name} {description}".lower()
    if kind == "iri":
        if name.lower() in ("earlier", "from", "before"):
            return s.get("earlier", s.get("session", s["resolution"]))
        example = _kind_of_example(description)
        if example in s:
            return s[example]
        for keys, key in ((("recommendation",), "recommendation"), (("item",), "item"),
                          (("session", "meeting"), "session"), (("body", "group", "organ"), "body"),
                          (("document", "doc", "agenda", "paper"), "agenda"),
                          (("mandate", "resolution", "decision", "root"), "resolution")):
            if any(k in words for k in keys):
                return s.get(key, s["resolution"])
        return s["resolution"]
    if kind == "integer":
        if "year" in words:
            return s.get("start", "2013")[:4]
        if "session" in words or "number" in words or "meeting" in words:
            return s.get("number", "2")
        return "10"
    if kind == "date":
        return s.get("start", "2013-01-01")[:10]
    if kind == "boolean":
        return "true"
    # strings
    if "subject" in words:
        return ""  # every link
    if "symbol" in words or "agenda" in words or "document" in words:
        if '""' in description:  # a symbol or its start: the working group's whole series
            return s.get("symbol", "").rsplit("/", 2)[0]
        return s.get("symbol", "")
    if "notation" in words or "item" in words:
        return s.get("notation", "2")
    if "year" in words:
        return s.get("start", "2013")[:4]
    if "status" in words:
        return "asserted"
    if "lang" in words:
        return "en"
    return ""


def values_for(query: NamedQuery, s: dict[str, str]) -> dict[str, str]:
    return {p.name: _pick(p.name, p.type, p.description, s) for p in query.parameters}
