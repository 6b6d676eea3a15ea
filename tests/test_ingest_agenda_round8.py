"""Eighth round: agenda lists and grounding sentences (issue 10, classes 2 and 5).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule.
"""

from __future__ import annotations

from rdflib import URIRef

from mandategraph import iri
from mandategraph.ingest import IngestResult
from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS
from tests.ingest_covers import ingested
from tests.test_agenda_prose_round5 import PRELIMINARY
from tests.test_ingest_cover_rules import A_53_50 as A_53_50_HEAD


def items_of(result: IngestResult) -> dict[str, tuple[str, set[str]]]:
    """The agenda items of an ingested document: notation -> (title, what grounds it, as IRI paths)."""
    g = result.graph
    out: dict[str, tuple[str, set[str]]] = {}
    for node in g.subjects(RDF.type, MG.AgendaItem):
        assert isinstance(node, URIRef)
        grounds = {str(m).removeprefix(str(iri.ID)) for m in g.objects(node, MG.groundedIn)}
        out[str(g.value(node, SKOS.notation))] = (str(g.value(node, DCTERMS.title)), grounds)
    return out


# ------------------------------------------------------------------------------------ lists that print their grounds

# tests/ingest_eval/blind/A_53_50.txt (https://www.un.org/ga/53/session/prelim.htm): the General Assembly's
# preliminary list of the items of its provisional agenda, issued as a note by the Secretary-General (its head as
# tests/test_ingest_cover_rules.py quotes it); the note's own paragraphs are numbered 1-3, then the list, each item
# followed by the rule of procedure it rests on
A_53_50 = A_53_50_HEAD + """
2. The following documents relating to the agenda of the fifty-third session of the General Assembly1/ will appear \
on the dates specified:

3. The fifty-third session will convene at United Nations Headquarters on Tuesday, 8 September 1998, at 3 p.m.


1. Opening of the session by the Chairman of the delegation of Ukraine (rule 30 of the rules of procedure).

2. Minute of silent prayer or meditation (rule 62).

3. Credentials of representatives to the fifty-third session of the General Assembly (rule 28):

(a) Appointment of the members of the Credentials Committee;

(b) Report of the Credentials Committee.

4. Election of the President of the General Assembly (rule 31).

5. Election of the officers of the Main Committees (rule 31).

6. Election of the Vice-Presidents of the General Assembly (rule 31).

7. Notification by the Secretary-General under Article 12, paragraph 2, of the Charter of the United Nations (rule 49).

8. Adoption of the agenda and organization of work: reports of the General Committee (rule 21).

9. General debate.
"""


def test_a_note_whose_list_prints_each_items_rule_is_read_as_an_agenda() -> None:
    result = ingested(A_53_50, "A_53_50.txt")
    types = set(result.graph.objects(result.document, RDF.type))
    assert {MG.Note, MG.Agenda} <= types  # the kind line's note, and the agenda list it is
    got = items_of(result)
    assert got["1"] == ("Opening of the session by the Chairman of the delegation of Ukraine", {"rules/ga/rule/30"})
    assert got["2"] == ("Minute of silent prayer or meditation", {"rules/ga/rule/62"})
    assert got["3 (b)"] == ("Report of the Credentials Committee", set())
    assert got["7"][1] == {"rules/ga/rule/49"}  # the Charter's Article 12 in its title grounds nothing
    assert got["8"] == ("Adoption of the agenda and organization of work: reports of the General Committee",
                        {"rules/ga/rule/21"})
    assert got["9"] == ("General debate", set())
    assert not any("(rule" in title for title, _ in got.values())


def test_a_note_with_a_numbered_list_that_prints_no_grounds_is_no_agenda() -> None:
    text = A_53_50
    for rule in (" (rule 30 of the rules of procedure)", " (rule 62)", " (rule 28)", " (rule 31)", " (rule 49)",
                 " (rule 21)"):
        text = text.replace(rule, "")
    result = ingested(text, "A_53_50.txt")
    assert MG.Agenda not in set(result.graph.objects(result.document, RDF.type))


# ------------------------------------------------------------------------------------ numbers without full stops

# tests/ingest_eval/sealed/MSC_107_1.txt (https://www.scribd.com/document/634421160/Untitled): the provisional agenda
# of the IMO Maritime Safety Committee's 107th session, its item numbers printed without full stops, titles broken
# over lines, the reissue footnote, the file path and the running header between items 13 and 14
MSC_107_1 = """E

MARITIME SAFETY COMMITTEE MSC 107/1*


107th session 2 December 2022
Agenda item 1 Original: ENGLISH

PROVISIONAL AGENDA

for the 107th session of the Maritime Safety Committee,


to be held from Wednesday, 31 May to Friday, 9 June 2023
at IMO Headquarters, 4 Albert Embankment, London SE1 7SR

Session commences at 9.30 a.m. (UTC+1) on Wednesday, 31 May 2023

Opening of the session

1 Adoption of the agenda; report on credentials

2 Decisions of other IMO bodies

3 Consideration and adoption of amendments to mandatory instruments

4 Goal-based new ship construction standards

5 Development of a goal-based instrument for Maritime Autonomous Surface Ships


(MASS)

6 Development of further measures to enhance the safety of ships relating to the use of
fuel oil

13 Human element, training and watchkeeping (Report of the ninth session of the
Sub-Committee)

*
Re-issued on 16 February 2023 to add paragraph 1.1.1 in the Notes, concerning the submission of
documents containing proposals for new outputs.

I:\\MSC\\107\\MSC 107-1.docx
MSC 107/1
Page 2

14 Ship systems and equipment (Report of the ninth session of the Sub-Committee)

20 Consideration of the report of the Committee on its 107th session

Notes:

1 In accordance with the Organization and method of work of the Maritime Safety Committee.
"""


def _numbered(text: str, numbers: range) -> str:
    """``text`` with its items 13, 14 and 20 renumbered in order after item 6 (the excerpt leaves out 7-12, 15-19)."""
    for old, new in zip(("13 ", "14 ", "20 "), (str(n) + " " for n in numbers), strict=True):
        text = text.replace(f"\n{old}", f"\n{new}", 1)
    return text


def test_an_item_list_numbered_without_full_stops_under_an_agenda_heading() -> None:
    got = items_of(ingested(_numbered(MSC_107_1, range(7, 10)), "MSC_107_1.txt"))
    assert sorted(got, key=int) == [str(n) for n in range(1, 10)]  # the Notes' "1 In accordance ..." is no item
    assert got["1"][0] == "Adoption of the agenda; report on credentials"
    assert got["5"][0] == "Development of a goal-based instrument for Maritime Autonomous Surface Ships (MASS)"
    assert got["6"][0] == ("Development of further measures to enhance the safety of ships relating to the use of "
                           "fuel oil")
    assert got["7"][0] == "Human element, training and watchkeeping (Report of the ninth session of the Sub-Committee)"
    assert got["8"][0] == "Ship systems and equipment (Report of the ninth session of the Sub-Committee)"


def test_numbers_without_full_stops_are_no_list_out_of_order_or_ending_as_sentences() -> None:
    assert items_of(ingested(MSC_107_1.replace("\n5 ", "\n15 "), "MSC_107_1.txt")) == {}  # 1-4 in order: too few
    footnotes = _numbered(MSC_107_1, range(7, 10)).replace("Sub-Committee)\n", "Sub-Committee).\n")
    assert items_of(ingested(footnotes, "MSC_107_1.txt")) == {}


# ------------------------------------------------------------------------------------ sub-item letters glued on

# tests/ingest_eval/unseen/UNEP_FAO_CHW_RC_POPS_JWG.2_annotated_agenda_nosymbol.txt (the annotated agenda of the
# second meeting of the Basel, Rotterdam and Stockholm conventions' ad hoc joint working group, a web copy): no item
# list, the first annotation's heading taken in by the cover, blank lines under it, sub-item letters glued to their
# titles ("(a)Adoption of the agenda")
JWG_2 = """/ /





/ Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal
Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides \
in International Trade
Stockholm Convention on
Persistent Organic Pollutants / Distr.: General
7 December 2007
English only

Ad hoc joint working group on enhancing cooperation and

coordination among the Basel, Rotterdam and Stockholm conventions

Second meeting

Vienna, 10–13 December 2007

Item 2 of the provisional agenda

Organizational matters

Annotated provisional agenda

Item 1: Opening of the meeting

  1. The second meeting of the Conference of ad hoc joint working group on enhancing cooperation and \
coordination among the Basel, Rotterdam and Stockholm conventions, will be held from 10 to 13 December 2007 \
at the Diplomatic Academy of Vienna, Favoritenstrasse 15a, A-1040 Vienna, Austria. The meeting will be opened \
at 10 a.m. on Monday, 10 December 2007.

Item 2: Organizational matters

(a)Adoption of the agenda

  1. The ad hoc joint working group may wish to adopt its agenda, amended as appropriate, on the basis of the \
provisional agenda set forth in document UNEP/FAO/CHW/RC/POPS/JWG.2/1.

(b)Organization of work

  1. The ad hoc joint working group has before it a scenario note for the meeting prepared by the co-chairs \
(UNEP/FAO/CHW/RC/POPS/JWG.2/INF/1). The co-chairs will provide an explanation on how they expect the work of \
group to flow over the course of the meeting.
"""


def test_annotation_headings_with_glued_sub_item_letters_and_the_first_heading_in_the_cover() -> None:
    result = ingested(JWG_2, "UNEP_FAO_CHW_RC_POPS_JWG.2_annotated_agenda_nosymbol.txt")
    got = items_of(result)
    assert {n: title for n, (title, _) in got.items()} == {
        "1": "Opening of the meeting", "2": "Organizational matters", "2 (a)": "Adoption of the agenda",
        "2 (b)": "Organization of work"}
    documented = {str(result.graph.value(node, SKOS.notation)): {str(d).removeprefix(str(iri.ID))
                                                               for d in result.graph.objects(node, MG.documentedBy)}
                  for node in result.graph.subjects(RDF.type, MG.AgendaItem)}
    assert documented["2 (a)"] == {"doc/UNEP/FAO/CHW/RC/POPS/JWG.2/1"}
    assert documented["2 (b)"] == {"doc/UNEP/FAO/CHW/RC/POPS/JWG.2/INF/1"}


# ------------------------------------------------------------------------------------ a contents table's list

# tests/ingest_eval/fresh/A_76_100.txt (a document mirror's copy of the General Assembly's annotated preliminary list
# for its 76th session, its head as tests/test_agenda_prose_round5.py quotes it, then items 5 to 13): the list as a
# contents table with dot leaders and pages, item 11 run on after item 10's page number, the page's footnote and the
# next page's number between items 11 and 12
A_76_100 = PRELIMINARY + """
5. Election of the officers of the Main Committees . . . 15

6. Election of the Vice-Presidents of the General Assembly . . . 17

7. Organization of work, adoption of the agenda and allocation of items: reports of the General Committee . . \
. 18

8. General debate . . . 20

A. Promotion of sustained economic growth and sustainable development in accordance with the relevant \
resolutions of the General Assembly and recent United Nations conferences . . . 21

9. Report of the Economic and Social Council . . . 21

10. Return or restitution of cultural property to the countries of origin . . . 24 11. Implementation of the \
Declaration of Commitment on HIV/AIDS and the political

declarations on HIV/AIDS . . . X __________________

* The unannotated preliminary list (A/76/50) was issued on 15 February 2021.

(2)

12. Sport for development and peace: building a peaceful and better world through sport

and the Olympic ideal . . . X

13. Improving global road safety . . . 24
"""


def test_a_contents_list_with_the_next_item_after_a_page_number_and_a_footnote_between_items() -> None:
    got = {n: title for n, (title, _) in items_of(ingested(A_76_100, "A_76_100.txt")).items()}
    assert got["10"] == "Return or restitution of cultural property to the countries of origin"
    assert got["11"] == ("Implementation of the Declaration of Commitment on HIV/AIDS and the political "
                         "declarations on HIV/AIDS")
    assert got["12"] == ("Sport for development and peace: building a peaceful and better world through sport and the "
                         "Olympic ideal")
    assert got["13"] == "Improving global road safety"


def test_a_footnote_between_items_is_passed_over_only_before_the_next_number() -> None:
    text = A_76_100.replace("\n12. Sport", "\n14. Sport").split("\n13. Improving")[0]
    got = items_of(ingested(text, "A_76_100.txt"))
    assert "14" not in got and "12" not in got


# ------------------------------------------------------------------------------------ the Security Council's series

def test_security_council_resolutions_numbered_with_their_year() -> None:
    """tests/ingest_eval/sealed/A_63_92_S_2008_417.txt, paragraph 1: "pursuant to General Assembly resolution 60/180
    and Security Council resolution 1645 (2005)"; the Council's resolutions run in one series, the year after the
    number. Read only when the words name the Council: a bare number is not; "its resolution 1646 (2005)" is read
    since the ninth round, the "its" of a sentence that names the Council last before it (tests/test_ingest_agenda_
    round9.py)."""
    from mandategraph.ingest.citations import find_citations

    text = ("1. The present report has been prepared pursuant to General Assembly resolution 60/180 and Security "
            "Council resolution 1645 (2005), in which the Peacebuilding Commission was requested to submit an annual "
            "report to the General Assembly for an annual debate and review. The report will also be submitted to the "
            "Security Council, pursuant to its resolution 1646 (2005), for an annual debate.")
    found = [(c.printed, c.issuer, c.session, c.number) for c in find_citations(text) if c.running]
    assert found == [("1645 (2005)", "Security Council", 2005, 1645), ("1646 (2005)", "Security Council", 2005, 1646)]
    assert [c.printed for c in find_citations("resolution 1325 (2000) of the Security Council") if c.running] == [
        "1325 (2000)"]
    assert not [c for c in find_citations("in accordance with resolution 1325 (2000)") if c.running]
    result = ingested("A/63/92-S/2008/417\nGeneral Assembly\nSixty-third session\n\nReport of the Peacebuilding "
                      "Commission on its second session\n\n" + text + "\n", "A_63_92_S_2008_417.txt")
    node = iri.resolution("sc", 2005, 1645)
    g = result.graph
    assert (node, RDF.type, MG.Resolution) in g and str(g.value(node, SKOS.notation)) == "1645 (2005)"
    assert g.value(node, MG.adoptedBy) == iri.body("sc") and g.value(node, MG.adoptedAt) is None  # no session 2005
    assert str(g.value(iri.body("sc"), MG.symbolPrefix)) == "S"
