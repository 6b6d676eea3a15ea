"""The SPARQL 1.1 Protocol at ``/sparql``: query by GET, by POST form and by POST
``application/sparql-query``; the service description on a GET without a query; no update path.

Every query goes to the worker pool; the reply is a complete body with its Content-Type, or an
error status with a one-paragraph plain-text message. A plain query is answered by the fast path
(``server/fast.py``) with these same rules (:func:`url_parameters`, :func:`request_query`).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from mandategraph.server import negotiation
from mandategraph.server.headers import Receive, Scope, Send
from mandategraph.server.pool import PoolError
from mandategraph.server.safety import UPDATE_REFUSED

DRAIN_LIMIT = 64 * 1024 * 1024  # read (and drop) at most this much of a refused body
DRAIN_SECONDS = 10.0
TEXT = b"text/plain; charset=utf-8"


class HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def text_error(status: int, message: str) -> Response:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status)


async def read_body(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """The request body, or 413 when it is larger than ``limit`` bytes. A refused body is drained
    (up to a bound) so that the client reads our 413 instead of a reset connection."""
    too_large = HTTPError(413, f"the request body is larger than the limit of {limit} bytes")
    if declared is not None:
        try:
            declared_size = int(declared)
        except ValueError:
            raise HTTPError(400, "bad Content-Length") from None
        if declared_size > limit:
            await _drain(receive)
            raise too_large
    parts, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise HTTPError(400, "the client went away while sending its request")
        chunk = message.get("body", b"")
        more = message.get("more_body", False)
        size += len(chunk)
        if size > limit:
            if more:
                await _drain(receive)
            raise too_large
        parts.append(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


async def _drain(receive: Receive) -> None:
    async def drain() -> None:
        seen = 0
        while seen <= DRAIN_LIMIT:
            message = await receive()
            if message["type"] != "http.request":
                return
            seen += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    with contextlib.suppress(TimeoutError, RuntimeError):
        await asyncio.wait_for(drain(), DRAIN_SECONDS)


def _updates(params: dict[str, list[str]]) -> bool:
    return bool(params.get("update") or params.get("using-graph-uri") or params.get("using-named-graph-uri"))


def _one(values: list[str], name: str) -> str | None:
    if not values:
        return None
    if len(values) > 1:
        raise HTTPError(400, f"give exactly one '{name}' parameter (got {len(values)})")
    return values[0]


def url_parameters(scope: Scope) -> dict[str, list[str]]:
    """The parameters in the request's URL (400 when they are not UTF-8)."""
    params: dict[str, list[str]] = {}
    text = scope.get("query_string", b"")
    if not text:
        return params
    try:
        pairs = parse_qsl(text.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                          errors="strict", max_num_fields=1000)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPError(400, f"the parameters in the URL are not UTF-8 text ({exc})") from None
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


async def sparql_request(scope: Scope, receive: Receive, hdrs: dict[bytes, bytes],
                         params: dict[str, list[str]], max_body: int) -> str | None:
    """The query text, from any of the three operations; the form's fields are added to ``params``."""
    body = None
    if scope["method"] == "POST":
        body = await read_body(receive, hdrs.get(b"content-length"), max_body)
    return request_query(scope["method"], hdrs, params, body)


def request_query(method: str, hdrs: dict[bytes, bytes], params: dict[str, list[str]],
                  body: bytes | None) -> str | None:
    """The query of a request whose body (of a POST) has been read; the form's fields are added to
    ``params``. HTTPError for a request that is not a query."""
    query = None
    if method == "POST":
        assert body is not None
        media = hdrs.get(b"content-type", b"").decode("latin-1").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise HTTPError(403, UPDATE_REFUSED)
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, encoding="utf-8",
                                errors="strict", max_num_fields=1000, strict_parsing=False)
            except (UnicodeDecodeError, ValueError) as exc:
                raise HTTPError(400, f"cannot read the form: {exc}") from None
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "the query is not UTF-8") from None
            if params.get("query"):
                raise HTTPError(400, "a query in the body and in the URL: give one")
        else:
            raise HTTPError(415, "POST a query as application/sparql-query or as the 'query' "
                                 "field of an application/x-www-form-urlencoded form")
    if _updates(params):
        raise HTTPError(403, UPDATE_REFUSED)
    if query is None:
        query = _one(params.get("query", []), "query")
    return query


class Endpoint:
    """The endpoint, an ASGI application: ``headers.Headers`` calls it directly, past the router
    (it is the hot path); the router's route for it answers the other methods with 405. A GET with
    no query is answered with the service description."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.respond(scope, receive, send)

    async def respond(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = scope["app"].state.mg
        hdrs = dict(scope.get("headers") or [])
        get = scope["method"] == "GET"
        try:
            params = url_parameters(scope)
            if get and "query" not in params and not _updates(params):
                await app.description_response(Request(scope, receive), "service")(scope, receive, send)
                return
            query = await sparql_request(scope, receive, hdrs, params, app.config.max_body)
        except HTTPError as exc:
            await text_error(exc.status, exc.message)(scope, receive, send)
            return
        raw_accept = hdrs.get(b"accept")
        accept = raw_accept.decode("latin-1") if raw_accept is not None else None
        if query is None:
            await text_error(400, "no query: send 'query' (or POST application/sparql-query)")(
                scope, receive, send)
            return
        if get and negotiation.prefers_html(accept):
            # a person followed a link to the endpoint: show the query page, which runs it
            await RedirectResponse("/query?" + urlencode({"query": query}), status_code=303)(
                scope, receive, send)
            return
        await self.run(scope, send, app, query, accept, params)

    async def run(self, scope: Scope, send: Send, app: Any, query: str, accept: str | None,
                  params: dict[str, list[str]]) -> None:
        gen = scope.get("mg.generation") or app.current
        try:
            reply = await gen.pool.run("sparql", query=query, accept=accept,
                                       default_graph_uri=params.get("default-graph-uri", []),
                                       named_graph_uri=params.get("named-graph-uri", []))
        except PoolError as exc:
            status, body, media = exc.status, (exc.message.rstrip() + "\n").encode(), TEXT
        else:
            status, body, media = reply["status"], reply["body"], reply["type"].encode("latin-1")
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", media), (b"content-length", str(len(body)).encode()),
            (b"vary", b"Accept")]})
        await send({"type": "http.response.body", "body": body})


endpoint = Endpoint()
