"""The endpoint's throughput: ``mandategraph serve`` on loopback over the built synthetic dataset,
with concurrent clients asking for the chain of random items (SPARQL 1.1 Protocol, POST)."""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from rdflib import URIRef

from bench import compare
from bench.generate import SEED, built_path
from mandategraph.query import run, values_clause
from mandategraph.store import DUMP, load_dump

HERE = Path(__file__).resolve().parent
CLIENTS = (1, 4, 8)
SECONDS = 3.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ask(url: str, text: str) -> dict[str, Any]:
    req = urllib.request.Request(url, data=text.encode(), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as answer:
        return json.loads(answer.read())  # type: ignore[no-any-return]


def _rss_mib(pid: int) -> float:
    try:
        import psutil
    except ImportError:
        return float("nan")
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 2**20
    except psutil.Error:
        return float("nan")


def step_serve(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    if find_spec("mandategraph.commands.serve") is None:
        return {"skipped": "`mandategraph serve` does not exist yet"}

    dump = built_path(out, scale).resolve()
    current = out / f"serve-{scale}" / "current"
    current.mkdir(parents=True, exist_ok=True)
    link = current / DUMP
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(dump)
    store = load_dump(dump)
    chain = (HERE / "queries" / "chain.rq").read_text(encoding="utf-8")
    items = sorted(str(r["item"]) for r in run(store, "PREFIX mg: <https://w3id.org/mandategraph/"
                                                       "ontology#> SELECT DISTINCT ?item WHERE "
                                                       "{ ?item mg:groundedIn ?m }").rows)
    port = _free_port()
    env = dict(os.environ, MANDATEGRAPH_BUILD=str(current.parent.resolve()))
    server = subprocess.Popen([sys.executable, "-m", "mandategraph", "serve", "--port", str(port),
                               "--workers", "2", "--query-timeout", "30"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.perf_counter()
        while True:
            if server.poll() is not None:
                raise RuntimeError("serve exited: " + (server.stderr.read().decode()[-2000:]
                                                       if server.stderr else ""))
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.perf_counter() - started > 300:
                raise RuntimeError("serve did not answer /health within 300 s")
            time.sleep(0.2)
        ready = time.perf_counter() - started
        # the same answer as the embedded store
        item = items[0]
        text = chain + "\n" + values_clause({"item": URIRef(item)})
        remote = _ask(base + "/sparql", text)
        got = frozenset(b["mandate"]["value"] for b in remote["results"]["bindings"])
        local = frozenset(str(r["mandate"]) for r in run(store, chain,
                                                         bindings={"item": URIRef(item)}).rows)
        compare.check("endpoint vs embedded store (chain of one item)", got, local)
        levels = {}
        peak = 0.0
        for clients in CLIENTS:
            latencies: list[float] = []
            errors = [0]
            stop = time.perf_counter() + SECONDS
            lock = threading.Lock()

            def client(k: int, stop: float = stop, latencies: list[float] = latencies,
                       errors: list[int] = errors, lock: threading.Lock = lock) -> None:
                rng = random.Random(f"{SEED}/{k}")
                while time.perf_counter() < stop:
                    q = chain + "\n" + values_clause({"item": URIRef(rng.choice(items))})
                    t0 = time.perf_counter()
                    try:
                        _ask(base + "/sparql", q)
                    except (urllib.error.URLError, ConnectionError, TimeoutError):
                        with lock:
                            errors[0] += 1
                        continue
                    with lock:
                        latencies.append(time.perf_counter() - t0)

            threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            while any(t.is_alive() for t in threads):
                peak = max(peak, _rss_mib(server.pid))
                time.sleep(0.25)
            elapsed = time.perf_counter() - t0
            levels[str(clients)] = {
                "requests": len(latencies), "errors": errors[0],
                "requests_per_second": len(latencies) / elapsed,
                "median_latency_ms": statistics.median(latencies) * 1000 if latencies else None}
        return {"clients": levels, "startup_seconds": ready, "workers": 2,
                "server_peak_rss_mib": peak, "items": len(items)}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
