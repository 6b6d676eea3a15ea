"""The completeness dashboard (validate --summary): counts checked by hand against the edge-case
fixture, findings grouped with the shapes' own sh:message as the hint."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import SH

from mandategraph.build import BuildResult
from mandategraph.cli import main
from mandategraph.dashboard import dashboard_html, dashboard_text, summarise
from mandategraph.store import union_graph
from mandategraph.validate import load_shapes, validate_graph

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "mandategraph.shapes.ttl"
ID = "https://w3id.org/mandategraph/id/"


@pytest.fixture(scope="module")
def dashboard(edge_store: ox.Store):  # type: ignore[no-untyped-def]
    return summarise(edge_store, validate_graph(union_graph(edge_store), load_shapes(SHAPES)))


def test_session_counts_on_the_fixture(dashboard) -> None:  # type: ignore[no-untyped-def]
    rows = {s.session: s for s in dashboard.sessions}
    second = rows[ID + "session/fix-wg/2"]
    # items 2-5 are substantive, 2-4 grounded; agenda + background paper have symbols, the CRP none;
    # links: four groundings with a quoted Grounding, one documentedBy without evidence
    assert (second.items, second.grounded) == (4, 3)
    assert (second.documents, second.with_symbol) == (3, 2)
    assert (second.links, second.with_evidence) == (5, 4)
    first = rows[ID + "session/fix-wg/1"]
    assert (first.items, first.grounded, first.links, first.with_evidence) == (2, 2, 2, 0)


def test_body_rows_add_up(dashboard) -> None:  # type: ignore[no-untyped-def]
    body = next(b for b in dashboard.bodies if b.body == ID + "body/fix-wg")
    assert (body.items, body.grounded, body.documents, body.with_symbol) == (6, 5, 4, 3)
    cop = next(b for b in dashboard.bodies if b.body == ID + "body/ctoc-cop")
    assert cop.links >= 5 and cop.with_evidence == 1  # only 7/1 acts on the recommendation is quoted


def test_findings_grouped_with_the_shapes_messages(dashboard) -> None:  # type: ignore[no-untyped-def]
    templates = [re.compile(".*".join(re.escape(part) for part in re.split(r"\{[?$]\w+\}", str(m))))
                 for m in Graph().parse(SHAPES).objects(None, SH.message)]
    assert dashboard.findings and not dashboard.conforms
    for f in dashboard.findings:
        assert any(t.fullmatch(f.hint) for t in templates), f.hint
        assert f.count >= len(f.examples) >= 1
    evidence = [f for f in dashboard.findings if f.shape == "GroundingEvidenceShape"]
    assert len(evidence) == 1 and evidence[0].count == 6  # one group, not one per mandate
    assert next(f for f in dashboard.findings if f.shape == "SubstantiveItemGroundedShape").examples == (
        ID + "session/fix-wg/2/item/5",)
    assert dashboard.violations == sum(f.count for f in dashboard.findings if f.severity == "Violation")
    text = dashboard_text(dashboard)
    assert "hint: " + dashboard.findings[0].hint in text
    assert "3/4 (75%)" in text
    page = dashboard_html(dashboard)
    assert page.startswith("<!DOCTYPE html>") and "Second meeting of the Fixture Working Group" in page


def test_cli_summary(built: BuildResult, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--summary", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    wg7 = next(s for s in data["sessions"] if s["session"] == ID + "session/ctoc-cop-wg7/2")
    assert (wg7["items"], wg7["grounded"]) == (3, 3)  # items 2, 3 and 4 of the 2013 agenda
    assert data["conforms"] is True
    assert main(["validate", "--summary"]) == 0
    assert "Completeness per session" in capsys.readouterr().out
    assert main(["validate", "--format", "html"]) == 2
