"""Regenerate the reviewed golden output of every corpus text after a deliberate change.

Run `python tests/regen_ingest_golden.py` (or `... FILE.txt` for one), then read
`git diff tests/golden/ingest/` line by line against the texts before committing: a golden is only
as good as that review. Each text is read as `mandategraph build` reads it: with the curated
registry, the symbols of data/sources/manifest.toml, and the sessions of every cover of the run.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from mandategraph.ingest import IngestResult, Registry, ingest_bytes, learn_sessions
from mandategraph.manifest import read_manifest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
GOLDEN = ROOT / "tests" / "golden" / "ingest"


def corpus() -> list[Path]:
    return sorted(SOURCES.glob("*.txt"))


def symbol_of(path: Path) -> str | None:
    entry = read_manifest(SOURCES).get(path.name)
    return entry.symbol if entry else None


@cache
def registry() -> Registry:
    base = Registry.load(ROOT / "data" / "curated")
    return learn_sessions(base, [(p.name, p.read_bytes(), symbol_of(p)) for p in corpus()])


def ingest(path: Path) -> IngestResult:
    return ingest_bytes(path.read_bytes(), path.name, registry(), symbol_of(path))


def current(path: Path) -> str:
    return ingest(path).ntriples()


def golden_path(path: Path) -> Path:
    return GOLDEN / f"{path.stem}.nt"


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    wanted = set(sys.argv[1:])
    for path in corpus():
        if wanted and path.name not in wanted:
            continue
        golden_path(path).write_text(current(path), encoding="utf-8")
        print(f"wrote {golden_path(path)}")
