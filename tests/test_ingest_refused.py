"""Texts the gate refused outright ("not a UN document text ..."), every fact of them lost, though they are UN
documents' texts: a symbol on a cover line whose other fields a mirror lost, the symbols and names of the
specialised agencies, a report's first page with no masthead. Each text is an excerpt of a real document as the
ingest-eval sets store it (set and file named); what the text does not say stays unknown."""

from __future__ import annotations

import pytest

from mandategraph.ingest import NotADocumentError
from tests.test_agenda_prose_round5 import ingest, select

# tests/ingest_eval/pristine/E_2010_35_ru.txt: the mirror's copy of the cover one field a paragraph, no date, no
# "Distr." line, no session line
E_2010_35_RU = """source: https://pdfslide.tips/documents/-e201035-.html

145
E/2010/35 Организация Объединенных Наций Исполнительный совет Программы развития Организации Объединенных \
Наций и Фонда Организации Объединенных Наций в области народонаселения Доклад Исполнительного совета о его \
работе в 2010 году Экономический и Социальный Совет Официальные отчеты, 2010 год Дополнение 15

Организация Объединенных Наций...e/2010/35 Организация Объединенных Наций Исполнительный совет Программы

  • Upload
    others

  • View
    14

  • Download
    0

Embed Size (px)

Citation preview

Page 1: Организация Объединенных Наций...e/2010/35 Организация Объединенных Наций Исполнительный совет \
Программы

E/2010/35

Организация Объединенных Наций

Исполнительный совет Программы развития Организации Объединенных Наций и Фонда Организации Объединенных Наций \
в области народонаселения

Доклад Исполнительного совета о его работе в 2010 году

"""


def test_a_symbol_on_a_cover_line_in_a_un_text_is_read() -> None:
    # refused before: "a symbol, but no cover, title or structure"
    result = ingest(E_2010_35_RU)
    assert result.symbol == "E/2010/35"
    assert result.language == "ru"
    # the supplement's number is no session
    assert not select(result, "SELECT ?n WHERE { ?s mg:sessionNumber ?n }")


def test_a_symbol_alone_is_still_refused() -> None:
    # a symbol with neither a name of the United Nations system nor a meeting's words: no document's text
    with pytest.raises(NotADocumentError, match="not a UN document text"):
        ingest("E/2010/35\n\nUpload\nView 14\nDownload 0\n")
