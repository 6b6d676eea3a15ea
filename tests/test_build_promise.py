"""The build's promise: a build that fails, or whose graph does not conform, changes nothing.

Each case builds a conforming graph first, then breaks the inputs, and checks that the previous
graph is still current and answers the same; the CLI cases check the exit code and the one line.
"""

from __future__ import annotations

import fcntl
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import build as build_module
from mandategraph.build import BuildError, build
from mandategraph.cli import main
from mandategraph.errors import BuildLockedError, CorruptBuildError, EmptyBuildError
from mandategraph.project import Layout
from mandategraph.store import DUMP, current_dir, open_store
from mandategraph.validate import validate_built

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
ANSWER = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def answer(where: Layout) -> tuple[Path, int]:
    rows = list(open_store(where).query(ANSWER))  # type: ignore[arg-type]
    return current_dir(where), int(rows[0]["n"].value)


def test_violation_keeps_previous_and_keeps_the_new_one_aside(project: Layout,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    first = build(project)
    assert first.swapped and first.validation.conforms
    before = answer(project)
    shutil.copy(SHAPES / "invalid-session-without-body.ttl", project.curated / "bad.ttl")
    result = build(project)
    assert not result.swapped and result.validation.violations >= 1
    assert result.directory.name.endswith(".rejected") and (result.directory / DUMP).is_file()
    assert answer(project) == before
    capsys.readouterr()
    assert main(["build", "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not swapped in" in err[0] and ".rejected" in err[0], err
    assert answer(project) == before
    (project.curated / "bad.ttl").unlink()
    assert build(project).swapped and answer(project)[1] == before[1]


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_no_sources_is_refused_unless_asked(project: Layout, how: str, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    before = answer(project)
    shutil.rmtree(project.sources)
    if how == "empty":
        project.sources.mkdir()
    with pytest.raises(BuildError, match="no such folder|no source texts"):
        build(project)
    assert answer(project) == before
    capsys.readouterr()
    assert main(["build", "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(project.sources) in err[0] and "--allow-no-sources" in err[0]
    assert answer(project) == before
    result = build(project, allow_no_sources=True)  # the curated data alone (which lacks what texts say)
    assert result.sources == () and (result.directory / DUMP).is_file()
    assert result.quads < before[1]
    assert answer(project) == before or result.swapped


def test_two_texts_of_one_document_name_both_files(project: Layout) -> None:
    build(project)
    before = answer(project)
    original = project.sources / "CTOC_COP_WG.4_2010_4.txt"
    shutil.copy(original, project.sources / "CTOC_COP_WG.4_2010_4-es.txt")
    with pytest.raises(BuildError) as err:
        build(project)
    message = str(err.value)
    assert "CTOC_COP_WG.4_2010_4-es.txt" in message and str(original) in message
    assert "CTOC/COP/WG.4/2010/4" in message
    assert answer(project) == before


def test_ingest_refuses_two_texts_of_one_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = ROOT / "data" / "sources" / "CTOC_COP_WG.4_2010_4.txt"
    copy = tmp_path / "copy.txt"
    shutil.copy(original, copy)
    assert main(["ingest", str(original), str(copy), "--format", "nt", "--quiet"]) == 2
    captured = capsys.readouterr()
    assert f"{copy}: the same document" in captured.err and str(original) in captured.err
    assert captured.out.count("<https://w3id.org/mandategraph/id/doc/CTOC/COP/WG.4/2010/4>") > 0


def test_a_second_build_while_one_runs_stops_at_once(project: Layout) -> None:
    build(project)
    before = answer(project)
    with open(project.build / build_module.LOCK, "a+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242")
        held.flush()
        with pytest.raises(BuildLockedError, match="another build is running.*4242"):
            build(project)
    assert answer(project) == before
    assert build(project).swapped


def test_dead_partial_runs_are_pruned(project: Layout) -> None:
    build(project)
    dead = project.build / "runs" / "20000101T000000-1-000000.partial"
    dead.mkdir()
    (dead / DUMP).write_text("<a:b> <a:c> <a:d> .\n", encoding="utf-8")
    build(project)
    assert not dead.exists()


@pytest.mark.parametrize("damage", ["truncate-mid-line", "truncate-at-line-end", "garbage", "empty"])
def test_corrupt_dump_is_one_line(project: Layout, damage: str, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    dump = current_dir(project) / DUMP
    data = dump.read_bytes()
    cut = data[: len(data) // 2]
    dump.write_bytes({"truncate-mid-line": cut, "truncate-at-line-end": cut[: cut.rfind(b"\n") + 1],
                      "garbage": b"\x00\xff<<< not n-quads >>>\n", "empty": b""}[damage])
    with pytest.raises(CorruptBuildError, match="dataset.nq"):
        open_store(project)
    for argv in (["stats"], ["trace", "WG.7 2013 item 2"], ["validate"], ["export", "--format", "nt"]):
        capsys.readouterr()
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and str(dump) in err[0] and "Traceback" not in err[0], (argv, err)
    assert build(project).swapped
    assert len(open_store(project)) > 1000


def _replace_current_dataset(where: Layout, store: ox.Store) -> Path:
    """Make the current build hold ``store`` (its dump and the count its build.json gives)."""
    directory = current_dir(where)
    store.dump(str(directory / DUMP), format=ox.RdfFormat.N_QUADS)
    manifest = json.loads((directory / "build.json").read_text(encoding="utf-8"))
    manifest["quads"] = len(store)
    (directory / "build.json").write_text(json.dumps(manifest), encoding="utf-8")
    return directory / DUMP


@pytest.mark.parametrize("holding", ["nothing", "the ontology alone"])
def test_validate_on_an_empty_dataset_says_there_is_nothing_to_validate(
        project: Layout, holding: str, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    store = ox.Store()
    if holding == "the ontology alone":
        store.load(path=str(project.ontology), format=ox.RdfFormat.TURTLE)
    dump = _replace_current_dataset(project, store)
    for argv in (["validate"], ["validate", "--format", "json"], ["validate", "--summary"]):
        capsys.readouterr()
        assert main(argv) == 2, argv
        captured = capsys.readouterr()
        err = captured.err.strip().splitlines()
        assert len(err) == 1 and f"{dump}: nothing to validate" in err[0], (argv, err)
        assert "conforms" not in captured.out, argv
    with pytest.raises(EmptyBuildError, match="nothing to validate"):
        validate_built(project)


def test_a_build_with_nothing_to_validate_is_refused_like_no_sources(
        project: Layout, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    before = answer(project)
    empty = tmp_path / "empty-collection"
    (empty / "curated").mkdir(parents=True)
    capsys.readouterr()
    assert main(["build", "--quiet", "--data", str(empty), "--allow-no-sources"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(empty / "curated") in err[0] and "nothing to build" in err[0], err
    assert answer(project) == before
