from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from mandategraph import limits
from mandategraph.cli import COMMANDS, OK, USAGE
from mandategraph.errors import from_os_error
from mandategraph.files import write_atomic
from mandategraph.ingest import FORMATS, ingest, serialize, source_files, write_texts


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help=COMMANDS["ingest"],
        description="Read FILE... (plain texts, PDF or Word files of agendas, background papers, notes, "
                    "reports, conference room papers, resolutions and decisions, in any UN language) and "
                    "write what they say as RDF with evidence. A file that is not a UN document is reported "
                    "on one line and the others are still read; the exit code is then 2. A symbol the text "
                    "does not print comes from --symbol (one file) or from a manifest.toml beside the file.")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path,
                   help="a text, PDF or Word file, or a directory (its .txt, .pdf and .docx files)")
    p.add_argument("--symbol", metavar="S", help="the document symbol of FILE when it prints none")
    p.add_argument("--out", metavar="PATH", default="-", help="output file, or - for standard output (default)")
    p.add_argument("--format", choices=FORMATS, default="trig",
                   help="trig and jsonld keep each document's named graph; ttl and nt give their union "
                        "(nt sorted: the same input gives the same bytes). Default: trig")
    p.add_argument("--texts", metavar="DIR", type=Path,
                   help="where to keep the texts extracted from PDF and Word files (X.pdf as X.pdf.txt), which "
                        "the evidence offsets count in; default: OUT.texts beside --out, none with standard output")
    p.add_argument("--jobs", metavar="N", type=_jobs, default=None,
                   help="worker processes that share the files (default: two for a batch of 16 files or more "
                        "when a second core is idle, else one); the output is the same for any N")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    limits.add_arguments(p)
    p.set_defaults(run=run)


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs wants a whole number of processes, 1 or more, not {text!r}")
    return n


def run(args: argparse.Namespace) -> int:
    files = source_files(args.files)
    bar = tqdm(total=len(files), file=sys.stderr, unit="file", desc="ingest",
               disable=args.quiet or len(files) < 2, leave=False)

    def step(name: str) -> None:
        bar.set_postfix_str(name, refresh=False)
        bar.update(1)

    try:
        batch = ingest(files, symbol=args.symbol, progress=step, jobs=args.jobs, limits=limits.from_arguments(args))
    finally:
        bar.close()
    for _, message in batch.errors:
        print(f"mandategraph ingest: {message}", file=sys.stderr)
    if batch.results:
        data = serialize(batch.results, args.format)
        if args.out == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_atomic(Path(args.out), data, f"--out {args.out}")
    texts = args.texts or (Path(f"{args.out}.texts") if args.out != "-" else None)
    extracted = [r.source for r in batch.results if r.text is not None]
    if extracted and texts is None:
        print(f"mandategraph ingest: the text extracted from {', '.join(extracted)} was not kept "
              "(give --texts DIR to check quotes at their offsets)", file=sys.stderr)
    elif extracted and texts is not None:
        try:
            write_texts(batch.results, texts)
        except OSError as exc:
            raise from_os_error(exc, f"--texts {texts}", "cannot write") from exc
    if not args.quiet:
        triples = sum(r.triple_count for r in batch.results)
        where = "" if args.out == "-" else f" -> {args.out}"
        print(f"ingested {len(batch.results)} of {len(files)} files ({triples} triples){where}", file=sys.stderr)
    return USAGE if batch.errors else OK
