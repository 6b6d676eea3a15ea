"""One measured step per fresh process, so that its peak memory is its own.

``python -m bench.steps STEP SCALE REPEAT OUTDIR`` prints one JSON object on its last line. Within a
step the product runs first (its peak memory is taken then), the rdflib baseline after it in the
same process, and the answers of both are compared as sets (:mod:`bench.compare`).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from bench import baseline, compare
from bench.generate import SEED, built_path, dataset
from bench.measure import peak_mib, timed
from bench.params import samples, values_for
from mandategraph import iri
from mandategraph.build import load_turtle, materialise
from mandategraph.network import project
from mandategraph.project import layout
from mandategraph.query import QueryResult, named_queries, run
from mandategraph.store import load_dump, union_graph
from mandategraph.trace import trace_item
from mandategraph.validate import load_shapes, validate_store

try:
    from mandategraph.impact import impact_of
except ImportError:  # not there yet
    impact_of = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
BIG = 500_000  # above this many quads the slow rdflib baseline is run once, not ``repeat`` times


def _bench_query(name: str) -> str:
    return (HERE / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _baseline_repeat(repeat: int, quads: int) -> int:
    return 1 if quads > BIG else repeat


# ---------------------------------------------------------------------------------------- build
def step_build(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    """Load + materialise + validate the generated dataset, as ``mandategraph build`` does."""
    gen = dataset(scale, out / "data")
    lay = layout()
    shapes = load_shapes(lay.shapes)
    phases: dict[str, list[float]] = {"load": [], "materialise": [], "to_rdflib": [], "shacl": [],
                                      "total": []}
    store = report = None
    for _ in range(max(1, repeat)):
        store = None  # free the previous run's store first
        t0 = time.perf_counter()
        store = ox.Store()
        store.bulk_load(path=str(gen.path), format=ox.RdfFormat.N_QUADS)
        load_turtle(store, lay.ontology, iri.GRAPH_ONTOLOGY)
        t1 = time.perf_counter()
        materialise(store)
        t2 = time.perf_counter()
        graph = union_graph(store)
        t3 = time.perf_counter()
        report = validate_store(store, shapes, data=graph)
        t4 = time.perf_counter()
        del graph
        for key, value in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0), strict=True):
            phases[key].append(value)
    assert store is not None and report is not None
    peak = peak_mib()
    dump = built_path(out, scale)
    store.dump(str(dump), format=ox.RdfFormat.N_QUADS)
    inferred = ox.NamedNode(str(iri.GRAPH_INFERRED))
    product_inferred = compare.rows_set(
        (URIRef(q.subject.value), URIRef(q.predicate.value), URIRef(q.object.value))
        for q in store.quads_for_pattern(None, None, None, inferred))
    quads = len(store)
    del store

    brepeat = _baseline_repeat(repeat, gen.quads)
    base = {"load": [], "materialise": [], "total": []}
    ds = None
    for _ in range(brepeat):
        ds = None
        t0 = time.perf_counter()
        ds = baseline.load(gen.path, ontology=lay.ontology)
        t1 = time.perf_counter()
        baseline.materialise(ds)
        t2 = time.perf_counter()
        base["load"].append(t1 - t0)
        base["materialise"].append(t2 - t1)
        base["total"].append(t2 - t0)
    assert ds is not None
    base_inferred = compare.rows_set(ds.graph(URIRef(str(iri.GRAPH_INFERRED))))
    compare.check("materialised triples (build)", product_inferred, base_inferred)
    base_quads = sum(1 for _ in ds.quads((None, None, None, None)))
    compare.check("number of quads after materialisation", quads, base_quads)
    return {
        "generated_quads": gen.quads, "conferences": gen.conferences, "built_quads": quads,
        "inferred": len(product_inferred), "conforms": report.conforms,
        "violations": report.violations, "focus_nodes": report.focus_nodes_checked,
        "phases": {k: _med(v) for k, v in phases.items()},
        "baseline": {k: _med(v) for k, v in base.items()}, "baseline_repeat": brepeat,
        "peak_mib": peak, "peak_with_baseline_mib": peak_mib(),
    }


def _med(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    return {"seconds": ordered[len(ordered) // 2] if len(ordered) % 2 else
            (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2, "runs": values}


# ---------------------------------------------------------------------------------------- query
def step_query(scale: str, repeat: int, out: Path, timeout: float | None = None) -> dict[str, Any]:
    """Projection, trace, chain count, impact and every named query, then the same on rdflib."""
    dump = built_path(out, scale)
    if not dump.is_file():
        raise SystemExit(f"{dump}: run the build step first")
    res: dict[str, Any] = {}
    res["open"], store = timed(lambda: load_dump(dump), 1)
    res["projection"], graph = timed(lambda: project(store), repeat)

    items = sorted(n for n, d in graph.nodes(data=True) if d.get("type") == "AgendaItem")

    def chain_counts() -> dict[str, int]:
        out_ = {}
        for item in items:
            n = len(nx.descendants(graph, item))
            if n:
                out_[item] = n
        return out_

    res["chain_count_networkx"], counts_nx = timed(chain_counts, repeat)
    count_q = _bench_query("chain_count")
    res["chain_count_sparql"], counts_ox = timed(lambda: run(store, count_q), repeat)
    counts_ox_d = {str(r["item"]): int(r["n"]) for r in counts_ox.rows}
    compare.check("chain count: networkx vs SPARQL on Oxigraph", counts_nx, counts_ox_d)
    # the item with the longest chain (ties: the first IRI), and a seeded sample of items
    item = max(sorted(counts_nx), key=lambda i: counts_nx[i])
    sample = random.Random(SEED).sample(sorted(counts_nx), min(100, len(counts_nx)))
    resolution = str(iri.resolution("CTOC/COP", 1, 1))

    runs = max(repeat, 20)
    res["trace"], tr = timed(lambda: trace_item(store, item, graph), runs)
    res["trace_sample"], _ = timed(lambda: [trace_item(store, i, graph) for i in sample], repeat)
    res["trace_sample"]["seconds"] /= len(sample)
    chain_q = _bench_query("chain")
    res["chain_sparql"], chain_ox = timed(lambda: run(store, chain_q, bindings={"item": URIRef(item)}),
                                          runs)
    traced = {hop.target.iri for path in tr.paths for hop in path}
    compare.check("trace vs SPARQL chain on Oxigraph", frozenset(traced),
                  frozenset(str(r["mandate"]) for r in chain_ox.rows))
    impact_q = _bench_query("impact")
    res["impact_sparql"], impact_ox = timed(
        lambda: run(store, impact_q, bindings={"mandate": URIRef(resolution)}), runs)
    res["impact_networkx"], impact_nx = timed(
        lambda: {n for n in nx.ancestors(graph, resolution)
                 if graph.nodes[n].get("type") == "AgendaItem"}, runs)
    compare.check("impact: networkx vs SPARQL on Oxigraph", frozenset(impact_nx),
                  frozenset(str(r["item"]) for r in impact_ox.rows))
    if impact_of is not None:  # the product's impact (mandategraph impact), projection precomputed
        res["impact"], imp = timed(lambda: impact_of(store, resolution, graph), runs)
        compare.check("impact_of vs networkx", frozenset(i.item.iri for i in imp.items),
                      frozenset(impact_nx))

    values = samples(store, item, resolution)
    named: dict[str, Any] = {}
    answers: dict[str, Any] = {}
    for q in named_queries():
        params = values_for(q, values)
        m, answer = timed(lambda q=q, params=params: run(store, q, params), repeat)
        named[q.name] = m | {"params": params, "rows": len(answer)}
        answers[q.name] = (compare.answer_set(answer), q.bind(params))
    res["peak_mib"] = peak_mib()

    # ---- the baseline, same process, same questions (each stopped after ``timeout`` seconds)
    res["baseline_open"], ds = timed(lambda: baseline.load(dump), 1)
    brepeat = _baseline_repeat(repeat, len(store))
    res["baseline_repeat"] = brepeat
    unchecked: list[str] = []

    def base(key: str, fn: Callable[[], QueryResult], n: int) -> QueryResult | None:
        try:
            with baseline.deadline(timeout):
                m, answer = timed(fn, n)
        except baseline.BaselineTimeout:
            res[key] = {"seconds": None, "timed_out": timeout, "runs": []}
            unchecked.append(key)
            return None
        res[key] = m
        return answer

    counts_rdf = base("baseline_chain_count", lambda: baseline.run(ds, count_q), brepeat)
    if counts_rdf is not None:
        compare.check("chain count: Oxigraph vs rdflib", counts_ox_d,
                      {str(r["item"]): int(r["n"]) for r in counts_rdf.rows})
    chain_rdf = base("baseline_chain", lambda: baseline.run(ds, chain_q, {"item": URIRef(item)}),
                     max(brepeat, 5))
    if chain_rdf is not None:
        compare.check("chain of one item: Oxigraph vs rdflib", compare.answer_set(chain_ox),
                      compare.answer_set(chain_rdf))
    impact_rdf = base("baseline_impact",
                      lambda: baseline.run(ds, impact_q, {"mandate": URIRef(resolution)}),
                      max(brepeat, 5))
    if impact_rdf is not None:
        compare.check("impact: Oxigraph vs rdflib", compare.answer_set(impact_ox),
                      compare.answer_set(impact_rdf))
    for q in named_queries():
        expected, bindings = answers[q.name]
        answer = base(f"named:{q.name}", lambda q=q, bindings=bindings: baseline.run(
            ds, q.text, bindings), brepeat)
        named[q.name]["baseline"] = res.pop(f"named:{q.name}")
        if answer is not None:
            compare.check(f"named query {q.name}", expected, compare.answer_set(answer))
    res["unchecked"] = unchecked
    res["named"] = named
    res["items"] = len(items)
    res["grounded_items"] = len(counts_nx)
    res["trace_item"] = item
    res["trace_item_chain"] = counts_nx[item]
    res["trace_hops"] = sum(len(p) for p in tr.paths)
    res["impact_resolution"] = resolution
    res["impact_items"] = len(impact_nx)
    res["quads"] = len(store)
    res["peak_with_baseline_mib"] = peak_mib()
    return res


# ---------------------------------------------------------------------------------------- ingest
def step_ingest(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    """Ingest throughput on the real corpus texts (independent of the scale)."""
    from mandategraph.ingest import NotADocumentError, Registry, ingest_file
    from mandategraph.manifest import SourceEntry, read_manifest

    lay = layout()
    registry = Registry.load(lay.curated)
    manifest = read_manifest(lay.sources)
    texts = sorted(lay.sources.glob("*.txt"))
    failed: list[str] = []

    def once() -> int:
        triples = 0
        for path in texts:
            try:
                result = ingest_file(path, registry, manifest.get(path.name, SourceEntry()).symbol)
            except NotADocumentError:
                if path.name not in failed:
                    failed.append(path.name)
                continue
            triples += len(result.graph)
        return triples

    m, triples = timed(once, max(repeat, 3))
    docs = len(texts)
    return {"documents": docs, "not_documents": failed, "triples": triples, "pass": m,
            "docs_per_second": docs / m["seconds"] if m["seconds"] else None,
            "bytes": sum(p.stat().st_size for p in texts), "peak_mib": peak_mib()}


STEPS = {"build": step_build, "query": step_query, "ingest": step_ingest}


def main(argv: list[str]) -> int:
    name, scale, repeat, out = argv[0], argv[1], int(argv[2]), Path(argv[3])
    timeout = float(argv[4]) if len(argv) > 4 else None
    if name == "serve":
        from bench.serve import step_serve
        result = step_serve(scale, repeat, out)
    elif name == "query":
        result = step_query(scale, repeat, out, timeout)
    else:
        result = STEPS[name](scale, repeat, out)
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
