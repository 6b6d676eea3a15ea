"""Reports of meetings and lists of mandates.

- The recommendations a report says its body adopted: each numbered paragraph of a
  "Recommendations" section is an ``mg:Recommendation`` with its paragraph number and text, adopted
  by the report's body at the session reported on.
- Lists of resolutions and decisions with their titles (a report's contents, a page of decisions):
  each becomes that mandate, numbered, titled as printed, adopted by the body at the session its
  number names.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import citations
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.mandate_layout import ListedMandate
from mandategraph.ingest.paragraphs import Para
from mandategraph.ingest.resolve import Context, issuer_body, mandate, numbered
from mandategraph.ingest.text import Gap, Span, fold, near_gap, sentences
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS, XSD

_REC_SECTION = re.compile(r"\brecommendations?\b|\brecomendaciones\b|\brecommandations?\b|\bрекомендаци",
                          re.IGNORECASE)
_INTRO = re.compile(r"\badopted\s+the\s+(?:following\s+)?recommendations?\b|\brecommendations?\s+(?:below|"
                    r"set\s+out\s+below|that\s+follow)|\bfollowing\s+recommendations\b", re.IGNORECASE)


def paragraph_number(number: str) -> Literal:
    """A paragraph number as printed: an integer when it is one, else the printed marker."""
    return Literal(int(number), datatype=XSD.integer) if number.isdigit() else Literal(number)


def read_recommendations(out: Emitter, ctx: Context, paras: list[Para], session: URIRef | None,
                         text: str, gaps: tuple[Gap, ...], symbol: str | None) -> list[tuple[int, int]]:
    """Emit the recommendations of a report; return the spans read (so prose reading skips them)."""
    if session is None:
        return []
    key = str(session).rstrip("/").rsplit("/", 1)[-1]
    body = ctx.body
    read: list[tuple[int, int]] = []
    number: str | None = None  # the numbered paragraph a lettered recommendation belongs to
    for para in paras:
        section = para.section or ""
        if para.kind == "numbered":
            number = para.number
        if not _REC_SECTION.search(section) or para.number is None:
            continue
        if para.kind == "numbered":
            if _INTRO.search(para.body.text) or para.body.text.rstrip().endswith(":"):
                continue  # "The Working Group adopted the following recommendations:"
            printed = para.number
        elif para.kind == "lettered" and number is not None:
            printed = f"{number} {para.number}"  # "10 (a)"
        else:
            continue
        node = iri.recommendation(body, key, printed)
        cut = near_gap(gaps, para.span.end, text) or not text[para.span.end:].strip() and \
            not re.search(r"[.;:!?)”\"]$", para.span.text.rstrip())
        words = fold(para.body.text)
        out.add(node, RDF.type, MG.Recommendation)
        out.add(node, MG.adoptedBy, iri.body(body))
        out.add(node, MG.adoptedAt, session)
        out.add(node, MG.paragraphNumber, paragraph_number(printed))
        out.add(node, MG.text, Literal(words + (" …" if cut else ""), lang="en"))
        label = f"recommendation in paragraph {printed}" + (f" of {symbol}" if symbol else "")
        out.add(node, RDFS.label, Literal(label, lang="en"))
        if para.subsection and para.subsection != section:
            out.add(node, SKOS.scopeNote, Literal(f"Under the heading \"{fold(para.subsection)}\".", lang="en"))
        if cut:
            out.note(node, "The text of this recommendation is incomplete: the source stops within it.")
        out.link(out.document, MG.cites, node, para.span, f"paragraph {printed}")
        for sentence in sentences(para.body.text, para.body.start):
            for cited in citations.find_citations(sentence.text):
                target = mandate(ctx, cited, out)
                if target is not None:
                    out.link(node, MG.cites, target, sentence, f"paragraph {printed}",
                             citations.action_of(sentence.text))
        read.append((para.span.start, para.span.end))
    return read


def read_mandate_list(out: Emitter, ctx: Context, listed: list[ListedMandate], language: str,
                      where: str) -> list[URIRef]:
    """The resolutions and decisions a list names, with their titles as printed."""
    nodes = []
    for lm in listed:
        body: str | None = lm.issuer or ctx.conference
        if lm.issuer is None and lm.session >= _FIRST_YEAR:
            # numbered by the year ("2003/1"): whose, as a citation of it is read (the organ above a body that numbers
            # by session, "decision 2011/259" in a Commission's text; unknown when the words cannot say)
            body = issuer_body(ctx, citations.Citation(lm.kind, (lm.span.start, lm.span.end), lm.span.text,
                                                       session=lm.session, number=lm.number))
        if body is None:
            continue
        node = numbered(ctx, out, lm.kind, body, lm.session, lm.number)
        if lm.title:
            out.add(node, DCTERMS.title, Literal(lm.title, lang=language))
        elif lm.cut:
            out.note(node, f"Its title in {out.source.name} is cut off; it was not read.")
        span = Span(lm.span.start, lm.span.end, lm.span.text)
        out.link(out.document, MG.cites, node, span, where)
        nodes.append(node)
    return nodes


_FIRST_YEAR = 1900
"""A list entry's session part this large is a year ("2003/1"), not a session number."""
