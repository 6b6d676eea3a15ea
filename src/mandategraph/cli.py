"""The ``mandategraph`` command: a thin layer that parses arguments, calls one library function per
subcommand and prints its typed result.

:func:`main` is the one place where failures become a line and an exit code (see
:mod:`mandategraph.errors`): 0 ok; 1 findings (SHACL violations, nothing found); 2 bad input;
3 the environment failed (disk, permissions, port); 4 a bug; 130 interrupted. No traceback reaches
the user unless ``--debug`` (or ``MANDATEGRAPH_DEBUG=1``) asks for it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from mandategraph.errors import (
    BAD_INPUT,
    BUG,
    FINDINGS,
    INTERRUPTED,
    OK,
    EnvironmentFailure,
    InputError,
    MandategraphError,
    from_os_error,
)

USAGE = BAD_INPUT
__all__ = ["FINDINGS", "OK", "USAGE", "CommandError", "main", "parser"]

# Each module in mandategraph.commands defines add(subparsers) and run(args) -> int. Only the module
# of the command being run is imported (its libraries are what the command needs); the others are
# listed with their one-line help, so `mandategraph --version` and `--help` import no RDF library.
COMMANDS = {
    "build": "build the graph from ontology/, data/curated and data/sources",
    "ingest": "read UN document texts and write their RDF (one named graph per document)",
    "validate": "SHACL report of the built graph, grouped by shape and message",
    "query": "run a named query from queries/ (or a .rq file)",
    "trace": "why is this item on the agenda? every chain of mandates, with evidence",
    "impact": "what does this mandate ground? every item, session, recommendation and document "
              "downstream, with evidence",
    "serve": "a read-only SPARQL endpoint, query and trace pages, Linked Data",
    "export": "the graph or one scope of it as RDF, GraphML/GEXF/CSV or a picture",
    "stats": "network analytics: mandates grounding most items, centrality, gaps, chain depths",
    "push": "load the built dataset into a SPARQL server (Graph Store Protocol)",
}

CommandError = InputError  # the name the command modules raise a bad input by (exit 2)

EPILOG = ("Exit codes: 0 ok, 1 findings (violations, nothing found), 2 bad input, "
          "3 environment (disk, permissions, port), 4 a bug, 130 interrupted.")


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the argument (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(BAD_INPUT, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


class Version(argparse.Action):
    """``--version``: the installed version, read only when asked for (reading the package
    metadata costs a command 0.05-0.2 s of start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from mandategraph import __version__

        print(f"mandategraph {__version__}")
        parser.exit()


def parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser. With ``argv``, only the command it names gets its full arguments (and
    its module imported); without, every command does."""
    top = Parser(prog="mandategraph",
                 description="The mandate graph of the UNTOC Conference of the Parties and its working groups.",
                 epilog=EPILOG)
    top.add_argument("--version", action=Version, nargs=0, help="show the version and exit")
    top.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = None if argv is None else next((a for a in argv if not a.startswith("-")), None)
    for name, summary in COMMANDS.items():
        if argv is None or name == chosen:
            importlib.import_module(f"mandategraph.commands.{name}").add(sub)
        else:
            sub.add_parser(name, help=summary)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command, debug = "mandategraph", bool(os.environ.get("MANDATEGRAPH_DEBUG"))
    try:
        if sys.stdout is None:
            raise EnvironmentFailure("standard output is closed (redirect it to /dev/null to discard the output)")
        args = parser(argv).parse_args(argv)
        command, debug = f"mandategraph {args.command}", debug or args.debug
        return int(args.run(args))
    except SystemExit as exc:  # argparse: --help, --version, a bad argument
        return exc.code if isinstance(exc.code, int) else BAD_INPUT
    except BrokenPipeError:  # `mandategraph stats | head`: the reader has gone, which is not an error
        _silence_stdout()
        return OK
    except KeyboardInterrupt:
        _report(command, "interrupted", debug)
        return INTERRUPTED
    except MandategraphError as exc:
        _report(command, str(exc), debug)
        return exc.exit_code
    except OSError as exc:
        error = from_os_error(exc)
        _report(command, str(error), debug)
        return error.exit_code
    except MemoryError:
        _report(command, "out of memory", debug)
        return EnvironmentFailure.exit_code
    except Exception as exc:  # a bug: one line, and the traceback only when asked for
        _report(command, f"internal error: {type(exc).__name__}: {exc} (this is a bug in mandategraph; "
                         f"run with --debug for the traceback and report it)", debug)
        return BUG


def _report(command: str, message: str, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exc()
    line = " ".join(message.split()) or "failed"
    with contextlib.suppress(OSError, ValueError, AttributeError):  # stderr closed too: the exit code says it
        print(f"{command}: {line}", file=sys.stderr)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
