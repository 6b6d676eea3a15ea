from __future__ import annotations

import argparse

from mandategraph.cli import FINDINGS, OK, CommandError
from mandategraph.remote import RemoteError, add_endpoint_arguments, endpoint_from
from mandategraph.render import trace_json, trace_text
from mandategraph.store import NoBuildError, open_store
from mandategraph.trace import ItemNotFound, trace_item


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trace", help="why is this item on the agenda? every chain of mandates, with evidence",
                       description='ITEM is an IRI, "CTOC/COP/WG.7/2013/1 2", "CTOC/COP/WG.7/2013/1 item 2" '
                                   'or "WG.7 2013 item 3".')
    p.add_argument("item", nargs="+", help="the agenda item")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        trace = trace_item(endpoint_from(args) or open_store(), " ".join(args.item))
    except (NoBuildError, RemoteError) as exc:
        raise CommandError(str(exc)) from exc
    except ItemNotFound as exc:
        print(f"mandategraph trace: {exc}")
        return FINDINGS
    print(trace_json(trace) if args.format == "json" else trace_text(trace))
    return OK if trace.hops else FINDINGS
