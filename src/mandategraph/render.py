"""A trace as text (an indented tree a legal officer can paste into a memo, its sources and notes as
numbered footnotes) and as JSON (every label with its language, every presumed fact marked)."""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from mandategraph.label import DEFAULT_LANG, PRESUMED, inferred_from_report, presumed
from mandategraph.namespaces import ID
from mandategraph.network import Evidence
from mandategraph.trace import AgendaTrace, Hop, Meeting, Node, Paper, Slot, Trace

if TYPE_CHECKING:
    from mandategraph.impact import Impact

FLAG = {"disputed": "DISPUTED", "unverified": "UNVERIFIED", "verified": "verified",
        "asserted": "asserted"}
NO_SOURCE = "no source states this link"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _name(node: Node, lang: str = DEFAULT_LANG) -> str:
    title = node.shown_title(lang)
    return presumed(f"{node.label}{f' — {title}' if title else ''}", node.status)


def human_date(iso: str | None) -> str | None:
    """"2013-11-11" -> "11 November 2013" (anything else is returned as it is)."""
    if not iso:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{int(m[3])} {_MONTHS[int(m[2]) - 1]} {m[1]}" if m else iso


def date_range(start: str | None, end: str | None) -> str | None:
    """"11-13 November 2013", "30 May-1 June 2012", "28 June 2004-8 July 2004"."""
    a, b = human_date(start), human_date(end)
    if not a or not b or a == b:
        return a or b
    (da, ma, ya), (db, mb, yb) = a.split(" "), b.split(" ")
    if ya == yb and ma == mb:
        return f"{da}-{db} {mb} {yb}"
    if ya == yb:
        return f"{da} {ma}-{db} {mb} {yb}"
    return f"{a}-{b}"


def meeting_line(meeting: Meeting | None) -> str:
    """"Working Group on the Smuggling of Migrants, meeting 2, Vienna, 11-13 November 2013"."""
    if meeting is None:
        return "meeting not known (no session in the graph for this item)"
    parts = [meeting.label or meeting.body or meeting.iri]
    if meeting.label and meeting.body and meeting.body not in meeting.label:
        parts.append(meeting.body)
    if meeting.number and not meeting.label:
        parts.append(f"session {meeting.number}")
    parts += [x for x in (meeting.venue, date_range(meeting.start, meeting.end)) if x]
    return presumed(", ".join(parts), meeting.status)


def slot_text(slot: Slot) -> str:
    """"11 November 2013, 10:00-13:00"."""
    start, end = slot.start or "", slot.end or ""
    if start[:10] and len(start) > 10:
        day = human_date(start[:10])
        return f"{day}, {start[11:16]}" + (f"-{end[11:16]}" if end[:10] == start[:10] else f" to {end}")
    return slot.label or slot.iri


def paper_text(paper: Paper, lang: str) -> str:
    title = paper.title.shown(lang) if paper.title else None
    return presumed(paper.name + (f" — {title}" if title else ""), paper.status)


class Notes:
    """Footnotes of a trace: each text once, numbered in the order first cited."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def ref(self, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f"[{self.texts.index(text) + 1}]"

    def lines(self, width: int) -> list[str]:
        if not self.texts:
            return []
        out = ["", "Notes"]
        for n, text in enumerate(self.texts, 1):
            out.append(textwrap.fill(text, width=width, initial_indent=f"  [{n}] ",
                                     subsequent_indent=" " * (len(str(n)) + 5),
                                     break_on_hyphens=False, break_long_words=False))  # addresses whole
        return out


def _source_text(source: str) -> str:
    """A source as people cite it: our own document IRIs as symbols, web addresses as they are."""
    if source.startswith(f"{ID}doc/"):
        return source.removeprefix(f"{ID}doc/")
    return source


def _plain(text: str) -> str:
    """Editorial notes in plain words: the RDF terms curators wrote become what they mean."""
    for term, words in _PLAIN:
        text = text.replace(term, words)
    return re.sub(r"\bmgid:(\S+?)([.;,)]?(\s|$))", lambda m: f"{ID}{m[1]}{m[2]}", text)


_PLAIN = (("The eli:based_on links", "The links 'based on'"), ("eli:based_on", "'based on'"),
          ("mg:establishes", "'establishes'"), ("mg:continues", "'continues'"),
          ("(skos:scopeNote @ru)", "(in Russian)"), ("skos:scopeNote", "scope note"),
          ("dcterms:identifier", "symbol"),
          ("dcterms:title", "title"), ("mg:", ""))


def _evidence_lines(hop: Hop, indent: str, notes: Notes, quoted: set[str], width: int,
                    lang: str, papers: dict[str, Paper]) -> list[str]:
    """Where one link comes from: its quote (once per trace) and document, or the source that states
    it, or that no source states it; sources and notes become footnote marks."""
    lines: list[str] = []
    named: list[str] = []  # documents that name the link without a quote (a provision of a treaty)
    reviews = [e for e in hop.evidence if _is_review(e)]
    stated = [e for e in hop.evidence if (e.quote or e.document or e.sources) and e not in reviews]
    for ev in reviews:  # a curator's judgement of the link: its source is what conflicts with it
        note = notes.ref(_plain(ev.note)) if ev.note else ""
        refs = "".join(notes.ref(f"Source the curator weighed: {_source_text(src)}") for src in ev.sources)
        lines.append(f"{indent}{FLAG.get(ev.status, ev.status)} by the curator{note}{refs}")
    for ev in stated:
        refs = "".join(notes.ref(f"Source of this link: {_source_text(src)}") for src in ev.sources
                       if _source_text(src) != ev.document)
        if ev.note:
            refs += notes.ref(_plain(f"{FLAG.get(ev.status, ev.status)}: {ev.note}"
                                     if ev.status in ("disputed", "unverified") else ev.note))
        where = ", ".join(x for x in (_doc_name(ev.document, papers, ev.page), ev.paragraph) if x) or "source"
        if ev.quote and ev.quote not in quoted:
            quoted.add(ev.quote)
            lines.append(textwrap.fill(f"\u201c{ev.quote}\u201d", width=max(40, width - len(indent)),
                                       initial_indent=indent, subsequent_indent=indent + " "))
            lines.append(f"{indent}\u2014 {where}{refs}")
        elif ev.quote:
            lines.append(f"{indent}(the words quoted above) \u2014 {where}{refs}")
        elif ev.document:
            named.append(where + refs)
        else:
            lines.append(f"{indent}stated in a source{refs}")
    if named:
        lines.append(textwrap.fill("named in " + ", ".join(named), width=max(40, width - len(indent)),
                                   initial_indent=indent, subsequent_indent=indent + "  ",
                                   break_on_hyphens=False, break_long_words=False))  # addresses whole
    for ev in hop.evidence:
        if ev not in stated and ev not in reviews and ev.note:
            lines.append(f"{indent}{NO_SOURCE}{notes.ref(_plain(ev.note))}")
            stated.append(ev)
    if not stated:
        lines.append(f"{indent}{NO_SOURCE}")
    for words in sorted({inferred_from_report(ev.inferred_labels, lang) for ev in hop.evidence if ev.inferred_from}):
        lines.append(textwrap.fill(words, width=max(40, width - len(indent)),
                                   initial_indent=indent, subsequent_indent=indent + "  "))
    return lines


def _is_review(ev: Evidence) -> bool:
    """A curator's review of a link (mg:Review, minted under id/review/), not a statement of it."""
    return bool(ev.iri and ev.iri.startswith(f"{ID}review/"))


def _doc_name(symbol: str | None, papers: dict[str, Paper], page: str | None = None) -> str | None:
    """A document as a reference: its symbol (marked when supplied), or for a text without one
    the web page it was read from (else the name of its IRI)."""
    if symbol is None:
        return None
    paper = papers.get(symbol)
    return paper.name if paper else page or symbol.removeprefix(ID)


def _header(trace: Trace, notes: Notes, width: int) -> list[str]:
    lines = [meeting_line(trace.meeting)]
    if trace.agenda is not None:
        agenda = trace.agenda
        ref = notes.ref(_plain(f"{agenda.name}: {agenda.note}")) if agenda.note else ""
        lines.append(f"agenda: {paper_text(agenda, trace.lang)}{ref}")
        if agenda.address:
            lines.append(f"  official copy: {agenda.address}"
                         + (" (at the supplied symbol)" if agenda.supplied else ""))
    else:
        lines.append("agenda: not known (no agenda of this item in the graph)")
    return lines


def _item_lines(trace: Trace, notes: Notes, width: int, brief: bool) -> list[str]:
    lang = trace.lang
    kind = "procedural" if trace.procedural else ("substantive" if trace.procedural is False else None)
    lines = [f"{_name(trace.item, lang)}" + (f"  ({kind})" if kind else "")]
    if trace.item.status in ("disputed", "unverified") and trace.item.note:
        lines[0] += notes.ref(_plain(f"{trace.item.label} ({FLAG[trace.item.status]}): {trace.item.note}"))
    for slot in trace.slots:
        lines.append(f"  scheduled: {slot_text(slot)}")
    for paper in trace.papers:
        lines.append(f"  before the meeting: {paper_text(paper, lang)}"
                     + (f"  {paper.address}" if paper.address and not brief else ""))
    if trace.annotation and (trace.procedural or not trace.hops) and not brief:
        lines.append(textwrap.fill(f"annotation: \u201c{trace.annotation}\u201d", width=width,
                                   initial_indent="  ", subsequent_indent="    "))
    if not trace.hops:
        lines.append("  no mandate grounds this item in the graph")
    elif trace.status in ("disputed", "unverified"):
        lines.append(f"  !! at least one link of this chain is {FLAG[trace.status]}: see the marked hops")
    return lines


def trace_text(trace: Trace, width: int = 100, brief: bool = False) -> str:
    """A trace a legal officer reads: the meeting and agenda, the item, every chain hop by hop with
    the words of each link once, and the sources and notes as numbered footnotes."""
    notes = Notes()
    lines = _header(trace, notes, width) + [""] + _item_lines(trace, notes, width, brief)
    lines += _chain_lines(trace, notes, width, brief)
    return "\n".join(lines + notes.lines(width))


def _chain_lines(trace: Trace, notes: Notes, width: int, brief: bool) -> list[str]:
    lines: list[str] = []
    papers = {p.symbol: p for p in (*trace.papers, *((trace.agenda,) if trace.agenda else ())) if p.symbol}
    _hops_lines(trace.hops, "  ", lines, notes, set(), set(), width, brief, trace.lang, papers)
    if trace.cited and not brief:
        lines.append("  what the documents before the meeting cite (context, not a grounding of the item):")
        for c in trace.cited:
            action = f" ({c.action})" if c.action else ""
            lines.append(f"  \u2022 {_name(c.mandate, trace.lang)}{action} \u2014 {c.document}"
                         + (f", {c.paragraph}" if c.paragraph else ""))
            lines.append(textwrap.fill(f"\u201c{c.quote}\u201d", width=max(40, width - 4),
                                       initial_indent="      ", subsequent_indent="       "))
    return lines


def _hops_lines(hops: tuple[Hop, ...], indent: str, lines: list[str], notes: Notes, quoted: set[str],
                shown: set[str], width: int, brief: bool, lang: str, papers: dict[str, Paper]) -> None:
    for i, hop in enumerate(hops):
        last = i == len(hops) - 1
        branch, cont = ("\u2514\u2500 ", "   ") if last else ("\u251c\u2500 ", "\u2502  ")
        target = hop.target
        ref = ""
        if target.status in ("disputed", "unverified") and target.note:
            ref = notes.ref(_plain(f"{target.label} ({FLAG[target.status]}): {target.note}"))
        again = target.iri in shown and bool(hop.children)
        tail = "  (cycle: already on this path)" if hop.cycle else ("  (its chain is shown above)" if again else "")
        if brief:
            ev = next((e for e in hop.evidence if (e.document or e.sources) and not _is_review(e)), None)
            where = (_doc_name(ev.document, papers, ev.page) or ", ".join(_source_text(s) for s in ev.sources)) \
                if ev else NO_SOURCE
            if ev and ev.paragraph:
                where += f", {ev.paragraph}"
            inferred = next((e for e in hop.evidence if e.inferred_from), None)
            if inferred:
                where += f" ({inferred_from_report(inferred.inferred_labels, lang, brief=True)})"
            lines.append(f"{indent}{branch}{hop.relation} {_name(target, lang)}{ref}  [{FLAG[hop.status]}]"
                         f" \u2014 {where}{tail}")
        else:
            lines.append(f"{indent}{branch}{hop.relation}: {_name(target, lang)}{ref}  link [{FLAG[hop.status]}]{tail}")
            lines.extend(_evidence_lines(hop, indent + cont + "   ", notes, quoted, width, lang, papers))
        if again:
            continue
        shown.add(target.iri)
        _hops_lines(hop.children, indent + cont, lines, notes, quoted, shown, width, brief, lang, papers)


def agenda_text(agenda: AgendaTrace, width: int = 100, brief: bool = False) -> str:
    """A whole agenda: the meeting, every item in printed order with its chains, then the schedule."""
    notes = Notes()
    first = Trace(Node(agenda.agenda.iri, "Agenda", "", None, None, None), (), meeting=agenda.meeting,
                  agenda=agenda.agenda, lang=agenda.lang)
    lines = _header(first, notes, width)
    for trace in agenda.items:
        lines += [""] + _item_lines(trace, notes, width, brief) + _chain_lines(trace, notes, width, brief)
    if agenda.slots:
        lines += ["", "Organization of work"]
        for slot, items in agenda.slots:
            lines.append(f"  {slot_text(slot)}: " + (", ".join(f"item {n}" for n in items) or "no item named"))
    return "\n".join(lines + notes.lines(width))


def _label_dict(node: Node) -> dict[str, Any]:
    out = asdict(node)
    out["presumed"] = node.status if node.status in PRESUMED else None
    return out


def _paper_dict(paper: Paper) -> dict[str, Any]:
    return {"iri": paper.iri, "symbol": paper.symbol, "symbol_supplied": paper.supplied,
            "presumed": "supplied" if paper.supplied else (paper.status if paper.status in PRESUMED else None),
            "title": paper.title.as_dict() if paper.title else None, "status": paper.status,
            "note": paper.note, "official_address": paper.address}


def evidence_dict(ev: Evidence, lang: str = DEFAULT_LANG) -> dict[str, Any]:
    """One piece of evidence as JSON; a link inferred from a blanket action says so in words."""
    out = asdict(ev)
    out["inferred"] = inferred_from_report(ev.inferred_labels, lang) if ev.inferred_from else None
    return out


def _hop_dict(h: Hop, lang: str) -> dict[str, Any]:
    return {"relation": h.relation, "target": _label_dict(h.target), "status": h.status,
            "presumed": h.status if h.status in PRESUMED else None, "cycle": h.cycle,
            "evidence": [evidence_dict(e, lang) for e in h.evidence],
            "stated_by_a_source": any((e.quote or e.document or e.sources) and not _is_review(e)
                                      for e in h.evidence),
            "children": [_hop_dict(c, lang) for c in h.children]}


def trace_dict(trace: Trace) -> dict[str, Any]:
    return {"lang": trace.lang, "item": _label_dict(trace.item), "status": trace.status,
            "procedural": trace.procedural, "annotation": trace.annotation,
            "meeting": asdict(trace.meeting) if trace.meeting else None,
            "meeting_text": meeting_line(trace.meeting),
            "agenda": _paper_dict(trace.agenda) if trace.agenda else None,
            "schedule": [asdict(s) | {"text": slot_text(s)} for s in trace.slots],
            "documents": list(trace.documents),
            "papers": [_paper_dict(p) for p in trace.papers],
            "hops": [_hop_dict(h, trace.lang) for h in trace.hops],
            "paths": [[h.target.iri for h in path] for path in trace.paths],
            "cited": [asdict(c) for c in trace.cited]}


def trace_json(trace: Trace) -> str:
    return json.dumps(trace_dict(trace), indent=2, ensure_ascii=False)


def agenda_dict(agenda: AgendaTrace) -> dict[str, Any]:
    return {"lang": agenda.lang, "agenda": _paper_dict(agenda.agenda), "status": agenda.status,
            "meeting": asdict(agenda.meeting) if agenda.meeting else None,
            "meeting_text": meeting_line(agenda.meeting),
            "items": [trace_dict(t) for t in agenda.items],
            "schedule": [asdict(s) | {"text": slot_text(s), "items": list(items)} for s, items in agenda.slots]}


def agenda_json(agenda: AgendaTrace) -> str:
    return json.dumps(agenda_dict(agenda), indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- impact (the reverse of a trace)


def impact_text(impact: Impact, width: int = 100, lang: str = DEFAULT_LANG) -> str:
    notes = Notes()
    mandate = impact.mandate
    ref = notes.ref(_plain(f"{mandate.label} ({FLAG[mandate.status]}): {mandate.note}")) \
        if mandate.status in ("disputed", "unverified") and mandate.note else ""
    lines = [_name(mandate, lang) + ref, f"  {mandate.iri}"]
    if not impact.hops:
        lines.append("  (nothing in the graph rests on this mandate)")
        return "\n".join(lines + notes.lines(width))
    lines.append(f"  grounds {len(impact.items)} agenda item{'s' if len(impact.items) != 1 else ''} "
                 f"in {len(impact.sessions)} session{'s' if len(impact.sessions) != 1 else ''}; "
                 f"{len(impact.mandates)} mandate{'s' if len(impact.mandates) != 1 else ''} rest on it")
    papers = {p.symbol: p for p in impact.papers if p.symbol}
    for it in impact.items:
        where = it.session_label or it.session or "session unknown"
        flag = f"  [{FLAG[it.status]}]" if it.status in ("disputed", "unverified") else ""
        lines.append(f"    - {_name(it.item, lang)}{flag}")
        lines.append(f"        {where}; agenda {_doc_name(it.agenda, papers) or 'unknown'}"
                     + (f"; documents {', '.join(it.documents)}" if it.documents else ""))
    if impact.status in ("disputed", "unverified"):
        lines.append(f"  !! at least one link below is {FLAG[impact.status]}: see the marked hops")
    lines.append("")
    _hops_lines(impact.hops, "  ", lines, notes, set(), set(), width, False, lang, papers)
    return "\n".join(lines + notes.lines(width))


def impact_dict(impact: Impact, lang: str = DEFAULT_LANG) -> dict[str, Any]:
    return {"lang": lang, "mandate": _label_dict(impact.mandate), "status": impact.status,
            "items": [asdict(i) for i in impact.items],
            "mandates": [_label_dict(m) for m in impact.mandates],
            "sessions": list(impact.sessions), "documents": list(impact.documents),
            "papers": [_paper_dict(p) for p in impact.papers],
            "hops": [_hop_dict(h, lang) for h in impact.hops],
            "paths": [[h.target.iri for h in path] for path in impact.paths]}


def impact_json(impact: Impact, lang: str = DEFAULT_LANG) -> str:
    return json.dumps(impact_dict(impact, lang), indent=2, ensure_ascii=False)
