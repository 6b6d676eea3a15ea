from __future__ import annotations

import argparse
import socket

from mandategraph.cli import COMMANDS, OK, CommandError
from mandategraph.errors import from_os_error
from mandategraph.server.inline import ENTRIES
from mandategraph.store import check_current


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help=COMMANDS["serve"],
        description="Serve the built graph over HTTP: SPARQL 1.1 Protocol at /sparql, the query "
                    "page at /query, the trace page at /trace, Linked Data at /id/..., VoID at "
                    "/.well-known/void. Read-only; loopback by default.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    p.add_argument("--query-timeout", type=float, default=5.0, metavar="S",
                   help="seconds a query may run before it is stopped (default 5)")
    p.add_argument("--workers", type=int, default=2,
                   help="query worker processes, each with its own copy of the store (default 2)")
    p.add_argument("--read-timeout", type=float, default=5.0, metavar="S",
                   help="seconds a client has to send a whole request, head and body; slower and "
                        "idle connections are closed (default 5)")
    p.add_argument("--per-client", type=int, default=32, metavar="N",
                   help="open connections one client address may hold (default 32)")
    p.add_argument("--watch", type=float, default=1.0, metavar="S",
                   help="how often to look whether build/current changed, then load the new "
                        "build and switch to it at once (default 1; 0: only on SIGHUP)")
    p.add_argument("--inline", type=int, default=ENTRIES, metavar="N",
                   help="query texts a worker has proven cheap that the web process answers "
                        f"itself, on its own copy of the build (default {ENTRIES}; 0: none, and no "
                        "copy is loaded)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise CommandError(f"--port {args.port}: not a port number")
    if not args.query_timeout > 0:
        raise CommandError("--query-timeout must be more than 0 seconds")
    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    if not args.read_timeout > 0:
        raise CommandError("--read-timeout must be more than 0 seconds")
    if args.per_client < 1:
        raise CommandError("--per-client must be at least 1")
    if args.inline < 0:
        raise CommandError("--inline must be 0 or more")
    if not args.watch >= 0:
        raise CommandError("--watch must be 0 or more seconds")
    check_current()  # no build, or a corrupt one: one line and exit 2 before anything starts
    check_port(args.host, args.port)
    from mandategraph.server.app import ServerConfig, serve

    serve(ServerConfig(host=args.host, port=args.port, query_timeout=args.query_timeout,
                       workers=args.workers, read_seconds=args.read_timeout,
                       per_client=args.per_client, watch_seconds=args.watch,
                       inline_entries=args.inline))
    return OK


def check_port(host: str, port: int) -> None:
    """Fail before starting anything when ``host:port`` cannot be listened on (a port in use is an
    environment failure, exit 3; an address this machine does not have is one too)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise CommandError(f"--host {host}: {exc.strerror or exc}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            raise from_os_error(exc, f"--port {port} on {host}", "cannot listen") from exc
