"""Where the project's files are: ontology, curated data, sources, queries and the build directory.

A source checkout is found from this file; ``MANDATEGRAPH_HOME`` points elsewhere (a data
repository of one's own with the same layout).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def ontology(self) -> Path:
        return self.root / "ontology" / "mandategraph.ttl"

    @property
    def shapes(self) -> Path:
        return self.root / "ontology" / "mandategraph.shapes.ttl"

    @property
    def curated(self) -> Path:
        return self.root / "data" / "curated"

    @property
    def sources(self) -> Path:
        return self.root / "data" / "sources"

    @property
    def queries(self) -> Path:
        return self.root / "queries"

    @property
    def build(self) -> Path:
        return Path(os.environ.get("MANDATEGRAPH_BUILD", self.root / "build"))


def layout(root: Path | None = None) -> Layout:
    if root is not None:
        return Layout(root)
    env = os.environ.get("MANDATEGRAPH_HOME")
    return Layout(Path(env) if env else Path(__file__).resolve().parents[2])
