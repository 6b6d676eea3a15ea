"""Eighth round (precision): cover, body and session facts the text does not support (issue 10, classes 1, 3, 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from datetime import date

from mandategraph.ingest import IngestResult
from mandategraph.ingest.cover import bounded_title
from mandategraph.ingest.symbols import Symbol
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, cover_of, ingested, titles
from tests.test_ingest_cover_chrome import POPS_FINAL_ACT, WPR_RC71

# ------------------------------------------------------------------------------------ titles

# tests/ingest_eval/fresh/UNEP_FAO_RC_COP.7_12_ru.txt: a document mirror's page, whose own title (a piece of the
# Convention's name, repeated by its download button) is printed again inside the flattened masthead
UNEP_FAO_RC_COP_7_12 = """химических веществ и пестицидов в международной торговле

Save this PDF as:
 WORD  PNG  TXT  JPG

Размер: px
Начинать показ со страницы:

Download "химических веществ и пестицидов в международной торговле"

Транскрипт

1 ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ ЮНЕП Продовольственная и сельскохозяйственная организация Объединенных Наций \
RC UNEP/FAO/RC/COP.7/12 Роттердамская конвенция о процедуре предварительного обоснованного согласия в отношении \
отдельных опасных химических веществ и пестицидов в международной торговле Distr.: General 2 December 2014 Russian \
Original: English Конференция Сторон Роттердамской конвенции о процедуре предварительного обоснованного согласия в \
отношении отдельных опасных химических веществ и пестицидов в международной торговле Седьмое совещание Женева, \
4-15 мая 2015 года Пункт 5 c) предварительной повестки дня Вопросы, связанные с осуществлением Конвенции: \
несоблюдение Процедуры и организационные механизмы
"""

# tests/ingest_eval/unseen/E_CN.15_2013_CRP.1_ru.txt: a Russian e-library's banner over its copy of the paper
E_CN_15_2013_CRP_1 = """авторефераты диссертаций БЕСПЛАТНАЯ БИБЛИОТЕКА РОССИИ

КОНФЕРЕНЦИИ, КНИГИ, ПОСОБИЯ, НАУЧНЫЕ ИЗДАНИЯ

<< ГЛАВНАЯ
АГРОИНЖЕНЕРИЯ
АСТРОНОМИЯ

E/CN.15/2013/CRP.1 7 January 2013 Russian Original: English Комиссия по предупреждению преступности и уголовному \
правосудию Двадцать вторая сессия Вена, 22-26 апреля 2013 года Пункт 8 предварительной повестки дня
"""


def test_a_title_beginning_in_small_letters_is_no_title() -> None:
    assert not bounded_title("химических веществ и пестицидов в международной торговле")
    assert not bounded_title("авторефераты диссертаций БЕСПЛАТНАЯ БИБЛИОТЕКА РОССИИ")
    assert bounded_title("provisional agenda and annotations")  # an agenda's title word for word (CRC/C/42/1)
    assert titles(UNEP_FAO_RC_COP_7_12, "UNEP_FAO_RC_COP.7_12_ru.txt") == []
    assert titles(E_CN_15_2013_CRP_1, "E_CN.15_2013_CRP.1_ru.txt") == []


# ------------------------------------------------------------------------------------ bodies

def test_a_working_party_segment_is_part_of_the_series() -> None:
    assert Symbol("TRANS/WP.30/AC.2/2000/7").body_prefix == "TRANS/WP.30/AC.2"
    assert Symbol("TRANS/WP.30/186").body_prefix == "TRANS/WP.30"
    assert Symbol("A/CONF.62/WP.10/Rev.1").body_prefix == "A/CONF.62"  # a working paper


# tests/ingest_eval/unseen/TRANS_WP.30_AC.2_2000_7_ru.txt (its Latin fields): the TIR Administrative Committee's
# document, joint with the Working Party's, was filed under a body "TRANS"
TRANS_WP_30_AC_2 = """UNITED NATIONS
E
Economic and Social Council
Distr.
GENERAL
TRANS/WP.30/AC.2/2000/7
TRANS/WP.30/2000/9
15 December 1999
RUSSIAN
Original: ENGLISH

ECONOMIC COMMISSION FOR EUROPE
"""


def test_a_document_of_a_working_party_is_not_of_its_series_head() -> None:
    assert "trans" not in bodies_of(TRANS_WP_30_AC_2, "TRANS_WP.30_AC.2_2000_7_ru.txt")


# ------------------------------------------------------------------------------------ sessions

# tests/ingest_eval/sealed/E_ICEF_2011_16_fr.txt: UNICEF's Executive Board's compendium of its decisions of 2011; its
# contents name the first regular session of that year (a session numbered within the year, never the Board's 1st)
E_ICEF_2011_16 = """Nations Unies E/ICEF/2011/16 Conseil économique et social Distr. générale 20 septembre 2011 \
Français Original : anglais 11-50643 (F) 101011 101011 *1150643* Fonds des Nations Unies pour l’enfance Conseil \
d’administration Recueil des décisions adoptées par le Conseil d’administration en 2011 Décision Page Première \
session ordinaire, 8-11 février 2011 2011/1 Rapport annuel au Conseil économique et social .......... 3 2011/2 \
Projet de descriptif de programme commun de pays pour la République-Unie de Tanzanie ........... 3
"""


def test_a_session_of_a_year_is_not_numbered_one() -> None:
    result = ingested(E_ICEF_2011_16, "E_ICEF_2011_16_fr.txt")
    numbers = [int(n) for n in result.graph.objects(None, MG.sessionNumber)]
    assert 1 not in numbers


# ------------------------------------------------------------------------------------ dates and sessions of others

# tests/ingest_eval/dev/FCCC_CP_1998_1.txt (its head, a document mirror's page and the flattened masthead), with the
# cover's line cut after the title, as a mirror cuts it: the masthead's line is then taken for a title, and its
# first date, the distribution date, was read as the session's dates
FCCC_CP_1998_1_CUT = """Distr. GENERAL PROVISIONAL AGENDA AND ANNOTATIONS. Note by the Executive Secretary CONTENTS 1. \
PROVISIONAL AGENDA

Size: px
Start display at page:

Download "Distr. GENERAL PROVISIONAL AGENDA AND ANNOTATIONS. Note by the Executive Secretary CONTENTS 1. \
PROVISIONAL AGENDA"

Transcription

1 UNITED NATIONS Distr. GENERAL FCCC/CP/1998/1 28 August 1998 Original: ENGLISH CONFERENCE OF THE PARTIES * \
Fourth session Buenos Aires, 2-13 November 1998 Item 2 (c) and (f) of the provisional agenda PROVISIONAL AGENDA AND \
ANNOTATIONS

Note by the Executive Secretary CONTENTS Paragraphs Page 1. PROVISIONAL AGENDA
"""


def test_a_distribution_date_is_not_the_session_date_of_a_masthead_taken_for_a_title() -> None:
    result = ingested(FCCC_CP_1998_1_CUT, "FCCC_CP_1998_1.txt")
    starts = {str(d) for d in result.graph.objects(None, MG.startDate)}
    assert "1998-08-28" not in starts
    assert starts == {"1998-11-02"}  # the session line's, read by its words


# tests/ingest_eval/sealed/E_2003_39_E_ESCAP_1298.txt (its cover: ESCAP's annual report prints no session), with a
# first paragraph recalling another body's session, as reports' introductions do
E_2003_39_CITING = """E/2003/39 E/ESCAP/1298

ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC

ANNUAL REPORT (23 May 2002-25 April 2003)

ECONOMIC AND SOCIAL COUNCIL OFFICIAL RECORDS, 2003

SUPPLEMENT No. 19

1. At its fifth session, held in Nairobi from 3 to 7 May 1999, the Commission on Sustainable Development adopted \
decision 5/2, in which it invited the regional commissions to report on their work.
"""

# data/sources/CTOC_COP_session1_decisions_2004.txt: the Conference's own session, named in full
CTOC_COP_1_DECISIONS = """CTOC/COP 1 Decisions

At its first session, held in Vienna from 28 June to 8 July 2004, the Conference of the Parties to the United Nations \
Convention against Transnational Organized Crime adopted the following decisions:

Decision 1/1
"""


def test_a_session_the_prose_names_of_another_body_is_not_the_documents() -> None:
    result = ingested(E_2003_39_CITING, "E_2003_39_E_ESCAP_1298.txt")
    assert _own_sessions(result) == []  # (decision 5/2's session, of the Commission it names, is a citation's)
    assert "Nairobi" not in {str(v) for v in result.graph.objects(None, MG.venue)}
    own = ingested(CTOC_COP_1_DECISIONS, "CTOC_COP_session1_decisions_2004.txt")
    assert _own_sessions(own) == [1]


def _own_sessions(result: IngestResult) -> list[int]:
    """The numbers of the sessions the ingested document is for (mg:forSession)."""
    g = result.graph
    return sorted(int(n) for s in g.objects(result.document, MG.forSession) for n in g.objects(s, MG.sessionNumber))


# tests/ingest_eval/fresh/WHO_WPR_RC71_9.txt (its head), with a second mirror's page around the first (its title,
# download button and "Transcription"): the first mirror's "Texte intégral" falls past the page's first lines and
# was taken for the title
WPR_RC71_9_LONG_CHROME = """
Annual Review of Regional Cooperation Policies 2019

Download "Annual Review of Regional Cooperation Policies 2019"

Transcription


• Aucun résultat trouvé

COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE

N/A
N/A
Protected

Academic year: 2022

Partager "COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL \
COMMITTEE"

Copied!
19
0
0

Texte intégral

(1)

W O R L D H E A L T H ORGANIZATION

ORGANISATION MONDIALE DE LA SANTÉ

REGIONAL OFFICE FOR THE WESTERN PACIFIC BUREAU RÉGIONAL DU PACIFIQUE OCCIDENTAL

""" + WPR_RC71


def test_a_mirrors_chrome_or_a_footnote_is_no_title() -> None:
    assert not bounded_title("Texte intégral") and not bounded_title("* Late submission.")
    assert titles(WPR_RC71_9_LONG_CHROME, "WHO_WPR_RC71_9.txt") == [
        "COORDINATION OF THE WORK OF THE WORLD HEALTH ASSEMBLY, THE EXECUTIVE BOARD AND THE REGIONAL COMMITTEE"]


# tests/ingest_eval/sealed/A_HRC_48_summary_record_template_en-zh_nosymbol.txt: an English-Chinese template made from
# a summary record; the session line, with its translation after it, ran into the meeting's two headings as a title
HRC_48_TEMPLATE = """United Nations 联 合 国
General Assembly 大 会
Human Rights Council 人权理事会
Forty-eighth session 第四十八届会议
Summary record of the 41st meeting 第41次会议简要记录
Summary record (partial)* of the 43rd meeting 第43次会议简要记录(部分)*
Held at the Palais des Nations, Geneva, on Thursday, 7 October 2021, at 3.30 p.m. \
2021年10月7日星期四下午3时30分在日内瓦万国宫举行
President: 主席:
Ms. Khan 汗女士
(Fiji) (斐济)
Contents  目录
Agenda item 1: Organizational and procedural matters 议程项目1:组织和程序事项
The meeting was called to order at 3.35 p.m. 下午3时35分宣布开会。
"""


def test_a_session_line_with_its_translation_begins_no_title() -> None:
    assert not bounded_title("Forty-eighth session 第四十八届会议\nSummary record of the 41st meeting 第41次会议")
    assert bounded_title("101st session of the Maritime Safety Committee (5 to 14 June 2019)")  # sealed/IMO_Circular
    assert titles(HRC_48_TEMPLATE, "A_HRC_48_summary_record_template_en-zh_nosymbol.txt") == []


# tests/ingest_eval/unseen/UNEP_POPS_CONF_final_act_nosymbol.txt (POPS_FINAL_ACT): the conference's name in capitals,
# wrapped over three lines; its first line alone ("CONFERENCE OF PLENIPOTENTIARIES", a kind of conference, not which)
# was the body


def test_an_organs_name_wrapped_in_capitals_is_read_whole() -> None:
    assert bodies_of(POPS_FINAL_ACT, "UNEP_POPS_CONF_final_act_nosymbol.txt") == [
        "conference-of-plenipotentiaries-on-the-stockholm-convention-on-persistent-organic-pollutants"]


# ------------------------------------------------------------------------------------ recall

# tests/ingest_eval/fresh/UNEP_OzL.Pro.27_1_Add.1.txt (its flattened masthead): the Meeting of the Parties' long name
# stands between its session words and its dates, the dash between the days lost ("1 5 November 2015")
OZL_PRO_27 = """1 UNITED NATIONS EP UNEP/OzL.Pro.27/1/Add.1 Distr.: General 6 October 2015 Original: English \
United Nations Environment Programme Twenty-Seventh Meeting of the Parties to the Montreal Protocol on \
Substances that Deplete the Ozone Layer Dubai, United Arab Emirates, 1 5 November 2015 Annotations to the \
provisional agenda I. Preparatory \
segment (1 3 November 2015) A. Opening of the preparatory segment (item 1 of the provisional agenda for the \
preparatory 1. The preparatory segment of the meeting is scheduled to be opened on Sunday, 1 November 2015.
"""


def test_a_sessions_dates_after_its_bodys_long_name() -> None:
    cover = cover_of(OZL_PRO_27)
    assert cover.session_number == 27
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2015, 11, 1), date(2015, 11, 5))
    assert cover.venue is None  # not "United Arab Emirates": where the place begins the line does not say


# tests/ingest_eval/fresh/WHO_EB140_INF.3.txt (its head): a document mirror's page over WHO's flattened masthead,
# which prints the organ's name before the symbol, no "Distr.", and the document's date beside the session line
EB140_INF_3 = """
governance reform: follow-up to decision wha69(8) (2016)draft forward-looking planning schedule of...

54
EXECUTIVE BOARD EB140/INF./3 140th session 12 December 2016 Provisional agenda item 14.2 Governance reform: \
follow-up to decision WHA69(8) (2016) Draft forward-looking planning schedule of expected agenda items for the \
Executive Board and Health Assembly Report by the Secretariat 1. In May 2016, the Sixty-ninth World Health Assembly \
adopted decision WHA69(8) (2016).
"""


def test_an_organs_name_before_its_series_symbol_is_the_masthead() -> None:
    cover = cover_of(EB140_INF_3)
    assert cover.symbol is not None and cover.symbol.text == "EB140/INF./3"
    assert cover.session_number == 140  # never the "40th" inside "140th"
    assert cover.distribution_date == date(2016, 12, 12) and cover.dates is None  # the document's date, no session's
    assert bodies_of(EB140_INF_3, "WHO_EB140_INF.3.txt") == ["eb"]


# tests/ingest_eval/fresh/CAC_COSP_IRG_2016_9_ru.txt (its masthead): the session line dates the session in June, the
# title in July; the text contradicts itself, so its session's dates are unknown
CAC_COSP_IRG_2016_9 = """39
Организация Объединенных Наций CAC/COSP/IRG/2016/9 Конференция государств участников Конвенции Организации \
Объединенных Наций против коррупции Distr.: General 12 July 2016 Russian Original: English V.16-04452 (R) 040816 \
050816 *1604452* Группа по обзору хода осуществления Седьмая сессия Вена, 20-24 июня 2016 года Доклад Группы по \
обзору хода осуществления о работе ее седьмой сессии, прошедшей в Вене 20-24 июля 2016 года Содержание Стр.
"""


def test_a_session_dated_differently_by_its_cover_and_its_title_is_not_dated() -> None:
    result = ingested(CAC_COSP_IRG_2016_9, "CAC_COSP_IRG_2016_9_ru.txt")
    assert list(result.graph.objects(None, MG.startDate)) == []
    assert [str(d) for d in result.graph.objects(result.document, MG.distributionDate)] == ["2016-07-12"]


def test_a_bilingual_session_line_is_read_by_its_english() -> None:
    result = ingested(HRC_48_TEMPLATE, "A_HRC_48_summary_record_template_en-zh_nosymbol.txt")
    assert _own_sessions(result) == [48]
    assert {str(v) for v in result.graph.objects(None, MG.venue)} == {"Geneva"}  # "Held at the Palais des Nations"


# tests/ingest_eval/untouched/ECE_TRANS_WP.1_163.txt (development material since its one blind score): the Global
# Forum's report on a document mirror's page titled with the Council's name, its masthead flattened onto one line
# with the Council, the Commission and the Committee above the Forum
ECE_TRANS_WP_1_163 = """Economic and Social Council

Size: px
Start display at page:

Download "Economic and Social Council"

Transcription

1 United Nations Economic and Social Council ECE/TRANS/WP.1/163 Distr.: General 11 April 2018 \
Original: English Economic Commission for Europe Inland Transport Committee Global Forum for Road Traffic Safety \
Seventy-sixth session Geneva, March 2018 Contents Report of the Global Forum for Road Traffic Safety on its \
seventy-sixth session Paragraphs I. Attendance II. Adoption of the agenda (agenda item 1)

3 I. Attendance 1. The Global Forum for Road Traffic Safety (WP.1) held its seventy-sixth session in Geneva from 19 \
to 23 March 2018, chaired by Ms. L. Iorio (Italy).
"""


def test_a_series_the_registry_does_not_know_is_not_the_masthead_organs() -> None:
    # before: filed under the Economic and Social Council, the organ the page's title and the masthead print above
    # the Forum, whose series (ECE/TRANS/WP.1) the registry does not know
    assert bodies_of(ECE_TRANS_WP_1_163, "ECE_TRANS_WP.1_163.txt") == ["ece-trans-wp1"]
