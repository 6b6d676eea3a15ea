"""Trace and the commands of the walking skeleton, run in-process, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.build import BuildResult
from mandategraph.cli import main
from mandategraph.trace import ItemNotFound, find_item, trace_item

AGENDA = "CTOC/COP/WG.7/2013/1"
ROOT = Path(__file__).resolve().parents[1]
ITEM = "https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2/item/"


def chain(store: ox.Store, item: str) -> list[list[str]]:
    return [[f"{h.relation}: {h.target.label}" for h in path] for path in trace_item(store, item).paths]


def test_item_names_people_use(store: ox.Store) -> None:
    for text in (f"{AGENDA} 2", f"{AGENDA} item 2", "WG.7 2013 item 2", ITEM + "2"):
        assert find_item(store, text) == ITEM + "2"
    assert find_item(store, f"{AGENDA} 1 (b)") == ITEM + "1b"
    with pytest.raises(ItemNotFound):
        find_item(store, f"{AGENDA} 9")


def test_item_2_chain_back_to_the_convention(store: ox.Store) -> None:
    paths = chain(store, f"{AGENDA} 2")
    expected_head = ["grounded in: recommendation: good practices in special investigative techniques (ctoc-cop-wg7)",
                     "acted on by: resolution 6/3", "continues: resolution 5/3"]
    assert all(p[:3] == expected_head for p in paths)
    assert expected_head + [
        "based on: article 32, paragraph 3, of United Nations Convention against Transnational Organized Crime",
        "part of: article 32 of United Nations Convention against Transnational Organized Crime",
        "part of: United Nations Convention against Transnational Organized Crime"] in paths
    trace = trace_item(store, f"{AGENDA} 2")
    assert trace.documents == ("CTOC/COP/WG.7/2013/2",)
    first = trace.hops[0]
    assert first.evidence[0].quote.startswith("The Conference took note of the Working Group's recommendation")
    assert first.evidence[0].document == AGENDA


def test_item_3_through_the_second_recommendation(store: ox.Store) -> None:
    paths = chain(store, f"{AGENDA} 3")
    assert {p[0] for p in paths} == {
        "grounded in: recommendation: good practices in the establishment of multi-agency centres (ctoc-cop-wg7)"}
    assert all(p[1:3] == ["acted on by: resolution 6/3", "continues: resolution 5/3"] for p in paths)


def test_item_4_is_disputed_and_says_so(store: ox.Store) -> None:
    trace = trace_item(store, f"{AGENDA} 4")
    assert [h.target.label for h in trace.hops] == ["resolution 6/4"]
    assert trace.hops[0].status == "disputed" and trace.status == "disputed"
    assert any(e.note for e in trace.hops[0].evidence)


def test_procedural_1b_still_grounded(store: ox.Store) -> None:
    labels = {h.target.label for h in trace_item(store, f"{AGENDA} 1 (b)").hops}
    assert {"resolution 6/3", "resolution 5/3"} <= labels


def test_cli_trace_text_and_json(built: BuildResult, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", AGENDA, "4"]) == 0
    out = capsys.readouterr().out
    assert "DISPUTED" in out and "In its resolution 6/4, the Conference urged" in out
    assert main(["trace", "WG.7 2013 item 2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["item"]["iri"] == ITEM + "2"
    assert data["hops"][0]["evidence"][0]["document"] == AGENDA


def test_cli_exit_codes(built: BuildResult, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["validate"]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["trace", AGENDA, "9"]) == 1
    assert main(["query", "no-such-query"]) == 2
    assert "no query named 'no-such-query'" in capsys.readouterr().err
    rq = tmp_path / "nothing.rq"
    rq.write_text("# title: t\n# question: q\n# example: none\nSELECT ?s WHERE { ?s a <urn:none> }\n")
    assert main(["query", str(rq)]) == 1
    rq.write_text("# title: t\n# question: q\n# param: item iri the item\n# example: e\n"
                  "SELECT ?item ?t WHERE { ?item <http://purl.org/dc/terms/title> ?t }\n")
    assert main(["query", str(rq)]) == 2
    assert "missing parameter 'item'" in capsys.readouterr().err
    assert main(["query", str(rq), "--param", "item=not an iri"]) == 2
    assert main(["query", str(rq), "--param", f"item={ITEM}2", "--format", "csv"]) == 0
    assert "Good practices in special investigative techniques" in capsys.readouterr().out
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "nothing-built"))
    assert main(["trace", AGENDA, "2"]) == 2
    assert "run `mandategraph build` first" in capsys.readouterr().err


def test_python_m_entry_point_and_usage_error() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mandategraph", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("mandategraph ")
    bad = subprocess.run([sys.executable, "-m", "mandategraph", "trace"], capture_output=True, text=True)
    assert bad.returncode == 2


def test_cross_document_paper_attaches_to_item_and_its_citations_are_shown(store: ox.Store) -> None:
    """CTOC/COP/WG.4/2010/4 prints "Item 5 of the provisional agenda" of the 27-29 January 2010
    meeting; its introduction says "In decision 4/4, the Conference ... acknowledged ...". The trace
    of that item shows the paper and what it cites, as context and not as a grounding."""
    trace = trace_item(store, "WG.4 2010 item 5")
    assert trace.documents == ("CTOC/COP/WG.4/2010/4",)
    cited = {(c.document, c.mandate.label, c.action) for c in trace.cited}
    assert ("CTOC/COP/WG.4/2010/4", "decision 4/4", "acknowledges") in cited
    assert all(c.quote in " ".join(Path(ROOT, "data/sources/CTOC_COP_WG.4_2010_4.txt").read_text().split())
               for c in trace.cited)
