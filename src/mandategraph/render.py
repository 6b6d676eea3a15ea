"""A trace as text (an indented tree a legal officer can paste into a memo) and as JSON."""

from __future__ import annotations

import json
import textwrap
from dataclasses import asdict
from typing import Any

from mandategraph.impact import Impact
from mandategraph.namespaces import ID
from mandategraph.network import Evidence
from mandategraph.trace import Hop, Node, Trace

FLAG = {"disputed": "DISPUTED", "unverified": "UNVERIFIED", "verified": "verified",
        "asserted": "asserted"}


def _name(node: Node) -> str:
    title = f" \u2014 {node.title}" if node.title else ""
    flag = f"  [{FLAG[node.status]}]" if node.status in ("disputed", "unverified") else ""
    return f"{node.label}{title}{flag}"


def _node_note(node: Node, indent: str, lines: list[str], width: int) -> None:
    if node.status in ("disputed", "unverified") and node.note:
        lines.append(textwrap.fill(f"{FLAG[node.status]}: {node.note}", width=max(40, width - len(indent)),
                                   initial_indent=indent, subsequent_indent=indent + "  "))


def trace_text(trace: Trace, width: int = 100) -> str:
    lines = [f"{_name(trace.item)}", f"  {trace.item.iri}"]
    if trace.documents:
        lines.append(f"  documents before the meeting: {', '.join(trace.documents)}")
    if not trace.hops:
        lines.append("  (no mandate grounds this item in the graph)")
    if trace.status in ("disputed", "unverified"):
        lines.append(f"  !! at least one link of this chain is {FLAG[trace.status]}: see the marked hops")
    _hops_text(trace.hops, "  ", lines, width)
    if trace.cited:
        lines.append("  what the documents before the meeting cite (context, not a grounding of the item):")
        for c in trace.cited:
            action = f" ({c.action})" if c.action else ""
            lines.append(f"  \u2022 {c.mandate.label}{action} \u2014 {c.document}"
                         + (f", {c.paragraph}" if c.paragraph else ""))
            lines.append(textwrap.fill(f"\u201c{c.quote}\u201d", width=max(40, width - 4),
                                       initial_indent="      ", subsequent_indent="       "))
    return "\n".join(lines)


def _hops_text(hops: tuple[Hop, ...], indent: str, lines: list[str], width: int) -> None:
    for i, hop in enumerate(hops):
        last = i == len(hops) - 1
        branch, cont = ("\u2514\u2500 ", "   ") if last else ("\u251c\u2500 ", "\u2502  ")
        status = f" [{FLAG[hop.status]}]"
        cycle = "  (cycle: already on this path)" if hop.cycle else ""
        lines.append(f"{indent}{branch}{hop.relation}: {_name(hop.target)}  link{status}{cycle}")
        _node_note(hop.target, indent + cont + "   ", lines, width)
        for ev in hop.evidence:
            _evidence_text(ev, indent + cont + "   ", lines, width)
        _hops_text(hop.children, indent + cont, lines, width)


def _evidence_text(ev: Evidence, indent: str, lines: list[str], width: int) -> None:
    where = ", ".join(x for x in (ev.document, ev.paragraph) if x)
    if ev.quote:
        quote = textwrap.fill(f"\u201c{ev.quote}\u201d", width=max(40, width - len(indent)),
                              initial_indent=indent, subsequent_indent=indent + " ")
        lines.append(quote)
    if where:
        lines.append(f"{indent}\u2014 {where}")
    for source in ev.sources:
        symbol = source.removeprefix(f"{ID}doc/")  # our own document IRIs read better as symbols
        lines.append(f"{indent}\u2014 source: {symbol}")
    if ev.note:
        lines.append(textwrap.fill(f"note ({ev.status}): {ev.note}", width=max(40, width - len(indent)),
                                   initial_indent=indent, subsequent_indent=indent + "  "))


def trace_dict(trace: Trace) -> dict[str, Any]:
    def hop(h: Hop) -> dict[str, Any]:
        return {"relation": h.relation, "target": asdict(h.target), "status": h.status,
                "cycle": h.cycle, "evidence": [asdict(e) for e in h.evidence],
                "children": [hop(c) for c in h.children]}

    return {"item": asdict(trace.item), "status": trace.status, "documents": list(trace.documents),
            "hops": [hop(h) for h in trace.hops],
            "paths": [[h.target.iri for h in path] for path in trace.paths],
            "cited": [asdict(c) for c in trace.cited]}


def trace_json(trace: Trace) -> str:
    return json.dumps(trace_dict(trace), indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- impact (the reverse of a trace)


def impact_text(impact: Impact, width: int = 100) -> str:
    lines = [_name(impact.mandate), f"  {impact.mandate.iri}"]
    _node_note(impact.mandate, "  ", lines, width)
    if not impact.hops:
        lines.append("  (nothing in the graph rests on this mandate)")
        return "\n".join(lines)
    lines.append(f"  grounds {len(impact.items)} agenda item{'s' if len(impact.items) != 1 else ''} "
                 f"in {len(impact.sessions)} session{'s' if len(impact.sessions) != 1 else ''}; "
                 f"{len(impact.mandates)} mandate{'s' if len(impact.mandates) != 1 else ''} rest on it")
    for it in impact.items:
        where = it.session_label or it.session or "session unknown"
        flag = f"  [{FLAG[it.status]}]" if it.status in ("disputed", "unverified") else ""
        lines.append(f"    - {_name(it.item)}{flag}")
        lines.append(f"        {where}; agenda {it.agenda or 'unknown'}"
                     + (f"; documents {', '.join(it.documents)}" if it.documents else ""))
    if impact.status in ("disputed", "unverified"):
        lines.append(f"  !! at least one link below is {FLAG[impact.status]}: see the marked hops")
    lines.append("")
    _hops_text(impact.hops, "  ", lines, width)
    return "\n".join(lines)


def impact_dict(impact: Impact) -> dict[str, Any]:
    def hop(h: Hop) -> dict[str, Any]:
        return {"relation": h.relation, "target": asdict(h.target), "status": h.status,
                "cycle": h.cycle, "evidence": [asdict(e) for e in h.evidence],
                "children": [hop(c) for c in h.children]}

    return {"mandate": asdict(impact.mandate), "status": impact.status,
            "items": [asdict(i) for i in impact.items],
            "mandates": [asdict(m) for m in impact.mandates],
            "sessions": list(impact.sessions), "documents": list(impact.documents),
            "hops": [hop(h) for h in impact.hops],
            "paths": [[h.target.iri for h in path] for path in impact.paths]}


def impact_json(impact: Impact) -> str:
    return json.dumps(impact_dict(impact), indent=2, ensure_ascii=False)
