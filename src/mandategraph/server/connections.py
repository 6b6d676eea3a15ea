"""Connection hygiene for the HTTP server: uvicorn's httptools protocol with three more rules.

(httptools, a C parser, rather than the pure-Python h11: the web process spends a third less CPU on
a simple query.)

- **A deadline for reading each request**: from the moment a connection opens (or its previous
  response is complete) the client has ``read_seconds`` to send a whole request, head and body.
  A client that sends a byte now and then (slowloris) is answered 408 and closed; an idle
  connection is closed.
  uvicorn's own keep-alive timer is reset by every byte received, so it cannot do this.
- **A cap per client address**: at most ``per_client`` open connections from one address; more are
  closed at once, so one client cannot hold every file descriptor.
- **A cap on all connections** (``max_connections``), far above what real clients need, for the
  file-descriptor limit's sake.

Limits on work count requests, not sockets: uvicorn's ``limit_concurrency`` (which counts idle
connections too, so 513 idle sockets made every request answer 503) is not used; the worker pool
bounds the queries waiting for a worker instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httptools  # noqa: F401  (the parser the protocol below runs on: missing, it fails here, by name)
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from mandategraph.server.fast import FastPath

log = logging.getLogger("mandategraph.serve")


@dataclass
class Limits:
    read_seconds: float = 5.0  # to send one whole request (head and body)
    per_client: int = 32  # open connections from one address
    max_connections: int = 4096  # open connections in all


class Hygiene:
    """The shared state of every connection of one server: the limits and who holds what."""

    def __init__(self, limits: Limits, fast: FastPath | None = None) -> None:
        self.limits = limits
        self.fast = fast  # answers plain queries past the ASGI application (server/fast.py)
        self.by_client: Counter[str] = Counter()
        self.open = 0
        self.timed_out = 0
        self.refused = 0

    def protocol(self) -> type[HttpToolsProtocol]:
        hygiene = self

        class Protocol(GuardedProtocol):
            shared = hygiene

        return Protocol


class GuardedProtocol(HttpToolsProtocol):
    shared: Hygiene

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: float | None = None  # (loop time) when the request being read must be in
        self._timer: asyncio.TimerHandle | None = None  # fires at or before the deadline
        self._host: str | None = None
        self._unanswered = 0  # requests received in full and not yet answered
        self._in_head = False  # part of a request head has arrived, not all of it
        self._fast: Any = None  # a request for the fast path whose body is still coming

    # -- opening and closing -------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        shared, limits = self.shared, self.shared.limits
        self._host = self.client[0] if self.client else "?"
        shared.by_client[self._host] += 1
        shared.open += 1
        if shared.by_client[self._host] > limits.per_client or shared.open > limits.max_connections:
            shared.refused += 1
            transport.abort()  # no answer: reading a request would already cost what we refuse
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._host is not None:
            self.shared.by_client[self._host] -= 1
            if self.shared.by_client[self._host] <= 0:
                del self.shared.by_client[self._host]
            self.shared.open -= 1
            self._host = None
        super().connection_lost(exc)

    # -- the read deadline ---------------------------------------------------------------------
    # One timer per connection, moved lazily: a keep-alive connection's requests only move the
    # deadline; the timer, when it fires before it, waits on (no timer made and cancelled per request).
    def _arm(self) -> None:
        self._deadline = self.loop.time() + self.shared.limits.read_seconds
        if self._timer is None:
            self._timer = self.loop.call_at(self._deadline, self._check)

    def _disarm(self) -> None:
        self._deadline = None

    def _check(self) -> None:
        self._timer = None
        if self._deadline is None:
            return  # not reading: the next _arm starts a timer
        if self.loop.time() < self._deadline:
            self._timer = self.loop.call_at(self._deadline, self._check)
            return
        self._too_slow()

    def _reading(self) -> bool:
        """Whether we are waiting for (part of) a request from the client."""
        return self._unanswered == 0

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        if self.cycle is not None and not self.cycle.response_complete:  # else answered already
            self._unanswered += 1
        super().on_message_complete()
        if self._fast is not None and not self._fast[0].more_body:
            (cycle, app), self._fast = self._fast, None
            self._start(cycle, app)

    # -- the fast path for queries (server/fast.py) --------------------------------------------
    def _start_asgi_task(self, cycle: Any, app: Any) -> None:
        """uvicorn starts the application on a request here (at once, or when the request before
        it in a pipeline is answered); a plain query takes the fast path once its body is in."""
        fast = self.shared.fast
        if fast is None or app is not self.app or not fast.wants(cycle.scope):
            super()._start_asgi_task(cycle, app)
        elif cycle.more_body:
            self._fast = (cycle, app)
        else:
            self._start(cycle, app)

    def _start(self, cycle: Any, app: Any) -> None:
        if cycle.disconnected or cycle.response_complete:
            return
        assert self.shared.fast is not None
        if not self.shared.fast.start(self, cycle):
            super()._start_asgi_task(cycle, app)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._reading():
            self._disarm()
        # (uvicorn's keep-alive timer, which any byte would cancel, is never armed: ours is kept)

    def on_response_complete(self) -> None:
        self._unanswered = max(0, self._unanswered - 1)
        # uvicorn's own steps but its keep-alive timer (the read deadline closes idle connections)
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self._unset_keepalive_if_required()
        self.flow.resume_reading()
        if self.pipeline:  # the next pipelined request
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        if self._reading():
            self._arm()
        else:
            self._disarm()

    def _too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or not self._reading():
            return
        self.shared.timed_out += 1
        if self._in_head:  # half a head: say why the connection is closed
            message = (f"the request was not received within {self.shared.limits.read_seconds:g} "
                       "seconds; the connection is closed\n").encode()
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\n"
                                 b"content-type: text/plain; charset=utf-8\r\n"
                                 b"content-length: " + str(len(message)).encode() + b"\r\n"
                                 b"connection: close\r\n\r\n" + message)
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()
