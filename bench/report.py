"""Figures as lines for the console, and as ``RESULTS.md`` (Markdown tables) and ``results.json``."""

from __future__ import annotations

import json
import os
import platform
import shutil
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGES = ("mandategraph", "pyoxigraph", "rdflib", "pyshacl", "networkx")
SCALE_ORDER = ("10k", "100k", "1m")
NOTES = HERE / "NOTES.md"  # the hand-written analysis, appended to RESULTS.md


def environment(repeat: int) -> dict[str, Any]:
    mem = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {"machine": {"cores": os.cpu_count(), "memory_gib": mem, "cpu": cpu,
                        "python": platform.python_version(), "system": platform.platform()},
            "versions": versions, "repeat": repeat}


def load(path: Path) -> dict[str, Any]:
    if path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except json.JSONDecodeError:
            pass
    return {}


def _s(m: dict[str, Any] | None) -> float | None:
    return None if not m else m.get("seconds")


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def wall_cpu(m: dict[str, Any] | None) -> str:
    """Wall time, with the CPU seconds when measured (the figure to read on a shared machine)."""
    if m and m.get("cpu_seconds") is not None:
        return f"{fmt(_s(m))} ({fmt(m['cpu_seconds'])} CPU)"
    return fmt(_s(m))


def ratio(product: float | None, base: dict[str, Any] | None) -> str:
    if base and base.get("timed_out"):
        return f"> {base['timed_out'] / product:.0f}x (rdflib stopped at {base['timed_out']:g} s)" \
            if product and product < base["timed_out"] else f"rdflib stopped at {base['timed_out']:g} s"
    b = _s(base)
    if not product or b is None:
        return "n/a"
    return f"{b / product:.1f}x"


def rows(step: str, d: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(measurement, mandategraph, rdflib, ratio) rows of one step."""
    if "failed" in d:
        return [(step, "FAILED", "", d["failed"])]
    if "skipped" in d:
        return [(step, "skipped", "", d["skipped"])]
    out: list[tuple[str, str, str, str]] = []
    if step == "build":
        ph, b = d["phases"], d["baseline"]
        out += [
            ("quads generated / after build", f"{d['generated_quads']:,} / {d['built_quads']:,}",
             "", f"{d['inferred']:,} inferred"),
            ("build: load (N-Quads + ontology)", wall_cpu(ph["load"]), fmt(_s(b["load"])),
             ratio(_s(ph["load"]), b["load"])),
            ("build: materialise", wall_cpu(ph["materialise"]), fmt(_s(b["materialise"])),
             ratio(_s(ph["materialise"]), b["materialise"])),
            ("build: materialise, earlier form of the update (FILTER NOT EXISTS)",
             fmt(_s(d.get("materialise_earlier_form"))), "",
             "same inferred triples (checked)" if _s(d.get("materialise_earlier_form")) else
             "not rerun above 500k quads (measured once: NOTES.md)"),
            ("SHACL validation (compiled to SPARQL on Oxigraph; pySHACL alone on an rdflib copy)",
             wall_cpu(ph["shacl"]), fmt(_s(b.get("shacl"))) if not (b.get("shacl") or {}).get("timed_out")
             else "stopped", ratio(_s(ph["shacl"]), b.get("shacl")) + (
                 ", same findings (checked)" if _s(b.get("shacl")) else "")),
            ("build: total (load + materialise + validate)", wall_cpu(ph["total"]),
             fmt(_s(b["total"])) + " (no SHACL)", ""),
            ("build: peak memory", f"{d['peak_mib']:.0f} MiB",
             f"{d['peak_with_baseline_mib']:.0f} MiB (both)",
             "conforms" if d["conforms"] else f"{d['violations']} violations"),
        ]
    elif step == "query":
        out += [
            ("open the built dump (in-memory store)", wall_cpu(d["open"]),
             fmt(_s(d["baseline_open"])), ratio(_s(d["open"]), d["baseline_open"])),
            ("projection to networkx (once per process)", fmt(_s(d["projection"])), "", ""),
            (f"trace of one item ({d['trace_item_chain']} mandates, {d['trace_hops']} hops), "
             "projection precomputed", wall_cpu(d["trace"]), fmt(_s(d["baseline_chain"])),
             ratio(_s(d["trace"]), d["baseline_chain"])),
            ("trace, mean over 100 sampled items", fmt(_s(d["trace_sample"])), "", ""),
            *([("trace of that item projecting only what it reaches (as `mandategraph trace`)",
                wall_cpu(d["trace_reach"]), "", "same trace (checked)")] if "trace_reach" in d else []),
            ("chain of one item (SPARQL property path)", fmt(_s(d["chain_sparql"])),
             fmt(_s(d["baseline_chain"])), ratio(_s(d["chain_sparql"]), d["baseline_chain"])),
            (f"chain count over all {d['grounded_items']:,} grounded items (networkx)",
             fmt(_s(d["chain_count_networkx"])), fmt(_s(d["baseline_chain_count"])),
             ratio(_s(d["chain_count_networkx"]), d["baseline_chain_count"])),
            ("chain count over all items (SPARQL)", fmt(_s(d["chain_count_sparql"])),
             fmt(_s(d["baseline_chain_count"])),
             ratio(_s(d["chain_count_sparql"]), d["baseline_chain_count"])),
            *([(f"impact of resolution 1/1 ({d['impact_items']} items; `impact_of`, projection "
                "precomputed)", fmt(_s(d["impact"])), fmt(_s(d["baseline_impact"])),
                ratio(_s(d["impact"]), d["baseline_impact"]))] if "impact" in d else []),
            (f"impact of resolution 1/1 ({d['impact_items']} items, SPARQL)",
             fmt(_s(d["impact_sparql"])), fmt(_s(d["baseline_impact"])),
             ratio(_s(d["impact_sparql"]), d["baseline_impact"])),
            ("impact of resolution 1/1 (networkx ancestors)", fmt(_s(d["impact_networkx"])),
             fmt(_s(d["baseline_impact"])), ratio(_s(d["impact_networkx"]), d["baseline_impact"])),
        ]
        for name, q in sorted(d["named"].items()):
            floor = q.get("floor") or {}
            mine, best = _fastest(q), _fastest(floor)
            cpu, rdflib_cpu = _cpu_ratio(q), _rdflib_ratio(q)
            note = (f" ({rdflib_cpu:.0f}x in CPU)" if rdflib_cpu and not q.get("baseline", {}).get("timed_out")
                    else "") + (f"; floor {fmt(best)} ({floor.get('form')}), "
                    + (f"{cpu:.1f}x floor in CPU, " if cpu else "")
                    + f"{mine / best:.1f}x in the fastest wall runs") if mine and best else ""
            out.append((f"query `{name}` ({q['rows']} rows, bound as {q.get('bound_as', '?')})", fmt(_s(q)),
                        fmt(_s(q.get("baseline"))) if not q.get("baseline", {}).get("timed_out") else "stopped",
                        ratio(_s(q), q.get("baseline")) + note))
        out.append(("queries: peak memory", f"{d['peak_mib']:.0f} MiB",
                    f"{d['peak_with_baseline_mib']:.0f} MiB (both)", ""))
    elif step == "ingest":
        base = d.get("baseline") or {}
        out.append((f"ingest of the corpus ({d['documents']} texts, {d['bytes']:,} bytes; {d.get('jobs', 1)} "
                    "process(es) by default here, against one process with rdflib's default store under the "
                    "emitter)",
                    f"{d['docs_per_second']:.0f} docs/s" if d["docs_per_second"] else "—",
                    f"{base['docs_per_second']:.0f} docs/s" if base.get("docs_per_second") else "",
                    (f"{d['ratio']:.2f}x; one process {d['ratio_one_process']:.2f}x, two workers "
                     f"{d['ratio_two_workers']:.2f}x (load {d['load']:.1f} on {d['cores']} cores); "
                     if "ratio" in d else "")
                    + f"{fmt(_s(d['pass']))} per pass"
                    + ("" if d.get("same_output", True) else "; OUTPUTS DIFFER")))
    elif step == "rebuild":
        ph, first = d["phases"], d["first"]
        out.append(("rebuild after adding one document: the build before it (without the document; "
                    "validated fully, its on-disk store written whole)",
                    wall_cpu({"seconds": sum(v["seconds"] for v in first.values()),
                              "cpu_seconds": sum(v["cpu"] for v in first.values())}), "",
                    "; ".join(f"{k} {v['cpu']:.2f} s CPU" for k, v in first.items())))
        for key in ("sources", "compare", "checkpoint", "apply", "materialise", "union", "validate", "write"):
            if key not in ph:
                continue
            out.append((f"rebuild after adding one document ({d['document_quads']:,} quads): {key}"
                        + {"sources": " (each source's digest against the current run's record)",
                           "compare": " (the changed graphs' lines against the current run's dump)",
                           "checkpoint": " (the current run's on-disk store, hard links)",
                           "apply": " (the changed triples into the store)",
                           "materialise": " (incremental: rule by rule, for the keys the change reaches)",
                           "union": " (the default graph, from the changed triples)",
                           "validate": " (incremental)",
                           "write": " (dump from the previous one, index, findings, TriG)"}.get(key, ""),
                        wall_cpu({"seconds": ph[key]["seconds"], "cpu_seconds": ph[key]["cpu"]}), "", ""))
        base = d.get("baseline", {})
        out.append(("rebuild after adding one document: total to a validated graph / with writing",
                    wall_cpu({"seconds": ph["total"]["seconds"], "cpu_seconds": ph["total"]["cpu"]}),
                    f"{base['total']['cpu']:.2f} s CPU" if "total" in base else "",
                    f"{ph['total with writing']['cpu']:.2f} s CPU with writing; changed graphs: "
                    f"{len(d['changed_graphs'])}; baseline: everything loaded and materialised again, "
                    "validated incrementally (the rebuild before issue 14's fifth round); "
                    "the same quads in every graph (store and dump) and findings as a full build "
                    + (f"({base['full validation (the check)']['cpu']:.2f} s CPU to validate fully): "
                       if "full validation (the check)" in base else ": ")
                    + ("yes (checked)" if d["same_findings"] and d.get("same_quads", True) else "NO")
                    + f"; peak {d['peak_mib']:.0f} MiB (the step: both builds and the check)"))
    elif step == "cli":
        for key, what in (("real_build", "`mandategraph build` of the repository (24 texts; incremental "
                                         "after the first)"),
                          ("real_build_full", "`mandategraph build --full-validation` of the repository"),
                          ("real_add_document", "`mandategraph build` of the repository after adding one text"),
                          ("version", "`mandategraph --version`"),
                          ("real_trace", "`mandategraph trace` on the repository graph (on-disk store)"),
                          ("real_trace_memory", "`mandategraph trace` on the repository graph, the dump loaded "
                                                "in memory"),
                          ("real_query", "`mandategraph query documents-per-item` on the repository graph "
                                         "(on-disk store)"),
                          ("real_query_memory", "`mandategraph query documents-per-item` on the repository graph, "
                                                "in memory"),
                          ("real_validate", "`mandategraph validate` on the repository graph (the recorded report, "
                                            "on disk)"),
                          ("real_validate_full", "`mandategraph validate --full` on the repository graph"),
                          ("trace", "`mandategraph trace` on this graph, the dump loaded in memory"),
                          ("trace_disk", "`mandategraph trace` on this graph (on-disk store)"),
                          ("query", "`mandategraph query documents-per-item` on this graph, in memory"),
                          ("query_disk", "`mandategraph query documents-per-item` on this graph (on-disk store)"),
                          ("validate", "`mandategraph validate` on this graph (no recorded report: validated "
                                       "in memory)"),
                          ("validate_recorded", "`mandategraph validate` on this graph (the recorded report, "
                                                "on-disk store)")):
            if key in d:
                out.append((f"whole process: {what}", fmt(_s(d[key])), "", f"{d[key]['cpu_seconds']:.2f} s CPU"))
    elif step == "serve":
        for key, run in d["runs"].items():
            query, clients = key.split("/")
            mg, ox = run["mandategraph"], run["oxigraph"]
            share = ("ratio unknown (oxigraph answered no query in the slices)" if run["ratio"] is None
                     else f"{run['ratio'] * 100:.0f}% of oxigraph")
            out.append((f"endpoint, {query} query, {clients} client(s): mandategraph serve against "
                        "oxigraph serve-read-only", f"{mg['per_second']:.0f} q/s",
                        f"{ox['per_second']:.0f} q/s (oxigraph)",
                        f"{share}; median {_median(mg)} against {_median(ox)}; CPU per query {_ms(mg)} "
                        f"against {_ms(ox)}; answered {mg['requests']}/{ox['requests']}, "
                        f"errors {mg['errors']}/{ox['errors']}"))
        out.append(("endpoint: start-up / memory (server + workers)", f"{d['startup_seconds']:.1f} s",
                    "", f"{d['server_rss_mib']:.0f} MiB"))
    return out


def _median(run: dict[str, Any]) -> str:
    median = run.get("median_ms")
    return "—" if median is None else f"{median:.2f} ms"


def _ms(run: dict[str, Any]) -> str:
    cpu = run.get("cpu_ms_per_request")
    return "—" if cpu is None else f"{cpu:.2f} ms"


def lines(step: str, d: dict[str, Any]) -> list[str]:
    return [f"{what}: {mine}" + (f"  | rdflib {base}" if base else "") + (f"  | {r}" if r else "")
            for what, mine, base, r in rows(step, d)]


TARGETS = (
    ("full build with validation under 15 s (CPU: load, materialise, validate)",
     lambda s: s["build"]["phases"]["total"].get("cpu_seconds") or _s(s["build"]["phases"]["total"]),
     lambda v: v < 15, lambda v: f"{fmt(v)} CPU"),
    ("peak memory under 2 GiB (the largest of the build, rebuild and query steps measured)",
     lambda s: max(s[k]["peak_mib"] for k in ("build", "rebuild", "query") if "peak_mib" in s.get(k, {})),
     lambda v: v < 2048, lambda v: f"{v:.0f} MiB"),
    ("every named query within 2x of the raw-pyoxigraph floor (CPU seconds, median)", lambda s: _worst_floor(s),
     lambda v: v <= 2, lambda v: f"worst {v:.1f}x"),
    ("every named query at least 20x faster than rdflib (CPU seconds, median)", lambda s: _slowest_named(s),
     lambda v: v >= 20, lambda v: f"slowest {v:.1f}x"),
    ("trace of one item under 1 ms in process (projection precomputed)", lambda s: _s(s["query"]["trace"]),
     lambda v: v < 1e-3, fmt),
    ("`mandategraph trace` under 0.3 s on the repository graph (CPU of the process)",
     lambda s: s["cli"]["real_trace"]["cpu_seconds"], lambda v: v < 0.3, lambda v: f"{v:.2f} s CPU"),
    ("`mandategraph trace` under 1 s at this scale (CPU of the process)",
     lambda s: s["cli"].get("trace_disk", s["cli"]["trace"])["cpu_seconds"], lambda v: v < 1,
     lambda v: f"{v:.2f} s CPU"),
    ("adding one document and rebuilding under 3 s (CPU, to a validated graph; with writing in the note)",
     lambda s: s["rebuild"]["phases"]["total"]["cpu"], lambda v: v < 3, lambda v: f"{v:.2f} s CPU"),
    ("`mandategraph --version` under 0.15 s (CPU of the process)", lambda s: s["cli"]["version"]["cpu_seconds"],
     lambda v: v < 0.15, lambda v: f"{v:.2f} s CPU"),
    ("endpoint: simple queries at least 50% of oxigraph serve-read-only, 1 to 32 clients",
     lambda s: _worst_ratio(s, "simple"), lambda v: _at_least(v, 0.5), lambda v: _show_worst(v)),
    ("endpoint: `mandate-chain` at least 80% of oxigraph serve-read-only, 1 to 32 clients",
     lambda s: _worst_ratio(s, "mandate-chain"), lambda v: _at_least(v, 0.8), lambda v: _show_worst(v)),
    ("ingest at least 200 documents per second", lambda s: s["ingest"]["docs_per_second"],
     lambda v: v >= 200, lambda v: f"{v:.0f} docs/s"),
)


def _fastest(m: dict[str, Any] | None) -> float | None:
    """The fastest run: on a shared machine a sub-millisecond median is mostly time slices lost to
    other processes, which the fastest run of each side is least affected by."""
    runs = (m or {}).get("runs") or []
    return min(runs) if runs else _s(m)


def _cpu_ratio(q: dict[str, Any]) -> float | None:
    """Product / floor in CPU seconds (medians): on a shared machine the wall time of a
    sub-millisecond query is mostly time slices lost to other processes; its CPU time is not."""
    mine, floor = q.get("cpu_seconds"), (q.get("floor") or {}).get("cpu_seconds")
    return mine / floor if mine and floor else None


def _worst_floor(s: dict[str, Any]) -> float:
    return max(r for q in s["query"]["named"].values() if (r := _cpu_ratio(q)) is not None)


def _worst_ratio(s: dict[str, Any], query: str) -> tuple[float, int]:
    """The lowest known ratio of ``query``'s runs and how many runs have none (oxigraph answered
    nothing); ValueError when no run has one."""
    ratios = [run["ratio"] for key, run in s["serve"]["runs"].items() if key.startswith(query + "/")]
    return min(r for r in ratios if r is not None), sum(1 for r in ratios if r is None)


def _at_least(v: tuple[float, int], share: float) -> bool | None:
    """Met, missed, or None (not known: the runs with a ratio meet it, some runs have none)."""
    return False if v[0] < share else None if v[1] else True


def _show_worst(v: tuple[float, int]) -> str:
    return f"worst {v[0] * 100:.0f}%" + (f" ({v[1]} run(s) unknown: oxigraph answered none)" if v[1] else "")


def _rdflib_ratio(q: dict[str, Any]) -> float | None:
    """rdflib / product in CPU seconds (medians), as the floor ratio is: a query run once at 100k on
    a loaded machine may lose most of its wall time to other processes (49 ms of CPU in 474 ms);
    against a stopped baseline, its timeout over the product's wall time."""
    b = q.get("baseline") or {}
    if b.get("timed_out"):
        return b["timed_out"] / q["seconds"] if q.get("seconds") else None
    mine, base = q.get("cpu_seconds") or q.get("seconds"), b.get("cpu_seconds") or b.get("seconds")
    return base / mine if base and mine else None


def _slowest_named(s: dict[str, Any]) -> float:
    return min((r for q in s["query"]["named"].values() if (r := _rdflib_ratio(q)) is not None),
               default=float("inf"))


def targets(scale: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    for name, get, ok, show in TARGETS:
        try:
            value = get(scale)
        except (KeyError, TypeError, ValueError):  # ValueError: none of the steps a figure is the largest of
            out.append((name, "not measured", ""))
            continue
        met = ok(value)
        out.append((name, show(value), "not known" if met is None else "met" if met else "**missed**"))
    return out


def markdown(results: dict[str, Any]) -> str:
    m, v = results.get("machine", {}), results.get("versions", {})
    scales = results.get("scales", {})
    text = [
        "# mandategraph benchmark results", "",
        "Written by `python -m bench` (bench/run.py); the same figures are in `bench/results.json`.",
        "Each figure is the median of the repeats (rdflib baselines at 1M triples: one run, see "
        "below). Ratios are rdflib time / mandategraph time (higher is better) for the same "
        "question on the same data in the same process; every answer was checked equal as a set "
        "(the run aborts on a mismatch). Peak memory is ru_maxrss of a fresh process per step.", "",
        f"- machine: {m.get('cores')} cores, {m.get('memory_gib')} GiB, {m.get('cpu')}, "
        f"Python {m.get('python')}, {m.get('system')}",
        "- **shared machine**: other agents were building and testing on the same 2 cores "
        "while this ran (the load average at the start of each scale is given below): wall "
        "times are several times what an idle machine gives and noisy; compare the ratios "
        "(measured in the same process and run), and the CPU seconds of the whole-process rows",
        "- packages: " + ", ".join(f"{k} {val}" for k, val in v.items()),
        f"- repeats: {results.get('repeat')}", "",
    ]
    ordered = [s for s in SCALE_ORDER if s in scales]
    if ordered:  # the targets are set at 1M; each scale measured is a column ("not measured": a step not run)
        text += ["## Targets (issue 14)", "", "| target | " + " | ".join(ordered) + " |",
                 "|---|" + "---|" * len(ordered)]
        columns = [targets(scales[scale]) for scale in ordered]
        for i, (name, _, _) in enumerate(columns[0]):
            text.append(f"| {name} | " + " | ".join(
                f"{col[i][1]}{' ' + col[i][2] if col[i][2] else ''}" for col in columns) + " |")
        text.append("")
    for scale in ordered:
        s = scales[scale]
        la = s.get("load_average_at_start")
        text += [f"## {scale} ({s['generated_quads']:,} generated quads)", "",
                 f"Measured {s.get('measured_at', '?')}; load average at start "
                 f"{', '.join(f'{x:.2f}' for x in la) if la else '?'}.", "",
                 "| measurement | mandategraph | rdflib | ratio / note |", "|---|---|---|---|"]
        for step in ("build", "rebuild", "query", "ingest", "cli", "serve"):
            if step in s:
                text += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(step, s[step])]
        unchecked = s.get("query", {}).get("unchecked")
        if unchecked:
            text += ["", "rdflib was stopped before answering (so its answer could not be "
                     "compared at this scale; it was compared at the smaller scales): "
                     + ", ".join(f"`{u}`" for u in unchecked)]
        text.append("")
    if NOTES.is_file():
        text += [NOTES.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(text)


def write(results: dict[str, Any], out: Path, publish: bool) -> None:
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    (out / "RESULTS.md").write_text(markdown(results), encoding="utf-8")
    if publish:
        shutil.copyfile(out / "results.json", HERE / "results.json")
        shutil.copyfile(out / "RESULTS.md", HERE / "RESULTS.md")
