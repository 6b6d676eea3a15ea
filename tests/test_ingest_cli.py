"""`mandategraph ingest`: good files written, a bad file named on one line, exit 2; and the shapes the
ingester relies on for what a text does not say (unknown agenda, unknown grounding)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from mandategraph import iri
from mandategraph.build import validate_files
from mandategraph.cli import main
from mandategraph.namespaces import MG

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
FIXTURES = ROOT / "tests" / "fixtures"


def test_good_and_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "random.txt"
    bad.write_text("Nothing here is a United Nations document, only a few random words.\n", encoding="utf-8")
    out = tmp_path / "out.nt"
    code = main(["ingest", str(SOURCES / "CTOC_COP_WG.4_2010_4.txt"), str(bad), "--format", "nt", "--out", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("mandategraph ingest:")]
    assert len(lines) == 1 and str(bad) in lines[0]
    assert "ingested 1 of 2 files" in err
    g = Graph().parse(out, format="nt")
    item = iri.item(iri.session("ctoc-cop-wg4", "2010-01-27"), "5")
    assert (item, MG.documentedBy, iri.document("CTOC/COP/WG.4/2010/4")) in g


def test_empty_and_binary_files_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.pdf"
    empty.write_bytes(b"")
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02\x03")
    assert main(["ingest", str(empty), str(binary), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing read, nothing written
    assert [ln.split(":")[1].strip() for ln in captured.err.splitlines()] == [str(empty), str(binary)]


def test_all_good_exit_0_trig_keeps_named_graphs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.trig"
    files = [SOURCES / "CTOC_COP_WG.4_2010_4.txt", SOURCES / "COP_resolution_9_1.txt",
             SOURCES / "wg7-2013-provisional-agenda.txt"]
    assert main(["ingest", *map(str, files), "--out", str(out)]) == 0
    ds = Dataset()
    ds.parse(out, format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {str(iri.graph_for_document("CTOC/COP/WG.4/2010/4")), str(iri.graph_for_source("COP_resolution_9_1")),
            str(iri.graph_for_document("CTOC/COP/WG.7/2013/1"))} <= names  # the manifest beside the file


def test_nt_is_sorted_and_byte_identical(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["ingest", str(SOURCES / "CAC_COSP_2015_1.txt"), "--format", "nt", "--quiet"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    lines = first.splitlines()
    assert lines == sorted(lines) and len(lines) > 100


def test_jsonld_and_ttl(tmp_path: Path) -> None:
    for fmt, parse in (("jsonld", "json-ld"), ("ttl", "turtle")):
        out = tmp_path / f"out.{fmt}"
        assert main(["ingest", str(SOURCES / "CMW_C_19_1.txt"), "--format", fmt, "--out", str(out), "--quiet"]) == 0
        assert len(Dataset().parse(out, format=parse)) > 50


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_turtle_and_trig_are_written_for_people(fmt: str, tmp_path: Path) -> None:
    # the same statements as N-Triples; no prefixed name with an escape ("mgid:doc\\/CTOC\\/...");
    # each subject's statements together, its type first; the same bytes every time
    out, nt = tmp_path / f"out.{fmt}", tmp_path / "out.nt"
    args = [str(SOURCES / "CMW_C_19_1.txt"), str(SOURCES / "CTOC_COP_WG.4_2010_4.txt"), "--quiet"]
    assert main(["ingest", *args, "--format", fmt, "--out", str(out)]) == 0
    assert main(["ingest", *args, "--format", "nt", "--out", str(nt)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "\\/" not in text
    union = Graph()
    for graph in Dataset().parse(out, format=fmt).graphs():
        union += graph
    assert set(union) == set(Graph().parse(nt, format="nt"))
    subjects = [ln.split(" ", 1) for ln in text.splitlines() if ln.startswith("<") or ln.startswith("_:")]
    assert subjects and all(rest.startswith("a ") for _, rest in subjects if " a " in f" {rest}"[:3])
    assert len({s for s, _ in subjects}) == len(subjects)  # a subject's statements are together
    item = "<https://w3id.org/mandategraph/id/session/ctoc-cop-wg4/2010-01-27/item/5> a mg:AgendaItem ;"
    assert item in text.splitlines() or f"\t{item}" in text.splitlines()
    assert main(["ingest", *args, "--format", fmt, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == text


def test_symbol_for_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (SOURCES / "wg7-2013-provisional-agenda.txt").read_bytes()
    copy = tmp_path / "agenda.txt"
    copy.write_bytes(text)
    assert main(["ingest", str(copy), "--symbol", "CTOC/COP/WG.7/2013/1", "--format", "nt", "--quiet"]) == 0
    assert "<https://w3id.org/mandategraph/id/doc/CTOC/COP/WG.7/2013/1>" in capsys.readouterr().out
    assert main(["ingest", str(copy), str(copy), "--symbol", "CTOC/COP/WG.7/2013/1"]) == 2
    assert "exactly one FILE" in capsys.readouterr().err
    assert main(["ingest", str(copy), "--symbol", "not a symbol", "--quiet"]) == 2
    assert "not a UN document symbol" in capsys.readouterr().err


def test_without_a_symbol_a_text_is_a_source_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "agenda.txt"
    copy.write_bytes((SOURCES / "wg7-2013-provisional-agenda.txt").read_bytes())
    assert main(["ingest", str(copy), "--format", "nt", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "/id/source/agenda>" in out and "/doc/CTOC/COP/WG.7/2013/1>" not in out


# ------------------------------------------------------------------------------------ shapes


def test_an_item_whose_agenda_and_grounding_are_unknown_is_only_a_warning() -> None:
    report = validate_files([FIXTURES / "shapes" / "valid.ttl", FIXTURES / "ingest" / "item-known-from-a-paper.ttl"])
    assert report.conforms
    assert {(f.shape, f.severity) for f in report.findings} == {
        ("ItemAgendaUnknownShape", "Warning"), ("ItemGroundingUnknownShape", "Warning")}


def test_an_item_without_agenda_not_marked_unverified_is_a_violation() -> None:
    report = validate_files([FIXTURES / "shapes" / "valid.ttl", FIXTURES / "ingest" / "item-without-agenda.ttl"])
    assert not report.conforms
    assert {f.shape for f in report.findings if f.severity == "Violation"} == {"ItemOnAgendaShape"}
