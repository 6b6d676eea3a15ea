from __future__ import annotations

import argparse

from mandategraph.cli import COMMANDS, FINDINGS, OK
from mandategraph.commands import add_endpoint_arguments, endpoint_from
from mandategraph.impact import impact_of
from mandategraph.label import add_lang_argument
from mandategraph.render import impact_json, impact_text
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("impact", help=COMMANDS["impact"],
                       description='MANDATE is "resolution 6/3", "decision 4/4", "6/3" (of the UNTOC '
                                   'Conference), "CAC/COSP resolution 6/3" or an IRI.')
    p.add_argument("mandate", nargs="+", help="the mandate")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_lang_argument(p)
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    impact = impact_of(endpoint_from(args) or open_store(on_disk=True), " ".join(args.mandate), lang=args.lang)
    print(impact_json(impact, args.lang) if args.format == "json" else impact_text(impact, lang=args.lang))
    return OK if impact.hops else FINDINGS
