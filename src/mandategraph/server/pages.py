"""Pages for people: home, the query page (YASGUI, or a plain textarea when the npm packages are
missing), the trace page, and the template environment the Linked Data view uses too.

Templates are files in ``server/templates`` (Jinja2, autoescaped); the browser code of our own is
in ``server/static``; YASGUI is served from ``web/node_modules`` as installed by ``npm ci``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from mandategraph import __version__, label
from mandategraph.iri import IRIError, document
from mandategraph.query import QueryError, named_queries, values_clause
from mandategraph.server.headers import generation
from mandategraph.server.linked_data import local_path, short, with_format
from mandategraph.server.pool import PoolError
from mandategraph.server.protocol import text_error
from mandategraph.server.views import EXAMPLES, official

YASGUI_BUILD = Path("node_modules") / "@zazuko" / "yasgui" / "build"
TRACE_TIMEOUT = 15.0  # our own code on our own data, not a user's query
DEFAULT_QUERY = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>

# Agenda items and the mandates that put them on the agenda
SELECT ?item ?notation ?title ?mandate
WHERE {
  ?item a mg:AgendaItem ;
        skos:notation ?notation .
  OPTIONAL { ?item dcterms:title ?title }
  OPTIONAL { ?item mg:groundedIn ?mandate }
}
ORDER BY ?item
LIMIT 100
"""


def doc_path(symbol: str) -> str:
    """The page of a document given by its symbol."""
    try:
        return local_path(str(document(symbol)))
    except IRIError:
        return "/resource?iri=" + symbol


class Pages:
    def __init__(self, web_dir: Path) -> None:
        self.web_dir = web_dir
        self.env = Environment(loader=PackageLoader("mandategraph.server", "templates"),
                               autoescape=select_autoescape(["html"]), trim_blocks=True,
                               lstrip_blocks=True)
        self.env.filters["local_path"] = local_path
        self.env.filters["with_format"] = with_format
        self.env.filters["doc_path"] = doc_path
        self.env.filters["short"] = short
        self.env.globals["official"] = official
        self.env.filters["presumed"] = label.presumed

    @property
    def yasgui(self) -> Path:
        return self.web_dir / YASGUI_BUILD

    def has_yasgui(self) -> bool:
        return (self.yasgui / "yasgui.min.js").is_file()

    def render(self, name: str, request: Request, **context: Any) -> str:
        return self.env.get_template(name).render(request=request, version=__version__, **context)

    def response(self, name: str, request: Request, status: int = 200, **context: Any) -> Response:
        return HTMLResponse(self.render(name, request, **context), status_code=status)


async def query_page(request: Request) -> Response:
    app = request.app.state.mg
    problem = None
    try:
        queries = named_queries()
    except QueryError as exc:  # one bad file must not hide the page
        queries, problem = [], str(exc)
    text = request.query_params.get("query")
    chosen = request.query_params.get("name")
    given = {k.removeprefix("param."): v.strip() for k, v in request.query_params.items()
             if k.startswith("param.")}
    if text is None and chosen:
        named = next((q for q in queries if q.name == chosen), None)
        if named is None:
            problem = f"there is no named query {chosen!r}"
        elif given:
            try:
                text = named.text.rstrip() + "\n" + values_clause(named.bind(given)) + "\n"
            except QueryError as exc:
                problem, text = str(exc), named.text
        else:
            text = named.text
    listing = [{"name": q.name, "title": q.title, "question": q.question, "example": q.example,
                "parameters": [{"name": p.name, "type": p.type, "description": p.description}
                               for p in q.parameters],
                "text": q.text} for q in queries]
    return app.pages.response(
        "query.html", request, queries=listing, problem=problem, initial=text or DEFAULT_QUERY,
        run=bool(request.query_params.get("query") or chosen), yasgui=app.pages.has_yasgui(),
        queries_map={q["name"]: q["text"] for q in listing}, chosen=chosen, given=given)


async def trace_page(request: Request) -> Response:
    app = request.app.state.mg
    item = " ".join(request.query_params.get("item", "").split())
    as_json = request.query_params.get("format") == "json"
    if not item:
        if as_json:
            return text_error(400, "give an agenda item: /trace?item=...")
        return app.pages.response("trace.html", request, item="", examples=EXAMPLES, result=None,
                                  error=None)
    try:
        reply = await generation(request).pool.run("trace", item=item,
                                   timeout=max(TRACE_TIMEOUT, app.config.query_timeout))
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    status, data = reply["status"], reply.get("data") or {}
    if status != 200 and "error" not in data:
        return text_error(status, reply.get("body", b"").decode() or "error")
    if as_json:
        return JSONResponse(data.get("trace") or {"error": data.get("error")}, status_code=status)
    return app.pages.response("trace.html", request, status=status, item=item, examples=EXAMPLES,
                              result=data if status == 200 else None, error=data.get("error"))
