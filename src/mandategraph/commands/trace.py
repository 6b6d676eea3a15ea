from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mandategraph.cli import COMMANDS, FINDINGS, OK
from mandategraph.commands import add_endpoint_arguments, endpoint_from
from mandategraph.errors import InputError
from mandategraph.files import write_atomic
from mandategraph.label import add_lang_argument
from mandategraph.render import agenda_json, agenda_text, trace_json, trace_text
from mandategraph.store import open_store
from mandategraph.trace import AgendaTrace, ItemNotFound, Trace, trace_agenda, trace_item

FORMATS = ("text", "json", "dot", "svg", "png")


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trace", help=COMMANDS["trace"],
                       description='ITEM is an IRI, "CTOC/COP/WG.7/2013/1 2", "CTOC/COP/WG.7/2013/1 item 2" '
                                   'or "WG.7 2013 item 3"; an agenda ("CTOC/COP/WG.7/2013/1", "WG.7 2013") '
                                   'traces every item of it, in order, with the organization of work. '
                                   'dot, svg and png draw the chain of one item (item on top, roots at the '
                                   'bottom, disputed links red and dashed).')
    p.add_argument("item", nargs="+", help="the agenda item, or a whole agenda")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--brief", action="store_true", help="one line per hop (text format)")
    add_lang_argument(p)
    add_endpoint_arguments(p)
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write to FILE instead of standard output (png writes bytes to stdout otherwise)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.item)
    store = endpoint_from(args) or open_store(on_disk=True)
    try:
        trace: Trace | AgendaTrace = trace_item(store, text, lang=args.lang)
    except ItemNotFound as not_item:
        try:  # a whole agenda: "CTOC/COP/WG.7/2013/1", "WG.7 2013"
            trace = trace_agenda(store, text, lang=args.lang)
        except ItemNotFound:
            raise not_item from None
    if isinstance(trace, AgendaTrace):
        if args.format not in ("text", "json"):
            raise InputError(f"--format {args.format}: a whole agenda is written as text or json; "
                             "draw one item at a time")
        write(agenda_json(trace) if args.format == "json" else agenda_text(trace, brief=args.brief), args.out)
        return OK if any(t.hops for t in trace.items) else FINDINGS
    write(render(trace, args.format, args.brief), args.out)
    return OK if trace.hops else FINDINGS


def render(trace: Trace, fmt: str, brief: bool = False) -> str | bytes:
    if fmt in ("dot", "svg", "png"):
        from mandategraph import picture  # matplotlib is imported only when a picture is asked for

        if fmt == "png":
            return picture.trace_png(trace)
        return picture.trace_svg(trace) if fmt == "svg" else picture.trace_dot(trace)
    return trace_json(trace) if fmt == "json" else trace_text(trace, brief=brief)


def write(data: str | bytes, out: Path | None) -> None:
    """Text or bytes to ``out`` or to standard output; a file that cannot be written is an input error."""
    if out is not None:
        if isinstance(data, str):
            data = (data if data.endswith("\n") else data + "\n").encode("utf-8")
        write_atomic(out, data, f"--out {out}")
        print(f"wrote {out}", file=sys.stderr)
    elif isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        print(data)
