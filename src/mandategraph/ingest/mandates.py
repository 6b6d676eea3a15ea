"""The texts of resolutions and decisions.

A text opens with its body ("The Conference of the Parties to ...,"), then preambular paragraphs
("Recalling its resolutions 5/1 of 22 October 2010, ...", each a citation with its date and the
action "recalls"), then operative paragraphs ("1. Decides ...", "(a) Noted ..."), each an
``mg:Provision`` of the mandate with its action (an ``mg:Action`` concept) and its words.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import citations
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.mandate_layout import ListedMandate, mandate_texts
from mandategraph.ingest.papers import read_sentence
from mandategraph.ingest.paragraphs import paragraphs
from mandategraph.ingest.reports import paragraph_number
from mandategraph.ingest.resolve import Context, numbered
from mandategraph.ingest.text import Gap, Span, clean_title, fold, near_gap, sentences
from mandategraph.namespaces import DCTERMS, MG, RDF, SKOS

_OPENER = re.compile(r"^The\s+(?P<body>(?:Conference|Commission|Committee|General\s+Assembly|Council|"
                     r"Working\s+Group|Meeting)\b[^,:;]*?)\s*(?P<end>[,:]|$|\s+(?P<verb>[a-z]+s)\b)")
_PREAMBLE_WORD = re.compile(r"^(?:[A-Z][a-z]+ing\b|(?:Deeply|Gravely|Seriously|Firmly|Fully|Further|Also)\s+"
                            r"[a-z]+\b|Concerned\b|Convinced\b|Mindful\b|Aware\b|Conscious\b|Determined\b|"
                            r"Alarmed\b|Guided\b|Encouraged\b|Cognizant\b|Bearing\s+in\s+mind\b|Having\b)")


def read_mandate_texts(out: Emitter, ctx: Context, text: str, start: int,
                       listed: list[ListedMandate], gaps: tuple[Gap, ...], language: str,
                       whole_title: dict[tuple[str, int, int], Span] | None = None) -> list[tuple[int, int]]:
    """Emit what each resolution or decision text says; return the spans read."""
    read: list[tuple[int, int]] = []
    for kind, s, n, head, body_start, stop in mandate_texts(text, start, listed):
        node = numbered(ctx, out, kind, ctx.conference, s, n)
        out.link(out.document, MG.cites, node, head, f"heading of the text of {kind} {s}/{n}")
        if body_start > head.end and language in ("en", "und"):
            title_line = text[head.end:body_start].strip()
            if title_line and not near_gap(gaps, body_start, text):
                out.add(node, DCTERMS.title, Literal(clean_title(title_line), lang=language))
        read_text(out, ctx, node, text, body_start, stop, gaps, language, f"{kind} {s}/{n}")
        read.append((head.start, stop))
    return read


def read_text(out: Emitter, ctx: Context, node: URIRef, text: str, start: int, stop: int,
              gaps: tuple[Gap, ...], language: str, name: str) -> None:
    paras = paragraphs(text, start, stop, None, gaps)
    english = language in ("en", "und")
    preamble = 0
    operative_started = False
    current: URIRef | None = None
    for para in paras:
        if para.kind in ("heading", "footnote", "table"):
            continue
        words = para.body.text.strip()
        opener = _OPENER.match(words) if para.kind == "prose" and not operative_started else None
        if opener and english:
            # "The Conference ..., pursuant to article 32 ... of the Convention:" or a one-sentence text
            for sentence in sentences(para.body.text, para.body.start):
                current = read_sentence(out, ctx, node, sentence, f"{name}, opening", language, node,
                                        speaker=node)
            if opener["verb"] and words.endswith("."):
                _provision(out, ctx, node, ("operative", 1), None, para.body, text, gaps, language, name)
                operative_started = True
            continue
        if para.kind == "prose" and not operative_started and _PREAMBLE_WORD.match(words):
            preamble += 1
            for sentence in sentences(para.body.text, para.body.start):
                current = read_sentence(out, ctx, node, sentence, f"preambular paragraph {preamble} of {name}",
                                        language, current)
            continue
        if para.kind in ("numbered", "lettered") and para.number:
            operative_started = True
            _provision(out, ctx, node, ("paragraph", para.number.strip("()")), para.number, para.body, text,
                       gaps, language, name)
            continue
    _ = current


def _provision(out: Emitter, ctx: Context, mandate: URIRef, step: tuple[str, int | str], printed: str | None,
               body: Span, text: str, gaps: tuple[Gap, ...], language: str, name: str) -> URIRef:
    key, value = step
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    node = iri.provision(mandate, (key, value))
    cut = near_gap(gaps, body.end, text) or (not text[body.end:].strip() and not re.search(
        r"[.;:!?)”\"]$", body.text.rstrip()))
    english = language in ("en", "und")
    action = citations.action_of(body.text[:120]) if english else None
    notation = f"paragraph {printed}" if printed else "operative text (unnumbered)"
    where = f"operative {notation} of {name}" if printed else f"{notation} of {name}"
    out.add(node, RDF.type, MG.Provision)
    out.add(node, SKOS.notation, notation)
    if printed:
        out.add(node, MG.paragraphNumber, paragraph_number(printed.rstrip(".")))
    out.add(node, MG.text, Literal(fold(body.text) + (" …" if cut else ""), lang=language))
    if action:
        out.add(node, MG.action, MG[f"action-{action}"])
    if cut:
        out.note(node, "The text of this paragraph is incomplete: the source stops within it.")
    out.link(node, MG.partOf, mandate, Span(body.start, body.end, body.text), where, action)
    if english:
        current: URIRef | None = None
        for sentence in sentences(body.text, body.start):
            current = read_sentence(out, ctx, node, sentence, where, language, current)
    return node
