"""Where the project's files are: ontology, curated data, sources, queries and the build directory.

A source checkout is found from this file; ``MANDATEGRAPH_HOME`` points elsewhere (a data
repository of one's own with the same layout). An installed package without a checkout uses the
copies shipped in the wheel (``mandategraph/shipped/``: ontology, queries, the repository's data and
its built dataset), builds into the user's data directory, and answers from the shipped dataset
until the user builds one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SHIPPED = PACKAGE / "shipped"  # written into the wheel by setup.py; absent in a checkout


@dataclass(frozen=True)
class Layout:
    root: Path
    data: Path | None = None  # curated/ and sources/; root/data unless given (`build --data DIR`)
    build_home: Path | None = None  # the build directory unless MANDATEGRAPH_BUILD says; root/build if None
    shipped: Path | None = None  # a built dataset to answer from while build/current has none

    @property
    def ontology(self) -> Path:
        return self.root / "ontology" / "mandategraph.ttl"

    @property
    def shapes(self) -> Path:
        return self.root / "ontology" / "mandategraph.shapes.ttl"

    @property
    def curated(self) -> Path:
        return (self.data or self.root / "data") / "curated"

    @property
    def sources(self) -> Path:
        return (self.data or self.root / "data") / "sources"

    @property
    def queries(self) -> Path:
        return self.root / "queries"

    @property
    def build(self) -> Path:
        return Path(os.environ.get("MANDATEGRAPH_BUILD", self.build_home or self.root / "build"))


def user_build_home() -> Path:
    """Where an installed package builds: the user's data directory (XDG), whatever the folder."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "mandategraph" / "build"


def layout(root: Path | None = None) -> Layout:
    if root is not None:
        return Layout(root)
    env = os.environ.get("MANDATEGRAPH_HOME")
    if env:
        return Layout(Path(env))
    checkout = PACKAGE.parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "ontology").is_dir():
        return Layout(checkout)
    return Layout(SHIPPED, build_home=user_build_home(), shipped=SHIPPED / "dataset")
