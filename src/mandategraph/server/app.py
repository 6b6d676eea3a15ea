"""The web application: routes, CORS, the worker pool's life cycle, and ``serve()``.

Routes
  /sparql                 SPARQL 1.1 Protocol (GET, POST form, POST sparql-query); GET without a
                          query: the service description
  /query                  the query page (YASGUI), every named query one click away
  /trace?item=...         the trace page (&format=json for the trace as JSON)
  /id/...                 Linked Data for every IRI of the dataset; /resource?iri=... for others
  /.well-known/void       the VoID description
  /dataset.nq             the whole built dataset (N-Quads)
There is no write path: the endpoint has no update operation, no upload, no graph store protocol.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from mandategraph.project import layout
from mandategraph.server import description, linked_data, negotiation, pages, protocol
from mandategraph.server.pool import PoolError, WorkerPool
from mandategraph.store import DUMP, current_dir

log = logging.getLogger("mandategraph.serve")
STATIC = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    query_timeout: float = 5.0  # seconds a query may run before its worker is killed
    workers: int = 2  # query worker processes, each with its own copy of the store
    max_body: int = 1024 * 1024  # bytes of a request body
    max_result: int = 20 * 1024 * 1024  # bytes of a serialised result
    worker_memory: int = 3 * 1024 * 1024 * 1024  # address space of one worker (0: no limit)
    max_waiting: int = 64  # requests waiting for a worker before new ones get 503


class MandateGraphApp:
    """The state the handlers share (``request.app.state.mg``)."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.layout = layout()
        self.build = os.environ.get("MANDATEGRAPH_BUILD")
        self.pool = WorkerPool(config.workers, config.query_timeout, self.build, config.max_result,
                               config.worker_memory, config.max_waiting)
        self.pages = pages.Pages(self.layout.root / "web")
        self._stats: dict[str, Any] | None = None
        self._stats_lock = asyncio.Lock()

    async def stats(self) -> dict[str, Any]:
        async with self._stats_lock:
            if self._stats is None:
                reply = await self.pool.run("stats", timeout=max(30.0, self.config.query_timeout))
                if reply["status"] != 200:
                    raise PoolError(reply["status"], reply.get("body", b"").decode())
                self._stats = reply["data"]
            return self._stats

    def description_response(self, request: Request, kind: str) -> Response:
        assert self._stats is not None
        base = str(request.base_url).rstrip("/")
        accept = request.headers.get("accept")
        fmt = negotiation.choose(accept, negotiation.GRAPHS)
        if fmt is None:
            return protocol.text_error(406, "available as " + ", ".join(
                f.media_type for f in negotiation.GRAPHS))
        build = description.service if kind == "service" else description.void
        graph = build(self._stats, base + "/sparql", base + "/.well-known/void")
        return Response(description.serialize(graph, fmt),
                        headers={"Content-Type": fmt.content_type, "Vary": "Accept"})


async def void(request: Request) -> Response:
    app: MandateGraphApp = request.app.state.mg
    await app.stats()
    return app.description_response(request, "void")


async def dump(request: Request) -> Response:
    path = current_dir(request.app.state.mg.layout) / DUMP
    return FileResponse(path, media_type="application/n-quads", filename="mandategraph.nq")


async def health(request: Request) -> Response:
    app: MandateGraphApp = request.app.state.mg
    return JSONResponse({"workers": app.pool.pids(), "killed": app.pool.killed,
                         "waiting": app.pool.waiting})


def create_app(config: ServerConfig | None = None) -> Starlette:
    config = config or ServerConfig()
    state = MandateGraphApp(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await state.pool.start()
        await state.stats()
        log.info("mandategraph serving %s quads on http://%s:%s/ (query page /query, "
                 "endpoint /sparql)", state._stats["quads"] if state._stats else "?",
                 config.host, config.port)
        try:
            yield
        finally:
            await state.pool.stop()

    routes = [
        Route("/", pages.home),
        Route("/sparql", protocol.endpoint, methods=["GET", "POST"]),
        Route("/query", pages.query_page),
        Route("/trace", pages.trace_page),
        Route("/resource", linked_data.any_resource),
        # the dataset itself: its description is the VoID document
        Route("/id/dataset", lambda request: RedirectResponse("/.well-known/void", 303)),
        Route("/id/{rest:path}", linked_data.id_resource),
        Route("/.well-known/void", void),
        Route("/dataset.nq", dump),
        Route("/health", health),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static/mg", StaticFiles(directory=STATIC), name="static"),
        Mount("/static/yasgui", StaticFiles(directory=state.pages.yasgui, check_dir=False),
              name="yasgui"),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                             allow_headers=["Accept", "Content-Type"], max_age=86400,
                             expose_headers=["Content-Type", "Link", "Vary"])]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.mg = state
    return app


def serve(config: ServerConfig) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level="info",
                access_log=False, limit_concurrency=512, timeout_keep_alive=5,
                server_header=False)
