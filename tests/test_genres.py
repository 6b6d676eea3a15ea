"""The genre registry: one class per genre, listed once; a document goes to the genre with the
strongest evidence; a text of no known genre has only its cover read."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.genres import GENRES, Evidence, genre_named
from mandategraph.ingest.genres.unknown import UnknownGenre
from mandategraph.namespaces import MG
from tests.regen_ingest_golden import SOURCES, ingest

ROOT = Path(__file__).resolve().parents[1]


def test_every_genre_is_listed_once_with_its_own_kind() -> None:
    kinds = [g.kind for g in GENRES]
    assert len(kinds) == len(set(kinds))
    assert {"agenda", "note", "background paper", "report", "resolution", "decisions", "document"} <= set(kinds)
    assert isinstance(GENRES[-1], UnknownGenre)  # the fallback is tried last
    for kind in kinds:
        assert genre_named(kind).kind == kind


@pytest.mark.parametrize(("name", "kind"), [
    ("CMW_C_19_1.txt", "agenda"),
    ("CAC_COSP_2021_3.txt", "note"),
    ("CTOC_COP_WG.4_2010_4.txt", "background paper"),
    ("CTOC_COP_2008_19.txt", "report"),
    ("COP_resolution_9_1.txt", "resolution"),
    ("CTOC_COP_session2_decisions.txt", "decisions"),
    ("COP6_2012_programme.txt", "programme"),
])
def test_corpus_texts_get_their_genre(name: str, kind: str) -> None:
    assert ingest(SOURCES / name).kind == kind


def test_scores_are_ordered_by_strength_of_evidence() -> None:
    order = [Evidence.NONE, Evidence.FALLBACK, Evidence.STRUCTURE, Evidence.TITLE, Evidence.KIND_LINE,
             Evidence.LAYOUT, Evidence.SERIES]
    assert order == sorted(order)


# A statement (no genre the ingester knows) whose prose cites a resolution: the cover is read, the
# prose is not (today's reader filed such texts as "document" and read their citations as if it knew
# what the text does with them).
STATEMENT = """United Nations
CTOC/COP/2020/9
Distr.: General
3 August 2020
Original: English

Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Tenth session
Vienna, 12-16 October 2020

Statement by the President of the Conference

1. In its resolution 9/1, the Conference decided to establish the review mechanism, and the
President recalls that resolution in this statement.
"""


def test_a_text_of_unknown_genre_has_only_its_cover_read() -> None:
    reg = Registry.load(ROOT / "data" / "curated")
    result = ingest_bytes(STATEMENT.encode(), "statement.txt", reg)
    assert result.kind == "document"
    g = result.graph
    assert (result.document, None, None) in g
    assert not list(g.subjects(MG.linkProperty, None)), "no links read from the prose of an unknown genre"
    assert any("genre of the text was not recognised" in n for n in result.not_read)
