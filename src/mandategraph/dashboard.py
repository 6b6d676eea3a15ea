"""The completeness dashboard: per body and per session, how much of the graph is grounded, named and
evidenced, and the SHACL findings grouped with a hint (the shape's sh:message) on how to fix each.

The counts come from ``sparql/dashboard_*.rq``; the findings from :mod:`mandategraph.validate`.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

import pyoxigraph as ox

from mandategraph.query import internal, run
from mandategraph.validate import ValidationReport

NO_BODY = "(no body)"


@dataclass(frozen=True)
class Completeness:
    """One row of the dashboard: a body (``session`` is None) or one session of a body."""

    body: str
    body_label: str
    session: str | None
    label: str
    start: str | None
    items: int  # agenda items that are not procedural
    grounded: int  # of those, items with at least one mg:groundedIn
    documents: int
    with_symbol: int
    links: int
    with_evidence: int

    @staticmethod
    def ratio(part: int, whole: int) -> str:
        return "-" if whole == 0 else f"{part}/{whole} ({100 * part // whole}%)"


@dataclass(frozen=True)
class FindingSummary:
    shape: str
    severity: str
    count: int
    hint: str  # the sh:message: what to add or change
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Dashboard:
    conforms: bool
    focus_nodes_checked: int
    bodies: tuple[Completeness, ...]
    sessions: tuple[Completeness, ...]
    findings: tuple[FindingSummary, ...]

    @property
    def violations(self) -> int:
        return sum(f.count for f in self.findings if f.severity == "Violation")

    def as_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "focus_nodes_checked": self.focus_nodes_checked,
                "violations": self.violations,
                "bodies": [asdict(b) for b in self.bodies],
                "sessions": [asdict(s) for s in self.sessions],
                "findings": [asdict(f) | {"examples": list(f.examples)} for f in self.findings]}



def _int(row: dict[str, Any], key: str) -> int:
    return int(str(row[key])) if key in row else 0


def summarise(store: ox.Store, report: ValidationReport) -> Dashboard:
    """The dashboard of ``store`` with the SHACL ``report`` of the same graph."""
    info: dict[str, dict[str, str]] = {}
    body_label: dict[str, str] = {}
    for row in run(store, internal("dashboard_sessions.rq")).rows:
        session = str(row["session"])
        info.setdefault(session, {"body": str(row["body"]), "label": str(row.get("label", session)),
                                  "start": str(row["start"]) if "start" in row else ""})
        body_label.setdefault(str(row["body"]), str(row.get("bodyLabel", row["body"])))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in run(store, internal("dashboard_items.rq")).rows:
        counts[str(row["session"])]["items"] += _int(row, "items")
        counts[str(row["session"])]["grounded"] += _int(row, "groundedItems")
    for row in run(store, internal("dashboard_documents.rq")).rows:
        counts[str(row["session"])]["documents"] += _int(row, "documents")
        counts[str(row["session"])]["with_symbol"] += _int(row, "documentsWithSymbol")
    body_links: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in run(store, internal("dashboard_links.rq")).rows:
        body = str(row["body"]) if "body" in row else NO_BODY
        if "session" in row:
            counts[str(row["session"])]["links"] += _int(row, "links")
            counts[str(row["session"])]["with_evidence"] += _int(row, "linksWithEvidence")
        body_links[body]["links"] += _int(row, "links")
        body_links[body]["with_evidence"] += _int(row, "linksWithEvidence")

    def row_for(session: str) -> Completeness:
        meta = info.get(session, {"body": NO_BODY, "label": session, "start": ""})
        c = counts[session]
        return Completeness(meta["body"], body_label.get(meta["body"], meta["body"]), session,
                            meta["label"], meta["start"] or None, c["items"], c["grounded"],
                            c["documents"], c["with_symbol"], c["links"], c["with_evidence"])

    sessions = sorted((row_for(s) for s in set(info) | set(counts)),
                      key=lambda r: (r.body, r.start or "", r.session or ""))
    bodies = []
    for body in sorted({s.body for s in sessions} | set(body_links)):
        mine = [s for s in sessions if s.body == body]
        links = body_links.get(body, {})
        bodies.append(Completeness(
            body, body_label.get(body, body), None, f"{len(mine)} sessions",
            None, sum(s.items for s in mine), sum(s.grounded for s in mine),
            sum(s.documents for s in mine), sum(s.with_symbol for s in mine),
            links.get("links", 0), links.get("with_evidence", 0)))
    grouped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for f in report.findings:  # messages filled in with a node's IRI become one group per shape
        grouped[(f.shape, f.severity, re.sub(r"<?https?://[^\s>]+>?", "\u2026", f.message))].append(f.focus)
    findings = tuple(FindingSummary(shape, severity, len(nodes), hint, tuple(sorted(set(nodes)))[:5])
                     for (shape, severity, hint), nodes in sorted(
                         grouped.items(), key=lambda kv: (kv[0][1] != "Violation", -len(kv[1]), kv[0])))
    return Dashboard(report.conforms, report.focus_nodes_checked, tuple(bodies), tuple(sessions),
                     findings)


def summary_built() -> Dashboard:
    """The dashboard of the current build."""
    from mandategraph.validate import validate_current

    return summarise(*validate_current())


# ------------------------------------------------------------------ renderings

COLUMNS = ("items grounded", "documents with symbol", "links with evidence")


def _cells(c: Completeness) -> tuple[str, str, str]:
    return (Completeness.ratio(c.grounded, c.items), Completeness.ratio(c.with_symbol, c.documents),
            Completeness.ratio(c.with_evidence, c.links))


def _short(iri: str) -> str:
    return iri.rsplit("/id/", 1)[-1]


def dashboard_text(d: Dashboard) -> str:
    lines = [f"{'conforms' if d.conforms else 'does not conform'}: {d.violations} violations, "
             f"{d.focus_nodes_checked} focus nodes checked", "",
             "Completeness per body (items: non-procedural agenda items)"]
    header = f"  {'body':34}{COLUMNS[0]:>22}{COLUMNS[1]:>24}{COLUMNS[2]:>22}"
    lines.append(header)
    for b in d.bodies:
        lines.append(f"  {_short(b.body)[:33]:34}" + "".join(f"{x:>22}" if i != 1 else f"{x:>24}"
                                                         for i, x in enumerate(_cells(b))))
    lines += ["", "Completeness per session (sessions with agenda items, documents or links)",
              f"  {'session':34}{COLUMNS[0]:>22}{COLUMNS[1]:>24}{COLUMNS[2]:>22}"]
    for s in d.sessions:
        if s.items or s.documents or s.links:
            lines.append(f"  {_short(s.session or '')[:33]:34}"
                         + "".join(f"{x:>22}" if i != 1 else f"{x:>24}" for i, x in enumerate(_cells(s))))
    lines += ["", "SHACL findings, grouped (hint = how to fix)"]
    if not d.findings:
        lines.append("  none")
    for f in d.findings:
        lines.append(f"  {f.severity} x{f.count}  {f.shape}")
        lines.append(f"    hint: {f.hint}")
        lines += [f"    - {e}" for e in f.examples]
    return "\n".join(lines)


def dashboard_json(d: Dashboard) -> str:
    return json.dumps(d.as_dict(), indent=2, ensure_ascii=False)


def dashboard_html(d: Dashboard) -> str:
    e = html.escape

    def table(rows: list[Completeness], what: str) -> str:
        head = f"<tr><th>{what}</th>" + "".join(f"<th>{e(c)}</th>" for c in COLUMNS) + "</tr>"
        body = "".join(
            f"<tr><td title=\"{e(r.session or r.body)}\">{e(r.label if r.session else r.body_label)}</td>"
            + "".join(f"<td>{e(x)}</td>" for x in _cells(r)) + "</tr>" for r in rows)
        return f"<table>{head}{body}</table>"

    findings = "".join(
        f"<tr class=\"{e(f.severity.lower())}\"><td>{e(f.severity)}</td><td>{f.count}</td>"
        f"<td>{e(f.shape)}</td><td>{e(f.hint)}</td>"
        f"<td>{'<br>'.join(e(x) for x in f.examples)}</td></tr>" for f in d.findings)
    active = [s for s in d.sessions if s.items or s.documents or s.links]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>mandategraph: completeness</title><style>"
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
            "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
            "tr.violation td{background:#fde8e8}tr.warning td{background:#fff6dd}</style></head><body>"
            f"<h1>Completeness of the mandate graph</h1><p>"
            f"{'Conforms' if d.conforms else 'Does not conform'}: {d.violations} violations, "
            f"{d.focus_nodes_checked} focus nodes checked.</p>"
            f"<h2>Per body</h2>{table(list(d.bodies), 'body')}"
            f"<h2>Per session</h2>{table(active, 'session')}"
            "<h2>SHACL findings</h2><table><tr><th>severity</th><th>count</th><th>shape</th>"
            f"<th>how to fix</th><th>examples</th></tr>{findings}</table></body></html>\n")
