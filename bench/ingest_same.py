"""``python -m bench.ingest_same [REV]``: the ingester of this checkout against the one of ``REV``
(default: where this branch left ``main``, their merge base) on the same texts, byte for byte
(issue 14's ingest rewrites must change no output).

Both read the texts of *this* checkout: every text of ``data/sources`` (with the manifest's symbols)
and of the open evaluation sets ``tests/ingest_eval/{dev,blind,fresh,unseen,sealed}`` (never
``holdout``, ``reserve``, ``untouched``, ``novel``, ``pristine``, ``unread`` or ``unopened``), each one by one
(``ingest_file``) and each folder as one batch, in one process and with two workers, and all of them as one batch (one
process, two workers). What is compared is each document's N-Triples text (or the error a file gave), its graph name
and the batch's errors. ``REV``'s code runs from a ``git archive`` of it in a temporary folder, in a
process of its own (its ``src`` first on the path); ``dump ROOT OUT`` is that process's part."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# never holdout/, reserve/, untouched/, novel/, pristine/, unread/ or unopened/
SETS = ("dev", "blind", "fresh", "unseen", "sealed")


def folders(root: Path) -> dict[str, Path]:
    return {"sources": root / "data" / "sources", **{s: root / "tests" / "ingest_eval" / s for s in SETS}}


def dump(data: Path) -> dict[str, str]:
    """Every output of the ingester imported here on the texts under ``data``, by key."""
    from mandategraph.ingest import NotADocumentError, Registry, ingest_file, ingest_paths
    from mandategraph.manifest import SourceEntry, read_manifest

    registry = Registry.load(data / "data" / "curated")
    out: dict[str, str] = {}
    everything: list[Path] = []
    symbols: dict[str, str | None] = {}
    for name, folder in folders(data).items():
        texts = sorted(folder.glob("*.txt"))
        manifest = read_manifest(folder) if (folder / "manifest.toml").is_file() else {}
        own = {p.name: manifest.get(p.name, SourceEntry()).symbol for p in texts}
        for path in texts:
            try:
                result = ingest_file(path, registry, own[path.name])
                out[f"one/{name}/{path.name}"] = f"{result.graph_name}\n{result.ntriples()}"
            except NotADocumentError as exc:
                out[f"one/{name}/{path.name}"] = f"error: {exc}"
        for jobs in (1, 2):
            out.update(_batch(f"batch{jobs}/{name}", ingest_paths(texts, registry, own, jobs=jobs)))
        everything += texts
        symbols.update({k: v for k, v in own.items() if v is not None or k not in symbols})
    for jobs in (1, 2):
        out.update(_batch(f"all{jobs}", ingest_paths(everything, registry, symbols, jobs=jobs)))
    return out


def _batch(key: str, batch: object) -> dict[str, str]:
    out = {f"{key}/{r.source}/{r.graph_name}": r.ntriples() for r in batch.results}  # type: ignore[attr-defined]
    out[f"{key}/errors"] = json.dumps(batch.errors)  # type: ignore[attr-defined]
    out[f"{key}/order"] = "\n".join(str(r.graph_name) for r in batch.results)  # type: ignore[attr-defined]
    return out


def run_dump(code: Path, out: Path) -> dict[str, str]:
    """``dump`` with the code under ``code/src`` in a process of its own, on this checkout's texts."""
    env_path = str(code / "src")
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {env_path!r}); import mandategraph; "
                    f"assert mandategraph.__file__.startswith({env_path!r}), mandategraph.__file__; "
                    "from bench.ingest_same import main; raise SystemExit(main(sys.argv[1:]))",
                    "dump", str(ROOT), str(out)], check=True, cwd=ROOT)
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    if argv and argv[0] == "dump":
        Path(argv[2]).write_text(json.dumps(dump(Path(argv[1]))), encoding="utf-8")
        return 0
    rev = argv[0] if argv else subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True,
                                              capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="ingest-same-") as tmp:
        old_code = Path(tmp) / "old"
        old_code.mkdir()
        archive = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old_code)], input=archive, check=True)
        old = run_dump(old_code, Path(tmp) / "old.json")
        new = run_dump(ROOT, Path(tmp) / "new.json")
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    texts = sum(1 for k in new if k.startswith("one/"))
    print(f"{len(new)} outputs ({texts} texts one by one, batches by folder and all, 1 and 2 jobs): "
          f"{len(differ)} differ from {rev}")
    for k in differ[:20]:
        print("  differs:", k)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
