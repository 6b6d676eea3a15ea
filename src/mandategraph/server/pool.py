"""The worker pool: user queries run in separate processes, each holding its own copy of the store.

A task that passes its time limit gets its worker killed (SIGKILL: pyoxigraph cannot be interrupted)
and a fresh worker started in its place; the client gets an error status, never a partial answer.
When every worker is busy, requests wait in line for a bounded time, and a bounded number of them;
past that they get 503 at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing as mp
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from mandategraph.server import worker as worker_module

log = logging.getLogger("mandategraph.serve")
START_TIMEOUT = 120.0  # loading the store in a new worker


class PoolError(Exception):
    """The task could not be answered; ``status`` and the message go to the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(eq=False)
class Slot:
    process: BaseProcess
    conn: Connection
    info: dict[str, Any]
    dead: bool = False

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)
        self.conn.close()


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
        self.idle: asyncio.Queue[Slot] = asyncio.Queue()
        self.waiting = 0
        self.running = 0
        self.killed = 0
        self.slots: set[Slot] = set()
        self.closed = False
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- life cycle ------------------------------------------------------------------------------
    def _spawn(self) -> Slot:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=worker_module.main, name="mandategraph-worker", daemon=True,
            args=(child, str(self.directory), self.max_result_bytes, self.memory_limit))
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
        slot = Slot(process, parent, hello["data"])
        with self._lock:
            self.slots.add(slot)
        log.info("query worker %s ready (%s quads, network %s)", hello["data"]["pid"],
                 hello["data"]["quads"], "isolated" if hello["data"]["isolated"] else "NOT isolated")
        return slot

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        slots = await asyncio.gather(*(asyncio.to_thread(self._spawn) for _ in range(self.size)))
        for slot in slots:
            self.idle.put_nowait(slot)

    async def stop(self) -> None:
        self.closed = True
        with self._lock:
            slots = list(self.slots)
            self.slots.clear()
        for slot in slots:
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
        """Kill ``dead`` and start its successor (in a thread: loading the store takes a while)."""
        with self._lock:
            if dead.dead:  # already replaced (a cancelled request and its thread both noticed)
                return
            dead.dead = True
            self.slots.discard(dead)
        dead.kill()
        self.killed += 1

        def start() -> None:
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
                assert self._loop is not None
                self._loop.call_soon_threadsafe(self.idle.put_nowait, slot)
                return

        threading.Thread(target=start, name="mandategraph-respawn", daemon=True).start()

    # -- running a task ------------------------------------------------------------------------
    def _call(self, slot: Slot, name: str, args: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send the task and wait for the reply; on time-out or a dead worker, replace it."""
        try:
            slot.conn.send((name, args))
            if slot.conn.poll(timeout):
                return slot.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(slot)
            raise PoolError(500, "the query worker died while answering (out of memory?); "
                                 "the query was not answered") from None
        self._replace(slot)
        raise PoolError(504, f"the query ran past the time limit of {timeout:g} s and was "
                             "stopped; no partial result is sent")

    async def run(self, name: str, timeout: float | None = None, **args: Any) -> dict[str, Any]:
        limit = self.timeout if timeout is None else timeout
        if self.closed:
            raise PoolError(503, "the server is switching to a new build; try again")
        if self.waiting >= self.max_waiting:
            raise PoolError(503, "the server is busy: too many queries are waiting; try again")
        self.waiting += 1
        try:
            slot = await asyncio.wait_for(self.idle.get(), timeout=max(30.0, 3 * limit))
        except TimeoutError:
            raise PoolError(503, "the server is busy: no query worker was free in time; "
                                 "try again") from None
        finally:
            self.waiting -= 1
        self.running += 1
        try:
            reply = await asyncio.to_thread(self._call, slot, name, args, limit)
        except PoolError:
            raise
        except BaseException:
            # cancelled (client went away) while the worker may still be busy: do not reuse it
            self._replace(slot)
            raise
        finally:
            self.running -= 1
        self.idle.put_nowait(slot)
        return reply
