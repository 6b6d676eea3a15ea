"""Remote SPARQL stores: push the built dataset over the Graph Store Protocol, and query a remote
endpoint with the same named queries and the same answers as the embedded store.

The only module that imports SPARQLWrapper. Two standard protocols, nothing server-specific:

- **push** (SPARQL 1.1 Graph Store HTTP Protocol): every named graph of the dataset is replaced
  whole with ``PUT <graph-store>?graph=<iri>`` (an N-Triples body), so pushing twice leaves the server
  exactly as pushing once. Each body is serialised here and parsed back, and sent only if it gives
  back exactly the graph's triples: a body that is not checked is never sent, so a broken
  serialisation cannot empty a graph on the server (older Oxigraph servers cleared the graph before
  parsing a ``PUT`` body). A push that stops part-way leaves every graph either as it was or as the
  dataset has it; the next push completes it. A graph larger than ``CHUNK`` triples (and without
  blank nodes, whose labels a server reads per request) goes as a ``PUT`` of its first chunk and a
  ``POST`` (add) of each further chunk, so no more than one chunk is ever held serialised; such a
  graph stopped part-way is partial on the server until the next push. Credentials for a server
  that asks (HTTP Basic or Digest, whichever it challenges with) come from the environment
  (``MANDATEGRAPH_USER``, ``MANDATEGRAPH_PASSWORD``) or from the netrc file (``NETRC`` or
  ``~/.netrc``) entry of the server's host, never from the command line.
- **query** (SPARQL 1.1 Protocol, through SPARQLWrapper): the query text with parameters written as
  escaped constants, as on the embedded store (:func:`mandategraph.query.bind`; VALUES blocks where
  a constant cannot stand, since remote servers lack Oxigraph's SEP-0007 substitution). The query
  is sent as it is, naming no graph, when the server's default graph is the union of its named
  graphs and those are all this dataset's: its SPARQL 1.1 Service Description (``GET`` on the
  endpoint) declares ``sd:UnionDefaultGraph`` (``mandategraph serve``, ``oxigraph serve
  --union-default-graph``) and it holds no graph outside the dataset's namespace; or when the
  user says so (``server_union``). Otherwise the dataset's named graphs go as
  ``default-graph-uri``, so that the default graph is their union, as the embedded store answers.
  Results are parsed by pyoxigraph into the same terms as embedded answers.
"""

from __future__ import annotations

import http.client
import itertools
import netrc
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from mandategraph.errors import InputError
from mandategraph.query import QueryError, QueryResult, bind, collect, internal, values_clause
from mandategraph.terms import RdfTerm

if TYPE_CHECKING:
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

TIMEOUT = 60
MAX_DESCRIPTION = 1 << 20  # bytes of a service description read
_SD_FEATURE = ox.NamedNode("http://www.w3.org/ns/sparql-service-description#feature")
_SD_UNION = ox.NamedNode("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph")
CHUNK = 100_000  # triples per request when a graph is sent in parts
N_TRIPLES = "application/n-triples"
SPARQL_JSON = "application/sparql-results+json"


class RemoteError(InputError):
    """The server cannot be reached or refused; the one-line message names the URL, the HTTP status
    and the first line of the server's message."""


# ------------------------------------------------------------------ query



class Endpoint:
    """A SPARQL 1.1 query endpoint (such as Oxigraph's ``/query`` or Fuseki's ``/ds/query``) that
    :func:`mandategraph.query.run` accepts in place of the embedded store."""

    def __init__(self, url: str, *, server_union: bool = False, timeout: float = TIMEOUT) -> None:
        if not urllib.parse.urlsplit(url).scheme.startswith("http"):
            raise RemoteError(f"--endpoint {url!r}: not an http(s) URL")
        self.url = url
        self.server_union = server_union
        self.timeout = timeout
        self._graphs: tuple[str, ...] | None = None
        self._default: tuple[str, ...] | None = None  # the default-graph-uri to send (asked once)

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"

    def graphs(self) -> tuple[str, ...]:
        """The server's named graphs (asked once per Endpoint)."""
        if self._graphs is None:
            answer = self._send(internal("named_graphs.rq"), ())
            self._graphs = tuple(sorted(str(row["g"]) for row in answer.rows))
        return self._graphs

    def run_query(self, text: str, bindings: Mapping[str, RdfTerm]) -> QueryResult:
        """``text`` with ``bindings`` written in as on the embedded store (:func:`mandategraph.query.bind`),
        or as VALUES blocks (:func:`bind_values`) where that cannot be done, over the union of the
        named graphs."""
        bound = bind(text, bindings)
        return self._send(bind_values(text, bindings) if bound is None else bound, self.default_graphs())

    def default_graphs(self) -> tuple[str, ...]:
        """The graphs to send as ``default-graph-uri``: none when the server's own default graph is
        the union of this dataset's graphs (:meth:`composes_union`), else every one of them."""
        if self._default is None:
            self._default = () if self.server_union or self.composes_union() else self.graphs()
        return self._default

    def composes_union(self) -> bool:
        """Whether the plain query gives the embedded answers here: the server's service description
        declares sd:UnionDefaultGraph, and it holds no graph of another dataset (whose triples that
        union would mix in)."""
        if not self._declares_union():
            return False
        return not self._send(internal("foreign_graphs.rq"), ()).boolean

    def _declares_union(self) -> bool:
        request = urllib.request.Request(self.url, headers={"Accept": "text/turtle"})
        try:
            with opener_for(self.url).open(request, timeout=self.timeout) as response:
                if response.headers.get_content_type() != "text/turtle":
                    return False
                body = response.read(MAX_DESCRIPTION)
        except (urllib.error.URLError, OSError, http.client.HTTPException):
            return False  # no description: name the graphs, which every server understands
        try:
            triples = ox.parse(body, format=ox.RdfFormat.TURTLE, base_iri=self.url)
            return any(q.predicate == _SD_FEATURE and q.object == _SD_UNION for q in triples)
        except (SyntaxError, ValueError):
            return False

    def _send(self, text: str, default_graphs: tuple[str, ...]) -> QueryResult:
        # imported here: a command that never queries a remote endpoint does not pay for it
        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        client = SPARQLWrapper(self.url)
        client.setMethod(POST)
        client.setOnlyConneg(True)
        client.setTimeout(int(self.timeout))
        client.setQuery(text)
        graph_form = client.queryType in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat(TURTLE if graph_form else JSON)
        client.addCustomHttpHeader("Accept", N_TRIPLES if graph_form else SPARQL_JSON)
        for graph in default_graphs:
            client.addDefaultGraph(graph)
        try:
            response = client.query().response
            body = response.read()
        except SPARQLWrapperException as exc:  # 400, 401, 404, 414, 500: the message is the body
            raise _refused(self.url, exc) from exc
        except urllib.error.HTTPError as exc:
            raise RemoteError(f"{self.url} refused the query: HTTP {exc.code} "
                              f"{_first_line(exc.read())}") from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise RemoteError(f"cannot reach {self.url}: {_reason(exc)}") from exc
        try:
            if graph_form:
                return collect(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            return collect(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        except (SyntaxError, ValueError) as exc:
            raise RemoteError(f"{self.url} answered with something that is not "
                              f"{'N-Triples' if graph_form else 'SPARQL JSON results'}: {exc}") from exc


_TOKEN = re.compile(r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'\'\'(?:[^\\]|\\.)*?\'\'\'|\"\"\"(?:[^\\]|\\.)*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\s]*>)
    | (?P<open>\{) | (?P<close>\})
    | (?P<keyword>(?<![\w:?$])(?:WHERE|VALUES|SELECT|CONSTRUCT)(?![\w:]))
    | (?P<other>\S)
    """, re.VERBOSE | re.IGNORECASE)


def bind_values(text: str, bindings: Mapping[str, RdfTerm]) -> str:
    """The query with its parameters bound as Oxigraph's substitution binds them: a VALUES block
    (:func:`mandategraph.query.values_clause`) opens every group of the WHERE clause, so a parameter
    is bound wherever it is used -- in FILTERs, OPTIONALs, UNION branches, NOT EXISTS -- and in the
    results. (A VALUES clause trailing the query is joined only after the WHERE clause is evaluated:
    a FILTER on a parameter would see it unbound.) Groups holding a subquery are left to the
    subquery's own WHERE; a query whose WHERE clause cannot be found gets a trailing VALUES clause."""
    if not bindings:
        return text
    block = values_clause(bindings)
    tokens = list(_TOKEN.finditer(text))
    inserts: list[int] = []
    depth, where_depth, data_block, previous = 0, None, False, ""
    for i, m in enumerate(tokens):
        kind, word = m.lastgroup, m.group().upper()
        if kind == "comment":
            continue
        if kind == "keyword" and word == "WHERE" and depth == 0:
            if previous == "CONSTRUCT":  # CONSTRUCT WHERE { template }: no group to open
                return f"{text.rstrip()}\n{block}\n"
            where_depth = 0
        elif kind == "keyword" and word == "VALUES":
            data_block = True
        elif kind == "open":
            if data_block:  # the data of a VALUES block, not a group
                data_block = False
                depth += 1
                previous = "{"
                continue
            if where_depth is None and depth == 0 and previous not in ("CONSTRUCT",) \
                    and not any(t.lastgroup == "keyword" and t.group().upper() == "CONSTRUCT"
                                for t in tokens[:i]):
                where_depth = 0  # SELECT * { ... }, ASK { ... }: WHERE is optional
            if where_depth is not None:
                following = next((t for t in tokens[i + 1:] if t.lastgroup != "comment"), None)
                if not (following and following.group().upper() == "SELECT"):
                    inserts.append(m.end())
            depth += 1
        elif kind == "close":
            depth -= 1
            if where_depth is not None and depth == 0:
                break  # the end of the WHERE clause
        previous = word if kind == "keyword" else m.group()
    if not inserts:
        return f"{text.rstrip()}\n{block}\n"
    out, last = [], 0
    for pos in inserts:
        out += [text[last:pos], f" {block} "]
        last = pos
    return "".join(out) + text[last:]


def _refused(url: str, exc: SPARQLWrapperException) -> Exception:
    status = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
              "URITooLong": 414, "EndPointInternalError": 500}.get(type(exc).__name__, "error")
    # SPARQLWrapper puts the server's body after "Response:" in the message
    message = str(exc).split("Response:", 1)[-1]
    message = message.strip().removeprefix("b'").removeprefix('b"').rstrip("'\"")
    line = _first_line(message.encode().decode("unicode_escape", errors="replace").encode())
    if status == 400:
        return QueryError(f"{url} rejected the query: HTTP 400 {line}")
    return RemoteError(f"{url} refused the query: HTTP {status} {line}")


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    return text.splitlines()[0][:300] if text else "(no message)"


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason) or type(reason).__name__


# ------------------------------------------------------------------ push


@dataclass(frozen=True)
class PushedGraph:
    graph: str  # the graph IRI, or "default"
    triples: int
    status: int  # the server's HTTP status (201 created, 204/200 replaced)


@dataclass(frozen=True)
class PushResult:
    url: str
    graphs: tuple[PushedGraph, ...]
    seconds: float

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


_OWN_DEFAULT = "ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"


def dataset_graphs(store: ox.Store) -> list[GraphName]:
    """The named graphs of the dataset (sorted), and the default graph if it holds triples of its own.

    A build's default graph is the distinct union of its named graphs, a view that every server
    composes itself (Oxigraph's ``--union-default-graph``, Fuseki's ``unionDefaultGraph``, Virtuoso's
    default): it is not sent again, and Virtuoso's Graph Store refuses a default graph anyway."""
    graphs: list[GraphName] = sorted(store.named_graphs(), key=lambda g: str(g))
    if store.query(_OWN_DEFAULT):
        graphs.append(ox.DefaultGraph())
    return graphs


def serialise_graph(store: ox.Store, graph: GraphName) -> bytes:
    """One graph of the dataset as an N-Triples body."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""


def check_body(store: ox.Store, graph: GraphName, body: bytes) -> int:
    """Parse ``body`` back and compare it with the graph in the store: the same triples (ground
    triples as a set, those with blank nodes by count). Return the number of triples; raise
    :class:`RemoteError` on any difference."""
    name = _graph_label(graph)
    try:
        parsed = [(q.subject, q.predicate, q.object)
                  for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
    except SyntaxError as exc:
        raise RemoteError(f"graph {name}: the serialised body does not parse ({exc}); "
                          "nothing was sent for it") from exc
    expected = [(q.subject, q.predicate, q.object)
                for q in store.quads_for_pattern(None, None, None, graph)]

    def ground(triples: Sequence[tuple[object, object, object]]) -> set[tuple[object, object, object]]:
        return {t for t in triples if not any(isinstance(x, ox.BlankNode) for x in t)}

    if len(set(parsed)) != len(expected) or ground(parsed) != ground(expected):
        raise RemoteError(f"graph {name}: the serialised body gives back {len(set(parsed))} triples, "
                          f"the graph has {len(expected)}; nothing was sent for it")
    return len(expected)


def _graph_label(graph: GraphName) -> str:
    return "default" if isinstance(graph, ox.DefaultGraph) else str(graph)


def _graph_url(graph_store: str, graph: GraphName) -> str:
    query = "default" if isinstance(graph, ox.DefaultGraph) else urllib.parse.urlencode(
        {"graph": str(graph)[1:-1]})
    return f"{graph_store}{'&' if '?' in graph_store else '?'}{query}"


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) for the server at ``url``: ``MANDATEGRAPH_USER`` and ``MANDATEGRAPH_PASSWORD``,
    else the netrc entry of its host (``NETRC`` names the file; default ``~/.netrc``), else none."""
    user, password = os.environ.get("MANDATEGRAPH_USER"), os.environ.get("MANDATEGRAPH_PASSWORD")
    if user is not None and password is not None:
        return user, password
    path = os.environ.get("NETRC") or os.path.expanduser("~/.netrc")
    host = urllib.parse.urlsplit(url).hostname or ""
    if not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        raise RemoteError(f"{path}: cannot read it: {exc}") from exc
    return (entry[0], entry[2] or "") if entry else None


def opener_for(url: str) -> urllib.request.OpenerDirector:
    """An opener that answers a 401 challenge with the credentials for ``url`` (Basic or Digest)."""
    found = credentials(url)
    if found is None:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, *found)
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager),
                                       urllib.request.HTTPDigestAuthHandler(manager))


def put_graph(graph_store: str, graph: GraphName, body: bytes, timeout: float = TIMEOUT, *,
              method: str = "PUT", opener: urllib.request.OpenerDirector | None = None) -> int:
    """``PUT`` (replace) or ``POST`` (add to) one graph with one checked body; the HTTP status, or
    :class:`RemoteError`."""
    request = urllib.request.Request(_graph_url(graph_store, graph), data=body, method=method,
                                     headers={"Content-Type": N_TRIPLES})
    try:
        with (opener or opener_for(graph_store)).open(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        hint = " (set MANDATEGRAPH_USER and MANDATEGRAPH_PASSWORD, or a netrc entry)" if exc.code == 401 else ""
        raise RemoteError(f"{graph_store} refused graph {_graph_label(graph)}: HTTP {exc.code} "
                          f"{_first_line(exc.read())}{hint}") from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise RemoteError(f"cannot reach {graph_store} (pushing graph {_graph_label(graph)}): "
                          f"{_reason(exc)}") from exc


def _has_blank_nodes(store: ox.Store, graph: GraphName) -> bool:
    return any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
               for q in store.quads_for_pattern(None, None, None, graph))


def graph_chunks(store: ox.Store, graph: GraphName, size: int) -> Iterator[tuple[bytes, int]]:
    """The graph as N-Triples bodies of at most ``size`` triples each, read from the store lazily;
    each body is parsed back and compared with the triples it was made of before it is given."""
    quads = store.quads_for_pattern(None, None, None, graph)
    while batch := [ox.Triple(q.subject, q.predicate, q.object) for q in itertools.islice(quads, size)]:
        body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
        try:
            parsed = {ox.Triple(q.subject, q.predicate, q.object)
                      for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}
        except SyntaxError as exc:
            raise RemoteError(f"graph {_graph_label(graph)}: a serialised chunk does not parse ({exc}); "
                              "nothing more was sent for it") from exc
        if parsed != set(batch):
            raise RemoteError(f"graph {_graph_label(graph)}: a serialised chunk gives back {len(parsed)} triples "
                              f"of {len(batch)}; nothing more was sent for it")
        yield body, len(batch)


def push(store: ox.Store, graph_store: str, *, timeout: float = TIMEOUT, chunk: int = CHUNK,
         progress: Callable[[PushedGraph], None] = lambda _: None) -> PushResult:
    """Replace every graph of the dataset on the server at ``graph_store`` (its Graph Store
    Protocol address, such as Oxigraph's ``/store``): one checked ``PUT`` per graph, or for a graph of
    more than ``chunk`` triples a ``PUT`` of its first chunk and a ``POST`` of each further one."""
    if not urllib.parse.urlsplit(graph_store).scheme.startswith("http"):
        raise RemoteError(f"--graph-store {graph_store!r}: not an http(s) URL")
    started = time.perf_counter()
    opener = opener_for(graph_store)
    done: list[PushedGraph] = []
    for graph in dataset_graphs(store):
        if _larger_than(store, graph, chunk) and not _has_blank_nodes(store, graph):
            triples, status = 0, 0
            for number, (body, count) in enumerate(graph_chunks(store, graph, chunk)):
                code = put_graph(graph_store, graph, body, timeout, method="POST" if number else "PUT", opener=opener)
                status = status or code
                triples += count
        else:
            body = serialise_graph(store, graph)
            triples = check_body(store, graph, body)
            status = put_graph(graph_store, graph, body, timeout, opener=opener)
        pushed = PushedGraph("default" if isinstance(graph, ox.DefaultGraph) else str(graph)[1:-1],
                             triples, status)
        done.append(pushed)
        progress(pushed)
    return PushResult(graph_store, tuple(done), time.perf_counter() - started)


def _larger_than(store: ox.Store, graph: GraphName, size: int) -> bool:
    quads = store.quads_for_pattern(None, None, None, graph)
    return next(itertools.islice(quads, size, None), None) is not None
