"""Regenerate the reviewed golden output of the 2013 WG.7 agenda after a deliberate change.

Run `python tests/regen_golden.py`, then read `git diff tests/golden/wg7-2013.nt` line by line
against the text before committing: the golden is only as good as that review.
"""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import Registry, ingest_file
from mandategraph.manifest import read_manifest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sources" / "wg7-2013-provisional-agenda.txt"
GOLDEN = ROOT / "tests" / "golden" / "wg7-2013.nt"


def current() -> str:
    entry = read_manifest(SOURCE.parent)[SOURCE.name]
    result = ingest_file(SOURCE, Registry.load(ROOT / "data" / "curated"), entry.symbol)
    lines = result.graph.serialize(format="nt", encoding="utf-8").decode().splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


if __name__ == "__main__":
    GOLDEN.write_text(current(), encoding="utf-8")
    print(f"wrote {GOLDEN}")
