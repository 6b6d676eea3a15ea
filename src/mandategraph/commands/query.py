from __future__ import annotations

import argparse

from mandategraph import query
from mandategraph.cli import FINDINGS, OK
from mandategraph.remote import add_endpoint_arguments, endpoint_from
from mandategraph.results import FORMATS, render
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="run a named query from queries/ (or a .rq file)",
                       description="Run NAME (a file queries/NAME.rq) or FILE.rq with --param key=value "
                                   "bindings. `mandategraph query --list` shows the named queries.")
    p.add_argument("name", nargs="?", help="query name or .rq file")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        for q in query.named_queries():
            params = " ".join(f"--param {p.name}=<{p.type}>" for p in q.parameters)
            print(f"{q.name:32} {q.title}  {params}".rstrip())
        return OK
    named = query.find(args.name)
    result = query.run(endpoint_from(args) or open_store(), named, query.parse_params(args.param))
    print(render(result, args.format))
    return OK if len(result) else FINDINGS
