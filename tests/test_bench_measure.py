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


def test_a_floor_form_far_slower_than_the_fastest_is_not_timed() -> None:
    """bench.steps.floor_candidates: `session-changes` at 1M, its leading VALUES form read in 0.6 s
    against 0.5 ms for substitution, disturbed the product's runs timed in turn with it."""
    from bench.steps import FLOOR_FORM_SPREAD, MIN_FLOOR_SECONDS, floor_candidates

    assert floor_candidates({"substitution": 0.0005, "constants": 0.0007, "leading VALUES": 0.6}) == [
        "substitution", "constants"]
    # reads all under the warm-up floor are compared as that long: none is left out for being 30x a 0.01 ms read
    assert floor_candidates({"substitution": 0.00001, "constants": 0.0003}) == ["substitution", "constants"]
    edge = MIN_FLOOR_SECONDS * FLOOR_FORM_SPREAD
    assert floor_candidates({"a": MIN_FLOOR_SECONDS, "b": edge, "c": edge * 1.01}) == ["a", "b"]
    assert floor_candidates({}) == []
