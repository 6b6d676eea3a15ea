"""Class 6 of issue 10, tenth round: the genre, session and title of covers in Spanish, French, Russian, Arabic and
Chinese. Each rule is tested on an excerpt of a real document of the open evaluation sets (tests/ingest_eval/<set>/,
named beside it), and each test fails on the ingester before the rule."""

from __future__ import annotations

from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS
from tests.ingest_covers import ingested, titles


def types(text: str, name: str) -> set[str]:
    """The local names of the classes the ingested ``text``'s document is of (rdf:type) and its genre by its
    title (dcterms:type, for a text without a symbol)."""
    result = ingested(text, name)
    objs = list(result.graph.objects(result.document, RDF.type))
    objs += list(result.graph.objects(result.document, DCTERMS.type))
    return {str(o).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for o in objs if str(o).startswith(str(MG))}


# ------------------------------------------------------------------ a draft report's title, a page at its job number

# tests/ingest_eval/untouched/FCCC_CP_2015_L.1_ru.txt: "Проект доклада ..." (a draft report) after item 22 (a)'s and its
# sub-item's titles run together, the Rapporteur's line after it (the whole excerpt)
FCCC_CP_2015_L_1 = """source: https://fdocument.pub/document/-fccc-.html
note: the draft report, the cover flattened onto one line

Организация Объединенных Наций FCCC...

18
Организация Объединенных Наций FCCC/CP/2015/L.1 Рамочная конвенция об изменении климата Distr.: Limited 8 December \
2015 Russian Original: English GE.15-21654 (R) 091215 091215 *1521654* Конференция Cторон Двадцать первая сессия \
Париж, 30 ноября – 11 декабря 2015 года Пункт 22 а) повестки дня Завершение работы сессии Утверждение доклада \
Конференции Сторон о работе ее двадцать первой сессии Проект доклада Конференции Сторон о работе ее двадцать \
первой сессии Докладчик: г -жа Йоханна Лиссингер -Пейтц (Швеция) Часть первая: ход работы Содержание Пункты Стр. \
I. Открытие сессии (Пункт 1 повестки дня) ............................................. II. Организационные \
вопросы (Пункт 2 повестки дня) ............................................. A. Выборы Председателя двадцать \
первой сессии Конференции Сторон ....................................................... B. Утверждение правил \
процедуры ................................. C. Утверждение повестки дня ...................................... D. \
Выборы других должностных лиц, помимо Председателя ........... E. Допуск организаций в качестве наблюдателей \
..................... F. Организация работы, в том числе сессий вспомогательных органов \
....................................................... G.
"""


def test_a_russian_draft_report_s_title_ends_before_its_rapporteur_and_names_its_genre() -> None:
    assert titles(FCCC_CP_2015_L_1, "FCCC_CP_2015_L.1_ru.txt") == [
        "Проект доклада Конференции Сторон о работе ее двадцать первой сессии"]
    assert "Report" in types(FCCC_CP_2015_L_1, "FCCC_CP_2015_L.1_ru.txt")


def test_a_sub_item_s_heading_takes_no_run_on_titles_as_the_item_s() -> None:
    result = ingested(FCCC_CP_2015_L_1, "FCCC_CP_2015_L.1_ru.txt")
    names = {str(o) for o in result.graph.objects(None, SKOS.prefLabel)} | {
        str(o) for o in result.graph.objects(None, DCTERMS.title)}
    assert not any(n.startswith("Завершение работы сессии Утверждение") for n in names)

