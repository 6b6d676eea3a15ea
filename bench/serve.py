"""The bench's ``serve`` step: ``mandategraph serve`` next to ``oxigraph serve-read-only`` on the
built synthetic dataset of the scale (:func:`bench.endpoint.compare`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.endpoint import compare
from bench.generate import built_path


def step_serve(scale: str, repeat: int, out: Path) -> dict[str, Any]:
    dump = built_path(out, scale).resolve()
    if not dump.is_file():
        raise SystemExit(f"{dump}: run the build step first")
    return compare(dump, seconds=4.0 if scale != "1m" else 5.0)
