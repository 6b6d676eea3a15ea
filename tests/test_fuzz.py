"""Fuzzing the ingester with the mutation classes of ``bench/fuzz.py`` (byte flips, truncation,
control and format characters, encodings, long lines, long numbers, non-ASCII digits, repeated
citations): no unhandled exception, every output format loads back with the triples ingest made,
no document over 2 s of CPU; a sample through the CLI; and linear time on big inputs, measured as
the ratio of CPU times between an input and one four times its size (never an absolute time).

``MANDATEGRAPH_FUZZ_DOCUMENTS`` sets the sample (default 24); ``python -m bench.fuzz --documents
10000`` is the full run, with the count per class printed.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandategraph.cli import main
from mandategraph.ingest import NotADocumentError, Registry, ingest_bytes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench import fuzz  # noqa: E402

REGISTRY = Registry.load(ROOT / "data" / "curated")
TEXTS = fuzz._texts()
DOCUMENTS = int(os.environ.get("MANDATEGRAPH_FUZZ_DOCUMENTS", "24"))
BASE = (ROOT / "data" / "sources" / "CTOC_COP_WG.4_2010_4.txt").read_text(encoding="utf-8")
AGENDA = (ROOT / "data" / "sources" / "wg7-2013-provisional-agenda.txt").read_text(encoding="utf-8")
FOUND = sorted((ROOT / "tests" / "fixtures" / "fuzz").glob("*.txt"))  # inputs bench.fuzz failed on, kept


@settings(max_examples=DOCUMENTS, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(sorted(fuzz.CLASSES)), st.randoms(use_true_random=False))
def test_fuzzed_documents(kind: str, rng: random.Random) -> None:
    outcome = fuzz.check(fuzz.document(rng, TEXTS, kind), kind, REGISTRY, cpu_limit=2.0)
    assert outcome.status != "failed", outcome.detail


@pytest.mark.parametrize("path", FOUND, ids=lambda p: p.name)
def test_inputs_the_fuzzer_once_failed_on(path: Path) -> None:
    # python -m bench.fuzz --documents 10000 --save DIR keeps each input it fails on; these are they
    outcome = fuzz.check(path.read_bytes(), path.stem, REGISTRY, cpu_limit=2.0)
    assert outcome.status != "failed", outcome.detail


def test_the_generator_makes_every_class_and_checks_reject_bad_output() -> None:
    rng = random.Random(1)
    for kind in fuzz.CLASSES:
        raw = fuzz.document(rng, TEXTS, kind)
        assert isinstance(raw, bytes) and raw
    # the check itself fails on what it must catch: a literal split by a form feed does not load back
    with pytest.raises(SyntaxError):
        list(ox.parse(b'<http://a/s> <http://a/p> "one\ntwo" .\n', format=ox.RdfFormat.N_TRIPLES))


def test_digits_of_any_script_mint_the_iri_of_their_ascii_digits() -> None:
    # found by python -m bench.fuzz --documents 400: a full-width '３' made slug() refuse
    from mandategraph import iri

    assert iri.slug("３") == iri.slug("٣") == "3"
    assert iri.body_slug("WG.٧") == "wg7"
    assert iri.notation_key("１ (a)") == "1a"


def test_a_sample_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(13)
    paths = []
    for n, kind in enumerate(sorted(fuzz.CLASSES)):
        path = tmp_path / f"fuzz-{n}-{kind}.txt"
        path.write_bytes(fuzz.document(rng, TEXTS, kind))
        paths.append(path)
    for fmt, parser in (("nt", ox.RdfFormat.N_TRIPLES), ("trig", ox.RdfFormat.TRIG), ("ttl", ox.RdfFormat.TURTLE),
                        ("jsonld", ox.RdfFormat.JSON_LD)):
        out = tmp_path / f"out.{fmt}"
        code = main(["ingest", *map(str, paths), "--format", fmt, "--out", str(out), "--quiet"])
        err = capsys.readouterr().err
        assert code in (0, 2), err
        assert "Traceback" not in err and "internal error" not in err, err
        for line in err.splitlines():  # each refused file is one line naming it
            assert line.startswith("mandategraph ingest: ") and str(tmp_path) in line, line
        if out.exists():
            assert list(ox.parse(path=str(out), format=parser))


def cpu(raw: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        with contextlib.suppress(NotADocumentError):
            ingest_bytes(raw, "big.txt", REGISTRY)
        best = min(best, time.process_time() - started)
    return best


def blank_lines(n: int) -> bytes:
    return (BASE[:2000] + " \n\n" * n + BASE[2000:]).encode()


def long_line(n: int) -> bytes:
    return (BASE + "\n" + "word " * n).encode()


def citation_list(n: int) -> bytes:
    return (BASE + "\n\nRecalling its resolutions " + ", ".join(f"{i % 9 + 1}/{i % 7 + 1}" for i in range(n))
            + ".\n").encode()


def agenda_citations(n: int) -> bytes:
    # an annotation citing n mandates: each citation once asked the sentence's questions anew
    heading = "\n2. Good practices in special investigative techniques\n\n"
    head, _, tail = AGENDA.partition(heading)
    listing = ", ".join(f"{i % 9 + 1}/{i % 7 + 1}" for i in range(n))
    return (head + heading + f"Recalling its resolutions {listing} and 6/3, the Conference requested the "
            f"Secretariat.\n\n" + tail).encode()


def documentation_on_one_line(n: int) -> bytes:
    # an item's documentation list flattened onto one line: each symbol's title once cost the line
    heading = "Documentation\n\n"
    head, _, tail = AGENDA.partition(heading)
    listing = " ".join(f"Background paper number {i} (CTOC/COP/WG.7/2013/{i + 2})" for i in range(n))
    return (head + heading + listing + "\n" + tail).encode()


def paragraphs(n: int) -> bytes:
    return (BASE + "\n\n1. The Conference recalled resolution 6/3 and requested the Secretariat." * n).encode()


@pytest.mark.parametrize(("make", "size"), [
    pytest.param(blank_lines, 2000, id="runs-of-blank-lines"),
    pytest.param(long_line, 20_000, id="a-long-line"),
    pytest.param(citation_list, 1000, id="a-long-citation-list"),
    pytest.param(agenda_citations, 1000, id="an-annotation-citing-many-mandates"),
    pytest.param(documentation_on_one_line, 300, id="a-documentation-list-on-one-line"),
    pytest.param(paragraphs, 200, id="many-paragraphs"),
])
def test_linear_time_on_big_inputs(make: Callable[[int], bytes], size: int) -> None:
    small, big = cpu(make(size)), cpu(make(4 * size))
    ratio = big / max(small, 0.01)
    # four times the input: about 4x if linear, 16x if quadratic; 8x leaves room for noise
    assert ratio < 8, f"{len(make(size))} bytes: {small:.2f} s, {len(make(4 * size))} bytes: {big:.2f} s"
