from __future__ import annotations

import argparse
import sys

from mandategraph import query
from mandategraph.cli import COMMANDS, FINDINGS, OK, USAGE
from mandategraph.commands import add_endpoint_arguments, endpoint_from
from mandategraph.project import layout
from mandategraph.results import FORMATS, render
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help=COMMANDS["query"],
                       description="Run NAME (a file queries/NAME.rq) or FILE.rq with --param key=value "
                                   "bindings. `mandategraph query --list` shows the named queries.")
    p.add_argument("name", nargs="?", help="query name or .rq file")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.add_argument("--allow-service", action="store_true",
                   help="let a SERVICE clause fetch another endpoint over the network (refused otherwise)")
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        return list_queries()
    named = query.find(args.name)
    result = query.run(endpoint_from(args) or open_store(on_disk=True), named, query.parse_params(args.param),
                       allow_service=args.allow_service)
    print(render(result, args.format))
    return OK if len(result) else FINDINGS


def list_queries() -> int:
    """Every named query that reads; a file that does not is one line on standard error (exit 2)."""
    bad = 0
    for path in sorted(layout().queries.glob("*.rq")):
        try:
            q = query.parse(path)
        except query.QueryError as exc:
            print(f"mandategraph query: {exc}", file=sys.stderr)
            bad += 1
            continue
        params = " ".join(f"--param {p.name}=<{p.type}>" for p in q.parameters)
        print(f"{q.name:32} {q.title}  {params}".rstrip())
    return USAGE if bad else OK
