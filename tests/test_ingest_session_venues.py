"""The venue of a session the curated registry describes, as a cover in another language prints it
(issue 10, classes 1 and 6): written with the text's language when it is the registry's own venue in that
language ("Вене" for "Vienna") or when the registry gives the session no venue; never another place."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.namespaces import MG

ROOT = Path(__file__).resolve().parents[1]

# tests/ingest_eval/fresh/CTOC_COP_2018_13_ru.txt, its flattened cover (the ninth session of the UNTOC Conference,
# which data/curated/sessions.ttl describes, venue "Vienna")
CTOC_COP_2018_13_RU = (
    "Организация Объединенных Наций CTOC/COP/2018/13 Конференция участников Конвенции Организации Объединенных "
    "Наций против транснациональной организованной преступности Distr.: General 1 November 2018 Russian Original: "
    "English V.18-07401 (R) 181218 191218 *1807401* Доклад Конференции участников Конвенции Организации "
    "Объединенных Наций против транснациональной организованной преступности о работе ее девятой сессии, "
    "проведенной в Вене 15–19 октября 2018 года Содержание Стр. I. Резолюции\n")

# tests/ingest_eval/fresh/CAC_COSP_2013_18_es.txt, its flattened cover (the fifth session of the Conference of the
# States Parties to UNCAC, which the registry describes without dates or venue)
CAC_COSP_2013_18_ES = (
    "Naciones Unidas CAC/COSP/2013/18 Conferencia de los Estados Parte en la Convención de las Naciones Unidas "
    "contra la Corrupción Distr. general 29 de enero de 2014 Español Original: inglés V.14-00566 (S) 120314 120314 "
    "*1400566* Informe de la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la "
    "Corrupción sobre su quinto período de sesiones, celebrado en la ciudad de Panamá del 25 al 29 de noviembre de "
    "2013 Índice Página I. Resoluciones y decisiones\n")


def _venues(text: str, name: str) -> list[Literal]:
    result = ingest_bytes(text.encode(), name, Registry.load(ROOT / "data" / "curated"))
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    return sorted(result.graph.objects(session, MG.venue), key=str)  # type: ignore[arg-type]


def test_a_described_sessions_venue_in_the_texts_language_is_written() -> None:
    """"проведенной в Вене": the ninth session's venue, the registry's "Vienna" as Russian prints it."""
    assert [(str(v), v.language) for v in _venues(CTOC_COP_2018_13_RU, "CTOC_COP_2018_13_ru.txt")] == [
        ("Вене", "ru")]


def test_a_described_session_without_a_venue_takes_the_texts() -> None:
    """The registry gives the fifth session no venue: "celebrado en la ciudad de Panamá" is the only one known."""
    assert [(str(v), v.language) for v in _venues(CAC_COSP_2013_18_ES, "CAC_COSP_2013_18_es.txt")] == [
        ("Panamá", "es")]


def test_another_place_is_never_a_described_sessions_venue() -> None:
    """An adversarial variant of the Russian cover: a place that is not the registry's venue ("в Женеве", Geneva,
    for the Vienna session), or one the lexicons do not know to be it, is not written."""
    from mandategraph.ingest.lexicon import same_place

    text = CTOC_COP_2018_13_RU.replace("проведенной в Вене", "проведенной в Женеве")
    assert _venues(text, "CTOC_COP_2018_13_ru.txt") == []
    assert same_place("Вене", "Vienna") and same_place("Viena", "Vienna") and same_place("维也纳", "Vienna")
    assert not same_place("Женеве", "Vienna") and not same_place("Viennese", "Vienna")


# tests/ingest_eval/untouched/UNEP_CBD_BS_COP-MOP_7_6_Add.3_es.txt, its flattened masthead: the session line, then the
# venue with its country, a name of several words joined by "de", then the session's dates
COP_MOP_7_6_ADD_3_ES = (
    "1 CBD CONFERENCIA DE LAS PARTES EN EL CONVENIO SOBRE LA DIVERSIDAD BIOLÓGICA QUE ACTÚA COMO REUNIÓN DE LAS "
    "PARTES EN EL PROTOCOLO DE CARTAGENA SOBRE SEGURIDAD DE LA BIOTECNOLOGÍA Séptima reunión Pyeongchang, República "
    "de Corea, 29 de septiembre - 3 de octubre de 2014 Tema 8 del programa provisional * Distr. GENERAL "
    "UNEP/CBD/BS/COP-MOP/7/6/Add.3 20 de agosto de 2014 ESPAÑOL ORIGINAL: INGLÉS\n")


def test_a_venues_country_of_several_words_joined_by_a_particle_is_set_apart() -> None:
    """"Pyeongchang, República de Corea, 29 de septiembre ...": the venue is the place before the country, whose
    words "de" joins."""
    from tests.ingest_covers import cover_of

    cover = cover_of(COP_MOP_7_6_ADD_3_ES)
    assert cover.session_number == 7 and cover.venue == "Pyeongchang"
    assert cover.dates is not None and (cover.dates.start.isoformat(), cover.dates.end.isoformat()) == (
        "2014-09-29", "2014-10-03")


# tests/ingest_eval/untouched/ECE_TRANS_WP.1_163.txt: its flattened cover prints the session's month alone ("Geneva,
# March 2018"); the report's first paragraph gives the period
ECE_TRANS_WP_1_163 = (
    "1 United Nations Economic and Social Council ECE/TRANS/WP.1/163 Distr.: General 11 April 2018 Original: English "
    "Economic Commission for Europe Inland Transport Committee Global Forum for Road Traffic Safety Seventy-sixth "
    "session Geneva, March 2018 Contents Report of the Global Forum for Road Traffic Safety on its seventy-sixth "
    "session Paragraphs I. Attendance II. Adoption of the agenda (agenda item 1) III. Activities\n\n"
    "3 I. Attendance 1. The Global Forum for Road Traffic Safety (WP.1) held its seventy-sixth session in Geneva from "
    "19 to 23 March 2018, chaired by Ms. L. Iorio (Italy). Representatives of the following ECE member States "
    "participated: Austria, Belgium, Canada\n")


def _dates(text: str, name: str) -> list[tuple[str, str]]:
    result = ingest_bytes(text.encode(), name, Registry.load(ROOT / "data" / "curated"))
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    return [(str(result.graph.value(session, MG.startDate)), str(result.graph.value(session, MG.endDate)))]


def test_the_period_of_the_covers_session_held_is_its_dates() -> None:
    """"held its seventy-sixth session in Geneva from 19 to 23 March 2018", the session the cover numbers, of the body
    the cover names: its dates."""
    assert _dates(ECE_TRANS_WP_1_163, "ECE_TRANS_WP.1_163.txt") == [("2018-03-19", "2018-03-23")]


def test_another_sessions_period_held_is_not_the_covers() -> None:
    """Adversarial variants: another session's number, or a body the cover does not name ("The Executive Committee of
    the Organization held its seventy-sixth session"), leaves the dates unknown."""
    other = ECE_TRANS_WP_1_163.replace("held its seventy-sixth session", "held its seventy-fifth session")
    assert _dates(other, "ECE_TRANS_WP.1_163.txt") == [("None", "None")]
    body = ECE_TRANS_WP_1_163.replace("The Global Forum for Road Traffic Safety (WP.1) held",
                                      "The Executive Committee of the Organization held")
    assert _dates(body, "ECE_TRANS_WP.1_163.txt") == [("None", "None")]
