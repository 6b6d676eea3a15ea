"""A seeded generator of synthetic mandate graphs in the project's own vocabulary and IRIs.

One *conference* (a treaty, its Conference of the Parties, rules of procedure, working groups) is
generated session by session until the dataset holds the target number of quads; further
conferences follow with their own symbol prefixes. Each COP session adopts resolutions with
operative paragraphs (``mg:Provision mg:partOf``); resolutions form thematic lines in which each
resolution ``mg:continues`` the previous one (3 to 10 deep), the first resting on a treaty paragraph
(``eli:based_on``) and possibly establishing a working group; working-group meetings adopt
recommendations that the next COP session acts on (``mg:actsOn``). Every meeting has an annotated
agenda (its own named graph, as the ingester writes it) whose substantive items are grounded
(``mg:groundedIn`` with an ``mg:Grounding``: quote, document, activity, status, selectors) in
operative paragraphs and recommendations, and documented by background papers. The output is
N-Quads without the ontology and without materialisation, i.e. what ``build`` starts from.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from mandategraph import __version__, iri
from mandategraph.namespaces import DCTERMS, ELI, MG, OA, PROV, RDF, RDFS, SKOS, XSD

SCALES: dict[str, int] = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SEED = 20_240_611

TOPICS = (
    "trafficking in persons", "smuggling of migrants", "illicit manufacturing of and trafficking in "
    "firearms", "international cooperation in criminal matters", "technical assistance",
    "asset recovery", "cybercrime", "trafficking in cultural property", "crimes that affect the "
    "environment", "review of the implementation of the Convention", "corruption in the public "
    "sector", "falsified medical products", "trafficking in organs", "money-laundering",
    "protection of witnesses", "special investigative techniques", "mutual legal assistance",
    "extradition", "joint investigations", "transfer of sentenced persons",
)
ACTIONS = ("decides", "requests", "urges", "welcomes", "takesNote", "encourages", "invites",
           "recalls", "notes")
VENUES = ("Vienna", "Vienna", "Vienna", "New York", "Geneva", "Palermo", "Doha", "Bangkok")
VERBS = {"decides": "decided", "requests": "requested", "urges": "urged", "welcomes": "welcomed",
         "takesNote": "took note", "encourages": "encouraged", "invites": "invited",
         "recalls": "recalled", "notes": "noted"}


def _lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    body = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r"))
    if lang:
        return f'"{body}"@{lang}'
    if datatype:
        return f'"{body}"^^<{datatype}>'
    return f'"{body}"'


def _date(d: date) -> str:
    return _lit(d.isoformat(), datatype=str(XSD.date))


def _int(n: int) -> str:
    return _lit(str(n), datatype=str(XSD.integer))


def _bool(b: bool) -> str:
    return _lit("true" if b else "false", datatype=str(XSD.boolean))


class Quads:
    """N-Quads lines, written as they come; counts them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str, g: str) -> None:
        """``o`` is an IRI (plain string) or a literal already written with :func:`_lit`."""
        obj = o if o.startswith('"') else f"<{o}>"
        self.lines.append(f"<{s}> <{p}> {obj} <{g}> .\n")

    def __len__(self) -> int:
        return len(self.lines)


@dataclass
class Line:
    """A thematic line of resolutions, each continuing the previous one."""

    topic: str
    length: int
    resolutions: list[tuple[str, str, list[str]]] = field(default_factory=list)  # iri, notation, paras
    body: str | None = None  # the working group this line established, if any


@dataclass
class WorkingGroup:
    prefix: str
    iri: str
    topic: str
    line: Line
    meetings: int = 0
    last_recs: list[tuple[str, str]] = field(default_factory=list)  # (iri, label) of the last meeting


class Conference:
    """One treaty's Conference of the Parties, generated one two-year cycle at a time."""

    def __init__(self, out: Quads, number: int, seed: int) -> None:
        self.q = out
        self.n = number
        self.rng = random.Random(f"{seed}/{number}")
        self.prefix = "CTOC/COP" if number == 0 else f"TOC{number}/COP"
        self.body = str(iri.body(self.prefix))
        self.graph = str(iri.graph_curated(f"synthetic-{number}"))
        self.curation = str(iri.curation_activity(f"synthetic-{number}"))
        self.agent = str(iri.software_agent(__version__))
        self.year0 = 2004 + self.rng.randint(0, 6)
        self.session = 0
        self.lines: list[Line] = []
        self.groups: list[WorkingGroup] = []
        self.paragraphs: list[str] = []  # treaty paragraphs
        self.last_resolutions: list[tuple[str, str, list[str]]] = []
        self.pending_recs: list[tuple[str, str, str]] = []  # (rec iri, label, report doc)
        self._foundation()

    # ------------------------------------------------------------------ helpers
    def t(self, s: str, p: object, o: str, g: str | None = None) -> None:
        self.q.add(s, str(p), o, g or self.graph)

    def _evidence(self, s: str, p: object, o: str, doc: str, quote: str, graph: str,
                  activity: str, kind: object = MG.Evidence, action: str | None = None,
                  paragraph: str | None = None, offset: int = 0) -> str:
        ev = str(iri.evidence(s, p, o, doc))  # type: ignore[arg-type]
        self.t(ev, RDF.type, str(kind), graph)
        if kind == MG.Grounding:
            self.t(ev, MG.item, s, graph)
            self.t(ev, MG.mandate, o, graph)
        else:
            self.t(ev, MG.linkSubject, s, graph)
            self.t(ev, MG.linkObject, o, graph)
        self.t(ev, MG.linkProperty, str(p), graph)
        self.t(ev, MG.statedIn, doc, graph)
        self.t(ev, MG.quote, _lit(quote), graph)
        roll = self.rng.random()
        status = MG.asserted if roll < 0.9 else MG.unverified if roll < 0.96 else MG.verified
        self.t(ev, MG.status, str(status), graph)
        self.t(ev, PROV.wasGeneratedBy, activity, graph)
        if action:
            self.t(ev, MG.action, str(MG[f"action-{action}"]), graph)
        if paragraph:
            self.t(ev, MG.paragraph, _lit(paragraph), graph)
        if kind == MG.Grounding:
            for sel, cls in (("quote", OA.TextQuoteSelector), ("position", OA.TextPositionSelector)):
                node = f"{ev}#{sel}"
                self.t(ev, OA.hasSelector, node, graph)
                self.t(node, RDF.type, str(cls), graph)
            self.t(f"{ev}#quote", OA.exact, _lit(quote), graph)
            self.t(f"{ev}#position", OA.start, _int(offset), graph)
            self.t(f"{ev}#position", OA.end, _int(offset + len(quote)), graph)
            if self.rng.random() < 0.03:  # a curator disputes or verifies some groundings
                self._review(s, p, o)
        return ev

    def _review(self, s: str, p: object, o: str) -> None:
        source = str(iri.document(f"{self.prefix}/{self.year0}/INF/1"))
        rv = str(iri.evidence(s, p, o, self.curation))
        status = MG.disputed if self.rng.random() < 0.5 else MG.verified
        for pred, obj in ((RDF.type, str(MG.Review)), (MG.linkSubject, s), (MG.linkProperty, str(p)),
                          (MG.linkObject, o), (MG.status, str(status)),
                          (PROV.wasGeneratedBy, self.curation), (DCTERMS.source, source),
                          (SKOS.editorialNote, _lit("The report of the session gives this mandate "
                                                    "a different subject.", "en"))):
            self.t(rv, pred, obj)

    def _document(self, symbol: str, kind: object, title: str, issued: date, session: str,
                  graph: str | None = None) -> str:
        doc = str(iri.document(symbol))
        self.t(doc, RDF.type, str(kind), graph)
        self.t(doc, DCTERMS.identifier, _lit(symbol), graph)
        self.t(doc, DCTERMS.title, _lit(title, "en"), graph)
        self.t(doc, DCTERMS.issued, _date(issued), graph)
        self.t(doc, MG.forSession, session, graph)
        return doc

    def _session(self, body: str, label: str, key: int, start: date, days: int,
                 dated: bool = True) -> str:
        sess = str(iri.session(body, key))
        self.t(sess, RDF.type, str(MG.Session))
        self.t(sess, RDFS.label, _lit(label, "en"))
        self.t(sess, MG.ofBody, str(iri.body(body)))
        self.t(sess, MG.sessionNumber, _int(key))
        if dated:
            self.t(sess, MG.startDate, _date(start))
            self.t(sess, MG.endDate, _date(start + timedelta(days=days)))
        else:
            self.t(sess, MG.status, str(MG.unverified))
            self.t(sess, SKOS.editorialNote, _lit("No source found gives the dates of this "
                                                  "meeting.", "en"))
        self.t(sess, MG.venue, _lit(self.rng.choice(VENUES)))
        self.t(sess, DCTERMS.source, str(iri.document(f"{self.prefix}/{self.year0}/INF/1")))
        return sess

    # ------------------------------------------------------------------ the conference
    def _foundation(self) -> None:
        c = self.curation
        self.t(c, RDF.type, str(MG.Curation))
        self.t(c, RDFS.label, _lit(f"curation of synthetic conference {self.n}", "en"))
        self.t(self.body, RDF.type, str(MG.Body))
        self.t(self.body, RDFS.label, _lit(f"Conference of the Parties to Convention {self.n} "
                                           "against Transnational Organized Crime", "en"))
        self.t(self.body, MG.symbolPrefix, _lit(self.prefix))
        treaty = str(iri.treaty(f"convention-{self.n}"))
        self.t(treaty, RDF.type, str(MG.Treaty))
        self.t(treaty, DCTERMS.title, _lit(f"Convention {self.n} against Transnational Organized "
                                           "Crime", "en"))
        for a in range(1, 13):
            article = str(iri.provision(iri.treaty(f"convention-{self.n}"), ("article", a)))
            self.t(article, RDF.type, str(MG.Provision))
            self.t(article, SKOS.notation, _lit(f"article {a}"))
            self.t(article, MG.partOf, treaty)
            for p in range(1, 4):
                para = f"{article}/paragraph/{p}"
                self.t(para, RDF.type, str(MG.Provision))
                self.t(para, SKOS.notation, _lit(f"paragraph {p}"))
                self.t(para, MG.partOf, article)
                self.paragraphs.append(para)
        rules = str(iri.rules_of_procedure(self.prefix))
        self.t(rules, RDF.type, str(MG.RulesOfProcedure))
        self.t(rules, RDFS.label, _lit(f"Rules of procedure of the Conference of the Parties to "
                                       f"Convention {self.n}", "en"))
        for r in range(1, 11):
            rule = f"{rules}/rule/{r}"
            self.t(rule, RDF.type, str(MG.Provision))
            self.t(rule, SKOS.notation, _lit(f"rule {r}"))
            self.t(rule, MG.partOf, rules)
        self.rules = rules

    def cycle(self) -> None:
        """One COP session (resolutions, agenda) and one meeting of each working group after it."""
        self.session += 1
        s = self.session
        year = self.year0 + 2 * (s - 1)
        start = date(year, 10, 8) + timedelta(days=self.rng.randint(0, 20))
        sess = self._session(self.prefix, f"Session {s} of the Conference of the Parties to "
                             f"Convention {self.n}", s, start, 9)
        if s == 1:
            dec = str(iri.decision(self.prefix, 1, 1))
            for pred, obj in ((RDF.type, str(MG.Decision)), (SKOS.notation, _lit("1/1")),
                              (MG.adoptedBy, self.body), (MG.adoptedAt, sess),
                              (DCTERMS.title, _lit("Adoption of the rules of procedure", "en"))):
                self.t(dec, pred, obj)
            self.t(self.rules, ELI.based_on, dec)
        last = self._agenda(self.prefix, sess, s, year, start)
        report = self._document(f"{self.prefix}/{year}/{last + 1}", MG.Report,
                                f"Report of the Conference of the Parties on its session {s}",
                                start + timedelta(days=60), sess)
        self._resolutions(sess, s, report, start + timedelta(days=9))
        for wg in self.groups:
            self._meeting(wg, year + 1)

    def _resolutions(self, sess: str, s: int, report: str, adopted: date) -> None:
        rng = self.rng
        live = [ln for ln in self.lines if len(ln.resolutions) < ln.length]
        while len(live) < rng.randint(4, 7):
            line = Line(rng.choice(TOPICS), rng.randint(3, 10))
            self.lines.append(line)
            live.append(line)
        rng.shuffle(live)
        adopted_now = []
        recs = self.pending_recs
        self.pending_recs = []
        for number, line in enumerate(live, start=1):
            res = str(iri.resolution(self.prefix, s, number))
            notation = f"{s}/{number}"
            title = f"Implementation of the Convention as regards {line.topic}"
            for pred, obj in ((RDF.type, str(MG.Resolution)), (SKOS.notation, _lit(notation)),
                              (DCTERMS.title, _lit(title, "en")), (MG.adoptedBy, self.body),
                              (MG.adoptedAt, sess), (DCTERMS.date, _date(adopted)),
                              (DCTERMS.source, report)):
                self.t(res, pred, obj)
            paras = []
            for k in range(1, rng.randint(4, 12) + 1):
                para = str(iri.provision(iri.resolution(self.prefix, s, number), ("paragraph", k)))
                self.t(para, RDF.type, str(MG.Provision))
                self.t(para, SKOS.notation, _lit(f"paragraph {k}"))
                self.t(para, MG.partOf, res)
                self.t(para, MG.action, str(MG[f"action-{rng.choice(ACTIONS)}"]))
                paras.append(para)
            if line.resolutions:
                prev, prev_notation, _ = line.resolutions[-1]
                self.t(res, MG.continues, prev)
                self._evidence(res, MG.continues, prev, report, f"Recalling its resolution "
                               f"{prev_notation}, on {line.topic},", self.graph, self.curation,
                               action="recalls")
            else:
                self.t(res, ELI.based_on, rng.choice(self.paragraphs))
                if rng.random() < 0.5:
                    self.t(res, ELI.based_on, f"{self.rules}/rule/2")
                if len(self.groups) < 4 and rng.random() < 0.6:
                    self._establish(res, line)
            line.resolutions.append((res, notation, paras))
            adopted_now.append((res, notation, paras))
        # The Conference acts on the recommendations its working groups adopted since the last session.
        for rec, label, _doc in recs:
            if rng.random() < 0.7:
                res, notation, _ = rng.choice(adopted_now)
                self.t(res, MG.actsOn, rec)
                self._evidence(res, MG.actsOn, rec, report, f"Takes note of the {label} and "
                               f"requests the Secretariat to act upon it (resolution {notation}).",
                               self.graph, self.curation, action="takesNote")
        self.last_resolutions = adopted_now

    def _establish(self, res: str, line: Line) -> None:
        number = len(self.groups) + 2
        prefix = f"{self.prefix}/WG.{number}"
        body = str(iri.body(prefix))
        self.t(body, RDF.type, str(MG.Body))
        self.t(body, RDFS.label, _lit(f"Working Group on {line.topic.capitalize()}", "en"))
        self.t(body, MG.symbolPrefix, _lit(prefix))
        self.t(body, MG.parentBody, self.body)
        self.t(res, MG.establishes, body)
        line.body = body
        self.groups.append(WorkingGroup(prefix, body, line.topic, line))

    def _meeting(self, wg: WorkingGroup, year: int) -> None:
        rng = self.rng
        wg.meetings += 1
        m = wg.meetings
        start = date(year, rng.choice((5, 6, 7, 9)), 1) + timedelta(days=rng.randint(0, 25))
        sess = self._session(wg.prefix, f"Meeting {m} of the {wg.topic} working group", m, start,
                             rng.randint(1, 4), dated=rng.random() > 0.05)
        last = self._agenda(wg.prefix, sess, m, year, start, wg=wg)
        report = self._document(f"{wg.prefix}/{year}/{last + 1}", MG.Report,
                                f"Report on the meeting of the Working Group held in {year}",
                                start + timedelta(days=30), sess)
        recs = []
        for k in range(1, rng.randint(3, 8) + 1):
            rec = str(iri.recommendation(wg.prefix, m, k))
            label = f"recommendation {k} of meeting {m} on {wg.topic}"
            for pred, obj in ((RDF.type, str(MG.Recommendation)), (RDFS.label, _lit(label, "en")),
                              (MG.adoptedBy, wg.iri), (MG.adoptedAt, sess),
                              (DCTERMS.source, report)):
                self.t(rec, pred, obj)
            recs.append((rec, label))
            self.pending_recs.append((rec, label, report))
        wg.last_recs = recs

    def _agenda(self, prefix: str, sess: str, number: int, year: int, start: date,
                wg: WorkingGroup | None = None) -> int:
        """The agenda of a session (its own named graph); returns the last document number used."""
        rng = self.rng
        symbol = f"{prefix}/{year}/1"
        graph = str(iri.graph_for_document(symbol))
        sha = hashlib.sha256(f"{self.n}/{symbol}".encode()).hexdigest()
        activity = str(iri.ingest_activity(sha, __version__))
        self.t(activity, RDF.type, str(MG.IngestRun), graph)
        self.t(activity, RDFS.label, _lit(f"ingest of {symbol} by mandategraph {__version__}"),
               graph)
        self.t(activity, PROV.wasAssociatedWith, self.agent, graph)
        self.t(self.agent, RDF.type, str(PROV.SoftwareAgent), graph)
        agenda = self._document(symbol, MG.Agenda, "Provisional agenda and annotations",
                                start - timedelta(days=rng.randint(40, 90)), sess, graph)
        self.t(agenda, MG.distributionDate, _date(start - timedelta(days=60)), graph)
        self.t(agenda, DCTERMS.language, _lit("en"), graph)
        self.t(agenda, PROV.wasGeneratedBy, activity, graph)
        # Mandates an item of this agenda can rest on: the latest resolutions' paragraphs, and the
        # recommendations of the previous meeting of the working group.
        sources: list[tuple[str, str]] = []
        pool = wg.line.resolutions[-1:] if wg and wg.line.resolutions else []
        pool += [r for r in self.last_resolutions if r not in pool]
        for _res, notation, paras in pool:
            for para in paras[:4]:
                sources.append((para, f"In paragraph {para.rsplit('/', 1)[-1]} of its resolution "
                                f"{notation}, the Conference {VERBS[rng.choice(ACTIONS)]} that the "
                                f"{'Working Group' if wg else 'Conference'} should consider"))
        if wg:
            for rec, label in wg.last_recs:
                sources.append((rec, f"At its previous meeting the Working Group adopted the {label}"
                                ", that the next meeting should focus on"))
        items: list[tuple[str, str, bool]] = [("1", "Organizational matters", True),
                                              ("1 (a)", "Opening of the session", True),
                                              ("1 (b)", "Adoption of the agenda and organization "
                                               "of work", True)]
        topics = rng.sample(TOPICS, rng.randint(3, 7) if sources else 0)
        items += [(str(i), t.capitalize(), False) for i, t in enumerate(topics, start=2)]
        n = len(items) + 1
        items += [(str(n), "Other matters", True), (str(n + 1), "Adoption of the report", True)]
        offset = 800
        papers = 1
        for order, (notation, title, procedural) in enumerate(items, start=1):
            item = str(iri.item(iri.session(prefix, number), notation))  # type: ignore[arg-type]
            self.t(item, RDF.type, str(MG.AgendaItem), graph)
            self.t(item, SKOS.notation, _lit(notation), graph)
            self.t(item, DCTERMS.title, _lit(title, "en"), graph)
            self.t(item, MG.forSession, sess, graph)
            self.t(item, MG.onAgenda, agenda, graph)
            self.t(item, MG.order, _int(order), graph)
            self.t(item, MG.isProcedural, _bool(procedural), graph)
            if " (" in notation:
                self.t(item, MG.subItemOf, str(iri.item(iri.session(prefix, number),
                                                         notation.split(" ")[0])), graph)
            if procedural:
                continue
            annotation = []
            for mandate, lead in rng.sample(sources, min(len(sources), rng.choice((1, 1, 2, 2, 3)))):
                quote = f"{lead} {title.lower()}."
                self.t(item, MG.groundedIn, mandate, graph)
                self.t(agenda, MG.cites, mandate, graph)
                self._evidence(item, MG.groundedIn, mandate, agenda, quote, graph, activity,
                               MG.Grounding, rng.choice(ACTIONS), f"annotation to item {notation}",
                               offset)
                offset += len(quote) + 1
                annotation.append(quote)
            self.t(item, MG.annotation, _lit(" ".join(annotation), "en"), graph)
            for _ in range(rng.randint(0, 2)):
                papers += 1
                psymbol = f"{prefix}/{year}/{papers}"
                ptitle = f"Background paper prepared by the Secretariat on {title.lower()}"
                paper = self._document(psymbol, MG.BackgroundPaper, ptitle,
                                       start - timedelta(days=30), sess, graph)
                self.t(item, MG.documentedBy, paper, graph)
                self._evidence(item, MG.documentedBy, paper, agenda, f"{ptitle} ({psymbol})", graph,
                               activity, paragraph=f"documentation of item {notation}")
        return papers


@dataclass(frozen=True)
class Generated:
    path: Path
    scale: str
    seed: int
    quads: int
    conferences: int


def generate(target: int, seed: int = SEED) -> tuple[list[str], int]:
    """N-Quads lines for about ``target`` quads (at least), and the number of conferences."""
    out = Quads()
    number = 0
    while len(out) < target:
        conf = Conference(out, number, seed)
        for _ in range(10):
            conf.cycle()
            if len(out) >= target:
                break
        number += 1
    return out.lines, number


def dataset(scale: str, directory: Path, seed: int = SEED) -> Generated:
    """The generated dataset for ``scale`` (written once per scale and seed, then reused)."""
    path = directory / f"synthetic-{scale}-{seed}.nq"
    meta = path.with_suffix(".count")
    if not (path.is_file() and meta.is_file()):
        lines, conferences = generate(SCALES[scale], seed)
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        tmp.write_text("".join(lines), encoding="utf-8")
        tmp.replace(path)
        meta.write_text(f"{len(lines)} {conferences}\n", encoding="utf-8")
    quads, conferences = (int(x) for x in meta.read_text(encoding="utf-8").split())
    return Generated(path, scale, seed, quads, conferences)


def built_path(out: Path, scale: str) -> Path:
    """Where the build step leaves the built dump of the generated dataset (read by query and serve)."""
    return out / "data" / f"built-{scale}-{SEED}.nq"
