"""What the ingester knows before it reads: the bodies (names, symbol prefixes, parents), the
treaties, the sessions and agendas already curated, loaded from ``data/curated``. New bodies are
added as data, not code.

A registry can also *learn* sessions from the covers of the texts of one run (a session named by
its number in an agenda and only by its dates in a background paper is then the same session).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import lexicon, patterns
from mandategraph.ingest.series import Series
from mandategraph.ingest.series import table as series_table
from mandategraph.namespaces import DCTERMS, ID, MG, RDF, RDFS, SKOS


def norm(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower()  # str.split and re's \s agree on white space


def _names_in(name: str, low: str) -> Iterator[re.Match[str]]:
    """Every place ``name`` stands in ``low`` as words of its own (not inside a longer word)."""
    if name not in low:  # the pattern below needs the name itself: most names are not in a text at all
        return iter(())
    return re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low)


def _named_in(name: str, low: str) -> re.Match[str] | None:
    """Where ``name`` first stands in ``low`` as words of its own."""
    return next(_names_in(name, low), None)


# the words of a name that only says what kind of organ a body is, and of whom ("the Conference of the
# Parties", "COP", "the extended Bureau"): every treaty has such an organ, so such a name identifies a body
# only where the document is already known to be of that body (its symbol), never alone
GENERIC_ORGAN_WORDS = frozenset({
    "the", "of", "to", "conference", "parties", "party", "states", "state", "cop", "cosp", "mop", "meeting",
    "bureau", "extended", "committee", "commission", "council", "board", "assembly", "working", "group",
    "session", "plenary", "subsidiary", "body", "governing", "open-ended", "intergovernmental", "expert",
    "experts", "pre-session", "pre-sessional",
    # the same words in French, Spanish and Russian ("Groupe de travail d'avant-session": the pre-session working
    # group of a committee the name does not say, tests/ingest_eval/sealed/CEDAW_PSWG_62_report_fr_nosymbol.txt)
    "de", "des", "du", "la", "le", "les", "d'avant-session", "avant-session", "présession", "groupe", "travail",
    "conférence", "comité", "conseil", "réunion", "organe", "subsidiaire", "del", "el", "los", "grupo", "trabajo",
    "conferencia", "comisión", "consejo", "junta", "mesa", "reunión", "las", "partes", "en",
    "órgano", "expertos", "anterior", "al", "período", "sesiones",
    "рабочая", "группа", "предсессионная", "комитет", "комиссия", "совет", "конференция", "бюро", "совещание",
    "сторон", "участников", "экспертов"})


_APOSTROPHE_SPACED = re.compile(r"\s*'\s*")
"""An elided article's apostrophe set apart by the print ("Comité des droits de l ’ enfant")."""

OWNED_BEFORE = re.compile(r"\b(?:special\s+session|resolutions?|decisions?|reports?|rules\s+of\s+procedure|"
                          r"president|agenda|recommendations?)\s*of\s+the\s*$")
"""What stands before a body's name in prose when the name only says whose something else is ("the special
session of the General Assembly", "the special sessionof the General Assembly" with its space lost: an item of
UN-Habitat's Governing Council, tests/ingest_eval/sealed/HSP_GC_19_journal_6_May_2003_nosymbol.txt; "a resolution
of the Council"; "Draft resolution submitted by the Chair on the recommendation of the Economic and Social Council":
the Third Committee's draft, tests/ingest_eval/untouched/A_C.3_74_L.3_en-ar.txt). "The sixth session of the
Subsidiary Body" is how a body's own document names its session: not passed over."""
OWNED_BEFORE_CHARS = 24  # how far before a name :data:`OWNED_BEFORE` is looked for

OWNED_AFTER = patterns.define(
    "registry.owned_after", r"\s*(?:resolutions?|decisions?)\b",
    examples=[" resolution 60/180 and", " resolutions 1645 (2005)", " decision 2011/259"],
    rejects=[" decided to", " requested the Commission", " at its sixty-third session"])
"""What follows a body's name in prose when the name only says whose a mandate is ("pursuant to General Assembly
resolution 60/180 and Security Council resolution 1645 (2005)": the Peacebuilding Commission's report,
tests/ingest_eval/sealed/A_72_721_S_2018_83.txt); "the General Assembly decided" is not passed over."""


RECALLED_ISSUER = re.compile(r"\b(?:by|in)\s+its\s+(?:resolution|decision)\s+[\w./()-]+\s*,\s*the\s*$")
"""What stands before a body's name in prose when the sentence recalls that body's own mandate ("By its resolution
58/4, the General Assembly adopted the United Nations Convention against Corruption, article 63 of which
established a Conference of the States Parties": a note of that Conference, data/sources/CAC_COSP_2015_1.txt with
its masthead stripped, was filed under the Assembly, its session 6)."""
RECALLED_ISSUER_CHARS = 48  # how far before a name :data:`RECALLED_ISSUER` is looked for


def _owned(low: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` found in ``low`` stands as the owner of something else (:data:`OWNED_BEFORE`,
    :data:`OWNED_AFTER`), or as the issuer of a mandate the sentence recalls (:data:`RECALLED_ISSUER`)."""
    return bool(OWNED_BEFORE.search(low, max(0, m.start() - OWNED_BEFORE_CHARS), m.start())) or \
        bool(OWNED_AFTER.match(low, m.end())) or \
        bool(RECALLED_ISSUER.search(low, max(0, m.start() - RECALLED_ISSUER_CHARS), m.start()))


@lru_cache(maxsize=4096)
def identifies(name: str) -> bool:
    """Whether a body's name says which body it is, not only what kind ("conference of the parties": no).
    (Remembered: the registry's names are asked about for every text.)"""
    return not set(norm(name).split()) <= GENERIC_ORGAN_WORDS


_norm_label = lru_cache(maxsize=4096)(norm)
""":func:`norm` of a body's label, remembered (every text's search for a body's full name folds every label)."""


# series whose organ's name on a cover never says whose document it is ("Note by the Secretariat":
# the Secretariat writes for the bodies it serves)
WRITES_FOR_OTHERS = {"ST"}


@dataclass
class Registry:
    names: dict[str, str] = field(default_factory=dict)  # normalised name -> body slug
    prefixes: dict[str, str] = field(default_factory=dict)  # symbol prefix -> body slug
    parents: dict[str, str] = field(default_factory=dict)  # body slug -> parent slug
    labels: dict[str, str] = field(default_factory=dict)  # body slug -> its label
    sessions_by_date: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    sessions_by_number: dict[tuple[str, int], URIRef] = field(default_factory=dict)
    session_dates: dict[URIRef, tuple[str | None, str | None]] = field(default_factory=dict)
    session_venues: dict[URIRef, str] = field(default_factory=dict)  # a curated session's venue, as it names it
    curated_sessions: set[URIRef] = field(default_factory=set)
    agendas: dict[URIRef, list[URIRef]] = field(default_factory=dict)  # session -> agenda documents
    treaties: dict[str, str] = field(default_factory=dict)  # conference slug -> treaty slug
    treaty_names: dict[str, str] = field(default_factory=dict)  # normalised title -> treaty slug
    curated_bodies: set[str] = field(default_factory=set)  # slugs of the bodies in the curated data
    series_rows: dict[str, Series] = field(default_factory=dict)  # body slug -> its row of the series table

    @classmethod
    def from_graph(cls, graph: Graph) -> Registry:
        reg = cls()
        prefix = str(ID) + "body/"
        for body in sorted(graph.subjects(RDF.type, MG.Body), key=str):
            slug = str(body).removeprefix(prefix)
            for prop in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
                for name in sorted(graph.objects(body, prop), key=str):
                    reg.names[norm(str(name))] = slug
            label = graph.value(body, RDFS.label)
            if label is not None:
                reg.labels[slug] = str(label)
            for sp in graph.objects(body, MG.symbolPrefix):
                reg.prefixes[str(sp)] = slug
            for parent in graph.objects(body, MG.parentBody):
                reg.parents[slug] = str(parent).removeprefix(prefix)
        treaty_prefix = str(ID) + "treaty/"
        for treaty in sorted(graph.subjects(RDF.type, MG.Treaty), key=str):
            slug = str(treaty).removeprefix(treaty_prefix)
            for body in graph.objects(treaty, MG.establishes):
                reg.treaties[str(body).removeprefix(prefix)] = slug
            for prop in (DCTERMS.title, SKOS.altLabel, RDFS.label):
                for name in graph.objects(treaty, prop):
                    reg.treaty_names[norm(str(name))] = slug
        for session in sorted(graph.subjects(RDF.type, MG.Session), key=str):
            of_body = graph.value(session, MG.ofBody)
            if of_body is None:
                continue
            node = URIRef(str(session))
            reg.curated_sessions.add(node)
            slug = str(of_body).removeprefix(prefix)
            start = graph.value(session, MG.startDate)
            end = graph.value(session, MG.endDate)
            if isinstance(start, Literal):
                reg.sessions_by_date[(slug, str(start))] = node
            reg.session_dates[node] = (str(start) if isinstance(start, Literal) else None,
                                       str(end) if isinstance(end, Literal) else None)
            venue = graph.value(session, MG.venue)
            if isinstance(venue, Literal):
                reg.session_venues[node] = str(venue)
            number = graph.value(session, MG.sessionNumber)
            if isinstance(number, Literal):
                reg.sessions_by_number[(slug, int(number))] = node
        reg.curated_bodies = set(reg.labels) | set(reg.prefixes.values()) | set(reg.names.values()) | set(reg.parents)
        for agenda in sorted(graph.subjects(RDF.type, MG.Agenda), key=str):
            for session in graph.objects(agenda, MG.forSession):
                reg.agendas.setdefault(URIRef(str(session)), []).append(URIRef(str(agenda)))
        return reg

    @classmethod
    def load(cls, curated_dir: Path) -> Registry:
        graph = Graph()
        for path in sorted(curated_dir.glob("*.ttl")):
            graph.parse(path, format="turtle")
        return cls.from_graph(graph).with_series()

    def with_series(self) -> Registry:
        """Add the organs of the symbol-series table that the curated data does not name (a curated
        body keeps its own name, slug and parent)."""
        curated_slugs = set(self.curated_bodies)
        rows = series_table()
        for prefix, row in sorted(rows.items()):
            if prefix in self.prefixes or row.slug in curated_slugs:
                continue
            self.prefixes[prefix] = row.slug
            self.labels[row.slug] = row.organ
            self.series_rows[row.slug] = row
            if prefix not in WRITES_FOR_OTHERS:
                self.names.setdefault(norm(row.organ), row.slug)
        for _, row in sorted(rows.items()):
            if row.slug in self.series_rows and row.parent and row.parent in self.prefixes:
                self.parents.setdefault(row.slug, self.prefixes[row.parent])
        return self

    def is_curated_body(self, slug: str) -> bool:
        return slug in self.curated_bodies

    def copy(self) -> Registry:
        """A copy whose tables can be changed apart from this one's (the same as a deep copy: the
        keys and values are strings, IRIs, tuples and frozen rows, and the lists of agendas are copied)."""
        copied: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dict):
                copied[f.name] = {k: list(v) if isinstance(v, list) else v for k, v in value.items()}
            else:
                copied[f.name] = set(value)
        return replace(self, **copied)

    # ------------------------------------------------------------------------------ bodies

    def body_named(self, text: str, identifying: bool = False, owner_only: bool = False) -> str | None:
        """The body named first in ``text`` (the longest name where two start at the same place):
        "the extended Bureau of the Conference" names the extended Bureau, not the Conference. With
        ``identifying``, only by a name that says which body it is (see ``identifies``); with ``owner_only``, a
        name standing as the owner of something else is passed over (as in :meth:`body_fully_named`)."""
        low = norm(text)
        best: tuple[int, int, str] | None = None
        for name, slug in self.names.items():
            if name not in low or identifying and not identifies(name):
                continue  # (most names are not in a text at all: _names_in would find nothing)
            m = next((x for x in _names_in(name, low) if not (owner_only and _owned(low, x))), None)
            if m and (best is None or (m.start(), -len(name), slug) < best):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    def body_fully_named(self, text: str, curated_only: bool = True, owner_only: bool = False) -> str | None:
        """The curated body whose full name (its label, not a short or generic other name such as
        "the Conference of the Parties") comes first in ``text``; with ``curated_only`` False, any body of
        the registry (the organs of the series table too); with ``owner_only``, a name that stands as the
        owner of something else ("the special session of the General Assembly", :data:`OWNED_BEFORE`;
        "General Assembly resolution 60/180", :data:`OWNED_AFTER`) is passed over: prose that names a body so
        does not say the text is that body's."""
        low = norm(text)
        best: tuple[int, int, str] | None = None
        for slug, label in self.labels.items():
            if curated_only and slug not in self.curated_bodies:
                continue  # an organ of the series table named in prose is not thereby the document's body
            name = _norm_label(label)
            if name not in low:
                continue  # (most names are not in a text at all: _names_in would find nothing)
            m = next((x for x in _names_in(name, low) if not (owner_only and _owned(low, x))), None)
            if m and (best is None or (m.start(), -len(name), slug) < best):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    def body_is_named(self, line: str, identifying: bool = False) -> str | None:
        """The body whose name is the whole of ``line`` (or all of it but a leading "the"); with
        ``identifying``, only a name that says which body it is."""
        low = norm(line).removeprefix("the ").rstrip(" .;:,")
        if identifying and not identifies(low):
            return None
        return self.names.get(low)

    def body_known_as(self, line: str) -> str | None:
        """The body ``line`` names by a name the registry or the lexicons know, printed in another language
        ("Comité des droits de l'enfant") or with its words run together ("Committee on the Eliminationof Racial
        Discrimination"): a cover's name that is a known body's is never a body of its own."""
        low = _APOSTROPHE_SPACED.sub("'", norm(line).removeprefix("the ").rstrip(" .;:,"))
        if low in lexicon.ISSUERS:
            return lexicon.ISSUERS[low]
        return self._squashed_names.get(low.replace(" ", "")) if identifies(low) else None

    @cached_property
    def _squashed_names(self) -> dict[str, str]:
        """The registry's names with their spaces taken out -> their bodies (one name of one body only)."""
        out: dict[str, set[str]] = {}
        for name, slug in self.names.items():
            out.setdefault(name.replace(" ", ""), set()).add(slug)
        return {name: next(iter(slugs)) for name, slugs in out.items() if len(slugs) == 1}

    def body_of_symbol(self, prefix: str) -> str:
        """The body for a symbol prefix; unknown prefixes get a slug of their own, never another's."""
        return self.prefixes.get(prefix) or iri.body_slug(prefix)

    def known_prefix(self, prefix: str) -> bool:
        return prefix in self.prefixes

    def parent_of_prefix(self, prefix: str) -> str | None:
        """The known body whose symbol prefix is the longest proper prefix of ``prefix``."""
        parts = prefix.split("/")
        for n in range(len(parts) - 1, 0, -1):
            head = "/".join(parts[:n])
            if head in self.prefixes:
                return self.prefixes[head]
        return None

    def conference_of(self, slug: str) -> str:
        """The body whose mandates a document of ``slug`` calls "its" or cites bare: the top of the
        body's parent chain (the Conference a working group belongs to), but never above an organ of
        the symbol-series table, which adopts its own (the Human Rights Council's "its resolution 5/1"
        is not the General Assembly's, the Commission on Narcotic Drugs' 50/1 not the Council's)."""
        seen = {slug}
        while slug in self.parents and self.parents[slug] not in seen and slug not in self.series_rows:
            slug = self.parents[slug]
            seen.add(slug)
        return slug

    def chain(self, slug: str) -> list[str]:
        """The body and its parents, nearest first."""
        out = [slug]
        while slug in self.parents and self.parents[slug] not in out:
            slug = self.parents[slug]
            out.append(slug)
        return out

    def depth(self, slug: str) -> int:
        return len(self.chain(slug)) - 1

    def treaty_of(self, conference: str) -> str | None:
        """The treaty a Conference belongs to, from the curated data or from its name
        ("Conference of the States Parties to the United Nations Convention against Corruption")."""
        if conference in self.treaties:
            return self.treaties[conference]
        label = self.labels.get(conference, "")
        m = re.search(r"\bParties\s+(?:to|of)\s+the\s+(.+)$", label)
        if m:
            name = m.group(1).strip()
            return self.treaty_names.get(norm(name)) or iri.body_slug(name)
        return None

    def treaties_named_in(self, text: str) -> set[str]:
        """The treaties whose names stand in ``text``."""
        low = norm(text)
        return {slug for name, slug in self.treaty_names.items() if _named_in(name, low)}

    def treaty_named(self, name: str) -> str | None:
        return self.treaty_names.get(norm(name).removeprefix("the "))

    # ------------------------------------------------------------------------------ sessions

    def known_session(self, body: str, number: int | None, start: str | None) -> URIRef | None:
        if number is not None and (body, number) in self.sessions_by_number:
            return self.sessions_by_number[(body, number)]
        if start is not None and (body, start) in self.sessions_by_date:
            return self.sessions_by_date[(body, start)]
        return None

    def session(self, body: str, number: int | None, start: str | None) -> URIRef | None:
        """A known session by number or by start date; else one minted from what is known
        (by number when the text gives it, else by start date)."""
        known = self.known_session(body, number, start)
        if known is not None:
            return known
        if number is not None:
            return iri.session(body, number)
        if start is not None:
            return iri.session(body, start)
        return None

    def is_curated(self, session: URIRef) -> bool:
        return session in self.curated_sessions

    def venue_of(self, session: URIRef) -> str | None:
        """The venue the curated registry gives a session ("Vienna"), if any."""
        return self.session_venues.get(session)

    def dates_of(self, session: URIRef) -> tuple[str | None, str | None]:
        return self.session_dates.get(session, (None, None))

    def learn(self, body: str, number: int | None, start: str | None, end: str | None) -> None:
        """Remember a session read on a cover, so other texts of the run find the same IRI."""
        node = self.session(body, number, start)
        if node is None:
            return
        if number is not None:
            self.sessions_by_number.setdefault((body, number), node)
        if start is not None:
            self.sessions_by_date.setdefault((body, start), node)
            if node not in self.session_dates or self.session_dates[node] == (None, None):
                self.session_dates.setdefault(node, (start, end))

    def agenda_of(self, session: URIRef) -> URIRef | None:
        found = self.agendas.get(session, [])
        return found[0] if len(found) == 1 else None
