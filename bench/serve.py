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
    # at 1M one mandate-chain answer takes seconds (oxigraph's about 10 s of CPU): slices of 5 s
    return compare(dump, seconds=4.0 if scale != "1m" else 5.0, chain_seconds=None if scale != "1m" else 20.0)
