"""The ``mandategraph`` command: a thin layer that parses arguments, calls one library function per
subcommand and prints its typed result.

Exit codes: 0 ok; 1 findings (SHACL violations, nothing found); 2 usage or input error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from mandategraph import __version__

OK, FINDINGS, USAGE = 0, 1, 2

# Each module in mandategraph.commands defines add(subparsers) and run(args) -> int.
COMMANDS = ("build", "ingest", "validate", "query", "trace", "impact", "serve", "export", "stats", "push")


class CommandError(Exception):
    """A bad input; printed as one line, exit code 2."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="mandategraph",
        description="The mandate graph of the UNTOC Conference of the Parties and its working groups.",
        epilog="Exit codes: 0 ok, 1 findings (violations, nothing found), 2 usage or input error.")
    top.add_argument("--version", action="version", version=f"mandategraph {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"mandategraph.commands.{name}")
        module.add(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except CommandError as exc:
        print(f"mandategraph {args.command}: {exc}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mandategraph stats | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK


if __name__ == "__main__":
    raise SystemExit(main())
