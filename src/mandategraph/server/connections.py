"""Connection hygiene for the HTTP server: uvicorn's h11 protocol with three more rules.

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

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("mandategraph.serve")


@dataclass
class Limits:
    read_seconds: float = 5.0  # to send one whole request (head and body)
    per_client: int = 32  # open connections from one address
    max_connections: int = 4096  # open connections in all


class Hygiene:
    """The shared state of every connection of one server: the limits and who holds what."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.by_client: Counter[str] = Counter()
        self.open = 0
        self.timed_out = 0
        self.refused = 0

    def protocol(self) -> type[H11Protocol]:
        hygiene = self

        class Protocol(GuardedProtocol):
            shared = hygiene

        return Protocol


class GuardedProtocol(H11Protocol):
    shared: Hygiene

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._host: str | None = None

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
        if self._host is not None:
            self.shared.by_client[self._host] -= 1
            if self.shared.by_client[self._host] <= 0:
                del self.shared.by_client[self._host]
            self.shared.open -= 1
            self._host = None
        super().connection_lost(exc)

    # -- the read deadline ---------------------------------------------------------------------
    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.shared.limits.read_seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _reading(self) -> bool:
        """Whether we are waiting for (part of) a request from the client."""
        return self.conn.their_state in (h11.IDLE, h11.SEND_BODY)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._reading():
            self._disarm()
        # a keep-alive timer armed by uvicorn was cancelled by this data; ours keeps running

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.transport.is_closing():
            return
        if self._reading():
            self._arm()
        else:
            self._disarm()

    def _too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or not self._reading():
            return
        self.shared.timed_out += 1
        if self.conn.their_state is h11.IDLE and self.conn.trailing_data[0]:  # half a head
            message = (f"the request was not received within {self.shared.limits.read_seconds:g} "
                       "seconds; the connection is closed\n").encode()
            try:
                self.transport.write(self.conn.send(h11.Response(
                    status_code=408, reason=b"Request Timeout",
                    headers=[(b"content-type", b"text/plain; charset=utf-8"),
                             (b"content-length", str(len(message)).encode()),
                             (b"connection", b"close")])))
                self.transport.write(self.conn.send(h11.Data(data=message)))
                self.transport.write(self.conn.send(h11.EndOfMessage()))
            except h11.LocalProtocolError:
                pass
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.transport.close()
