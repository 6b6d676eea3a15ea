"""Cited mandates filed under the issuer their own words name (issue 10, classes 3, 5 and 6): a citation in the
cover's region (a summary under the title), in the English half of a bitext whose other half is Arabic, and one
naming only the kind of organ ("the Council") when the document's own body is named so. Each on a short excerpt
of a real text, quoted with the file it comes from; each test fails on the ingester before its rule.
"""

from __future__ import annotations

from mandategraph.namespaces import MG
from tests.ingest_covers import ingested


def _cited(text: str, name: str) -> set[str]:
    result = ingested(text, name)
    return {str(o).split("/id/", 1)[-1] for o in result.graph.objects(None, MG.cites)}


# tests/ingest_eval/sealed/A_65_92_es.txt: the Secretary-General's report to the Assembly, its summary under the
# title, in the cover's region ("Resumen" before the footnote and the first numbered paragraph)
A_65_92_ES = """A/65/92
Naciones Unidas
Asamblea General
Distr. general
10 de junio de 2010
Español
Original: inglés
Sexagésimo quinto período de sesiones
Tema 107 de la lista preliminar*
Prevención del delito y justicia penal
12º Congreso de las Naciones Unidas sobre Prevención
del Delito y Justicia Penal
Informe del Secretario General
Resumen
El presente informe, que ha de considerarse junto con el Informe del 12º Congreso de
las Naciones Unidas sobre Prevención del Delito y Justicia Penal (A/CONF.213/18),
se ha preparado de conformidad con la resolución 64/180 de la Asamblea General.
En él se destacan los hechos más sobresalientes del 12º Congreso, con inclusión de la
serie de sesiones de alto nivel.
─────────────────
* A/65/50.
V.10-54301 (S) 130710 140710
*1054301*
A/65/92
1.
Los días 12 a 19 de abril de 2010 se celebró en Salvador (Brasil)
el 12º Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia
Penal.
"""


def test_a_mandate_the_covers_summary_names_by_its_issuer_is_cited() -> None:
    assert "resolution/ga/64/180" in _cited(A_65_92_ES, "A_65_92_es.txt")


# tests/ingest_eval/untouched/A_C.3_66_L.5_en-ar.txt: the UN viewer's English-Arabic bitext of a note by the
# Secretariat to the Third Committee, each line the English text glued to the Arabic
A_C_3_66_L_5 = """A/C.3/66/L.5 1152525E.doc (English)A/C.3/66/L.5 1152523A.doc (Arabic)
Sixty-sixth sessionالدورة السادسة والستون
Third Committeeاللجنة الثالثة
Agenda item 107البند 107 من جدول الأعمال
Crime prevention and criminal justiceمنع الجريمة والعدالة الجنائية
Note by the Secretariatمذكرة من الأمانة العامة
By its resolution 2011/42 of 28 July 2011, the Economic and Social Council recommended to the General Assembly \
the adoption of the following draft resolution:أوصى المجلس الاقتصادي والاجتماعي، في قراره 2011/42 المؤرخ 28 \
تموز/يوليه 2011، بأن تعتمد الجمعية العامة مشروع القرار التالي:
"""


def test_the_english_half_of_a_bitext_names_the_issuer() -> None:
    cited = _cited(A_C_3_66_L_5, "A_C.3_66_L.5_en-ar.txt")
    assert "resolution/ecosoc/2011/42" in cited
    assert not any(c.endswith("/2011/42") and "ecosoc" not in c for c in cited)


# tests/ingest_eval/novel/E_5975_Rev.1.txt: the introductory note of the rules of procedure of the Economic and
# Social Council's functional commissions (E/5975/Rev.1), on a mirror page
E_5975 = """
Rules of Procedure of the
Functional Commissions of the Economic and Social
The rules
of procedure of the functional commissions were initially adopted by the
Economic and Social Council in resolution 100 (V) of 12 August 1947. After
a comprehensive review, they were revised by the Council in resolution 289
(X) of 6 March 1950. The present edition embodies all the amendments
adopted by the Council since the latter date.
of 15 April 1982. E/5975/Rev.1, UNITED NATIONS PUBLICATION, Sales No.
E.83.1.10, 00300
"""


def test_the_council_in_a_text_of_the_council_is_that_council() -> None:
    cited = _cited(E_5975, "E_5975_Rev.1.txt")
    assert "resolution/ecosoc/10/289" in cited
    # the same words in a text whose body the registry does not know (the cover reader names one from the words
    # "Council in resolution 100 (V) ...") name no body: not cited
    unknown = E_5975.replace("E/5975/Rev.1, ", "").replace("Economic and Social", "")
    assert not any("289" in c for c in _cited(unknown, "rules_nosymbol.txt"))


# tests/ingest_eval/novel/GA_resolution_Vienna_Declaration_plans_nosymbol_ru.txt: the Assembly's resolution 57/234 on a
# law portal, its text opened by "Генеральная Ассамблея," and its preamble recalling "свою резолюцию" (its own)
GA_57_234_RU = """Резолюция 57/234,
принятая Генеральной Ассамблеей Организации Объединенных Наций, "Планы действий по осуществлению Венской \
декларации о преступности и правосудии: ответы на вызовы XXI века"
(31 января 2002 года)
Генеральная Ассамблея,
ссылаясь на свою Резолюцию 55/59 от 4 декабря 2000 года, в которой она одобрила Венскую декларацию о \
преступности и правосудии: ответы на вызовы XXI века, принятую Десятым конгрессом Организации Объединенных \
Наций по предупреждению преступности и обращению с правонарушителями,
отмечая, что в пункте 29 Венской декларации Десятый конгресс предложил Комиссии по предупреждению \
преступности и уголовному правосудию разработать конкретные меры по выполнению принятых в Декларации \
обязательств и принятию последующих мер в связи с ними,
напоминая о том, что в своей Резолюции 55/60 от 4 декабря 2000 года она настоятельно призвала правительства в \
рамках предпринимаемых ими усилий по предупреждению преступности и борьбе с ней руководствоваться \
результатами Десятого конгресса и просила Генерального секретаря подго
"""

# tests/ingest_eval/fresh/A_RES_52_91_ar_nosymbol.txt: the Assembly's resolution 52/91 in Arabic, opened by
# "إن الجمعية العامة،", "إذ تذكّر بقرارها 50 / 145" (recalling its resolution)
A_RES_52_91_AR = """
إن الجمعية العامة،

إذ تذكّر بقرارها 50 / 145 المؤرخ 21 كانون الأول/ديسمبر 1995 بشأن مؤتمر الأمم المتحدة التاسع لمنع الجريمة \
ومعاملة المجرمين،

وإذ تضع في اعتبارها أن مؤتمر الأمم المتحدة العاشر لمنع الجريمة ومعاملة المجرمين، عملا بقراريها 415 (د - 5) \
المؤرخ 1 كانون الأول/ديسمبر 1950 و 46 / 152 المؤرخ 18 كانون الأول/ديسمبر 1991، سيعقد في عام 2000،

وإذ تدرك أهمية ما تقدمه مؤتمرات الأمم المتحدة لمنع الجريمة ومعاملة المجرمين من مساهمات في ترويج التعاون \
الدولي وتعزيزه في مجال منع الجريمة والعدالة الجنائية،

وإذ تضع في اعتبارها الدور الجديد لهذه المؤتمرات، كما هو مبيّن في الفقرة 29 من "إعلان المبادئ وبرنامج عمل \
برنامج الأمم المتحدة لمنع الجريمة والعدالة الجنائية"، الوارد في مرفق القرار 46 / 152،

وإذ تذكّر بقرار المجلس الاقتصادي والاجتماعي 1993 / 32 المؤرخ 27 تموز/يوليه 1993 وبالنظام الداخلي لمؤتمرات \
الأمم المتحدة لمنع الجريمة ومعاملة المجرمين، المرفق بذلك القرار،
"""

# tests/ingest_eval/untouched/A_C.3_66_L.5_en-ar.txt: the draft resolution's opening in the English-Arabic bitext
A_C_3_66_L_5_DRAFT = """The General Assembly,إن الجمعية العامة،
Recalling its resolutions 58/17 of 3 December 2003, 61/52 of 4 December 2006 and 64/78 of 7 December 2009, on \
the return or restitution of cultural property to the countries of origin, Economic and Social Council \
resolutions 2003/29 of 22 July 2003, entitled “Prevention of crimes that infringe on the cultural heritage of \
peoples in the form of movable property”, 2004/34 of 21 July 2004 and 2008/23 of
"""


def test_its_resolution_in_a_resolutions_text_is_the_body_its_opening_names() -> None:
    assert "resolution/ga/55/60" in _cited(GA_57_234_RU, "GA_resolution_Vienna_Declaration_plans_nosymbol_ru.txt")
    assert "resolution/ga/50/145" in _cited(A_RES_52_91_AR, "A_RES_52_91_ar_nosymbol.txt")
    cited = _cited(A_C_3_66_L_5_DRAFT, "A_C.3_66_L.5_en-ar.txt")
    assert {"resolution/ga/58/17", "resolution/ga/61/52", "resolution/ga/64/78"} <= cited
    # the Council's resolutions the same paragraph names by the Council's name stay the Council's
    assert "resolution/ecosoc/2003/29" in cited and not any("ga/2003" in c for c in cited)
    # no opening line naming the body: "its" is no one's the words say
    assert not any("55/60" in c for c in _cited(GA_57_234_RU.replace("Генеральная Ассамблея,", ""), "x_ru.txt"))


# tests/ingest_eval/sealed/DP_2004_2.txt: the decisions the Executive Board of UNDP and UNFPA adopted in 2003, its
# cover and contents flattened onto one line on a document-mirror page, the decisions numbered by the year
DP_2004_2 = """United Nations DP/2004/2 Executive Board of the United Nations Development Programme and of the United \
Nations Population Fund Distr.: General 20 October 2003 Original: English 03-57363 (E) 231003 231003 *0357363* First \
regular session 2004 23 to 30 January 2004, New York Item 1 of the provisional agenda Organizational matters \
Decisions adopted by the Executive Board during 2003 Contents Number Page First regular session 2003 (20 to 23 \
January, New York) 2003/1 Improvement of the working methods of the Executive Board ........................... 3 \
2003/2 Assistance to Myanmar ........................................................... 3 2003/3 Financial \
situation of the United Nations Office for Project Services, including changes in the level of the operational \
reserve ..................................................... 4 2003/4 Independent review of the United Nations \
Office for Project Services .................... 4
"""

# tests/ingest_eval/sealed/E_ICEF_2011_16_fr.txt: UNICEF's Executive Board's decisions of 2011, under the Economic
# and Social Council's masthead, flattened onto one line
E_ICEF_2011_16_FR = """Nations Unies E/ICEF/2011/16 Conseil économique et social Distr. générale 20 septembre 2011 \
Français Original : anglais 11-50643 (F) 101011 101011 *1150643* Fonds des Nations Unies pour l’enfance Conseil \
d’administration Recueil des décisions adoptées par le Conseil d’administration en 2011 Décision Page Première session \
ordinaire, 8-11 février 2011 2011/1 Rapport annuel au Conseil économique et social \
....................................... 3 2011/2 Projet de descriptif de programme commun de pays pour la \
République-Unie de Tanzanie ................... 4
"""


def test_a_contents_list_of_decisions_numbered_by_the_year_is_read() -> None:
    from mandategraph.ingest.mandate_layout import _inline_lists
    from mandategraph.ingest.text import Span

    cited = _cited(DP_2004_2, "DP_2004_2.txt")
    assert {"decision/dp/2003/1", "decision/dp/2003/2", "decision/dp/2003/4"} <= cited
    # the Council named in the masthead a flattened page runs before the heading is not the list's issuer
    line = E_ICEF_2011_16_FR.strip()
    assert [(m.session, m.number, m.issuer) for m in _inline_lists(Span(0, len(line), line))] == [
        (2011, 1, None), (2011, 2, None)]


# tests/ingest_eval/unseen/FCCC_SBI_6_agenda_nosymbol.txt: the provisional agenda of the sixth session of the Climate
# Change Convention's Subsidiary Body for Implementation, without its cover; item 5 names "decision 9/CP.1", the 9th
# decision of the first session of the Conference of the Parties (FCCC/CP) by its own number
FCCC_SBI_6 = """1. Arrangements have been made for the sixth session of the Subsidiary Body for Implementation (SBI) \
to be held at the Hotel Maritim, Bonn, from 28 July to 5 August 1997. The session will be opened by the Chairman at \
10 a.m. on Monday, 28 July 1997.


2. The provisional agenda for the sixth session of the SBI, proposed after consultation with the Chairman, is \
as follows:

1. Opening of the session.

2. Organizational matters:

(a) Adoption of the agenda;

(b) Organization of the work of the session;

(c) Preparation by the SBI for the third session of the Conference of the Parties (COP 3).

3. Division of labour between the SBI and the Subsidiary Body for Scientific and Technological Advice (SBSTA).


4. National communications:

(a) Communications from Parties included in Annex I to the Convention;

(b) Communications from Parties not included in Annex I to the Convention.

5. Financial mechanism: Review process referred to in decision 9/CP.1.

6. Development and transfer of technologies.

7. Administrative and financial matters:

"""


def test_a_decision_numbered_in_its_issuers_series_is_that_issuers() -> None:
    assert "decision/fccc-cp/1/9" in _cited(FCCC_SBI_6, "FCCC_SBI_6_agenda_nosymbol.txt")


# tests/ingest_eval/unseen/E_1997_27_chap2_es.txt: a chapter of the Commission on the Status of Women's report, an old
# un.org transcription that prints the accented vowel as the vowel and an apostrophe ("resolucio'n", "Comisio'n")
E_1997_27_ES = """
United Nations

E/1997/27


Commission on the Status of Women

 Distr. GENERAL



E/1997/27 CSW - Informe sobre el 41~ peri'odo de sesiones
                                Capi'tulo II

         SEGUIMIENTO DE LA CUARTA CONFERENCIA MUNDIAL SOBRE LA MUJER

1.   La Comisio'n examino' el tema 3 de su programa en las sesiones 1~ a
12~ y 14~ a 16~, celebradas los di'as 10 a 14, 17, 20 y 21 de marzo de
1997. Tuvo ante si' los siguientes documentos:

     a)   Informe del Secretario General sobre los progresos realizados en
relacio'n con el seguimiento de la Cuarta Conferencia Mundial sobre la
Mujer y el examen de la incorporacio'n de una perspectiva de ge'nero en las
organizaciones del sistema de las Naciones Unidas (E/CN.6/1997/2);

     b)   Informe del Secretario General sobre las cuestiones tema'ticas
que tiene ante si' la Comisio'n sobre la situacio'n de la mujer
(E/CN.6/1997/3);

     c)   Nota del Secretario General sobre las conclusiones convenidas
1996/1 aprobadas por el Consejo Econo'mico y Social en su serie de sesiones
de coordinacio'n de 1996 sobre la coordinacio'n de las actividades del
sistema de las Naciones Unidas para la erradicacio'n de la pobreza
(E/CN.6/1997/6);

     d)   Informe del Secretario General sobre el mejoramiento de la
situacio'n de la mujer en la Secretari'a (E/CN.6/1997/7);

     e)   Nota del Secretario General sobre la aplicacio'n de la
resolucio'n 50/166 de la Asamblea General, relativa al papel del Fondo de
Desarrollo de las Naciones Unidas para la mujer en la eliminacio'n de la
violencia contra la mujer (E/CN.6/1997/8);

"""


def test_a_transcriptions_resolucio_n_is_a_resolution() -> None:
    assert "resolution/ga/50/166" in _cited(E_1997_27_ES, "E_1997_27_chap2_es.txt")
