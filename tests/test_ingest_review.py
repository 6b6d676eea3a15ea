"""Review of the round's landings (precision): a wrong body found by reading the new outputs against their texts.

Each test is on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/, the open
sets), and fails on the ingester before its rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from tests.ingest_covers import bodies_of

# tests/ingest_eval/pristine/E_2010_35_ru.txt: the report of the Executive Board of UNDP and UNFPA on its work in 2010,
# a supplement of the Council's Official Records under the Council's symbol only (its supplement No. 15, not the
# symbol's 35: the Council numbers its documents by the year); the mirror's first lines as printed
E_2010_35_COVER = """E/2010/35

Организация Объединенных Наций

Исполнительный совет Программы развития Организации Объединенных Наций и Фонда Организации Объединенных Наций \
в области народонаселения

Доклад Исполнительного совета о его работе в 2010 году

Экономический и Социальный Совет Официальные отчеты, 2010 год Дополнение № 15
"""


def test_a_council_supplement_that_is_another_organs_report_is_not_the_councils() -> None:
    # before: ["ecosoc"] (the E series), a body the text gives only as the publisher of its Official Records
    assert bodies_of(E_2010_35_COVER, "E_2010_35_ru.txt") == []
