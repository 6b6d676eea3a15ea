"""The SPARQL endpoint's fast path: a query answered by the HTTP protocol itself, past the ASGI
application (uvicorn's request task, Starlette, the middleware and the endpoint's coroutine).

A query is the hot path of the server, and on a crowded machine every Python layer a request
passes through costs several times its in-process time (the caches are cold after each sleep).
``connections.GuardedProtocol`` asks :meth:`FastPath.wants` about each request once its head is
read and, when its body is complete, :meth:`FastPath.start`: the query is read with the endpoint's
own rules (``protocol.url_parameters`` and ``protocol.request_query``), run on the pool of the
build being served, and its answer written with the headers the middleware would give it
(``headers.policy``, ``direct.response_bytes``: the same bytes). Anything else, and any request
that is not a plain query (no query, an error in the request, a redirect for a browser, a
conditional GET, HEAD, a body over 64 KiB or sent in chunks, ``Expect: 100-continue``), goes
the ASGI way as before.

A query text a worker has proven cheap on this build is answered by the web process itself, with
no process hop (``server/inline.py`` says when); the worker's answers are what prove texts.
"""

from __future__ import annotations

import logging
from typing import Any

from mandategraph.server import negotiation
from mandategraph.server.direct import Handoff, response_bytes
from mandategraph.server.headers import policy, request_tag
from mandategraph.server.inline import Key
from mandategraph.server.pool import PoolError
from mandategraph.server.protocol import HTTPError, request_query, url_parameters

log = logging.getLogger("mandategraph.serve")
BODY_LIMIT = 64 * 1024  # uvicorn stops reading a body past this until the application asks for it
QUERY_MEDIA = (b"application/sparql-query", b"application/x-www-form-urlencoded")
TEXT = "text/plain; charset=utf-8"


class FastPath:
    def __init__(self, app: Any) -> None:
        self.app = app  # app.MandateGraphApp: the build being served, the configuration
        self.by_web = 0  # answers written by the web process
        self.by_workers = 0  # answers written by a worker to the client's socket itself
        self.by_inline = 0  # answers the web process ran and wrote itself (server/inline.py)

    def wants(self, scope: dict[str, Any]) -> bool:
        """Whether this request (its head read) may be a plain query."""
        if scope.get("path") != "/sparql":
            return False
        method = scope["method"]
        if method == "GET":
            return b"query=" in scope.get("query_string", b"") and not any(
                name in (b"if-none-match", b"expect") for name, _ in scope["headers"])
        if method != "POST":
            return False
        size = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                size = value
            elif name == b"content-type":
                if value.split(b";")[0].strip().lower() not in QUERY_MEDIA:
                    return False
            elif name in (b"expect", b"transfer-encoding"):
                return False
        return size is not None and size.isdigit() and \
            int(size) <= min(BODY_LIMIT, self.app.config.max_body)

    def start(self, protocol: Any, cycle: Any) -> bool:
        """Answer this request (its body complete) without the ASGI application; False: the
        request is not a plain query, let the application answer it."""
        scope = cycle.scope
        hdrs = dict(scope["headers"])
        get = scope["method"] == "GET"
        try:
            params = url_parameters(scope)
            if get and "query" not in params:
                return False
            query = request_query(scope["method"], hdrs, params, bytes(cycle.body) if not get else None)
        except HTTPError:
            return False  # the application says why, in its own words
        raw_accept = hdrs.get(b"accept")
        accept = raw_accept.decode("latin-1") if raw_accept is not None else None
        if query is None or (get and negotiation.prefers_html(accept)):
            return False
        gen = self.app.current  # every answer of a request comes from one build
        spec = {"policy": policy(scope, hdrs, request_tag(gen.run_id, scope, hdrs)),
                "default_headers": list(cycle.default_headers), "keep_alive": cycle.keep_alive,
                "head": False}
        key = gen.inline.key(query, accept, params)
        if key is not None:
            reply = gen.inline.answer(key)
            if reply is not None:
                self.by_inline += 1
                handoff, data = Handoff(protocol, cycle), response_bytes(reply, spec)
                if protocol.pipeline or not cycle.keep_alive:
                    # the next request, or closing the connection, must wait until the parser's
                    # callback that got here returns
                    protocol.loop.call_soon(handoff.answered, data)
                else:
                    handoff.answered(data)
                return True
        task = protocol.loop.create_task(self.answer(Handoff(protocol, cycle), gen, spec, query,
                                                     accept, params, key))
        protocol.tasks.add(task)  # uvicorn waits for these at shutdown
        task.add_done_callback(protocol.tasks.discard)
        return True

    async def answer(self, handoff: Handoff, gen: Any, spec: dict[str, Any], query: str,
                     accept: str | None, params: dict[str, list[str]], key: Key | None = None
                     ) -> None:
        # the worker writes the answer itself when a worker is free and nobody waits for one;
        # under load the web process writes it, handing the worker its next task at once
        fd = handoff.socket() if gen.pool.idle and not gen.pool.waiters else None
        try:
            try:
                reply = await gen.pool.run(
                    "sparql", client=(fd, spec) if fd is not None else None, query=query,
                    accept=accept, default_graph_uri=params.get("default-graph-uri", []),
                    named_graph_uri=params.get("named-graph-uri", []))
            except PoolError as exc:
                if exc.written:  # the worker was stopped in the middle of writing
                    handoff.abort()
                    return
                reply = {"status": exc.status, "type": TEXT,
                         "body": (exc.message.rstrip() + "\n").encode()}
            if key is not None:
                gen.inline.prove(key, reply)
            if reply.get("answered"):
                self.by_workers += 1
                if reply["lost"]:
                    handoff.abort()
                else:
                    handoff.answered(reply["rest"])
                return
            data = response_bytes(reply, spec)
        except Exception:  # a bug: the client must not wait for ever
            log.exception("the fast path failed on a query")
            handoff.abort()
            return
        except BaseException:  # cancelled (the server stops): a worker may hold the socket
            handoff.abort()
            raise
        self.by_web += 1
        handoff.answered(data)
