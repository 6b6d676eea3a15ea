"""The SPARQL 1.1 Protocol at ``/sparql``: query by GET, by POST form and by POST
``application/sparql-query``; the service description on a GET without a query; no update path.

Every query goes to the worker pool; the reply is a complete body with its Content-Type, or an
error status with a one-paragraph plain-text message.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, parse_qsl, urlencode

from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from mandategraph.server import negotiation
from mandategraph.server.headers import generation
from mandategraph.server.pool import PoolError
from mandategraph.server.safety import UPDATE_REFUSED

DRAIN_LIMIT = 64 * 1024 * 1024  # read (and drop) at most this much of a refused body
DRAIN_SECONDS = 10.0


class HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def text_error(status: int, message: str) -> Response:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 when it is larger than ``limit`` bytes. A refused body is drained
    (up to a bound) so that the client reads our 413 instead of a reset connection."""
    declared = request.headers.get("content-length")
    too_large = HTTPError(413, f"the request body is larger than the limit of {limit} bytes")
    stream = request.stream()
    try:
        if declared is not None:
            try:
                declared_size = int(declared)
            except ValueError:
                raise HTTPError(400, "bad Content-Length") from None
            if declared_size > limit:
                await _drain(stream)
                raise too_large
        parts, size = [], 0
        async for chunk in stream:
            size += len(chunk)
            if size > limit:
                await _drain(stream)
                raise too_large
            parts.append(chunk)
    except ClientDisconnect:
        raise HTTPError(400, "the client went away while sending its request") from None
    return b"".join(parts)


async def _drain(stream: AsyncIterator[bytes]) -> None:
    async def drain() -> None:
        seen = 0
        async for chunk in stream:
            seen += len(chunk)
            if seen > DRAIN_LIMIT:
                return

    with contextlib.suppress(TimeoutError, ClientDisconnect, RuntimeError):
        await asyncio.wait_for(drain(), DRAIN_SECONDS)


def _one(values: list[str], name: str) -> str | None:
    if not values:
        return None
    if len(values) > 1:
        raise HTTPError(400, f"give exactly one '{name}' parameter (got {len(values)})")
    return values[0]


async def sparql_request(request: Request, max_body: int) -> tuple[str | None, dict[str, list[str]]]:
    """The query text and the protocol's other parameters, from any of the three operations."""
    params: dict[str, list[str]] = {}
    try:
        pairs = parse_qsl(request.scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True, encoding="utf-8", errors="strict",
                          max_num_fields=1000)
    except (UnicodeDecodeError, ValueError) as exc:
        raise HTTPError(400, f"the parameters in the URL are not UTF-8 text ({exc})") from None
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    query = None
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await read_body(request, max_body)
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
    if params.get("update") or params.get("using-graph-uri") or params.get("using-named-graph-uri"):
        raise HTTPError(403, UPDATE_REFUSED)
    if query is None:
        query = _one(params.get("query", []), "query")
    return query, params


async def endpoint(request: Request) -> Response:
    app = request.app.state.mg
    try:
        query, params = await sparql_request(request, app.config.max_body)
    except HTTPError as exc:
        return text_error(exc.status, exc.message)
    accept = request.headers.get("accept")
    if query is None:
        if request.method == "GET":
            return app.description_response(request, "service")
        return text_error(400, "no query: send 'query' (or POST application/sparql-query)")
    if request.method == "GET" and negotiation.prefers_html(accept):
        # a person followed a link to the endpoint: show the query page, which runs it
        return RedirectResponse("/query?" + urlencode({"query": query}), status_code=303)
    try:
        reply = await generation(request).pool.run("sparql", query=query, accept=accept,
                                   default_graph_uri=params.get("default-graph-uri", []),
                                   named_graph_uri=params.get("named-graph-uri", []))
    except PoolError as exc:
        return text_error(exc.status, exc.message)
    return Response(reply["body"], status_code=reply["status"], media_type=None,
                    headers={"Content-Type": reply["type"], "Vary": "Accept"})
