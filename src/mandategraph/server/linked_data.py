"""Linked Data: every IRI under ``https://w3id.org/mandategraph/id/`` answered at the same path.

Direct content negotiation (no 303 redirect): ``/id/doc/CTOC/COP/WG.7/2013/2`` answers with HTML for
a browser, and Turtle (the default), JSON-LD, N-Triples or RDF/XML by ``Accept``, with
``Vary: Accept`` and ``Link`` headers naming the other representations; ``?format=ttl|jsonld|nt|rdf|html``
picks one in a link. The VoID description lives at ``/.well-known/void``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import Response

from mandategraph import label
from mandategraph.namespaces import BASE, ID, PREFIXES
from mandategraph.server import negotiation, views
from mandategraph.server.browsing import facts, reader_lang
from mandategraph.server.headers import generation
from mandategraph.server.pool import PoolError
from mandategraph.server.protocol import text_error

ID_PATH = "/id/"
MG = PREFIXES["mg"]


def local_path(iri: str) -> str:
    """Where the server answers for ``iri``: its own path for our ``id/`` IRIs, a generic
    resource page for any other IRI (ontology terms, external vocabularies)."""
    if iri.startswith(str(ID)):
        return ID_PATH + iri[len(str(ID)):]
    return "/resource?" + urlencode({"iri": iri})


def short(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and prefix != "mgsh" and iri != ns:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


GLOSS = 5  # the kind labels.rq gives our English glosses of titles in other languages
Candidates = dict[str, list[tuple[int, str, str | None]]]  # resource -> (kind, text, language)


def shown_label(candidates: list[tuple[int, str, str | None]] | None, lang: str) -> str | None:
    """A resource's label for a reader of ``lang``, chosen by :func:`mandategraph.label.pick` among
    the labels of the most preferred kind that has one in that language (or our gloss of it),
    else of the most preferred kind, marked with its language ("[es]") or as a gloss ("[gloss]")."""
    if not candidates:
        return None
    glosses = [(text, tag) for kind, text, tag in candidates if kind == GLOSS]
    first = None
    for kind in sorted({kind for kind, _, _ in candidates if kind != GLOSS}):
        chosen = label.pick([(text, tag) for k, text, tag in candidates if k == kind], glosses, lang)
        if chosen is None:
            continue
        if chosen.gloss or chosen.lang is None or label.same_language(chosen.lang, lang):
            return chosen.shown(lang)
        first = first or chosen
    if first is None and glosses:
        first = label.pick([], glosses, lang)
    return first.shown(lang) if first else None


def _pick(request: Request) -> negotiation.Format | None:
    key = request.query_params.get("format")
    if key:
        return negotiation.by_key(key, negotiation.LINKED_DATA)
    accept = request.headers.get("accept")
    if negotiation.prefers_html(accept):
        return negotiation.HTML
    return negotiation.choose(accept, negotiation.GRAPHS)


def with_format(path: str, key: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}format={key}"


def _links(path: str) -> str:
    return ", ".join(f'<{with_format(path, f.key)}>; rel="alternate"; type="{f.media_type}"'
                     for f in negotiation.LINKED_DATA)


async def describe(request: Request, iri: str, path: str) -> Response:
    app = request.app.state.mg
    fmt = _pick(request)
    headers = {"Vary": "Accept", "Link": _links(path)}
    if fmt is None:
        return text_error(406, "this resource is available as "
                               + ", ".join(f.media_type for f in negotiation.LINKED_DATA))
    try:
        reply = await generation(request).pool.run("resource", iri=iri, fmt_key=fmt.key)
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    if fmt is not negotiation.HTML:
        headers["Content-Type"] = reply["type"]
        return Response(reply["body"], status_code=reply["status"], headers=headers)
    data = reply.get("data")
    status = reply["status"]
    if status not in (200, 404):
        return text_error(status, reply.get("body", b"").decode() or "error")
    lang = reader_lang(request)
    evidence: list[dict[str, Any]] = []
    if data:
        try:
            evidence = await _evidence(request, iri, data["labels"], lang)
        except PoolError as exc:
            return text_error(exc.status, exc.message)
    html = app.pages.render("resource.html", request, iri=iri, data=data,
                            view=_view(iri, data, lang), evidence=evidence, lang=lang,
                            formats=[f for f in negotiation.LINKED_DATA if f.key != "html"],
                            self_path=path)
    return Response(html, status_code=status, headers={**headers,
                                                       "Content-Type": "text/html; charset=utf-8"})


async def _evidence(request: Request, iri: str, candidates: Candidates, lang: str) -> list[dict[str, Any]]:
    """The evidence of every link from or to ``iri``: the words quoted and the document."""
    def labels(x: str) -> str:
        return shown_label(candidates.get(x), lang) or short(x)

    found = await facts(request, pointing=(MG + "linkSubject", [iri]))
    found.update(await facts(request, pointing=(MG + "linkObject", [iri])))
    found = {e: f for e, f in found.items() if "Evidence" in views.kinds(f)}
    documents = {d for f in found.values() for d in views.values(f, MG + "statedIn")}
    about = await facts(request, subjects=sorted(documents)) if documents else {}
    inferred = await _inferred(request, found, lang)
    out = []
    for e, f in found.items():
        subject, prop, obj = (views.first(f, MG + k) for k in ("linkSubject", "linkProperty", "linkObject"))
        docs = [(d, views.symbol(about.get(d, {})) or short(d))
                for d in views.values(f, MG + "statedIn")]
        other = obj if subject == iri else subject
        out.append({"iri": e, "outgoing": subject == iri, "property": labels(prop or ""),
                    "other": other, "other_label": labels(other or ""),
                    "quote": views.first(f, MG + "quote"), "paragraph": views.first(f, MG + "paragraph"),
                    "status": views.status(f), "documents": docs, "inferred": inferred.get(e)})
    return sorted(out, key=lambda e: (not e["outgoing"], e["property"], e["other_label"], e["quote"] or ""))


async def _inferred(request: Request, found: dict[str, Any], lang: str) -> dict[str, str]:
    """What the page says of each piece of evidence inferred from a blanket action (the quote names
    the report, not the recommendation): label.inferred_from_report, as the CLI says it."""
    blankets = {e: b for e, f in found.items() if (b := views.first(f, MG + "inferredFrom"))}
    if not blankets:
        return {}
    about = await facts(request, subjects=sorted(set(blankets.values())))
    meetings = {b: views.first(about.get(b, {}), MG + "linkObject") for b in set(blankets.values())}
    named = await facts(request, subjects=sorted({m for m in meetings.values() if m}))
    out = {}
    for e, b in blankets.items():
        meeting = named.get(meetings.get(b) or "", {})
        labels = [(v["value"], v.get("lang")) for v in meeting.get(PREFIXES["rdfs"] + "label", [])]
        out[e] = label.inferred_from_report(labels, lang)
    return out


def _graph_name(graph: str) -> str:
    """A graph as people read it: the document it was read from, or what it holds."""
    rest = graph.removeprefix(str(ID) + "graph/")
    if rest.startswith("doc/"):
        return rest[len("doc/"):]
    return rest.replace("/", " ")


def _view(iri: str, data: dict[str, Any] | None, lang: str) -> dict[str, Any]:
    """Rows ready for the template: each statement once (with the graphs that state it), each
    term with its text, its link and its label; evidence nodes are shown apart, as evidence."""
    if not data:
        return {}
    candidates: Candidates = data["labels"]

    def labels(x: str) -> str | None:
        return shown_label(candidates.get(x), lang)

    def term(t: dict[str, str] | None) -> dict[str, Any]:
        if t is None:
            return {"text": ""}
        if t["type"] == "uri":
            return {"text": labels(t["value"]) or short(t["value"]), "href": local_path(t["value"]),
                    "iri": t["value"], "short": short(t["value"])}
        if t["type"] == "bnode":
            return {"text": "_:" + t["value"]}
        return {"text": t["value"], "lang": t.get("lang"),
                "datatype": short(t["datatype"]) if t.get("datatype") else None}

    def grouped(rows: list[dict[str, Any]], keys: tuple[str, str]) -> list[dict[str, Any]]:
        out: dict[tuple[str, ...], dict[str, Any]] = {}
        for r in rows:
            key = tuple(str(sorted(r[k].items())) for k in keys)
            entry = out.setdefault(key, {keys[0]: term(r[keys[0]]), keys[1]: term(r[keys[1]]),
                                         "graphs": []})
            if r.get("g"):
                g = r["g"]["value"]
                entry["graphs"].append({"text": _graph_name(g), "href": local_path(g)})
        return list(out.values())

    out_rows = grouped(data["out"], ("p", "o"))
    first_props = [PREFIXES["rdf"] + "type", PREFIXES["dcterms"] + "title", PREFIXES["rdfs"] + "label"]
    out_rows.sort(key=lambda r: (first_props.index(r["p"].get("iri")) if r["p"].get("iri") in first_props
                                 else len(first_props), r["p"]["text"], r["o"]["text"]))
    in_rows = [r for r in grouped(data["in"], ("s", "p"))
               if not r["s"].get("iri", "").startswith(str(ID) + "evidence/")]
    titles = [(r["o"]["value"], r["o"].get("lang")) for r in data["out"]
              if r["p"]["value"] in first_props[1:] and r["o"]["type"] == "literal"]
    glosses = [(r["o"]["value"], r["o"].get("lang")) for r in data["out"]
               if r["p"]["value"] == PREFIXES["skos"] + "scopeNote" and label.is_gloss(r["o"]["value"])]
    picked = label.pick(titles, glosses, lang=lang)
    types = [labels(r["o"]["value"]) or short(r["o"]["value"]) for r in data["out"]
             if r["p"]["value"] == PREFIXES["rdf"] + "type"]
    symbol = next((r["o"]["value"] for r in data["out"]
                   if r["p"]["value"] == PREFIXES["dcterms"] + "identifier"), None)
    supplied = any(r["p"]["value"] == MG + "symbolSupplied" and r["o"]["value"] == "true"
                   for r in data["out"])
    shown_symbol = label.presumed(symbol, "supplied" if supplied else None) if symbol else None
    return {
        "label": shown_symbol if shown_symbol and (not picked or picked.text == symbol)
        else picked.shown(lang) if picked else labels(iri) or short(iri),
        "types": sorted(set(types)),
        "out": out_rows,
        "in": in_rows,
        "symbol": symbol,
        "supplied": supplied,
    }


async def id_resource(request: Request) -> Response:
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("ascii", "replace").split("?", 1)[0]
    iri = BASE + path.lstrip("/")
    return await describe(request, iri, path)


async def any_resource(request: Request) -> Response:
    iri = request.query_params.get("iri", "").strip()
    if not iri or ":" not in iri:
        return text_error(400, "give the IRI of a resource: /resource?iri=...")
    if iri.startswith(str(ID)):
        path = local_path(iri)
        return await describe(request, iri, path)
    return await describe(request, iri, "/resource?iri=" + quote(iri, safe=""))
