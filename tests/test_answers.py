"""Answers a legal officer can cite (issue 11): every hop of every item of every agenda in the graph
is stated by its own source, which names both ends of the link; no label is shown in another
language without its mark; a supplied symbol is marked wherever it is shown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.impact import impact_of
from mandategraph.label import BLANKET, PRESUMED, Label, inferred_from_report, official_address, pick, presumed
from mandategraph.network import Evidence, project
from mandategraph.query import internal, run
from mandategraph.render import NO_SOURCE, impact_text, trace_dict, trace_text
from mandategraph.trace import Hop, Node, Trace, trace_item

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
ID = "https://w3id.org/mandategraph/id/"
SUPPLIED = f"[{PRESUMED['supplied']}]"


def _texts() -> dict[str, str]:
    """Each corpus text by its file name and by the web address on its "source:" line."""
    out: dict[str, str] = {}
    for path in SOURCES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        out[path.name] = text
        m = re.match(r"source: (\S+)", text)
        if m:
            out[m[1]] = text
    return out


TEXTS = _texts()


def _flat(text: str) -> str:
    """Text as compared: quotes straightened, white space folded, lower case, and footnote marks
    ("Crime [1] to provide") left out, as the ingester leaves them out of its quotes."""
    text = re.sub(r"\s*\[\d+\](?=[\s,;.:]|$)", "", text)
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split()).lower()


def _all_items(store: ox.Store) -> list[str]:
    return sorted({str(r["agenda"]) and str(r["item"]) for r in run(store, internal("agenda_items.rq")).rows})


@pytest.fixture(scope="module")
def traces(store: ox.Store) -> dict[str, Trace]:
    graph = project(store)
    return {item: trace_item(store, item, graph) for item in _all_items(store)}


def _hops(trace: Trace) -> list[tuple[Node, Hop]]:
    return _walk(trace.item, trace.hops)


def _walk(root: Node, hops: tuple[Hop, ...]) -> list[tuple[Node, Hop]]:
    """Every hop of a tree, with the node it leaves from."""
    out: list[tuple[Node, Hop]] = []

    def walk(source: Node, hops: tuple[Hop, ...]) -> None:
        for hop in hops:
            out.append((source, hop))
            walk(hop.target, hop.children)

    walk(root, hops)
    return out


def names(text: str, node: Node) -> bool:
    """Does ``text`` name ``node`` the way documents do?"""
    flat = _flat(text)
    if node.type in ("Resolution", "Decision"):
        number = node.label.split()[1]
        return re.search(rf"(?<![\d/]){re.escape(number)}(?![\d/])", flat) is not None
    if node.type == "Recommendation":
        topic = _flat(node.label.split(":", 1)[-1].rsplit(" (", 1)[0])
        return topic in flat
    if node.type == "Provision":
        own = _flat(node.label.split(",")[0]).split(" of ")[0]  # "paragraph 3" of "article 32, paragraph 3, ..."
        return own in flat or own.replace("paragraph ", "") in flat
    if node.type == "Treaty":
        return "convention" in flat
    if node.type == "RulesOfProcedure":
        return "rules of procedure" in flat
    if node.type == "Agreement":
        m = re.search(r"(\d{4})-(\d{2})-(\d{2})", node.label)
        months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december"]
        return bool(m) and f"{int(m[3])} {months[int(m[2]) - 1]} {m[1]}" in flat
    if node.type == "AgendaItem":
        return node.label in flat
    return node.label.lower() in flat


def _source_file(store: ox.Store, document: str) -> str | None:
    rows = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT ?f ?want WHERE { ?d mg:sourceFile ?f . "
        "FILTER (STR(?d) = ?want || EXISTS { ?d dcterms:identifier ?s FILTER (STR(?s) = ?want) }) }",
        use_default_graph_as_union=True,
        substitutions={ox.Variable("want"): ox.Literal(document)})
    files = sorted(row["f"].value for row in rows)  # type: ignore[index, union-attr]
    return files[0] if files else None


def _numbered_paragraph(store: ox.Store, document: str, paragraph: str | None) -> str:
    """The numbered paragraph a quote is cited from ("paragraph 1" of a note), as printed: a quote
    that goes on "The Conference further decided ..." is checked against the paragraph that opens
    "In decision 4/4, ..."."""
    m = re.match(r"paragraph (\d+)$", paragraph or "")
    name = _source_file(store, document) if m else None
    if m is None or name is None:
        return ""
    found = re.search(rf"^{m[1]}\.\s+(.+)$", TEXTS[name], re.M)
    return found[1] if found else ""


def _annotation(store: ox.Store, document: str, paragraph: str | None) -> str:
    """The annotation a quote is cited from ("annotation to item 2" of an agenda), as printed: the
    paragraph a reader checks the quote against."""
    m = re.match(r"annotation to item (.+)$", paragraph or "")
    if not m:
        return ""
    rows = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?a ?sym ?n WHERE { "
        "?i mg:onAgenda/dcterms:identifier ?sym ; skos:notation ?n ; mg:annotation ?a }",
        use_default_graph_as_union=True,
        substitutions={ox.Variable("sym"): ox.Literal(document), ox.Variable("n"): ox.Literal(m[1])})
    return " ".join(row["a"].value for row in rows)  # type: ignore[index, union-attr]


def _check_evidence(store: ox.Store, source: Node, hop: Hop, ev: Evidence) -> list[str]:
    """What is wrong with one piece of evidence for one hop (empty: it names both ends)."""
    where = f"{source.label} --{hop.relation}--> {hop.target.label}"
    # the words of the link: a quote, else the text of the document that names it, else the curator's
    # account of what the source says
    subject, obj = (hop.target, source) if hop.relation == "acted on by" else (source, hop.target)
    if ev.inferred_from:
        return _check_inferred(store, where, subject, obj, ev)
    if ev.quote:
        # the quote, and the paragraph it is cited from (a quote that does not repeat "In its
        # resolution 6/3" is still checked against the annotation the reader is sent to)
        words = " ".join((ev.quote, ev.paragraph or "", _annotation(store, ev.document or "", ev.paragraph),
                          _numbered_paragraph(store, ev.document or "", ev.paragraph)))
        if ev.document:
            name = _source_file(store, ev.document)
            if name and _flat(ev.quote) not in _flat(TEXTS[name]):
                return [f"{where}: the quote is not in {name}"]
        for src in ev.sources:
            text = TEXTS.get(src) or TEXTS.get(_source_file(store, src.removeprefix(f"{ID}doc/")) or "")
            if text is not None and _flat(ev.quote) not in _flat(text):
                return [f"{where}: the quote is not in the text of {src}"]
    elif ev.document:
        name = _source_file(store, ev.document)
        if name is None:
            return [f"{where}: named in {ev.document}, which has no text in data/sources"]
        words = TEXTS[name]
    elif ev.sources and ev.note:
        words = ev.note
    else:
        return []  # no source: the trace must say so (checked by the caller)
    return [f"{where}: {'the quote' if ev.quote else 'its source'} does not name {end.label}"
            for end in (subject, obj) if not names(words, end)]


def _check_inferred(store: ox.Store, where: str, actor: Node, recommendation: Node, ev: Evidence) -> list[str]:
    """A link inferred from a blanket action: its quote names the actor and "the recommendations
    contained therein" of a report, and the recommendation was adopted at the meeting of that report
    (the quote cannot name it: the answer says so, checked by the caller)."""
    problems = []
    if not ev.quote or BLANKET not in _flat(ev.quote) or not names(ev.quote, actor):
        problems.append(f"{where}: the blanket quote does not name {actor.label} and {BLANKET!r}")
    if ev.document:
        name = _source_file(store, ev.document)
        if name and _flat(ev.quote or "") not in _flat(TEXTS[name]):
            problems.append(f"{where}: the quote is not in {name}")
    adopted = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> ASK { ?rec mg:adoptedAt ?meeting }",
        use_default_graph_as_union=True,
        substitutions={ox.Variable("rec"): ox.NamedNode(recommendation.iri),
                       ox.Variable("meeting"): ox.NamedNode(ev.inferred_from or "")})
    if not adopted:
        problems.append(f"{where}: {recommendation.label} was not adopted at {ev.inferred_from}")
    return problems


def _problems(store: ox.Store, hops: list[tuple[Node, Hop]], text: str) -> list[str]:
    """What is wrong with the evidence of ``hops``, shown as ``text``: every stated hop's source names
    both ends, a hop with none says so, an inferred hop says it is inferred."""
    problems: list[str] = []
    prose = " ".join(text.replace("\u2502", " ").split())
    for source, hop in hops:
        stated = [e for e in hop.evidence if (e.quote or e.document or e.sources)
                  and not (e.iri or "").startswith(f"{ID}review/")]
        for ev in stated:
            problems += _check_evidence(store, source, hop, ev)
        if not stated and NO_SOURCE not in text:
            problems.append(f"{source.label} --{hop.relation}--> {hop.target.label}: no source, not said")
        for ev in hop.evidence:
            if ev.inferred_from and inferred_from_report(ev.inferred_labels) not in prose:
                problems.append(f"{source.label} --{hop.relation}--> {hop.target.label}: inferred, not said")
    return problems


def test_every_hop_of_every_agenda_item_is_stated_by_a_source_naming_both_ends(
        store: ox.Store, traces: dict[str, Trace]) -> None:
    problems: list[str] = []
    hops = 0
    for trace in traces.values():
        hops += len(_hops(trace))
        problems += _problems(store, _hops(trace), trace_text(trace))
    assert hops > 40  # every item of the seed agenda and the other agendas in the graph
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_hop_of_every_mandates_impact_is_stated_by_a_source_naming_both_ends(store: ox.Store) -> None:
    """The reverse answers too: what each resolution, decision and recommendation grounds, with
    the links inferred from a blanket action ("the recommendations contained therein") said to be."""
    graph = project(store)
    mandates = sorted(n for n, d in graph.nodes(data=True) if d.get("type") in ("Resolution", "Decision",
                                                                                "Recommendation"))
    problems: list[str] = []
    inferred = 0
    for mandate in mandates:
        impact = impact_of(store, mandate, graph)
        hops = _walk(impact.mandate, impact.hops)
        inferred += sum(1 for _, hop in hops for ev in hop.evidence if ev.inferred_from)
        problems += _problems(store, hops, impact_text(impact))
    assert len(mandates) > 40 and inferred >= 1  # 6/3 on the recommendations of WG.7's 1st meeting
    assert not problems, "\n".join(sorted(set(problems)))


def test_a_curated_link_does_not_borrow_the_sources_of_its_subject(traces: dict[str, Trace]) -> None:
    """Resolution 5/3 is sourced from four documents about 5/3; only the Russian report states that
    it rests on article 32 (3) (facts, section 0)."""
    trace = traces[f"{ID}session/ctoc-cop-wg7/2/item/1b"]
    found = {h.target.iri: h for s, h in _hops(trace) if s.label == "resolution 5/3" and h.relation == "based on"}
    assert len(found) == 2
    for hop in found.values():
        sources = {src for ev in hop.evidence for src in ev.sources}
        assert sources == {"http://www.crime.vl.ru/index.php?p=4156&more=1&c=1&tb=1&pb=1"}
        assert hop.status == "unverified"


def test_no_label_in_another_language_without_its_mark(traces: dict[str, Trace]) -> None:
    for trace in traces.values():
        text = trace_text(trace)
        data = json.dumps(trace_dict(trace), ensure_ascii=False)
        for _, hop in _hops(trace):
            node = hop.target
            if node.title is None:
                continue
            assert '"title_lang"' in data
            if node.title_gloss:
                assert f"{node.title} [gloss]" in text, node.label
            elif node.title_lang and not node.title_lang.startswith("en"):
                assert f"{node.title} [{node.title_lang}]" in text, node.label


def test_no_item_document_or_meeting_shown_in_another_language_without_its_mark(
        traces: dict[str, Trace]) -> None:
    """The item itself (a Russian agenda's items), the documents before the meeting and the agenda
    in the header, not only the hops."""
    marked = 0
    for trace in traces.values():
        text = trace_text(trace)
        if trace.item.title and trace.item.title_lang and not trace.item.title_lang.startswith("en") \
                and not trace.item.title_gloss:
            assert f"{trace.item.title} [{trace.item.title_lang}]" in text, trace.item.iri
            marked += 1
        for paper in (*trace.papers, *((trace.agenda,) if trace.agenda else ())):
            if paper.title is not None:
                assert paper.title.shown(trace.lang) in text, paper.iri
                if paper.title.lang and not paper.title.lang.startswith("en") and not paper.title.gloss:
                    assert f"{paper.title.text} [{paper.title.lang}]" in text, paper.iri
                    marked += 1
    assert marked >= 2  # the Russian agenda of WG.4 (2010): an item and its documents


def _supplied(store: ox.Store) -> set[str]:
    rows = store.query(
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "SELECT DISTINCT ?s WHERE { ?d mg:symbolSupplied true ; dcterms:identifier ?s }",
        use_default_graph_as_union=True)
    return {row["s"].value for row in rows}  # type: ignore[index, union-attr]


def _unmarked(text: str, symbols: set[str]) -> list[str]:
    """Lines showing a supplied symbol without its mark (its official address and the footnotes
    explaining it aside)."""
    out = []
    for line in text.split("\nNotes\n")[0].splitlines():
        for symbol in symbols:
            for m in re.finditer(re.escape(symbol) + r"(?![\d/])", line):
                if not line[m.end():].startswith(f" {SUPPLIED}") and "undocs.org" not in line[:m.start()]:
                    out.append(line)
    return out


def test_every_supplied_symbol_is_marked_in_every_trace_and_impact(store: ox.Store,
                                                                    traces: dict[str, Trace]) -> None:
    symbols = _supplied(store)
    assert "CTOC/COP/WG.7/2013/1" in symbols
    problems = []
    for trace in traces.values():
        problems += _unmarked(trace_text(trace) + "\n" + trace_text(trace, brief=True), symbols)
    graph = project(store)
    for mandate in sorted(n for n, d in graph.nodes(data=True) if d.get("type") in ("Resolution", "Decision",
                                                                                      "Recommendation")):
        problems += _unmarked(impact_text(impact_of(store, mandate, graph)), symbols)
    assert not problems, "\n".join(sorted(set(problems))[:20])


def test_no_trace_names_a_document_by_an_internal_name(traces: dict[str, Trace]) -> None:
    """A text that prints no symbol (a web page) is named by the address it was read from, never by
    the name of its IRI ("source/ctoc-cop-session3-decisions-2006" was printed)."""
    shown = [line for trace in traces.values() for text in (trace_text(trace), trace_text(trace, brief=True))
             for line in text.splitlines() if re.search(r"(?<![\w/.])source/[a-z0-9]", line)]
    assert not shown, "\n".join(shown[:10])
    named = "\n".join(trace_text(t) for t in traces.values())
    assert "https://unodc.org/unodc/treaties/CTOC/CTOC-COP-session3-decisions.html" in named


def test_english_readers_get_the_gloss_spanish_readers_the_printed_title(store: ox.Store) -> None:
    item = f"{ID}session/ctoc-cop-wg7/2/item/4"
    english = trace_item(store, item).hops[0].target
    assert (english.title_gloss, english.title_lang) == (True, "en")
    assert "[gloss]" in trace_text(trace_item(store, item))
    spanish = trace_item(store, item, lang="es").hops[0].target
    assert (spanish.title_gloss, spanish.title_lang) == (False, "es")
    assert spanish.title and spanish.title.startswith("Aplicación de las disposiciones")


def test_the_supplied_symbol_is_marked_wherever_it_is_shown(traces: dict[str, Trace]) -> None:
    seed = [t for t in traces.values() if t.agenda and t.agenda.symbol == "CTOC/COP/WG.7/2013/1"]
    assert len(seed) == 8  # items 1, 1 (a), 1 (b), 2, 3, 4, 5, 6
    for trace in seed:
        assert trace.agenda is not None and trace.agenda.supplied
        text = trace_text(trace).split("\nNotes\n")[0] + "\n" + trace_text(trace, brief=True).split("\nNotes\n")[0]
        for line in text.splitlines():
            for m in re.finditer(r"CTOC/COP/WG\.7/2013/1(?![\d/])", line):
                rest = line[m.end():]
                assert rest.startswith(f" {SUPPLIED}") or "undocs.org" in line[:m.start()] \
                    or "Notes" in line or line.startswith("  ["), line
        data = trace_dict(trace)
        assert data["agenda"]["symbol_supplied"] is True and data["agenda"]["presumed"] == "supplied"


def test_label_choice() -> None:
    titles = [("Aplicación del Protocolo", "es"), ("Осуществление Протокола", "ru")]
    glosses = [("[gloss] Implementation of the Protocol", "en")]
    assert pick(titles, glosses, "en") == Label("Implementation of the Protocol", "en", gloss=True)
    assert pick(titles, glosses, "es") == Label("Aplicación del Protocolo", "es")
    assert pick(titles, (), "en") == Label("Aplicación del Protocolo", "es")
    assert pick(titles, (), "en").shown("en") == "Aplicación del Protocolo [es]"  # type: ignore[union-attr]
    assert pick([("Title", "en-GB")], (), "en").shown("en") == "Title"  # type: ignore[union-attr]
    assert pick([], [], "en") is None
    assert presumed("CTOC/COP/WG.7/2013/1", "supplied") == "CTOC/COP/WG.7/2013/1 [supplied, not printed in the text]"
    assert presumed("x", "asserted") == "x"


def test_every_document_has_its_official_address(store: ox.Store) -> None:
    rows = list(store.query(
        "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
        "SELECT DISTINCT ?d ?s ?a WHERE { ?d a/rdfs:subClassOf* mg:Document ; dcterms:identifier ?s . "
        "OPTIONAL { ?d rdfs:seeAlso ?a } }",
        use_default_graph_as_union=True))
    symbols: dict[str, set[str]] = {}
    addresses: dict[str, set[str]] = {}
    for row in rows:
        doc = row["d"].value  # type: ignore[index, union-attr]
        symbols.setdefault(doc, set()).add(official_address(row["s"].value))  # type: ignore[index, union-attr]
        if row["a"] is not None:  # type: ignore[index]
            addresses.setdefault(doc, set()).add(row["a"].value)  # type: ignore[index, union-attr]
    assert len(symbols) > 10
    assert addresses == symbols  # one address per symbol (a document with two symbols has both)
    assert official_address("E/2013/30 - E/CN.15/2013/27") == "https://undocs.org/E/2013/30%20-%20E/CN.15/2013/27"


def test_exports_an_analyst_can_use(store: ox.Store, tmp_path: Path) -> None:
    import csv

    from mandategraph.export import export, parse_scope

    export(store, "csv", parse_scope(None), tmp_path / "all")
    with (tmp_path / "all.nodes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    items = [r for r in rows if r["type"] == "AgendaItem"]
    assert len({r["label"] for r in items}) == len(items) > 50  # "item 2" is on many agendas
    session = next(r for r in rows if r["id"] == f"{ID}session/ctoc-cop-wg7/2")
    assert (session["number"], session["start"], session["end"], session["venue"]) == \
        ("2", "2013-11-11", "2013-11-13", "Vienna")
    slots = [r for r in rows if r["type"] == "ScheduleSlot" and r["id"].startswith(f"{ID}session/ctoc-cop-wg7/2/")]
    assert len(slots) == 6 and all(r["start"] and r["end"] for r in slots)
    agenda = next(r for r in rows if r["id"] == f"{ID}doc/CTOC/COP/WG.7/2013/1")
    assert agenda["presumed"] == "supplied" and agenda["label"].endswith(SUPPLIED)
    assert agenda["official_address"] == "https://undocs.org/CTOC/COP/WG.7/2013/1"
    resolution = next(r for r in rows if r["id"] == f"{ID}resolution/ctoc-cop/6/4")
    assert (resolution["title_lang"], resolution["title_gloss"]) == ("en", "true")
    jsonld = json.loads(export(store, "jsonld", parse_scope("item=WG.7 2013 item 2")).data)
    assert jsonld["@context"]["mg"] == "https://w3id.org/mandategraph/ontology#"
    assert '"dcterms:title"' in json.dumps(jsonld)
