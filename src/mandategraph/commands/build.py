from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from mandategraph import limits
from mandategraph.build import build
from mandategraph.cli import COMMANDS, FINDINGS, OK, CommandError
from mandategraph.project import layout


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help=COMMANDS["build"],
                       description="Ingest data/sources, load the ontology and curated facts, materialise, "
                                   "validate, and swap the new store in atomically, only when it "
                                   "conforms: with SHACL violations (exit 1) the previous graph stays "
                                   "current and the new one is kept aside for inspection.")
    p.add_argument("--data", metavar="DIR", type=Path,
                   help="build your own collection: DIR holds curated/ (*.ttl) and sources/ (document texts); "
                        "the ontology and shapes are mandategraph's. Default: the repository's data/")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--allow-no-sources", action="store_true",
                   help="build even when data/sources has no texts (the curated data alone)")
    p.add_argument("--full-validation", action="store_true",
                   help="validate the whole graph (by default only what changed since the current build is "
                        "validated again, and the other findings are kept: the same report)")
    p.add_argument("--full", action="store_true",
                   help="build everything again: ingest every source, materialise and validate the whole graph "
                        "(by default a build after a current one ingests only the sources that changed and "
                        "updates the current graph with them: the same result)")
    limits.add_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def progress(step: str) -> None:
        if not args.quiet:
            print(f"  {step}", file=sys.stderr)

    where = layout()
    if args.data is not None:
        if not ((args.data / "curated").is_dir() or (args.data / "sources").is_dir()):
            raise CommandError(f"--data {args.data}: no curated/ or sources/ folder in it")
        where = replace(where, data=args.data.resolve())
    result = build(where, progress=progress, allow_no_sources=args.allow_no_sources,
                   limits=limits.from_arguments(args), full_validation=args.full_validation, full=args.full)
    report = result.validation
    print(f"built {result.quads} quads in {result.graphs} graphs from {len(result.sources)} "
          f"source texts in {result.seconds:.1f} s -> {result.directory}")
    print(f"SHACL: {'conforms' if report.conforms else f'{report.violations} violations'} "
          f"({report.focus_nodes_checked} focus nodes checked, "
          f"{len(report.findings) - report.violations} warnings)"
          + ("; see `mandategraph validate`" if result.swapped else ""))
    if not result.swapped:
        print(f"mandategraph build: not swapped in: the new graph has {report.violations} SHACL violations; "
              f"the previous graph stays current; the new one is kept aside in {result.directory} "
              f"(its report: {result.directory / 'build.json'})", file=sys.stderr)
    return OK if result.swapped else FINDINGS
