"""PDF and Word input: the files under tests/fixtures/documents/ were MADE by
tests/fixtures/make_un_documents.py (ReportLab for PDF, python-docx for Word) from real texts of
data/sources/, in the UN layout: the symbol as running header on every later page, a job number
footer and footnotes on the first page, page numbers. They are not downloaded UN files.

A document read from its PDF or Word file must say what its text says (the same facts, the same
quotes), every quote must sit at its offsets in the extracted text and on the page it names, and
no page furniture may reach the text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.extract import DOCX, PAGE_BREAK, PDF, extract, join_pages, page_of
from mandategraph.ingest.pdf import unwrap
from mandategraph.ingest.text import NotADocumentError, fold, parse_source
from mandategraph.namespaces import DCTERMS, MG, OA

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "fixtures" / "documents"
SOURCES = ROOT / "data" / "sources"
REGISTRY = Registry.load(ROOT / "data" / "curated")
# fixture -> the source text it was made from and the symbol its running header prints
MADE_FROM = {
    "wg7-2013-provisional-agenda": "CTOC/COP/WG.7/2013/1",
    "CTOC_COP_WG.4_2010_4": "CTOC/COP/WG.4/2010/4",
    "CTOC_COP_2012_15_es": "CTOC/COP/2012/15",
    "CTOC_COP_WG.4_2010_2_ru": "CTOC/COP/WG.4/2010/2",
}
FILES = sorted(DOCUMENTS.glob("*.pdf")) + sorted(DOCUMENTS.glob("*.docx"))
# what only a file read from PDF or Word says (its format, pages, kept text), what counts offsets,
# and the notes on what was not read (a footnote at the foot of a page moves a gap off the text's end)
FILE_ONLY = {MG.page, MG.pageCount, MG.extractedText, DCTERMS.format, MG.sourceFile, MG.notRead}
OFFSET_BOUND = {OA.start, OA.end, OA.prefix, OA.suffix, OA.exact, OA.hasSelector}


def symbol_for(stem: str) -> str | None:
    # the seed agenda prints no symbol of its own: the manifest supplies it, for the text and the files alike
    return "CTOC/COP/WG.7/2013/1" if stem.startswith("wg7-") else None


def read(path: Path):
    # the curator gives a PDF's or Word file's address (a text names its own in its source: line)
    url = parse_source((SOURCES / f"{path.stem}.txt").read_bytes(), path.name).source_url
    return ingest_bytes(path.read_bytes(), path.name, REGISTRY, symbol_for(path.stem), url)


def said(t: Literal, stem: str) -> str:
    """A literal as the reader wrote it, with the file's name and character offsets made neutral
    (a note names the file read, and counts in its own text)."""
    text = re.sub(rf"{re.escape(stem)}\.(?:txt|pdf|docx)", "FILE", str(t))
    return Literal(re.sub(r"at character \d+", "at character N", text), lang=t.language,
                   datatype=t.datatype).n3()


def facts(g: Graph, stem: str) -> set[tuple[str, str, str]]:
    """The graph's statements with evidence nodes named by what they say (link and quote), not by
    their offsets, and without what depends on the file's format."""
    name: dict[URIRef, str] = {}
    for node in set(g.subjects(MG.linkProperty, None)):
        quote = g.value(node, MG.quote)
        link = [g.value(node, p) for p in (MG.item, MG.linkSubject, MG.linkProperty, MG.mandate, MG.linkObject)]
        name[node] = "evidence " + " ".join(str(x) for x in link if x is not None) + f" «{quote}»"

    def term(t) -> str:
        if isinstance(t, URIRef):
            base = URIRef(str(t).split("#")[0])
            return name.get(base, str(t))
        return said(t, stem)

    return {(term(s), str(p), term(o)) for s, p, o in g
            if p not in FILE_ONLY and p not in OFFSET_BOUND and "/activity/ingest/" not in str(s) + str(o)
            and not str(s).endswith(("#quote", "#position"))}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_says_what_its_text_says(path: Path) -> None:
    name = f"{path.stem}.txt"
    text = ingest_bytes((SOURCES / name).read_bytes(), name, REGISTRY, symbol_for(path.stem))
    result = read(path)
    assert facts(result.graph, path.stem) == facts(text.graph, path.stem)
    assert bool(result.not_read) == bool(text.not_read)
    doc = result.document
    assert doc is not None
    assert result.graph.value(doc, DCTERMS.format) == Literal(PDF if path.suffix == ".pdf" else DOCX)
    assert result.graph.value(doc, MG.extractedText) == Literal(f"{path.name}.txt")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_quote_on_its_page_and_at_its_offsets(path: Path) -> None:
    extracted = extract(path.read_bytes(), path.name)
    assert extracted is not None
    result = read(path)
    assert result.text == extracted.text
    g = result.graph
    evidence = set(g.subjects(MG.linkProperty, None))
    assert evidence, "nothing was read from the file"
    pages = extracted.text.split(PAGE_BREAK)
    assert len(pages) == len(extracted.pages) == int(g.value(result.document, MG.pageCount))
    for node in evidence:
        position = URIRef(f"{node}#position")
        start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))
        assert g.value(URIRef(f"{node}#quote"), OA.exact) == Literal(extracted.text[start:end])
        page = int(g.value(node, MG.page))
        assert page == page_of(extracted.pages, start)
        assert fold(str(g.value(node, MG.quote)))[:40] in fold(pages[page - 1]), (node, page)


def test_evidence_comes_from_every_page_it_is_on() -> None:
    """The seed agenda's four pages: its groundings and documentation are read from pages 1 to 3."""
    g = read(DOCUMENTS / "wg7-2013-provisional-agenda.pdf").graph
    assert {int(p) for p in g.objects(None, MG.page)} == {1, 2, 3}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_page_furniture_in_the_text(path: Path) -> None:
    extracted = extract(path.read_bytes(), path.name)
    assert extracted is not None
    text = extracted.text
    assert "V.00-00000" not in text  # the job number footer
    symbol = MADE_FROM[path.stem]
    printed = (SOURCES / f"{path.stem}.txt").read_text(encoding="utf-8").count(symbol)
    assert text.count(symbol) <= printed  # the running header is not repeated on every page
    for page in text.split(PAGE_BREAK)[1:]:
        assert not re.search(r"^\s*\d{1,3}\s*$", page, re.M)  # no lone page numbers


def test_wrapped_lines_and_page_breaks() -> None:
    long = "In its resolution 6/3, the Conference of the Parties decided that the Working Group"
    pages = [["1. Organizational matters:", " (a) Opening of the meeting;", "", long, "should meet before"],
             ["the seventh session of the Conference.", ""], ["2. Next paragraph."]]
    text, starts = join_pages([unwrap(lines) for lines in pages])
    # a list stays a list; a line as long as the page's lines goes on in the next, over a page break too;
    # a page that ends a sentence keeps the paragraph break
    assert text == ("1. Organizational matters:\n (a) Opening of the meeting;\n\n" + long + " should meet before"
                    "\n\fthe seventh session of the Conference.\n\f\n2. Next paragraph.")
    assert [page_of(starts, text.index(w)) for w in ("resolution", "seventh", "Next")] == [1, 2, 3]


@pytest.mark.parametrize("raw", [b"%PDF-1.7\n garbage", b"PK\x03\x04 not a zip"], ids=["pdf", "docx"])
def test_unreadable_file_is_one_line_naming_it(raw: bytes) -> None:
    name = "broken.pdf" if raw.startswith(b"%PDF") else "broken.docx"
    with pytest.raises(NotADocumentError, match=rf"^{re.escape(name)}: not a readable (PDF|Word file)"):
        ingest_bytes(raw, name, REGISTRY)


def test_cli_reads_pdf_and_keeps_its_text(tmp_path: Path) -> None:
    pdf = tmp_path / "CTOC_COP_WG.4_2010_4.pdf"
    pdf.write_bytes((DOCUMENTS / pdf.name).read_bytes())
    address = "https://undocs.org/CTOC/COP/WG.4/2010/4"
    (tmp_path / "manifest.toml").write_text(f'["{pdf.name}"]\nsource = "{address}"\n', encoding="utf-8")
    out = tmp_path / "out.trig"
    done = subprocess.run([sys.executable, "-m", "mandategraph", "ingest", str(pdf), "--out", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    kept = tmp_path / "out.trig.texts" / "CTOC_COP_WG.4_2010_4.pdf.txt"
    assert kept.read_text(encoding="utf-8") == extract(pdf.read_bytes(), pdf.name).text  # type: ignore[union-attr]
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out, format="trig")
    assert any(True for _ in ds.quads((None, MG.page, None, None)))
    assert any(True for _ in ds.quads((None, DCTERMS.source, URIRef(address), None)))  # from the manifest
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    done = subprocess.run([sys.executable, "-m", "mandategraph", "ingest", str(broken)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[0].startswith(f"mandategraph ingest: {broken}: not a readable PDF")


def test_word_list_numbers_are_read(tmp_path: Path) -> None:
    """Word prints the numbers of a numbered list itself; they are not in the paragraphs' text."""
    import docx

    d = docx.Document()
    d.add_paragraph("Provisional agenda")
    for title in ("Organizational matters.", "Good practices in special investigative techniques.", "Other matters."):
        d.add_paragraph(title, style="List Number")
    d.add_paragraph("1.\tIn its resolution 6/3, the Conference decided ...")  # typed number and tab: prose
    path = tmp_path / "numbered.docx"
    d.save(str(path))
    extracted = extract(path.read_bytes(), path.name)
    assert extracted is not None
    lines = [ln for ln in extracted.text.splitlines() if ln.strip()]
    assert lines == ["Provisional agenda", "1. Organizational matters.",
                     "2. Good practices in special investigative techniques.", "3. Other matters.",
                     "1. In its resolution 6/3, the Conference decided ..."]


def test_build_reads_pdf_sources_and_keeps_their_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build whose sources hold a PDF instead of the text: the document is read from the PDF, with
    its pages and its curator-given address, and the run keeps the extracted text its offsets count in."""
    import pyoxigraph as ox

    from mandategraph.build import TEXTS, build
    from mandategraph.project import Layout
    from mandategraph.store import current_dir

    for part in ("ontology", "data"):
        shutil.copytree(ROOT / part, tmp_path / part)
    monkeypatch.setenv("MANDATEGRAPH_BUILD", str(tmp_path / "build"))
    sources = tmp_path / "data" / "sources"
    pdf = DOCUMENTS / "CTOC_COP_WG.4_2010_4.pdf"
    (sources / "CTOC_COP_WG.4_2010_4.txt").unlink()
    shutil.copy(pdf, sources / pdf.name)
    address = "https://undocs.org/CTOC/COP/WG.4/2010/4"
    with (sources / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(f'\n["{pdf.name}"]\nsource = "{address}"\n')
    result = build(Layout(tmp_path))
    assert result.validation.conforms
    assert pdf.name in result.sources
    kept = current_dir(Layout(tmp_path)) / TEXTS / f"{pdf.name}.txt"
    text = kept.read_text(encoding="utf-8")
    assert text == extract(pdf.read_bytes(), pdf.name).text  # type: ignore[union-attr]
    store = ox.Store()
    store.load(path=str(current_dir(Layout(tmp_path)) / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    doc = ox.NamedNode("https://w3id.org/mandategraph/id/doc/CTOC/COP/WG.4/2010/4")
    assert list(store.quads_for_pattern(doc, ox.NamedNode(str(DCTERMS.source)), ox.NamedNode(address)))
    rows = list(store.query(f"""SELECT ?page ?start ?end ?exact WHERE {{ GRAPH ?g {{
        ?e <{MG.statedIn}> {doc} ; <{MG.page}> ?page ; <{OA.hasSelector}> ?p, ?q .
        ?p <{OA.start}> ?start ; <{OA.end}> ?end . ?q <{OA.exact}> ?exact }} }}"""))  # type: ignore[union-attr]
    assert rows
    for row in rows:
        assert text[int(row["start"].value):int(row["end"].value)] == row["exact"].value
