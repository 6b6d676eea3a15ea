"""A build after a current one ingests only the sources that changed and updates the current graph
(mandategraph.rebuild): its run must hold what a full build of the same sources holds, quad for
quad in every graph (the on-disk store and the dump, the inferred and default graphs included),
with the same findings. These tests add, change and remove a source text on a copy of the
repository's data, each time comparing the incremental run with ``build(full=True)``; a change of
the curated data, an unreadable new text and a second text of a document leave it to the full build,
and a failed rebuild leaves the current graph as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.build import BuildError, BuildResult, build
from mandategraph.changes import read_index
from mandategraph.cli import main
from mandategraph.project import Layout
from mandategraph.rederive import INFERRED
from mandategraph.store import DUMP, STORE, load_dump

ADDED = "CTOC_COP_2018_2.txt"
CHANGED = "CTOC_COP_2008_19.txt"
REMOVED = "CAC_COSP_2015_10.txt"


def _materialised(result: BuildResult) -> str:
    return str(json.loads((result.directory / "build.json").read_text()).get("materialised", "fully"))


def _quads(run: Path) -> set[ox.Quad]:
    stored = set(ox.Store.read_only(str(run / STORE)))
    assert set(load_dump(run / DUMP)) == stored  # the dump holds what the store holds, and the TriG
    assert set(ox.parse(path=str(run / "dataset.trig"), format=ox.RdfFormat.TRIG)) == stored
    return stored


def same_as_full(project: Layout, incremental: BuildResult) -> set[ox.Quad]:
    """The incremental run against a full build of the same sources; the full run's quads."""
    assert _materialised(incremental) == "incrementally"
    full = build(project, full=True)
    assert _materialised(full) == "fully" and full.changed_graphs is None
    got, want = _quads(incremental.directory), _quads(full.directory)
    assert got == want, (f"{len(got - want)} quads only in the incremental run, "
                         f"e.g. {sorted(map(str, got - want))[:2]}; "
                         f"{len(want - got)} only in the full one, e.g. {sorted(map(str, want - got))[:2]}")
    assert incremental.validation == full.validation
    assert (incremental.quads, incremental.graphs) == (full.quads, full.graphs) == (len(want), full.graphs)
    index, full_index = read_index(incremental.directory), read_index(full.directory)
    assert index is not None and full_index is not None
    assert set(index["graphs"]) == set(full_index["graphs"])  # type: ignore[arg-type]
    return want


def _inferred(quads: set[ox.Quad]) -> set[ox.Triple]:
    return {q.triple for q in quads if q.graph_name == INFERRED}


def test_adding_changing_and_removing_a_source(project: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    aside = project.root / ADDED
    (project.sources / ADDED).rename(aside)
    first = build(project)
    assert _materialised(first) == "fully"
    before = _quads(first.directory)

    aside.rename(project.sources / ADDED)
    added = build(project)
    assert added.swapped and added.changed_graphs is not None and len(added.changed_graphs) == 1
    with_it = same_as_full(project, added)
    assert len(with_it) > len(before) and _inferred(with_it) != _inferred(before)

    text = (project.sources / CHANGED).read_text(encoding="utf-8").splitlines()
    (project.sources / CHANGED).write_text("\n".join(text[: len(text) * 2 // 3]) + "\n", encoding="utf-8")
    changed = build(project)
    after = same_as_full(project, changed)
    assert _inferred(after) - _inferred(with_it) or _inferred(with_it) - _inferred(after)

    (project.sources / REMOVED).unlink()
    removed = build(project)
    assert removed.changed_graphs is not None and len(removed.changed_graphs) == 1
    same_as_full(project, removed)

    unchanged = build(project)  # nothing changed: a run like the current one
    assert unchanged.changed_graphs == () and _quads(unchanged.directory) == _quads(removed.directory)

    capsys.readouterr()
    assert main(["build", "--quiet", "--full"]) == 0
    assert json.loads((project.build / "current" / "build.json").read_text())["validated"] == "fully"


def test_what_the_incremental_rebuild_leaves_to_a_full_build(project: Layout) -> None:
    build(project)
    curated = sorted(project.curated.glob("*.ttl"))[0]
    curated.write_text(curated.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert _materialised(build(project)) == "fully"  # the curated files (the registry) changed

    (project.sources / "copy.txt").write_bytes((project.sources / ADDED).read_bytes())
    with pytest.raises(BuildError, match="copy.txt"):  # a second text of one document: named by the full build
        build(project)
    (project.sources / "copy.txt").unlink()


def test_a_failed_rebuild_leaves_the_current_graph(project: Layout) -> None:
    build(project)
    current = (project.build / "current").resolve()
    quads = _quads(current)
    (project.sources / "junk.txt").write_bytes(b"\x00\x01\x02 binary")
    with pytest.raises(BuildError, match="junk.txt"):
        build(project)
    assert (project.build / "current").resolve() == current and _quads(current) == quads
    assert not list((project.build / "runs").glob("*.partial"))


def test_run_names_sort_in_the_order_the_runs_were_made() -> None:
    """The build keeps the last runs by name: names made within one second sort as they were made
    (the sub-millisecond suffix they had sorted at random, and a run a test still read was pruned)."""
    from mandategraph.rebuild import run_name

    names = [run_name() for _ in range(300)]
    assert names == sorted(names) and len(set(names)) == len(names)
    assert all("." not in name for name in names)  # a dot marks .partial and .rejected runs
