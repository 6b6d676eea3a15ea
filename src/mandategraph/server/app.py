"""The web application: routes, CORS, the worker pool's life cycle, and ``serve()``.

Routes
  /sparql                 SPARQL 1.1 Protocol (GET, POST form, POST sparql-query); GET without a
                          query: the service description
  /                       home: bodies, their sessions with dates, each session's agenda
  /agenda?session=...     an agenda: its items in order, numbered, each with its grounding
  /mandates               resolutions, decisions and recommendations per session
  /search?q=...           search by symbol and words (a full-text index of the served build)
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
import signal
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from mandategraph.project import layout
from mandategraph.server import (
    browsing,
    description,
    headers,
    linked_data,
    negotiation,
    pages,
    protocol,
)
from mandategraph.server.connections import Hygiene, Limits
from mandategraph.server.fast import FastPath
from mandategraph.server.headers import generation
from mandategraph.server.inline import ENTRIES, Inline
from mandategraph.server.pool import PoolError, WorkerPool
from mandategraph.server.search import SearchIndex
from mandategraph.server.worker import QUERY_BASE, web_copy
from mandategraph.store import DUMP, NoBuildError, current_dir

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
    read_seconds: float = 5.0  # to send one whole request, head and body
    per_client: int = 32  # open connections from one client address
    watch_seconds: float = 1.0  # how often `build/current` is looked at (0: only on SIGHUP)
    inline_entries: int = ENTRIES  # proven-cheap texts the web process answers (0: none; inline.py)


@dataclass(frozen=True)
class Generation:
    """One loaded build: every answer of a request comes from one generation."""

    directory: Path  # build/runs/<id>, as `current` pointed when it was loaded
    pool: WorkerPool
    stats: dict[str, Any]
    search: SearchIndex  # the full-text index of this build's texts
    dump_fd: int  # the dump, open: it stays readable when a later build prunes its folder
    inline: Inline  # the texts proven cheap on this build, answered by the web process

    async def retire(self) -> None:
        self.inline.close()  # the requests still under way on this build go to its workers
        await self.pool.retire()
        with contextlib.suppress(OSError):
            os.close(self.dump_fd)

    @property
    def run_id(self) -> str:
        return self.directory.name


class MandateGraphApp:
    """The state the handlers share (``request.app.state.mg``)."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.layout = layout()
        self.pages = pages.Pages(self.layout.root / "web")
        self._current: Generation | None = None
        self._reload_lock = asyncio.Lock()
        self.reloads = 0
        self.fast: FastPath | None = None  # the query fast path, when serve() runs one
        self._tasks: set[asyncio.Task[None]] = set()  # retiring builds, loading copies

    @property
    def current(self) -> Generation:
        assert self._current is not None, "the server has not loaded a build yet"
        return self._current

    async def load(self, directory: Path) -> Generation:
        """Start a pool on the build in ``directory`` and read its statistics."""
        config = self.config
        pool = WorkerPool(config.workers, config.query_timeout, directory, config.max_result,
                          config.worker_memory, config.max_waiting)
        fd = os.open(directory / DUMP, os.O_RDONLY)
        try:
            await pool.start()
            reply = await pool.run("stats", timeout=max(30.0, config.query_timeout))
            if reply["status"] != 200:
                raise PoolError(reply["status"], reply.get("body", b"").decode())
            texts = await pool.run("texts", timeout=max(60.0, config.query_timeout))
            if texts["status"] != 200:
                raise PoolError(texts["status"], texts.get("body", b"").decode())
            index = await asyncio.to_thread(SearchIndex, texts["data"])
        except BaseException:
            await pool.stop()
            os.close(fd)
            raise
        return Generation(directory, pool, reply["data"], index, fd, Inline(config.inline_entries))

    async def reload(self) -> bool:
        """Load the build `current` points at if it is not the one served; swap all at once.
        The old build answers the requests it already has, then its workers stop."""
        async with self._reload_lock:
            try:
                directory = current_dir(self.layout)
            except NoBuildError:
                return False  # a build in progress (or removed): keep serving what we have
            if self._current is not None and directory == self._current.directory:
                return False
            try:
                new = await self.load(directory)
            except Exception as exc:  # a broken build must not stop the one being served
                log.error("could not load the build in %s, still serving %s: %s", directory,
                          self._current.directory if self._current else "nothing", exc)
                if self._current is None:
                    raise
                return False
            old, self._current = self._current, new
            self.reloads += 1
            log.info("serving the build %s (%s quads)", directory.name, new.stats["quads"])
            # the web process's own copy of the build, loaded while the workers answer
            self._background(new.inline.load(directory / DUMP, web_copy))
            if old is not None:
                self._background(old.retire())
            return True

    def _background(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def watch(self) -> None:
        while self.config.watch_seconds > 0:
            await asyncio.sleep(self.config.watch_seconds)
            await self.reload()

    def description_response(self, request: Request, kind: str) -> Response:
        stats = generation(request).stats
        base = str(request.base_url).rstrip("/")
        accept = request.headers.get("accept")
        key = request.query_params.get("format")
        if key == "html" or (not key and negotiation.prefers_html(accept)):
            return description_page(request, kind, stats, base)
        fmt = negotiation.by_key(key, negotiation.GRAPHS) if key else \
            negotiation.choose(accept, negotiation.GRAPHS)
        if fmt is None:
            return protocol.text_error(406, "available as text/html, " + ", ".join(
                f.media_type for f in negotiation.GRAPHS))
        build = description.service if kind == "service" else description.void
        graph = build(stats, base + "/sparql", base + "/.well-known/void")
        return Response(description.serialize(graph, fmt), headers={"Content-Type": fmt.content_type})


def description_page(request: Request, kind: str, stats: dict[str, Any], base: str) -> Response:
    app: MandateGraphApp = request.app.state.mg
    return app.pages.response("description.html", request, kind=kind, stats=stats,
                              endpoint=base + "/sparql", query_base=QUERY_BASE)


async def void(request: Request) -> Response:
    return request.app.state.mg.description_response(request, "void")


async def dump(request: Request) -> Response:
    fd = generation(request).dump_fd
    size = os.fstat(fd).st_size

    async def chunks() -> AsyncIterator[bytes]:
        offset = 0
        while offset < size:
            chunk = await asyncio.to_thread(os.pread, fd, min(1 << 20, size - offset), offset)
            if not chunk:
                return
            offset += len(chunk)
            yield chunk

    return StreamingResponse(chunks(), media_type="application/n-quads", headers={
        "Content-Length": str(size),
        "Content-Disposition": 'attachment; filename="mandategraph.nq"'})


async def health(request: Request) -> Response:
    gen = generation(request)
    mg = request.app.state.mg
    fast = {"fast_path": {"by_web": mg.fast.by_web, "by_workers": mg.fast.by_workers,
                          "by_inline": mg.fast.by_inline, "inline": gen.inline.status()}} \
        if mg.fast is not None else {}
    return JSONResponse({"workers": gen.pool.pids(), "killed": gen.pool.killed,
                         "waiting": gen.pool.waiting, "build": gen.run_id,
                         "reloads": mg.reloads, **fast})


def create_app(config: ServerConfig | None = None) -> Starlette:
    config = config or ServerConfig()
    state = MandateGraphApp(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await state.reload()
        loop = asyncio.get_running_loop()
        tasks: set[asyncio.Task[Any]] = set()

        def on_hangup() -> None:
            task = loop.create_task(state.reload())
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        with contextlib.suppress(NotImplementedError, AttributeError, RuntimeError):
            loop.add_signal_handler(signal.SIGHUP, on_hangup)
        watcher = loop.create_task(state.watch())
        log.info("mandategraph serving %s quads of the build %s on http://%s:%s/ (query page "
                 "/query, endpoint /sparql)", state.current.stats["quads"], state.current.run_id,
                 config.host, config.port)
        try:
            yield
        finally:
            watcher.cancel()
            with contextlib.suppress(NotImplementedError, AttributeError, RuntimeError):
                loop.remove_signal_handler(signal.SIGHUP)
            await state.current.pool.stop()
            for task in list(state._tasks):
                task.cancel()

    routes = [
        Route("/", browsing.home),
        Route("/agenda", browsing.agenda),
        Route("/mandates", browsing.mandates),
        Route("/search", browsing.search),
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
    middleware = [Middleware(headers.Headers, direct={"/sparql": protocol.endpoint})]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: plain_http_error})
    app.state.mg = state
    return app


async def plain_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return protocol.text_error(exc.status_code, exc.detail or "error")


def serve(config: ServerConfig) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    app = create_app(config)
    app.state.mg.fast = FastPath(app.state.mg)
    hygiene = Hygiene(Limits(read_seconds=config.read_seconds, per_client=config.per_client),
                      app.state.mg.fast)
    uvicorn.run(app, host=config.host, port=config.port, log_level="info",
                access_log=False, http=hygiene.protocol(), limit_concurrency=None,
                timeout_keep_alive=5, server_header=False, backlog=2048)
