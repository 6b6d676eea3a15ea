"""Timing (median of repeats) and peak memory of the current process."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], repeat: int) -> tuple[dict[str, Any], Any]:
    """Run ``fn`` ``repeat`` times; the median and every time in seconds, and the last answer."""
    times = []
    answer = None
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        answer = fn()
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "runs": times}, answer


def peak_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
