"""A query worker: a separate process that loads the store once and answers tasks over a pipe.

Everything that touches the store runs here, so that the pool can kill a worker at its time limit
(pyoxigraph cannot be interrupted from Python) and a runaway query can only exhaust this process's
own memory limit. The one exception: a query text a worker's answer has proven cheap on this build
(its ``proof``) may be answered by the web process with this module's own code
(``server/inline.py``, :func:`web_copy`). Each worker also drops its network access when the kernel
allows it (a new network namespace with no interfaces up), a second wall behind the SERVICE check.

A task is ``(name, arguments, spec)``; a reply is a dict with ``status`` and either ``body`` +
``type`` (bytes ready to send) or ``data`` (plain Python values for a page). A task that comes with
a client's socket (and its ``spec``) is answered on that socket by the worker itself, and the reply
says so (``server/direct.py``).
"""

from __future__ import annotations

import ctypes
import io
import os
import pickle
import resource
import signal
import socket
import sys
import time
from array import array
from collections.abc import Callable
from importlib.resources import files
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox

from mandategraph.namespaces import ID
from mandategraph.query import has_default_graph
from mandategraph.server import browse, frames, negotiation, safety
from mandategraph.server.inline import CHEAP_BYTES, proof

TEXT = "text/plain; charset=utf-8"
INBOUND_LIMIT = 500  # triples pointing at a resource shown on its page
QUERY_BASE = str(ID)  # the base IRI of relative IRIs in a query without BASE (see /sparql)


class TooLarge(Exception):
    pass


class CappedBuffer(io.RawIOBase):
    """A write-only buffer that stops the serialiser once the result passes ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.limit:
            raise TooLarge()
        self.parts.append(chunk)
        return len(chunk)

    def value(self) -> bytes:
        return b"".join(self.parts)


def _sparql_file(name: str) -> str:
    return files("mandategraph.server").joinpath("sparql", name).read_text(encoding="utf-8")


def error(status: int, message: str) -> dict[str, Any]:
    return {"status": status, "type": TEXT, "body": (message.rstrip() + "\n").encode()}


def isolate_network() -> bool:
    """Enter a new user + network namespace: no route anywhere, loopback included. Best effort."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(0x10000000 | 0x40000000) == 0  # CLONE_NEWUSER | CLONE_NEWNET
    except (OSError, AttributeError):
        return False


class Worker:
    def __init__(self, store: ox.Store, max_result_bytes: int) -> None:
        self.store = store
        self.max_result_bytes = max_result_bytes
        self.graphs = frozenset(g.value for g in store.named_graphs()
                                if isinstance(g, ox.NamedNode))
        self._projection = None
        self.union = not has_default_graph(store)  # a build's default graph is the distinct union already

    def _run(self, name: str, resource: ox.NamedNode | None = None, union: bool = False) -> Any:
        """One of the server's own query files, with ``?resource`` bound (typed loosely: pyoxigraph
        answers solutions, a boolean or triples depending on the query)."""
        subs: dict[ox.Variable, Any] = {ox.Variable("resource"): resource} if resource else {}
        return self.store.query(_sparql_file(name), substitutions=subs,
                                use_default_graph_as_union=union and self.union)

    # -- SPARQL protocol -------------------------------------------------------------------------
    def sparql(self, query: str, accept: str | None, default_graph_uri: list[str],
               named_graph_uri: list[str]) -> dict[str, Any]:
        """A query's answer; a 200 one says how much CPU it took (``cpu``, seconds of this
        thread) and, in ``proof``, whether it proves its text cheap (``server/inline.py``)."""
        started = time.thread_time()
        try:
            safety.check(query)
        except safety.Refused as refused:
            return error(refused.status, refused.message)
        if negotiation.choose(accept, negotiation.RESULTS) is None and \
                negotiation.choose(accept, negotiation.GRAPHS) is None:
            return error(406, f"none of the formats in Accept: {accept} can carry a query result; "
                              "this endpoint offers " + ", ".join(
                                  f.media_type for f in (*negotiation.RESULTS, *negotiation.GRAPHS)))
        options: dict[str, Any] = {"base_iri": QUERY_BASE}
        try:
            if default_graph_uri or named_graph_uri:
                # the protocol's dataset replaces the query's; a graph not in the store is empty
                options["default_graph"] = [ox.NamedNode(g) for g in default_graph_uri]
                options["named_graphs"] = [ox.NamedNode(g) for g in named_graph_uri]
            elif not safety.names_its_dataset(query):
                options["use_default_graph_as_union"] = self.union
        except ValueError as exc:
            return error(400, f"default-graph-uri / named-graph-uri: not an IRI: {exc}")
        try:
            answer: Any = self.store.query(query, **options)
        except SyntaxError as exc:
            refusal = safety.update_refusal(query)
            if refusal is not None:
                return error(refusal.status, refusal.message)
            return error(400, f"the query could not be parsed: {_one_line(exc)}")
        except (OSError, ValueError, RuntimeError) as exc:
            return error(400, f"the query failed: {_one_line(exc)}")
        graph = isinstance(answer, ox.QueryTriples)
        offers = negotiation.GRAPHS if graph else negotiation.RESULTS
        fmt = negotiation.choose(accept, offers)
        if fmt is None:
            return error(406, f"none of the formats in Accept: {accept} can carry a "
                              f"{'graph' if graph else 'solutions or boolean'} result; this "
                              "endpoint offers " + ", ".join(f.media_type for f in offers))
        out: Any = CappedBuffer(self.max_result_bytes)
        try:
            answer.serialize(out, format=fmt.ox_format)
        except TooLarge:
            return error(422, f"the result is larger than the limit of {self.max_result_bytes} bytes;"
                              " add a LIMIT, select fewer variables, or page with OFFSET")
        except (OSError, ValueError, RuntimeError) as exc:
            if isinstance(exc.__context__, TooLarge) or "TooLarge" in str(exc):
                return error(422, f"the result is larger than the limit of "
                                  f"{self.max_result_bytes} bytes; add a LIMIT")
            return error(400, f"the query failed: {_one_line(exc)}")
        body = out.value()
        cpu = time.thread_time() - started
        return {"status": 200, "type": fmt.content_type, "body": body, "cpu": cpu,
                "proof": proof(body, cpu)}

    # -- Linked Data ---------------------------------------------------------------------------
    def resource(self, iri: str, fmt_key: str) -> dict[str, Any]:
        try:
            node = ox.NamedNode(iri)
        except ValueError as exc:
            return error(400, f"not an IRI: {iri[:200]!r} ({_one_line(exc)})")
        if fmt_key != "html":
            fmt = negotiation.by_key(fmt_key, negotiation.GRAPHS)
            if fmt is None:
                return error(406, f"unknown format {fmt_key}")
            triples = self._run("describe.rq", node, union=True)
            out: Any = CappedBuffer(self.max_result_bytes)
            count = 0
            graph = ox.Store()
            for triple in triples:
                graph.add(ox.Quad(triple.subject, triple.predicate, triple.object))
                count += 1
            if not count:
                return error(404, f"nothing is known about <{iri}>")
            try:
                graph.dump(out, format=cast(ox.RdfFormat, fmt.ox_format), from_graph=ox.DefaultGraph(),
                           prefixes=_prefixes())
            except TooLarge:
                return error(422, "the description is larger than the result limit")
            return {"status": 200, "type": fmt.content_type, "body": out.value()}
        rows_out = [_row(s) for s in self._run("resource_out.rq", node)]
        rows_in = []
        for i, s in enumerate(self._run("resource_in.rq", node)):
            if i >= INBOUND_LIMIT:
                break
            rows_in.append(_row(s))
        if not rows_out and not rows_in:
            return {"status": 404, "data": None}
        labels: dict[str, list[tuple[int, str, str | None]]] = {}  # every candidate: the page picks
        for sol in self._run("labels.rq", node, union=True):
            labels.setdefault(sol["x"].value, []).append(
                (int(sol["kind"].value), sol["label"].value, sol["label"].language))
        return {"status": 200, "data": {"out": rows_out, "in": rows_in, "labels": labels}}

    # -- statistics for VoID and the service description ---------------------------------------
    def stats(self) -> dict[str, Any]:
        graphs = [(_row(s)["g"]["value"], int(s["triples"].value))
                  for s in self._run("stats_graphs.rq")]
        classes = [(s["class"].value, int(s["entities"].value))
                   for s in self._run("stats_classes.rq", union=True)]
        totals = next(iter(self._run("stats_totals.rq", union=True)))
        return {"status": 200, "data": {
            "graphs": graphs, "classes": classes,
            **{k: int(totals[k].value) for k in ("triples", "subjects", "properties", "objects")},
            "quads": len(self.store)}}

    # -- the trace of an agenda item ---------------------------------------------------------
    def projection(self) -> Any:
        from mandategraph.network import project

        if self._projection is None:
            self._projection = project(self.store)
        return self._projection

    def trace(self, item: str) -> dict[str, Any]:
        from mandategraph.render import trace_dict, trace_text
        from mandategraph.trace import ItemNotFound, trace_item

        try:
            trace = trace_item(self.store, item, graph=self.projection())
        except ItemNotFound as exc:
            return {"status": 404, "data": {"error": str(exc)}}
        svg, svg_error = None, None
        picture = picture_function()
        if picture is not None:
            try:
                svg = picture(trace)
                svg = svg[svg.find("<svg"):] if "<svg" in svg else None  # inline: no prolog
            except Exception as exc:  # the page still shows the chain in words
                svg_error = f"{type(exc).__name__}: {exc}"
        return {"status": 200, "data": {"trace": trace_dict(trace), "text": trace_text(trace),
                                        "svg": svg, "svg_error": svg_error}}

    def handle(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        tasks: dict[str, Callable[..., dict[str, Any]]] = {
            "sparql": self.sparql, "resource": self.resource, "stats": self.stats,
            "trace": self.trace, "ping": lambda: {"status": 200, "data": os.getpid()},
            "facts": lambda classes=(), subjects=(), pointing=None: {
                "status": 200, "data": browse.facts(self.store, classes, subjects, pointing)},
            "texts": lambda: {"status": 200, "data": browse.texts(self.store)},
        }
        task = tasks.get(name)
        if task is None:
            return error(500, f"unknown task {name}")
        try:
            return task(**args)
        except MemoryError:
            return error(507, "the query needed more memory than a worker may use")
        except ValueError as exc:  # a parameter that is not an IRI
            return error(400, f"bad parameter: {_one_line(exc)}")
        except Exception as exc:  # a bug must not kill the worker or hang the client
            return error(500, f"internal error: {type(exc).__name__}: {exc}")


def web_copy(dump: Path) -> Callable[..., dict[str, Any]]:
    """The web process's copy of the build in ``dump`` (``server/inline.py``): the worker's own
    :meth:`Worker.sparql`, its answers capped at ``inline.CHEAP_BYTES``."""
    from mandategraph.store import load_dump

    return Worker(load_dump(dump), CHEAP_BYTES).sparql


def picture_function() -> Callable[[Any], str] | None:
    """``mandategraph.picture.trace_svg`` when that module exists (it is optional)."""
    try:
        from mandategraph import picture
    except ImportError:
        return None
    return getattr(picture, "trace_svg", None)


def _one_line(exc: BaseException) -> str:
    """The engine's message on one line; a parser's long list of what it expected is cut short."""
    text = " ".join((str(exc).strip() or type(exc).__name__).split())
    head, found, alternatives = text.partition("expected one of ")
    if found and len(alternatives) > 120:
        text = f"{head}{found}{alternatives[:120].rsplit(',', 1)[0]}, …"
    return text[:400]


def _prefixes() -> dict[str, str]:
    from mandategraph.namespaces import PREFIXES

    return dict(PREFIXES)


def _row(solution: Any) -> dict[str, dict[str, str]]:
    out = {}
    for var in ("s", "p", "o", "g"):
        term = solution[var] if _has(solution, var) else None
        if term is not None:
            out[var] = browse.term(term)
    return out


def _has(solution: Any, var: str) -> bool:
    try:
        solution[var]
    except (KeyError, IndexError, TypeError):
        return False
    return True


class Tasks:
    """The worker's end of its pipe (``server/frames.py``), read with ``recvmsg`` to take the
    descriptor a task may come with."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()
        self.fds: list[int] = []

    def _read(self) -> None:
        data, ancillary, _, _ = self.sock.recvmsg(1 << 16, socket.CMSG_SPACE(4 * 4))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds = array("i")
                fds.frombytes(payload[:len(payload) - len(payload) % fds.itemsize])
                self.fds += fds
        if not data:
            raise EOFError
        self.buffer += data

    def next(self) -> tuple[Any, int | None]:
        """The next task and the descriptor sent with it (None when none came)."""
        while True:
            frame = frames.bounds(self.buffer)
            if frame is not None:
                break
            self._read()
        start, end = frame
        task = pickle.loads(self.buffer[start:end])
        del self.buffer[:end]
        fds, self.fds = self.fds, []
        for extra in fds[1:]:  # never more than one; closed so that none leaks
            os.close(extra)
        return task, (fds[0] if fds else None)

    def send(self, reply: dict[str, Any]) -> None:
        self.sock.sendall(frames.encode(reply))


def main(conn: Connection, directory: str, max_result_bytes: int, memory_limit: int,
         writing: Any) -> None:
    """The worker process: isolate, load the build in ``directory``, then answer tasks until the
    pipe closes. Every worker of a pool loads the same build, also when it replaces a killed one.
    ``writing`` is the shared byte set before an answer is written to a client's socket."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us; Ctrl-C is for it
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # a reload is the parent's business
    isolated = isolate_network()
    if memory_limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from mandategraph.store import DUMP, load_dump

    try:
        worker = Worker(load_dump(Path(directory) / DUMP), max_result_bytes)
        worker.projection()  # the trace page's graph, built before the worker takes tasks
        # the SERVICE check's parser: building its grammar takes a second or more, which the first
        # query that names 'service' must not spend inside its time limit
        from rdflib.plugins.sparql import parser  # noqa: F401
    except Exception as exc:
        conn.send({"status": 500, "error": f"{type(exc).__name__}: {exc}"})
        return
    conn.send({"status": 200, "data": {"pid": os.getpid(), "isolated": isolated,
                                       "quads": len(worker.store)}})
    from mandategraph.server.direct import answer_client

    tasks = Tasks(socket.socket(fileno=os.dup(conn.fileno())))
    conn.close()
    while True:
        try:
            (name, args, spec), fd = tasks.next()
        except (EOFError, OSError):
            return
        reply = worker.handle(name, args)
        if fd is not None:
            if spec is not None and "body" in reply:
                reply = {**answer_client(fd, reply, spec, writing), "proof": reply.get("proof")}
            else:
                os.close(fd)
        tasks.send(reply)
