"""``python -m bench``: generate, measure each step in a fresh process, print, write the results."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import report
from bench.generate import SCALES, SEED, dataset

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
STEPS = ("build", "rebuild", "query", "ingest", "cli", "serve")


class StepFailed(RuntimeError):
    """A measured step failed (a wrong answer included); its output says why."""


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--scale", default="10k", choices=[*SCALES, "all"],
                   help="synthetic graph size (default 10k); all = 10k, 100k and 1m in turn")
    p.add_argument("--repeat", type=int, default=3, help="repeats per measurement (median)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help="where data and results go (default bench/out; only then are "
                        "bench/RESULTS.md and bench/results.json rewritten)")
    p.add_argument("--steps", default=",".join(STEPS),
                   help=f"comma-separated subset of {','.join(STEPS)}")
    p.add_argument("--baseline-timeout", type=float, default=120.0, metavar="S",
                   help="stop one rdflib baseline measurement after S seconds (default 120)")
    p.add_argument("--render-only", action="store_true",
                   help="measure nothing: rewrite RESULTS.md from OUT/results.json (after editing "
                        "bench/NOTES.md)")
    return p.parse_args(argv)


def run_step(step: str, scale: str, repeat: int, out: Path, timeout: float) -> dict[str, Any]:
    root = HERE.parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root),
                                                                    os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.steps", step, scale, str(repeat), str(out),
                           str(timeout)], cwd=root, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise StepFailed(f"step {step} at {scale} failed (exit {proc.returncode}): "
                         + (proc.stderr.strip().splitlines() or ["no output"])[-1])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    return result  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    scales = list(SCALES) if args.scale == "all" else [args.scale]
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = sorted(set(steps) - set(STEPS))
    if unknown:
        print(f"python -m bench: unknown step {unknown[0]!r} (known: {', '.join(STEPS)})",
              file=sys.stderr)
        return 2
    results_path = out / "results.json"
    results = report.load(results_path)
    if args.render_only:
        report.write(results, out, publish=out == DEFAULT_OUT.resolve())
        return 0
    results.update(report.environment(args.repeat))
    for scale in scales:
        gen = dataset(scale, out / "data", SEED)
        print(f"== {scale}: {gen.quads} generated quads ({gen.conferences} conferences, seed {SEED})",
              flush=True)
        # steps measured earlier at this scale (same seed) are kept unless measured again
        earlier = results.get("scales", {}).get(scale, {})
        entry: dict[str, Any] = dict(earlier) if earlier.get("seed") == SEED else {}
        entry.update({"generated_quads": gen.quads, "seed": SEED,
                      "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                      "load_average_at_start": os.getloadavg()})
        for step in steps:
            try:
                entry[step] = run_step(step, scale, args.repeat, out, args.baseline_timeout)
            except StepFailed as exc:
                print(f"!! {exc}", file=sys.stderr, flush=True)
                entry[step] = {"failed": str(exc)}
                results.setdefault("scales", {})[scale] = entry
                report.write(results, out, publish=out == DEFAULT_OUT.resolve())
                return 1
            for line in report.lines(step, entry[step]):
                print("   " + line, flush=True)
        results.setdefault("scales", {})[scale] = entry
        report.write(results, out, publish=out == DEFAULT_OUT.resolve())
    print(f"results: {results_path}" + (f", {HERE / 'RESULTS.md'}" if out == DEFAULT_OUT.resolve()
                                        else f", {out / 'RESULTS.md'}"))
    return 0
