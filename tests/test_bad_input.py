"""Every command, every kind of bad input: the documented exit code, one line on standard error
naming the culprit, and never a traceback.

The table runs in-process through ``cli.main`` (arguments as Python holds them: a non-UTF-8 byte
is a lone surrogate); the cases that need a real process (a closed standard output, a reader that
goes away, Ctrl-C at start-up, a port in use) run ``python -m mandategraph``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from mandategraph.build import BuildResult
from mandategraph.cli import COMMANDS, main
from mandategraph.store import DUMP

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sources" / "CTOC_COP_WG.4_2010_4.txt"
ID = "https://w3id.org/mandategraph/id/"
LONG = "9" * 5000  # over Python's 4,300-digit limit for int()
NOT_UTF8 = b"caf\xe9".decode("utf-8", "surrogateescape")  # how Python holds a Latin-1 argument
HEADER = "# title: t\n# question: q\n# example: e\n"


KINDS = ("wrong arguments", "bad parameters", "bad files", "missing build", "corrupt dump", "closed pipe")
NOT_APPLICABLE = {  # (command, kind): why that command has no such input
    ("build", "missing build"): "build makes the build",
    ("build", "corrupt dump"): "build writes a new dump and never reads the old one",
    ("ingest", "missing build"): "ingest reads document files, not the build",
    ("ingest", "corrupt dump"): "ingest reads document files, not the build",
    ("validate", "bad files"): "validate reads no file but the build (its missing-build and corrupt-dump rows)",
    ("stats", "bad files"): "stats reads no file but the build, and credentials only on a 401 (remote tests)",
    ("impact", "bad files"): "impact reads no file but the build, and credentials only on a 401 (remote tests)",
    ("serve", "bad files"): "serve reads no file but the build (its missing-build and corrupt-dump rows)",
}


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    code: int
    culprit: str  # a piece of the one line on standard error
    env: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return " ".join(self.argv)[:80]


def files(tmp: Path) -> dict[str, str]:
    """Bad files made fresh for each case."""
    latin1 = tmp / "latin1.rq"
    latin1.write_bytes((HEADER + 'SELECT * WHERE { ?s ?p "caf\xe9" }\n').encode("latin-1"))
    service = tmp / "service.rq"
    service.write_text(HEADER + "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n",
                       encoding="utf-8")
    escaped = tmp / "escaped.rq"
    escaped.write_text(HEADER + "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }\n",
                       encoding="utf-8")
    number = tmp / "number.rq"
    number.write_text(HEADER + "# param: n integer  a number\nSELECT ?n WHERE { }\n", encoding="utf-8")
    syntax = tmp / "syntax.rq"
    syntax.write_text(HEADER + "SELECT * WHERE { ?s ?p \n", encoding="utf-8")
    binary = tmp / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff binary")
    (tmp / "a-file").write_text("x", encoding="utf-8")
    netrc = tmp / "netrc"
    netrc.write_text("machine\n", encoding="utf-8")  # a machine without its name
    turtle = tmp / "bad-turtle"
    (turtle / "curated").mkdir(parents=True)
    (turtle / "curated" / "broken.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b\n", encoding="utf-8")
    manifest = tmp / "bad-manifest"
    (manifest / "sources").mkdir(parents=True)
    (manifest / "sources" / "manifest.toml").write_text("not toml [[[\n", encoding="utf-8")
    shutil.copy(SOURCE, manifest / "sources" / SOURCE.name)
    return {"latin1": str(latin1), "service": str(service), "escaped": str(escaped), "number": str(number),
            "syntax": str(syntax), "binary": str(binary), "under-a-file": str(tmp / "a-file" / "out"),
            "missing": str(tmp / "no-such.txt"), "dir": str(tmp), "netrc": str(netrc),
            "bad-turtle": str(turtle), "bad-manifest": str(manifest)}


def table(f: dict[str, str]) -> dict[str, list[Case]]:
    """The cases run in-process, by kind (the other kinds have tests of their own below)."""
    aside = (("MANDATEGRAPH_BUILD", f"{f['dir']}/build"),)  # a build that went wrong never touches the shared one
    return {
        "wrong arguments": [
            Case(("build", "--bogus"), 2, "--bogus", aside),
            Case(("ingest",), 2, "FILE"),
            Case(("ingest", str(SOURCE), "--format", "xml"), 2, "--format"),
            Case(("validate", "--format", "yaml"), 2, "--format"),
            Case(("query", "--format", "xml", "mandate-chain"), 2, "--format"),
            Case(("query", "no-such-query"), 2, "no-such-query"),
            Case(("query", "mandate-chain", "--param", "item"), 2, "--param 'item'"),
            Case(("trace",), 2, "item"),
            Case(("impact",), 2, "mandate"),
            Case(("serve", "--port", "http"), 2, "--port"),
            Case(("export",), 2, "--format"),
            Case(("export", "--format", "ttl", "--scope", "colour=blue"), 2, "colour"),
            Case(("stats", "--top", "ten"), 2, "--top"),
            Case(("push",), 2, "--graph-store"),
            Case(("frobnicate",), 2, "frobnicate"),
        ],
        "bad parameters": [
            Case(("build", "--document-cpu", "-1"), 2, "--document-cpu -1", aside),
            Case(("build", "--document-memory", "-5"), 2, "--document-memory -5", aside),
            Case(("ingest", str(SOURCE), "--symbol", "not a symbol", "--quiet"), 2, "not a symbol"),
            Case(("ingest", str(SOURCE), "--document-cpu", "nan", "--quiet"), 2, "--document-cpu nan"),
            Case(("validate", "--format", "html"), 2, "--format html"),
            Case(("query", "mandate-chain", "--param", 'item=http://x/"a'), 2, "parameter item"),
            Case(("query", "mandate-chain", "--param", "item=http://x/{a}"), 2, "parameter item"),
            Case(("query", "mandate-chain", "--param", f"item=http://x/{NOT_UTF8}"), 2, "parameter item"),
            Case(("query", "mandate-chain", "--param", "item=http://x/a\x01b"), 2, "parameter item"),
            Case(("query", "mandate-chain", "--param", "colour=blue"), 2, "colour"),
            Case(("query", f["number"], "--param", f"n={LONG}"), 2, "parameter n"),
            Case(("query", "mandate-chain", "--format", "ttl", "--param",
                  f"item={ID}session/ctoc-cop-wg7/2/item/2"), 2, "--format ttl"),
            Case(("query", "mandate-chain", "--endpoint", "not a url"), 2, "--endpoint 'not a url'"),
            Case(("trace", "CTOC/COP/WG.7/2013/1", "item", LONG), 1, "no item"),
            Case(("trace", "!!!", "item", "2"), 1, "!!!"),
            Case(("trace", f"{NOT_UTF8} item 2"), 1, "caf"),
            Case(("trace", "http://x/{a}"), 1, "http://x/{a}"),
            Case(("trace", "WG.7 2013 item 2", "--lang", "!!"), 2, "--lang"),
            Case(("impact", "!!! 6/3"), 2, "!!!"),
            Case(("impact", f"resolution {LONG}/3"), 1, "no resolution"),
            Case(("impact", f"resolution {NOT_UTF8}"), 1, "caf"),
            Case(("impact", "resolution 6/3", "--endpoint", "ftp://x/sparql"), 2, "--endpoint 'ftp://x/sparql'"),
            Case(("export", "--format", "ttl", "--scope", f"item=WG.7 2013 item {LONG}"), 1, "no item"),
            Case(("export", "--format", "ttl", "--scope", "mandate=!!! 6/3"), 2, "!!!"),
            Case(("export", "--format", "ttl", "--scope", f"session=ctoc-cop-wg7/{LONG}"), 1, "session"),
            Case(("stats", "--top", "-1"), 2, "--top"),
            Case(("stats", "--top", LONG), 2, "--top"),
            Case(("serve", "--port", "70000"), 2, "--port 70000"),
            Case(("serve", "--query-timeout", "0"), 2, "--query-timeout"),
            Case(("serve", "--workers", "0"), 2, "--workers"),
            Case(("serve", "--host", "999.1.1.1"), 2, "--host 999.1.1.1"),
            Case(("push", "--graph-store", "http://127.0.0.1:9/store", "--timeout", "-1"), 2, "--timeout -1"),
            Case(("push", "--graph-store", "http://127.0.0.1:9/store", "--timeout", "nan"), 2, "--timeout nan"),
            Case(("push", "--graph-store", "ftp://127.0.0.1/store"), 2, "--graph-store 'ftp://127.0.0.1/store'"),
        ],
        "bad files": [
            Case(("build", "--data", f["missing"]), 2, f["missing"], aside),
            Case(("build", "--data", f["bad-turtle"], "--allow-no-sources", "--quiet"), 2, "broken.ttl", aside),
            Case(("build", "--data", f["bad-manifest"], "--quiet"), 2, "manifest.toml", aside),
            Case(("ingest", f["missing"], "--quiet"), 2, f["missing"]),  # --quiet: no summary line
            Case(("ingest", f["dir"], "--quiet"), 2, f["dir"]),
            Case(("ingest", f["binary"], "--quiet"), 2, f["binary"]),
            Case(("ingest", str(SOURCE), "--out", f["under-a-file"], "--quiet"), 2, f["under-a-file"]),
            Case(("query", f["latin1"]), 2, "latin1.rq, line 4"),
            Case(("query", f["syntax"]), 2, "syntax"),
            Case(("query", f["service"]), 2, "SERVICE"),
            Case(("query", f["escaped"]), 2, "SERVICE"),
            Case(("query", f["missing"]), 2, "no-such.txt"),
            Case(("trace", "WG.7 2013 item 2", "--out", f["under-a-file"]), 2, f["under-a-file"]),
            Case(("export", "--format", "ttl", "--out", f["under-a-file"]), 2, "a-file"),
            Case(("push", "--graph-store", "http://127.0.0.1:9/store"), 2, f["netrc"], (("NETRC", f["netrc"]),)),
        ],
    }


NEEDS_BUILD = [("validate",), ("validate", "--summary"), ("query", "items-without-grounding", "--param", "agenda="),
               ("trace", "WG.7 2013 item 2"), ("impact", "resolution 6/3"), ("export", "--format", "nt"),
               ("stats",), ("push", "--graph-store", "http://127.0.0.1:9/store"), ("serve", "--port", "8999")]
CLOSED_PIPE = [("build", "--quiet"), ("ingest", str(SOURCE)), *NEEDS_BUILD]


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err, err
    return lines[0]


NAMES = ("latin1", "service", "escaped", "number", "syntax", "binary", "under-a-file", "missing", "dir", "netrc",
         "bad-turtle", "bad-manifest")
CASES = [(kind, i) for kind, cases in table({k: k for k in NAMES}).items() for i in range(len(cases))]


def test_every_command_has_every_kind_of_bad_input() -> None:
    """A command added to cli.COMMANDS fails this test until the table has its rows (or says why not)."""
    covered = {(case.argv[0], kind) for kind, cases in table({k: k for k in NAMES}).items() for case in cases}
    covered |= {(argv[0], "missing build") for argv in NEEDS_BUILD}
    covered |= {(argv[0], "corrupt dump") for argv in NEEDS_BUILD}
    covered |= {(argv[0], "closed pipe") for argv in CLOSED_PIPE}
    missing = [(command, kind) for command in COMMANDS for kind in KINDS
               if (command, kind) not in covered and (command, kind) not in NOT_APPLICABLE]
    assert not missing, f"bad-input rows missing: {missing}"
    assert not covered & NOT_APPLICABLE.keys(), "a row for a kind said not to apply"


@pytest.mark.parametrize(("kind", "index"), CASES, ids=[f"{kind}-{i}" for kind, i in CASES])
def test_bad_input_table(built: BuildResult, tmp_path: Path, kind: str, index: int, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    case = table(files(tmp_path))[kind][index]
    for name, value in case.env:
        monkeypatch.setenv(name, value)
    code = main(list(case.argv))
    err = capsys.readouterr().err
    assert code == case.code, (str(case), err)
    assert case.culprit in one_line(err), (str(case), err)


@pytest.mark.parametrize("argv", NEEDS_BUILD, ids=" ".join)
def test_no_build_yet(tmp_path: Path, argv: tuple[str, ...], monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "never-built"))
    assert main(list(argv)) == 2
    assert "run `mandategraph build` first" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
@pytest.mark.parametrize("argv", NEEDS_BUILD, ids=" ".join)
def test_corrupt_dump(built: BuildResult, tmp_path: Path, argv: tuple[str, ...], damage: str,
                      monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    build = tmp_path / "build"
    shutil.copytree(built.directory, build / "runs" / "r")
    (build / "current").symlink_to(Path("runs") / "r")
    dump = build / "runs" / "r" / DUMP
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) // 3] if damage == "truncated" else b"\x00garbage\xff {{{\n")
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(build))
    if argv[0] == "serve":  # were the dump not checked first, the busy port would stop it (exit 3), not a server
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            assert main([*argv[:-1], str(busy.getsockname()[1])]) == 2
    else:
        assert main(list(argv)) == 2
    assert f"{dump}: " in one_line(capsys.readouterr().err)


# ------------------------------------------------------------------ in a real process


def cli(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "mandategraph", *argv], capture_output=True, timeout=300,
                          env=dict(os.environ), **kwargs)  # type: ignore[call-overload,no-any-return]


def default_sigint() -> None:
    """Ctrl-C as a terminal delivers it, even when the tests run in the background (where a shell
    makes its children ignore SIGINT, and Python then installs no handler for it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("argv", CLOSED_PIPE, ids=" ".join)
def test_closed_stdout_is_exit_3(built: BuildResult, tmp_path: Path, argv: tuple[str, ...]) -> None:
    done = cli(*argv, stdout=None, pass_fds=(), preexec_fn=lambda: os.close(1), cwd=tmp_path)
    assert done.returncode == 3
    assert "standard output is closed" in one_line(done.stderr.decode())


def test_reader_going_away_is_not_an_error(built: BuildResult) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "mandategraph", "export", "--format", "nt"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()  # `| head -c 100`
    err = proc.stderr.read().decode()
    assert proc.wait(120) == 0, err
    assert "Traceback" not in err and not err.strip(), err


def test_non_utf8_file_name(tmp_path: Path) -> None:
    weird = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(weird, "wb") as out:
        out.write(SOURCE.read_bytes())
    done = cli("ingest", os.fsdecode(weird), "--format", "nt", "--quiet")
    assert done.returncode == 0, done.stderr
    assert b"<https://w3id.org/mandategraph/id/doc/CTOC/COP/WG.4/2010/4>" in done.stdout
    missing = cli("ingest", os.fsdecode(os.fsencode(tmp_path) + b"/gon\xe9.txt"), "--quiet")
    assert missing.returncode == 2
    assert "gon" in one_line(missing.stderr.decode("utf-8", "replace"))


def test_ctrl_c_at_start_up_is_130_without_a_traceback(built: BuildResult) -> None:
    codes = []
    for delay in (0.05, 0.2, 0.4, 0.8, 1.5):
        proc = subprocess.Popen([sys.executable, "-m", "mandategraph", "stats"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=dict(os.environ), preexec_fn=default_sigint)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        if b"Traceback" in err and b"/mandategraph/" not in err:
            continue  # interrupted while Python itself starts (site, runpy), before any of mandategraph: not ours
        assert b"Traceback" not in err, (delay, err.decode())
        assert proc.returncode in (130, -signal.SIGINT, 0), (delay, proc.returncode, err.decode())
        codes.append(proc.returncode)
    assert 130 in codes, codes  # at least once, mandategraph itself was interrupted and said so


def test_port_in_use_is_exit_3(built: BuildResult) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = cli("serve", "--port", str(port))
    assert done.returncode == 3
    assert f"--port {port}" in one_line(done.stderr.decode())
