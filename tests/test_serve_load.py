"""Load on loopback: 24 concurrent clients for a few seconds get zero errors, and the server's
memory (the web process and its query workers) stays bounded. Times are not asserted."""

from __future__ import annotations

import contextlib
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import psutil

CLIENTS = 24
SECONDS = 4.0
MAX_REQUESTS_PER_CLIENT = 400
QUERY = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
SELECT ?item ?mandate WHERE { ?item mg:groundedIn ?mandate } ORDER BY ?item ?mandate"""


def tree_rss(pid: int) -> int:
    """Resident memory of the server and all its children, in bytes."""
    proc = psutil.Process(pid)
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total


def request_for(server, n: int) -> urllib.request.Request:
    kind = n % 4
    if kind == 0:
        return urllib.request.Request(
            server.base + "/sparql", data=urllib.parse.urlencode({"query": QUERY}).encode(),
            headers={"Accept": "application/sparql-results+json"})
    if kind == 1:
        return urllib.request.Request(server.base + "/sparql?" + urllib.parse.urlencode(
            {"query": QUERY}), headers={"Accept": "text/csv"})
    if kind == 2:
        return urllib.request.Request(server.base + "/id/doc/CTOC/COP/WG.7/2013/1",
                                      headers={"Accept": "text/turtle"})
    return urllib.request.Request(server.base + "/trace?" + urllib.parse.urlencode(
        {"item": "CTOC/COP/WG.7/2013/1 item 2", "format": "json"}))


def test_concurrent_clients_get_no_errors_and_memory_stays_bounded(server):
    # warm up every kind of request once, then take the baseline
    for n in range(8):
        with urllib.request.urlopen(request_for(server, n), timeout=60) as response:
            assert response.status == 200
    baseline = tree_rss(server.pid)
    peak = baseline
    errors: list[str] = []
    done = [0] * CLIENTS
    stop_at = time.monotonic() + SECONDS

    def client(index: int) -> None:
        n = index
        while time.monotonic() < stop_at and done[index] < MAX_REQUESTS_PER_CLIENT:
            try:
                with urllib.request.urlopen(request_for(server, n), timeout=60) as response:
                    body = response.read()
                    if response.status != 200 or not body:
                        errors.append(f"{response.status} for request kind {n % 4}")
                    elif n % 4 == 0:
                        json.loads(body)  # complete JSON, not a truncated answer
            except (urllib.error.URLError, OSError, ValueError) as exc:
                errors.append(f"{type(exc).__name__}: {exc} (kind {n % 4})")
            done[index] += 1
            n += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        peak = max(peak, tree_rss(server.pid))
        time.sleep(0.2)
    for t in threads:
        t.join()
    after = tree_rss(server.pid)

    assert errors == [], errors[:10]
    assert all(count > 0 for count in done), done  # every client was served
    mib = 1024 * 1024
    assert peak < baseline + 400 * mib, (baseline // mib, peak // mib)
    assert after < baseline + 200 * mib, (baseline // mib, after // mib)
