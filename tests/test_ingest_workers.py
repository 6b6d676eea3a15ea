"""A batch read by worker processes gives what one process gives (the same triples of every
document, the same errors in the same order), and the light store under the emitter answers every
triple pattern and query as rdflib's default store does. Speed is measured in bench/, not here."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from mandategraph.cli import main
from mandategraph.ingest import Registry, emit, ingest_paths, workers
from mandategraph.ingest.triples import DocumentStore, document_graph

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
DEV = ROOT / "tests" / "ingest_eval" / "dev"
needs_fork = pytest.mark.skipif(not workers.can_fork(), reason="worker processes are forked")


def corpus() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


# ------------------------------------------------------------------------------------ two phases


def _prepare(item: int) -> tuple[tuple[int, int], int]:
    return (item, os.getpid()), item * item


def _finish(state: tuple[int, int], common: tuple[int, ...]) -> tuple[int, int, tuple[int, ...], int, int]:
    item, prepared_in = state
    return item, item * 10, common, prepared_in, os.getpid()


@needs_fork
@pytest.mark.parametrize("jobs", [2, 3, 7])
def test_two_phases_give_the_same_results_in_order_for_any_number_of_jobs(jobs: int) -> None:
    items = list(range(11))
    one = workers.two_phase(items, 1, _prepare, tuple, _finish)
    many = workers.two_phase(items, jobs, _prepare, tuple, _finish)
    assert [r[:3] for r in many] == [r[:3] for r in one]
    assert many[0][2] == tuple(i * i for i in items)  # the step between saw every report, in order
    assert all(r[3] == r[4] for r in many)  # each item finished where it was prepared
    assert len({r[4] for r in many}) == jobs  # this process and a worker for each other share
    assert {r[4] for r in many[::jobs]} == {os.getpid()} == {r[4] for r in one}


@needs_fork
def test_results_are_announced_as_they_arrive_and_all_once() -> None:
    seen: list[int] = []
    workers.two_phase(list(range(9)), 2, _prepare, tuple, _finish, lambda i, r: seen.append(i))
    assert sorted(seen) == list(range(9))


def _explode(state: tuple[int, int], common: object) -> int:
    if state[0] == 3:
        raise ValueError("item three is bad")
    return state[0]


@needs_fork
def test_a_failure_in_a_worker_is_raised_here_with_its_traceback() -> None:
    with pytest.raises(RuntimeError, match="item three is bad"):
        workers.two_phase(list(range(6)), 2, _prepare, tuple, _explode)


def test_a_small_batch_one_core_or_a_busy_machine_gets_one_process() -> None:
    assert workers.default_jobs(3, busy=0) == 1
    assert workers.default_jobs(workers.MIN_ITEMS_PER_JOB * 2 - 1, busy=0) == 1
    expected = min(workers.MAX_DEFAULT_JOBS, workers.cores()) if workers.can_fork() else 1
    assert workers.default_jobs(1000, busy=0) == expected
    assert workers.default_jobs(1000, busy=workers.cores()) == 1
    assert workers.default_jobs(1000, busy=workers.cores() - 0.5) == 1


# ------------------------------------------------------------------------------------ the batch


def outcome(paths: list[Path], jobs: int) -> tuple[list[tuple[str, str, str]], tuple[tuple[str, str], ...], list[str]]:
    progress: list[str] = []
    batch = ingest_paths(paths, Registry.load(ROOT / "data" / "curated"), progress=progress.append, jobs=jobs)
    return ([(r.source, str(r.graph_name), r.ntriples()) for r in batch.results], batch.errors, sorted(progress))


@needs_fork
def test_a_batch_read_by_two_workers_is_what_one_process_reads(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("Only a few words, not a United Nations document.\n", encoding="utf-8")
    # a second text of one document
    (tmp_path / "again.txt").write_bytes((SOURCES / "CTOC_COP_2018_2.txt").read_bytes())
    paths = [tmp_path / "missing.txt", *corpus(), tmp_path / "words.txt", *sorted(DEV.glob("*.txt")),
             tmp_path / "again.txt"]
    one, two = outcome(paths, 1), outcome(paths, 2)
    assert len(one[0]) > 40 and len(one[1]) == 3
    assert [e[0] for e in one[1]] == [str(tmp_path / n) for n in ("missing.txt", "words.txt", "again.txt")]
    assert two == one


def test_the_cli_takes_jobs_and_refuses_a_bad_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(p) for p in corpus()]
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.trig"
        assert main(["ingest", *files, "--jobs", jobs, "--out", str(out), "--quiet"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert main(["ingest", files[0], "--jobs", "0"]) == 2
    assert "--jobs wants a whole number of processes, 1 or more, not '0'" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ the light store


def graphs_of_one_document() -> tuple[Graph, Graph]:
    """The graph of a real corpus document on the light store, and the same triples on rdflib's default."""
    batch = ingest_paths([SOURCES / "CTOC_COP_WG.4_2010_4.txt"], Registry.load(ROOT / "data" / "curated"), jobs=1)
    light = batch.results[0].graph
    assert isinstance(light.store, DocumentStore)
    plain = Graph()
    for triple in light:
        plain.add(triple)
    return light, plain


def test_the_emitter_writes_to_the_light_store() -> None:
    assert emit.document_graph is document_graph


def test_every_triple_pattern_has_the_same_answer_as_on_rdflibs_store() -> None:
    light, plain = graphs_of_one_document()
    assert len(light) == len(plain) > 100
    s, p, o = next(t for t in plain if isinstance(t[2], Literal))
    for pattern in [(s, p, o), (s, p, None), (s, None, o), (None, p, o), (s, None, None), (None, p, None),
                    (None, None, o), (None, None, None), (URIRef("urn:none"), None, None)]:
        assert set(light.triples(pattern)) == set(plain.triples(pattern)), pattern
    query = "SELECT ?s ?o WHERE { ?s <https://w3id.org/mandategraph/ontology#documentedBy> ?o }"
    assert {tuple(r) for r in light.query(query)} == {tuple(r) for r in plain.query(query)}
    assert light.value(s, p) is not None and (s, p, o) in light


def test_the_light_store_adds_once_removes_and_survives_pickling() -> None:
    light, plain = graphs_of_one_document()
    s, p, o = next(iter(plain))
    light.add((s, p, o))
    assert len(light) == len(plain)
    copy = pickle.loads(pickle.dumps(light))
    assert set(copy) == set(plain)
    light.remove((s, None, None))
    plain.remove((s, None, None))
    assert set(light) == set(plain) and len(light) == len(plain)
    assert set(light.triples((None, p, None))) == set(plain.triples((None, p, None)))


def test_a_directory_is_read_as_its_document_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    by_dir, by_files = tmp_path / "dir.nt", tmp_path / "files.nt"
    files = [str(p) for p in sorted(SOURCES.glob("*")) if p.suffix in (".txt", ".pdf", ".docx")]
    assert main(["ingest", str(SOURCES), "--format", "nt", "--out", str(by_dir)]) == 0
    assert f"ingested {len(files)} of {len(files)} files" in capsys.readouterr().err
    assert main(["ingest", *files, "--format", "nt", "--out", str(by_files), "--quiet"]) == 0
    assert by_dir.read_bytes() == by_files.read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not a document file\n", encoding="utf-8")
    assert main(["ingest", str(empty), "--quiet"]) == 2
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(err) == 1 and str(empty) in err[0] and "no document files" in err[0]
