"""Class 6 of issue 10, ninth round: the words of covers and annotations in Spanish, French, Russian, Arabic
and Chinese. Each rule is tested on an excerpt of a real document of the open evaluation sets
(tests/ingest_eval/<set>/, named beside it), and each test fails on the ingester before the rule."""

from __future__ import annotations

from mandategraph.ingest.cover import bounded_title, mirror_title_unsure
from tests.ingest_covers import titles

# ------------------------------------------------------------------ a flattened cover's venue and dates in a title

# tests/ingest_eval/untouched/ITU_WTSA-16_provisional_acts_es_nosymbol.txt: a mirror's transcription glues the
# page number, the sector's name, the title, the venue and the dates onto one line; that line is no title
ITU_WTSA_16 = """Sector de Normalización de las Telecomunicaciones de la UIT

Tamaño: px
Comenzar la demostración a partir de la página:

Download "Sector de Normalización de las Telecomunicaciones de la UIT"

Transcripción

1 Sector de Normalización de las Telecomunicaciones de la UIT Actas provisionales de la Asamblea Mundial de \
Normalización de las Telecomunicaciones Hammamet (Túnez) 25 de octubre - 3 de noviembre de 2016

2

3 PARTES 1 & 2 RESOLUCIONES Y RECOMENDACIONES

4 1 MOD RESOLUCIÓN 1 (REV. HAMMAMET, 2016) Reglamento Interno del Sector de Normalización de las \
Telecomunicaciones de la UIT (Hammamet, 2016) 1 La Asamblea Mundial de Normalización de las Telecomunicaciones \
(Hammamet, 2016), considerando a) que las funciones, las obligaciones y la organización del Sector de \
Normalización de las Telecomunicaciones de la UIT (UIT-T) están enunciadas en los Artículos 17, 18, 19 y 20 de la \
Constitución de la UIT y en los Artículos 13, 14, 14A, 15 y 20 del Convenio de la UIT;
"""


ITU_COVER_LINE = ("1 Sector de Normalización de las Telecomunicaciones de la UIT Actas provisionales de la Asamblea "
                  "Mundial de Normalización de las Telecomunicaciones Hammamet (Túnez) 25 de octubre - 3 de noviembre "
                  "de 2016")


def test_a_title_with_the_cover_s_venue_and_dates_run_in_is_no_title() -> None:
    assert not bounded_title(ITU_COVER_LINE)
    # a title's own words say where and when with a preposition or in parentheses: such titles stay
    assert bounded_title("Informe de la reunión celebrada en Viena (Austria) 25 a 27 de octubre de 2016")
    assert bounded_title("Report on the thirty-sixth session (1-4 March 2005)")


def test_a_mirror_s_page_title_that_begins_a_longer_cover_line_is_no_title() -> None:
    assert mirror_title_unsure("Sector de Normalización de las Telecomunicaciones de la UIT", ITU_WTSA_16)


def test_the_flattened_itu_cover_gives_no_title_rather_than_a_wrong_one() -> None:
    assert titles(ITU_WTSA_16, "ITU_WTSA-16_provisional_acts_es_nosymbol.txt") == []
