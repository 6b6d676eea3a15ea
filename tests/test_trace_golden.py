"""Golden traces of the seed agenda (data/sources/wg7-2013-provisional-agenda.txt), reviewed by eye
against the seed text once: item 1 (b) as text and --brief, item 2 as JSON, the whole agenda with its
organization of work (the eleven assignments of the annex). After a deliberate change:
MANDATEGRAPH_REGEN_GOLDEN=1 pytest tests/test_trace_golden.py, then review the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.network import project
from mandategraph.render import agenda_text, trace_json, trace_text
from mandategraph.trace import trace_agenda, trace_item

GOLDEN = Path(__file__).resolve().parent / "golden" / "trace"
REGEN = os.environ.get("MANDATEGRAPH_REGEN_GOLDEN") == "1"

CASES = [
    ("wg7-2013-item-1b.txt", lambda s, g: trace_text(trace_item(s, "WG.7 2013 item 1 (b)", g))),
    ("wg7-2013-item-1b.brief.txt", lambda s, g: trace_text(trace_item(s, "WG.7 2013 item 1 (b)", g), brief=True)),
    ("wg7-2013-item-2.json", lambda s, g: trace_json(trace_item(s, "WG.7 2013 item 2", g))),
    ("wg7-2013-agenda.txt", lambda s, g: agenda_text(trace_agenda(s, "CTOC/COP/WG.7/2013/1", g))),
]


@pytest.mark.parametrize(("name", "make"), CASES, ids=[c[0] for c in CASES])
def test_golden_trace(store: ox.Store, name: str, make) -> None:  # type: ignore[no-untyped-def]
    out = make(store, project(store)) + "\n"
    path = GOLDEN / name
    if REGEN:
        path.write_text(out, encoding="utf-8")
        pytest.skip(f"regenerated {name}")
    expected = path.read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert json.loads(out) == json.loads(expected)
    else:
        assert out.splitlines() == expected.splitlines()


def test_whole_agenda_by_body_and_year_is_the_same_agenda(store: ox.Store) -> None:
    graph = project(store)
    by_year = trace_agenda(store, "WG.7 2013", graph)
    assert by_year == trace_agenda(store, "CTOC/COP/WG.7/2013/1", graph)
    assert [t.item.label for t in by_year.items] == ["item 1", "item 1 (a)", "item 1 (b)", "item 2", "item 3",
                                                     "item 4", "item 5", "item 6"]
    assert sum(len(items) for _, items in by_year.slots) == 11


def test_trace_command_takes_a_whole_agenda(built: object, capsys: pytest.CaptureFixture[str]) -> None:
    from mandategraph.cli import main

    assert main(["trace", "CTOC/COP/WG.7/2013/1"]) == 0
    out = capsys.readouterr().out
    assert "Organization of work" in out and "item 6 — Adoption of the report  (procedural)" in out
    assert main(["trace", "WG.7 2013", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["items"]) == 8
    assert main(["trace", "WG.7 2013 item 4", "--lang", "es"]) == 0
    assert "Aplicación de las disposiciones" in capsys.readouterr().out
