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

from mandategraph.namespaces import BASE, ID, PREFIXES
from mandategraph.server import negotiation
from mandategraph.server.headers import generation
from mandategraph.server.pool import PoolError
from mandategraph.server.protocol import text_error

ID_PATH = "/id/"


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
    html = app.pages.render("resource.html", request, iri=iri, data=data, view=_view(iri, data),
                            formats=[f for f in negotiation.LINKED_DATA if f.key != "html"],
                            self_path=path)
    return Response(html, status_code=status, headers={**headers,
                                                       "Content-Type": "text/html; charset=utf-8"})


def _view(iri: str, data: dict[str, Any] | None) -> dict[str, Any]:
    """Rows ready for the template: each term with its text, its link and its label."""
    if not data:
        return {}
    labels = data["labels"]

    def term(t: dict[str, str] | None) -> dict[str, Any]:
        if t is None:
            return {"text": ""}
        if t["type"] == "uri":
            return {"text": labels.get(t["value"]) or short(t["value"]), "href": local_path(t["value"]),
                    "iri": t["value"], "short": short(t["value"])}
        if t["type"] == "bnode":
            return {"text": "_:" + t["value"]}
        return {"text": t["value"], "lang": t.get("lang"),
                "datatype": short(t["datatype"]) if t.get("datatype") else None}

    types = [labels.get(r["o"]["value"]) or short(r["o"]["value"]) for r in data["out"]
             if r["p"]["value"] == PREFIXES["rdf"] + "type"]
    return {
        "label": labels.get(iri) or short(iri),
        "types": sorted(set(types)),
        "out": [{"p": term(r["p"]), "o": term(r["o"]), "g": term(r.get("g"))} for r in data["out"]],
        "in": [{"s": term(r["s"]), "p": term(r["p"]), "g": term(r.get("g"))} for r in data["in"]],
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
