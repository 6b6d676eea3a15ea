"""The per-document limit of CPU time and memory in ``ingest`` and ``build``: a document that really
goes over a lowered limit (a huge but valid text) is not read and named on one line, the others are
still read, the exit code is 2, and the process's own limits are as they were afterwards.

No mock: the huge text would take seconds of CPU and tens of MiB; the limits are set well above
what the corpus texts take (about 0.03 s each) and far below what the huge one needs.
"""

from __future__ import annotations

import resource
import shutil
import signal
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.build import BuildError, build
from mandategraph.cli import main
from mandategraph.errors import InputError
from mandategraph.ingest import Registry, ingest_paths
from mandategraph.limits import DocumentLimits, OverLimitError, document_limits
from mandategraph.project import Layout
from mandategraph.store import current_dir

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "data" / "sources" / "CTOC_COP_WG.4_2010_4.txt"
PARAGRAPH = "\n\n1. The Conference recalled resolution 6/3 and requested the Secretariat to continue its work."
CPU = "0.5"  # seconds: the huge text needs about 30 (a corpus text 0.03)


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid UN document text of 4 MB: the corpus text and 40,000 numbered paragraphs."""
    path = tmp_path_factory.mktemp("huge") / "huge-report.txt"
    path.write_text(SMALL.read_text(encoding="utf-8") + PARAGRAPH * 40_000, encoding="utf-8")
    return path


def one_line_naming(err: str, culprit: Path, option: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert str(culprit) in lines[0] and option in lines[0] and "Traceback" not in err, lines


@pytest.mark.parametrize(("option", "value"), [("--document-cpu", CPU), ("--document-memory", "20")])
def test_ingest_skips_the_document_over_the_limit_and_reads_the_others(
        huge: Path, tmp_path: Path, option: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.nt"
    other = "--document-memory" if option == "--document-cpu" else "--document-cpu"
    code = main(["ingest", str(huge), str(SMALL), "--format", "nt", "--out", str(out), "--quiet",
                 option, value, other, "0"])
    assert code == 2
    one_line_naming(capsys.readouterr().err, huge, option)
    graph = list(ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES))
    assert any(q.subject.value.endswith("/doc/CTOC/COP/WG.4/2010/4") for q in graph)  # the other one was read


def test_the_limits_are_restored_after_each_document(huge: Path) -> None:
    limits_before = resource.getrlimit(resource.RLIMIT_AS)
    handler_before = signal.getsignal(signal.SIGPROF)
    registry = Registry.load(ROOT / "data" / "curated")
    batch = ingest_paths([huge, SMALL], registry, limits=DocumentLimits(float(CPU), 20))
    assert [name for name, _ in batch.errors] == [str(huge)]
    assert [r.source for r in batch.results] == [SMALL.name]
    assert resource.getrlimit(resource.RLIMIT_AS) == limits_before
    assert signal.getsignal(signal.SIGPROF) == handler_before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    bytes_after = bytearray(64 << 20)  # 64 MiB, over the 20 MiB the documents had: no limit left behind
    assert len(bytes_after) == 64 << 20


def test_the_cpu_a_document_took_before_counts(huge: Path) -> None:
    # the limit covers the whole document: what an earlier step took is deducted
    with pytest.raises(OverLimitError, match="huge-report.txt.*1 s of CPU"), \
            document_limits(str(huge), DocumentLimits(1.0, 0), cpu_used=0.99):
        while True:
            pass


@pytest.mark.parametrize(("cpu", "memory", "culprit"), [(-1.0, 10, "--document-cpu -1"),
                                                         (float("nan"), 10, "--document-cpu nan"),
                                                         (1.0, -5, "--document-memory -5")])
def test_bad_limits_are_bad_input(cpu: float, memory: int, culprit: str) -> None:
    with pytest.raises(InputError, match=culprit):
        DocumentLimits(cpu, memory)


def test_build_names_the_document_over_the_limit_and_changes_nothing(
        huge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for part in ("ontology", "data"):
        shutil.copytree(ROOT / part, tmp_path / part)
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "build"))
    monkeypatch.setenv("MANDATEGRAPH_HOME", str(tmp_path))
    project = Layout(tmp_path)
    assert build(project).swapped
    before = current_dir(project)
    shutil.copy(huge, project.sources / huge.name)
    with pytest.raises(BuildError, match=f"{project.sources / huge.name}: not read: over the limit"):
        build(project, limits=DocumentLimits(float(CPU), 0))
    capsys.readouterr()
    assert main(["build", "--quiet", "--document-cpu", CPU]) == 2
    one_line_naming(capsys.readouterr().err, project.sources / huge.name, "--document-cpu")
    assert current_dir(project) == before
