"""Ninth round: agenda lists and grounding sentences (issue 10, classes 2 and 5).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule.
"""

from __future__ import annotations

from mandategraph.namespaces import MG
from tests.ingest_covers import ingested
from tests.test_ingest_agenda_round8 import items_of

# ------------------------------------------------------------------------------------ headings between items

# tests/ingest_eval/untouched/E_1997_100.txt (https://www.un.org/esa/documents/ecosoc/docs/1997/e1997-100.htm): the
# Economic and Social Council's annotated provisional agenda of 1997, a plain-text web page; its list prints the
# headings of the session's segments between the items ("High-level segment", and one wrapped over two lines), and
# each item's title wraps onto indented lines. The excerpt stops after item 4's heading.
E_1997_100 = """
United Nations

E/1997/100


Economic and Social Council

 Distr. GENERAL
25 March 1997
ORIGINAL: ENGLISH


Substantive session of 1997
Geneva, 30 June-25 July 1997
Item 1 of the provisional agenda


            ADOPTION OF THE AGENDA AND OTHER ORGANIZATIONAL MATTERS

                         Annotated provisional agenda


      The present document contains the provisional agenda for the
substantive session of 1997 in section I and the annotations to the
provisional agenda in section II.


                            I.  PROVISIONAL AGENDA


     The provisional agenda for the substantive session of 1997 of the
Council has been drawn up on the basis of the list of items approved
by the Council at its organizational session for 1997 (decision
1997/201).


            Provisional agenda for the substantive session of 1997

1.   Adoption of the agenda and other organizational matters.

High-level segment

2.   Fostering an enabling environment for development:  financial
     flows, including capital flows; investment; trade.

Operational activities of the United Nations for international
development cooperation segment

3.   Operational activities of the United Nations for international
     development cooperation:

     (a) Coordination of activities on a system-wide basis:  funding
         for operational activities for development:  implementation
         of General Assembly resolution 50/227;

     (b) Follow-up to policy recommendations of the General Assembly;

     (c) Reports of the Executive Boards of the United Nations
         Development Programme/United Nations Population Fund, the
         United Nations Children's Fund and the World Food Programme;

     (d) Economic and technical cooperation among developing
         countries.

Coordination segment

4.   Coordination of the policies and activities of the specialized
     agencies and other bodies of the United Nations system related to
     the following themes:
"""


def test_segment_headings_between_items_and_titles_wrapped_onto_indented_lines() -> None:
    result = ingested(E_1997_100, "E_1997_100.txt")
    got = items_of(result)
    assert sorted(got) == ["1", "2", "3", "3 (a)", "3 (b)", "3 (c)", "3 (d)", "4"]
    assert got["2"][0] == ("Fostering an enabling environment for development: financial flows, including capital "
                           "flows; investment; trade")
    assert got["3"][0] == "Operational activities of the United Nations for international development cooperation"
    assert got["3 (a)"][0] == ("Coordination of activities on a system-wide basis: funding for operational "
                               "activities for development: implementation of General Assembly resolution 50/227")
    assert got["3 (b)"][0] == "Follow-up to policy recommendations of the General Assembly"
    assert got["3 (d)"][0] == "Economic and technical cooperation among developing countries"
    assert got["4"][0] == ("Coordination of the policies and activities of the specialized agencies and other bodies "
                           "of the United Nations system related to the following themes")
    assert not any("segment" in title for title, _ in got.values())  # a segment's heading is no item's title
    # the title of 3 (a) names the Assembly's resolution: the document cites it, whatever its own body
    cited = {str(c).rsplit("/id/", 1)[1] for c in result.graph.objects(result.document, MG.cites)}
    assert "resolution/ga/50/227" in cited
