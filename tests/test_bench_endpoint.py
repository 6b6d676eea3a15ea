"""The endpoint bench's ratio and its report when one server answered nothing in the slices (at 1M
oxigraph answered no mandate-chain query: the ratio is unknown, never a number made up)."""

from __future__ import annotations

import math
from typing import Any

from bench import report
from bench.endpoint import ratio


def _run(mine: int, theirs: int, seconds: float = 4.0) -> dict[str, Any]:
    def side(n: int) -> dict[str, Any]:
        return {"requests": n, "errors": 0 if n else 32, "per_second": n / seconds,
                "median_ms": 12.5 if n else None, "cpu_ms_per_request": 3.0 if n else None,
                "first_error": None if n else "timed out"}
    row = {"mandategraph": side(mine), "oxigraph": side(theirs)}
    row["ratio"] = ratio(row)
    return row


def test_the_ratio_is_unknown_when_oxigraph_answered_nothing() -> None:
    assert _run(32, 0)["ratio"] is None
    assert _run(0, 10)["ratio"] == 0.0  # mandategraph answering nothing is a measured 0%
    assert _run(30, 10)["ratio"] == 3.0


def test_the_report_says_unknown_and_the_target_is_not_judged_on_it() -> None:
    scale = {"serve": {"startup_seconds": 1.0, "server_rss_mib": 100.0, "runs": {
        "simple/1": _run(40, 50), "mandate-chain/1": _run(9, 3), "mandate-chain/32": _run(32, 0)}}}
    rows = report.lines("serve", scale["serve"])
    text = "\n".join(rows)
    assert "ratio unknown (oxigraph answered no query in the slices)" in text
    assert "answered 32/0" in text and "median 12.50 ms against —" in text
    targets = {name: (shown, verdict) for name, shown, verdict in report.targets(scale)}
    simple = next(v for k, v in targets.items() if k.startswith("endpoint: simple"))
    chain = next(v for k, v in targets.items() if k.startswith("endpoint: `mandate-chain`"))
    assert simple == ("worst 80%", "met")
    assert chain == ("worst 300% (1 run(s) unknown: oxigraph answered none)", "not known")


def test_a_killed_worker_takes_no_cpu_time_out_of_the_servers_total() -> None:
    """bench.endpoint._cpu_seconds on a real process whose worker burns CPU and is killed and reaped, as the
    server kills a query past its time limit: the total must not fall (the 1M row's CPU per query was
    negative, bench/NOTES.md, eighth round)."""
    import subprocess
    import sys
    import time

    from bench.endpoint import _cpu_seconds, cpu_spent

    server = subprocess.Popen([sys.executable, "-c", (
        "import subprocess, sys, time\n"
        "w = subprocess.Popen([sys.executable, '-c', 'while True: pass'])\n"
        "print('started', flush=True); sys.stdin.readline()\n"
        "w.kill(); w.wait(); print('killed', flush=True); sys.stdin.readline()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 10
        while (before := _cpu_seconds(server.pid)) < 0.1 and time.monotonic() < deadline:
            time.sleep(0.05)  # the worker burns CPU (slowly on a loaded machine)
        assert before >= 0.1
        server.stdin.write("\n")
        server.stdin.flush()
        assert server.stdout.readline().strip() == "killed"
        after = _cpu_seconds(server.pid)
        assert after >= before
        assert cpu_spent(before, after) >= 0
    finally:
        server.kill()
        server.wait()
    assert math.isnan(cpu_spent(2.0, 1.5))  # a loss is unknown, never a negative CPU time
