"""What the package declares: an SPDX licence with its text, and only dependencies it imports."""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def imported_tops(base: Path) -> set[str]:
    tops: set[str] = set()
    for path in base.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                tops.add(node.module.split(".")[0])
    return tops


def distribution(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_licence_is_spdx_with_its_text() -> None:
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text


def test_every_runtime_dependency_is_imported_by_the_package() -> None:
    owners: dict[str, set[str]] = {}
    for top, dists in packages_distributions().items():
        for dist in dists:
            owners.setdefault(dist.lower().replace("_", "-"), set()).add(top)
    used = imported_tops(ROOT / "src" / "mandategraph")
    declared = [distribution(r) for r in PYPROJECT["project"]["dependencies"]]
    unused = [d for d in declared if not owners.get(d, set()) & used]
    assert unused == []
