from __future__ import annotations

import argparse
import json

from mandategraph.cli import COMMANDS, OK
from mandategraph.remote import add_endpoint_arguments, endpoint_from
from mandategraph.stats import stats, stats_text
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help=COMMANDS["stats"],
        description="The mandates that ground the most agenda items (transitively), betweenness "
                    "centrality, recommendations never acted on, agenda items without grounding, and "
                    "the distribution of chain depths.")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--top", type=int, default=10, help="how many mandates to rank (default 10)")
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = stats(endpoint_from(args) or open_store(), top=args.top)
    print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) if args.format == "json"
          else stats_text(result))
    return OK
