"""The pages people browse: home (bodies -> sessions -> agendas), an agenda with its items,
the mandates of every session, and search by symbol and words. Each page asks the worker pool of
the build the request is pinned to for the statements it shows (:mod:`.browse`), then
:mod:`.views` puts them in order."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from mandategraph.label import DEFAULT_LANG
from mandategraph.server import views
from mandategraph.server.browse import Facts
from mandategraph.server.headers import generation
from mandategraph.server.pool import PoolError
from mandategraph.server.protocol import text_error

MG = views.MG
PAGE_TIMEOUT = 15.0  # our own queries on our own data


def reader_lang(request: Request) -> str:
    """``?lang=`` if given, else the first language of ``Accept-Language``, else English."""
    asked = request.query_params.get("lang") or (request.headers.get("accept-language") or "")
    for part in asked.split(","):
        tag = part.split(";")[0].strip()
        if tag and tag != "*" and tag.replace("-", "").isalnum() and len(tag) <= 35:
            return tag.lower()
    return DEFAULT_LANG


async def facts(request: Request, **args: Any) -> Facts:
    reply = await generation(request).pool.run("facts", timeout=PAGE_TIMEOUT, **args)
    if reply["status"] != 200:
        raise PoolError(reply["status"], reply.get("body", b"").decode().strip() or "error")
    data: Facts = reply["data"]
    return data


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    pages = request.app.state.mg.pages
    return pages.response(name, request, status=status, lang=reader_lang(request), **context)


async def home(request: Request) -> Response:
    try:
        found = await facts(request, classes=[MG + "Body", MG + "Session", MG + "Agenda"])
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    return render(request, "home.html", bodies=views.bodies(found, reader_lang(request)),
                  stats=generation(request).stats, examples=views.EXAMPLES)


async def agenda(request: Request) -> Response:
    session = request.query_params.get("session", "").strip()
    if not session:
        return text_error(400, "give a session: /agenda?session=IRI (see the home page)")
    lang = reader_lang(request)
    try:
        about = await facts(request, subjects=[session])
        if not about:
            return render(request, "agenda.html", status=404, session=None, iri=session)
        around = await facts(request, pointing=(MG + "forSession", [session]))
        items = {i: f for i, f in around.items() if "AgendaItem" in views.kinds(f)}
        evidence = await facts(request, pointing=(MG + "linkSubject", sorted(items)))
        wanted = {m for f in items.values() for m in views.values(f, MG + "groundedIn")}
        wanted |= {d for f in items.values() for d in views.values(f, MG + "documentedBy")}
        wanted |= {d for f in evidence.values() for d in views.values(f, MG + "statedIn")}
        wanted |= {b for b in views.values(about[session], MG + "ofBody")}
        targets = await facts(request, subjects=sorted(wanted)) if wanted else {}
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    f = about[session]
    agendas = sorted((views.first(a, views.IDENTIFIER) or i, i,
                      views.first(a, MG + "symbolSupplied") == "true", views.symbol(a) or i)
                     for i, a in around.items() if "Agenda" in views.kinds(a))
    body = next(iter(views.values(f, MG + "ofBody")), None)
    return render(
        request, "agenda.html", iri=session,
        session={"name": views.title(f, lang, views.RDFS_LABEL) or session,
                 "dates": views.date_range(views.first(f, MG + "startDate"),
                                           views.first(f, MG + "endDate")),
                 "venue": views.first(f, MG + "venue"), "status": views.status(f),
                 "body": (body, views.title(targets.get(body, {}), lang, views.RDFS_LABEL) or body)
                 if body else None},
        agendas=agendas, items=views.agenda_items(items, evidence, targets, lang))


async def mandates(request: Request) -> Response:
    lang = reader_lang(request)
    try:
        found = await facts(request, classes=[MG + k for k in views.MANDATE_CLASSES]
                            + [MG + "Session", MG + "Body"])
        linked = {x for f in found.values() for p in ("establishes", "continues", "actsOn")
                  for x in views.values(f, MG + p)} - set(found)
        if linked:
            found.update(await facts(request, subjects=sorted(linked)))
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    return render(request, "mandates.html", sessions=views.mandates(found, lang))


async def search(request: Request) -> Response:
    text = " ".join(request.query_params.get("q", "").split())[:300]
    if not text:
        return render(request, "search.html", q="", hits=[], size=generation(request).search.size)
    found = generation(request).search.search(text)
    lang = reader_lang(request)
    try:
        about = await facts(request, subjects=sorted({h.subject for h in found})) if found else {}
        subjects = {views.first(f, MG + "linkSubject") or views.first(f, MG + "item")
                    for f in about.values()} - {None} - set(about)
        if subjects:
            about.update(await facts(request, subjects=sorted(s for s in subjects if s)))
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    return render(request, "search.html", q=text, hits=views.hits(found, about, lang),
                  size=generation(request).search.size)
