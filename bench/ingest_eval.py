"""``python -m bench.ingest_eval [--set SET]``, SET one of
dev|holdout|blind|fresh|unseen|sealed|reserve|untouched|novel|pristine|unread|unopened|all: the ingester scored on real
UN documents it was not built on, per class of issue 10 (``holdout`` and ``reserve`` are kept aside and scored by the
lead only; ``untouched``, ``novel``, ``pristine``, ``unread`` and ``unopened`` are development material since their
blind scores).

Each ``tests/ingest_eval/<set>/X.txt`` is read the way ``mandategraph ingest X.txt`` reads it (the
curated registry, one file at a time), and the facts of ``X.expected.toml`` (written by reading the
text) are looked up in the document's graph with SPARQL. A fact is

- **found** when the graph asserts it,
- **missing** when the graph says nothing about it,
- **contradicted** when the graph asserts something else in its place (another body, another date,
  an item with another title, a mandate filed under another issuer).

``must_not`` facts are wrong facts the text contradicts; each one the graph asserts is counted as
contradicted too. Values are compared after normalising what is only typography (Unicode form,
whitespace, dashes, quotes, a closing full stop, letter case), never their meaning.

The table per class is printed and the per-document results are written as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = ROOT / "tests" / "ingest_eval"
SETS = ("dev", "holdout", "blind", "fresh", "unseen", "sealed", "reserve", "untouched", "novel", "pristine", "unread",
        "unopened")
DEFAULT_OUT = ROOT / "bench" / "out"
CLASSES = {
    1: "cover",
    2: "agenda lists",
    3: "bodies and issuers",
    4: "dates",
    5: "grounding sentences",
    6: "languages",
}
UNKNOWN = "unknown"

MG = "https://w3id.org/mandategraph/ontology#"
HEAD = f"""PREFIX mg: <{MG}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# The organs a text may name in words rather than by symbol series; only these two are spelt
# differently in the IRI scheme (id/body/ga, id/body/ecosoc) from their symbol series.
ALIASES = {"A": {"ga", "general assembly"}, "E": {"ecosoc", "economic and social council"}}
# Types of a document that say nothing about its genre.
NEUTRAL_TYPES = {"Document", "SourceText"}
PROVISIONS = ("rule", "article")
MANDATE_KINDS = {"Resolution": "resolution", "Decision": "decision", "Recommendation": "recommendation",
                 "Agreement": "agreement"}


# ------------------------------------------------------------------------------------ normalising

DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}
CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"


def norm(value: object) -> str:
    """Typography only: Unicode form, dashes, quotes, whitespace (none beside a CJK character, as
    Chinese has no spaces), a closing full stop, semicolon or colon (Latin or ideographic), letter case."""
    text = unicodedata.normalize("NFKC", str(value)).translate(DASHES).translate(QUOTES)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"\s*([{CJK}])\s*", r"\1", text)
    return text.rstrip(".;:,\u3002\uff1b\uff1a\uff0c").strip().casefold()


def norm_notation(value: object) -> str:
    """An item's number as printed: "2 (a)", "2(a)", "2 a)" and "2.a" are the same notation."""
    return re.sub(r"[\s().]", "", norm(value))


def norm_symbol(value: object) -> str:
    return re.sub(r"\s", "", norm(value))


def slug(series: str) -> str:
    """The IRI form of a symbol series (CTOC/COP/WG.7 -> ctoc-cop-wg7)."""
    return series.casefold().replace("/", "-").replace(".", "")


def local_name(node: object) -> str:
    text = str(node)
    return re.split(r"[#/]", text)[-1]


# ------------------------------------------------------------------------------------ expected answers


@dataclass(frozen=True)
class Document:
    path: Path
    set: str
    facts: tuple[dict[str, Any], ...]
    must_not: tuple[dict[str, Any], ...]

    @property
    def name(self) -> str:
        return self.path.name


def expected_path(text: Path) -> Path:
    return text.with_name(text.stem + ".expected.toml")


# The keys a fact of each kind needs besides class and what (every other kind needs a value).
NEEDS: dict[str, tuple[str, ...]] = {
    "documented_item": ("notation",),
    "item": ("notation",),
    "grounding": ("item", "kind", "number"),
    "documentation": ("item", "symbol"),
    "cites": ("kind", "number"),
}


def load_document(text: Path, set_name: str) -> Document:
    path = expected_path(text)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SystemExit(f"{path}: {exc}") from exc
    facts = tuple(data.get("facts", ()))
    must_not = tuple(data.get("must_not", ()))
    for fact in (*facts, *must_not):
        if fact.get("class") not in CLASSES or fact.get("what") not in LOOKUPS:
            raise SystemExit(f"{path}: a fact needs a class 1-6 and a known 'what': {fact}")
        lacking = [key for key in NEEDS.get(fact["what"], ("value",)) if key not in fact]
        if lacking:
            raise SystemExit(f"{path}: a {fact['what']!r} fact needs {', '.join(lacking)}: {fact}")
    return Document(text, set_name, facts, must_not)


def documents(set_name: str, material: Path = MATERIAL) -> list[Document]:
    names = SETS if set_name == "all" else (set_name,)
    found = [load_document(p, s) for s in names for p in sorted((material / s).glob("*.txt"))]
    if not found:
        raise SystemExit(f"{material}: no documents in set {set_name!r}")
    return found


# ------------------------------------------------------------------------------------ the graph, asked


class Asked:
    """One document's graph and its main subjects (the document, its session), asked with SPARQL."""

    def __init__(self, graph: Graph, file_name: str) -> None:
        self.graph = graph
        self.doc = self._first(f'SELECT ?d WHERE {{ ?d mg:sourceFile "{file_name}" }}')
        self.session = self._first("SELECT ?s WHERE { ?d mg:forSession ?s }", d=self.doc) if self.doc else None

    def rows(self, query: str, **bound: object) -> list[tuple[Any, ...]]:
        bindings = {k: v for k, v in bound.items() if v is not None}
        if len(bindings) != len(bound):
            return []
        result = self.graph.query(HEAD + query, initBindings=bindings)  # type: ignore[arg-type]
        return [tuple(row) for row in result]  # type: ignore[arg-type]

    def values(self, query: str, **bound: object) -> list[str]:
        return sorted({str(row[0]) for row in self.rows(query, **bound) if row[0] is not None})

    def _first(self, query: str, **bound: object) -> URIRef | None:
        rows = self.rows(query, **bound)
        return rows[0][0] if rows else None

    # the document's own facts

    def doc_values(self, prop: str) -> list[str]:
        return self.values(f"SELECT ?v WHERE {{ ?d {prop} ?v }}", d=self.doc)

    def session_values(self, prop: str) -> list[str]:
        return self.values(f"SELECT ?v WHERE {{ ?s {prop} ?v }}", s=self.session)

    def bodies(self) -> list[set[str]]:
        """Each body the document's session (or the document, or, for a resolution, its adopter) is of,
        as the names it answers to."""
        rows = self.rows("""SELECT ?b ?prefix ?label WHERE {
            { ?s mg:ofBody ?b } UNION { ?d mg:ofBody ?b } UNION { ?d mg:adoptedBy ?b }
            OPTIONAL { ?b mg:symbolPrefix ?prefix } OPTIONAL { ?b rdfs:label ?label } }""",
                         s=self.session or URIRef("urn:none"), d=self.doc)
        names: dict[str, set[str]] = {}
        for b, prefix, label in rows:
            known = names.setdefault(str(b), {local_name(b).casefold()})
            known.update(norm(v) for v in (prefix, label) if v is not None)
        return list(names.values())

    def items(self, link: str) -> list[tuple[str, str]]:
        """(notation, title) of the items that this document documents (``link`` mg:documentedBy),
        or (any other ``link``) of the items it lists or discusses: on its agenda, or of its session
        (the graph is the document's own, so every item in it is one the document names)."""
        where = ("?i mg:documentedBy ?d" if link == "mg:documentedBy"
                 else "{ ?i mg:onAgenda ?d } UNION { ?i mg:documentedBy ?d } UNION { ?i mg:forSession ?s }")
        return [(str(n), "" if t is None else str(t)) for n, t in self.rows(
            f"SELECT ?n ?t WHERE {{ {where} . ?i skos:notation ?n OPTIONAL {{ ?i dcterms:title ?t }} }}",
            d=self.doc, s=self.session or URIRef("urn:none"))]

    def item_nodes(self, notation: str) -> list[URIRef]:
        rows = self.rows("""SELECT DISTINCT ?i WHERE {
            { ?i mg:onAgenda ?d } UNION { ?i mg:documentedBy ?d } UNION { ?i mg:forSession ?s }
            ?i skos:notation ?n }""", d=self.doc, s=self.session or URIRef("urn:none"))
        wanted = norm_notation(notation)
        return [i for (i,) in rows
                if any(norm_notation(n) == wanted for n in self.values("SELECT ?n WHERE { ?i skos:notation ?n }", i=i))]

    def mandates(self, link_query: str, **bound: object) -> list[Mandate]:
        return [self.mandate(m) for (m,) in self.rows(link_query, **bound)]

    def mandate(self, node: URIRef) -> Mandate:
        types = {local_name(t) for t in self.values("SELECT ?t WHERE { ?m a ?t }", m=node)}
        notations = self.values("SELECT ?n WHERE { ?m skos:notation ?n }", m=node)
        issuers: set[str] = set()
        for b, prefix, label in self.rows("""SELECT ?b ?prefix ?label WHERE {
                { ?m mg:adoptedBy ?b } UNION { ?m mg:partOf+ ?r . ?r mg:adoptedBy ?b }
                OPTIONAL { ?b mg:symbolPrefix ?prefix } OPTIONAL { ?b rdfs:label ?label } }""", m=node):
            issuers.add(local_name(b).casefold())
            issuers.update(norm(v) for v in (prefix, label) if v is not None)
        return Mandate.read(str(node), types, notations, issuers)


@dataclass(frozen=True)
class Mandate:
    iri: str
    kind: str
    number: str
    paragraph: str
    issuers: frozenset[str]

    @staticmethod
    def read(iri: str, types: set[str], notations: list[str], issuers: set[str]) -> Mandate:
        text = " ".join(notations)
        kind = next((MANDATE_KINDS[t] for t in types if t in MANDATE_KINDS), "")
        number, paragraph = "", ""
        provision = re.search(r"/(rule|article)/([^/]+)(?:/paragraph/([^/]+))?", iri)
        if provision:
            kind, number, paragraph = provision.group(1), provision.group(2), provision.group(3) or ""
        elif "Provision" in types:
            words = re.match(r"\s*(rule|article)\s+(\S+)", norm(text))
            if words:
                kind, number = words.group(1), words.group(2)
        if not number and notations:
            number = re.sub(r"^(resolution|decision|recommendation)\s+", "", norm(notations[0]))
        if kind in PROVISIONS and not paragraph:
            para = re.search(r"paragraph\s+(\w+)", norm(text))
            paragraph = para.group(1) if para else ""
        if kind in PROVISIONS:
            number, paragraph = split_provision(number, paragraph)
        return Mandate(iri, kind, norm_symbol(number), norm(paragraph), frozenset(issuers))

    def same(self, fact: dict[str, Any]) -> bool:
        """Same kind and number (and paragraph, when both say one)."""
        number, wanted = str(fact["number"]), str(fact.get("paragraph", ""))
        if fact["kind"] in PROVISIONS:
            number, wanted = split_provision(number, wanted)
        if self.kind != fact["kind"] or self.number != norm_symbol(number):
            return False
        wanted = norm(wanted)
        return not (wanted and self.paragraph and wanted != self.paragraph)

    def issued_by(self, series: str) -> bool | None:
        """True or False when the graph names an issuer, None when it names none."""
        if not self.issuers:
            return None
        return bool(self.issuers & body_names(series))


def split_provision(number: str, paragraph: str) -> tuple[str, str]:
    """A rule or article and its paragraph, however the number writes them: "18 (1)", "18(1)",
    "8 (b)", "23.1" are article 18 paragraph 1, rule 8 (b), rule 23 paragraph 1."""
    parts = re.fullmatch(r"\s*(\d+)\s*(?:\(\s*(\w+)\s*\)|\.(\d+))\s*", number)
    if not parts:
        return number, paragraph
    return parts.group(1), paragraph or parts.group(2) or parts.group(3)


def body_names(series: str) -> set[str]:
    """What a body of symbol series ``series`` may be called in a graph: the series, its IRI form, and
    the names the material's own texts print for it (the ``name`` of each ``body`` fact)."""
    return {norm(series), slug(series)} | ALIASES.get(series, set()) | printed_names().get(series, set())


@cache
def printed_names(material: Path = MATERIAL) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for path in sorted(material.glob("*/*.expected.toml")):
        for fact in tomllib.loads(path.read_text(encoding="utf-8")).get("facts", ()):
            if fact.get("what") == "body" and fact.get("name") and fact.get("value") != UNKNOWN:
                names.setdefault(fact["value"], set()).add(norm(fact["name"]))
    return names


# ------------------------------------------------------------------------------------ one fact, looked up

FOUND, MISSING, CONTRADICTED = "found", "missing", "contradicted"


def single(values: list[str], wanted: object, same: Any = None) -> str:
    """A fact the document has one of: found when every asserted value is it; contradicted when any
    asserted value is another; missing when none is asserted. ``unknown`` is found when none is."""
    same = same or (lambda a, b: norm(a) == norm(b))
    if wanted == UNKNOWN:
        return CONTRADICTED if values else FOUND
    if not values:
        return MISSING
    return FOUND if all(same(v, wanted) for v in values) else CONTRADICTED


def words_within(a: str, b: str) -> bool:
    """One venue names the other (Geneva / Palais des Nations, Geneva)."""
    x, y = norm(a), norm(b)
    return bool(re.search(rf"(^|\W){re.escape(x)}($|\W)", y) or re.search(rf"(^|\W){re.escape(y)}($|\W)", x))


def look_symbol(g: Asked, fact: dict[str, Any], expected: set[str]) -> str:
    values = {norm_symbol(v) for v in g.doc_values("dcterms:identifier")}
    if fact["value"] == UNKNOWN:
        return CONTRADICTED if values else FOUND
    if norm_symbol(fact["value"]) in values:
        return FOUND
    return CONTRADICTED if values - expected else MISSING


def look_body(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    bodies = g.bodies()
    if fact["value"] == UNKNOWN:
        return CONTRADICTED if bodies else FOUND
    if not bodies:
        return MISSING
    wanted = body_names(fact["value"])
    return FOUND if all(names & wanted for names in bodies) else CONTRADICTED


def same_number(a: str, b: object) -> bool:
    return str(a).strip() == str(b)


def same_date(a: str, b: object) -> bool:
    return str(a).strip()[:10] == str(b)


def same_language(a: str, b: object) -> bool:
    return norm(a).split("-")[0] == norm(b)


# Facts a document (or its session) has one of: where the graph holds them, and when two agree.
SINGLE: dict[str, tuple[str, str, Any]] = {
    "session": ("session", "mg:sessionNumber", same_number),
    "venue": ("session", "mg:venue", words_within),
    "start_date": ("session", "mg:startDate", same_date),
    "end_date": ("session", "mg:endDate", same_date),
    "distribution_date": ("doc", "mg:distributionDate", same_date),
    "issued": ("doc", "dcterms:issued", same_date),
    "language": ("doc", "dcterms:language", same_language),
}


def single_values(g: Asked, what: str) -> list[str]:
    on, prop, _ = SINGLE[what]
    return g.session_values(prop) if on == "session" else g.doc_values(prop)


def look_single(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    return single(single_values(g, fact["what"]), fact["value"], SINGLE[fact["what"]][2])


def genre_class(genre: str) -> str:
    return "".join(word.capitalize() for word in genre.split())


def genre_types(g: Asked) -> set[str]:
    """The classes the document is of (rdf:type), and the genre class a text without a symbol is of by its own
    title (dcterms:type: an mg:SourceText is no mg:Document, whose shape demands a symbol), as local names."""
    return {local_name(t) for t in g.doc_values("a") + g.doc_values("dcterms:type") if str(t).startswith(MG)}


def look_genre(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    types = genre_types(g) - NEUTRAL_TYPES
    allowed = {genre_class(fact["value"]), *(genre_class(a) for a in fact.get("also", ()))}
    if genre_class(fact["value"]) in types:
        return FOUND
    return CONTRADICTED if types - allowed else MISSING


def look_title(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    titles = g.doc_values("dcterms:title")
    if not titles:
        return MISSING
    return FOUND if any(norm(t) == norm(fact["value"]) for t in titles) else CONTRADICTED


def look_items(link: str) -> Any:
    def look(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
        wanted = norm_notation(fact["notation"])
        titles = [t for n, t in g.items(link) if norm_notation(n) == wanted]
        if not titles:
            return MISSING
        if "title" not in fact:
            return FOUND
        titles = [t for t in titles if t.strip()]  # an item known without its title says nothing against it
        if not titles:
            return MISSING
        return FOUND if any(norm(t) == norm(fact["title"]) for t in titles) else CONTRADICTED
    return look


def judge_mandates(mandates: Iterable[Mandate], fact: dict[str, Any]) -> str:
    same = [m for m in mandates if m.same(fact)]
    if not same:
        return MISSING
    if "issuer" not in fact:
        return FOUND
    verdicts = {m.issued_by(fact["issuer"]) for m in same}
    if True in verdicts:
        return FOUND
    return CONTRADICTED if False in verdicts else MISSING


def linked_mandates(g: Asked, fact: dict[str, Any]) -> list[Mandate]:
    """The mandates a grounding fact's item is grounded in, or those the document cites (by mg:cites,
    or as a grounding or the object of an action of anything in its graph)."""
    if fact["what"] == "grounding":
        return [m for item in g.item_nodes(fact["item"])
                for m in g.mandates("SELECT ?m WHERE { ?i mg:groundedIn ?m }", i=item)]
    return g.mandates("""SELECT DISTINCT ?m WHERE {
        { ?d mg:cites ?m } UNION { ?i mg:groundedIn ?m } UNION { ?x mg:actsOn ?m } }""", d=g.doc)


def look_mandate(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    return judge_mandates(linked_mandates(g, fact), fact)


def look_documentation(g: Asked, fact: dict[str, Any], _: set[str]) -> str:
    wanted = norm_symbol(fact["symbol"])
    for item in g.item_nodes(fact["item"]):
        for (d,) in g.rows("SELECT ?x WHERE { ?i mg:documentedBy ?x }", i=item):
            names = {norm_symbol(v) for v in g.values("SELECT ?v WHERE { ?x dcterms:identifier ?v }", x=d)}
            names.add(norm_symbol(str(d).split("/id/doc/")[-1]))
            if wanted in names:
                return FOUND
    return MISSING


LOOKUPS: dict[str, Any] = {
    "symbol": look_symbol,
    "body": look_body,
    **dict.fromkeys(SINGLE, look_single),
    "genre": look_genre,
    "title": look_title,
    "documented_item": look_items("mg:documentedBy"),
    "item": look_items("mg:onAgenda"),
    "grounding": look_mandate,
    "documentation": look_documentation,
    "cites": look_mandate,
}


# ------------------------------------------------------------------------------------ scoring


@dataclass
class Verdict:
    fact: dict[str, Any]
    outcome: str  # found / missing / contradicted for a fact; asserted / absent for a must_not


@dataclass
class DocumentResult:
    name: str
    set: str
    error: str | None = None
    facts: list[Verdict] = field(default_factory=list)
    must_not: list[Verdict] = field(default_factory=list)


def score_graph(doc: Document, graph: Graph | None, error: str | None = None) -> DocumentResult:
    result = DocumentResult(doc.name, doc.set, error)
    asked = Asked(graph, doc.name) if graph is not None else None
    symbols = {norm_symbol(f["value"]) for f in doc.facts if f["what"] == "symbol"}
    for fact in doc.facts:
        outcome = MISSING if asked is None or asked.doc is None else LOOKUPS[fact["what"]](asked, fact, symbols)
        result.facts.append(Verdict(fact, outcome))
    for fact in doc.must_not:
        hit = asked is not None and asked.doc is not None and must_not_asserted(asked, fact)
        result.must_not.append(Verdict(fact, "asserted" if hit else "absent"))
    return result


def must_not_asserted(g: Asked, fact: dict[str, Any]) -> bool:
    """A wrong fact is asserted when the graph holds it, whatever else it holds."""
    what = fact["what"]
    if what == "body":
        return any(names & body_names(fact["value"]) for names in g.bodies())
    if what == "symbol":
        return norm_symbol(fact["value"]) in {norm_symbol(v) for v in g.doc_values("dcterms:identifier")}
    if what in ("item", "documented_item"):
        link = "mg:onAgenda" if what == "item" else "mg:documentedBy"
        return any(norm_notation(n) == norm_notation(fact["notation"])
                   and ("title" not in fact or norm(t) == norm(fact["title"])) for n, t in g.items(link))
    if what in ("grounding", "cites"):
        probe = dict(fact)
        issuer = probe.pop("issuer", None)
        same = [m for m in linked_mandates(g, fact) if m.same(probe)]
        return any(m.issued_by(issuer) for m in same) if issuer else bool(same)
    if what == "genre":
        return genre_class(fact["value"]) in genre_types(g)
    if what == "title":
        return any(norm(t) == norm(fact["value"]) for t in g.doc_values("dcterms:title"))
    if what not in SINGLE:
        return bool(LOOKUPS[what](g, fact, set()) == FOUND)
    same = SINGLE[what][2]
    return any(same(v, fact["value"]) for v in single_values(g, what))


def ingest_graph(path: Path) -> tuple[Graph | None, str | None]:
    """The document's graph as ``mandategraph ingest FILE`` makes it, or why there is none."""
    from mandategraph.ingest import Registry, ingest

    registry = Registry.load(ROOT / "data" / "curated")
    try:
        batch = ingest([path], registry=registry)
    except Exception as exc:  # the scorer must report a crash of the ingester, not stop on it
        return None, f"{type(exc).__name__}: {exc}"
    if batch.errors:
        return None, batch.errors[0][1]
    graph = Graph()
    for result in batch.results:
        graph += result.graph
    return graph, None


def score(docs: Iterable[Document]) -> list[DocumentResult]:
    return [score_graph(doc, *ingest_graph(doc.path)) for doc in docs]


# ------------------------------------------------------------------------------------ the table


@dataclass
class Row:
    expected: int = 0
    found: int = 0
    missing: int = 0
    contradicted: int = 0
    must_not: int = 0
    must_not_asserted: int = 0
    groundings: int = 0
    groundings_found: int = 0

    @property
    def wrong(self) -> int:
        return self.contradicted + self.must_not_asserted


def table(results: Iterable[DocumentResult]) -> dict[int | str, Row]:
    rows: dict[int | str, Row] = {c: Row() for c in CLASSES}
    for r in results:
        for v in r.facts:
            row = rows[v.fact["class"]]
            row.expected += 1
            setattr(row, v.outcome, getattr(row, v.outcome) + 1)
            if v.fact["what"] == "grounding":
                row.groundings += 1
                row.groundings_found += v.outcome == FOUND
        for v in r.must_not:
            row = rows[v.fact["class"]]
            row.must_not += 1
            row.must_not_asserted += v.outcome == "asserted"
    total = Row()
    for row in rows.values():
        for name in asdict(total):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    rows["all"] = total
    return rows


def render(rows: dict[int | str, Row], title: str) -> str:
    def pct(n: int, d: int) -> str:
        return f"{100 * n / d:.0f}%" if d else "-"

    lines = [f"### {title}", "",
             "| class | facts | found | missing | contradicted | must_not asserted | wrong facts | "
             "groundings stated / found |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for key, row in rows.items():
        label = f"{key}. {CLASSES[key]}" if isinstance(key, int) else "**all**"
        lines.append(f"| {label} | {row.expected} | {row.found} ({pct(row.found, row.expected)}) | {row.missing} | "
                     f"{row.contradicted} | {row.must_not_asserted} of {row.must_not} | {row.wrong} | "
                     f"{row.groundings} / {row.groundings_found} |")
    return "\n".join(lines)


def per_document(results: Iterable[DocumentResult]) -> Iterator[str]:
    for r in results:
        found = sum(v.outcome == FOUND for v in r.facts)
        wrong = sum(v.outcome == CONTRADICTED for v in r.facts) + sum(v.outcome == "asserted" for v in r.must_not)
        note = f"  ({r.error})" if r.error else ""
        yield f"{r.set}/{r.name}: {found} of {len(r.facts)} found, {wrong} wrong{note}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ingest_eval", description=__doc__.split("\n\n")[0])
    p.add_argument("--set", default="dev", choices=[*SETS, "all"],
                   help="which documents (default dev; holdout and reserve: the lead only)")
    p.add_argument("--json", type=Path, default=None,
                   help="where the per-document results go (default bench/out/ingest_eval-SET.json)")
    p.add_argument("--documents", action="store_true", help="also print one line per document (dev only)")
    args = p.parse_args(argv)
    results = score(documents(args.set))
    print(render(table(results), f"ingest evaluation, set {args.set}: {len(results)} documents"))
    if args.documents:
        for line in per_document(r for r in results if r.set == "dev"):
            print(line)
    out = args.json or DEFAULT_OUT / f"ingest_eval-{args.set}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"set": args.set, "table": {str(k): asdict(v) for k, v in table(results).items()},
                               "documents": [asdict(r) for r in results]}, ensure_ascii=False, indent=1),
                   encoding="utf-8")
    print(f"results written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
