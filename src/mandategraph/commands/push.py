from __future__ import annotations

import argparse
import sys

from mandategraph.cli import COMMANDS, OK, CommandError
from mandategraph.remote import PushedGraph, push
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "push", help=COMMANDS["push"],
        description="Replace every named graph of the built dataset on a SPARQL server with an HTTP PUT "
                    "to its Graph Store Protocol address (Oxigraph: http://HOST:7878/store; Fuseki: "
                    "http://HOST:3030/DATASET/data). A re-push is idempotent. Each body is checked "
                    "before it is sent.")
    p.add_argument("--graph-store", required=True, metavar="URL", help="the Graph Store Protocol address")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default 60)")
    p.add_argument("--quiet", action="store_true", help="no line per graph")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def progress(graph: PushedGraph) -> None:
        if not args.quiet:
            print(f"  {graph.graph}: {graph.triples} triples (HTTP {graph.status})", file=sys.stderr)

    if not args.timeout > 0:
        raise CommandError(f"--timeout {args.timeout:g}: must be more than 0 seconds")
    result = push(open_store(), args.graph_store, timeout=args.timeout, progress=progress)
    print(f"pushed {len(result.graphs)} graphs, {result.triples} triples to {result.url} "
          f"in {result.seconds:.1f} s")
    return OK
