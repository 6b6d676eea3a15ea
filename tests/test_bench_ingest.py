"""The bench's ingest step runs and its three ways of reading the corpus (the baseline under rdflib's
store, one process, two workers) give the same triples; its times are never asserted."""

from __future__ import annotations

from pathlib import Path

from bench.steps import step_ingest


def test_the_ingest_step_reads_the_corpus_three_ways_to_the_same_triples(tmp_path: Path) -> None:
    result = step_ingest("10k", 1, tmp_path)
    assert result["same_output"] is True
    assert result["documents"] >= 20 and result["triples"] > 1000 and not result["not_documents"]
    for key in ("baseline", "one_process", "two_workers"):
        assert result[key]["cpu_seconds"] > 0 and len(result[key]["runs"]) >= 3, key


def test_a_run_of_the_ingest_step_alone_gives_its_target_and_leaves_the_others_not_measured() -> None:
    from bench import report

    rows = {name: shown for name, shown, _ in report.targets({"ingest": {"docs_per_second": 210.0}})}
    assert rows and all(shown == "not measured" for name, shown in rows.items() if "ingest" not in name)
