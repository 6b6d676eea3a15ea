"""Timing (median of repeats) and peak memory of the current process."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], repeat: int) -> tuple[dict[str, Any], Any]:
    """Run ``fn`` ``repeat`` times; the median and every wall time in seconds, the median CPU time
    (all threads of this process), and the last answer."""
    times, cpu = [], []
    answer = None
    for _ in range(max(1, repeat)):
        started, used = time.perf_counter(), time.process_time()
        answer = fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return {"seconds": statistics.median(times), "runs": times, "cpu_seconds": statistics.median(cpu)}, answer


def interleaved(fns: dict[str, Callable[[], Any]], repeat: int) -> dict[str, tuple[dict[str, Any], Any]]:
    """Each of ``fns`` ``repeat`` times, in alternating rounds (every round runs each once, beginning
    with the next one), so that a drifting load on a shared machine falls on all of them alike: for
    each, what :func:`timed` gives."""
    names = list(fns)
    times: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    answers: dict[str, Any] = {}
    for n in range(max(1, repeat)):
        for name in names[n % len(names):] + names[:n % len(names)]:
            started, used = time.perf_counter(), time.process_time()
            answers[name] = fns[name]()
            times[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - used)
    return {k: ({"seconds": statistics.median(times[k]), "runs": times[k],
                 "cpu_seconds": statistics.median(cpu[k])}, answers[k]) for k in names}


def peak_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
