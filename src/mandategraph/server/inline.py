"""Query texts the web process answers itself: those a query worker has proven cheap on this build.

Every query goes to a worker process, so that one client's expensive query cannot deny the endpoint
to the others (a worker is killed at the time limit, its results are capped). That safety costs
each query a process hop, which for a query that takes a tenth of a millisecond is most of its
time. The rule here keeps the safety and drops the hop for the texts that cannot need it:

- **Proof.** A worker's answer to a query is a proof when its status is 200, the worker spent at
  most :data:`CHEAP_CPU` seconds of CPU on it and its body is at most :data:`CHEAP_BYTES` long
  (:func:`proof`: the worker sends the body's CRC-32 and length with such an answer). The web
  process keeps the proofs in a table of at most ``entries`` keys (least recently used dropped),
  keyed by everything the answer depends on: the query text, the request's ``Accept`` and its
  ``default-graph-uri`` / ``named-graph-uri``. One table per build (:class:`Inline` belongs to an
  ``app.Generation``): a reload starts an empty one and the old one goes with its build.
- **Answer.** A request whose key is proven is run by the web process on its own read-only copy of
  the same build, with the worker's own code (``worker.Worker.sparql``), and written with the same
  headers and bytes (``direct.response_bytes``). Its body must have the worker's CRC-32 and length:
  a key whose answer differs is demoted for good (never answered here again on this build), and
  the request goes to a worker. A run past :data:`CHEAP_CPU` is sent, right as it is, but its key
  loses its proof: the next request goes to a worker, which must prove it again (so a pause of the
  web process, a garbage collection, costs one trip to a worker, and a text that is slow here is
  run here at most once for each time a worker finds it cheap).
- **Never here**: a text longer than :data:`MAX_TEXT`, a text with the letters of ``service``
  (the web process is not cut off from the network, as workers are) or of a function whose answer
  or cost can change from one run to the next (``NOW``, ``RAND``, ``UUID``, ``STRUUID``,
  ``BNODE``), and anything not proven. Until the web process has loaded its copy of the build
  (in a thread, after the build is served) every query goes to the workers.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mandategraph.server.safety import unescape

log = logging.getLogger("mandategraph.serve")

CHEAP_CPU = 0.002  # seconds of CPU a worker (and the web process) may spend on a cheap query
CHEAP_BYTES = 64 * 1024  # bytes of a cheap query's answer body
ENTRIES = 8192  # proven keys kept per build (least recently used dropped)
MAX_TEXT = 4096  # characters of a query text the table keeps (ENTRIES x MAX_TEXT bounds its size)
NEVER = ("service", "now", "rand", "uuid", "bnode")  # letters that keep a text out (casefolded)

Key = tuple[str, "str | None", tuple[str, ...], tuple[str, ...]]
Run = Callable[..., dict[str, Any]]  # worker.Worker.sparql on the web process's copy of the build


def fingerprint(body: bytes) -> tuple[int, int]:
    """The CRC-32 and length of an answer's body."""
    return zlib.crc32(body), len(body)


def proof(body: bytes, cpu: float) -> tuple[int, int] | None:
    """What a worker sends with a 200 answer that proves its text cheap (its :func:`fingerprint`),
    or None when the answer took more than :data:`CHEAP_CPU` or is larger than :data:`CHEAP_BYTES`."""
    if cpu > CHEAP_CPU or len(body) > CHEAP_BYTES:
        return None
    return fingerprint(body)


@dataclass
class Proof:
    crc: int
    size: int
    demoted: bool = False


class Inline:
    """One build's table of proven texts and the web process's copy of that build."""

    def __init__(self, entries: int = ENTRIES) -> None:
        self.entries = entries
        self.table: collections.OrderedDict[Key, Proof] = collections.OrderedDict()
        self.run: Run | None = None  # set once the copy of the build is loaded
        self.closed = False  # the build is no longer served
        self.answered = 0  # answers the web process wrote itself
        self.demoted = 0  # keys it stopped answering (a different answer)
        self.unproven = 0  # proofs dropped after a run here past CHEAP_CPU

    @property
    def enabled(self) -> bool:
        return self.entries > 0

    async def load(self, dump: Path, runner: Callable[[Path], Run]) -> None:
        """Load the build (``runner``, in a thread: it takes as long as a worker's start); until it
        is in, :meth:`answer` answers nothing. A build that cannot be loaded leaves it so."""
        if not self.enabled:
            return
        try:
            run = await asyncio.to_thread(runner, dump)
        except Exception as exc:  # the workers answer every query, as before
            log.error("the web process could not load %s; every query goes to a worker: %s",
                      dump, exc)
            return
        if not self.closed:
            self.run = run

    def close(self) -> None:
        """The build is no longer served: drop its copy and its table."""
        self.closed = True
        self.run = None
        self.table.clear()

    def key(self, query: str, accept: str | None, params: dict[str, list[str]]) -> Key | None:
        """The table's key for this request, or None when its text is never answered here."""
        if not self.enabled or len(query) > MAX_TEXT:
            return None
        plain = unescape(query).casefold()
        if any(letters in plain for letters in NEVER):
            return None
        return (query, accept, tuple(params.get("default-graph-uri", ())),
                tuple(params.get("named-graph-uri", ())))

    def prove(self, key: Key, reply: dict[str, Any]) -> None:
        """Record a worker's ``reply`` to ``key`` when it is a proof; a demoted key stays so."""
        evidence = reply.get("proof")
        if evidence is None or reply.get("status") != 200 or key in self.table:
            return
        self.table[key] = Proof(*evidence)
        if len(self.table) > self.entries:
            self.table.popitem(last=False)

    def answer(self, key: Key) -> dict[str, Any] | None:
        """The answer to a proven key, run here (``status``, ``type``, ``body``: a worker's reply);
        None when a worker must answer (not proven, demoted, the copy not loaded, or this run gave
        a different answer: then the key is demoted)."""
        entry = self.table.get(key)
        if entry is None or entry.demoted or self.run is None:
            return None
        self.table.move_to_end(key)
        query, accept, default_graphs, named_graphs = key
        try:
            reply = self.run(query=query, accept=accept, default_graph_uri=list(default_graphs),
                             named_graph_uri=list(named_graphs))
        except Exception as exc:  # a bug (the worker's code catches the query's own errors)
            self._demote(entry, key, f"{type(exc).__name__}: {exc}")
            return None
        if reply.get("status") != 200 or (reply["proof"] or fingerprint(reply["body"])) != (
                entry.crc, entry.size):
            self._demote(entry, key, "its answer differs from the worker's")
            return None
        spent = reply["cpu"]  # measured as the worker measures it (Worker.sparql)
        if spent > CHEAP_CPU:
            del self.table[key]  # a worker proves it again, or not
            self.unproven += 1
            log.info("a query text took %.1f ms of CPU in the web process; a worker answers it "
                     "next: %.80r", spent * 1000, query)
        self.answered += 1
        return reply

    def _demote(self, entry: Proof, key: Key, why: str) -> None:
        entry.demoted = True
        self.demoted += 1
        log.warning("a query text is no longer answered by the web process (%s): %.80r", why,
                    key[0])

    def status(self) -> dict[str, Any]:
        """For ``/health``."""
        return {"ready": self.run is not None, "entries": len(self.table),
                "answered": self.answered, "demoted": self.demoted, "unproven": self.unproven}
