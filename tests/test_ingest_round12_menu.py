"""Twelfth round (recall, no wrong fact): texts the ingester refused or misread for their site's page chrome.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/, the
open sets) and its ``source:`` line; each test fails on the ingester before the rule.
"""

from __future__ import annotations

from mandategraph.ingest import series
from mandategraph.ingest.patterns import LOCAL_SESSION
from mandategraph.namespaces import MG, RDF
from tests.ingest_covers import bodies_of, cover_of, ingested, titles

# -------------------------------------------------------------------- the ILO Governing Body's "278.a reunión" line

# tests/ingest_eval/unread/GB.278_205_es.txt
# source: http://ilo.org/public/spanish/standards/relm/gb/refs/rodp278.htm
GB_278_205 = """La OIT es una agencia especializada de lasNaciones Unidas
ILO-es-strap

GB.278/205
278.a reunión Ginebra
junio de 2000


Repertorio de Decisiones

Este Repertorio es un documento preliminar de trabajo para uso de los miembros del Consejo de Administración y los \
funcionarios de la Oficina. En él se reproducen únicamente las decisiones del Consejo de Administración.
"""


def test_the_ilo_governing_body_is_a_series_numbered_by_session() -> None:
    gb = series.series_of("GB")
    assert gb is not None and gb.numbered_by_session and gb.organization == "ILO"
    assert "OIT" in series.organizations()["ILO"]


def test_an_ordinal_with_a_plain_a_after_its_full_stop_is_a_session_line() -> None:
    m = LOCAL_SESSION.search("278.a reunión Ginebra")
    assert m is not None and m["ord"] == "278.a"
    assert LOCAL_SESSION.search("del 6 a reunión") is None  # no full stop: "a" is no ordinal's ending


def test_a_session_line_with_its_venue_run_on_is_never_the_title() -> None:
    cover = cover_of(GB_278_205)
    assert cover.session_number == 278
    assert cover.venue == "Ginebra"
    assert cover.title is not None and cover.title.text == "Repertorio de Decisiones"  # never "junio de 2000"
    assert all("reunión" not in t for t in titles(GB_278_205, "GB.278_205_es.txt"))


def test_the_governing_bodys_document_is_the_governing_bodys() -> None:
    assert bodies_of(GB_278_205, "GB.278_205_es.txt") == ["ilo-gb"]


# ------------------------------------------------------------------------ a UN agency's site menu over the paper

# tests/ingest_eval/unread/EC_46_SC_CRP.27_fr.txt
# source: https://www.unhcr.org/fr/%C3%A9ditions/projet-de-rapport-de-la-reunion-des-10-et-11-avril-1996-du-comite-permanent
EC_46_SC_CRP_27 = """Fermer sites icon close
Search form

Recherchez un site de pays.

Profil du pays

Site web du pays

Projet de rapport de la réunion des 10 et 11 avril 1996 du comité permanent

Réunions du Comité exécutif

Projet de rapport de la réunion des 10 et 11 avril 1996 du comité permanent
EC/46/SC/CRP.27

28 Mai 1996

PROJET DE RAPPORT DE LA REUNION DES 10 ET 11 AVRIL 1996 DU COMITE PERMANENT

I. INTRODUCTION

1. La deuxième réunion du Comité permanent du Comité exécutif est ouverte par le Vice-Président du Comité exécutif.
"""

# tests/ingest_eval/unread/EC_46_SC_CRP.42_fr.txt (the same site): the site's label under the date, the title in
# capitals over two lines
EC_46_SC_CRP_42 = EC_46_SC_CRP_27.split("Projet de rapport", 1)[0] + """\
Projet de rapport de la troisième réunion du comité permanent (25-27 juin 1996)

Réunions du Comité exécutif

Projet de rapport de la troisième réunion du comité permanent (25-27 juin 1996)
EC/46/SC/CRP.42

22 Août 1996

Description : 4ème réunion

PROJET DE RAPPORT DE LA TROISIEME REUNION DU COMITE PERMANENT
(25-27 JUIN 1996)

I. INTRODUCTION
"""


def test_a_sites_menu_is_page_chrome_and_the_paper_is_read() -> None:
    cover = cover_of(EC_46_SC_CRP_27)
    assert cover.symbol is not None and cover.symbol.text == "EC/46/SC/CRP.27"
    assert cover.distribution_date is not None and cover.distribution_date.isoformat() == "1996-05-28"


def test_a_title_in_capitals_is_the_pages_line_with_its_accents() -> None:
    assert titles(EC_46_SC_CRP_27, "EC_46_SC_CRP.27_fr.txt") == [
        "Projet de rapport de la réunion des 10 et 11 avril 1996 du comité permanent"]
    assert titles(EC_46_SC_CRP_42, "EC_46_SC_CRP.42_fr.txt") == [
        "Projet de rapport de la troisième réunion du comité permanent (25-27 juin 1996)"]
    assert cover_of(EC_46_SC_CRP_42).session_number != 4  # the site's label "4ème réunion" is no session line


def test_an_organ_after_the_session_in_a_series_not_known_is_not_the_series_body() -> None:
    assert bodies_of(EC_46_SC_CRP_27, "EC_46_SC_CRP.27_fr.txt") == []  # never "ec", the Executive Committee


def test_a_draft_report_circulated_as_a_conference_room_paper_is_a_report() -> None:
    result = ingested(EC_46_SC_CRP_27, "EC_46_SC_CRP.27_fr.txt")
    types = set(result.graph.objects(result.document, RDF.type))
    assert MG.Report in types and MG.ConferenceRoomPaper not in types


def test_a_title_in_capitals_of_another_script_is_not_replaced_by_any_line_before_it() -> None:
    """Made up in the layout of a Russian mirror's page (its share button over the masthead): the capitals title
    "ДОКЛАД КОМИТЕТА" keeps its letters when its accents are compared, so the page's "Поделиться ссылкой" (a share
    button, other words) is never taken for the same title in small letters. The accented copy of a French title in
    capitals (EC_46_SC_CRP.27_fr above) is still taken."""
    from mandategraph.ingest.cover import parse_cover

    text = ("Поделиться ссылкой\n\nUnited Nations A/AC.105/1000\nGeneral Assembly Distr.: General\n12 February 2020\n"
            "Russian\nOriginal: English\n\nДОКЛАД КОМИТЕТА\n")
    title = parse_cover(text).title
    assert title is not None and title.text == "ДОКЛАД КОМИТЕТА"
