"""Start `mandategraph serve` on a build folder of one's own (for the tests that need their own
dataset or must change the build under a running server)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_build(build: Path, run: str, nquads: bytes) -> Path:
    """``build/runs/<run>/dataset.nq`` with ``nquads``; returns the run folder."""
    folder = build / "runs" / run
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dataset.nq").write_bytes(nquads)
    return folder


def point_current(build: Path, run: str) -> None:
    """Point ``build/current`` at ``runs/<run>`` atomically, as a build does."""
    tmp = build / "current.new"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path("runs") / run)
    os.replace(tmp, build / "current")


@contextlib.contextmanager
def running(build: Path, log: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    env = dict(os.environ, MANDATEGRAPH_BUILD=str(build))
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mandategraph", "serve", "--port", str(port),
                                 "--workers", "1", *args], stdout=out, stderr=subprocess.STDOUT,
                                env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc, log)
        yield base, proc
    finally:
        stop(proc)


def wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path, seconds: float = 180) -> None:
    """Wait until the server at ``base`` answers ``/health``; RuntimeError (with its log) if it
    exits or does not answer within ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"serve did not answer in time:\n{log.read_text()}")
        time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
