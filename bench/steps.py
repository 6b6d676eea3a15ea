"""One measured step per fresh process, so that its peak memory is its own.

``python -m bench.steps STEP SCALE REPEAT OUTDIR`` prints one JSON object on its last line. Within a
step the product runs first (its peak memory is taken then), the rdflib baseline after it in the
same process, and the answers of both are compared as sets (:mod:`bench.compare`).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from bench import baseline, compare
from bench.generate import SEED, built_path, dataset
from bench.measure import interleaved, peak_mib, timed
from bench.params import samples, values_for
from mandategraph import changes, iri
from mandategraph.build import (
    load_turtle,
    materialise,
    starting_point,
    swap,
    union_as_default_graph,
    validate_build,
    write_run,
)
from mandategraph.files import file_digest
from mandategraph.network import project
from mandategraph.project import Layout, layout
from mandategraph.query import QueryResult, bind, inline, internal, leading_values, named_queries, run
from mandategraph.rebuild import read_sources, rebuild_run, write_sources
from mandategraph.store import DUMP, STORE, load_dump, union_graph
from mandategraph.terms import to_ox
from mandategraph.trace import trace_item
from mandategraph.validate import load_shapes, validate_graph, validate_store

try:
    from mandategraph.impact import impact_of
except ImportError:  # not there yet
    impact_of = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
REFERENCE_UPDATE = HERE.parent / "tests" / "fixtures" / "materialise" / "reference.ru"
BIG = 500_000  # above this many quads the slow rdflib baseline is run once, not ``repeat`` times


def _bench_query(name: str) -> str:
    return (HERE / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _loaded(path: Path, lay: Layout) -> ox.Store:
    """The generated graphs (what ingest gives a build) and the ontology in a new store, loaded as the
    build loads ingested graphs (a transaction, lenient: pyoxigraph's own serialisation)."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
    load_turtle(store, lay.ontology, iri.GRAPH_ONTOLOGY)
    return store


def _baseline_repeat(repeat: int, quads: int) -> int:
    return 1 if quads > BIG else repeat


# ---------------------------------------------------------------------------------------- build
def step_build(scale: str, repeat: int, out: Path, timeout: float | None = None) -> dict[str, Any]:
    """Load + materialise + validate the generated dataset, as ``mandategraph build`` does; the
    inferred triples compared with the earlier form of materialise.ru, the findings with pySHACL's."""
    gen = dataset(scale, out / "data")
    lay = layout()
    shapes = load_shapes(lay.shapes)
    phases: dict[str, list[float]] = {"load": [], "materialise": [], "shacl": [], "total": []}
    cpu: dict[str, list[float]] = {k: [] for k in phases}
    store = report = None
    for _ in range(max(1, repeat)):
        store = None  # free the previous run's store first
        c0, t0 = time.process_time(), time.perf_counter()
        store = _loaded(gen.path, lay)
        c1, t1 = time.process_time(), time.perf_counter()
        materialise(store)
        c2, t2 = time.process_time(), time.perf_counter()
        report = validate_store(store, shapes)
        c3, t3 = time.process_time(), time.perf_counter()
        for key, value, used in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t3 - t0),
                                    (c1 - c0, c2 - c1, c3 - c2, c3 - c0), strict=True):
            phases[key].append(value)
            cpu[key].append(used)
    assert store is not None and report is not None
    peak = peak_mib()
    dump = built_path(out, scale)
    store.dump(str(dump), format=ox.RdfFormat.N_QUADS)
    inferred = ox.NamedNode(str(iri.GRAPH_INFERRED))
    product_inferred = compare.rows_set(
        (URIRef(q.subject.value), URIRef(q.predicate.value), URIRef(q.object.value))
        for q in store.quads_for_pattern(None, None, None, inferred))
    quads = len(store)

    # the earlier form of the update (FILTER NOT EXISTS where materialise.ru has MINUS): same triples
    # (above BIG it takes minutes: run once outside the bench, see NOTES.md)
    reference_seconds = None
    if gen.quads <= BIG:
        earlier = _loaded(gen.path, lay)
        t0 = time.perf_counter()
        earlier.update(REFERENCE_UPDATE.read_text(encoding="utf-8"))
        reference_seconds = time.perf_counter() - t0
        store.clear_graph(inferred)
        store.update(internal("materialise.ru"))
        compare.check("materialise.ru vs its earlier form (inferred triples before statuses)",
                      frozenset(q.triple for q in store.quads_for_pattern(None, None, None, inferred)),
                      frozenset(q.triple for q in earlier.quads_for_pattern(None, None, None, inferred)))
        del earlier

    # pySHACL alone on an rdflib copy, the reference engine: the same findings
    shacl_base: dict[str, Any]
    try:
        with baseline.deadline(timeout):
            t0 = time.perf_counter()
            oracle = validate_graph(union_graph(store), shapes)
            shacl_base = {"seconds": time.perf_counter() - t0}
        compare.check("SHACL findings: Oxigraph (compiled) vs pySHACL alone",
                      frozenset(Counter(report.findings).items()), frozenset(Counter(oracle.findings).items()))
        compare.check("SHACL focus nodes and conformance", (report.conforms, report.focus_nodes_checked),
                      (oracle.conforms, oracle.focus_nodes_checked))
    except baseline.BaselineTimeout:
        shacl_base = {"seconds": None, "timed_out": timeout}
    del store

    brepeat = _baseline_repeat(repeat, gen.quads)
    base: dict[str, list[float]] = {"load": [], "materialise": [], "total": []}
    ds = None
    try:
        with baseline.deadline(timeout):
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
    except baseline.BaselineTimeout:
        ds = None
    if ds is not None:
        base_inferred = compare.rows_set(ds.graph(URIRef(str(iri.GRAPH_INFERRED))))
        compare.check("materialised triples (build)", product_inferred, base_inferred)
        base_quads = sum(1 for _ in ds.quads((None, None, None, None)))
        compare.check("number of quads after materialisation", quads, base_quads)
    return {
        "generated_quads": gen.quads, "conferences": gen.conferences, "built_quads": quads,
        "inferred": len(product_inferred), "conforms": report.conforms,
        "violations": report.violations, "focus_nodes": report.focus_nodes_checked,
        "phases": {k: _med(v) | {"cpu_seconds": _med(cpu[k])["seconds"]} for k, v in phases.items()},
        "baseline": {k: _med(v) if v else {"seconds": None, "timed_out": timeout} for k, v in base.items()}
        | {"shacl": shacl_base},
        "baseline_repeat": brepeat, "materialise_earlier_form": {"seconds": reference_seconds},
        "peak_mib_note": "before the pySHACL and rdflib baselines",
        "peak_mib": peak, "peak_with_baseline_mib": peak_mib(),
    }


# ---------------------------------------------------------------------------------------- rebuild

def _last_document(path: Path) -> str:
    """The named graph of the last document in the generated dump (a document of the last
    conference: an agenda or a paper, as the ingester writes one per text)."""
    with open(path, "rb") as f:
        f.seek(max(0, path.stat().st_size - 4_000_000))
        lines = f.read().splitlines()
    graphs = [line.rsplit(b" ", 2)[-2].decode() for line in lines[1:] if b"/graph/doc/" in line.rsplit(b" ", 2)[-2]]
    return graphs[-1]


def _phase(into: dict[str, list[float]], cpu: dict[str, list[float]], name: str, fn: Callable[..., Any],
           *args: Any) -> Any:
    c0, t0 = time.process_time(), time.perf_counter()
    result = fn(*args)
    into.setdefault(name, []).append(time.perf_counter() - t0)
    cpu.setdefault(name, []).append(time.process_time() - c0)
    return result


def _split(path: Path, into: Path) -> dict[str, str]:
    """Each named graph of the generated dump as a file of its own in ``into`` (N-Triples: the stand-in
    for a source text, which the build ingests into one named graph); the graph of each file."""
    lines: dict[bytes, list[bytes]] = {}
    with open(path, "rb") as source:
        for line in source:
            head, graph, _ = line.rsplit(b" ", 2)
            lines.setdefault(graph, []).append(head + b" .\n")
    into.mkdir(parents=True)
    graphs = {}
    for n, (graph, triples) in enumerate(sorted(lines.items())):
        (into / f"g{n:05d}.nt").write_bytes(b"".join(triples))
        graphs[f"g{n:05d}.nt"] = graph.decode()
    return graphs


def _same_graphs(full: ox.Store, run: Path) -> list[str]:
    """Where the run's on-disk store and its dump differ from the store of a full build (each graph's
    triples compared by the digest of their sorted N-Triples lines, graph by graph; the dump read at the
    places its index records): empty when they are the same."""
    disk = ox.Store.read_only(str(run / STORE))
    index = json.loads((run / "graphs.json").read_text())["graphs"]
    names = {str(g) for g in full.named_graphs()}
    problems = [f"graphs: {sorted(names ^ {str(g) for g in disk.named_graphs()})[:3]}"] if names != {
        str(g) for g in disk.named_graphs()} else []
    if set(index) != names:
        problems.append(f"index: {sorted(set(index) ^ names)[:3]}")
    with open(run / DUMP, "rb") as dump:  # sorted-line digests, one graph at a time: the 1M default graph is big
        first = min(int(e["offset"]) for e in index.values())
        want = changes.digest(full.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
        if not want == changes.digest(dump.read(first)) == changes.digest(
                disk.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""):
            problems.append("the default graph")
        for name in sorted(names & set(index)):
            graph = ox.NamedNode(name[1:-1])
            want = changes.digest(full.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b"")
            have = changes.digest(disk.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b"")
            dump.seek(int(index[name]["offset"]))
            written = changes.digest(dump.read(int(index[name]["length"])).replace(f" {name} .".encode(), b" ."))
            if not want == have == written:
                problems.append(f"{name}: the full build's store, the incremental one and its dump differ "
                                f"({want[:8]}, {have[:8]}, {written[:8]})")
    return problems


def step_rebuild(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    """Adding one document and rebuilding, as ``mandategraph build`` does after a curator adds a
    text: the generated dataset without its last document is built first (a run with its dump, index,
    findings, on-disk store and the record of its sources: each named graph is a file of its own here,
    standing for a source text), made current; then the document's file is added and the run rebuilt
    incrementally (:func:`mandategraph.rebuild.rebuild_run`: the sources' digests against the record,
    the changed graph's triples against the dump, the on-disk store checkpointed and updated, the
    inferred and default graphs updated, incremental validation, the dump written from the previous
    one). The check: a full build of the same dataset (load, materialise, compare, incremental validation
    as the build did before this rebuild existed: the baseline, timed; then a full validation and the
    union) must give every quad of every graph, in the store and in the dump, and the same findings;
    the step fails otherwise."""
    gen = dataset(scale, out / "data")
    lay = layout()
    shapes = load_shapes(lay.shapes)
    shapes_digest = hashlib.sha256(lay.shapes.read_bytes()).hexdigest()
    home = out / "rebuild" / scale
    shutil.rmtree(home, ignore_errors=True)
    runs = home / "runs"
    runs.mkdir(parents=True)
    os.environ["MANDATEGRAPH_BUILD"] = str(home)
    document = _last_document(gen.path)
    graph_of = _split(gen.path, home / "sources")
    added_file = next(name for name, graph in graph_of.items() if graph == document)
    aside = home / added_file
    (home / "sources" / added_file).rename(aside)
    suffix = f" {document} .\n".encode()
    without = home / "without-one-document.nq"
    added = 0
    with open(gen.path, "rb") as source, open(without, "wb") as kept:
        for line in source:
            if line.endswith(suffix):
                added += 1
            else:
                kept.write(line)
    basis = "bench"

    def record(paths: list[Path]) -> Callable[[Path], None]:
        entries = {p.name: {"sha256": file_digest(p), "graph": graph_of[p.name]} for p in paths}
        return lambda run: write_sources(run, basis, entries)

    first: dict[str, list[float]] = {}
    first_cpu: dict[str, list[float]] = {}
    store = _phase(first, first_cpu, "load", _loaded, without, lay)
    _phase(first, first_cpu, "materialise", materialise, store)
    increment = _phase(first, first_cpu, "compare", starting_point, store, lay)
    report = _phase(first, first_cpu, "validate", validate_store, store, shapes)
    _phase(first, first_cpu, "union", union_as_default_graph, store)
    previous, _ = _phase(first, first_cpu, "write", write_run, store, runs, [], report, [], increment)
    record(sorted((home / "sources").iterdir()))(previous)
    swap(home / "current", previous)
    store = increment = None
    without.unlink()
    aside.rename(home / "sources" / added_file)

    phases: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    problems: list[str] = []
    rebuilt = None
    for i in range(max(1, repeat)):
        c0, t0 = time.process_time(), time.perf_counter()
        current = (home / "current").resolve()
        recorded = read_sources(current, basis) or {}
        paths = sorted((home / "sources").iterdir())
        digests = {p.name: file_digest(p) for p in paths}
        graphs: dict[str, bytes | None] = {graph_of[p.name]: p.read_bytes() for p in paths
                                          if recorded.get(p.name, {}).get("sha256") != digests[p.name]}
        graphs.update({entry["graph"]: None for name, entry in recorded.items() if name not in digests})
        sources_cpu, sources_wall = time.process_time() - c0, time.perf_counter() - t0
        rebuilt = rebuild_run(current, runs, graphs, shapes, shapes_digest, [], record(paths))
        wall = time.perf_counter() - t0
        if rebuilt is None:
            raise RuntimeError("the incremental rebuild fell back to a full build")
        cpu.setdefault("sources", []).append(sources_cpu)
        phases.setdefault("sources", []).append(sources_wall)
        for key, value in rebuilt.cpu.items():
            cpu.setdefault(key, []).append(value)
            phases.setdefault(key, []).append(value)  # per phase: CPU only
        validated = sources_cpu + sum(v for k, v in rebuilt.cpu.items() if k != "write")
        cpu.setdefault("total", []).append(validated)
        phases.setdefault("total", []).append(wall - rebuilt.cpu["write"])
        cpu.setdefault("total with writing", []).append(validated + rebuilt.cpu["write"])
        phases.setdefault("total with writing", []).append(wall)
        if i < max(1, repeat) - 1:
            shutil.rmtree(rebuilt.directory)
    assert rebuilt is not None
    swap(home / "current", rebuilt.directory)

    # the baseline (the rebuild before this round: everything loaded and materialised again, the
    # graphs compared by their digests, validated incrementally) and the check (a full build)
    baseline: dict[str, list[float]] = {}
    baseline_cpu: dict[str, list[float]] = {}
    c0 = time.process_time()
    store = _phase(baseline, baseline_cpu, "load", _loaded, gen.path, lay)
    _phase(baseline, baseline_cpu, "materialise", materialise, store)
    (home / "current").unlink()  # compared with the run before the rebuild, as then
    (home / "current").symlink_to(previous.relative_to(home))
    increment = _phase(baseline, baseline_cpu, "compare", starting_point, store, lay)
    report, _ = _phase(baseline, baseline_cpu, "validate", validate_build, store, shapes, increment)
    baseline_cpu["total"] = [time.process_time() - c0]
    full = _phase(baseline, baseline_cpu, "full validation (the check)", validate_store, store, shapes)
    union_as_default_graph(store)
    swap(home / "current", rebuilt.directory)
    if full != rebuilt.validation:
        problems.append("the findings differ from a full validation")
    if rebuilt.quads != len(store):
        problems.append(f"{rebuilt.quads} quads recorded, {len(store)} in the full build")
    problems += _same_graphs(store, rebuilt.directory)
    if problems:
        raise RuntimeError("the incremental rebuild differs from a full build: " + "; ".join(problems))
    return {"document": document, "document_quads": added, "changed_graphs": list(rebuilt.changed_graphs),
            "inferred_changed": list(rebuilt.inferred), "quads": gen.quads,
            "first": {k: _med(v) | {"cpu": statistics.median(first_cpu[k])} for k, v in first.items()},
            "phases": {k: _med(v) | {"cpu": statistics.median(cpu[k])} for k, v in phases.items()},
            "baseline": {k: _med(v) | {"cpu": statistics.median(baseline_cpu[k])} for k, v in baseline.items()}
            | {"total": {"cpu": baseline_cpu["total"][0]}},
            "same_findings": True, "same_quads": True, "load_average": os.getloadavg()[0],
            "peak_mib": peak_mib()}


def _med(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    return {"seconds": ordered[len(ordered) // 2] if len(ordered) % 2 else
            (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2, "runs": values}


# ---------------------------------------------------------------------------------------- query
def _built(out: Path, scale: str) -> Path:
    """The built dump of the generated dataset the build step leaves; when that step was not run
    (``--steps query,cli``), made here as the build makes it (load, materialise), unmeasured."""
    dump = built_path(out, scale)
    if not dump.is_file():
        store = _loaded(dataset(scale, out / "data").path, layout())
        materialise(store)
        partial = dump.with_suffix(".partial")
        store.dump(str(partial), format=ox.RdfFormat.N_QUADS)
        partial.rename(dump)
    return dump


def step_query(scale: str, repeat: int, out: Path, timeout: float | None = None) -> dict[str, Any]:
    """Projection, trace, chain count, impact and every named query, then the same on rdflib."""
    dump = _built(out, scale)
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
        product = partial(run, store, q, params)
        n = _runs(product, repeat)
        forms = _floor_forms(store, q.text, q.bind(params))
        timings = interleaved({"product": product, **forms}, n)  # the product and the floor in turn
        m, answer = timings.pop("product")
        form, (best, _) = min(timings.items(), key=lambda kv: kv[1][0]["cpu_seconds"])
        named[q.name] = m | {"params": params, "rows": len(answer), "floor": best | {"form": form},
                             "bound_as": _bound_as(q.text, q.bind(params))}
        answers[q.name] = (compare.answer_set(answer), q.bind(params))
    # trace as `mandategraph trace` runs it: projecting only what the item reaches
    res["trace_reach"], tr_reach = timed(lambda: trace_item(store, item), runs)
    compare.check("trace with its own projection vs the whole projection", tr_reach, tr)
    res["peak_mib"] = peak_mib()

    # ---- the baseline, same process, same questions (each stopped after ``timeout`` seconds)
    try:  # at 1M, loading into rdflib alone takes minutes on a shared machine: stopped like a query
        with baseline.deadline(timeout if len(store) > BIG else None):
            res["baseline_open"], ds = timed(lambda: baseline.load(dump), 1)
    except baseline.BaselineTimeout:
        res["baseline_open"], ds = {"seconds": None, "timed_out": timeout, "runs": []}, None
    brepeat = _baseline_repeat(repeat, len(store))
    res["baseline_repeat"] = brepeat
    unchecked: list[str] = []

    def base(key: str, fn: Callable[[], QueryResult], n: int) -> QueryResult | None:
        if ds is None:  # the rdflib load was stopped
            res[key] = {"seconds": None, "skipped": "the rdflib load was stopped", "runs": []}
            unchecked.append(key)
            return None
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


def _runs(fn: Callable[[], Any], repeat: int, budget: float = 0.5, most: int = 41) -> int:
    """How many times to time ``fn``: at least ``repeat``, and as many as fit in ``budget`` seconds
    up to ``most``, so that a sub-millisecond query's median is not three time slices of a shared
    machine (its product and floor rows are timed the same number of times, in alternating rounds)."""
    started = time.perf_counter()
    fn()  # also warms what the first call fills (bound text, converted terms)
    once = time.perf_counter() - started
    return max(repeat, min(most, int(budget / once) if once > 0 else most))


FLOOR_FORM_SPREAD = 20  # a floor form whose first read is this many times the fastest's is not timed
MIN_FLOOR_SECONDS = 0.001  # below this, first reads are too short to compare (warm-up costs dominate)


def _floor_forms(store: ox.Store, text: str, bindings: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    """The engine's floor for one named query: raw pyoxigraph, all solutions read, with the
    parameters bound in each way it offers (substitution, constants written in, one leading VALUES
    block); a form the engine refuses is left out. The floor is the fastest of them in CPU seconds
    (timed in turn with the product's runs)."""
    forms = {"substitution": (text, {ox.Variable(k): to_ox(v) for k, v in bindings.items()})}
    if (inlined := inline(text, bindings)) is not None:
        forms["constants"] = (inlined, {})
    if (values := leading_values(text, bindings)) is not None:
        forms["leading VALUES"] = (values, {})
    out: dict[str, Callable[[], Any]] = {}
    first: dict[str, float] = {}
    for form, (query, subs) in forms.items():
        def read(query: str = query, subs: dict[Any, Any] = subs) -> Any:
            return list(store.query(query, use_default_graph_as_union=True, substitutions=subs or None))
        started = time.process_time()
        try:
            read()
        except (SyntaxError, RuntimeError):  # substitution of an unprojected variable, a literal predicate
            continue
        first[form] = time.process_time() - started
        out[form] = read
    return {f: out[f] for f in floor_candidates(first)}


def floor_candidates(first: dict[str, float]) -> list[str]:
    """The floor forms worth timing, from their first reads' CPU seconds: a form many times slower than
    the fastest cannot be the floor, and timed in turn with the product it disturbs it (`session-changes`
    at 1M, its leading VALUES form 600 ms against 0.5 ms, left the product's next runs 2.5-8.5 ms against
    0.55 ms timed alone: bench/NOTES.md, eighth round). Reads under ``MIN_FLOOR_SECONDS`` all count as
    that long, since warm-up costs dominate them."""
    limit = max(min(first.values(), default=0.0), MIN_FLOOR_SECONDS) * FLOOR_FORM_SPREAD
    return [form for form, seconds in first.items() if seconds <= limit]


def _bound_as(text: str, bindings: dict[str, Any]) -> str:
    """How ``query.run`` binds the parameters of ``text``."""
    bound = bind(text, bindings)
    return ("constants" if bindings and bound is not None and bound == inline(text, bindings) else
            "leading VALUES" if bindings and bound is not None else "substitution" if bindings else "none")


# ---------------------------------------------------------------------------------------- ingest
_NT_LITERAL = re.compile(r'"([^"\\]*)"(?:@([^ ]+)|\^\^<([^>]+)>)?')
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class RdflibTriples:
    """The emitter's triples on rdflib's default store, written by rdflib's N-Triples serialiser: the
    ingester's emitter before pyoxigraph took its place (the baseline of the ingest step). The
    terms the emitter now writes as N-Triples itself become rdflib terms first (one look-up each)."""

    def __init__(self) -> None:
        from rdflib import Graph

        self.graph = Graph()
        self._terms: dict[Any, Any] = {}

    def add(self, s: Any, p: Any, o: Any) -> None:
        self.graph.add((self.term(s), self.term(p), self.term(o)))

    def add_lines(self, lines: Any) -> None:
        """Triples the emitter wrote as N-Triples lines (an evidence node's): read back by pyoxigraph."""
        for t in ox.parse("\n".join(lines) + "\n", format=ox.RdfFormat.N_TRIPLES):
            self.graph.add((self.term(t.subject), self.term(t.predicate), self.term(t.object)))

    def term(self, value: Any) -> Any:
        from rdflib import Literal

        from mandategraph.ingest.triples import NT

        if not isinstance(value, (ox.NamedNode, ox.Literal, NT)):
            return value if isinstance(value, (URIRef, Literal)) else Literal(value)
        found = self._terms.get(value)
        if found is None:
            found = self._terms[value] = _rdflib_term(value)
        return found

    def __len__(self) -> int:
        return len(self.graph)

    def ntriples(self) -> str:
        rows = self.graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
        return "".join(row + "\n" for row in sorted(set(rows)) if row.strip())


def _rdflib_term(value: Any) -> Any:
    """A term the emitter wrote (N-Triples, or a pyoxigraph term) as rdflib's term."""
    from rdflib import Literal

    if isinstance(value, ox.NamedNode):
        return URIRef(value.value)
    if isinstance(value, ox.Literal):
        lexical, language, datatype = value.value, value.language, value.datatype.value
    elif value.startswith("<"):
        return URIRef(value[1:-1])  # pyoxigraph escapes nothing in an IRI
    elif (m := _NT_LITERAL.fullmatch(value)) is not None:
        lexical, language, datatype = m[1], m[2], m[3] or _XSD_STRING
    else:  # a literal with an escape
        return _rdflib_term(next(iter(ox.parse(f"<urn:s> <urn:p> {value} .", format=ox.RdfFormat.N_TRIPLES))).object)
    if language:
        return Literal(lexical, lang=language)
    return Literal(lexical) if datatype == _XSD_STRING else Literal(lexical, datatype=URIRef(datatype))


def step_ingest(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    """Ingest throughput on the real corpus texts (independent of the scale), against a baseline in
    the same run: the batch as ``mandategraph ingest`` and ``build`` read it (the emitter's triples
    as N-Triples lines, each term written once) in one process and with two
    worker processes, and the ingester as it was before both (one process, ``ingest_file`` per
    text, the emitter writing to rdflib's default store and rdflib's serialiser:
    :class:`RdflibTriples`; the readers are today's in all three). The runs alternate, so a change
    in the machine's load hits all three; the outputs are checked to be the same triples, and the
    CPU time of a pass (this process and its workers) is given beside the wall time.
    ``docs_per_second`` is that of the number of jobs the batch gets by default on this machine now
    (two when a core is idle, see ``workers.default_jobs``).

    Measured 2026-12-01 at 22:03-22:05 on an idle machine (load 0.1-0.3; bench/NOTES.md, "Issue 14,
    ingest, second pass"): two workers 216-220 docs/s, one process 164-174 docs/s, the baseline
    70-77 docs/s; main before that work 173 and 113 docs/s in the same minutes."""
    from mandategraph.ingest import NotADocumentError, Registry, emit, ingest_file, ingest_paths, workers
    from mandategraph.manifest import SourceEntry, read_manifest

    lay = layout()
    registry = Registry.load(lay.curated)
    manifest = read_manifest(lay.sources)
    texts = sorted(lay.sources.glob("*.txt"))
    symbols = {p.name: manifest.get(p.name, SourceEntry()).symbol for p in texts}
    failed: list[str] = []

    def old_ingester() -> set[str]:
        light, emit.DocumentTriples = emit.DocumentTriples, RdflibTriples  # type: ignore[misc]
        try:
            lines: set[str] = set()
            for path in texts:
                try:
                    result = ingest_file(path, registry, symbols[path.name])
                except NotADocumentError:
                    if path.name not in failed:
                        failed.append(path.name)
                    continue
                lines.update(result.ntriples().splitlines())
            return lines
        finally:
            emit.DocumentTriples = light  # type: ignore[misc]

    def batch(n: int) -> Callable[[], set[str]]:
        def run_batch() -> set[str]:
            return {line for r in ingest_paths(texts, registry, symbols, jobs=n).results
                    for line in r.ntriples().splitlines()}
        return run_batch

    runs: dict[str, list[tuple[float, float]]] = {"baseline": [], "one_process": [], "two_workers": []}
    answers: dict[str, set[str]] = {}
    for _ in range(max(repeat, 3)):
        for key, fn in (("baseline", old_ingester), ("one_process", batch(1)), ("two_workers", batch(2))):
            wall, cpu, answers[key] = _wall_and_cpu(fn)
            runs[key].append((wall, cpu))
    docs = len(texts)
    jobs = workers.default_jobs(docs)
    measured = {key: _pass(values, docs) for key, values in runs.items()}
    default = measured["two_workers" if jobs > 1 else "one_process"]
    base = measured["baseline"]["seconds"]
    return {"documents": docs, "not_documents": failed, "triples": len(answers["one_process"]), "jobs": jobs,
            "load": workers.load(), "cores": workers.cores(),
            "same_output": answers["baseline"] == answers["one_process"] == answers["two_workers"],
            "pass": default, "baseline": measured["baseline"], "one_process": measured["one_process"],
            "two_workers": measured["two_workers"], "docs_per_second": default["docs_per_second"],
            "ratio": base / default["seconds"], "ratio_one_process": base / measured["one_process"]["seconds"],
            "ratio_two_workers": base / measured["two_workers"]["seconds"],
            "bytes": sum(p.stat().st_size for p in texts), "peak_mib": peak_mib()}


def _wall_and_cpu(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall and CPU seconds of ``fn()`` (this process and the worker processes it waited for)."""
    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    started, used = time.perf_counter(), cpu()
    answer = fn()
    return time.perf_counter() - started, cpu() - used, answer


def _pass(values: list[tuple[float, float]], docs: int) -> dict[str, Any]:
    wall = statistics.median(w for w, _ in values)
    return {"seconds": wall, "runs": [w for w, _ in values], "cpu_seconds": statistics.median(c for _, c in values),
            "docs_per_second": docs / wall if wall else None}


# ---------------------------------------------------------------------------------------- cli
REAL_ITEM, REAL_AGENDA = "CTOC/COP/WG.7/2013/1 item 2", "CTOC/COP/WG.7/2013/1"
CHOSEN_ITEM = """PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?item ?agenda WHERE { ?item mg:groundedIn ?m ; mg:onAgenda/dcterms:identifier ?agenda }
ORDER BY ?item LIMIT 1"""


def _command(argv: list[str], build: Path, repeat: int, home: Path | None = None) -> dict[str, Any]:
    """Whole-process latency of ``mandategraph ARGV`` (wall and CPU seconds, median of ``repeat``)."""
    env = dict(os.environ, MANDATEGRAPH_BUILD=str(build))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps the bytecode it compiled (_bytecode)
    if home is not None:
        env["MANDATEGRAPH_HOME"] = str(home)
    walls, cpus = [], []
    for _ in range(max(1, repeat)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "mandategraph", *argv], env=env, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"mandategraph {' '.join(argv)}: exit {proc.returncode}: "
                               f"{proc.stderr.decode(errors='replace')[-500:]}")
    return {"seconds": statistics.median(walls), "runs": walls, "cpu_seconds": statistics.median(cpus)}


def step_cli(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    """`mandategraph --version`, `trace`, `query` and `validate` as whole processes, on the real
    graph (built here with `mandategraph build`, timed) and on the generated graph of ``scale``."""
    res: dict[str, Any] = {}
    _bytecode()
    real = out / "cli" / "real"
    real.mkdir(parents=True, exist_ok=True)
    res["real_build"] = _command(["build", "--quiet"], real, min(repeat, 3))
    res["version"] = _command(["--version"], real, max(repeat, 5))
    res["real_trace"] = _command(["trace", REAL_ITEM], real, repeat)
    res["real_query"] = _command(["query", "documents-per-item", "--param", f"agenda={REAL_AGENDA}"], real,
                                 repeat)
    res["real_validate"] = _command(["validate"], real, repeat)
    res["real_validate_full"] = _command(["validate", "--full"], real, repeat)
    res["real_build_full"] = _command(["build", "--quiet", "--full-validation"], real, min(repeat, 3))
    memory = out / "cli" / "real-in-memory"  # the same dump, no on-disk store: commands load the dump
    _dump_only(memory, real / "current" / DUMP)
    res["real_trace_memory"] = _command(["trace", REAL_ITEM], memory, repeat)
    res["real_query_memory"] = _command(["query", "documents-per-item", "--param", f"agenda={REAL_AGENDA}"],
                                        memory, repeat)
    res["real_add_document"] = _add_document(out / "cli" / "real-added", repeat)
    dump = _built(out, scale)
    generated = out / "cli" / scale
    _dump_only(generated, dump)
    chosen = next(iter(load_dump(dump).query(CHOSEN_ITEM, use_default_graph_as_union=True)))
    item, agenda = chosen["item"].value, chosen["agenda"].value
    res["item"] = item
    res["trace"] = _command(["trace", item], generated, repeat)
    res["query"] = _command(["query", "documents-per-item", "--param", f"agenda={agenda}"], generated, repeat)
    res["validate"] = _command(["validate"], generated, 1 if scale == "1m" else repeat)
    rebuilt = out / "rebuild" / scale  # written by the rebuild step: a build's run, with its on-disk store
    if (rebuilt / "current" / STORE).is_dir():
        res["trace_disk"] = _command(["trace", item], rebuilt, repeat)
        res["query_disk"] = _command(["query", "documents-per-item", "--param", f"agenda={agenda}"], rebuilt,
                                     repeat)
        res["validate_recorded"] = _command(["validate"], rebuilt, 1 if scale == "1m" else repeat)
    return res


def _bytecode() -> None:
    """Compile mandategraph's modules as installing it does (pip writes the bytecode of what it
    installs; a checkout's first run writes its own), so that no measured command compiles source:
    with PYTHONDONTWRITEBYTECODE set (as in some shells this bench runs in) and a module edited
    since its last bytecode, every run would otherwise compile it again."""
    import compileall

    import mandategraph

    compileall.compile_dir(str(Path(mandategraph.__file__).parent), quiet=1)


def _dump_only(build: Path, dump: Path) -> None:
    """Make ``build/current`` a run holding only ``dump`` (no on-disk store, no recorded report)."""
    run_dir = build / "runs" / "bench"
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / DUMP).unlink(missing_ok=True)
    (run_dir / DUMP).symlink_to(dump.resolve())
    (build / "current").unlink(missing_ok=True)
    (build / "current").symlink_to(run_dir.relative_to(build))


def _add_document(home: Path, repeat: int) -> dict[str, Any]:
    """`mandategraph build` after one source text is added to the repository's data (a copy), the
    build before it made without that text."""
    shutil.rmtree(home, ignore_errors=True)
    for part in ("ontology", "data"):
        shutil.copytree(HERE.parent / part, home / part)
    sources = sorted(p for p in (home / "data" / "sources").iterdir() if p.suffix == ".txt")
    aside = home / sources[-1].name
    runs: list[dict[str, Any]] = []
    for _ in range(max(1, repeat)):
        sources[-1].rename(aside)
        _command(["build", "--quiet"], home / "build", 1, home)
        aside.rename(sources[-1])
        runs.append(_command(["build", "--quiet"], home / "build", 1, home))
    return {"seconds": statistics.median(r["seconds"] for r in runs), "runs": [r["seconds"] for r in runs],
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs), "document": sources[-1].name}


STEPS = {"build": step_build, "rebuild": step_rebuild, "query": step_query, "ingest": step_ingest,
         "cli": step_cli}


def main(argv: list[str]) -> int:
    name, scale, repeat, out = argv[0], argv[1], int(argv[2]), Path(argv[3])
    timeout = float(argv[4]) if len(argv) > 4 else None
    if name == "serve":
        from bench.serve import step_serve
        result = step_serve(scale, repeat, out)
    elif name == "query":
        result = step_query(scale, repeat, out, timeout)
    elif name == "build":
        result = step_build(scale, repeat, out, timeout)
    else:
        result = STEPS[name](scale, repeat, out)
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
