"""Class 6 of issue 10, eighth round: the words of covers and annotations in Spanish, French, Russian, Arabic
and Chinese, read as their English forms are. Each rule is tested on an excerpt of a real document of the open
evaluation sets (tests/ingest_eval/<set>/, named beside it), and each test fails on the ingester before the rule."""

from __future__ import annotations

from datetime import date

from mandategraph.ingest.cover import Cover
from mandategraph.ingest.dates import find_ranges
from mandategraph.ingest.genres.summary import SUMMARY_RECORD_TITLE
from mandategraph.ingest.lexicon import TITLE_ORDINALS, ordinal
from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS
from tests.ingest_covers import cover_of, ingested, titles
from tests.test_ingest_cover_chrome import CCPR_SR_1781


def period(cover: Cover) -> tuple[date, date] | None:
    """The first and last day of the session the cover prints, if it prints them."""
    return (cover.dates.start, cover.dates.end) if cover.dates is not None else None


# ------------------------------------------------------------------------------------ Chinese item headings

# tests/ingest_eval/fresh/CTOC_COP_2006_7_Rev.1_zh.txt: a flattened cover; the provisional agenda's footnote
# mark stands between "临时议程" and "项目", and four sub-items of item 2 are numbered together
CTOC_COP_2006_7_REV_1 = (
    "联合国 CTOC/COP/2006/7/Rev.1 联合国打击跨国 有组织犯罪公约 缔约方会议 Distr.: General 18 August 2008 Chinese "
    "Original: English V.08-56013 (C) GZ 080908 080908 *0856013* 第四届会议 2008 10 8 日至 17 日,维也纳 "
    "临时议程 * 项目 2(a)(c)(e)(f) 审查《联合国打击跨国有组织犯罪公约》及其 各项议定书的执行情况:"
    "资料搜集和为审查 执行情况而可能设立的机制;关于国际合作的 专家协商 秘书处的报告 目录 段次 页次 . 导言 ....\n")

# tests/ingest_eval/fresh/A_55_383_Add.2_zh.txt: the General Assembly's cover, "议程项目105" (an item of the
# agenda) glued after the session line
A_55_383_ADD_2 = ("第五十五届会议议程项目105预防犯罪和刑事司法V.01-81852GP联合国A/55/383/Add.2大会"
                  "Distr.:General20March2001ChineseOriginal:English"
                  "拟订一项打击跨国有组织犯罪公约特设委员会第一届至第十一届会议工作报告增编\n")


def test_a_chinese_item_heading_with_the_agenda_s_footnote_mark_names_each_sub_item() -> None:
    cover = cover_of(CTOC_COP_2006_7_REV_1)
    assert cover.item is not None and cover.item.notations == ["2 (a)", "2 (c)", "2 (e)", "2 (f)"]
    result = ingested(CTOC_COP_2006_7_REV_1, "CTOC_COP_2006_7_Rev.1_zh.txt")
    documented = {str(n) for i in result.graph.subjects(MG.documentedBy, result.document)
                  for n in result.graph.objects(i, SKOS.notation)}
    assert documented == {"2 (a)", "2 (c)", "2 (e)", "2 (f)"}


def test_the_chinese_agenda_s_item_under_the_session_line_is_the_cover_s_item() -> None:
    cover = cover_of(A_55_383_ADD_2)
    assert cover.item is not None and cover.item.notations == ["105"]


def test_the_chinese_item_title_glued_before_the_job_number() -> None:
    cover = cover_of(A_55_383_ADD_2)
    assert cover.item is not None and cover.item.title is not None and cover.item.title.text == "预防犯罪和刑事司法"


def test_an_agenda_item_named_in_a_chinese_sentence_is_no_heading() -> None:
    cover = cover_of("联合国 CTOC/COP/2006/7 缔约方会议 Distr.: General 18 August 2006 Chinese Original: English "
                     "第三届会议 2006 年 10 月 9 日至 18 日,维也纳 委员会审议了议程项目3。\n")
    assert cover.item is None



# ------------------------------------------------------------------------------------ Russian ordinals

# tests/ingest_eval/fresh/UNEP_FAO_RC_COP.7_12_ru.txt: the Rotterdam Convention's Conference of the Parties meets
# in "совещания" (neuter): its session line's ordinal is in the neuter ("Седьмое совещание")
UNEP_FAO_RC_COP_7_12 = (
    "1 ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ ЮНЕП Продовольственная и сельскохозяйственная организация Объединенных Наций "
    "RC UNEP/FAO/RC/COP.7/12 Роттердамская конвенция о процедуре предварительного обоснованного согласия в "
    "отношении отдельных опасных химических веществ и пестицидов в международной торговле Distr.: General "
    "2 December 2014 Russian Original: English Конференция Сторон Роттердамской конвенции о процедуре "
    "предварительного обоснованного согласия в отношении отдельных опасных химических веществ и пестицидов в "
    "международной торговле Седьмое совещание Женева, 4-15 мая 2015 года Пункт 5 c) предварительной повестки дня "
    "Вопросы, связанные с осуществлением Конвенции\n")


def test_a_russian_session_line_in_the_neuter_gives_the_session_and_its_venue() -> None:
    cover = cover_of(UNEP_FAO_RC_COP_7_12)
    assert (cover.session_number, cover.venue) == (7, "Женева")


def test_russian_ordinals_in_the_neuter_and_their_genitive() -> None:
    assert [ordinal(w) for w in ("седьмое", "Двадцать третье", "четвёртое")] == [7, 23, 4]
    assert (TITLE_ORDINALS["седьмого"], TITLE_ORDINALS["третьего"]) == (7, 3)  # "о работе ее седьмого совещания"


# ------------------------------------------------------------------------------------ French covers

# tests/ingest_eval/sealed/A_CONF.223_INF_1_fr.txt: a mirror's transcription lost the apostrophes ("l ordre",
# "l intention") and put a space in "1er"
A_CONF_223_INF_1 = (
    "1 Nations Unies A/CONF.223/INF/1  Assemblée générale Distr. générale 25 juillet 2014 Français Original : "
    "anglais Troisième Conférence internationale sur les petits États insulaires en développement Apia, 1 er -4 "
    "septembre 2014 Point 6 de l ordre du jour provisoire   Organisation des travaux, notamment création des "
    "organes subsidiaires, et autres questions d organisation Renseignements à l intention des participants Note "
    "du Secrétariat I. Généralités 1. Par sa décision 67/558 du 17 mai 2013, l Assemblée générale a décidé\n")


def test_a_french_item_heading_without_its_apostrophe_and_an_information_paper_s_title() -> None:
    cover = cover_of(A_CONF_223_INF_1)
    assert cover.item is not None and cover.item.notations == ["6"]
    assert cover.item.title is not None and cover.item.title.text == (
        "Organisation des travaux, notamment création des organes subsidiaires, et autres questions d organisation")
    assert cover.title is not None and cover.title.text == "Renseignements à l intention des participants"


def test_the_french_first_of_the_month_with_a_space_begins_the_period() -> None:
    assert [(r.start, r.end) for r in find_ranges("Apia, 1 er -4 septembre 2014")] == [
        (date(2014, 9, 1), date(2014, 9, 4))]
    assert [(r.start, r.end) for r in find_ranges("du 1 er au 4 septembre 2014")] == [
        (date(2014, 9, 1), date(2014, 9, 4))]
    assert find_ranges("1 erreur 2013") == []


# ------------------------------------------------------------------------------------ a Chinese agenda's list

# tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol.txt: the General Assembly's agenda as a web page, no masthead;
# each item's rules and resolutions in parentheses after its title (a roman session in parentheses inside them),
# footnote numbers glued after the last stop
GA_59_AGENDA_ZH = "\n\n".join([
    "1. 大会主席宣布会议开幕(第31条)。",
    "2. 默祷或默念一分钟(第62条)。",
    "3. 出席大会第五十九届会议各国代表的全权证书(第28条):",
    "(a) 任命全权证书委员会成员;",
    "(b) 全权证书委员会的报告。",
    "4. 选举大会主席(第30条)。",
    "5. 选举各主要委员会的主席团成员(第30条)。3",
    "6. 选举大会副主席(第30条)。3",
    "7. 秘书长按照《联合国宪章》第十二条第二项提出通知(第49条)。",
    "8. 安排工作、通过议程和分配项目:总务委员会的报告(第21条)。",
    "9. 一般性辩论(2003年3月13日第57/301号决议)。",
    "10. 秘书长关于联合国工作的报告(第13条(a)款和第48条;1993年9月20日第47/120 B号和1997年7月31日"
    "第51/241号决议)。2",
    "11. 安全理事会的报告(第13条(b)款)。2",
    "12. 经济及社会理事会的报告(第13条(b)款;大会1974年12月12日第3281(XXIX)号、2001年12月21日第56/212号和"
    "2003年12月23日第58/231号决议和2003年12月23日第58/553号决定以及经济及社会理事会1982年4月26日第1982/112号决定)。2",
    "13. 国际法院的报告(第13条(b)款)。",
    "14. 国际原子能机构的报告(1957年11月14日第1145(XII)号和2003年11月4日第58/8号决议)。",
    "15. 选举各主要机构成员以补空缺:",
    "(a) 选举安全理事会五个非常任理事国(第142条;2003年10月23日第58/403号决定);",
    "(b) 选举经济及社会理事会18个成员(第145条;2003年11月11日第58/406号决定)。",
    "16. 选举各附属机构成员以补空缺,并进行其他选举:选举方案和协调委员会七个成员(经济及社会理事会1976年5月14日"
    "第2008(LX)号决议和大会2003年11月17日第58/408号决定)。",
    "17. 任命各附属机构成员以补空缺,并作出其他任命:2",
    "(a) 任命行政和预算问题咨询委员会成员(第155条;2003年12月17日第58/405 B号决定);",
    ""])


def test_a_chinese_list_printing_its_items_rules_is_an_agenda_s_list() -> None:
    result = ingested(GA_59_AGENDA_ZH, "GA_59_agenda_zh_nosymbol.txt")
    g = result.graph
    titles = {str(n): str(t) for i in g.subjects(MG.onAgenda, result.document)
              for n in g.objects(i, SKOS.notation) for t in g.objects(i, DCTERMS.title)}
    assert titles["1"] == "大会主席宣布会议开幕"  # the first item is no title of the document
    assert titles["14"] == "国际原子能机构的报告"  # the note with "第1145(XII)号" is not part of the title
    assert titles["17"] == "任命各附属机构成员以补空缺,并作出其他任命"  # nor the footnote's number
    assert (result.document, DCTERMS.title, None) not in g


# ------------------------------------------------------------------------------------ venues in Spanish and French

# tests/ingest_eval/sealed/CAC_COSP_2021_13_es.txt: the country in parentheses after the venue, where an English
# cover puts it after a comma
CAC_COSP_2021_13 = (
    "Naciones Unidas CAC/COSP/2021/13 Conferencia de los Estados Distr. general Partes en la Convención de 5 de "
    "octubre de 2021 Español las Naciones Unidas contra Original: inglés la Corrupción Noveno período de sesiones "
    "Sharm el-Sheikh (Egipto), 13 a 17 de diciembre de 2021 Tema 5 del programa provisional * Recuperación de "
    "activos Progresos en la realización de las actividades del Grupo de Trabajo Nota de la Secretaría Resumen\n")

# tests/ingest_eval/sealed/CAC_COSP_WG.2_2017_4_fr.txt: a meeting of two days, "les 24 et 25 août"
CAC_COSP_WG_2_2017_4 = (
    "Nations Unies CAC/COSP/WG.2/2017/4 Conférence des États parties à la Convention des Nations Unies contre la "
    "corruption Distr. générale 14 septembre 2017 Français Original: anglais V.17-06497 (F) 121017 131017 *1706497  "
    "Rapport de la réunion du Groupe de travail intergouvernemental à composition non limitée sur le recouvrement "
    "d’avoirs tenue à Vienne les 24 et 25 août 2017 I. Introduction 1. Dans sa résolution 1/4, la Conférence\n")


def test_a_venue_with_its_country_in_parentheses_and_the_session_s_dates() -> None:
    cover = cover_of(CAC_COSP_2021_13)
    assert (cover.session_number, cover.venue) == (9, "Sharm el-Sheikh")
    assert period(cover) == (date(2021, 12, 13), date(2021, 12, 17))


def test_a_french_title_s_meeting_held_on_two_days_names_its_venue() -> None:
    cover = cover_of(CAC_COSP_WG_2_2017_4)
    assert cover.venue == "Vienne"
    assert period(cover) == (date(2017, 8, 24), date(2017, 8, 25))


# ------------------------------------------------------------------------------------ a resumed session

# tests/ingest_eval/unseen/E_CN.7_2019_Add.1_fr.txt: "Reprise de la soixante-deuxième session" is the session line
# of the resumed session (its "de la" is no sign of prose, as in "sur les travaux de la huitième réunion")
E_CN_7_2019_ADD_1 = (
    "Nations Unies E/CN.7/2019/Add.1 Conseil économique et social Distr. générale 25 septembre 2019 Français "
    "Original : anglais Commission des stupéfiants Reprise de la soixante-deuxième session Vienne, 12 et 13 "
    "décembre 2019 Ordre du jour provisoire annoté Additif Annotations 1. Élection du Bureau Conformément à la "
    "section I de la résolution 1999/30 du Conseil économique et social\n")


def test_a_resumed_session_s_line_in_french_gives_its_number_venue_and_dates() -> None:
    cover = cover_of(E_CN_7_2019_ADD_1)
    assert (cover.session_number, cover.venue) == (62, "Vienne")
    assert period(cover) == (date(2019, 12, 12), date(2019, 12, 13))


def test_a_session_named_in_french_prose_is_no_session_line() -> None:
    cover = cover_of("Nations Unies E/CN.7/2019/Add.1 Conseil économique et social Distr. générale 25 septembre 2019 "
                     "Français Original : anglais Le rapport sur les travaux de la soixante-deuxième session a été "
                     "adopté.\n")
    assert cover.session_number is None


# ------------------------------------------------------------------------------------ a report's title on a flat cover

# tests/ingest_eval/unseen/FCCC_CP_2015_10_es.txt: a numeric ordinal in the title's own session ("su 21 er período
# de sesiones"), and the part of the report printed after the title ("Primera parte: Deliberaciones")
FCCC_CP_2015_10 = (
    "Naciones Unidas FCCC/CP/2015/10 Convención Marco sobre el Cambio Climático Distr. general 29 de enero de 2016 "
    "Español Original: inglés GE.16-01192 (S) 190216 250216 *1601192* Conferencia de las Partes Informe de la "
    "Conferencia de las Partes sobre su 21 er período de sesiones, celebrado en París del 30 de noviembre al 13 de "
    "diciembre de 2015 Primera parte: Deliberaciones Índice Párrafos Página I. Apertura del período de sesiones "
    "(tema 1 del programa) ................... 12 6\n")

# tests/ingest_eval/unseen/FCCC_KP_CMP_2011_10_Add.2_es.txt: an addendum's line after the title ("Adición")
FCCC_KP_CMP_2011_10_ADD_2 = (
    "1 Naciones Unidas Convención Marco sobre el Cambio Climático FCCC/KP/CMP/2011/10/Add.2 Distr. general 15 de "
    "marzo de 2012 Español Original: inglés Conferencia de las Partes en calidad de reunión de las Partes en el "
    "Protocolo de Kyoto Índice Informe de la Conferencia de las Partes en calidad de reunión de las Partes en el "
    "Protocolo de Kyoto sobre su séptimo período de sesiones, celebrado en Durban del 28 de noviembre al 11 de "
    "diciembre de 2011 Adición Segunda parte: Medidas adoptadas por la Conferencia de las Partes\n")


def test_a_spanish_report_s_title_ends_before_its_part_and_names_its_session() -> None:
    cover = cover_of(FCCC_CP_2015_10)
    assert cover.title is not None and cover.title.text.endswith("celebrado en París del 30 de noviembre al 13 de "
                                                                  "diciembre de 2015")
    assert (cover.session_number, cover.venue, period(cover)) == (21, "París", (date(2015, 11, 30),
                                                                               date(2015, 12, 13)))


def test_a_spanish_report_s_title_ends_before_its_addendum_line() -> None:
    cover = cover_of(FCCC_KP_CMP_2011_10_ADD_2)
    assert cover.title is not None and cover.title.text.endswith("del 28 de noviembre al 11 de diciembre de 2011")
    assert (cover.session_number, cover.venue) == (7, "Durban")


# ------------------------------------------------------------------------------------ venues and dates, ru and zh

# tests/ingest_eval/fresh/ECE_TRANS_ADN_CONF_1_Add.1_ru.txt: a conference's venue, dates and item heading printed
# together in parentheses, no session line
ECE_TRANS_ADN_CONF_1_ADD_1 = (
    "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ ЭКОНОМИЧЕСКИЙ И СОЦИАЛЬНЫЙ СОВЕТ E Distr. GENERAL ECE/TRANS/ADN/CONF/1/Add.1 "
    "14 March 2000 RUSSIAN Original: ENGLISH and FRENCH ЕВРОПЕЙСКАЯ ЭКОНОМИЧЕСКАЯ КОМИССИЯ КОМИТЕТ ПО ВНУТРЕННЕМУ "
    "ТРАНСПОРТУ Дипломатическая конференция по принятию Европейского соглашения о международной перевозке опасных "
    "грузов по внутренним водным путям (ВОПОГ)  (Женева, 22-26 мая 2000 года, пункт 3 повестки дня) УТВЕРЖДЕНИЕ "
    "ПОВЕСТКИ ДНЯ Пояснительные примечания к предварительной повестке дня Конференции\n")


def test_venue_dates_and_item_in_one_parenthesis_give_the_meeting_s_venue_and_dates() -> None:
    cover = cover_of(ECE_TRANS_ADN_CONF_1_ADD_1)
    assert cover.item is not None and cover.item.notations == ["3"]
    assert (cover.venue, period(cover)) == ("Женева", (date(2000, 5, 22), date(2000, 5, 26)))


def test_a_chinese_date_whose_year_and_month_characters_were_lost() -> None:
    # tests/ingest_eval/fresh/CTOC_COP_2006_7_Rev.1_zh.txt: "2008 10 8 日至 17 日" for "2008年10月8日至17日"
    cover = cover_of(CTOC_COP_2006_7_REV_1)
    assert (cover.session_number, period(cover)) == (4, (date(2008, 10, 8), date(2008, 10, 17)))
    assert find_ranges("2008 10 8") == []  # without 日 no date


# ------------------------------------------------------------------------------------ summary records

# tests/ingest_eval/fresh/CCPR_C_SR.1781_es.txt and dev/CERD_C_SR.1523_ru.txt: summary records, by their symbol's
# SR series and by their titles' words ("Acta resumida de la ... sesión", "Краткий отчет о ... заседании")


def test_a_summary_record_is_one_by_its_symbol_and_still_a_document() -> None:
    result = ingested(CCPR_SR_1781, "CCPR_C_SR.1781_es.txt")
    types = set(result.graph.objects(result.document, RDF.type))
    assert {MG.SummaryRecord, MG.Document} <= types


def test_a_summary_record_is_one_by_its_title_s_words() -> None:
    assert SUMMARY_RECORD_TITLE.search("КРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ,")
    result = ingested(CCPR_SR_1781.replace("CCPR/C/SR.1781", "CCPR/C/1781"), "CCPR_C_1781_es.txt")
    assert MG.SummaryRecord in set(result.graph.objects(result.document, RDF.type))


# ------------------------------------------------------------------------------ the one heading before a kind line

# tests/ingest_eval/dev/FCCC_SBI_1997_11_es.txt: a flattened cover; between the item heading and the kind line
# one heading in capitals, the item's title and the document's own
FCCC_SBI_1997_11 = (
    "1 NACIONES UNIDAS Convención Marco sobre el Cambio Climático Distr. GENERAL FCCC/SBI/1997/11 4 de junio de "
    "1997 ESPAÑOL Original: INGLES ORGANO SUBSIDIARIO DE EJECUCION Sexto período de sesiones Bonn, 28 de julio a 5 "
    "de agosto de 1997 Tema 8 del programa provisional DISPOSICIONES RELATIVAS A LAS REUNIONES "
    "INTERGUBERNAMENTALES Nota del Secretario Ejecutivo I. INTRODUCCION A. Mandato 1. En su quinto período de "
    "sesiones, el Organo Subsidiario\n")


def test_the_one_heading_between_item_heading_and_kind_line_is_the_item_s_title() -> None:
    cover = cover_of(FCCC_SBI_1997_11)
    heading = "DISPOSICIONES RELATIVAS A LAS REUNIONES INTERGUBERNAMENTALES"
    assert cover.item is not None and cover.item.title is not None and cover.item.title.text == heading


def test_a_body_s_name_before_the_kind_line_is_no_title() -> None:
    cover = cover_of(FCCC_SBI_1997_11.replace("DISPOSICIONES RELATIVAS A LAS REUNIONES INTERGUBERNAMENTALES",
                                              "COMITÉ CONTRA LA TORTURA"))
    assert cover.item is not None and cover.item.title is None


# ------------------------------------------------------------------------- a Chinese title with a scan's spaces

# tests/ingest_eval/unseen/A_CONF.191_INF.1_zh.txt: the title of an information paper printed with spaces between
# its characters ("与 会 者 须 知" for 与会者须知), the lexicon's title word for word once they are left out
A_CONF_191_INF_1 = (
    "\n第三次联合国最不发达国家问题会议\n\n联合国 第三次联合国最不发达国家问题会议\n\nA\n\nDistr. GENERAL\n\n"
    "A/CONF.191/INF.1 23 January 2001 CHINESE Original: ENGLISH\n\n大会\n\n比利时布鲁塞尔\n\n2001年5月14日至20日\n\n"
    "与 会 者 须 知\n\nGE. 01-50179 (C)\n\nA/CONF.191/INF.1 page 2\n\n目 录\n\n1. 会议日期和地点............ 1\n")


def test_a_chinese_title_spaced_out_by_a_scan_is_the_title() -> None:
    assert titles(A_CONF_191_INF_1, "A_CONF.191_INF.1_zh.txt") == ["与 会 者 须 知"]
