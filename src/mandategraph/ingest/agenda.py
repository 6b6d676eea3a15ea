"""Reading a provisional agenda: its items, the annotation of each, the mandates that ground each
item (with the sentence that says so), the documents before the meeting, the organization of work."""

from __future__ import annotations

import re
from datetime import date

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import citations, structure
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.resolve import Context, mandate
from mandategraph.ingest.symbols import Symbol
from mandategraph.ingest.text import Span, sentences
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS, XSD

PROCEDURAL = re.compile(
    r"^(?:opening of the (?:session|meeting)|organizational matters|adoption of the agenda|"
    r"election of (?:officers|the)|other matters|adoption of the report|closing of the|"
    r"attendance|credentials)", re.IGNORECASE)
_LEAD = re.compile(r"^\s*(?:In|By|Through)\s+(?:its|their)\s+(?:resolutions?|decisions?)\b")
_ACCORDANCE = re.compile(r"(?:in accordance with|pursuant to|in line with|as requested (?:in|by))\s+"
                         r"(?:\w+\s+){0,3}(?:resolution|decision)", re.IGNORECASE)
_CONTINUES = re.compile(r"continu\w+\s+(?:to\s+)?(?:perform|carry\s+out|exercise)?[^.;]*?"
                        r"(?:set\s+(?:forth|out)\s+in|established\s+(?:in|by)|under)\s+"
                        r"(?:\w+\s+){0,2}(?:resolution|decision)", re.IGNORECASE)
_ENTITLED = re.compile(r"(?:resolution|decision)\s+(\d+/\d+),\s+entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
_AGENDA_FOR = re.compile(r"agenda\s+for\s+the\s+(?P<ord>" + citations.ORDINAL + r")\s+(?:session|meeting)",
                         re.IGNORECASE)
_MEETING = re.compile(r"\b(?P<ord>" + citations.ORDINAL + r")\s+meeting\b", re.IGNORECASE)


def read_agenda(out: Emitter, ctx: Context, cover: structure.Cover, text: str,
                session: URIRef) -> dict[str, URIRef]:
    """Emit the items of the agenda in ``text``; return their IRIs by notation."""
    after = cover.title.end if cover.title else 0
    entries, list_end = structure.parse_agenda_items(text, after)
    items: dict[str, URIRef] = {}
    for entry in entries:
        node = iri.item(session, entry.notation)
        items[entry.notation] = node
        out.add(node, RDF.type, MG.AgendaItem)
        out.add(node, SKOS.notation, entry.notation)
        out.add(node, DCTERMS.title, Literal(entry.title, lang="en"))
        out.add(node, MG.order, entry.order)
        out.add(node, MG.onAgenda, out.document)
        out.add(node, MG.forSession, session)
        if entry.letter:
            out.add(node, MG.subItemOf, items[entry.number])
    for entry in entries:
        subs = [e for e in entries if e.letter and e.number == entry.notation]
        procedural = bool(PROCEDURAL.match(entry.title)) or (
            bool(subs) and all(PROCEDURAL.match(e.title) for e in subs))
        out.add(items[entry.notation], MG.isProcedural, procedural)

    annotations = {a.notation: a for a in structure.parse_annotations(text, entries, list_end)}
    for entry in entries:
        node = items[entry.notation]
        ann = annotations.get(entry.notation)
        if ann is None:
            out.add(node, SKOS.editorialNote, Literal(
                "The text prints no annotation for this item.", lang="en"))
            continue
        if ann.text is not None:
            out.add(node, MG.annotation, Literal(ann.text.quote, lang="en"))
            _ground(out, ctx, node, entry.notation, ann.text)
        for title, symbol, span in ann.documentation:
            doc = iri.document(symbol)
            out.add(doc, RDF.type, document_kind(title, Symbol(symbol)))
            out.add(doc, DCTERMS.identifier, symbol)
            out.add(doc, DCTERMS.title, Literal(title, lang="en"))
            out.add(doc, MG.forSession, session)
            out.link(node, MG.documentedBy, doc, span, f"documentation of item {entry.notation}")
    return items


def document_kind(title: str, symbol: Symbol) -> URIRef:
    """The document class from its series and how it is described."""
    low = title.lower()
    if symbol.series == "CRP" or "conference room paper" in low:
        return MG.ConferenceRoomPaper
    if symbol.series == "INF":
        return MG.InformationPaper
    if "agenda" in low:
        return MG.Agenda
    if "background paper" in low:
        return MG.BackgroundPaper
    if "report" in low:
        return MG.Report
    if low.startswith("note"):
        return MG.Note
    return MG.Document


def _ground(out: Emitter, ctx: Context, item: URIRef, notation: str, text: Span) -> None:
    """Find what grounds one item in its annotation, sentence by sentence.

    - a recommendation "that the next meeting focus on ..." grounds the item, and the resolution
      the paragraph speaks of acts on it;
    - otherwise a resolution or decision that leads a sentence ("In its resolution 6/3, ...") grounds
      it, as does one the item's work is done "in accordance with", and an agreement of a body;
    - "continue to perform the functions set forth in resolution 5/3" is a continues link;
    - every other mandate mentioned is cited by the agenda.
    """
    where = f"annotation to item {notation}"
    spans = sentences(text.text, text.start)
    focus_anywhere = any(_focus(c) for s in spans for c in citations.find_citations(s.text))
    current: URIRef | None = None
    for sentence in spans:
        m = _MEETING.search(sentence.text)
        if m:
            ctx.meeting = citations.ordinal(m["ord"])
        found = citations.find_citations(sentence.text)
        action = citations.action_of(sentence.text)
        lead = bool(_LEAD.match(sentence.text))
        for i, cited in enumerate(found):
            node = mandate(ctx, cited, out)
            if node is None:
                continue
            _title(out, sentence, cited, node)
            if cited.kind == "recommendation" and _focus(cited):
                out.link(item, MG.groundedIn, node, sentence, where, action)
                if current is not None:
                    out.link(current, MG.actsOn, node, sentence, where, action)
            elif cited.kind in ("resolution", "decision") and lead and i == 0:
                current = node
                if focus_anywhere:  # the recommendation it acted on grounds the item
                    out.link(out.document, MG.cites, node, sentence, where, action)
                else:
                    out.link(item, MG.groundedIn, node, sentence, where, action)
            elif cited.kind in ("resolution", "decision") and current is not None and _CONTINUES.search(
                    sentence.text[: cited.span[1]]):
                out.link(current, MG.continues, node, sentence, where, "decides")
            elif cited.kind in ("resolution", "decision") and _ACCORDANCE.search(sentence.text):
                out.link(item, MG.groundedIn, node, sentence, where, action)
            elif cited.kind == "agreement":
                out.link(item, MG.groundedIn, node, sentence, where, "agrees")
            else:
                out.link(out.document, MG.cites, node, sentence, where, action)


def _focus(cited: citations.Citation) -> bool:
    """A recommendation that the next meeting focus on a topic: that topic is an agenda item."""
    return cited.kind == "recommendation" and bool(re.search(r"\bfocus", cited.text, re.I))


def _title(out: Emitter, sentence: Span, cited: citations.Citation, node: URIRef) -> None:
    m = _ENTITLED.search(sentence.text)
    if m and cited.session is not None and m.group(1) == f"{cited.session}/{cited.number}":
        out.add(node, DCTERMS.title, Literal(m["title"], lang="en"))


def session_number(text: str) -> int | None:
    m = _AGENDA_FOR.search(text)
    return citations.ordinal(m["ord"]) if m else None


def schedule(out: Emitter, text: str, session: URIRef, items: dict[str, URIRef], start: date) -> None:
    """The organization of work as schedule slots covering items."""
    for n, slot in enumerate(structure.parse_organization_of_work(text, start.year), start=1):
        node = iri.slot(session, n)
        out.add(node, RDF.type, MG.ScheduleSlot)
        out.add(node, MG.slotOf, session)
        out.add(node, RDFS.label, Literal(f"{slot.day.isoformat()} {slot.start}-{slot.end}"))
        out.add(node, MG.start, Literal(f"{slot.day.isoformat()}T{slot.start}:00", datatype=XSD.dateTime))
        out.add(node, MG.end, Literal(f"{slot.day.isoformat()}T{slot.end}:00", datatype=XSD.dateTime))
        for notation in slot.notations:
            if notation in items:
                out.add(node, MG.covers, items[notation])
