"""Property: whatever bytes come in, the ingester either reads them or raises NotADocumentError.

Mutated corpus texts (cut anywhere, lines dropped, duplicated or shuffled, characters replaced,
debris inserted, other encodings) and random texts are thrown at ``ingest_bytes``; any other
exception is a bug.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandategraph.ingest import NotADocumentError, Registry, ingest_bytes

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "data" / "sources").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SOURCES]
REGISTRY = Registry.load(ROOT / "data" / "curated")
EXAMPLES = int(os.environ.get("MANDATEGRAPH_FUZZ_EXAMPLES", "150"))

DEBRIS = ["V.15-05911 (E)", "*1505911*", "CTOC/COP/WG.4/2010/L.1", "2", "[... text truncated ...]",
          "<i>", "</i>", "*", "**", "[1]", "(1)", "-\n", "\t", " | ", "\u00a0", "…", "Distr.: General",
          "Item 2 of the provisional agenda*", "* CTOC/COP/2018/1.", "resolution 6/3", "decision 4/4 of the",
          "Original: English", "1. ", "(a) ", "Annotations", "Provisional agenda", "Monday, 11 November",
          "10 a.m.-1 p.m.", "Resolution 9/1", "Decision 1/1", "Recalling", "3/1. Review ... 3",
          "рекомендации", "resolución 5/3", "2013年7月1日", "\u200b", "\ufeff"]


def ingest(raw: bytes, symbol: str | None = None) -> None:
    try:
        result = ingest_bytes(raw, "fuzz.txt", REGISTRY, symbol)
    except NotADocumentError:
        return
    assert len(result.graph) > 0
    result.ntriples()  # serialises


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(TEXTS))
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "drop", "dup", "swap", "insert", "replace", "case"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "cut":
            line = lines[i]
            lines = lines[:i] + [line[: draw(st.integers(0, len(line)))]]
        elif op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(DEBRIS)) + draw(st.text(max_size=20)))
        elif op == "replace":
            line = lines[i]
            k = draw(st.integers(0, len(line)))
            lines[i] = line[:k] + draw(st.text(max_size=8)) + line[k + 1:]
        else:
            lines[i] = lines[i].upper() if draw(st.booleans()) else lines[i].lower()
    out = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "latin-1"]))
    return out.encode(encoding, errors="replace")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.data_too_large])
@given(mutated())
def test_mutated_corpus_texts(raw: bytes) -> None:
    ingest(raw)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    ingest(text.encode("utf-8", errors="replace"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(raw: bytes) -> None:
    ingest(raw)


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(DEBRIS + [t[:400] for t in TEXTS]), max_size=30).map("\n".join))
def test_debris_soup(text: str) -> None:
    ingest(text.encode("utf-8"))


@settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from([None, "CTOC/COP/WG.7/2013/1", "A/AC.291/11", "X/1"]))
def test_with_a_supplied_symbol(raw: bytes, symbol: str | None) -> None:
    ingest(raw, symbol)


@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"\x00\x01\x02", "\ufeff".encode(), b"\xff\xfe\x00",
                                 b"source: http://x\n", b"source: http://x\nnote: y\n\n   \n"])
def test_documented_errors(raw: bytes) -> None:
    with pytest.raises(NotADocumentError):
        ingest_bytes(raw, "bad.txt", REGISTRY)


def test_bad_symbol_is_refused() -> None:
    with pytest.raises(NotADocumentError, match="not a UN document symbol"):
        ingest_bytes(SOURCES[0].read_bytes(), SOURCES[0].name, REGISTRY, "not a symbol")
