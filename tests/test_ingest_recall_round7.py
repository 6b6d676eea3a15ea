"""Issue 10, the seventh round (recall): agendas whose session (or body) the text does not give, and the rules
that read more of real UN documents without a wrong fact. Each text is an excerpt of a real UN document as the
ingest-eval sets store it (the set and file are named); the expected facts were read off the page."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from mandategraph.ingest import IngestResult
from mandategraph.ingest.agenda_layout import parse_agenda_items
from mandategraph.namespaces import MG
from mandategraph.validate import load_shapes, validate_graph
from tests.test_agenda_prose_round5 import SBI_6, ingest, select

ROOT = Path(__file__).resolve().parents[1]


def items(result: IngestResult) -> set[tuple[str, str]]:
    return select(result, "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }")


# ------------------------------------------------------------------------------------ an agenda of unknown session

SBI_6_PAGE = ("source: https://unfccc.int/cop3/resource/docs/1997/sbi/07.htm\nnote: excerpt of the SBI's sixth "
              "session agenda, tests/ingest_eval/unseen/FCCC_SBI_6_agenda_nosymbol.txt\n\n" + SBI_6)


def test_an_agenda_whose_session_is_unknown_has_its_items_under_the_agenda() -> None:
    """Class 2. The SBI's web copy prints no symbol and no masthead, so neither its body nor its session is
    recorded; its items are read all the same, identified under the text that lists them, marked
    mg:sessionUnknown, with no session guessed and no grounding filed under a guessed body."""
    result = ingest(SBI_6_PAGE, "FCCC_SBI_6_agenda_nosymbol.txt")
    got = items(result)
    assert ("1", "Opening of the session") in got
    assert ("2 (a)", "Adoption of the agenda") in got
    assert ("3", "Division of labour between the SBI and the Subsidiary Body for Scientific and Technological "
                 "Advice (SBSTA)") in got
    on = select(result, "SELECT ?i ?a WHERE { ?i a mg:AgendaItem ; mg:onAgenda ?a ; mg:sessionUnknown true }")
    assert len(on) == len(got) and {a for _, a in on} == {str(result.document)}
    assert all(i.startswith(f"{result.document}/item/") for i, _ in on)
    assert not select(result, "SELECT ?i WHERE { ?i a mg:AgendaItem ; mg:forSession ?s }")
    assert not select(result, "SELECT ?i WHERE { ?i mg:groundedIn ?m }")
    assert any("items of its agenda" in n for n in result.not_read)


def test_an_item_of_unknown_session_is_a_warning_not_a_violation() -> None:
    """The shapes accept an item marked mg:sessionUnknown on a source text's agenda (a warning says what to add);
    an item with neither its session nor that mark is still a violation."""
    shapes = load_shapes(ROOT / "ontology" / "mandategraph.shapes.ttl")
    result = ingest(SBI_6_PAGE, "FCCC_SBI_6_agenda_nosymbol.txt")
    data = Graph()
    data += result.graph
    data.parse(ROOT / "ontology" / "mandategraph.ttl")
    item = f"{result.document}/item/1"
    findings = [f for f in validate_graph(data, shapes).findings if f.focus == item]
    assert [f.shape for f in findings if f.severity == "Violation"] == []
    assert any(f.shape.endswith("ItemSessionUnknownShape") and f.severity == "Warning" for f in findings)
    data.remove((URIRef(item), MG.sessionUnknown, None))
    bare = [f for f in validate_graph(data, shapes).findings if f.focus == item and f.severity == "Violation"]
    assert any("session" in f.message for f in bare)


# ------------------------------------------------------------------------------------ prose paragraphs, not items

# The BRS joint working group's annotated agenda (tests/ingest_eval/unseen/
# UNEP_FAO_CHW_RC_POPS_JWG.2_annotated_agenda_nosymbol.txt): the annotation of item 2 (b) numbers its paragraphs
# from 1 again, in sentences whose subject is the working group.
JWG_2 = """Annotated provisional agenda

Item 1: Opening of the meeting

  1. The second meeting of the Conference of ad hoc joint working group on enhancing cooperation and \
coordination among the Basel, Rotterdam and Stockholm conventions, will be held from 10 to 13 December 2007 at \
the Diplomatic Academy of Vienna, Favoritenstrasse 15a, A-1040 Vienna, Austria.

Item 2: Organizational matters

(b)Organization of work

  1. The ad hoc joint working group may wish to conduct its work in plenary sessions and to establish working \
groups and drafting groups as it may deem necessary, specifying their mandates.
  2. The ad hoc joint working group may wish to decide to meet from 10:00 a.m. to 1:00 p.m. and from 3:00 p.m. \
to 6:00 p.m., subject to adjustments as necessary.

Item 3: Consideration of the intersessional work undertaken by the members of the ad hoc joint working group and by
"""


def test_numbered_sentences_of_an_annotation_are_not_an_item_list() -> None:
    """Class 2. "1. The ad hoc joint working group may wish to conduct its work ..." and "2. ... may wish to
    decide to meet ..." are the annotation's paragraphs, not items 1 and 2."""
    entries, _ = parse_agenda_items(JWG_2, 0)
    assert not any(e.title.startswith("The ad hoc joint working group") for e in entries)


def test_an_annotation_heading_the_text_stops_within_is_cut() -> None:
    """The page stops inside item 3's heading ("... of the ad hoc joint working group and by"): its title is
    given as incomplete ("… and …"), never as the whole title."""
    page = "source: https://docsbay.net/ad-hoc-joint-working-group-on-enhancing-cooperation-and\n\n" + JWG_2
    got = dict(items(ingest(page, "JWG.txt")))
    assert got.get("2") == "Organizational matters"
    assert got.get("3", "").endswith("…") and "and by" not in got.get("3", "")
