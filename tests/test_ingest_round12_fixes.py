"""Twelfth round, the review's findings (REVIEW-r12: W1 and the probed risk of 4a64bc4): a flattened cover's several
sessions, and an agenda item's title that is a report's on a session.

Each rule is tested on a short excerpt of a real document, quoted with the file it comes from (tests/ingest_eval/,
the open sets), or on the layout of a real cover where no open-set text prints it (said so beside it); each test
fails on the ingester before the rule, which asserted the wrong session or body named in it.
"""

from __future__ import annotations

from mandategraph.ingest.masthead import dated_session_numbers
from mandategraph.namespaces import MG
from tests.ingest_covers import bodies_of, cover_of, ingested

# ------------------------------------------------------------------------------------ a flattened cover's sessions

# tests/ingest_eval/unread/A_66_48_es.txt (line 4, cut after the contents' heading): the Committee on Migrant Workers'
# report on two sessions, its cover printed twice and flattened onto one line with the Assembly's Official Records
A_66_48_FLAT = (
    "A/66/48 Naciones Unidas Informe del Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y "
    "de sus Familiares 13º período de sesiones (22 de noviembre a 3 de diciembre de 2010) 14º período de sesiones (4 a "
    "8 de abril de 2011) Asamblea General Documentos Oficiales Sexagésimo sexto período de sesiones Suplemento Nº 48 "
    "(A/66/48) Asamblea General Documentos Oficiales Sexagésimo sexto período de sesiones Suplemento Nº 48 Informe del "
    "Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares 13º período de "
    "sesiones (22 de noviembre a 3 de diciembre de 2010) 14º período de sesiones (4 a 8 de abril de 2011) Naciones "
    "Unidas ● Nueva York, 2011 Nota Las signaturas de los documentos de las Naciones Unidas se componen de letras "
    "mayúsculas y cifras. La mención de una de tales signaturas indica que se hace referencia a un documento de las "
    "Naciones Unidas. ii GE.11-44113 A/66/48 Índice I. Cuestiones de organización y otros asuntos"
    "............................................................ Párrafos Página 1–25 1\n")


def test_a_flattened_cover_of_two_sessions_is_of_neither_alone() -> None:
    cover = cover_of(A_66_48_FLAT)
    assert cover.several_sessions
    assert cover.session_number is None and cover.dates is None
    result = ingested(A_66_48_FLAT, "A_66_48_es.txt")
    assert list(result.graph.objects(result.document, MG.forSession)) == []
    assert bodies_of(A_66_48_FLAT, "A_66_48_es.txt") == ["cmw-c"]  # the body stays


def test_only_a_session_field_with_its_dates_counts() -> None:
    # the two sessions with their dates, in the cover's own words (A_66_48_es.txt, line 4)
    assert dated_session_numbers(A_66_48_FLAT, 0, 300) == {13, 14}
    # the Assembly's Official Records line prints no dates: the Assembly's session, no session of the report's
    assert dated_session_numbers("Asamblea General Documentos Oficiales Sexagésimo sexto período de sesiones "
                                 "Suplemento Nº 48 (A/66/48)", 0, 200) == set()
    # a session the prose names, with its place and dates (tests/ingest_eval/dev/HSP_GC_20_1_Add.1.txt, line 48)
    prose = ("The provisional agenda was approved by the Governing Council at its nineteenth session, held in Nairobi "
             "from 5 to 9 May 2003.")
    assert dated_session_numbers(prose, 0, len(prose)) == set()
    # a piece of a hyphenated ordinal after a year (tests/ingest_eval/pristine/
    # WMO_EC-64_abridged_final_report_WMO-No.1092.txt, line 4): never its own session
    wmo = "Geneva 25 June–3 July Executive Council 2012 Sixty-fourth session Geneva, 25 June–3 July 2012 EC-64"
    assert 4 not in dated_session_numbers(wmo, 0, len(wmo))
