"""Shared fixtures: one build of the repository's data per test session, in a temporary directory."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.build import BuildResult, build
from mandategraph.project import Layout, layout
from mandategraph.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test builds into this directory, never into the repository's build/."""
    path = tmp_path_factory.mktemp("build")
    os.environ["MANDATEGRAPH_BUILD"] = str(path)
    return path


@pytest.fixture(scope="session")
def built(build_dir: Path) -> BuildResult:
    return build()


@pytest.fixture(scope="session")
def store(built: BuildResult) -> ox.Store:
    return open_store()


@pytest.fixture(scope="session")
def repo_layout(build_dir: Path) -> Layout:
    return layout()


@pytest.fixture(scope="session")
def edge_store() -> ox.Store:
    """The small edge-case graph of tests/fixtures/queries/ (two paths, a cycle of mg:continues,
    two resolutions numbered 6/3 of different bodies), with the ontology, materialised."""
    from mandategraph import iri
    from mandategraph.build import materialise

    store = ox.Store()
    store.load(path=str(ROOT / "ontology" / "mandategraph.ttl"), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.GRAPH_ONTOLOGY)))
    for path in sorted((FIXTURES / "queries").glob("*.trig")):
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    materialise(store)
    return store
