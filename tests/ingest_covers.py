"""What the cover tests share: the curated registry, a text's cover or its ingested graph, the bodies a
document is filed under, and the excerpts more than one test file quotes (each with the file it is from)."""

from __future__ import annotations

from pathlib import Path

from mandategraph.ingest import IngestResult, Registry, ingest_bytes
from mandategraph.ingest.cover import Cover, parse_cover
from mandategraph.ingest.text import parse_source
from mandategraph.namespaces import DCTERMS, MG

ROOT = Path(__file__).resolve().parents[1]


def registry() -> Registry:
    return Registry.load(ROOT / "data" / "curated")


def cover_of(text: str) -> Cover:
    return parse_cover(parse_source(text.encode(), "cover.txt").clean, registry())


def ingested(text: str, name: str) -> IngestResult:
    """``text`` ingested as the file ``name`` with the curated registry."""
    return ingest_bytes(text.encode(), name, registry())


def titles(text: str, name: str = "doc.txt") -> list[str]:
    """The titles the ingested ``text``'s document is given (dcterms:title)."""
    result = ingested(text, name)
    return [str(t) for t in result.graph.objects(result.document, DCTERMS.title)]


def bodies_of(text: str, name: str) -> list[str]:
    """The slugs of the bodies the ingested ``text``'s document is filed under (mg:ofBody), sorted."""
    result = ingested(text, name)
    return sorted(str(b).rsplit("/", 1)[-1] for b in result.graph.objects(result.document, MG.ofBody))


# tests/ingest_eval/unseen/A_52_250_fr.txt: the Assembly's web copy of its General Committee's first report: the
# site's link, the symbol with a footnote's mark glued on, the title over four lines, the report's kind line
A_52_250 = """![]() Retour à la page de l'Assemblée générale |
A/52/250(1)
19 septembre 1997
Cinquante-deuxième session
ORGANISATION DE LA CINQUANTE-DEUXIÈME SESSION ORDINAIRE
DE L'ASSEMBLÉE GÉNÉRALE, ADOPTION DE L'ORDRE DU JOUR ET
RÉPARTITION DES QUESTIONS INSCRITES À
L'ORDRE DU JOUR
Premier rapport du Bureau
TABLE DES MATIÈRES
"""
