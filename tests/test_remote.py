"""The same graph on a real SPARQL server: the `oxigraph` server binary from PyPI (test extra), started
on a free loopback port by a module fixture. No mock server: every request goes over HTTP."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import query as q
from mandategraph import remote
from mandategraph.cli import main
from mandategraph.impact import impact_of
from mandategraph.remote import Endpoint, RemoteError, push
from mandategraph.stats import stats
from mandategraph.trace import trace_item

OXIGRAPH = shutil.which("oxigraph") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``oxigraph serve`` on disk in a temporary directory; start, kill and restart on the same data."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.query_url}?query=ASK%7B%7D", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def delete(self, graph: ox.NamedNode | ox.DefaultGraph) -> None:
        query = "default" if isinstance(graph, ox.DefaultGraph) else urllib.parse.urlencode({"graph": graph.value})
        url = f"{self.store_url}?{query}"
        try:
            urllib.request.urlopen(urllib.request.Request(url, method="DELETE"), timeout=10).close()
        except urllib.error.HTTPError as exc:
            if exc.code != 404:
                raise

    def quads(self) -> set[ox.Quad]:
        """Everything the server holds, read back over the Graph Store Protocol."""
        request = urllib.request.Request(self.store_url, headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return set(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    srv = Server(tmp_path_factory.mktemp("oxigraph") / "db")
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture()
def pushed(server: Server, store: ox.Store) -> Server:
    """The server with the built dataset pushed (the state every test starts from)."""
    if server.process is None or server.process.poll() is not None:
        server.start()
    push(store, server.store_url)
    return server


def rows(result: q.QueryResult) -> set[frozenset]:
    return {frozenset(row.items()) for row in result.rows}


def example_params(named: q.NamedQuery) -> dict[str, str]:
    """A value for each parameter from its description ("e.g. X"), "" for strings without one."""
    out = {}
    for p in named.parameters:
        m = re.search(r"e\.g\.\s*(\S+)", p.description)
        value = m.group(1).rstrip(",;)") if m else ""
        out[p.name] = value.strip('"')
    return out


def named(store: ox.Store) -> set[ox.Quad]:
    """The quads of the named graphs: a build's default graph is their union, composed by the server."""
    return {q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}


def test_push_loads_every_graph_exactly(pushed: Server, store: ox.Store) -> None:
    assert pushed.quads() == named(store)


def test_push_sends_a_default_graph_only_with_triples_of_its_own() -> None:
    store = ox.Store()
    graph = ox.NamedNode("https://w3id.org/mandategraph/id/graph/x")
    triple = (ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("o"))
    store.add(ox.Quad(*triple, graph))
    store.add(ox.Quad(*triple, ox.DefaultGraph()))  # the union view: not sent
    assert remote.dataset_graphs(store) == [graph]
    store.add(ox.Quad(triple[0], triple[1], ox.Literal("own"), ox.DefaultGraph()))
    assert remote.dataset_graphs(store) == [graph, ox.DefaultGraph()]


def test_repush_is_idempotent(pushed: Server, store: ox.Store) -> None:
    before = pushed.quads()
    result = push(store, pushed.store_url)
    after = pushed.quads()
    assert after == before == named(store)
    assert len(after) == len(named(store)) == result.triples
    assert {g.status for g in result.graphs} <= {200, 204}  # replaced, not created


def test_internal_queries_give_the_embedded_rows(pushed: Server, store: ox.Store) -> None:
    from importlib.resources import files

    from rdflib import Literal, URIRef

    endpoint = Endpoint(pushed.query_url)
    item = str(q.run(store, "SELECT ?i WHERE { ?i <https://w3id.org/mandategraph/ontology#groundedIn> ?m } "
                            "ORDER BY ?i LIMIT 1").rows[0]["i"])
    for name, bindings in (("nodes.rq", {}), ("projection.rq", {}), ("projection_wide.rq", {}),
                           ("nodes_wide.rq", {}), ("items_by_notation.rq", {"key": Literal("2")}),
                           ("reach_nodes.rq", {"item": URIRef(item)}),
                           ("reach_links.rq", {"item": URIRef(item)}),
                           ("trace_context.rq", {"item": URIRef(item)}),
                           ("session_context.rq", {"session": URIRef(str(q.run(
                               store, "SELECT ?s WHERE { ?x <https://w3id.org/mandategraph/ontology#slotOf> ?s } "
                                      "ORDER BY ?s LIMIT 1").rows[0]["s"]))})):
        text = files("mandategraph").joinpath("sparql", name).read_text(encoding="utf-8")
        embedded, far = q.run(store, text, bindings=bindings), q.run(endpoint, text, bindings=bindings)
        assert embedded.rows, name
        assert rows(far) == rows(embedded), name


def test_named_queries_give_the_embedded_rows(pushed: Server, store: ox.Store) -> None:
    endpoint = Endpoint(pushed.query_url)
    named = q.named_queries()
    assert named, "no named queries in queries/"
    answered = 0
    for query in named:
        params = example_params(query)
        embedded, far = q.run(store, query, params), q.run(endpoint, query, params)
        assert far.kind == embedded.kind, query.name
        if embedded.kind == "select":
            assert rows(far) == rows(embedded), query.name
            answered += bool(embedded.rows)
        elif embedded.kind == "graph":
            assert set(far.triples) == set(embedded.triples), query.name
        else:
            assert far.boolean == embedded.boolean, query.name
    assert answered >= len(named) // 2  # most examples find something: the comparison is not vacuous


def test_bound_parameter_reaches_the_server_as_values(pushed: Server, store: ox.Store) -> None:
    """A bound item gives that item's documents only, on both sides (the VALUES clause binds)."""
    from importlib.resources import files

    from rdflib import URIRef

    text = files("mandategraph").joinpath("sparql", "item_documents.rq").read_text(encoding="utf-8")
    item = URIRef("https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2/item/2")
    far = q.run(Endpoint(pushed.query_url), text, bindings={"item": item})
    assert rows(far) == rows(q.run(store, text, bindings={"item": item}))
    assert {str(r["symbol"]) for r in far.rows} == {"CTOC/COP/WG.7/2013/2"}


def test_trace_gives_the_same_chains(pushed: Server, store: ox.Store) -> None:
    endpoint = Endpoint(pushed.query_url)
    items = [str(r["item"]) for r in q.run(store, "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
                                                  "SELECT ?item WHERE { ?item a mg:AgendaItem }").rows]
    assert len(items) >= 5
    for item in items:
        assert trace_item(endpoint, item) == trace_item(store, item), item
    assert trace_item(endpoint, "WG.7 2013 item 4") == trace_item(store, "WG.7 2013 item 4")


def test_impact_and_stats_are_the_same(pushed: Server, store: ox.Store) -> None:
    endpoint = Endpoint(pushed.query_url)
    assert impact_of(endpoint, "resolution 6/3") == impact_of(store, "resolution 6/3")
    assert stats(endpoint) == stats(store)


def test_cli_query_and_trace_with_endpoint(pushed: Server, built, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["query", "mandate-chain", "--param",
            "item=https://w3id.org/mandategraph/id/session/ctoc-cop-wg7/2/item/2", "--format", "json"]
    assert main(args) == 0
    embedded = json.loads(capsys.readouterr().out)
    assert main([*args, "--endpoint", pushed.query_url]) == 0
    far = json.loads(capsys.readouterr().out)

    def as_set(data: dict) -> set[str]:
        return {json.dumps(b, sort_keys=True) for b in data["results"]["bindings"]}

    assert embedded["results"]["bindings"] and as_set(far) == as_set(embedded)
    assert main(["trace", "WG.7 2013 item 2", "--format", "json"]) == 0
    local = capsys.readouterr().out
    assert main(["trace", "WG.7 2013 item 2", "--format", "json", "--endpoint", pushed.query_url]) == 0
    assert capsys.readouterr().out == local


def test_push_killed_part_way_then_healed(server: Server, store: ox.Store) -> None:
    if server.process is None or server.process.poll() is not None:
        server.start()
    # start from an older state of the server: the first graph only, with one triple less
    first = remote.dataset_graphs(store)[0]
    older = b"\n".join(remote.serialise_graph(store, first).splitlines()[1:]) + b"\n"
    for graph in remote.dataset_graphs(store):
        server.delete(graph)
    remote.put_graph(server.store_url, first, older)
    assert len(server.quads()) == len(list(store.quads_for_pattern(None, None, None, first))) - 1
    sent: list[str] = []

    def kill_after_first(graph: remote.PushedGraph) -> None:
        sent.append(graph.graph)
        if len(sent) == 1:
            server.kill()

    with pytest.raises(RemoteError, match=r"^cannot reach http://127\.0\.0\.1:\d+/store \(pushing graph <"):
        push(store, server.store_url, progress=kill_after_first)
    assert len(sent) == 1
    server.start()  # the same location: what was written before the kill is there
    assert set(store.quads_for_pattern(None, None, None, first)) <= server.quads()
    assert server.quads() != named(store)
    push(store, server.store_url)
    assert server.quads() == named(store)


def test_a_malformed_body_is_never_sent(pushed: Server, store: ox.Store,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    graphs = remote.dataset_graphs(store)
    target = graphs[1]
    before = pushed.quads()
    real = remote.serialise_graph

    def truncated(st: ox.Store, graph: remote.GraphName) -> bytes:
        body = real(st, graph)
        # drop the last line: still valid N-Triples that any server would take, but a graph short
        return b"".join(body.splitlines(keepends=True)[:-1]) if graph == target else body

    monkeypatch.setattr(remote, "serialise_graph", truncated)
    with pytest.raises(RemoteError, match=r"gives back \d+ triples, the graph has \d+; nothing was sent"):
        push(store, pushed.store_url)
    assert pushed.quads() == before  # the server's graph is whole: the short body never reached it
    monkeypatch.setattr(remote, "serialise_graph",
                        lambda st, g: b"<http://a> <http://b> \"unterminated" if g == target else real(st, g))
    with pytest.raises(RemoteError, match="does not parse"):
        push(store, pushed.store_url)
    assert pushed.quads() == before


def test_server_accepts_a_short_body(pushed: Server, store: ox.Store) -> None:
    """What makes the test above a proof: the server does take a short body when it is sent (and
    loses the triple), so an unchanged graph there means the body was not sent."""
    target = remote.dataset_graphs(store)[1]
    body = remote.serialise_graph(store, target)
    remote.put_graph(pushed.store_url, target, b"".join(body.splitlines(keepends=True)[:-1]))
    assert len(pushed.quads()) == len(named(store)) - 1
    push(store, pushed.store_url)
    assert pushed.quads() == named(store)


def test_unreachable_and_refusing_servers_exit_2(built, server: Server,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    closed = f"http://127.0.0.1:{free_port()}/store"
    assert main(["push", "--graph-store", closed, "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"mandategraph push: cannot reach {closed}") and "\n" not in err
    if server.process is None or server.process.poll() is not None:
        server.start()
    # the query endpoint does not take PUT: the server refuses, and says why
    assert main(["push", "--graph-store", server.query_url, "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert re.match(rf"^mandategraph push: {re.escape(server.query_url)} refused graph <\S+>: HTTP 4\d\d \S",
                    err), err
    assert "\n" not in err
    assert main(["trace", "WG.7 2013 item 2", "--endpoint", closed]) == 2
    assert "cannot reach" in capsys.readouterr().err
    assert main(["query", "mandate-chain", "--endpoint", "ftp://example.org/q"]) == 2
