"""General readings of the UN masthead that keep wrong facts out (issue 10, classes 1, 3 and 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (the
blind and dev sets of tests/ingest_eval/, development material since the second round); each test
fails on the ingester before the rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mandategraph.ingest import ingest_bytes
from mandategraph.ingest.cover import bounded_title, mirror_title_unsure, session_from_prose
from mandategraph.ingest.dates import find_ranges
from mandategraph.ingest.series import without_session
from mandategraph.ingest.symbols import find_symbols
from mandategraph.ingest.text import detect_language
from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS
from tests.ingest_covers import cover_of, registry

ROOT = Path(__file__).resolve().parents[1]




# ------------------------------------------------------------------------------------ a symbol's last number

# tests/ingest_eval/blind/CRC_C_138_fr.txt: the cover's columns run together, the symbol CRC/C/138
# glued to its date "2 avril 2004"
CRC_C_138 = """NATIONS UNIES

CRC

Convention relative aux droits de l'enfant

Distr.GÉNÉRALE

CRC/C/1382 avril 2004

FRANÇAISOriginal: ANGLAIS

COMITÉ DES DROITS DE L’ENFANTTrente\u2011sixième sessionGenève, 17 mai\u20114 juin 2004

ORDRE DU JOUR PROVISOIRE ET ORDRE DU JOUR PROVISOIRE ANNOTÉ

Note du Secrétaire général

"""


def test_a_symbols_last_number_never_runs_into_a_following_day_and_month() -> None:
    cover = cover_of(CRC_C_138)
    assert cover.symbol is not None and cover.symbol.text == "CRC/C/138"
    assert cover.distribution_date == date(2004, 4, 2)
    result = ingest_bytes(CRC_C_138.encode(), "CRC_C_138_fr.txt", registry())
    assert {str(v) for v in result.graph.objects(result.document, DCTERMS.identifier)} == {"CRC/C/138"}
    assert result.symbol == "CRC/C/138"


def test_a_glued_day_that_two_splits_could_give_is_confirmed_elsewhere_or_not_read() -> None:
    """"CRC/C/13812 avril 2004" is CRC/C/1381 and the 2nd or CRC/C/138 and the 12th: the symbol is
    the one the text prints elsewhere (a running header), else it is not read at all."""
    assert find_symbols("CRC/C/13812 avril 2004") == []
    assert [s.text for s, _ in find_symbols("CRC/C/13812 avril 2004\nCRC/C/138\npage 2")] == ["CRC/C/138"] * 2
    assert [s.text for s, _ in find_symbols("A/HRC/9/1 28 July 2008")] == ["A/HRC/9/1"]  # a day of its own


# ------------------------------------------------------------------------------------ where a title begins and ends

# tests/ingest_eval/blind/UNEP_CBD_COP_12_1_Add.1_Rev.1.txt: the whole cover flattened onto one line
CBD_COP_12 = ("1 CBD Distr. GENERAL UNEP/CBD/COP/12/1/Add.1/Rev.1 1 August 2014 CONFERENCE OF THE PARTIES TO THE "
              "CONVENTION ON BIOLOGICAL DIVERSITY Twelfth meeting Pyeongchang, Republic of Korea, 6 17 October 2014 "
              "ORIGINAL: ENGLISH REVISED ANNOTATIONS TO THE PROVISIONAL AGENDA INTRODUCTION 1. Following the "
              "invitation of the Government of the Republic of Korea, which was welcomed by the Conference of the "
              "Parties in its decision XI/32, the twelfth meeting of the Conference of the Parties will be held\n")


def test_a_flattened_title_keeps_the_words_that_lead_it() -> None:
    """"REVISED" before the lexicon's "ANNOTATIONS TO THE PROVISIONAL AGENDA" is the title's own word."""
    cover = cover_of(CBD_COP_12)
    assert cover.title is not None and cover.title.text == "REVISED ANNOTATIONS TO THE PROVISIONAL AGENDA"
    assert cover.is_agenda
    result = ingest_bytes(CBD_COP_12.encode(), "cbd.txt", registry())
    titles = {str(t) for t in result.graph.objects(result.document, DCTERMS.title)}
    assert titles == {"REVISED ANNOTATIONS TO THE PROVISIONAL AGENDA"}


def test_a_flattened_heading_that_runs_on_past_the_lexicons_title_is_not_that_title() -> None:
    """The same cover with its heading run on ("... AGENDA AND ORGANIZATION ..."), or begun by a word
    that leads no title ("DIVERSITY ANNOTATIONS ..."): the heading's ends are not known, no title."""
    ran_on = CBD_COP_12.replace("PROVISIONAL AGENDA INTRODUCTION", "PROVISIONAL AGENDA AND ORGANIZATION OF WORK 1.")
    assert cover_of(ran_on).title is None
    begun = CBD_COP_12.replace("ENGLISH REVISED", "ENGLISH SECOND")
    assert cover_of(begun).title is None


# tests/ingest_eval/blind/ILO_GB.292_fr.txt: a document mirror's page title before the masthead, the
# ordinal's superscript split onto a line of its own, the venue and month without a day
ILO_GB_292 = """Ordre du jour du Conseil d`administration et de ses commissions

Transcription

Ordre du jour du Conseil d`administration et de ses commissions
BUREAU INTERNATIONAL DU TRAVAIL
GB.292
292 session
e
Conseil d’administration
Genève, mars 2005
Ordre du jour et programme des réunions
Conseil d’administration
GB
Ordre du jour
1.
Approbation des procès-verbaux de la 291e session du Conseil d’administration.
"""


def test_a_heading_before_the_masthead_is_never_the_title() -> None:
    """The session line after the first heading shows that heading stood before the masthead: the
    title is looked for after the masthead; the superscript "e" and the venue line are no title."""
    cover = cover_of(ILO_GB_292)
    assert cover.title is not None and cover.title.text == "Ordre du jour et programme des réunions"
    assert cover.venue == "Genève"


# tests/ingest_eval/blind/CRC_C_68_1.txt: a session line the line reader does not take ("Sixty- eight
# session") read as the title until the session's dates and the item heading follow it
CRC_C_68_1 = """United Nations

CRC/C/68/1

Convention on the Rights of the Child

Distr.: General

3 December 2014

Original: English

Committee on the Rights of the Child

Sixty- eight session

12\u201330 January 2015

Item 1 of the provisional agenda

Adoption of the agenda

Provisional agenda and annotations

Note by the Secretary-General *

"""


def test_the_title_follows_the_masthead_fields_printed_after_a_first_heading() -> None:
    cover = cover_of(CRC_C_68_1)
    assert cover.title is not None and cover.title.text == "Provisional agenda and annotations"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2015, 1, 12), date(2015, 1, 30))


# tests/ingest_eval/blind/A_BUR_52_1.txt: the title broken inside "GENERAL ASSEMBLY"
A_BUR_52_1 = """United Nations

A/BUR/52/1


General Assembly

Distr. GENERAL

  11 September 1997

ORIGINAL:
ENGLISH


General Assembly
Fifty-second session
GENERAL COMMITTEE


        ORGANIZATION OF THE FIFTY-SECOND REGULAR SESSION OF THE GENERAL
           ASSEMBLY, ADOPTION OF THE AGENDA AND ALLOCATION OF ITEMS

                    Memorandum by the Secretary-General

"""


def test_a_title_broken_inside_a_bodys_name_is_not_cut_there() -> None:
    cover = cover_of(A_BUR_52_1)
    assert cover.title is not None
    assert " ".join(cover.title.text.split()) == ("ORGANIZATION OF THE FIFTY-SECOND REGULAR SESSION OF THE GENERAL "
                                                  "ASSEMBLY, ADOPTION OF THE AGENDA AND ALLOCATION OF ITEMS")


# tests/ingest_eval/blind/A_69_972_ru.txt: a viewer's page line, a Russian session line, an item
# heading with a three-digit item
A_69_972_RU = """Вы находитесь на странице: 1из 10

Организация Объединенных Наций A/69/972

Генеральная Ассамблея Distr.: General


6 July 2015
Russian
Original: English

Шестьдесят девятая сессия


Пункт 118 повестки дня
Активизация работы Генеральной Ассамблеи

Активизация работы Генеральной Ассамблеи

"""


def test_a_session_line_in_russian_is_the_session_never_the_title() -> None:
    cover = cover_of(A_69_972_RU)
    assert cover.session_number == 69
    assert cover.item is not None and cover.item.notations == ["118"]
    assert cover.title is not None and cover.title.text == "Активизация работы Генеральной Ассамблеи"


# tests/ingest_eval/blind/CERD_C_79_1_ru.txt: "Original:" with its value lost, dates with a minus sign
CERD_C_79_1_RU = """Организация Объединенных Наций

CERD/C/79/1

Международная конвенция о ликвидации всех форм расовой дискриминации

Distr.:

27 June 2011

Russian

Original:

Комитет по ликвидации расовой дискриминации

Семьдесят девятая сессия

8 августа \u2212 2 сентября 2011 года

Предварительная повестка дня и пояснительные замечания

Записка Генерального секретаря *

"""


def test_a_fields_label_without_its_value_is_no_title_and_a_minus_sign_joins_dates() -> None:
    cover = cover_of(CERD_C_79_1_RU)
    assert cover.title is not None and cover.title.text == "Предварительная повестка дня и пояснительные замечания"
    assert cover.session_number == 79
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2011, 8, 8), date(2011, 9, 2))


# tests/ingest_eval/blind/UNEP_CBD_COP_1_Inf.2.txt: a period under the title, which may or may not be
# the title's own words
CBD_COP_1_INF_2 = """GENERAL
UNEP/CBD/COP/1/Inf.2
26 October 1994
ORIGINAL: ENGLISH
CONFERENCE OF THE PARTIES
TO THE CONVENTION
ON BIOLOGICAL DIVERSITY
First meeting
Nassau, 28 November - 9 December 1994
THE INTERIM SECRETARIAT FOR THE CONVENTION ON BIOLOGICAL DIVERSITY
October 1993 to November 1994
Report by the Executive Director of UNEP
1. Article 24 of the Convention on Biological Diversity establishes a secretariat with the following functions:
"""


def test_a_title_whose_last_line_is_only_a_period_is_not_asserted() -> None:
    result = ingest_bytes(CBD_COP_1_INF_2.encode(), "inf2.txt", registry())
    assert list(result.graph.objects(result.document, DCTERMS.title)) == []
    assert (result.document, MG.ofBody, None) in result.graph


# ------------------------------------------------------------------------------------ session lines in other languages


def test_a_french_session_line_glued_between_the_body_and_the_venue() -> None:
    """CRC/C/138 (above): "COMITÉ DES DROITS DE L’ENFANTTrente‑sixième sessionGenève, 17 mai‑4 juin
    2004" is the body, the 36th session, its venue and dates; the run-together words before the
    dates are no venue."""
    cover = cover_of(CRC_C_138)
    assert cover.session_number == 36
    assert cover.venue == "Genève"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2004, 5, 17), date(2004, 6, 4))


def test_a_venue_printed_in_another_language_is_kept_with_its_language() -> None:
    """The session of a body nobody has described gets the place as its French cover prints it."""
    result = ingest_bytes(CRC_C_138.encode(), "CRC_C_138_fr.txt", registry())
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    venues = list(result.graph.objects(session, MG.venue))
    assert [(str(v), getattr(v, "language", None)) for v in venues] == [("Genève", "fr")]


# ------------------------------------------------------------------------------------ symbols and citations as printed


def test_a_masthead_begun_at_general_gives_its_symbol_and_not_a_title() -> None:
    """UNEP/CBD/COP/1/Inf.2 (above): "GENERAL" on its own line ("Distr." lost), then the symbol
    with the CBD's "Inf." segment: the symbol is the document's, neither line is the title."""
    cover = cover_of(CBD_COP_1_INF_2)
    assert cover.symbol is not None and cover.symbol.text == "UNEP/CBD/COP/1/Inf.2"
    assert cover.title is None or "GENERAL" not in cover.title.text
    result = ingest_bytes(CBD_COP_1_INF_2.encode(), "inf2.txt", registry())
    assert result.symbol == "UNEP/CBD/COP/1/Inf.2"


def notations_cited(text: str, name: str) -> dict[str, set[str]]:
    """The notation of every resolution and decision the document's graph holds -> the bodies adopting it."""
    result = ingest_bytes(text.encode(), name, registry())
    g = result.graph
    out: dict[str, set[str]] = {}
    for node in set(g.subjects(MG.adoptedBy, None)):
        for n in g.objects(node, SKOS.notation):
            out.setdefault(str(n), set()).update(str(b).rsplit("/", 1)[-1] for b in g.objects(node, MG.adoptedBy))
    return out


def test_a_decision_numbered_with_a_roman_session_keeps_its_printed_notation() -> None:
    """CBD/COP/12/1/Add.1/Rev.1 (above): "its decision XI/32" is the CBD Conference's decision XI/32
    (session 11), written "XI/32" as its series prints it, never "11/32"."""
    cited = notations_cited(CBD_COP_12, "cbd.txt")
    assert cited.get("XI/32") == {"unep-cbd-cop"}
    assert "11/32" not in cited


# tests/ingest_eval/blind/A_53_50.txt: a General Assembly resolution of the years it numbered its
# resolutions in one series with the session in roman numerals
A_53_50 = """
Back to
Home Page

Back to
General Assembly

PRELIMINARY LIST OF ITEMS TO BE INCLUDED
IN THE PROVISIONAL AGENDA

UNITED
NATIONS

Distr. GENERAL

A/53/50
17 February 1998

Note by the Secretary-General

""" + ('1. This document has been prepared in accordance with the recommendation of the Special Committee on'
           ' the Rationalization of the Procedures and Organization of the General Assembly, as set forth in '
           'paragraph 17 (a) of annex II to Assembly resolution 2837 (XXVI) of 17 December 1971.' "\n")


def test_an_assembly_resolution_numbered_with_its_session_in_roman_numerals() -> None:
    cited = notations_cited(A_53_50, "A_53_50.txt")
    assert cited.get("2837 (XXVI)") == {"ga"}


# ---------------------------------------------------------------------------- dates of a session, dates of a cover

# tests/ingest_eval/blind/TD_B_53_1.txt: a flattened cover whose session met in two sittings
TD_B_53_1 = ("TD UNITED NATIONS United Nations Conference on Trade and Development Distr. GENERAL TD/B/53/1 21 July "
             "2006 Original: ENGLISH TRADE AND DEVELOPMENT BOARD Fifty-third session Geneva, 27 September – 2 October "
             "and 10 October 2006 Item 1(b) of the provisional agenda ADOPTION OF THE AGENDA AND ORGANIZATION OF WORK "
             "OF THE SESSION Note by the UNCTAD secretariat* The provisional agenda for the fifty-third session\n")


def test_two_days_joined_by_and_are_not_the_days_between_them() -> None:
    assert find_ranges("27 September – 2 October and 10 October 2006") == []  # not 2 to 10 October
    assert find_ranges("12 and 16 March 2007") == []  # nor 16 March alone
    two = find_ranges("2 and 3 May 2018")
    assert [(r.start, r.end) for r in two] == [(date(2018, 5, 2), date(2018, 5, 3))]


def test_a_session_of_several_sittings_has_its_venue_and_no_one_period() -> None:
    cover = cover_of(TD_B_53_1)
    assert cover.session_number == 53
    assert cover.venue == "Geneva"
    assert cover.dates is None
    assert cover.distribution_date == date(2006, 7, 21)


# tests/ingest_eval/dev/A_65_L.78_en-ar.txt: an English and Arabic bitext, each masthead line printed
# twice, run together
A_65_L_78 = """A/65/L.78A/65/L.78
United Nationsالأمــم المتحـدة
A/65/L.78*A/65/L.78*
General Assemblyالجمعية العامة
Distr.: LimitedDistr.: Limited
14 June 201114 June 2011
Original: EnglishArabic Original: English
"""


def test_a_year_never_runs_into_the_day_of_a_date_glued_after_it() -> None:
    cover = cover_of(A_65_L_78)
    assert cover.distribution_date == date(2011, 6, 14)
    assert cover.title is None


# ------------------------------------------------------------------------------------ a flattened report's title

# tests/ingest_eval/blind/TRADE_CEFACT_1997_1.txt: the whole cover and the first paragraph on one line
TRADE_CEFACT = ("UNITED NATIONS Distr. GENERAL TRADE/CEFACT/1997/1 2 May 1997 Original : ENGLISH ECONOMIC COMMISSION "
                "FOR EUROPE COMMITTEE FOR TRADE, INDUSTRY AND ENTERPRISE DEVELOPMENT Centre for the Facilitation of "
                "Procedures and Practices in Administration, Commerce and Transport (First session, 17-18 March 1997) "
                "REPORT OF THE FIRST SESSION OF THE CENTRE FOR THE FACILITATION OF PROCEDURES AND PRACTICES IN "
                "ADMINISTRATION, COMMERCE AND TRANSPORT (CEFACT) 1. The Centre for the Facilitation of Procedures and "
                "Practices in Administration, Commerce and Transport (CEFACT) held its first session in Geneva from 17 "
                "to 18 March 1997 under the chairmanship of Mr. Henri Martre (France).\n")


def test_a_heading_in_capitals_between_the_masthead_and_the_first_paragraph_is_the_title() -> None:
    cover = cover_of(TRADE_CEFACT)
    assert cover.title is not None and cover.title.text == (
        "REPORT OF THE FIRST SESSION OF THE CENTRE FOR THE FACILITATION OF PROCEDURES AND PRACTICES IN "
        "ADMINISTRATION, COMMERCE AND TRANSPORT (CEFACT)")
    result = ingest_bytes(TRADE_CEFACT.encode(), "cefact.txt", registry())
    assert (result.document, RDF.type, MG.Report) in result.graph
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    assert [str(v) for v in result.graph.objects(session, MG.venue)] == ["Geneva"]  # "held its first session in"


def test_a_heading_in_capitals_whose_end_is_not_printed_is_no_title() -> None:
    """The same cover without the paragraph number: where the heading ends is not known."""
    assert cover_of(TRADE_CEFACT.replace("(CEFACT) 1. The", "(CEFACT) The")).title is None


def test_a_memorandum_by_the_secretary_general_is_a_note() -> None:
    """A/BUR/52/1 (above): "Memorandum by the Secretary-General" under the title."""
    result = ingest_bytes(A_BUR_52_1.encode(), "A_BUR_52_1.txt", registry())
    assert (result.document, RDF.type, MG.Note) in result.graph



# ---------------------------------------------------------------- misprinted session lines, dates under a title


def test_a_session_line_whose_ordinal_lost_its_suffix_is_still_its_number() -> None:
    """CRC/C/68/1 (above): "Sixty- eight session" is the 68th session."""
    cover = cover_of(CRC_C_68_1)
    assert cover.session_number == 68


# tests/ingest_eval/blind/E_1990_24_E_CN.7_1990_16.txt: a report's title page, its period in parentheses
# on the line under the title; a special session, whose number is not a regular session's
E_1990_24 = """
E/1990/24 E/CN.7/1990/16

COMMISSION ON NARCOTIC DRUGS

REPORT ON THE ELEVENTH SPECIAL SESSION

(29 January-2 February 1990)

ECONOMIC AND SOCIAL COUNCIL

OFFICIAL RECORDS, 1990

SUPPLEMENT No. 4

"""


def test_a_reports_period_in_parentheses_under_its_title_dates_the_session() -> None:
    cover = cover_of(E_1990_24)
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(1990, 1, 29), date(1990, 2, 2))
    assert cover.session_number is None  # the eleventh special session: not the eleventh session


def test_a_bodys_name_in_capitals_before_the_first_paragraph_is_no_title() -> None:
    """TRADE/CEFACT/1997/1 (above) with the body's name in capitals in place of its title, before
    "1. The": not taken for the title."""
    start = TRADE_CEFACT.index("REPORT OF THE FIRST SESSION")
    end = TRADE_CEFACT.index("1. The Centre")
    assert cover_of(TRADE_CEFACT[:start] + "ECONOMIC COMMISSION FOR EUROPE " + TRADE_CEFACT[end:]).title is None


# ------------------------------------------------------------------ page chrome and cover fields as a title

# tests/ingest_eval/fresh/WHO_WPR_RC71_9.txt (opened after its blind score): a mirror site's search
# widget, a bulleted line, before the document's heading
WPR_RC71_9 = """• Aucun résultat trouvé

COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE

N/A
"""


def test_a_bulleted_line_is_page_chrome_never_the_title() -> None:
    cover = cover_of(WPR_RC71_9)
    assert cover.title is not None
    assert cover.title.text.startswith("COORDINATION OF THE WORK")
    assert not bounded_title("• 검색 결과가 없습니다.")  # tests/ingest_eval/fresh/A_76_100.txt


# tests/ingest_eval/fresh/CCPR_C_127_1_fr.txt: the languages the document is issued in, a cover field
CCPR_C_127_1 = """Nations Unies

CCPR/C/127/1*

Pacte international relatif aux droits civils et politiques

Distr. générale

13 août 2019

Français

Original : anglais

Anglais, espagnol et français seulement

Comité des droits de l’ homme

127 e session

14 octobre-8 novembre 2019

Point 1 de l’ordre du jour provisoire

Adoption de l’ordre du jour

Ordre du jour provisoire et annotations
"""


def test_the_languages_a_document_is_issued_in_are_never_its_title() -> None:
    cover = cover_of(CCPR_C_127_1)
    assert cover.title is not None and cover.title.text == "Ordre du jour provisoire et annotations"


# tests/ingest_eval/fresh/CCPR_C_141_1.txt: the session's number split by a space ("14 1 st" for 141st)
CCPR_C_141_1 = """United Nations

CCPR/C/141/1

International Covenant on Civil and Political R ights

Distr.: General

4 June 2024

Original: English

English, French and Spanish only

Human Rights Committee

14 1 st session

1–23 July2024

Item 1 of the provisional agenda

Adoption of the agenda

Annotated provisional agenda *
"""


def test_a_session_number_split_by_a_space_is_the_joined_number_or_unknown() -> None:
    cover = cover_of(CCPR_C_141_1)
    assert cover.session_number == 141
    assert cover.title is not None and cover.title.text == "Annotated provisional agenda"
    # the suffix does not agree with the joined number (142nd, not "st"): no number, and still no title
    cover = cover_of(CCPR_C_141_1.replace("14 1 st session", "14 2 st session"))
    assert cover.session_number is None
    assert cover.title is not None and cover.title.text == "Annotated provisional agenda"


# tests/ingest_eval/fresh/CAC_COSP_2019_5.txt: a flattened cover, the session line run on into the
# venue, the dates and the item heading
CAC_COSP_2019_5 = (
    "United Nations CAC/COSP/2019/5\n\n"
    "Conference of the States Parties Distr.: General 23 September 2019 to the United Nations Original: English "
    "Convention against Corruption\n\n"
    "Eighth session Abu Dhabi, 16–20 December 2019 Item 5 of the provisional agenda* Asset recovery\n\n"
    "Progress on the implementation of the activities of the Open-ended Intergovernmental Working Group on Asset "
    "Recovery\n\n"
    "Note by the Secretariat\n\n"
    "I. Introduction\n\n"
    "1. In its resolution 1/4, adopted at its first session, the Conference of the States Parties to the United "
    "Nations Convention against Corruption established the Open-ended Intergovernmental Working Group on Asset "
    "Recovery to advise and assist the Conference in the implementation of its mandate on the return of proceeds "
    "of corruption.\n")


def test_a_flattened_session_line_with_its_item_heading_is_never_the_title() -> None:
    cover = cover_of(CAC_COSP_2019_5)
    assert cover.session_number == 8
    assert cover.title is not None and cover.title.text.startswith("Progress on the implementation")


def test_the_session_a_cited_resolution_was_adopted_at_is_not_the_documents() -> None:
    """tests/ingest_eval/fresh/CAC_COSP_WG.2_2018_2.txt: a working group's note whose cover prints no
    session; "resolution 1/4, adopted at its first session" is the Conference's session."""
    text = CAC_COSP_2019_5.replace("Eighth session Abu Dhabi, 16–20 December 2019 ", "")
    assert session_from_prose(text, text.index("I. Introduction")) is None
    later = text + "\n2. The present note informs the Working Group at its twelfth meeting.\n"
    assert session_from_prose(later, later.index("I. Introduction")) == 12


# ------------------------------------------------------------------------------------ a body from the cover

# tests/ingest_eval/fresh/CRPD_C_32_annotated_agenda_nosymbol.txt: a treaty body's annotated agenda, no
# symbol printed, its body (not in the registry) named on the cover; the General Assembly is only named in
# an item's title
CRPD_C_32 = """Committee on the Rights of Persons with Disabilities
Thirty- second session
Geneva, 3–21 March 2025
Item 1 of the provisional agenda
Adoption of the agenda
Annotated provisional agenda
Provisional agenda
1.Solemn declaration by the newly elected members of the Committee.
2.Election of the Chair and other officers of the Committee.
3.Adoption of the agenda.
15.Adoption of the biennial report (2023–2024) to the General Assembly and to the Economic and Social Council.
Annotations
1.Solemn declaration by the newly elected members of the Committee
In accordance with rule 14 of the rules of procedure, new members of the Committee shall make the following
solemn declaration.
"""


def test_a_body_named_only_in_the_prose_is_never_the_body_of_a_cover_naming_its_own() -> None:
    result = ingest_bytes(CRPD_C_32.encode(), "crpd.txt", registry())
    bodies = {str(o) for o in result.graph.objects() if "/body/" in str(o)}
    assert not any(b.endswith("/body/ga") for b in bodies), bodies
    assert not [m for m in result.graph.objects(None, MG.groundedIn) if "/rules/ga/" in str(m)]


def test_a_body_named_only_on_the_cover_is_that_body_by_its_printed_name() -> None:
    """The same agenda: its body is the committee its cover names, though the registry lacks it."""
    result = ingest_bytes(CRPD_C_32.encode(), "crpd.txt", registry())
    bodies = {str(o) for o in result.graph.objects(None, MG.ofBody)}
    assert bodies == {"https://w3id.org/mandategraph/id/body/committee-on-the-rights-of-persons-with-disabilities"}


# ------------------------------------------------------------------------------ a symbol and date glued on

# tests/ingest_eval/fresh/A_55_383_Add.2_zh.txt: a Chinese text with every space lost, the symbol glued
# between Chinese words, the date glued to "General"; a symbol and a date cited further on
A_55_383_ADD_2 = ("第五十五届会议议程项目105预防犯罪和刑事司法V.01-81852GP联合国A/55/383/Add.2大会"
                  "Distr.:General20March2001ChineseOriginal:English拟订一项打击跨国有组织犯罪公约特设委员会第十二届会议工作报告一.导言1.拟订一项打击跨国有组织"
                  "犯罪公约特设委员会是根据大会1998年12月9日第53/111号决议设立的。6.特设委员会根据大会第54/126号决议核准了"
                  "联合国打击跨国有组织犯罪公约草案(A/AC.254/36),以便提交大会第五十五届会议审议并采取行动。\n")


def test_a_symbol_glued_between_chinese_words_and_its_date_glued_to_general() -> None:
    assert [s.text for s, _ in find_symbols("联合国A/55/383/Add.2大会Distr.")] == ["A/55/383/Add.2"]
    result = ingest_bytes(A_55_383_ADD_2.encode(), "a55.txt", registry())
    assert result.symbol == "A/55/383/Add.2"
    assert [str(d) for d in result.graph.objects(result.document, MG.distributionDate)] == ["2001-03-20"]


# tests/ingest_eval/fresh/CCPR_C_89_1_fr.txt: the symbol CCPR/C/89/1 run into the date "9 janvier 2007"
CCPR_C_89_1 = """NATIONS UNIES

CCPR

Pacte international relatif aux droits civils et politiques

Distr.GÉNÉRALE

CCPR/C/89/19 janvier 2007

FRANÇAISOriginal: ANGLAIS

COMITÉ DES DROITS DE L’HOMME

Quatre‑vingt‑neuvième session

New York, 12‑30 mars 2007

ORDRE DU JOUR PROVISOIRE ET ANNOTATIONS

Note du Secrétaire général

1.La quatre‑vingt‑neuvième session du Comité des droits de l’homme se tiendra au Siège de l’Organisation des
Nations Unies du 12 au 30 mars 2007. On trouvera ci‑après l’ordre du jour provisoire (CCPR/C/89/1).
"""


def test_the_date_after_distr_is_never_read_from_a_symbols_last_number() -> None:
    assert cover_of(CCPR_C_89_1).distribution_date == date(2007, 1, 9)
    # a symbol whose split the text does not settle (A/62/1 and the 12th, or A/62/12 and the 1st): no date
    unsettled = CCPR_C_89_1.replace("CCPR/C/89/19 janvier", "A/62/121 juillet").replace(" (CCPR/C/89/1)", "")
    assert cover_of(unsettled).distribution_date is None


# tests/ingest_eval/fresh/A_54_GC_first_report_zh_nosymbol.txt: a web page with no masthead; "联合国" (United
# Nations) in the prose, a cited report's symbol in brackets after it
A_54_GC_1 = """
第五十四届会议

大会第五十四届常会的组织、议程的通过和项目的分配

总务委员会第一次报告

. 导言

3.总务委员会注意到大会1997731日题为“加强联合国系统”的第51/241号决议附件和大会19971215日题为“修正大会议事规则第一?三条”的第52/163号决议第1段。

4.委员会还注意到秘书长关于大会第48/264(A/52/856)和第51/241号决议(A/52/855)执行情况的报告。
"""


def test_a_symbol_cited_in_the_prose_after_united_nations_is_not_the_documents() -> None:
    assert cover_of(A_54_GC_1).symbol is None
    assert cover_of(A_55_383_ADD_2).symbol is not None  # "联合国A/55/383/Add.2大会": the masthead's


# tests/ingest_eval/fresh/UNEP_OzL.Pro.27_1_Add.1.txt: a document mirror's page, its title (the PDF's first
# line, run on into a section heading and its dates) repeated by its download button
OZL_PRO_27 = (
    "Annotations to the provisional agenda. I. Preparatory segment (1 3 November 2015)\n\n"
    "Size: px\nStart display at page:\n\n"
    'Download "Annotations to the provisional agenda. I. Preparatory segment (1 3 November 2015)"\n\n'
    "Transcription\n\n"
    "1 UNITED NATIONS EP UNEP/OzL.Pro.27/1/Add.1 Distr.: General 6 October 2015 Original: English United Nations "
    "Environment Programme Twenty-Seventh Meeting of the Parties to the Montreal Protocol on Substances that Deplete "
    "the Ozone Layer Dubai, United Arab Emirates, 1 5 November 2015 Annotations to the provisional agenda I. "
    "Preparatory segment (1 3 November 2015) A. Opening of the preparatory segment (item 1 of the provisional agenda "
    "for the preparatory 1. The preparatory segment of the meeting is scheduled to be opened on Sunday, 1 November "
    "2015, at 10 a.m. at the Conrad Hotel on Sheikh Zayed Road in Dubai, United Arab Emirates.\n")


def test_a_mirrors_page_title_run_on_into_the_cover_is_not_the_documents_title() -> None:
    result = ingest_bytes(OZL_PRO_27.encode(), "ozl.txt", registry())
    # never the page title run on; the title the cover prints after its masthead, bounded by its first
    # section ("... Ozone Layer Dubai, ... 2015 Annotations to the provisional agenda I. Preparatory"), is read
    # since the UNEP/OzL.Pro series is read (test_ingest_cover_genres.py)
    assert [str(t) for t in result.graph.objects(result.document, DCTERMS.title)] == [
        "Annotations to the provisional agenda"]
    # a page title that is one plain heading is the mirror's title for its page, never the masthead's title
    # position: the title only where the copied text prints it again (WHO_WPR_RC71_9.txt; fifth round, covers)
    who = WPR_RC71_9 + '\nPartager "COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND ' \
        'THE REGIONAL COMMITTEE"\n'
    assert cover_of(who).title is None
    again = cover_of(who + "\nREGIONAL COMMITTEE WPR/RC71/9\n\nSeventy-first session\n\nCOORDINATION OF THE WORK OF\n\n"
                           "THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE\n\n"
                           "Coordinating the work of WHO governing bodies is critical.\n").title
    assert again is not None and again.start > len(who) and not mirror_title_unsure(again.text, who)


def test_a_body_named_on_the_cover_in_words_no_iri_is_made_of_is_unknown() -> None:
    """A Russian cover's working group, unknown to the registry, no symbol (the fuzz corpus's
    ws.studylib.ru copy of a CTOC working-group paper): no body rather than a crash or a guess."""
    text = ("Конференция участников Конвенции Организации Объединенных Наций против транснациональной "
            "организованной преступности\nDistr.: General 9 December 2009\nRussian\nOriginal: English\n\n"
            "Рабочая группа по торговле людьми\nВена, 27-29 января 2010 года\n"
            "Пункт 3 предварительной повестки дня*\nПредложения Секретариата в отношении ключевых концепций\n\n"
            "I. Введение\n")
    result = ingest_bytes(text.encode(), "wg.txt", registry())
    assert not [o for o in result.graph.objects(None, MG.ofBody)]
    cut = CRPD_C_32.replace("Committee on the Rights of Persons with Disabilities\n",
                            "Conference of the Parties to the\n")
    result = ingest_bytes(cut.encode(), "cut.txt", registry())
    assert not [o for o in result.graph.objects(None, MG.ofBody) if "conference-of-the-parties-to-the" in str(o)]


# ------------------------------------------------------------------------------------ a body and a language

def test_a_number_joined_to_a_conference_of_the_parties_is_its_session_not_a_body() -> None:
    """tests/ingest_eval/fresh/UNEP_FAO_RC_COP.7_12_ru.txt: UNEP/FAO/RC/COP.7/12, the seventh meeting of the
    Rotterdam Convention's Conference of the Parties; the body is UNEP/FAO/RC/COP."""
    assert without_session("UNEP/FAO/RC/COP.7") == "UNEP/FAO/RC/COP"
    assert without_session("CAC/COSP/WG.2") == "CAC/COSP/WG.2"  # a working group's number is its own
    assert without_session("A/AC.254") == "A/AC.254"


def test_arabic_in_presentation_forms_is_arabic() -> None:
    """tests/ingest_eval/fresh/A_CONF.234_PM.1_ar.txt: a PDF's Arabic glyphs (U+FExx), not letters of
    the Arabic block."""
    text = ("ﺍﳌﺘﺤـﺪﺓ ﺍﻷﻣــﻢ/CONF.234/PM.1 A ﺍﻟﻌﺎﻣﺔ ﺍﳉﻤﻌﻴﺔDistr.: General 24 September 2018 Arabic Original: English "
            "111018 111018 V.18-06327 (A) *1806327* ﻋﺸﺮ ﺍﻟﺮﺍﺑﻊ ﺍﳌﺘﺤﺪﺓ ﺍﻷﻣﻢ ﻣﺆﲤﺮ ﳌﻨﻊ ﺍﳉﻨﺎﺋﻴﺔ")
    assert detect_language(text) == "ar"


# tests/ingest_eval/fresh/CTOC_COP_2006_7_Rev.1_zh.txt: a flattened Chinese cover; "临时议程 * 项目 2(a)(c)(e)(f)"
# is the item heading with its footnote mark, the document a report of the Secretariat (秘书处的报告)
CTOC_COP_2006_7_REV_1 = (
    "联合国 CTOC/COP/2006/7/Rev.1 联合国打击跨国 有组织犯罪公约 缔约方会议 Distr.: General 18 August 2008 Chinese "
    "Original: English V.08-56013 (C) GZ 080908 080908 *0856013* 第四届会议 2008 10 8 日至 17 日,维也纳 "
    "临时议程 * "
    "项目 2(a)(c)(e)(f) 审查《联合国打击跨国有组织犯罪公约》及其 各项议定书的执行情况:"
    "资料搜集和为审查 执行情况而可能设立的"
    "机制;关于国际合作的 专家协商 秘书处的报告 目录 段次 页次 . 导言 ....\n")


def test_the_chinese_item_heading_split_by_its_footnote_mark_is_not_an_agendas_title() -> None:
    cover = cover_of(CTOC_COP_2006_7_REV_1)
    assert cover.title is None or cover.title.text != "临时议程"
    result = ingest_bytes(CTOC_COP_2006_7_REV_1.encode(), "ctoc.txt", registry())
    assert (result.document, RDF.type, MG.Agenda) not in result.graph


# tests/ingest_eval/fresh/CTOC_COP_report_ru_nosymbol.txt: a web page's link ("Hotline") before a Russian
# report's cover
CTOC_COP_REPORT_RU = """
Hotline


Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности

 Версия для печати

Техническая помощь, предоставляемая государствам
в деле применения Конвенции Организации
Объединенных Наций против транснациональной
организованной преступности к новым формам
и аспектам транснациональной организованной
преступности

Доклад Секретариата
I. Введение
1. В своей резолюции 5/1, озаглавленной "Обеспечение эффективного
осуществления Конвенции Организации Объединенных Наций против
транснациональной организованной преступности и протоколов к ней",
Конференция участников отметила появление новых форм и аспектов
транснациональной организованной преступности.
"""


def test_a_title_not_in_the_script_of_its_documents_language_is_not_asserted() -> None:
    result = ingest_bytes(CTOC_COP_REPORT_RU.encode(), "ru.txt", registry())
    assert "Hotline" not in {str(t) for t in result.graph.objects(result.document, DCTERMS.title)}


def test_a_days_ordinal_suffix_is_not_split_from_it_on_a_flattened_cover() -> None:
    """Where digits and letters touch after "Distr." a space is read between them ("General20March2001",
    above), but never before a day's ordinal suffix: "1er juillet 2013" stays the 1st of July."""
    flat = ("NATIONS UNIES CAT/C/50/1 Comité contre la torture Distr. GÉNÉRALE 1er juillet 2013 Original: ANGLAIS "
            "COMITÉ CONTRE LA TORTURE Cinquantième session Genève, 6-31 mai 2013 Note du Secrétariat\n\n"
            "1. Le texte suit.\n")
    assert cover_of(flat).distribution_date == date(2013, 7, 1)
