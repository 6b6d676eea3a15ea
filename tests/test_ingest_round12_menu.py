"""Twelfth round (recall, no wrong fact): texts the ingester refused or misread for their site's page chrome.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/, the
open sets) and its ``source:`` line; each test fails on the ingester before the rule.
"""

from __future__ import annotations

from mandategraph.ingest import series
from mandategraph.ingest.patterns import LOCAL_SESSION
from tests.ingest_covers import bodies_of, cover_of, titles

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
    assert all("reunión" not in t for t in titles(GB_278_205, "GB.278_205_es.txt"))


def test_the_governing_bodys_document_is_the_governing_bodys() -> None:
    assert bodies_of(GB_278_205, "GB.278_205_es.txt") == ["ilo-gb"]
