"""The curator's manifest of source texts: ``manifest.toml`` beside the texts says what a text does
not print itself (its symbol, a note, whether the attribution is unverified, and the address of a
PDF or Word file, which has no ``source:`` line of ours).

Read by ``build`` and by ``ingest``; it imports neither, so neither imports the other through it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from mandategraph.errors import InputError

MANIFEST = "manifest.toml"


class ManifestError(InputError, ValueError):
    """``manifest.toml`` is not valid TOML; the message names the file and line."""


@dataclass(frozen=True)
class SourceEntry:
    """What the curator says about a source text that the text does not print itself."""

    symbol: str | None = None
    note: str | None = None
    unverified: bool = False
    source: str | None = None  # the address of a PDF or Word file (a text gives its own on its source: line)


def read_manifest(sources: Path) -> dict[str, SourceEntry]:
    """The entries of ``sources/manifest.toml`` by file name; none when there is no manifest."""
    path = sources / MANIFEST
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: {exc}") from exc
    return {name: SourceEntry(v.get("symbol"), v.get("note"), bool(v.get("unverified", False)), v.get("source"))
            for name, v in data.items()}
