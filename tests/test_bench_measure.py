"""bench.measure.interleaved: the product and its floor are timed in alternating rounds, so that the
load of a shared machine drifting during the runs falls on both alike (timed one block after the
other, a query measured 2.9x its floor at 10k that is 1.1-1.3x run in turn)."""

from __future__ import annotations

from bench.measure import interleaved


def test_runs_alternate_and_each_is_timed_repeat_times() -> None:
    calls: list[str] = []
    fns = {name: (lambda name=name: calls.append(name) or name) for name in ("a", "b", "c")}
    out = interleaved(fns, 4)
    assert calls == ["a", "b", "c", "b", "c", "a", "c", "a", "b", "a", "b", "c"]
    for name, (measured, answer) in out.items():
        assert answer == name and len(measured["runs"]) == 4
        assert measured["seconds"] >= 0 and measured["cpu_seconds"] >= 0
