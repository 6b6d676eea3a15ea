"""A build killed at any point, or stopped by a full disk, changes nothing.

Real faults, no mocks: ``mandategraph build`` runs in a subprocess and gets SIGKILL, SIGTERM or
SIGINT at a random moment (seeded; the seed is in the failure message) or right after it starts
writing; the disk is filled by a file-size limit (RLIMIT_FSIZE, any user) and, when the tests run as
root, by a real tmpfs filled up to 100 kB (ENOSPC). After each fault the previous graph
is still current and answers the same, and the next build succeeds.
``MANDATEGRAPH_FAULT_KILLS`` sets how many random kills per signal (default 1).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KILLS = int(os.environ.get("MANDATEGRAPH_FAULT_KILLS", "1"))
SEED = int(os.environ.get("MANDATEGRAPH_FAULT_SEED", str(int(time.time()))))
PROBE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def make_project(root: Path) -> None:
    for part in ("ontology", "data"):
        shutil.copytree(ROOT / part, root / part)


def env_for(project: Path, build: Path) -> dict[str, str]:
    return dict(os.environ, MANDATEGRAPH_HOME=str(project), MANDATEGRAPH_BUILD=str(build))


def run(argv: list[str], env: dict[str, str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mandategraph", *argv], env=env, capture_output=True,
                          text=True, timeout=600, **kwargs)  # type: ignore[call-overload,no-any-return]


def answer(env: dict[str, str]) -> tuple[str, str]:
    """Where ``current`` points and what the graph answers (a count and one trace, through the CLI)."""
    build = Path(env["MANDATEGRAPH_BUILD"])
    probe = run(["trace", "WG.7 2013 item 2", "--format", "json"], env)
    assert probe.returncode == 0, probe.stderr
    return os.readlink(build / "current"), probe.stdout


def build_ok(env: dict[str, str]) -> None:
    done = run(["build", "--quiet"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms" in done.stdout


@pytest.fixture()
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    make_project(tmp_path)
    env = env_for(tmp_path, tmp_path / "build")
    build_ok(env)
    return tmp_path, env


def kill_during_build(env: dict[str, str], sig: signal.Signals, delay: float | None) -> int:
    """Start a build and send ``sig`` after ``delay`` seconds, or (``None``) just after it starts writing."""
    proc = subprocess.Popen([sys.executable, "-m", "mandategraph", "build"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,  # SIGINT as a terminal delivers it, even when
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # run in the background
    assert proc.stderr is not None
    if delay is None:
        for line in proc.stderr:
            if line.strip() == "write":
                break
    else:
        time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(sig)
    proc.communicate(timeout=300)
    return proc.returncode


def test_killed_builds_change_nothing(project: tuple[Path, dict[str, str]]) -> None:
    root, env = project
    before = answer(env)
    rng = random.Random(SEED)
    started = time.monotonic()
    build_ok(env)  # a second good build: its time sets the range of the random kill points
    span = time.monotonic() - started
    before = answer(env)
    outcomes = []
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
        for delay in [None] + [rng.uniform(0.2, span) for _ in range(KILLS)]:
            code = kill_during_build(env, sig, delay)
            outcomes.append((sig.name, delay, code))
            after = answer(env)
            if code == 0 or after[0] != before[0]:
                # the build finished before the signal, or was stopped after its swap (the swap is the
                # commit point; only cleanup was left): the graph it swapped in answers the same
                assert after[1] == before[1], (SEED, outcomes)
                before = after
            else:
                assert after == before, (SEED, outcomes)
    assert any(code != 0 for _, _, code in outcomes), outcomes  # at least one build was really stopped
    build_ok(env)
    assert answer(env)[1] == before[1]
    assert not list((root / "build" / "runs").glob("*.partial")), "the next build removes what a kill left"


def test_file_size_limit_is_exit_3_and_changes_nothing(project: tuple[Path, dict[str, str]]) -> None:
    root, env = project
    before = answer(env)
    dump = Path(before[0])
    limit = (root / "build" / dump / "dataset.nq").stat().st_size // 2

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    failed = run(["build", "--quiet"], env, preexec_fn=small_files)
    assert failed.returncode == 3, failed.stdout + failed.stderr
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "File too large" in lines[0] and ".partial" in lines[0], lines
    assert "Traceback" not in failed.stderr
    assert answer(env) == before
    build_ok(env)
    assert answer(env)[1] == before[1]


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 MiB tmpfs, which the test fills; root only."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a size-limited tmpfs needs root (RLIMIT_FSIZE covers the file-size case)")
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_is_exit_3_and_changes_nothing(tmp_path: Path, small_disk: Path) -> None:
    make_project(tmp_path / "project")
    env = env_for(tmp_path / "project", small_disk / "build")
    build_ok(env)
    before = answer(env)
    free = os.statvfs(small_disk)
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * max(free.f_bavail * free.f_frsize - 100_000, 0))  # leave 100 kB: not a build
    failed = run(["build", "--quiet"], env)
    assert failed.returncode == 3, failed.stdout + failed.stderr
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0], lines
    assert answer(env) == before
    assert not list((small_disk / "build" / "runs").glob("*.partial"))
    filler.unlink()  # once there is room again, the next build succeeds
    build_ok(env)
    assert answer(env)[1] == before[1]
