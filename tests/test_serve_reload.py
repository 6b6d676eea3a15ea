"""A server answers every path from the build it loaded, and switches to a new build all at once
when `build/current` changes (or on SIGHUP): /sparql, /dataset.nq, the pages and the ETags never
mix two builds, and no request fails during the switch."""

from __future__ import annotations

import json
import shutil
import signal
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from tests.serving import make_build, point_current, running

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def quads(n: int) -> bytes:
    return b"".join(f"<urn:s:{i}> <urn:p> \"{i}\" <urn:g:{i % 3}> .\n".encode() for i in range(n))


def count(base: str) -> int:
    req = urllib.request.Request(base + "/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as response:
        return int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])


def get(base: str, path: str) -> tuple[dict[str, str], bytes]:
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return dict(response.headers), response.read()


def health(base: str) -> dict:
    return json.loads(get(base, "/health")[1])


def wait_for_build(base: str, run: str) -> None:
    deadline = time.monotonic() + 120
    while health(base)["build"] != run:
        assert time.monotonic() < deadline, f"the server never switched to {run}"
        time.sleep(0.1)


def test_every_path_switches_together(tmp_path: Path):
    build = tmp_path / "build"
    make_build(build, "A", quads(30))
    point_current(build, "A")
    with running(build, tmp_path / "serve.log", "--watch", "0.2") as (base, _):
        assert count(base) == 30
        assert get(base, "/dataset.nq")[1] == quads(30)
        etag_a = get(base, "/sparql?query=" + urllib.parse.quote(COUNT))[0]["etag"]

        # clients ask all the time while the build changes under the server
        seen: list[tuple[float, int]] = []
        errors: list[str] = []
        stop = threading.Event()

        def client() -> None:
            while not stop.is_set():
                try:
                    seen.append((time.monotonic(), count(base)))
                except OSError as exc:
                    errors.append(repr(exc))

        threads = [threading.Thread(target=client) for _ in range(4)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        make_build(build, "B", quads(45))
        point_current(build, "B")
        wait_for_build(base, "B")
        switched = time.monotonic()
        time.sleep(0.5)
        stop.set()
        for t in threads:
            t.join()

        assert errors == []
        assert {n for _, n in seen} <= {30, 45}
        assert any(n == 45 for _, n in seen)
        # once every path answers from B, nothing answers from A any more
        assert all(n == 45 for t, n in seen if t > switched + 0.05)
        assert count(base) == 45
        assert get(base, "/dataset.nq")[1] == quads(45)
        void = get(base, "/.well-known/void?format=nt")[1]
        assert b'"45"^^<http://www.w3.org/2001/XMLSchema#integer>' in void
        assert get(base, "/sparql?query=" + urllib.parse.quote(COUNT))[0]["etag"] != etag_a

        # a later build prunes B's folder: the server still serves B, whole
        shutil.rmtree(build / "runs" / "B")
        assert get(base, "/dataset.nq")[1] == quads(45)
        assert count(base) == 45


def test_sighup_reloads_and_a_broken_build_is_not_served(tmp_path: Path):
    build = tmp_path / "build"
    make_build(build, "A", quads(10))
    point_current(build, "A")
    with running(build, tmp_path / "serve.log", "--watch", "0") as (base, proc):
        make_build(build, "B", quads(20))
        point_current(build, "B")
        time.sleep(1.0)
        assert count(base) == 10  # no watching: the server keeps its build until told
        proc.send_signal(signal.SIGHUP)
        wait_for_build(base, "B")
        assert count(base) == 20
        assert get(base, "/dataset.nq")[1] == quads(20)

        make_build(build, "C", b"this is not N-Quads\n")
        point_current(build, "C")
        proc.send_signal(signal.SIGHUP)
        time.sleep(3.0)
        assert health(base)["build"] == "B"  # C cannot be loaded: B stays, whole
        assert count(base) == 20
        assert proc.poll() is None
