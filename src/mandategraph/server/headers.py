"""Headers every answer carries, in one middleware for every route: the build a request is answered
from and its ETag, CORS, compression, security headers, and ``Vary: Accept`` on every negotiated
path (406s and redirects included).

The request is pinned to the build being served when it arrives (``scope["mg.generation"]``), so a
reload in the middle of a request cannot mix two builds in one answer. The ETag of an answer that
depends only on the build and the request is the build's run id with a digest of the URL and the
headers the answer depends on; a client that sends it back in ``If-None-Match`` gets 304 at once.

- **CORS**: any origin may read any answer (``Access-Control-Allow-Origin: *`` and the exposed
  headers when the request has an ``Origin``; ``Vary: Origin`` always); a preflight request is
  answered by Starlette's CORS rules (methods GET and POST, the safelisted headers).
- **Compression**: a body of at least :data:`GZIP_MINIMUM` bytes is gzipped when the client accepts
  it (and gets ``Vary: Accept-Encoding`` either way); smaller bodies, already encoded bodies and
  partial answers go as they are. Streamed bodies are compressed chunk by chunk.
- Paths in ``direct`` are answered by their own ASGI handler, past Starlette's router (the SPARQL
  endpoint: its requests are the hot path), with the same headers.

One pass over the response's headers; the request's headers are read once.
"""

from __future__ import annotations

import asyncio
import hashlib
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, cast

from starlette.datastructures import Headers as RequestHeaders
from starlette.middleware.cors import CORSMiddleware

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

NEGOTIATED = ("/sparql", "/id/", "/resource", "/.well-known/")
UNCACHED = ("/static/", "/health")  # static files have their own ETag; health is live
SECURITY = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
CSP = (b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       b"script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
       b"form-action 'self'; object-src 'none'")
CORS_SIMPLE = [(b"access-control-allow-origin", b"*"),
               (b"access-control-expose-headers", b"Content-Type, Link, Vary, ETag")]
GZIP_MINIMUM = 1024  # bytes: smaller bodies are sent as they are
GZIP_LEVEL = 9
GZIP_THREAD_MINIMUM = 128 * 1024  # bytes: a larger body is compressed in a thread
UNCOMPRESSED = frozenset({  # media types already compressed (or streamed as events)
    "application/grpc", "application/gzip", "application/x-gzip", "application/zip", "audio/*",
    "font/woff", "font/woff2", "image/avif", "image/gif", "image/jpeg", "image/png", "image/webp",
    "text/event-stream", "video/*"})

# the preflight answer (Starlette's rules: the methods and headers a cross-origin request may use)
PREFLIGHT = CORSMiddleware(app=None, allow_origins=["*"],  # type: ignore[arg-type]
                           allow_methods=["GET", "POST"], allow_headers=["Accept", "Content-Type"],
                           max_age=86400)


def generation(request: Any) -> Any:
    """The build (an ``app.Generation``) this request is answered from, fixed when it arrived."""
    return request.scope.get("mg.generation") or request.app.state.mg.current


def negotiated(path: str) -> bool:
    return path.startswith(NEGOTIATED) or path == "/sparql"


def etag(run_id: str, scope: Scope, hdrs: dict[bytes, bytes] | None = None) -> str:
    if hdrs is None:
        hdrs = dict(scope.get("headers") or [])
    digest = hashlib.sha256()
    for part in (scope.get("path", ""), scope.get("query_string", b""), hdrs.get(b"accept", b""),
                 hdrs.get(b"accept-language", b"")):
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return f'W/"{run_id}-{digest.hexdigest()[:16]}"'


def request_tag(run_id: str, scope: Scope, hdrs: dict[bytes, bytes]) -> str | None:
    """The ETag of the answer to this request, when it has one (GET and HEAD, not live paths)."""
    if scope["method"] in ("GET", "HEAD") and not scope.get("path", "").startswith(UNCACHED):
        return etag(run_id, scope, hdrs)
    return None


def policy(scope: Scope, hdrs: dict[bytes, bytes], tag: str | None,
           origin: bool = True) -> tuple[str | None, bool, bool, bool]:
    """What the headers of an answer depend on besides the answer: the :class:`Responder`'s
    arguments after ``send`` (``origin``: False when the answer has its own CORS headers)."""
    return (tag, negotiated(scope.get("path", "")), origin and b"origin" in hdrs,
            b"gzip" in hdrs.get(b"accept-encoding", b""))


def _vary(values: list[bytes], *tokens: bytes) -> bytes:
    """One ``Vary`` value: the given values, then each token that is not in them yet."""
    seen = {t.strip().lower() for v in values for t in v.split(b",")}
    out = [v for v in values if v]
    for token in tokens:
        if token.lower() not in seen:
            out.append(token)
            seen.add(token.lower())
    return b", ".join(out)


class Headers:
    """The middleware (see the module's text); ``direct`` maps a path to the ASGI handler that
    answers its GET, HEAD and POST requests without the router."""

    def __init__(self, app: ASGIApp, direct: dict[str, ASGIApp] | None = None) -> None:
        self.app = app
        self.direct = direct or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        hdrs = dict(scope.get("headers") or [])  # uvicorn gives the names in lower case
        mg = scope["app"].state.mg if "app" in scope else None
        path = scope.get("path", "")
        method = scope["method"]
        tag = None
        if mg is not None:
            gen = mg.current
            scope["mg.generation"] = gen
            tag = request_tag(gen.run_id, scope, hdrs)
        vary_accept = negotiated(path)
        if tag is not None:
            sent = hdrs.get(b"if-none-match", b"").decode("latin-1")
            if sent and tag in [t.strip() for t in sent.split(",")]:
                out = [(b"etag", tag.encode())]
                await send({"type": "http.response.start", "status": 304,
                            "headers": finish(out, vary_accept)})
                await send({"type": "http.response.body", "body": b""})
                return
        origin = b"origin" in hdrs
        if origin and method == "OPTIONS" and b"access-control-request-method" in hdrs:
            app: ASGIApp = PREFLIGHT.preflight_response(RequestHeaders(scope=scope))
            origin = False  # the preflight answer has its own CORS headers
        else:
            app = self.direct.get(path, self.app) if method in ("GET", "HEAD", "POST") else self.app
        responder = Responder(send, *policy(scope, hdrs, tag, origin))
        await app(scope, receive, responder.send)


def finish(found: list[tuple[bytes, bytes]], vary_accept: bool, *vary: bytes,
           html: bool = False) -> list[tuple[bytes, bytes]]:
    """``found`` with the security headers (and the CSP for HTML) it lacks, and one ``Vary`` of its
    own values and ``vary`` (and ``Accept`` on a negotiated path)."""
    names = {k for k, _ in found}
    out = [*found, *(h for h in SECURITY if h[0] not in names)]
    if html and b"content-security-policy" not in names:
        out.append((b"content-security-policy", CSP))
    if vary_accept:
        vary = (*vary, b"Accept")
    if vary:
        values = [v for k, v in out if k == b"vary"]
        out = [(k, v) for k, v in out if k != b"vary"]
        out.append((b"vary", _vary(values, *vary)))
    return out


class Responder:
    """The ``send`` an application answers through: adds the headers to the start of the response
    and compresses its body; the start is held back until the first body part says how large the
    body is. :meth:`complete` applies the same rules to a whole answer at once (``server/fast.py``
    writes its answers with it, and the query worker those it writes to the client itself)."""

    def __init__(self, send: Send | None, tag: str | None, vary_accept: bool, origin: bool,
                 gzip: bool) -> None:
        self._send = cast(Send, send)  # None: only complete() is used
        self.tag = tag
        self.vary_accept = vary_accept
        self.origin = origin
        self.gzip = gzip
        self.start: Message | None = None
        self.compressor: Any = None  # zlib's, once a body is being compressed
        self.plain = True  # the body goes as it is
        self.html = False

    def _begin(self, message: Message) -> Message:
        """The start of the response with the CORS and ETag headers; decides whether its body may
        be compressed at all."""
        found = [(k.lower(), v) for k, v in message.get("headers") or []]
        if self.origin:
            found = [(k, v) for k, v in found if k not in (b"access-control-allow-origin",
                                                           b"access-control-expose-headers")]
            found += CORS_SIMPLE
        if self.tag is not None and message["status"] == 200:
            found = [(k, v) for k, v in found if k != b"etag"]
            found += [(b"etag", self.tag.encode()), (b"cache-control", b"no-cache")]
        media = next((v for k, v in found if k == b"content-type"), b"").decode("latin-1")
        media = media.partition(";")[0].strip().lower()
        message["headers"] = found
        self.plain = (message["status"] == 206 or any(k == b"content-encoding" for k, _ in found)
                      or media in UNCOMPRESSED or media.partition("/")[0] + "/*" in UNCOMPRESSED)
        self.html = media == "text/html"
        return message

    def _encoding(self, body: bytes, more: bool) -> bool | None:
        """None: the body goes as it is (too small, or not compressible); False: it could be
        compressed but the client does not accept gzip; True: it is compressed (the compressor is
        ready)."""
        if self.plain or (len(body) < GZIP_MINIMUM and not more):
            return None
        if not self.gzip:
            return False
        self.compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        return True

    def _headers(self, headers: list[tuple[bytes, bytes]], encoding: bool | None, body: bytes,
                 more: bool) -> list[tuple[bytes, bytes]]:
        """The final headers of the start, ``body`` being the first (compressed) part."""
        if encoding is None:
            return finish(headers, self.vary_accept, b"Origin", html=self.html)
        if encoding:
            headers = [(k, v) for k, v in headers if k not in (b"content-length", b"content-encoding")]
            headers.append((b"content-encoding", b"gzip"))
            if not more:
                headers.append((b"content-length", str(len(body)).encode()))
        return finish(headers, self.vary_accept, b"Origin", b"Accept-Encoding", html=self.html)

    def complete(self, status: int, headers: list[tuple[bytes, bytes]],
                 body: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
        """A whole answer at once: its final headers and (compressed) body, as :meth:`send` would
        send them."""
        start = self._begin({"type": "http.response.start", "status": status, "headers": headers})
        encoding = self._encoding(body, False)
        if encoding:
            body = self._compress(body, False)
        return self._headers(start["headers"], encoding, body, False), body

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start":
            self.start = self._begin(message)
            return
        if kind != "http.response.body" or self.start is None:
            await self._send(message)
            return
        start, self.start = self.start, None
        body = message.get("body", b"")
        more = message.get("more_body", False)
        encoding = self._encoding(body, more)
        if encoding:
            if len(body) >= GZIP_THREAD_MINIMUM:  # compressing it in the loop would stall it
                body = await asyncio.to_thread(self._compress, body, more)
            else:
                body = self._compress(body, more)
            message = {**message, "body": body}
        start["headers"] = self._headers(start["headers"], encoding, body, more)
        await self._send(start)
        await self._send(message)
        if more and encoding:
            self._send = self._compressing(self._send)

    def _compress(self, body: bytes, more: bool) -> bytes:
        return self.compressor.compress(body) + self.compressor.flush(zlib.Z_SYNC_FLUSH if more else
                                                                      zlib.Z_FINISH)

    def _compressing(self, send: Send) -> Send:
        async def compressing(message: Message) -> None:
            if message["type"] == "http.response.body":
                more = message.get("more_body", False)
                body = message.get("body", b"")
                body = await asyncio.to_thread(self._compress, body, more) \
                    if len(body) >= GZIP_THREAD_MINIMUM else self._compress(body, more)
                message = {**message, "body": body}
            await send(message)
        return compressing
