"""Answers the query worker writes to the client's socket itself: one process hop per query.

Without it a query's answer goes worker -> web process -> client, and the web process wakes up,
unpickles the answer and writes it; on a crowded machine each wake-up is a wait for a time slice.
With it the fast path (``server/fast.py``) sends the worker, with the task, a duplicate of the
client's socket (``SCM_RIGHTS``) and how to answer on it (``headers.policy``, the date and
keep-alive); the worker builds the HTTP response with the rules the web process uses
(:func:`response_bytes`: :meth:`headers.Responder.complete`, uvicorn's status lines and header
order), writes it without blocking, and then tells the web process what it could not write (the
web process writes that rest, in order), so the connection goes on with its next request.
The fast path does this only when a worker is free and no request waits for one: under load the
web process writes the answers, so that it hands a worker its next task as it reads its reply
instead of after the worker has written to the client.

Only a request whose connection has nothing else waiting to be written is handed over, so the
bytes on the socket stay in order; pipelined requests wait in uvicorn's line as usual.
A worker killed at the time limit has written nothing unless it had begun (``Slot.writing``, a
byte the worker sets before its first write and the web process reads once the worker is dead):
then the connection is closed instead of answered 504, because part of an answer is on it.

The web side (:class:`Handoff`) knows uvicorn's request cycle; the worker side
(:func:`answer_client`) knows only descriptors and bytes.
"""

from __future__ import annotations

import os
from typing import Any

from uvicorn.protocols.http.httptools_impl import STATUS_LINE

from mandategraph.server.headers import GZIP_MINIMUM, Responder

Spec = dict[str, Any]  # how to write the answer: the Responder's policy, the date, keep-alive, HEAD
HEADS = 256  # header blocks kept by _head (the oldest dropped)
_heads: dict[tuple[Any, ...], tuple[bytes, bytes]] = {}


class Handoff:
    """One request's connection and uvicorn's cycle for it, seen by the fast path: whether its
    socket may be handed to a worker, and how the cycle ends once the answer is written."""

    def __init__(self, protocol: Any, cycle: Any) -> None:
        self.protocol = protocol
        self.cycle = cycle

    def socket(self) -> int | None:
        """The socket's descriptor, or None when the web process must answer itself (the
        connection is closing, something is still waiting to be written on it, the response has
        begun, or it is not a plain socket)."""
        transport, cycle = self.protocol.transport, self.cycle
        if transport is None or transport.is_closing() or transport.get_write_buffer_size() \
                or cycle.response_started or cycle.disconnected \
                or transport.get_extra_info("sslcontext") is not None:
            return None
        sock = transport.get_extra_info("socket")
        return None if sock is None else int(sock.fileno())

    def answered(self, rest: bytes) -> None:
        """The answer is written but ``rest`` (all of it, when the web process answers itself):
        write that, then end the cycle as uvicorn does after a response (the next pipelined
        request starts, the read deadline is re-armed)."""
        cycle, transport = self.cycle, self.protocol.transport
        cycle.response_started = True
        if rest and not transport.is_closing():
            transport.write(rest)
        cycle.response_complete = True
        cycle.message_event.set()
        if not cycle.keep_alive:
            transport.close()
        cycle.on_response()

    def abort(self) -> None:
        """Part of an answer may be on the socket (or the worker lost the client): close it."""
        cycle = self.cycle
        cycle.response_started = cycle.response_complete = True
        cycle.message_event.set()
        self.protocol.transport.close()


def response_bytes(reply: dict[str, Any], spec: Spec) -> bytes:
    """The HTTP/1.1 response for a worker's ``reply`` (``status``, ``type``, ``body``), byte for
    byte what the endpoint and uvicorn write for it.

    A body too small to compress, answered without an ETag (a POST), has headers that depend on
    nothing but the status, the media type, the policy and keep-alive, and its length: they are
    made once (:func:`_head`) and the length put in."""
    status, body = reply["status"], reply["body"]
    if len(body) >= GZIP_MINIMUM or spec["policy"][0] is not None:
        return _response(reply, spec)
    key = (status, reply["type"], spec["policy"], spec["keep_alive"])
    head = _heads.get(key)
    if head is None:
        head = _heads[key] = _head(status, reply["type"], spec)
        if len(_heads) > HEADS:
            del _heads[next(iter(_heads))]
    before, after = head
    parts = [STATUS_LINE[status]]
    for name, value in spec["default_headers"]:  # the date, which changes every second
        parts += [name, b": ", value, b"\r\n"]
    parts += [before, str(len(body)).encode(), after]
    if not spec["head"]:
        parts.append(body)
    return b"".join(parts)


def _head(status: int, media: str, spec: Spec) -> tuple[bytes, bytes]:
    """The headers :func:`_response` writes for a small body, after the default headers: up to the
    length's value, and from after it to the blank line."""
    response = _response({"status": status, "type": media, "body": b""},
                         {**spec, "default_headers": [], "head": True})
    start = len(STATUS_LINE[status])
    before, found, after = response[start:].partition(b"content-length: 0\r\n")
    assert found, "the response has no content-length"
    return before + b"content-length: ", b"\r\n" + after


def _response(reply: dict[str, Any], spec: Spec) -> bytes:
    status, body = reply["status"], reply["body"]
    responder = Responder(None, *spec["policy"])
    headers, body = responder.complete(status, [
        (b"content-type", reply["type"].encode("latin-1")),
        (b"content-length", str(len(body)).encode()), (b"vary", b"Accept")], body)
    parts = [STATUS_LINE[status]]
    for name, value in [*spec["default_headers"], *headers]:
        parts += [name, b": ", value, b"\r\n"]
    if not spec["keep_alive"]:
        parts.append(b"connection: close\r\n")
    parts.append(b"\r\n")
    if not spec["head"]:
        parts.append(body)
    return b"".join(parts)


def answer_client(fd: int, reply: dict[str, Any], spec: Spec, writing: Any) -> dict[str, Any]:
    """Write ``reply`` to the client's socket ``fd`` (a duplicate, closed here) without blocking
    (the descriptor shares the web process's non-blocking flag); what the web process needs to end
    the request: the status, and the bytes not written."""
    try:
        data = response_bytes(reply, spec)
        sent = 0
        writing.value = 1  # from here a kill leaves part of an answer on the socket
        try:
            sent = os.write(fd, data)
            if sent < len(data):
                view = memoryview(data)
                while sent < len(data):
                    sent += os.write(fd, view[sent:])
        except BlockingIOError:
            pass
        except OSError:
            return {"status": reply["status"], "answered": True, "lost": True, "rest": b""}
        return {"status": reply["status"], "answered": True, "lost": False, "rest": data[sent:]}
    finally:
        os.close(fd)
