"""The command line opens without the libraries it does not use: `--version` and `--help` import no
RDF library, and a command imports its own module only."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mandategraph.build import BuildResult

HEAVY = ("rdflib", "pyoxigraph", "pyshacl", "networkx", "SPARQLWrapper")
PROBE = """
import json, sys
from mandategraph.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules
                        if m.split(".")[0] in {heavy} or m.startswith("mandategraph.commands."))))
"""


def loaded(*argv: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=set(HEAVY)), *argv],
                         capture_output=True, text=True, check=True).stdout
    return list(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ()])
def test_top_level_imports_no_rdf_library(argv: tuple[str, ...]) -> None:
    assert loaded(*argv) == []


def test_the_version_is_written_once_and_read_without_the_installed_metadata() -> None:
    """`--version` reads ``mandategraph.__version__``, which pyproject.toml takes as the package's
    version: importlib.metadata (about 50 ms of CPU at every start) is not imported for it."""
    from importlib.metadata import version

    import mandategraph

    assert mandategraph.__version__ == version("mandategraph")
    probe = PROBE.replace("m.split(\".\")[0] in {heavy}", "m.startswith(\"importlib.metadata\")")
    assert probe != PROBE
    out = subprocess.run([sys.executable, "-c", probe, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == f"mandategraph {mandategraph.__version__}"
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_a_command_imports_its_own_module_only() -> None:
    modules = loaded("query", "--help")
    assert [m for m in modules if m.startswith("mandategraph.commands.")] == ["mandategraph.commands.query"]


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from mandategraph.cli import COMMANDS, main

    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for name, summary in COMMANDS.items():
        assert name in text and summary.split()[0] in text


def test_full_parser_knows_every_command() -> None:
    from mandategraph.cli import COMMANDS, parser

    full = parser()
    for name in COMMANDS:
        args = full.parse_args([name, "x"] if name in ("trace", "impact") else
                               [name, "--graph-store", "http://h/"] if name == "push" else
                               [name, "f.txt"] if name == "ingest" else
                               [name, "--format", "ttl"] if name == "export" else [name])
        assert args.command == name and callable(args.run)


def test_a_trace_imports_neither_networkx_nor_sparqlwrapper(built: BuildResult) -> None:
    """A trace projects only what its item reaches into a small graph of its own (network.Reach)
    and asks no remote endpoint: networkx and SPARQLWrapper, a third of its start-up, stay out.
    (The environment names the session's build: MANDATEGRAPH_BUILD, set by the fixture.)"""
    modules = loaded("trace", "WG.7 2013 item 2")
    assert "rdflib" in modules  # it did run a trace (its results are rdflib terms)
    assert not [m for m in modules if m.split(".")[0] in ("networkx", "SPARQLWrapper")], modules
