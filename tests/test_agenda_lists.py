"""Class 2 of issue 10: agenda item lists as real documents print them. Each text below is an excerpt
of a real UN document, as the ingest-eval dev set stores it (the source address is given); the
expected items were read off the page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from mandategraph.ingest import IngestResult, Registry, ingest_bytes
from mandategraph.ingest.agenda_layout import parse_agenda_items
from mandategraph.namespaces import PREFIXES

DEV = Path(__file__).resolve().parent / "ingest_eval" / "dev"
HEAD = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


@cache
def dev_result(name: str) -> IngestResult:
    """A dev document of the ingest evaluation, read as ``mandategraph ingest`` reads it."""
    path = DEV / name
    return ingest_bytes(path.read_bytes(), path.name, _curated())


@cache
def _curated() -> Registry:
    return Registry.load(DEV.parents[2] / "data" / "curated")


def dev_values(name: str, query: str) -> set[str]:
    """The first column of a SELECT over the graph of dev document ``name``."""
    return {str(row[0]) for row in dev_result(name).graph.query(HEAD + query)}  # type: ignore[index]

# CAT/C/24/1 (Committee against Torture, 2000): https://docstore.ohchr.org/ (tests/ingest_eval/dev/CAT_C_56.txt):
# numbered paragraphs of the note before the list, item numbers with no space, titles wrapped
CAT_2000 = """Note by the Secretary-General

1.The twenty-fourth session of the Committee against Torture will be held at the United Nations Office at Geneva \
from 1 to 19 May 2000. The first meeting will be held on Monday.

2.In accordance with rule 6 of the rules of procedure, the Secretary-General has prepared the provisional agenda.

GE.00-40630 (E)

PROVISIONAL AGENDA

1.Opening of the session by the representative of the Secretary-General.

2.Solemn declaration by the newly elected members of the Committee, as well as by

a member appointed under article 17, paragraph 6, of the Convention.

3.Election of the officers of the Committee.

4.Adoption of the agenda.

5.Organizational and other matters.

6.Submission of reports by States parties under article 19 of the Convention.

7.Consideration of reports submitted by States parties under article 19 of the

Convention.

8.Consideration of informa"""

# A/HRC/9/1 (Human Rights Council, 2008): https://docslib.org/doc/9013326/general-assembly-distr
# (tests/ingest_eval/dev/A_HRC_9_1.txt): a contents table with dot leaders, paragraph ranges and
# pages, its running header glued on and a "CONTENTS (continued)" page break inside the list
HRC_CONTENTS = """CONTENTS

Paragraphs Page

1. Organizational and procedural matters ...... 1 - 12 4

2. Annual report of the United Nations High Commissioner for Human Rights ...... 13 - 21 6

3. Promotion and protection of all human rights, including the right to development ...... 22 - 34 7

(a) Economic, social and cultural rights ...... 23 - 24 8

(b) Rights of peoples, and specific groups and individuals ..... 25 - 28 8

(e) wrong letter ...... 29 - 31 9
"""
HRC_PAGE_BREAK = """CONTENTS

Paragraphs Page

4. Human rights situations that require the Council’s attention ...... 35 - 42 10

5. Human rights bodies and mechanisms ...... 43 - 50 11

(a) Human Rights Council Advisory Committee ...... 43 11

(b) Expert mechanism on the rights of indigenous peoples .... 49 - 50 12 A/HRC/9/1 page 3

CONTENTS (continued)

Paragraphs Page

6. Universal periodic review ...... 51 - 53 13
"""


def items(text: str) -> list[tuple[str, str]]:
    entries, _ = parse_agenda_items(text, 0)
    return [(e.notation, e.title) for e in entries]


def test_item_numbers_with_no_space_after_the_notes_paragraphs() -> None:
    got = items(CAT_2000)
    assert got[:3] == [
        ("1", "Opening of the session by the representative of the Secretary-General"),
        ("2", "Solemn declaration by the newly elected members of the Committee, as well as by a member "
              "appointed under article 17, paragraph 6, of the Convention"),
        ("3", "Election of the officers of the Committee")]
    assert got[6] == ("7", "Consideration of reports submitted by States parties under article 19 of the Convention")
    # the note's numbered paragraphs are not items
    assert not any("twenty-fourth session" in t for _, t in got)


def test_the_cut_last_item_is_marked_cut() -> None:
    entries, _ = parse_agenda_items(CAT_2000, 0)
    assert entries[-1].notation == "8" and entries[-1].cut
    assert all(not e.cut for e in entries[:-1])


def test_contents_table_with_dot_leaders_and_pages() -> None:
    assert items(HRC_CONTENTS) == [
        ("1", "Organizational and procedural matters"),
        ("2", "Annual report of the United Nations High Commissioner for Human Rights"),
        ("3", "Promotion and protection of all human rights, including the right to development"),
        ("3 (a)", "Economic, social and cultural rights"),
        ("3 (b)", "Rights of peoples, and specific groups and individuals")]


def test_running_header_glued_on_and_contents_page_break() -> None:
    text = "1. Opening ...... 1 2\n\n2. Adoption of the agenda ...... 3 4\n\n3. Other ...... 5 6\n\n" + HRC_PAGE_BREAK
    got = dict(items(text))
    assert got["5 (b)"] == "Expert mechanism on the rights of indigenous peoples"
    assert got["6"] == "Universal periodic review"
    assert not any("A/HRC" in t or "page" in t.lower() for t in got.values())


def test_sub_item_letters_and_numbers_on_their_own_lines() -> None:
    text = ("Provisional agenda\n\n1.\n\nOpening of the session.\n\n2.\n\nReview of implementation:\n\n(a)\n\n"
            "Trafficking in persons;\n\n(b)\n\nSmuggling of migrants.\n\n3.\n\nOther matters.\n")
    assert items(text) == [("1", "Opening of the session"), ("2", "Review of implementation"),
                           ("2 (a)", "Trafficking in persons"), ("2 (b)", "Smuggling of migrants"),
                           ("3", "Other matters")]


def test_agenda_item_n_forms() -> None:
    text = ("Provisional agenda\n\nAgenda item 1. Opening of the meeting.\n\nAgenda item 2: Adoption of the "
            "agenda.\n\nAgenda item 3\n\nFirearms trafficking.\n")
    assert items(text) == [("1", "Opening of the meeting"), ("2", "Adoption of the agenda"),
                           ("3", "Firearms trafficking")]


# TD/B/51/1 (Trade and Development Board, 2004): https://studylib.net/doc/10533258/td--united-nations-conference
# (tests/ingest_eval/dev/TD_B_51_1.txt): the whole text flattened onto one line
TD_FLAT = ("TD UNITED NATIONS United Nations Conference on Trade and Development Distr. GENERAL TD/B/51/1 18 August "
           "2004 Original: ENGLISH TRADE AND DEVELOPMENT BOARD Fifty-first session Geneva, 4 – 15 October 2004 Item "
           "1(b) of the provisional agenda ADOPTION OF THE AGENDA GE.04-52176 TD/B/51/1 Page 2 I. PROVISIONAL "
           "AGENDA 1. Procedural matters: (a) Election of officers (b) Adoption of the agenda and organization of "
           "the work of the session (c) Adoption of the report on credentials (d) Provisional agenda for the "
           "fifty-second session of the Board 2. High-level segment: Follow-up to UNCTAD XI: New developments in "
           "international economic relations 3. Interdependence and global economic issues from a trade and "
           "development perspective 4. Other business. The Board will elect its officers.")
# CAT/C/32/1 (Committee against Torture, 2004): items run together, one title's full stop against the next number
CAT_RUN_TOGETHER = ("PROVISIONAL AGENDA\n\n1.Opening of the session by the representative of the Secretary-General."
                    "2.Solemn declaration by the newly elected member of the Committee.3.Election of the officers "
                    "of the Committee.\n4.Adoption of the agenda.\n")


def test_an_agenda_flattened_onto_one_line() -> None:
    got = items(TD_FLAT)
    assert got == [("1", "Procedural matters"), ("1 (a)", "Election of officers"),
                   ("1 (b)", "Adoption of the agenda and organization of the work of the session"),
                   ("1 (c)", "Adoption of the report on credentials"),
                   ("1 (d)", "Provisional agenda for the fifty-second session of the Board"),
                   ("2", "High-level segment: Follow-up to UNCTAD XI: New developments in international economic "
                         "relations"),
                   ("3", "Interdependence and global economic issues from a trade and development perspective"),
                   ("4", "Other business")]
    entries, _ = parse_agenda_items(TD_FLAT, 0)
    assert all(TD_FLAT[e.span.start:e.span.end].startswith(e.notation.split()[0] if not e.letter else f"({e.letter})")
               for e in entries)  # the offsets are those of each item in the text


def test_items_run_together_with_no_break() -> None:
    assert [n for n, _ in items(CAT_RUN_TOGETHER)] == ["1", "2", "3", "4"]
    assert dict(items(CAT_RUN_TOGETHER))["2"] == "Solemn declaration by the newly elected member of the Committee"


def test_a_numbered_enumeration_in_prose_is_not_an_agenda() -> None:
    text = ("The Board decided: 1. to hold its session in Geneva; 2. to elect its officers; 3. to adopt its "
            "report; and 4. to close.")
    assert items(text) == []


# FCCC/SBI/1996/1 (UNFCCC Subsidiary Body for Implementation, 1995): tests/ingest_eval/dev/FCCC_SBI_1996_1.txt
# (source line in that file): a job number cut short ("GE.95-") inside the list, sub-sub-items "(i)", "(ii)"
SBI_1996 = """2. The provisional agenda for the second session of the SBI, proposed after consultation with the \
Chairman and officers, is as follows:

1. Opening of the session.

2. Organizational matters:

(a) Adoption of the agenda;

(b) Organization of the work of the session.



GE.95-

3. National communications:

(a) Communications from Parties included in Annex I to the Convention:

\u0020

(i) Progress report on in-depth reviews;

(ii) Elements of the second compilation and synthesis report (policy aspects).

(b) Communications from Parties not included in Annex I to the Convention: issues related to the compilation \
and consideration of information.

4. Financial and technical cooperation:

(a) Matters relating to the financial mechanism;
"""


def test_a_job_number_inside_the_list_and_sub_sub_items() -> None:
    got = items(SBI_1996)
    assert got == [
        ("1", "Opening of the session"), ("2", "Organizational matters"), ("2 (a)", "Adoption of the agenda"),
        ("2 (b)", "Organization of the work of the session"), ("3", "National communications"),
        ("3 (a)", "Communications from Parties included in Annex I to the Convention"),
        ("3 (a) (i)", "Progress report on in-depth reviews"),
        ("3 (a) (ii)", "Elements of the second compilation and synthesis report (policy aspects)"),
        ("3 (b)", "Communications from Parties not included in Annex I to the Convention: issues related to "
                  "the compilation and consideration of information"),
        ("4", "Financial and technical cooperation"), ("4 (a)", "Matters relating to the financial mechanism")]


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral() -> None:
    letters = "".join(f"({c}) Title {c};\n\n" for c in "abcdefghi")
    assert [n for n, _ in items("Provisional agenda\n\n1. Matters:\n\n" + letters)][-1] == "1 (i)"


def test_a_cut_word_is_not_asserted_as_a_title() -> None:
    """CAT/C/51/1 (tests/ingest_eval/dev/CAT_C_51_1.txt) stops at "7.Consider": the item is there, but
    "Consider" (of "Consideration") is not its title; a contents line's title is whole at its dot leader
    even when the running header after it is cut ("... 68 - 70 16 A/H", A/HRC/9/1)."""
    titles = dev_values("CAT_C_51_1.txt", """SELECT ?t WHERE { ?i a mg:AgendaItem ; skos:notation "7" ;
                                              dcterms:title ?t }""")
    assert titles == {"…"}
    entries, _ = parse_agenda_items("CONTENTS\n\n1. Opening ...... 1 - 2 3\n\n"
                                    "2. Technical assistance and capacity-building ...... 68 - 70 16 A/H\n", 0)
    assert [(e.notation, e.title, e.cut) for e in entries][-1] == ("2", "Technical assistance and capacity-building",
                                                                  False)


def test_a_flattened_list_under_its_heading_makes_an_agenda() -> None:
    """TD/B/51/1 is a note whose text is flattened onto one line; "I. PROVISIONAL AGENDA 1. Procedural
    matters: ..." makes it an agenda, and its items are written."""
    assert dev_values("TD_B_51_1.txt", "SELECT ?t WHERE { ?d a mg:Agenda ; dcterms:identifier ?t }") == {"TD/B/51/1"}
    assert len(dev_values("TD_B_51_1.txt", "SELECT ?i WHERE { ?i a mg:AgendaItem }")) == 11


def test_the_first_number_run_on_after_the_heading() -> None:
    """FCCC/CP/2009/1 (tests/ingest_eval/dev/FCCC_CP_2009_1.txt) prints "I. Provisional Agenda 1." with the
    title on the next line, and the later items without their numbers: item 1 is read, nothing is guessed."""
    text = ("Provisional agenda and annotations Note by the Executive Secretary\n\nI. Provisional Agenda 1.\n\n"
            "Opening of the session.\n\nOrganizational matters:\n\n\n\nElection of the President of the Conference "
            "of the Parties at its fifteenth session;\n")
    assert items(text) == [("1", "Opening of the session")]


def test_an_item_title_run_on_into_its_sub_items() -> None:
    """TD/B/51/1 (tests/ingest_eval/dev/TD_B_51_1.txt), flattened: item 7's sub-item (a) lost its title, so
    "... fields: (a) (b) UNCTAD's contribution, ..." is not cut by the list; the title ends at its colon."""
    text = TD_FLAT.replace(" 4. Other business. The Board will elect its officers.", " 4. Review of progress. 5. "
                           "Economic development in Africa. 6. Review of developments. 7. UNCTAD's contribution to "
                           "the implementation of and follow-up to the outcomes of the major United Nations "
                           "conferences and summits in the economic and social fields: (a) (b) UNCTAD's "
                           "contribution, within its mandate, to the implementation")
    entries, _ = parse_agenda_items(text, 0)
    assert (entries[-1].notation, entries[-1].title, entries[-1].cut) == (
        "7", "UNCTAD's contribution to the implementation of and follow-up to the outcomes of the major United "
             "Nations conferences and summits in the economic and social fields", False)


def test_a_flattened_list_goes_on_at_the_top_of_the_next_page() -> None:
    """FCCC/KP/CMP/2017/1 (Spanish, dev set): page 2 begins "2 9. Presentación ... anexo I 1 : a) ...":
    the page number is not part of the list, and the footnote's number before the colon is not part of
    the title."""
    text = ("I. Programa provisional 1. Apertura del período de sesiones. 2. Cuestiones de organización: a) "
            "Aprobación del programa; b) Elección de miembros adicionales de la Mesa. 3. Informes de los órganos "
            "subsidiarios. GE (S)\n\n2 4. Presentación y examen de informes de las Partes incluidas en el anexo I "
            "1 : a) Comunicaciones nacionales; b) Informe anual de recop")
    got = items(text)
    assert got[-3:] == [("4", "Presentación y examen de informes de las Partes incluidas en el anexo I"),
                        ("4 (a)", "Comunicaciones nacionales"), ("4 (b)", "Informe anual de recop")]
    entries, _ = parse_agenda_items(text, 0)
    assert entries[-1].cut and not entries[-2].cut
def test_a_flattened_sub_item_without_its_title_lends_it_no_other() -> None:
    """TD/B/51/1 (tests/ingest_eval/dev/TD_B_51_1.txt): "7. UNCTAD's contribution ... in the economic
    and social fields: (a) (b) UNCTAD's contribution, within its mandate, ...": item 7's title ends at
    its sub-items, and the empty (a) does not take (b)'s words (item 7's title ran on over both)."""
    from mandategraph.ingest.agenda_layout import _inline_items
    from mandategraph.ingest.text import Span

    line = ("5. Economic development in Africa: Issues relating to Africa's debt sustainability 6. Review of "
            "developments and issues in the post-Doha work programme of particular concern to developing countries 7. "
            "UNCTAD's contribution to the implementation of and follow-up to the outcomes of the major United Nations "
            "conferences and summits in the economic and social fields: (a) (b) UNCTAD's contribution, within its "
            "mandate, to the implementation")
    pieces = [p.text for p in _inline_items(Span(0, len(line), line))]
    assert pieces[2] == ("7. UNCTAD's contribution to the implementation of and follow-up to the outcomes of the major "
                         "United Nations conferences and summits in the economic and social fields:")
    assert "(a)" not in pieces
    assert pieces[3].startswith("(b) UNCTAD's contribution")


@pytest.mark.parametrize(("line", "titles"), [
    ("Background paper prepared by the Secretariat (CTOC/COP/WG.7/2013/2)",
     ["Background paper prepared by the Secretariat"]),
    ("CTOC/COP/WG.7/2013/1 Provisional agenda and annotations", ["Provisional agenda and annotations"]),
    # several symbols on one line (a flattened list): each its own words, never the whole line
    ("Report A (CTOC/COP/2012/15) Note B (CTOC/COP/2012/16)", ["Report A", "Note B"]),
    ("CTOC/COP/2012/15 Report A CTOC/COP/2012/16 Note B", ["Report A", "Note B"]),
    ("Note by the Secretariat (CTOC/COP/WG.7/2013/2 and CTOC/COP/WG.7/2013/3)",
     ["Note by the Secretariat", "Note by the Secretariat"]),
    ("CTOC/COP/2012/15, CTOC/COP/2012/16", ["", ""]),  # whose words are whose is not printed
])
def test_titles_of_a_documentation_line(line: str, titles: list[str]) -> None:
    from mandategraph.ingest.agenda_layout import _titles_of
    from mandategraph.ingest.symbols import find_symbols

    assert [t for t, _, _ in _titles_of(line, find_symbols(line))] == titles


# TD/B/53/1 (Trade and Development Board, 2006): https://studylib.net/doc/10535084/td--united-nations-conference
# (tests/ingest_eval/blind/TD_B_53_1.txt), flattened onto one line: the last listed item's number has lost its
# full stop ("... developing countries 6 UNCTAD's contribution ...") and its sub-items are marked by dashes
TD_53_FLAT = ("GE.06-51159 TD/B/53/1 Page 2 I. PROVISIONAL AGENDA 1. Procedural matters: (a) Election of officers "
              "(b) Adoption of the agenda and organization of the work of the session 2. Interdependence and global "
              "economic issues from a trade and development perspective: Global partnership and national policies "
              "for development 3. Review of progress in the implementation of the Programme of Action for the Least "
              "Developed Countries for the Decade 2001–2010: (a) The Least Developed Countries Report 2006: "
              "Developing Productive Capacities (b) UNCTAD-wide implementation activities in favour of LDCs 4. "
              "Economic development in Africa: Doubling Aid – Making the “Big Push” work 5. Review of developments "
              "and issues in the post-Doha work programme of particular concern to developing countries 6 UNCTAD's "
              "contribution to the implementation of and follow-up to the outcomes of the major United Nations "
              "conferences and summits in the economic and social fields: – UNCTAD's contribution, within its "
              "mandate, to the implementation of, and to the review of progress made in the implementation of, the "
              "outcomes of t")


def test_a_flattened_item_number_that_lost_its_full_stop_ends_the_item_before_it() -> None:
    got = dict(items(TD_53_FLAT))
    assert got["5"] == ("Review of developments and issues in the post-Doha work programme of particular concern to "
                        "developing countries")
    # the dash-marked sub-items run on after the colon are not part of item 6's title
    assert got["6"] == ("UNCTAD's contribution to the implementation of and follow-up to the outcomes of the major "
                        "United Nations conferences and summits in the economic and social fields")
    assert got["4"] == "Economic development in Africa: Doubling Aid – Making the “Big Push” work"
    entries, _ = parse_agenda_items(TD_53_FLAT, 0)
    six = entries[-1]
    assert TD_53_FLAT[six.span.start:].startswith("6 UNCTAD's")  # the evidence is the text as printed


def test_a_number_that_is_a_date_does_not_end_the_item() -> None:
    text = ("I. PROVISIONAL AGENDA 1. Opening of the session 2. Adoption of the agenda 3. Report of the meeting held "
            "on 4 December 2005 in Geneva")
    assert items(text)[-1] == ("3", "Report of the meeting held on 4 December 2005 in Geneva")


# CRC/C/68/1 (Committee on the Rights of the Child, 2014): https://docstore.ohchr.org/
# (tests/ingest_eval/blind/CRC_C_68_1.txt): the list's first item lost its number; its annotation prints it
CRC_68 = """Provisional agenda

Adoption of the agenda.

2.Organizational matters.

3.Submission of reports by States parties.

4.Consideration of reports of States parties.

Annotations to the provisional agenda

1.Adoption of the agenda

In accordance with rule 9 of the rules of procedure, the Committee on the Rights of the Child may revise
"""


def test_the_first_item_that_lost_its_number_is_item_1_when_its_annotation_says_so() -> None:
    assert items(CRC_68) == [("1", "Adoption of the agenda"), ("2", "Organizational matters"),
                             ("3", "Submission of reports by States parties"),
                             ("4", "Consideration of reports of States parties")]


def test_a_first_line_without_a_number_nothing_confirms_is_not_an_item() -> None:
    text = CRC_68.replace("1.Adoption of the agenda\n", "1.Election of officers\n")
    assert ("1", "Adoption of the agenda") not in items(text)


def test_the_list_with_the_lost_number_makes_an_agenda_with_its_grounding() -> None:
    """The whole document: the list is read (so the note is an agenda) and item 1 is grounded in rule 9
    of the Committee's rules of procedure."""
    result = ingest_blind("CRC_C_68_1.txt")
    q = HEAD + "SELECT ?m WHERE { ?i skos:notation \"1\" ; mg:groundedIn ?m }"
    assert {str(r[0]).rsplit("/id/", 1)[1] for r in result.graph.query(q)} == {"rules/crc-c/rule/9"}  # type: ignore[index]
    q = HEAD + "SELECT ?i WHERE { ?i a mg:AgendaItem }"
    assert len(list(result.graph.query(q))) == 10


# ILO GB.292 (Governing Body, 2005): http://doczz.fr/doc/1868448/ (tests/ingest_eval/blind/ILO_GB.292_fr.txt):
# one text run a line, the numbers and the French sub-item letters "a)" alone on their lines
ILO_292 = """Ordre du jour
1.
Approbation des procès-verbaux de la 291e session du Conseil d’administration.
2.
Date, lieu et ordre du jour de la 96e session (2007) de la Conférence internationale
du Travail.
3.
Fonctionnement des organes directeurs:
a)
la Conférence internationale du Travail;
b)
le Conseil d’administration.
4.
Examen des rapports annuels en vertu du suivi de la Déclaration de l’OIT relative
aux principes et droits fondamentaux au travail.
"""


def test_french_sub_item_letters_alone_on_their_lines() -> None:
    assert items(ILO_292)[2:5] == [("3", "Fonctionnement des organes directeurs"),
                                   ("3 (a)", "la Conférence internationale du Travail"),
                                   ("3 (b)", "le Conseil d’administration")]
    assert items(ILO_292)[-1][0] == "4"


@cache
def ingest_blind(name: str) -> IngestResult:
    path = DEV.parent / "blind" / name
    return ingest_bytes(path.read_bytes(), path.name, _curated())


def test_item_headings_without_a_full_stop_and_sub_item_headings_on_a_flattened_page() -> None:
    """UNEP/EA.1/1/Add.1/Rev.1 (tests/ingest_eval/dev/UNEP_EA.1_1_Add.1_Rev.1.txt), annotations flattened
    onto one line: "Item 1 Opening of the session 1. Pursuant to decision 27/15, adopted at the first
    universal session of the Governing Council ... Item 2 Organization of work (a) Election of officers
    3. The Assembly ... (b) Adoption of agenda 5. ... The provisional agenda for the session
    (UNEP/EA.1/1), ...": the items and sub-items, item 1 grounded in the Governing Council's decision,
    and the agenda document of item 2 (b)."""
    graph = dev_result("UNEP_EA.1_1_Add.1_Rev.1.txt").graph
    rows = graph.query(HEAD + "SELECT ?n ?t WHERE { ?i a mg:AgendaItem ; skos:notation ?n ; dcterms:title ?t }")
    assert {(str(n), str(t)) for n, t in rows} == {
        ("1", "Opening of the session"), ("2", "Organization of work"), ("2 (a)", "Election of officers"),
        ("2 (b)", "Adoption of agenda")}
    rows = graph.query(HEAD + "SELECT ?m WHERE { ?i skos:notation \"1\" ; mg:groundedIn ?m }")
    assert {str(m).rsplit("/id/", 1)[1] for (m,) in rows} == {"decision/unep-gc/27/15"}
    rows = graph.query(HEAD + "SELECT ?d WHERE { ?i skos:notation \"2 (b)\" ; mg:documentedBy ?d }")
    assert {str(d).rsplit("/id/", 1)[1] for (d,) in rows} == {"doc/UNEP/EA.1/1"}


def test_an_agenda_heading_in_french_alone_on_its_line_begins_the_agenda() -> None:
    """ILO GB.292 (tests/ingest_eval/blind/ILO_GB.292_fr.txt) heads its list "Ordre du jour", with no
    "provisoire": the agenda proper begins at that heading, not at its first item."""
    from mandategraph.ingest.agenda import _anchor_before

    text = "Conseil d’administration\nGB\n" + ILO_292
    entries, _ = parse_agenda_items(text, 0)
    assert _anchor_before(text, 0, entries[0].span.start) == text.index("Ordre du jour")


def test_the_annotations_and_documentation_headings_of_other_languages() -> None:
    from mandategraph.ingest.agenda_layout import _ANNOTATIONS, _DOC_HEADING

    for heading in ("Пояснительные замечания к предварительной повестке дня",
                    "Annotations à l’ordre du jour provisoire", "Anotaciones al programa provisional"):
        assert _ANNOTATIONS.match(heading), heading
    for heading in ("Documentation", "Documentación", "Документация", "文件", "الوثائق"):
        assert _DOC_HEADING.search(heading), heading


def test_a_number_inside_the_last_item_s_title_is_not_the_next_item() -> None:
    """Only a last item running on past any title's length is cut at an undotted next number: "7. Sustainable
    Development Goal 8 Decent work and economic growth" stays item 7's title."""
    text = ("I. PROVISIONAL AGENDA 1. Opening of the session 2. Adoption of the agenda 3. Election of officers 4. "
            "Other matters 5. Review 6. Reports 7. Sustainable Development Goal 8 Decent work and economic growth")
    assert items(text)[-1] == ("7", "Sustainable Development Goal 8 Decent work and economic growth")


def test_a_numbered_paragraph_cut_before_its_full_stop_is_not_an_item() -> None:
    """UNEP/CBD/COP/3/1/Add.1 (tests/ingest_eval/dev/UNEP_CBD_COP_3_1_Add.1.txt) stops within its paragraph
    "3. In accordance with Article 36, paragraph 3, of the Convention, States tha": a sentence, not item 3."""
    titles = dev_values("UNEP_CBD_COP_3_1_Add.1.txt", "SELECT ?t WHERE { ?i a mg:AgendaItem ; dcterms:title ?t }")
    assert titles == {"Opening of the meeting", "Organisational matters"}


def test_sub_item_marks_printed_as_a_column_are_given_in_order() -> None:
    """Class 2. FCCC/CP/2000/1 (tests/ingest_eval/fresh/FCCC_CP_2000_1.txt, a PDF page flattened onto one
    line): the sub-items' marks were printed as a column beside their titles and come out together before
    them, the first two lost ("(c) (d) (e)" over five titles); the list follows the note's own paragraph 1,
    whose "1." is not item 1, and has two items on its page, each a heading over its sub-items."""
    text = ("2 Page 2 I. PROVISIONAL AGENDA 1. The provisional agenda for the sixth session of the Conference of "
            "the Parties, proposed in agreement with the President in accordance with rule 9 of the draft rules of "
            "procedure being applied, 1 is as follows: 1. Opening of the session: (c) (d) (e) Statement by the "
            "President of the Conference at its fifth session; Election of the President of the Conference at its "
            "sixth session; Statement by the President; Addresses of welcome; Statement by the Executive "
            "Secretary. 2. Organizational matters: (c) (d) (e) (f) (g) (h) (i) Status of ratification of the "
            "Convention and its Kyoto Protocol; Adoption of the rules of procedure; Adoption of the agenda; "
            "Election of officers other than the President; Admission of organizations as observers; "
            "Organization of work, including the sessions of the subsidiary bodies; Date and venue of the seventh "
            "session of the Conference of the Parties; Calendar of meetings of Convention bodies; Adoption of the "
            "report on credentials. 1 See document FCCC/CP/1996/2.\n\n3 Page 3 3. Reports of subsidiary bodies")
    got = dict(items(text))
    assert got["1"] == "Opening of the session"
    assert got["1 (a)"] == "Statement by the President of the Conference at its fifth session"
    assert got["1 (e)"] == "Statement by the Executive Secretary"
    assert got["2 (a)"] == "Status of ratification of the Convention and its Kyoto Protocol"
    assert got["2 (i)"] == "Adoption of the report on credentials"  # the footnote after it is not its title
    assert len(got) == 16


def test_marks_that_do_not_fit_their_titles_give_no_letters() -> None:
    """Never a wrong letter: when the marks before the titles are not the last ones of the list ("(a) (b)"
    over three titles: which two are they?), no sub-item is lettered from them."""
    from mandategraph.ingest.agenda_layout import _letter_column
    from mandategraph.ingest.text import Span

    piece = "1. Opening of the session: (a) (b) Statement by the President; Addresses of welcome; Statement."
    assert [p.text for p in _letter_column(Span(0, len(piece), piece))] == [piece]


def test_an_item_with_its_first_sub_items_mark_at_the_end_of_its_title() -> None:
    """Class 2. CAC/COSP/2017/1 (French; tests/ingest_eval/fresh/CAC_COSP_2017_1_fr.txt): the sub-items'
    marks stand on lines of their own, the first of them run on after its item's title ("Questions
    d’organisation: a)"), item 1's number after the heading; the text stops inside sub-item e), so the list
    has one item, read under its heading because it has its sub-items."""
    text = ("Septième session Vienne, 6-10 novembre 2017\n\nOrdre du jour provisoire annoté Ordre du jour "
            "provisoire 1.\n\nQuestions d’organisation: a)\n\nOuverture de la septième session de la Conférence;\n\n"
            "b)\n\nÉlection du Bureau;\n\nc)\n\nAdoption de l’ordre du jour et organisation des travaux;\n\nd)\n\n"
            "Participation d’observateurs;\n\ne)\n\nAdoption du rapport du Bureau concerna")
    got = items(text)
    assert got[:3] == [("1", "Questions d’organisation"),
                       ("1 (a)", "Ouverture de la septième session de la Conférence"), ("1 (b)", "Élection du Bureau")]
    assert [n for n, _ in got] == ["1", "1 (a)", "1 (b)", "1 (c)", "1 (d)", "1 (e)"]


def test_one_numbered_heading_under_an_agenda_title_is_an_annotation_not_a_list() -> None:
    """UNEP/CBD/COP/3/1/Add.1 (dev set): "ANNOTATED PROVISIONAL AGENDA 1. Opening of the meeting 1. The third
    meeting ...": one item with no sub-items is the heading of its annotation; no list is read from it."""
    text = ("ANNOTATED PROVISIONAL AGENDA\n\n1. Opening of the meeting\n\n1. The third meeting of the Conference of "
            "the Parties (COP) to the Convention on Biological Diversity will take place from 4 to 15 November 1996 at "
            "the Golden Centre, Buenos Aires, Argentina. Meeting \n\n2. Organisational matters\n\n2.1 Election of "
            "officers\n\n2. Under agenda item 2.1, the Conference of the Parties, at its opening session, will elect "
            "its Bureau.")
    cover_end = text.index("1. Opening")  # the title is the cover's
    assert parse_agenda_items(text, cover_end)[0] == []


def test_an_annotation_headed_by_its_item_number_alone() -> None:
    """Class 5. CEDAW/C/1994/1 (tests/ingest_eval/fresh/CEDAW_C_1994_1.txt): the annotations are headed "Item 1"
    with no title (the list gives it); the prose under it is item 1's annotation, so what grounds item 1 is read."""
    from mandategraph.ingest.agenda_layout import parse_annotations

    text = ("1. Adoption of the agenda and organization of work.\n\n2. Report of the chairperson.\n\n"
            "ANNOTATIONS\n\nItem 1\n\n     Rule 7 of the rules of procedure provides that the agenda shall be adopted "
            "by the Committee at the beginning of its meetings.\n\nItem 2\n\n     The Chairperson will report.")
    entries, end = parse_agenda_items(text, 0)
    assert [e.notation for e in entries] == ["1", "2"]
    got = {a.notation: a.text.text if a.text else None for a in parse_annotations(text, entries, end)}
    assert got["1"] is not None and got["1"].startswith("Rule 7 of the rules of procedure provides")
    assert got["2"] == "The Chairperson will report."


def test_an_item_whose_number_the_copy_lost_is_skipped_and_the_list_goes_on() -> None:
    """Class 2. CAT/C/62 (tests/ingest_eval/fresh/CAT_C_62.txt): "5.Consideration of information under article 20
    ... / Consideration of communications under article 22 ... / 7.Future meetings of the Committee.": the line
    between items 5 and 7 lost its number; items 7 and 8 are read, and the lost one is not numbered (it is item 6
    by its place, but the text does not print that)."""
    text = ("4.Consideration of reports submitted by States parties under article 19 of the Convention.\n\n"
            "5.Consideration of information under article 20 of the Convention.\n\n"
            "Consideration of communications under article 22 of the Convention.\n\n"
            "7.Future meetings of the Committee.\n\n8.Action by the General Assembly at its fifty-fifth session.")
    got = dict(items("1.Adoption of the agenda.\n\n2.Organizational and other matters.\n\n3.Submission of reports "
                     "by States parties under article 19 of the Convention.\n\n" + text))
    assert got["7"] == "Future meetings of the Committee"
    assert got["8"] == "Action by the General Assembly at its fifty-fifth session"
    assert "6" not in got
