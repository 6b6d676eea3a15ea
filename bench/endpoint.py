"""Endpoint throughput: `mandategraph serve` next to `oxigraph serve-read-only` (the `oxigraph`
package of the test extras), on the same dump, on the same machine, in the same run.

    python -m bench.endpoint [--dump build/current/dataset.nq] [--seconds 4] [--out FILE.json]

Two queries over the SPARQL 1.1 Protocol (POST application/sparql-query, JSON results), each at 1, 8
and 32 concurrent clients with keep-alive connections: a *simple* query (one agenda item's
notation) and the named query `mandate-chain` bound to an item with VALUES. Both servers use every
graph as the default graph. Before timing, the two servers' answers are compared as sets.
The client runs in this process (threads), so it shares the CPU with both servers: the ratio is
the figure to read, not the absolute rate. The two servers are measured in alternating slices (the
load of a shared machine drifts), and each server's CPU seconds per request are given too. The
bench's ``serve`` step runs :func:`compare` on the generated graph of its scale.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from rdflib import URIRef

from mandategraph.query import named_queries, values_clause
from mandategraph.store import DUMP, current_dir, load_dump

CLIENTS = (1, 8, 32)
SIMPLE = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?notation WHERE { ?item skos:notation ?notation }"""
ITEMS = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
SELECT DISTINCT ?item WHERE { ?item mg:groundedIn ?m } ORDER BY ?item"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer in time")
        time.sleep(0.2)


class Client:
    """One keep-alive connection that POSTs queries and returns the parsed JSON."""

    def __init__(self, port: int, path: str) -> None:
        self.port, self.path = port, path
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def ask(self, text: str) -> dict[str, Any]:
        for attempt in range(2):
            try:
                self.conn.request("POST", self.path, body=text.encode(), headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json"})
                response = self.conn.getresponse()
                body = response.read()
                if response.status != 200:
                    raise RuntimeError(f"{response.status}: {body[:200]!r}")
                return json.loads(body)  # type: ignore[no-any-return]
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt:
                    raise
        raise AssertionError("unreachable")


def _rows(answer: dict[str, Any]) -> frozenset[tuple[tuple[str, str], ...]]:
    return frozenset(tuple(sorted((k, v["value"]) for k, v in b.items()))
                     for b in answer["results"]["bindings"])


def measure(port: int, path: str, texts: list[str], clients: int, seconds: float,
            connections: list[Client] | None = None, seed: int = 0) -> dict[str, Any]:
    """``clients`` keep-alive clients asking random ``texts`` for ``seconds`` (on ``connections``
    opened earlier, when given)."""
    done = [0] * clients
    errors: list[str] = []
    latencies: list[list[float]] = [[] for _ in range(clients)]
    stop = time.perf_counter() + seconds

    def run(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        client = connections[k] if connections else Client(port, path)
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            try:
                client.ask(rng.choice(texts))
            except (OSError, RuntimeError, ValueError) as exc:
                errors.append(str(exc))
                continue
            latencies[k].append(time.perf_counter() - t0)
            done[k] += 1

    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    flat = sorted(x for xs in latencies for x in xs)
    return {"requests": sum(done), "errors": len(errors), "per_second": sum(done) / elapsed,
            "median_ms": flat[len(flat) // 2] * 1000 if flat else None,
            "first_error": errors[0] if errors else None, "elapsed": elapsed, "latencies": flat}


def _cpu_seconds(pid: int) -> float:
    """CPU seconds used so far by a process and its children (the server and its workers), counting
    the children it has already waited for: a worker killed at the query time limit and reaped takes its
    CPU time into its parent's ``children_user``/``children_system``, so the total never falls (before,
    a killed worker's time left the sum, and a 1M row's CPU per query came out negative)."""
    try:
        import psutil
    except ImportError:
        return float("nan")
    total = 0.0
    try:
        proc = psutil.Process(pid)
        for n, p in enumerate([proc, *proc.children(recursive=True)]):
            with contextlib.suppress(psutil.Error):
                times = p.cpu_times()
                total += times.user + times.system
                if n == 0:  # only the server's own: a live child's reaped children are in its own times
                    total += times.children_user + times.children_system
    except psutil.Error:
        return float("nan")
    return total


def cpu_spent(before: float, after: float) -> float:
    """CPU seconds between two readings of :func:`_cpu_seconds`; unknown (NaN) rather than a negative
    number when a child exited between them without being waited for (its time is then lost)."""
    spent = after - before
    return spent if spent >= 0 else float("nan")


def interleaved(servers: dict[str, tuple[subprocess.Popen[bytes], int, str]], texts: list[str],
                clients: int, seconds: float, slices: int = 4) -> dict[str, Any]:
    """Each server in turn for ``seconds / slices``, ``slices`` times, each round beginning with
    the next server: on a shared machine the load drifts, and alternating short slices gives both
    servers the same conditions. Requests per second over all slices, the median latency, and the
    servers' CPU seconds per request."""
    totals = {name: {"requests": 0, "errors": 0, "elapsed": 0.0, "cpu": 0.0, "latencies": [],
                     "first_error": None} for name in servers}
    connections = {name: [Client(port, path) for _ in range(clients)]
                   for name, (_, port, path) in servers.items()}  # kept open across the slices
    order = list(servers.items())
    for n in range(slices):
        # the first server of a round was measured faster in A/B runs of one server against
        # itself: each round starts with the next server
        for name, (proc, port, path) in order[n % len(order):] + order[:n % len(order)]:
            cpu = _cpu_seconds(proc.pid)
            got = measure(port, path, texts, clients, seconds / slices, connections[name], seed=n)
            t = totals[name]
            t["cpu"] += cpu_spent(cpu, _cpu_seconds(proc.pid))
            for key in ("requests", "errors", "elapsed"):
                t[key] += got[key]
            t["latencies"] += got["latencies"]
            t["first_error"] = t["first_error"] or got["first_error"]
    for conns in connections.values():
        for conn in conns:
            conn.conn.close()
    out = {}
    for name, t in totals.items():
        flat = sorted(t["latencies"])
        out[name] = {"requests": t["requests"], "errors": t["errors"],
                     "per_second": t["requests"] / t["elapsed"] if t["elapsed"] else 0.0,
                     "median_ms": flat[len(flat) // 2] * 1000 if flat else None,
                     "cpu_ms_per_request": (t["cpu"] / t["requests"] * 1000
                                            if t["requests"] and not math.isnan(t["cpu"]) else None),
                     "first_error": t["first_error"]}
    return out


def ratio(row: dict[str, Any]) -> float | None:
    """mandategraph's queries per second over oxigraph's; None (unknown) when oxigraph answered no
    query in the slices (every request of it timed out or failed): a rate of zero has no ratio."""
    theirs = row["oxigraph"]
    if not theirs["requests"] or not theirs["per_second"]:
        return None
    return float(row["mandategraph"]["per_second"] / theirs["per_second"])


def _tree_rss_mib(pid: int) -> float:
    try:
        import psutil
    except ImportError:
        return float("nan")
    try:
        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20
    except psutil.Error:
        return float("nan")


def compare(dump: Path, seconds: float = 4.0, workers: int = 2,
            chain_seconds: float | None = None) -> dict[str, Any]:
    """Both servers on ``dump``: their answers compared, then each workload at each number of
    clients, one server after the other; requests per second, median latency, the ratio (None when
    oxigraph answered nothing). ``seconds`` per server and workload, in four slices;
    ``chain_seconds`` for `mandate-chain` (default ``seconds``: at 1M one answer takes seconds, so
    its slices need to be longer than one answer)."""
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    store = load_dump(dump)
    items = [str(s["item"].value) for s in store.query(ITEMS, use_default_graph_as_union=True)]
    chain = next(q for q in named_queries() if q.name == "mandate-chain").text
    workload = {
        "simple": [SIMPLE + "\n" + values_clause({"item": URIRef(i)}) for i in items],
        "mandate-chain": [chain + "\n" + values_clause({"item": URIRef(i)}) for i in items],
    }
    quads = len(store)
    del store
    with tempfile.TemporaryDirectory(prefix="mg-endpoint-") as tmp:
        root = Path(tmp)
        (root / "build" / "runs" / "bench").mkdir(parents=True)
        os.symlink(dump, root / "build" / "runs" / "bench" / DUMP)
        os.symlink(Path("runs") / "bench", root / "build" / "current")
        subprocess.run([oxigraph, "load", "--location", str(root / "ox"), "--file", str(dump)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        mg_port, ox_port = _free_port(), _free_port()
        env = dict(os.environ, MANDATEGRAPH_BUILD=str(root / "build"))
        servers = {
            "mandategraph": (subprocess.Popen(
                [sys.executable, "-m", "mandategraph", "serve", "--port", str(mg_port), "--workers",
                 str(workers), "--query-timeout", "30", "--per-client", "64"], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), mg_port, "/sparql"),
            "oxigraph": (subprocess.Popen(
                [oxigraph, "serve-read-only", "--location", str(root / "ox"), "--bind",
                 f"127.0.0.1:{ox_port}", "--union-default-graph"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), ox_port, "/query"),
        }
        try:
            started = time.perf_counter()
            _wait(f"http://127.0.0.1:{mg_port}/health", servers["mandategraph"][0])
            startup = time.perf_counter() - started
            _wait(f"http://127.0.0.1:{ox_port}/", servers["oxigraph"][0])
            for name, texts in workload.items():  # the same answers from both
                for text in texts[:5]:
                    answers = {k: _rows(Client(port, path).ask(text))
                               for k, (_, port, path) in servers.items()}
                    if answers["mandategraph"] != answers["oxigraph"]:
                        raise SystemExit(f"{name}: the two servers answer differently")
            results: dict[str, Any] = {"dump": str(dump), "quads": quads, "items": len(items),
                                       "cpus": os.cpu_count(), "seconds": seconds,
                                       "workers": workers, "startup_seconds": startup,
                                       "load_average_at_start": os.getloadavg(), "runs": {}}
            for name, texts in workload.items():
                for clients in CLIENTS:
                    for _, port, path in servers.values():
                        measure(port, path, texts, 1, 0.3)  # warm up
                    span = seconds if name != "mandate-chain" or chain_seconds is None else chain_seconds
                    row: dict[str, Any] = interleaved(servers, texts, clients, span)
                    row["ratio"] = ratio(row)
                    row["seconds"] = span
                    results["runs"][f"{name}/{clients}"] = row
                    shown = "unknown" if row["ratio"] is None else f"{row['ratio']:.2f}"
                    print(f"{name:14} {clients:3} clients  mandategraph {row['mandategraph']['per_second']:8.1f}/s"
                          f"  oxigraph {row['oxigraph']['per_second']:8.1f}/s  ratio {shown}"
                          f"  errors {row['mandategraph']['errors']}/{row['oxigraph']['errors']}",
                          file=sys.stderr, flush=True)
            results["server_rss_mib"] = _tree_rss_mib(servers["mandategraph"][0].pid)
        finally:
            for proc, _, _ in servers.values():
                proc.terminate()
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    proc.kill()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.endpoint", description=__doc__)
    parser.add_argument("--dump", type=Path, help="N-Quads dump (default: the current build)")
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--chain-seconds", type=float, help="seconds for mandate-chain (default --seconds)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    results = compare((args.dump or current_dir() / DUMP).resolve(), args.seconds, args.workers,
                      args.chain_seconds)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
