"""Worker processes for a batch: a two-phase job over many items, shared out to forked processes.

A batch of texts is read in two phases with a step between them that needs every text's first
phase (the sessions printed on all the covers are learnt before any text is read, so a paper and
its agenda meet on the same item IRI). :func:`two_phase` runs such a job: this process reads one
share of the items and a forked worker each other share; a worker keeps its share between the
phases, sends only a small report after the first, gets the one common value back, and sends each
item's result (this process's own results need no copying). With one job the same three functions run
in this process in the same order, so the results are identical whatever the number of jobs: each
item's result depends on the item and the common value only, and the results come back in the
items' order.

Workers are forked (they inherit the loaded code, the registry and the functions, nothing is
imported again); where the platform cannot fork, the job runs in one process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

Item = TypeVar("Item")
State = TypeVar("State")
Report = TypeVar("Report")
Common = TypeVar("Common")
Result = TypeVar("Result")

MAX_DEFAULT_JOBS = 2  # worker processes a batch gets unless told otherwise
MIN_ITEMS_PER_JOB = 8  # fewer items per worker than this and starting it costs more than it saves


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def cores() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def load() -> float:
    """The processes waiting for a processor over the last minute (0 where the platform cannot say)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def default_jobs(items: int, busy: float | None = None) -> int:
    """Two workers for a batch large enough to repay them, when a core is idle for the second; one
    where there is one core, few items, no fork, or every core is already busy (``busy``: the load
    average, by default this machine's; a second worker on a busy machine only adds the cost of
    sharing the work out, measured in bench/NOTES.md)."""
    if not can_fork():
        return 1
    idle = cores() - (load() if busy is None else busy)
    if idle < 1:
        return 1
    return max(1, min(MAX_DEFAULT_JOBS, cores(), items // MIN_ITEMS_PER_JOB))


def two_phase(items: Sequence[Item], jobs: int,
              prepare: Callable[[Item], tuple[State, Report]],
              between: Callable[[list[Report]], Common],
              finish: Callable[[State, Common], Result],
              done: Callable[[int, Result], None] | None = None,
              weights: Sequence[float] | None = None) -> list[Result]:
    """``finish(state, between([report ...]))`` for every item, where ``prepare(item)`` gives its
    state and report; ``between`` sees the reports in the items' order. ``done(index, result)`` is
    called in this process as each item's result arrives. Results are in the items' order.
    ``weights`` (say, the items' sizes) share the items out so that every job gets about as much
    work (by default: as many items); they change which process reads an item, never its result.

    ``prepare`` and ``finish`` must return, not raise, the failures they expect (a bad file); any
    exception escaping them in a worker is re-raised here as a RuntimeError with its traceback."""
    with frozen_heap():
        return _two_phase(items, jobs, prepare, between, finish, done, weights)


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects that exist now are left out of the garbage collector's passes until the end: a
    collection of the oldest generation would otherwise walk the whole heap of the process (about
    150 ms in one that imported the benchmark, once every few batches), and in a forked worker and
    the process that forked it would write to every shared page. Nothing changes when the heap is
    frozen already (by the caller)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _two_phase(items: Sequence[Item], jobs: int, prepare: Callable[[Item], tuple[State, Report]],
               between: Callable[[list[Report]], Common], finish: Callable[[State, Common], Result],
               done: Callable[[int, Result], None] | None, weights: Sequence[float] | None) -> list[Result]:
    jobs = max(1, min(jobs, len(items)))
    if jobs == 1 or not can_fork():
        prepared = [prepare(item) for item in items]
        common = between([report for _, report in prepared])
        results = []
        for index, (state, _) in enumerate(prepared):
            results.append(finish(state, common))
            if done:
                done(index, results[-1])
        return results
    return _forked(items, shares(weights if weights is not None else [1.0] * len(items), jobs),
                   prepare, between, finish, done)


def shares(weights: Sequence[float], jobs: int) -> list[list[int]]:
    """The items' indices shared out to ``jobs``: the heaviest first, each to the lightest share so
    far (ties: the first), every share in the items' order; the lightest share first (it is this
    process's, which also starts the workers and collects their results)."""
    out: list[list[int]] = [[] for _ in range(jobs)]
    load = [0.0] * jobs
    for index in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        lightest = min(range(jobs), key=lambda j: (load[j], j))
        out[lightest].append(index)
        load[lightest] += weights[index]
    order = sorted(range(jobs), key=lambda j: (load[j], j))
    return [sorted(out[j]) for j in order]


def _forked(items: Sequence[Item], split: list[list[int]], prepare: Callable[[Item], tuple[State, Report]],
            between: Callable[[list[Report]], Common], finish: Callable[[State, Common], Result],
            done: Callable[[int, Result], None] | None) -> list[Result]:
    """This process is one of the jobs: it reads the first share itself (its results need no copying
    back) and forks a worker for each other share."""
    context = multiprocessing.get_context("fork")
    conns: list[Connection] = []
    procs = []
    results: dict[int, Any] = {}

    def collect(block: bool) -> None:
        """Take the results the workers have sent (all of them when ``block``)."""
        while conns and (ready := wait(conns, timeout=None if block else 0)):
            for conn in ready:
                assert isinstance(conn, Connection)
                message = _receive(conn)
                if message is None:
                    conns.remove(conn)
                    continue
                index, result = message
                results[index] = result
                if done:
                    done(index, result)

    try:
        for share in split[1:]:
            ours, theirs = context.Pipe()
            proc = context.Process(target=_worker, args=(theirs, [(i, items[i]) for i in share], prepare, finish),
                                   daemon=True)
            proc.start()
            theirs.close()
            conns.append(ours)
            procs.append(proc)
        own = [(i, *prepare(items[i])) for i in split[0]]
        reports: dict[int, Any] = {i: report for i, _, report in own}
        for conn in conns:
            reports.update(_receive(conn))
        common = between([reports[i] for i in range(len(items))])
        for conn in conns:
            conn.send(common)
        for index, state, _ in own:
            results[index] = finish(state, common)
            if done:
                done(index, results[index])
            collect(block=False)
        collect(block=True)
        return [results[i] for i in range(len(items))]
    finally:
        for conn in conns:
            conn.close()
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()


def _receive(conn: Connection) -> Any:
    try:
        message = conn.recv()
    except EOFError:
        raise RuntimeError("an ingest worker process ended without its results") from None
    if isinstance(message, _Crash):
        raise RuntimeError(f"an ingest worker process failed:\n{message.trace}")
    return message


class _Crash:
    def __init__(self, trace: str) -> None:
        self.trace = trace


def _worker(conn: Connection, share: list[tuple[int, Any]], prepare: Callable[[Any], tuple[Any, Any]],
            finish: Callable[[Any, Any], Any]) -> None:
    try:
        states = []
        reports = {}
        for index, item in share:
            state, report = prepare(item)
            states.append((index, state))
            reports[index] = report
        conn.send(reports)
        common = conn.recv()
        for index, state in states:
            conn.send((index, finish(state, common)))
        conn.send(None)
    except BaseException:  # a bug or an interruption: the parent says which and stops  # noqa: BLE001
        with contextlib.suppress(OSError, ValueError):
            conn.send(_Crash(traceback.format_exc()))
    finally:
        conn.close()
