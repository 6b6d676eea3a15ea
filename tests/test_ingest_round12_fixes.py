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


# ------------------------------------------------------------------------------------ a Main Committee's report

# The layout of the Sixth Committee's report A/67/463 (no open-set text prints it; the reviewer's probe, REVIEW-r12.md,
# "Latent"): the Assembly's masthead, the agenda item's heading, the item's title (the International Law Commission's
# report on its session), then the Committee's own report title and its rapporteur
A_67_463 = """United Nations A/67/463

General Assembly Distr.: General

16 November 2012

Original: English

Sixty-seventh session

Agenda item 79

Report of the International Law Commission on the work of its sixty-fourth session

Report of the Sixth Committee

Rapporteur: Mr. Jon Doe (Country)

I. Introduction

1. At its 2nd plenary meeting, on 21 September 2012, the General Assembly, on the recommendation of the General \
Committee, decided to include in the agenda of its sixty-seventh session the item entitled "Report of the \
International Law Commission on the work of its sixty-fourth session" and to allocate it to the Sixth Committee.
"""


def _session_of(text: str, name: str) -> list[str]:
    result = ingested(text, name)
    return sorted(str(s).split("/id/", 1)[1] for s in result.graph.objects(result.document, MG.forSession))


def test_an_items_title_is_not_the_documents_organ() -> None:
    assert bodies_of(A_67_463, "A_67_463.txt") == ["ga"]
    assert _session_of(A_67_463, "A_67_463.txt") == ["session/ga/67"]


def test_either_sign_of_an_items_title_is_enough() -> None:
    under_heading = A_67_463.replace("Report of the Sixth Committee\n\n", "")
    over_own_title = A_67_463.replace("Agenda item 79\n\n", "")
    assert bodies_of(under_heading, "A_67_463.txt") == ["ga"]
    assert bodies_of(over_own_title, "A_67_463.txt") == ["ga"]


# The layout of the International Law Commission's report in the Assembly's Official Records (A/67/10; its chapter VIII
# on a study site is tests/ingest_eval/unread/A_67_10_ch8_ru.txt, which prints no masthead): the Assembly's session
# line over the Commission's report on its own session. The report is the Commission's; "Sixty-seventh session" is the
# Assembly's, never the Commission's 67th
A_67_10 = """United Nations A/67/10

General Assembly Distr.: General

16 August 2012

Original: English

Sixty-seventh session

Report of the International Law Commission on the work of its sixty-fourth session

1. The International Law Commission held the first part of its sixty-fourth session from 7 May to 1 June 2012.
"""


def test_the_assemblys_session_is_never_another_organs() -> None:
    assert bodies_of(A_67_10, "A_67_10.txt") == ["a-cn4"]
    assert "session/a-cn4/67" not in _session_of(A_67_10, "A_67_10.txt")


def test_a_compound_ordinal_is_never_read_from_its_last_half() -> None:
    """"2012 Sixty-fourth session" (a date's year run into a flattened cover's session line, as
    tests/ingest_eval/pristine/WMO_EC-64_*.txt prints its cover): the session is the sixty-fourth or none, never the
    "fourth" after the hyphen."""
    from mandategraph.ingest.masthead import _SESSION

    assert _SESSION.search("Geneva, 25 June-3 July 2012 Sixty-fourth session") is None
    found = _SESSION.search("Executive Council Sixty-fourth session")
    assert found is not None and found["ord"] == "Sixty-fourth"
