"""Builds are atomic: a build that fails half-way leaves the previous graph readable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import build as build_module
from mandategraph import rebuild as rebuild_module
from mandategraph.build import BuildError, build
from mandategraph.errors import EnvironmentFailure
from mandategraph.project import Layout
from mandategraph.store import DUMP, current_dir, open_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Layout:
    """A copy of the project's inputs, building into its own directory."""
    for part in ("ontology", "data"):
        shutil.copytree(ROOT / part, tmp_path / part)
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "build"))
    return Layout(tmp_path)


def quads(where: Layout) -> int:
    return len(open_store(where))


def test_build_writes_dataset_and_conforms(project: Layout) -> None:
    result = build(project)
    assert result.validation.conforms
    assert (current_dir(project) / DUMP).is_file()
    assert (current_dir(project) / "dataset.trig").is_file()
    assert quads(project) == result.quads > 1000


def test_bad_curated_file_fails_with_file_and_line_and_keeps_previous(project: Layout) -> None:
    first = build(project)
    before = current_dir(project)
    (project.curated / "broken.ttl").write_text(
        "@prefix mg: <https://w3id.org/mandategraph/ontology#> .\n<a:b> mg:venue \"Vienna .\n",
        encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(project)
    message = str(err.value)
    assert "broken.ttl" in message and "line 2" in message
    assert current_dir(project) == before
    assert quads(project) == first.quads


@pytest.mark.parametrize("full", [True, False], ids=["full", "incremental"])
def test_failure_while_writing_keeps_previous_and_leaves_no_partial(
        project: Layout, monkeypatch: pytest.MonkeyPatch, full: bool) -> None:
    first = build(project)
    before = current_dir(project)

    dump = ox.Store.dump

    def disk_full(store: ox.Store, output: object = None, *args: object, **kwargs: object) -> bytes | None:
        if output is None:  # serialising in memory (the build digests each graph), not writing
            return dump(store, output, *args, **kwargs)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    written: list[object] = []

    def trig_full(*args: object) -> None:
        written.append(args)
        raise OSError(28, "No space left on device")  # the TriG an incremental rebuild writes from its dump

    with monkeypatch.context() as patch, pytest.raises(EnvironmentFailure, match="No space left"):  # only the dump
        patch.setattr(build_module.ox.Store, "dump", disk_full)
        patch.setattr(rebuild_module, "write_trig", trig_full)
        build(project, full=full)
    assert bool(written) == (not full)  # the incremental rebuild got as far as its TriG
    assert current_dir(project) == before
    assert quads(project) == first.quads
    assert not [p for p in (project.build / "runs").iterdir() if p.name.endswith(".partial")]


def test_unreadable_source_fails_naming_it(project: Layout) -> None:
    build(project)
    (project.sources / "junk.txt").write_bytes(b"\x00\x01\x02 binary")
    with pytest.raises(BuildError, match="junk.txt"):
        build(project)


def test_rebuild_replaces_and_prunes_old_runs(project: Layout) -> None:
    counts = {build(project).quads for _ in range(4)}
    assert len(counts) == 1  # the same input gives the same graph
    assert len([p for p in (project.build / "runs").iterdir()]) <= build_module.KEEP_RUNS
