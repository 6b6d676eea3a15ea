from __future__ import annotations

import argparse
import json

from mandategraph.cli import COMMANDS, OK
from mandategraph.commands import add_endpoint_arguments, endpoint_from
from mandategraph.stats import stats, stats_text
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats", help=COMMANDS["stats"],
        description="The mandates that ground the most agenda items (transitively), betweenness "
                    "centrality, recommendations never acted on, agenda items without grounding, and "
                    "the distribution of chain depths.")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--top", type=at_least_one, default=10, help="how many mandates to rank (default 10)")
    add_endpoint_arguments(p)
    p.set_defaults(run=run)


def at_least_one(value: str) -> int:
    try:
        number = int(value) if value.strip().isascii() else 0  # int() reads other scripts' digits too
    except ValueError:  # not a number, or over Python's 4,300 digits
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {value[:20]!r}")
    return number


def run(args: argparse.Namespace) -> int:
    result = stats(endpoint_from(args) or open_store(), top=args.top)
    print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) if args.format == "json"
          else stats_text(result))
    return OK
