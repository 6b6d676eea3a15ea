"""The benchmark runs end to end at 10k and mandategraph and rdflib give the same answers.

Times are never asserted: only that every measurement is there and every answer was compared."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bench.compare import AnswerMismatch, check
from bench.generate import generate

ROOT = Path(__file__).resolve().parents[1]


def test_generator_is_deterministic_and_sized() -> None:
    a, conferences = generate(10_000, seed=7)
    b, _ = generate(10_000, seed=7)
    c, _ = generate(10_000, seed=8)
    assert a == b
    assert a != c
    assert 10_000 <= len(a) < 15_000
    assert conferences == 1


def test_a_wrong_answer_stops_the_run() -> None:
    assert check("same", frozenset({1, 2}), frozenset({2, 1})) == 2
    with pytest.raises(AnswerMismatch, match="ANSWERS DIFFER"):
        check("different", frozenset({1, 2}), frozenset({1, 3}))


@pytest.mark.slow
def test_bench_10k_runs_and_answers_agree(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bench", "--scale", "10k", "--repeat", "1",
                           "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["machine"]["cores"] and results["versions"]["pyoxigraph"]
    scale = results["scales"]["10k"]
    build, query, ingest = scale["build"], scale["query"], scale["ingest"]
    assert build["conforms"], "the generated graph must pass the project's own SHACL shapes"
    for phase in ("load", "materialise", "shacl", "total"):
        assert build["phases"][phase]["seconds"] is not None
    for key in ("load", "materialise", "total"):
        assert build["baseline"][key]["seconds"] is not None
    assert build["peak_mib"] > 0
    for key in ("open", "projection", "trace", "trace_sample", "chain_sparql",
                "chain_count_networkx", "chain_count_sparql", "impact", "impact_sparql", "impact_networkx",
                "baseline_open", "baseline_chain", "baseline_chain_count", "baseline_impact"):
        assert query[key]["seconds"] is not None, key
    assert query["unchecked"] == [], "at 10k every rdflib answer must be compared"
    names = {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert set(query["named"]) == names
    for name, q in query["named"].items():
        assert q["seconds"] is not None and q["baseline"]["seconds"] is not None, name
    assert query["grounded_items"] > 50 and query["trace_item_chain"] >= 3
    assert ingest["documents"] >= 1 and ingest["docs_per_second"] > 0
    rebuild = scale["rebuild"]  # one document added: validated incrementally, the findings of a full run
    assert rebuild["same_findings"] and rebuild["document"] in rebuild["changed_graphs"]
    assert rebuild["document_quads"] > 0 and rebuild["phases"]["validate"]["cpu"] > 0
    cli = scale["cli"]  # the rebuilt run has its on-disk store: trace and query open it
    for key in ("trace_disk", "query_disk", "validate_recorded", "real_add_document", "real_trace_memory"):
        assert cli[key]["cpu_seconds"] > 0, key
    runs = scale["serve"]["runs"]  # mandategraph serve next to oxigraph serve-read-only
    assert set(runs) == {f"{q}/{c}" for q in ("simple", "mandate-chain") for c in (1, 8, 32)}
    for run in runs.values():
        assert run["mandategraph"]["requests"] > 0 and run["oxigraph"]["requests"] > 0
    assert (tmp_path / "RESULTS.md").read_text(encoding="utf-8").startswith("# mandategraph")
