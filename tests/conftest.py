"""Shared fixtures: one build of the repository's data per test session, in a temporary directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.build import BuildResult, build
from mandategraph.project import Layout, layout
from mandategraph.store import open_store
from tests.serving import free_port, stop, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Layout:
    """A copy of the project's inputs (ontology, data, queries) that builds into its own directory."""
    for part in ("ontology", "data", "queries"):
        shutil.copytree(ROOT / part, tmp_path / part)
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "build"))
    monkeypatch.setenv("MANDATEGRAPH_HOME", str(tmp_path))
    return Layout(tmp_path)


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


# --- `mandategraph serve` (issue 5): one real server per test session, on a free loopback port.


@dataclass(frozen=True)
class RunningServer:
    base: str  # http://127.0.0.1:PORT
    port: int
    pid: int
    log: Path
    query_timeout: float
    read_timeout: float = 3.0


@pytest.fixture(scope="session")
def server(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """``mandategraph serve`` in a subprocess on the session build; stopped after the session."""
    port, timeout = free_port(), 2.0
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mandategraph", "serve", "--port", str(port),
             "--query-timeout", str(timeout), "--read-timeout", "3"],
            stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ), cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc, log)
    except RuntimeError as exc:
        proc.kill()
        pytest.fail(f"mandategraph {exc}")
    yield RunningServer(base, port, proc.pid, log, timeout)
    stop(proc)
