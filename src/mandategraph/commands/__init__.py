"""The subcommands of ``mandategraph`` (one module each: ``add(subparsers)``, ``run(args)``), and the
options several of them share."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mandategraph.remote import Endpoint


def add_endpoint_arguments(parser: argparse.ArgumentParser) -> None:
    """``--endpoint URL`` and ``--server-union`` for the commands that can read a remote store."""
    parser.add_argument("--endpoint", metavar="URL",
                        help="query a remote SPARQL endpoint (such as Oxigraph's /query) instead of "
                             "the embedded build")
    parser.add_argument("--server-union", action="store_true",
                        help="with --endpoint: the server's default graph is already the union of its "
                             "named graphs, all of this dataset (send no default-graph-uri even when "
                             "its service description does not say so)")


def endpoint_from(args: argparse.Namespace) -> Endpoint | None:
    """The remote endpoint ``--endpoint`` names, or None: :mod:`mandategraph.remote` (and the HTTP
    libraries) are imported only when one is given."""
    url = getattr(args, "endpoint", None)
    if not url:
        return None
    from mandategraph.remote import Endpoint

    return Endpoint(url, server_union=bool(getattr(args, "server_union", False)))
