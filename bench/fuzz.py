"""Fuzzed UN document texts: the corpus texts of ``data/sources`` mutated by class, thrown at the
ingester, every output loaded back.

    python -m bench.fuzz --documents 10000 [--seed N] [--save DIR] [--jobs N]

prints how many documents of each mutation class were read, refused (a one-line
``NotADocumentError``) or failed, the slowest document's CPU time (``time.process_time`` around
the reading of each document), and exits 1 if any failed (an unhandled exception, an output in any
of the four formats, or the N-Triples a build loads, that does not load back with the triples ingest
made, or more than ``--cpu-limit`` seconds of CPU). Each failure is printed as it happens and its
input saved in ``--save DIR``, to become a regression input of ``tests/test_fuzz.py``, which also
runs a small sample of the same generator in the suite.

Mutation classes: byte flips, truncation, control and format characters (form feed, vertical tab,
NEL, U+2028/2029, zero-width, BOM, NUL, ESC), other encodings (UTF-16, Latin-1, cp1252, UTF-8 with
BOM), long lines, long numbers (over Python's 4,300-digit limit), digits of other scripts
(Arabic-Indic, full-width, Devanagari) and repeated citations.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "data" / "sources").glob("*.txt"))

CONTROL = ["\f", "\v", "\x85", "\u2028", "\u2029", "\u200b", "\u200e", "\ufeff", "\x1b", "\r", "\x7f",
           "\u00ad", "\u202e", "\x1c", "\x1d", "\x1e"]
DIGITS = {"arabic-indic": 0x0660, "extended-arabic-indic": 0x06F0, "full-width": 0xFF10, "devanagari": 0x0966}
ENCODINGS = ["utf-16", "utf-16-be", "latin-1", "cp1252", "utf-8-sig"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SOURCES]


def byte_flips(rng: random.Random, text: str) -> bytes:
    raw = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 40)):
        if raw:
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def truncation(rng: random.Random, text: str) -> bytes:
    raw = text.encode("utf-8")
    return raw[: rng.randint(0, len(raw))]  # may cut inside a UTF-8 sequence


def control_and_format(rng: random.Random, text: str) -> bytes:
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(CONTROL))
    if rng.random() < 0.1:
        chars.insert(rng.randint(0, len(chars)), "\x00")
    if rng.random() < 0.5:  # a page break or line separator inside a quoted sentence
        out = "".join(chars).replace("the Conference", f"the{rng.choice(CONTROL)}Conference", 3)
        return out.encode("utf-8")
    return "".join(chars).encode("utf-8")


def encodings(rng: random.Random, text: str) -> bytes:
    return text.encode(rng.choice(ENCODINGS), errors="replace")


def long_lines(rng: random.Random, text: str) -> bytes:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    joined = " ".join(lines[i:]) if rng.random() < 0.5 else lines[i] * rng.randint(50, 400)
    return "\n".join(lines[:i] + [joined]).encode("utf-8")


def long_numbers(rng: random.Random, text: str) -> bytes:
    number = "9" * rng.choice([4301, 5000, 20000])
    forms = [f"resolution {number}/3", f"decision 4/{number}", f"Item {number} of the provisional agenda",
             f"{number}. ", f"{number} November 2013", f"CTOC/COP/WG.7/{number}/1", f"paragraph {number}"]
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(forms))
    return "\n".join(lines).encode("utf-8")


def other_digits(rng: random.Random, text: str) -> bytes:
    zero = DIGITS[rng.choice(sorted(DIGITS))]
    share = rng.random()
    return "".join(chr(zero + int(c)) if c.isascii() and c.isdigit() and rng.random() < share else c
                   for c in text).encode("utf-8")


def repeated_citations(rng: random.Random, text: str) -> bytes:
    count = rng.choice([50, 500, 3000])
    listing = ", ".join(f"{rng.randint(1, 12)}/{rng.randint(1, 12)}" for _ in range(count))
    sentence = f"Recalling its resolutions {listing} and 6/3, the Conference requested the Secretariat."
    paragraphs = text.split("\n\n")
    paragraphs.insert(rng.randint(0, len(paragraphs)), sentence)
    return "\n\n".join(paragraphs).encode("utf-8")


CLASSES: dict[str, Callable[[random.Random, str], bytes]] = {
    "byte-flips": byte_flips, "truncation": truncation, "control-and-format": control_and_format,
    "encodings": encodings, "long-lines": long_lines, "long-numbers": long_numbers,
    "non-ascii-digits": other_digits, "repeated-citations": repeated_citations}


def document(rng: random.Random, texts: list[str], kind: str) -> bytes:
    """One fuzzed document of mutation class ``kind`` (sometimes with a second class on top)."""
    raw = CLASSES[kind](rng, rng.choice(texts))
    if rng.random() < 0.25:
        second = rng.choice(sorted(CLASSES))
        raw = CLASSES[second](rng, raw.decode("utf-8", "replace"))
    return raw


def _formats() -> list[tuple[str, ox.RdfFormat]]:
    import pyoxigraph as ox

    return [("nt", ox.RdfFormat.N_TRIPLES), ("trig", ox.RdfFormat.TRIG), ("ttl", ox.RdfFormat.TURTLE),
            ("jsonld", ox.RdfFormat.JSON_LD)]


REASONS = ("unhandled exception", "invalid output", "over the CPU limit")


@dataclass
class Outcome:
    kind: str
    status: str  # read | refused | failed
    cpu: float
    detail: str = ""
    reason: str = ""  # of a failure: one of REASONS


def check(raw: bytes, kind: str, registry: object, cpu_limit: float) -> Outcome:
    """Ingest ``raw``; every output format must load back with the triples ingest made."""
    import pyoxigraph as ox

    from mandategraph.ingest import NotADocumentError, ingest_bytes, serialize

    formats = _formats()
    started = time.process_time()
    try:
        result = ingest_bytes(raw, "fuzz.txt", registry)
    except NotADocumentError:
        cpu = time.process_time() - started
        if cpu > cpu_limit:  # refusing a document must not take longer than reading one
            return Outcome(kind, "failed", cpu, f"refused after {cpu:.2f} s of CPU (limit {cpu_limit} s)", REASONS[2])
        return Outcome(kind, "refused", cpu)
    except Exception as exc:  # noqa: BLE001 - any other exception is the finding
        return Outcome(kind, "failed", time.process_time() - started, f"{type(exc).__name__}: {exc}"[:300],
                       REASONS[0])
    cpu = time.process_time() - started
    try:
        outputs = [(fmt, serialize([result], fmt), parser) for fmt, parser in formats]
        # what build loads into its store
        outputs.append(("build nt", result.graph.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES))
        for fmt, data, parser in outputs:
            quads = list(ox.parse(data, format=parser))
            if len({(q.subject, q.predicate, q.object) for q in quads}) != len(result.graph):
                raise ValueError(f"{fmt}: {len(quads)} triples back of {len(result.graph)}")
    except Exception as exc:  # noqa: BLE001 - an output that cannot be written or read back is the finding
        return Outcome(kind, "failed", cpu, f"output does not load back: {type(exc).__name__}: {exc}"[:300],
                       REASONS[1])
    if cpu > cpu_limit:
        return Outcome(kind, "failed", cpu, f"{cpu:.2f} s of CPU (limit {cpu_limit} s)", REASONS[2])
    return Outcome(kind, "read", cpu)


_REGISTRY: object = None  # each worker process's own


def _load_registry() -> None:
    global _REGISTRY
    from mandategraph.ingest import Registry

    _REGISTRY = Registry.load(ROOT / "data" / "curated")


def _check_one(job: tuple[int, str, bytes, float, Path | None, int]) -> tuple[int, Outcome]:
    """Check document ``n``; keep its input in ``save`` when it fails."""
    n, kind, raw, cpu_limit, save, seed = job
    outcome = check(raw, kind, _REGISTRY, cpu_limit)
    if outcome.status == "failed" and save is not None:
        save.mkdir(parents=True, exist_ok=True)
        (save / f"{seed}-{n}-{kind}.txt").write_bytes(raw)
    return n, outcome


def run(documents: int, seed: int, cpu_limit: float = 2.0,
        progress: Callable[[int], None] = lambda _: None, save: Path | None = None, jobs: int = 1) -> list[Outcome]:
    """Generate ``documents`` in order from ``seed`` and check each, in ``jobs`` processes (the same
    documents whatever ``jobs``: they are generated in one process; each CPU time is the worker's)."""
    rng, texts, kinds = random.Random(seed), _texts(), sorted(CLASSES)
    work = ((n, kinds[n % len(kinds)], document(rng, texts, kinds[n % len(kinds)]), cpu_limit, save, seed)
            for n in range(documents))
    outcomes = []
    with contextlib.ExitStack() as stack:
        if jobs > 1:
            pool = stack.enter_context(multiprocessing.get_context("fork").Pool(jobs, _load_registry))
            checked: Iterator[tuple[int, Outcome]] = pool.imap(_check_one, work, chunksize=2)
        else:
            _load_registry()
            checked = map(_check_one, work)
        for n, outcome in checked:
            outcomes.append(outcome)
            if outcome.status == "failed":
                print(f"\nFAILED document {n} ({outcome.kind}): {outcome.detail}", file=sys.stderr)
            progress(n)
    return outcomes


def summary(outcomes: list[Outcome], seed: int, cpu_limit: float = 2.0) -> str:
    by = Counter((o.kind, o.status) for o in outcomes)
    reasons = Counter(o.reason for o in outcomes if o.status == "failed")
    slowest = max(outcomes, key=lambda o: o.cpu)
    lines = [f"{len(outcomes)} fuzzed documents (seed {seed}) in {len(CLASSES)} mutation classes "
             f"(a quarter with a second class on top)",
             f"unhandled exceptions: {reasons[REASONS[0]]}, invalid outputs: {reasons[REASONS[1]]} "
             f"(nt, trig, ttl, jsonld and the build's N-Triples each loaded back), "
             f"over {cpu_limit:g} s of CPU: {reasons[REASONS[2]]}",
             f"slowest document: {slowest.cpu:.2f} s of CPU ({slowest.kind}, {slowest.status}); "
             f"mean {sum(o.cpu for o in outcomes) / len(outcomes):.3f} s",
             f"{'class':22} {'read':>6} {'refused':>8} {'failed':>7}"]
    for kind in sorted(CLASSES):
        lines.append(f"{kind:22} {by[kind, 'read']:6} {by[kind, 'refused']:8} {by[kind, 'failed']:7}")
    lines += [f"FAILED {o.kind}: {o.detail}" for o in outcomes if o.status == "failed"][:20]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--documents", type=int, default=10_000)
    args.add_argument("--seed", type=int, default=13)
    args.add_argument("--cpu-limit", type=float, default=2.0, help="seconds of CPU per document")
    args.add_argument("--save", type=Path, metavar="DIR", help="keep each failing input in DIR")
    args.add_argument("--jobs", type=int, default=1, help="worker processes (the same documents, checked faster)")
    opts = args.parse_args(argv)
    outcomes = run(opts.documents, opts.seed, opts.cpu_limit,
                   lambda n: print(f"\r{n + 1}/{opts.documents}", end="", file=sys.stderr) if n % 100 == 99 else None,
                   opts.save, opts.jobs)
    print(file=sys.stderr)
    print(summary(outcomes, opts.seed, opts.cpu_limit))
    return 1 if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
