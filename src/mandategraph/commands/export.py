from __future__ import annotations

import argparse
import sys

from mandategraph.cli import COMMANDS, OK
from mandategraph.export import FORMATS, ExportError, export, parse_scope
from mandategraph.label import add_lang_argument
from mandategraph.store import open_store


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help=COMMANDS["export"],
        description="Export the built graph. RDF: ttl, nt (the union of the graphs), trig, jsonld (the "
                    "named graphs kept). Networks: graphml, gexf (Gephi, networkx), csv (nodes and "
                    "edges files). Pictures: dot, svg, png. SCOPE is item=\"WG.7 2013 item 3\" (the item "
                    "and its chains), mandate=\"resolution 6/3\" (what rests on it), body=ctoc-cop-wg7, "
                    "session=ctoc-cop-wg7/2 (body/number), each also with an IRI.")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--scope", metavar="KIND=VALUE", help="item=..., mandate=..., body=..., session=...")
    add_lang_argument(p)
    p.add_argument("--out", metavar="PATH",
                   help="output file (csv: a directory, or a prefix for PREFIX.nodes.csv and "
                        "PREFIX.edges.csv); default: standard output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    scope = parse_scope(args.scope)
    if args.out is None and args.format == "png" and sys.stdout.isatty():
        raise ExportError("--format png: give --out FILE.png (not writing an image to a terminal)")
    result = export(open_store(), args.format, scope, args.out, lang=args.lang)
    if result.files:
        what = f"{result.triples} triples" if result.triples else \
            f"{result.nodes} nodes, {result.edges} edges"
        print(f"exported {result.scope} as {result.format} ({what}) -> "
              + ", ".join(str(f) for f in result.files), file=sys.stderr)
    else:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    return OK
