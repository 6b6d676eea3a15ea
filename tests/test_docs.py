"""Every example in the README and in docs/ is run, and its output compared with the one shown.

How a document marks its examples (docs/design.md, "Examples in these documents are tests"):

- a ``console`` block: ``$ command`` lines (``\\`` continues a line) each followed by its output
  (standard output and standard error). Compared as sets of non-blank lines: without a ``...`` line
  the output must be exactly the lines shown; with one, the lines shown must all be in the output.
  A shown line ending in ``...`` matches any output line that begins with what comes before it.
- a ``python`` block is run with this interpreter and must exit 0.
- an ``sh`` block: each ``mandategraph`` command is parsed by the command's own argument parser,
  each ``make`` target must exist, each ``curl`` command is run against the test server.

Each document runs in a scratch directory of its own (with the checkout's ``data``, ``queries``,
``ontology`` and ``tests``, for its fixtures), its blocks in order, against the session's build of
the repository's data; addresses ``http://127.0.0.1:8080`` are those of the session's
``mandategraph serve``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from contextlib import redirect_stderr
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from mandategraph.build import BuildResult
from mandategraph.cli import parser

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.M | re.S)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SERVED = "http://127.0.0.1:8080"
ELIDED = "..."


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    line: int  # where the block starts in its document


@dataclass(frozen=True)
class Example:
    command: str
    shown: tuple[str, ...]
    line: int


def blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return [Block(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)]


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with ``\\`` continuations joined, each with its offset in the block."""
    out: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(text.split("\n")):
        pending = (pending[0], pending[1][:-1].rstrip() + " " + raw.strip()) if pending is not None else (number, raw)
        if not pending[1].endswith("\\"):
            out.append(pending)
            pending = None
    if pending is not None:
        out.append(pending)
    return out


def examples(block: Block) -> list[Example]:
    found: list[Example] = []
    command: tuple[int, str] | None = None
    shown: list[str] = []
    for number, line in logical_lines(block.text):
        if line.startswith("$ "):
            if command is not None:
                found.append(Example(command[1], tuple(shown), block.line + 1 + command[0]))
            command, shown = (number, line[2:]), []
        elif command is not None:
            shown.append(line)
    if command is not None:
        found.append(Example(command[1], tuple(shown), block.line + 1 + command[0]))
    return found


def output_lines(raw: bytes) -> list[str]:
    """What a reader sees: progress bars rewritten with carriage returns leave their last state."""
    text = ANSI.sub("", raw.decode("utf-8", errors="replace"))
    return [line.rsplit("\r", 1)[-1].rstrip() for line in text.split("\n")]


def mismatch(shown: tuple[str, ...], actual: list[str]) -> str | None:
    """None when ``actual`` is what ``shown`` says (see the module's docstring), else what differs."""
    want = [line.rstrip() for line in shown if line.strip()]
    have = [line for line in actual if line.strip()]
    partial = ELIDED in (line.strip() for line in want)
    want = [line for line in want if line.strip() != ELIDED]
    def matches(shown_line: str, printed: str) -> bool:
        if shown_line == printed:
            return True
        return shown_line.endswith(ELIDED) and printed.startswith(shown_line[: -len(ELIDED)].rstrip())

    missing = [w for w in want if not any(matches(w, h) for h in have)]
    extra = [] if partial else sorted({h for h in have if not any(matches(w, h) for w in want)})
    if missing or extra:
        return "\n".join([*(f"  shown, not printed: {line}" for line in missing),
                          *(f"  printed, not shown: {line}" for line in extra[:20])])
    return None


def scratch_for(tmp_path: Path) -> Path:
    for name in ("data", "queries", "ontology", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def environment(build_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["MANDATEGRAPH_BUILD"] = str(build_dir)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("NO_COLOR", None)
    return env


def shell_commands(block: Block) -> list[tuple[int, list[str]]]:
    commands: list[tuple[int, list[str]]] = []
    for number, line in logical_lines(block.text):
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            continue
        if words:
            commands.append((block.line + 1 + number, words))
    return commands


def check_shell(path: Path, block: Block, base: str | None, scratch: Path, env: dict[str, str]) -> list[str]:
    problems: list[str] = []
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for line, words in shell_commands(block):
        where = f"{path.name}:{line}"
        if words[0] == "mandategraph":
            err = StringIO()
            try:
                with redirect_stderr(err):
                    parser().parse_args(words[1:])
            except SystemExit as exc:
                if exc.code not in (0, None):
                    problems.append(f"{where}: `{' '.join(words)}` does not parse: {err.getvalue().strip()}")
        elif words[0] == "make":
            targets = [w for w in words[1:] if "=" not in w and not w.startswith("-")]
            problems += [f"{where}: no make target {t!r}" for t in targets
                         if not re.search(rf"^{re.escape(t)}:", makefile, re.M)]
        elif words[0] == "curl" and base is not None:
            command = " ".join(shlex.quote(w.replace(SERVED, base)) for w in words)
            done = subprocess.run(["bash", "-c", f"{command} --fail --silent --show-error"], cwd=scratch,
                                  env=env, capture_output=True, timeout=120)
            if done.returncode != 0:
                problems.append(f"{where}: `{command}` failed: {done.stderr.decode(errors='replace').strip()}")
    return problems


def check_document(path: Path, scratch: Path, env: dict[str, str], base: str | None) -> tuple[int, list[str]]:
    problems: list[str] = []
    ran = 0
    for block in blocks(path):
        if block.kind == "console":
            for example in examples(block):
                command = example.command.replace(SERVED, base) if base else example.command
                done = subprocess.run(["bash", "-c", command], cwd=scratch, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, timeout=600)
                ran += 1
                diff = mismatch(tuple(s.replace(SERVED, base) if base else s for s in example.shown),
                                output_lines(done.stdout))
                if diff:
                    problems.append(f"{path.name}:{example.line}: $ {example.command}\n{diff}")
        elif block.kind == "python":
            code = block.text.replace(SERVED, base) if base else block.text
            done = subprocess.run([sys.executable, "-c", code], cwd=scratch, env=env, capture_output=True,
                                  timeout=600)
            ran += 1
            if done.returncode != 0:
                tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
                problems.append(f"{path.name}:{block.line}: python block failed: " + " | ".join(tail))
        elif block.kind == "sh":
            found = check_shell(path, block, base, scratch, env)
            ran += len(shell_commands(block))
            problems += found
    return ran, problems


@pytest.mark.slow
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_examples_give_the_output_shown(path: Path, built: BuildResult, build_dir: Path, tmp_path: Path,
                                       request: pytest.FixtureRequest) -> None:
    text = path.read_text(encoding="utf-8")
    base = request.getfixturevalue("server").base if SERVED in text else None
    ran, problems = check_document(path, scratch_for(tmp_path), environment(build_dir), base)
    assert problems == []
    assert ran > 0 or not any(b.kind in ("console", "python", "sh") for b in blocks(path))


# --- the comparison itself, so that a wrong example can be seen to fail


def test_exact_block_fails_on_a_missing_or_extra_line() -> None:
    assert mismatch(("a", "b"), ["b", "a", ""]) is None
    assert mismatch(("a", "b"), ["a"]) is not None
    assert mismatch(("a",), ["a", "c"]) is not None


def test_elided_block_needs_only_the_lines_shown() -> None:
    assert mismatch(("a", "...", "c"), ["a", "b", "c"]) is None
    assert mismatch(("a", "...", "d"), ["a", "b", "c"]) is not None
    assert mismatch(("resolution 5/3 ...",), ["resolution 5/3 — Aplicación del Protocolo"]) is None
    assert mismatch(("resolution 5/3 ...",), ["resolution 6/3 — Implementation"]) is not None
    assert mismatch(("resolution 5/3 ...",), ["resolution 5/3 — Aplicación", "x"]) is not None
    assert mismatch(("resolution 5/3 ...", "..."), ["resolution 5/3 — Aplicación", "x"]) is None


def test_progress_bars_leave_their_last_state() -> None:
    assert output_lines(b"\ringest:  50%|##   | 1/2\r      \ringested 1 of 2\n") == ["ingested 1 of 2", ""]


def test_console_blocks_split_into_commands_and_outputs() -> None:
    block = Block("console", "$ mandategraph query x \\\n    --format csv\na,b\n1,2\n$ echo hi\nhi", 10)
    assert examples(block) == [Example("mandategraph query x --format csv", ("a,b", "1,2"), 11),
                               Example("echo hi", ("hi",), 15)]


def test_shell_blocks_catch_a_wrong_option(tmp_path: Path) -> None:
    block = Block("sh", "mandategraph trace X --formt json   # a typo\nmandategraph trace X --format json\n"
                        "make nosuchtarget\nmake demo ITEM=x", 1)
    problems = check_shell(ROOT / "README.md", block, None, tmp_path, dict(os.environ))
    assert len(problems) == 2 and "--formt" in problems[0] and "nosuchtarget" in problems[1]



LINK = re.compile(r"\]\(([^)#\s]+)(#[^)]*)?\)")
MACHINE_PATH = re.compile(r"(?<![\w.])(/work/|/home/|/tmp/|\.\./shared|file:///)")


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_relative_links_point_at_files(path: Path) -> None:
    targets = [m.group(1) for m in LINK.finditer(path.read_text(encoding="utf-8"))]
    broken = [t for t in targets if "://" not in t and not (path.parent / t).exists()]
    assert broken == []


def test_readme_reads_in_five_minutes() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 200


def test_data_cites_no_machine_path() -> None:
    """Curated data and the manifest name public sources, never a path on somebody's machine."""
    files = [*sorted((ROOT / "data" / "curated").glob("*.ttl")), ROOT / "data" / "sources" / "manifest.toml"]
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in files
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if MACHINE_PATH.search(line)]
    assert found == []
