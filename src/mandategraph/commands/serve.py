from __future__ import annotations

import argparse

from mandategraph.cli import OK, CommandError
from mandategraph.store import NoBuildError, current_dir


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help="a read-only SPARQL endpoint, query and trace pages, Linked Data",
        description="Serve the built graph over HTTP: SPARQL 1.1 Protocol at /sparql, the query "
                    "page at /query, the trace page at /trace, Linked Data at /id/..., VoID at "
                    "/.well-known/void. Read-only; loopback by default.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    p.add_argument("--query-timeout", type=float, default=5.0, metavar="S",
                   help="seconds a query may run before it is stopped (default 5)")
    p.add_argument("--workers", type=int, default=2,
                   help="query worker processes, each with its own copy of the store (default 2)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise CommandError(f"--port {args.port}: not a port number")
    if not args.query_timeout > 0:
        raise CommandError("--query-timeout must be more than 0 seconds")
    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    try:
        current_dir()
    except NoBuildError as exc:
        raise CommandError(str(exc)) from exc
    from mandategraph.server.app import ServerConfig, serve

    serve(ServerConfig(host=args.host, port=args.port, query_timeout=args.query_timeout,
                       workers=args.workers))
    return OK
