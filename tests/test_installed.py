"""An installed mandategraph works with no checkout: `pip install <checkout>` into a fresh virtualenv,
then the commands run from a folder far from the checkout, answering from the dataset the wheel
ships, and `build --data DIR` builds a collection of one's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mandategraph.build import BuildResult

ROOT = Path(__file__).resolve().parents[1]
ITEM = "CTOC/COP/WG.7/2013/1 item 2"  # the `answers` helper makes "WG.7 2013 item 2" parse too


@dataclass(frozen=True)
class Installed:
    bin: Path
    home: Path  # HOME of the user: the user's build directory is under it
    elsewhere: Path  # a folder outside the checkout to run commands in

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": f"{self.bin}{os.pathsep}/usr/bin:/bin", "HOME": str(self.home), "LANG": "C.UTF-8",
               "PYTHONIOENCODING": "utf-8"}
        return subprocess.run([str(self.bin / "mandategraph"), *args], cwd=self.elsewhere, env=env,
                              capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    done = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(ROOT)], cwd=base,
                          capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    (base / "home").mkdir()
    (base / "elsewhere").mkdir()
    yield Installed(venv / "bin", base / "home", base / "elsewhere")
    shutil.rmtree(base, ignore_errors=True)


@pytest.mark.slow
def test_the_package_is_imported_from_the_virtualenv_not_the_checkout(installed: Installed) -> None:
    done = subprocess.run([str(installed.bin / "python"), "-c", "import mandategraph; print(mandategraph.__file__)"],
                          cwd=installed.elsewhere, capture_output=True, text=True, timeout=120,
                          env={"HOME": str(installed.home)})
    where = Path(done.stdout.strip())
    assert where.is_file() and ROOT not in where.parents and "site-packages" in where.parts


@pytest.mark.slow
def test_trace_from_any_folder_prints_the_chain_of_the_checkout(installed: Installed, built: BuildResult,
                                                               build_dir: Path) -> None:
    there = installed.run("trace", ITEM)
    assert there.returncode == 0, there.stderr
    here = subprocess.run([str(Path(sys.executable).parent / "mandategraph"), "trace", ITEM], capture_output=True,
                          text=True, timeout=600, env={**os.environ, "MANDATEGRAPH_BUILD": str(build_dir)})
    assert "grounded in:" in there.stdout and "resolution 6/3" in there.stdout
    assert there.stdout == here.stdout


@pytest.mark.slow
def test_named_queries_and_validation_ship_too(installed: Installed) -> None:
    listed = installed.run("query", "--list")
    assert listed.returncode == 0 and "mandate-chain" in listed.stdout
    report = installed.run("validate")
    assert report.returncode == 0 and report.stdout.startswith("conforms")
    shipped = installed.run("query", "documents-per-item", "--param", "agenda=CTOC/COP/WG.4/2010/1", "--format", "csv")
    assert "CTOC/COP/WG.4/2010/4" in shipped.stdout  # the repository's whole graph, before any build of one's own


@pytest.mark.slow
def test_build_data_builds_a_collection_of_ones_own(installed: Installed) -> None:
    collection = installed.elsewhere / "my-collection"
    (collection / "sources").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "curated", collection / "curated")
    for name in ("wg7-2013-provisional-agenda.txt", "manifest.toml"):
        shutil.copy(ROOT / "data" / "sources" / name, collection / "sources" / name)

    built = installed.run("build", "--data", "my-collection")
    assert built.returncode == 0, built.stderr
    assert "from 1 source texts" in built.stdout
    assert (installed.home / ".local" / "share" / "mandategraph" / "build" / "current" / "dataset.nq").is_file()
    trace = installed.run("trace", ITEM)
    assert trace.returncode == 0 and "grounded in:" in trace.stdout
    # the user's build answers now: it holds one source text, so the CTOC/COP/WG.4 paper is not there
    other = installed.run("query", "documents-per-item", "--param", "agenda=CTOC/COP/WG.4/2010/1", "--format", "csv")
    assert "CTOC/COP/WG.4/2010/4" not in other.stdout

    missing = installed.run("build", "--data", "no-such-folder")
    assert missing.returncode == 2 and "no-such-folder" in missing.stderr
