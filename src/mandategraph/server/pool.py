"""The worker pool: user queries run in separate processes, each holding its own copy of the store.

A task that passes its time limit gets its worker killed (SIGKILL: pyoxigraph cannot be interrupted)
and a fresh worker started in its place; the client gets an error status, never a partial answer.
When every worker is busy, requests wait in line for a bounded time, and a bounded number of them;
past that they get 503 at once.

The event loop writes each task to its worker's pipe and reads the reply itself (:class:`Replies`),
so a request costs no thread hand-off, and the time limit is a timer of the loop. A SPARQL task may
come with the client's socket, on which the worker writes the answer itself (``server/direct.py``).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import multiprocessing as mp
import os
import pickle
import socket
import threading
import time
from array import array
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from mandategraph.server import frames
from mandategraph.server import worker as worker_module

log = logging.getLogger("mandategraph.serve")
START_TIMEOUT = 120.0  # loading the store in a new worker


class PoolError(Exception):
    """The task could not be answered; ``status`` and the message go to the client, unless
    ``written``: the worker had begun writing the answer to the client itself (then the connection
    is closed, as half an answer is on it)."""

    def __init__(self, status: int, message: str, written: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.written = written


class Replies(asyncio.Protocol):
    """The web process's end of a worker's pipe, read by the event loop itself: no thread is
    handed each request (frames: ``server/frames.py``)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock  # the transport's socket: a task with a descriptor is sent on it directly
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[dict[str, Any]] | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            frame = frames.bounds(self.buffer)
            if frame is None:
                return
            start, end = frame
            reply = pickle.loads(self.buffer[start:end])
            del self.buffer[:end]
            waiter, self.waiter = self.waiter, None
            if waiter is not None and not waiter.done():
                waiter.set_result(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(EOFError("the worker's pipe closed"))

    def ask(self, task: tuple[str, dict[str, Any], Any], fd: int | None = None
            ) -> asyncio.Future[dict[str, Any]]:
        """Send one task (with a duplicate of the descriptor ``fd`` when given: the worker sees
        whether it came); the future gets its reply (or EOFError when the worker dies)."""
        assert self.transport is not None and self.waiter is None
        waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        if self.lost:
            waiter.set_exception(EOFError("the worker's pipe closed"))
            return waiter
        self.waiter = waiter
        frame = frames.encode(task)
        if fd is not None and not self.transport.get_write_buffer_size():
            try:  # the descriptor rides on the frame's first bytes; the rest, if any, goes as usual
                sent = self.sock.sendmsg([frame], [(socket.SOL_SOCKET, socket.SCM_RIGHTS,
                                                    array("i", [fd]))])
            except (BlockingIOError, InterruptedError):
                sent = 0
            frame = frame[sent:]
        if frame:
            self.transport.write(frame)
        return waiter


@dataclass(eq=False)
class Slot:
    process: BaseProcess
    conn: Connection  # used until the slot is attached to the event loop
    info: dict[str, Any]
    writing: Any  # a shared byte: 1 once the worker has begun writing an answer to a client
    replies: Replies | None = None
    dead: bool = False
    # the time limit of the running task: its reply, when it must be in (loop time), and a timer
    # that fires at or before then (moved lazily, not made and cancelled for every task)
    reply: asyncio.Future[dict[str, Any]] | None = None
    deadline: float = 0.0
    timer: asyncio.TimerHandle | None = None

    def limit(self, reply: asyncio.Future[dict[str, Any]], seconds: float) -> None:
        """``reply`` fails with TimeoutError unless it is done within ``seconds``."""
        loop = asyncio.get_running_loop()
        self.reply, self.deadline = reply, loop.time() + seconds
        if self.timer is not None and self.timer.when() > self.deadline:
            self.timer.cancel()  # a shorter limit than the one the timer was set for
            self.timer = None
        if self.timer is None:
            self.timer = loop.call_at(self.deadline, self._check)

    def _check(self) -> None:
        self.timer = None
        reply = self.reply
        if reply is None or reply.done():
            return  # idle: the next task sets a timer
        loop = asyncio.get_running_loop()
        if loop.time() < self.deadline:
            self.timer = loop.call_at(self.deadline, self._check)
        else:
            reply.set_exception(TimeoutError())

    def unlimit(self) -> None:
        self.reply = None

    async def attach(self) -> None:
        """Let the event loop read this worker's replies (after its hello, read in a thread)."""
        sock = socket.socket(fileno=os.dup(self.conn.fileno()))
        self.conn.close()
        replies = Replies(sock)
        await asyncio.get_running_loop().create_connection(lambda: replies, sock=sock)
        self.replies = replies

    def stop(self) -> None:
        """Kill the process and wait for its end (blocking: call it in a thread)."""
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)

    def kill(self) -> None:
        """Stop the process and close the pipe (blocking: call it in a thread)."""
        self.stop()
        with contextlib.suppress(OSError):
            self.conn.close()

    def close_pipe(self) -> None:
        """Close the event loop's end of the pipe (in the loop's thread)."""
        if self.replies is not None and self.replies.transport is not None:
            self.replies.transport.close()


class WorkerPool:
    def __init__(self, size: int, timeout: float, directory: Path, max_result_bytes: int,
                 memory_limit: int, max_waiting: int = 64) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self.directory = directory  # the build every worker of this pool loads
        self.max_result_bytes = max_result_bytes
        self.memory_limit = memory_limit
        self.max_waiting = max_waiting
        self.context = mp.get_context("spawn")  # never fork a process that runs an event loop
        self.idle: collections.deque[Slot] = collections.deque()  # free workers
        self.waiters: collections.deque[asyncio.Future[Slot]] = collections.deque()  # in line for one
        self.running = 0
        self.killed = 0
        self.slots: set[Slot] = set()
        self.closed = False
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def _spawn(self) -> Slot:
        parent, child = self.context.Pipe(duplex=True)
        writing = self.context.RawValue("b", 0)
        process = self.context.Process(
            target=worker_module.main, name="mandategraph-worker", daemon=True,
            args=(child, str(self.directory), self.max_result_bytes, self.memory_limit, writing))
        process.start()
        child.close()
        if not parent.poll(START_TIMEOUT):
            process.kill()
            raise RuntimeError("a query worker did not start in time")
        try:
            hello = parent.recv()
        except EOFError as exc:
            raise RuntimeError("a query worker died while loading the store") from exc
        if hello.get("status") != 200:
            process.kill()
            raise RuntimeError(f"a query worker could not load the store: {hello.get('error')}")
        slot = Slot(process, parent, hello["data"], writing)
        with self._lock:
            self.slots.add(slot)
        log.info("query worker %s ready (%s quads, network %s)", hello["data"]["pid"],
                 hello["data"]["quads"], "isolated" if hello["data"]["isolated"] else "NOT isolated")
        return slot

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        slots = await asyncio.gather(*(asyncio.to_thread(self._spawn) for _ in range(self.size)))
        for slot in slots:
            await slot.attach()
            self._release(slot)

    async def stop(self) -> None:
        self.closed = True
        with self._lock:
            slots = list(self.slots)
            self.slots.clear()
        for slot in slots:
            slot.close_pipe()
            await asyncio.to_thread(slot.kill)

    async def retire(self) -> None:
        """Stop once the requests already given to this pool are answered (a reload: they finish on
        the build they started with), or after a grace period."""
        deadline = time.monotonic() + 30.0 + 3 * self.timeout
        while (self.waiting or self.running) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await self.stop()

    def pids(self) -> list[int]:
        with self._lock:
            return [s.process.pid for s in self.slots if s.process.pid]

    def _replace(self, dead: Slot) -> None:
        """Kill ``dead`` and start its successor (in a thread: loading the store takes a while).
        Called in the event loop's thread."""
        with self._lock:
            if dead.dead:  # already replaced
                return
            dead.dead = True
            self.slots.discard(dead)
        dead.close_pipe()
        self.killed += 1
        loop = self._loop
        assert loop is not None

        def start() -> None:
            dead.kill()
            while not self.closed:
                try:
                    slot = self._spawn()
                except Exception as exc:  # keep trying: a pool with no workers answers nothing
                    log.error("could not restart a query worker: %s", exc)
                    time.sleep(1.0)
                    continue
                if self.closed:
                    slot.kill()
                    return
                asyncio.run_coroutine_threadsafe(self._ready(slot), loop)
                return

        threading.Thread(target=start, name="mandategraph-respawn", daemon=True).start()

    async def _ready(self, slot: Slot) -> None:
        if self.closed:
            await asyncio.to_thread(slot.kill)
            return
        await slot.attach()
        self._release(slot)

    # -- running a task ------------------------------------------------------------------------
    @property
    def waiting(self) -> int:
        """Requests in line for a worker."""
        return len(self.waiters)

    def _release(self, slot: Slot) -> None:
        """A free worker: to the first request in line, else to the free ones."""
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(slot)
                self.running += 1  # counted from the hand-off: retire() must not stop the pool
                return             # between it and the request's resuming
        self.idle.append(slot)

    async def _wait_for_worker(self, limit: float) -> Slot:
        if len(self.waiters) >= self.max_waiting:
            raise PoolError(503, "the server is busy: too many queries are waiting; try again")
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Slot] = loop.create_future()
        self.waiters.append(waiter)
        timer = loop.call_later(max(30.0, 3 * limit), _fail, waiter, PoolError(
            503, "the server is busy: no query worker was free in time; try again"))
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.running -= 1
                self._release(waiter.result())  # given a worker, then cancelled: pass it on
            elif waiter in self.waiters:  # timed out or cancelled in line
                self.waiters.remove(waiter)
            raise
        finally:
            timer.cancel()

    async def run(self, name: str, timeout: float | None = None,
                  client: tuple[int, dict[str, Any]] | None = None, **args: Any) -> dict[str, Any]:
        """Run a task on a free worker. With ``client`` (a socket's descriptor and how to answer on
        it, from ``direct.Handoff``) the worker may write the answer to that socket itself: its
        reply then says ``answered``, and what it could not write."""
        limit = self.timeout if timeout is None else timeout
        if self.closed:
            raise PoolError(503, "the server is switching to a new build; try again")
        if self.idle and not self.waiters:
            slot = self.idle.popleft()  # a free worker and nobody before us: no timer, no future
            self.running += 1
        else:
            slot = await self._wait_for_worker(limit)  # counted in running by _release
        assert slot.replies is not None
        fd, spec = client if client is not None else (None, None)
        reply = slot.replies.ask((name, args, spec), fd)
        slot.limit(reply, limit)
        try:
            answer = await reply
        except TimeoutError:
            written = fd is not None and await self._written(slot)
            self._replace(slot)
            raise PoolError(504, f"the query ran past the time limit of {limit:g} s and was "
                                 "stopped; no partial result is sent", written) from None
        except (EOFError, OSError):
            written = fd is not None and await self._written(slot)
            self._replace(slot)
            raise PoolError(500, "the query worker died while answering (out of memory?); "
                                 "the query was not answered", written) from None
        except BaseException:
            # cancelled (client went away) while the worker may still be busy: do not reuse it
            self._replace(slot)
            raise
        finally:
            slot.unlimit()
            self.running -= 1
        slot.writing.value = 0
        self._release(slot)
        return answer

    @staticmethod
    async def _written(slot: Slot) -> bool:
        """Stop ``slot``'s worker and say whether it had begun writing an answer to a client (read
        once the process is dead, so it cannot begin after)."""
        await asyncio.to_thread(slot.stop)
        return bool(slot.writing.value)


def _fail(future: asyncio.Future[Any], exc: BaseException) -> None:
    """A timer's end: ``future`` fails with ``exc`` unless it is done."""
    if not future.done():
        future.set_exception(exc)
