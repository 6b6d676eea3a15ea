"""Ninth round: agenda lists and grounding sentences (issue 10, classes 2 and 5).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule.
"""

from __future__ import annotations

from mandategraph.ingest import IngestResult, citations
from mandategraph.namespaces import DCTERMS, MG, SKOS
from tests.ingest_covers import ingested
from tests.test_agenda_prose_round5 import EB147
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


# ------------------------------------------------------------------------------------ a report's flattened contents

# tests/ingest_eval/untouched/ECE_TRANS_WP.1_163.txt (https://businessdocbox.com/Government/91215692-Economic-and-social-
# council.html): the report of the ECE's Global Forum for Road Traffic Safety on its seventy-sixth session, a mirror's
# page with its cover and contents flattened onto one line: each chapter "N. Title (agenda item N)", lettered sections
# between them, page numbers left after two
ECE_TRANS_WP_1_163 = """1 United Nations Economic and Social Council ECE/TRANS/WP.1/163 Distr.: General 11 April 2018 \
Original: \
English Economic Commission for Europe Inland Transport Committee Global Forum for Road Traffic Safety \
Seventy-sixth session Geneva, March 2018 Contents Report of the Global Forum for Road Traffic Safety on its \
seventy-sixth session Paragraphs I. Attendance II. Adoption of the agenda (agenda item 1) III. Activities of \
interest to the Working Party (agenda item 2) IV. Convention on Road Traffic (1968) (agenda item 3) A. \
Consistency between on Convention on Road Traffic (1968) and Vehicles Technical Regulations B. Driving \
permits C. Automated driving D. Loading of vehicles V. Convention on Road Signs and Signals (1968) (agenda \
item 4) Group of Experts on Road Signs and Signals VI. Consolidated Resolution on Road Traffic (R.E.1) \
(agenda item 5) A. A Safe System Approach B. Amendment proposals on distracted driving C. Amendment proposals \
on policies for Powered Two Wheelers D. Amendment proposals on Vulnerable Road Users VII. Group of Experts on \
Improving Safety at Level Crossings (agenda item 6) VIII. Revision of the terms of reference and rules of \
procedure for WP.1 (agenda item 7) 40 9 Page

2 IX. Programme of Work and biennial evaluation, (agenda item 8) X. Sustainable Development Goals: potential \
contribution by WP.1 (agenda item 9) 42 9 XI. Other Business (agenda item 10) XII. Date of next session \
(agenda item 11) XIII. Adoption of the report of the seventy-sixth session (agenda item 12)

3 I. Attendance 1. The Global Forum for Road Traffic Safety (WP.1) held its seventy-sixth session in Geneva \
from 19 to 23 March 2018, chaired by Ms. L. Iorio (Italy)."""

# tests/ingest_eval/untouched/FCCC_CP_2016_10.txt (a mirror's page): part one of the report of the UNFCCC Conference of
# the Parties on its twenty-second session, flattened so, its chapter numerals displaced ("II. III. Organizational
# matters", "VI. VII. VIII. IX. A. Proposal ..."), item 3's title after its section "J. Documentation"
FCCC_CP_2016_10 = """1 United Nations FCCC/CP/2016/10 Distr.: General 31 January 2017 Original: English \
Conference of the Parties \
Contents Report of the Conference of the Parties on its twenty-second session, held in Marrakech from 7 to 18 \
November 2016 Part one: Proceedings Paragraphs I. Opening of the session (Agenda item 1) II. III. \
Organizational matters (Agenda item 2) A. Election of the President of the Conference of the Parties at its \
twenty-second session B. Adoption of the rules of procedure C. Adoption of the agenda D. Election of officers \
other than the President E. Admission of organizations as observers F. Organization of work, including for \
the sessions of the subsidiary bodies G. Dates and venues of future sessions H. Adoption of the report on \
credentials I. Attendance J. Documentation Reports of the subsidiary bodies (Agenda item 3) A. Report of the \
Subsidiary Body for Scientific and Technological Advice B. Report of the Subsidiary Body for Implementation \
C. Report of the Ad Hoc Working Group on the Paris Agreement Page GE (E)

2 IV. Preparations for the entry into force of the Paris Agreement and the first session of the Conference of \
the Parties serving as the meeting of the Parties to the Paris Agreement (Agenda item 4) V. Consideration of \
proposals by Parties for amendments to the Convention under Article 15 (Agenda item 5) VI. VII. VIII. IX. A. \
Proposal from the Russian Federation to amend Article 4, paragraph 2(f), of the Convention B. Proposal from \
Papua New Guinea and Mexico to amend Articles 7 and 18 of the Convention Report of the Adaptation Committee \
(Agenda item 6) Warsaw International Mechanism for Loss and Damage associated with Climate Change Impacts \
(Agenda item 7)"""


def test_a_reports_flattened_contents_names_the_items_its_chapters_take_up() -> None:
    got = items_of(ingested(ECE_TRANS_WP_1_163, "ECE_TRANS_WP.1_163.txt"))
    assert sorted(got, key=int) == [str(n) for n in range(1, 13)]
    assert got["1"][0] == "Adoption of the agenda"
    assert got["3"][0] == "Convention on Road Traffic (1968)"
    assert got["5"][0] == "Consolidated Resolution on Road Traffic (R.E.1)"
    assert got["8"][0] == "Programme of Work and biennial evaluation"
    assert got["9"][0] == "Sustainable Development Goals: potential contribution by WP.1"
    assert got["12"][0] == "Adoption of the report of the seventy-sixth session"


def test_a_contents_heading_is_read_only_where_its_title_is_whole() -> None:
    got = items_of(ingested(FCCC_CP_2016_10, "FCCC_CP_2016_10.txt"))
    assert got["1"][0] == "Opening of the session"
    assert got["2"][0] == "Organizational matters"  # "II. III. Organizational matters": the displaced numeral left
    assert got["5"][0] == "Consideration of proposals by Parties for amendments to the Convention under Article 15"
    # item 3's title follows its sections' letters ("I. Attendance J. Documentation Reports of the subsidiary bodies"),
    # item 6's the sections of item 5: where the title begins is not printed, so neither is read
    assert "3" not in got and "6" not in got


# ------------------------------------------------------------------------------------ items numbered together

# tests/ingest_eval/sealed/A_70_684_ru.txt (a mirror's page): the Secretary-General's report A/70/684 under two items
# numbered together, each masthead field on its own line and no blank line anywhere: the two items' titles follow one
# another (item 15's over five lines, its other lines in small letters), then the report's own title, then its kind
A_70_684_RU = """Организация Объединенных Наций
Генеральная Ассамблея
A/70/684
Distr.: General
15 January 2016
Russian
Original: English
Семидесятая сессия
Пункты 15 и 116 повестки дня
Комплексное и скоординированное осуществление
решений крупных конференций и встреч
на высшем уровне Организации Объединенных Наций
в экономической, социальной и смежных областях
и последующая деятельность в связи с ними
Последующие меры по итогам Саммита тысячелетия
Важнейшие вехи на пути создания последовательной,
эффективной и всеобъемлющей системы
осуществления последующей деятельности
и проведения обзоров на глобальном уровне
Доклад Генерального секретаря
Резюме
"""


def documented(result: IngestResult) -> dict[str, str]:
    g = result.graph
    return {str(g.value(i, SKOS.notation)): str(g.value(i, DCTERMS.title))
            for i in g.subjects(MG.documentedBy, result.document)}


def test_two_items_numbered_together_with_a_three_digit_number_and_their_titles_by_their_capitals() -> None:
    result = ingested(A_70_684_RU, "A_70_684_ru.txt")
    assert documented(result) == {
        "15": "Комплексное и скоординированное осуществление решений крупных конференций и встреч на высшем уровне "
              "Организации Объединенных Наций в экономической, социальной и смежных областях и последующая "
              "деятельность в связи с ними",
        "116": "Последующие меры по итогам Саммита тысячелетия"}
    assert [str(t) for t in result.graph.objects(result.document, DCTERMS.title)] == [
        "Важнейшие вехи на пути создания последовательной, эффективной и всеобъемлющей системы осуществления "
        "последующей деятельности и проведения обзоров на глобальном уровне"]


def test_titles_of_items_numbered_together_are_not_split_where_a_line_begins_with_a_name() -> None:
    # item 15's title wrapped before the Organization's name: one line more begins with a capital, so where each
    # title ends is not sure; the items are read by their numbers only
    wrapped = A_70_684_RU.replace("на высшем уровне Организации", "на высшем уровне\nОрганизации")
    assert documented(ingested(wrapped, "A_70_684_ru.txt")) == {"15": "None", "116": "None"}


# ------------------------------------------------------------------------------------ the Council's "its resolution"

# tests/ingest_eval/sealed/A_63_92_S_2008_417.txt (a ReliefWeb page), paragraph 1 of the Peacebuilding Commission's
# report to the General Assembly and the Security Council: the "its" of "its resolution 1646 (2005)" is the Council's,
# the organ its sentence names last before it
A_63_92_PARAGRAPH = (
    "1. The present report has been prepared pursuant to General Assembly resolution 60/180 and Security Council "
    "resolution 1645 (2005), in which the Peacebuilding Commission was requested to submit an annual report to the "
    "General Assembly for an annual debate and review. The report will also be submitted to the Security Council, "
    "pursuant to its resolution 1646 (2005), for an annual debate.")


def test_its_resolution_numbered_with_its_year_after_the_council_named_in_its_sentence() -> None:
    found = {(c.issuer, c.printed) for c in citations.find_citations(A_63_92_PARAGRAPH) if c.kind == "resolution"}
    assert ("Security Council", "1646 (2005)") in found
    assert ("Security Council", "1645 (2005)") in found


def test_its_resolution_numbered_with_its_year_is_not_read_where_another_organ_is_named_after_the_council() -> None:
    for sentence in ("The Security Council requested the General Assembly, in its resolution 1646 (2005), to act.",
                     "It was sent to the Security Council. In its resolution 1646 (2005), the Commission said so.",
                     "The report will be considered pursuant to its resolution 1646 (2005)."):
        assert [c for c in citations.find_citations(sentence) if c.kind == "resolution"] == [], sentence


# ------------------------------------------------------------------------------------ the issuer named after the title

# tests/ingest_eval/sealed/ODA_note_verbale_NDV_2017_nosymbol.txt (a mirror's page of UNOG): a note verbale of the
# Office for Disarmament Affairs names the resolution it refers to, its title, then the organ that adopted it
ODA_NOTE = ("The Office for Disarmament Affairs presents its compliments to the Permanent Missions of Member States to "
            "the United Nations and has the honour to refer to resolution 71/67 entitled “Nuclear disarmament "
            "verification”, adopted by the General Assembly on 5 December 2016.")


def test_a_resolutions_issuer_named_after_its_title() -> None:
    found = [(c.issuer, c.notation) for c in citations.find_citations(ODA_NOTE) if c.kind == "resolution"]
    assert found == [("General Assembly", "71/67")]


# ------------------------------------------------------------------------------------ a policy approved in a decision

def test_an_item_held_in_line_with_a_policy_approved_in_a_decision() -> None:
    """tests/ingest_eval/unseen/EB147_1_annotated.txt (quoted in tests/test_agenda_prose_round5.py): "In line with
    the current evaluation policy, approved by the Executive Board in decision EB143(9) (2018), an annual report on
    evaluation will be presented to the Board": the decision grounds item 5.3."""
    got = items_of(ingested(EB147, "EB147_1_annotated.txt"))
    assert "decision/eb/143/9" in got["5.3"][1]
    assert got["5.1"][1] == {"decision/eb/146/16"}


def test_a_decision_named_after_a_policy_grounds_nothing_without_its_approval() -> None:
    head = EB147.split("In line with")[0]
    for sentence in ("In line with the current evaluation policy, the report recalls decision EB143(9) (2018).",
                     "In line with the policy, approved by the Board, the report recalls decision EB143(9) (2018)."):
        got = items_of(ingested(head + sentence + "\n", "EB147_1_annotated.txt"))
        assert "decision/eb/143/9" not in got["5.3"][1], sentence
