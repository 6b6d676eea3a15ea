"""The on-disk store a build writes beside its dump holds the dump's quads, after a full build and
after builds that update the previous store with what changed; commands that open it answer as
the dump loaded in memory does; a rejected build leaves the current store as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import store as store_module
from mandategraph.build import build
from mandategraph.cli import main
from mandategraph.project import Layout
from mandategraph.store import DUMP, STORE, current_dir, load_dump, open_disk_store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
EXTRA = """@prefix mg: <https://w3id.org/mandategraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def quads(store: ox.Store) -> set[ox.Quad]:
    return set(store)


def on_disk(run: Path) -> set[ox.Quad]:
    disk = open_disk_store(run)
    assert disk is not None, run
    return quads(disk)


def test_the_store_holds_the_dump_after_full_and_incremental_builds(project: Layout) -> None:
    first = build(project)
    assert (first.directory / STORE / "CURRENT").is_file()
    assert on_disk(first.directory) == quads(load_dump(first.directory / DUMP))
    body = next(line.split()[0] for line in (project.curated / "bodies.ttl").read_text().splitlines()
                if line.startswith("<https://w3id.org/mandategraph/id/body/"))
    # a new file stating again a triple another graph states (the default graph keeps it once) and a new one
    (project.curated / "extra.ttl").write_text(
        EXTRA + f"{body} a mg:Body ; rdfs:comment \"a comment only this file states\"@en .\n", encoding="utf-8")
    second = build(project)
    assert second.swapped and second.changed_graphs is not None
    assert on_disk(second.directory) == quads(load_dump(second.directory / DUMP))
    assert on_disk(first.directory) == quads(load_dump(first.directory / DUMP))  # the previous one untouched
    (project.curated / "extra.ttl").unlink()  # the graph is gone, with the triple only it stated
    third = build(project)
    assert third.changed_graphs is not None
    assert on_disk(third.directory) == quads(load_dump(third.directory / DUMP)) == quads(
        load_dump(first.directory / DUMP))


def test_a_rejected_build_leaves_the_current_store_as_it_was(project: Layout) -> None:
    first = build(project)
    before = on_disk(first.directory)
    shutil.copy(SHAPES / "invalid-session-without-body.ttl", project.curated / "bad.ttl")
    rejected = build(project)
    assert not rejected.swapped and current_dir(project) == first.directory.resolve()
    assert on_disk(first.directory) == before
    assert on_disk(rejected.directory) == quads(load_dump(rejected.directory / DUMP))


def test_commands_answer_from_the_store_as_from_the_dump(project: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    build(project)
    argvs = (["trace", "WG.7 2013 item 2"], ["trace", "WG.7 2013 item 2", "--format", "json"],
             ["impact", "resolution 6/3"], ["query", "items-without-grounding", "--param", "agenda="])
    answers = {}
    for argv in argvs:
        capsys.readouterr()
        assert main(argv) in (0, 1), argv
        answers[tuple(argv)] = capsys.readouterr().out
        assert isinstance(store_module._CACHE.get((current_dir(project), 0.0, True)), ox.Store), argv
    shutil.rmtree(current_dir(project) / STORE)  # an older build's run: the dump is loaded instead
    store_module._CACHE.clear()
    for argv in argvs:
        capsys.readouterr()
        assert main(argv) in (0, 1), argv
        assert capsys.readouterr().out == answers[tuple(argv)], argv
    assert len(open_store(project, on_disk=True)) == len(load_dump(current_dir(project) / DUMP))
