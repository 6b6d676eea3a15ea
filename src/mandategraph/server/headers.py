"""Headers every answer carries: the build a request is answered from, its ETag, security headers,
and ``Vary: Accept`` on every negotiated path (406s and redirects included).

The request is pinned to the build being served when it arrives (``scope["mg.generation"]``), so a
reload in the middle of a request cannot mix two builds in one answer. The ETag of an answer that
depends only on the build and the request is the build's run id with a digest of the URL and the
headers the answer depends on; a client that sends it back in ``If-None-Match`` gets 304 at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

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


def generation(request: Any) -> Any:
    """The build (an ``app.Generation``) this request is answered from, fixed when it arrived."""
    return request.scope.get("mg.generation") or request.app.state.mg.current


def negotiated(path: str) -> bool:
    return path.startswith(NEGOTIATED) or path == "/sparql"


def etag(run_id: str, scope: Scope) -> str:
    hdrs = dict(scope.get("headers") or [])
    digest = hashlib.sha256()
    for part in (scope.get("path", ""), scope.get("query_string", b""), hdrs.get(b"accept", b""),
                 hdrs.get(b"accept-language", b"")):
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return f'W/"{run_id}-{digest.hexdigest()[:16]}"'


class Headers:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        mg = scope["app"].state.mg if "app" in scope else None
        path = scope.get("path", "")
        tag = None
        if mg is not None:
            gen = mg.current
            scope["mg.generation"] = gen
            if scope["method"] in ("GET", "HEAD") and not path.startswith(UNCACHED):
                tag = etag(gen.run_id, scope)
        vary = negotiated(path)
        if tag is not None:
            sent = dict(scope.get("headers") or []).get(b"if-none-match", b"").decode("latin-1")
            if tag in [t.strip() for t in sent.split(",")]:
                await send({"type": "http.response.start", "status": 304,
                            "headers": self._extra([(b"etag", tag.encode())], vary, False)})
                await send({"type": "http.response.body", "body": b""})
                return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                found = list(message.get("headers") or [])
                html = any(k.lower() == b"content-type" and v.startswith(b"text/html")
                           for k, v in found)
                if tag is not None and message["status"] == 200:
                    found = [(k, v) for k, v in found if k.lower() != b"etag"]
                    found.append((b"etag", tag.encode()))
                    found.append((b"cache-control", b"no-cache"))
                message["headers"] = self._extra(found, vary, html)
            await send(message)

        await self.app(scope, receive, sending)

    @staticmethod
    def _extra(found: list[tuple[bytes, bytes]], vary: bool, html: bool) -> list[tuple[bytes, bytes]]:
        names = {k.lower() for k, _ in found}
        out = [*found, *(h for h in SECURITY if h[0] not in names)]
        if html and b"content-security-policy" not in names:
            out.append((b"content-security-policy", CSP))
        if vary:
            values = [v for k, v in out if k.lower() == b"vary"]
            tokens = {t.strip().lower() for v in values for t in v.split(b",")}
            if b"accept" not in tokens:
                out = [(k, v) for k, v in out if k.lower() != b"vary"]
                out.append((b"vary", b", ".join([*(v for v in values if v), b"Accept"])))
        return out
