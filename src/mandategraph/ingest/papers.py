"""Papers before a meeting and the prose of any document.

- The heading "Item N of the provisional agenda*" of a background paper, note, report of the
  Secretariat or conference room paper: the paper documents that item (``mg:documentedBy`` from the
  item, the same item IRI as the agenda's), and the footnote "* CTOC/COP/WG.4/2010/1." names the
  agenda that lists the item.
- The mandates any paragraph cites, with the action the sentence reports ("In its resolution 8/3,
  the Conference requested the Secretariat ..."); what a mandate was based on ("decided to establish
  ..., in accordance with article 32, paragraph 3, of the Convention") and the body it established
  ("The Working Group ..., established pursuant to decision 4/4").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import citations, lexicon, patterns
from mandategraph.ingest.agenda import _INCLUDE_ITEM, _LOCAL_INCLUDE_ITEM, PROCEDURAL, _title, local_action
from mandategraph.ingest.agenda_layout import same_title
from mandategraph.ingest.cover import Cover, ItemRef
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.paragraphs import Para
from mandategraph.ingest.registry import norm
from mandategraph.ingest.resolve import Context, body_node, mandate
from mandategraph.ingest.text import Span, clean_title, fold, sentences
from mandategraph.namespaces import DCTERMS, ELI, MG, RDF, SKOS

_ANAPHORA = re.compile(r"^\s*(?:(?:In|By|Under)\s+(?:the\s+same|that(?:\s+same)?|this)\s+(?:resolution|decision)"
                       r"|Also\s+in\s+(?:that|the\s+same)\s+(?:resolution|decision)"
                       r"|The\s+Conference\s+(?:further|also|then)?\s*\w+ed\b"
                       r"|It\s+(?:further|also)\s+\w+ed\b)", re.IGNORECASE)
_BASIS = re.compile(r"\b(?:in\s+accordance\s+with|pursuant\s+to|on\s+the\s+basis\s+of|under)\s+", re.IGNORECASE)
# A body's name is capitalised: only the connecting words and the verbs ignore case (a name pattern
# that ignored case would let every "the" swallow the rest of the sentence and backtrack).
_ESTABLISHED = re.compile(r"\b(?i:the)\s+"
                          r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|(?i:of|on|the|in|for|against|and)))*)"
                          r"\s*,\s*(?i:(?:which\s+was\s+)?established\s+(?:pursuant\s+to|by|in|under))\s+")
_LEAD = re.compile(r"^\s*(?:In|By|Through|Under|With)\s+(?:its\s+|their\s+)?(?:(?:Conference|General\s+Assembly|"
                   r"Commission|Council)\s+)?(?:resolutions?|decisions?)\b", re.IGNORECASE)


def read_item_heading(out: Emitter, ctx: Context, cover: Cover, text: str, session: URIRef | None,
                      language: str, agenda: URIRef | None, agenda_symbol: str | None,
                      footnote: Span | None) -> list[URIRef]:
    """The agenda item(s) a paper is under; the paper documents them. Returns the item IRIs."""
    ref = cover.item
    if ref is None or session is None:
        return []
    if agenda is not None and agenda_symbol is not None:
        out.add(agenda, RDF.type, MG.Agenda)
        out.add(agenda, DCTERMS.identifier, agenda_symbol)
        out.add(agenda, MG.forSession, session)
    title = fold(ref.title.text) if ref.title else None
    nodes = []
    several = [fold(t.text) for t in ref.titles] if len(ref.titles) == len(ref.notations) > 1 else []
    for k, notation in enumerate(ref.notations):
        node = iri.item(session, notation)
        own_title = title if len(ref.notations) == 1 else several[k] if several else None
        parent_title = None
        m = re.match(r"^(\d{1,2}) \(([a-zа-я])\)$", notation)
        if m and own_title:
            split = _split_title(own_title)
            if split:
                parent_title, own_title = split
        listed = ctx.listed_titles.get(notation)
        if own_title and listed and not _names_listed(own_title, listed) and not _names_listed(title or "", listed):
            # "Item 1 of the provisional agenda / Adoption of the agenda" over a list whose item 1 is "Solemn
            # declaration ..." and item 3 "Adoption of the agenda" (CRPD/C/32): the cover and the list disagree,
            # so which item the document is under is not known, and the cover's title is not item 1's
            out.note(out.document, f"The cover's heading \"{fold(ref.heading.text)}\" names item {notation} by a "
                                   f"title that is not that item's in the list (\"{listed}\"): which item the "
                                   "document is under is not known.")
            continue
        nodes.append(node)
        _describe_item(out, node, notation, own_title, session, agenda, language, ref)
        out.link(node, MG.documentedBy, out.document, ref.heading, "cover: agenda item heading")
        if m:
            parent = iri.item(session, m.group(1))
            out.add(node, MG.subItemOf, parent)
            if parent_title:
                _describe_item(out, parent, m.group(1), parent_title, session, agenda, language, ref)
            else:
                out.add(parent, SKOS.notation, m.group(1))
    ctx.cover_items = nodes
    return nodes


def _names_listed(title: str, listed: str) -> bool:
    """Whether a cover's item title is the list's title for that item, whatever its spacing ("Adoption de l ’ ordre
    du jour" on the cover of CRC/C/62/1, "Adoption de l’ordre du jour" in its list)."""
    squeeze = lambda t: re.sub(r"\W+", "", t).casefold()  # noqa: E731
    return same_title(title, listed) or squeeze(title) == squeeze(listed)


def _split_title(title: str) -> tuple[str, str] | None:
    """"Review of the implementation ...: Protocol to Prevent ..." -> (item title, sub-item title)."""
    cuts = [m.start() for m in re.finditer(r":\s+(?=[A-ZА-Я])", title)]
    if not cuts:
        return None
    at = cuts[-1]
    return title[:at].strip(), title[at + 1:].strip()


def _describe_item(out: Emitter, node: URIRef, notation: str, title: str | None, session: URIRef,
                   agenda: URIRef | None, language: str, ref: ItemRef) -> None:
    out.add(node, RDF.type, MG.AgendaItem)
    out.add(node, SKOS.notation, notation)
    out.add(node, MG.forSession, session)
    if agenda is not None:
        out.add(node, MG.onAgenda, agenda)
    if title:
        out.add(node, DCTERMS.title, Literal(clean_title(title), lang=language))
    procedural = bool(title and PROCEDURAL.match(title))
    if title:
        out.add(node, MG.isProcedural, procedural)
    if agenda is None or not procedural:
        missing = []
        if not procedural:
            missing.append("what grounds it")
        if agenda is None:
            missing.append("the symbol of the agenda that lists it")
        if not title:
            missing.append("its title")
        out.add(node, MG.status, MG.unverified)
        out.note(node, f"Known from the heading \"{fold(ref.heading.text)}\" of {out.source.name}; "
            f"that text does not give {' or '.join(missing)}.")


def read_prose(out: Emitter, ctx: Context, paras: list[Para], language: str,
               subject: URIRef | None = None) -> None:
    """The mandates each paragraph cites, with their action, basis and what they established."""
    who = subject if subject is not None else out.document
    current: URIRef | None = None
    last_number: str | None = None
    for para in paras:
        if para.kind not in ("numbered", "lettered", "prose"):
            continue
        if para.kind == "numbered":
            last_number = para.number
            where = f"paragraph {para.number}"
        elif para.kind == "lettered":
            where = f"subparagraph {para.number} of paragraph {last_number}" if last_number else \
                f"subparagraph {para.number}"
        else:
            where = "text" if not para.section else f"text under \"{fold(para.section)}\""
        for sentence in sentences(para.body.text, para.body.start):
            current = read_sentence(out, ctx, who, sentence, where, language, current)


def read_named_citations(out: Emitter, ctx: Context, paras: list[Para], language: str) -> None:
    """The resolutions and decisions a text of no known genre cites by their issuer's name ("General Assembly
    resolution 55/25", "la résolution 48/264 de l'Assemblée", "大会2001年11月15日第55/25号决议"): the words say
    whose they are, whatever the document is, so they are cited. A bare or "its" resolution is not read: whose
    it is depends on what the document is, which is not known."""
    speaker: tuple[int, str] | None = None  # where the last "The General Assembly," line ends, and that body
    for para in paras:
        if para.kind not in ("numbered", "lettered", "prose", "heading"):
            continue
        for m in citations.SPEAKER.finditer(para.body.text):
            speaker = (para.body.start + m.end(), lexicon.en.ISSUER_NAMES[lexicon.ISSUERS[norm(m["name"])]])
        if para.kind == "heading":
            continue
        where = f"paragraph {para.number}" if para.kind == "numbered" else "text"
        for sentence in sentences(para.body.text, para.body.start):
            cite_named(out, ctx, sentence, where, language, speaker)


def cite_named(out: Emitter, ctx: Context, sentence: Span, where: str, language: str,
               speaker: tuple[int, str] | None = None) -> None:
    """The resolutions and decisions ``sentence`` (or an item's title) cites by their issuer's name: the
    document's citations, whatever its genre (:func:`read_named_citations`); those it cites with "its" in a
    resolution's text opened by its body's name (``speaker``: where that line ends, and the body) are that body's
    (:func:`_speakers_own`)."""
    for run in english_runs(sentence, language):  # a bitext's English half ("By its resolution 2011/42 ..., the
        cite_named(out, ctx, run, where, "en", speaker)  # Economic and Social Council recommended ...")
    for cited in citations.find_citations(sentence.text, language):
        if cited.kind not in ("resolution", "decision") or cited.path:
            continue
        if speaker is not None and not _named(cited.issuer) and _speakers_own(sentence, cited, *speaker):
            cited = replace(cited, issuer=speaker[1])
        if not (_named(cited.issuer) or _names_own(ctx, cited.issuer) or _series_names(ctx, cited)):
            continue
        node = mandate(ctx, cited, out)
        if node is not None:
            out.link(out.document, MG.cites, node, sentence, where, None)


_CLAUSE_END = re.compile(r"[,;:.،؛][ \t]*\n")
"""Where a paragraph of a resolution's preamble ends (its line's last comma or semicolon) before the next begins."""
_ORGAN_WORD = re.compile(lexicon.words_at_start(lexicon.ORGAN_WORDS), re.IGNORECASE)


def _speakers_own(sentence: Span, cited: citations.Citation, speaker_end: int, speaker: str) -> bool:
    """Whether a mandate cited with "its" ("Recalling its resolutions 58/17 ...", "ссылаясь на свою резолюцию
    55/59", "إذ تذكّر بقرارها 50 / 145") after the line that opens a resolution's text with its body's name is that
    body's: the words from the head of its paragraph (after that line) to the citation name no organ ("Recalling
    the Commission's report and its resolution 5/1": the Commission's, perhaps; not read). A mandate numbered by
    the year ("2003/29") is never the General Assembly's."""
    if not (cited.issuer == "its" or cited.own) or sentence.start + cited.span[0] < speaker_end:
        return False
    if speaker == "General Assembly" and (cited.session or 0) >= _FIRST_YEAR:
        return False
    before = sentence.text[:cited.span[0]]
    head = max([m.end() for m in _CLAUSE_END.finditer(before)] + [max(0, speaker_end - sentence.start)])
    return _ORGAN_WORD.search(before[head:]) is None


_FIRST_YEAR = 1900
"""A session part this large is a year ("resolution 2003/29"): the Assembly numbers by session."""


def _named(issuer: str | None) -> bool:
    """Whether a citation's issuer is a body's name the lexicons know ("General Assembly", "Assembly" is
    not: the Assembly of what), not "Conference", "its" or a name this reader cannot tell."""
    return issuer is not None and issuer.lower().removeprefix("the ") in lexicon.ISSUERS and issuer.lower() not in (
        "conference", "its", "committee", "commission", "council", "assembly", "working group", "board")


def _series_names(ctx: Context, cited: citations.Citation) -> bool:
    """Whether a decision's own number names the series of its issuer ("decision 9/CP.1": the 9th of the first session
    of the Conference of the Parties of the Climate Change Convention, FCCC/CP; "IDB.50/Dec.11": the Industrial
    Development Board's), a series the registry knows: its issuer is that series' body, whatever the document is."""
    return cited.printed is not None and cited.issuer is not None and cited.issuer in ctx.registry.prefixes


_KIND_OF_ORGAN = ("council", "commission", "committee", "board")
"""The names that say only what kind of organ issued a mandate ("revised by the Council in resolution 289 (X)"); not
"Assembly", which the lexicons read as the General Assembly's."""


def _names_own(ctx: Context, issuer: str | None) -> bool:
    """Whether a citation's issuer is a name of that kind (:data:`_KIND_OF_ORGAN`) that one of the document's own
    bodies bears, the body the document's symbol or cover says it is of or one above it: "the Council" in a text of
    the Economic and Social Council (tests/ingest_eval/novel/E_5975_Rev.1.txt) is that Council (resolve's
    issuer_body reads it so). Not when the document's body is unknown or one the registry does not know (a name the
    text's words made up), nor a kind none of its bodies is named by."""
    low = " ".join((issuer or "").lower().split()).removeprefix("the ")
    reg = ctx.registry
    return bool(ctx.body) and low in _KIND_OF_ORGAN and any(
        low in norm(ctx.label(slug)).split() for slug in reg.chain(ctx.body)
        if reg.is_curated_body(slug) or slug in reg.series_rows)


_ENGLISH_RUN = patterns.define(
    "papers.english_run", r"""
    [A-Za-z]                  # a Latin letter first, then anything but a letter of those scripts
    [^\u0400-\u04ff\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*""",
    examples=[("وترد (انظر A/72/100). The draft programme of work has been prepared bearing in mind rule 99 of the "
               "rules of procedure of the General Assembly,أُعد مشروع"),  # A/C.3/72/L.1, English and Arabic
              ("Assembly decision 71/538 on the programme of work")],
    rejects=["大会第55/25号决议", "الجمعية العامة"])
"""A stretch of a sentence in no script of Russian, Arabic or Chinese: in a text of one of those languages,
an English passage (a bitext prints each sentence in both languages, one after the other)."""
_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and)\b")
_ENGLISH_RUN_WORDS = 3
"""A stretch with this many of "the", "of", "and" is English prose, read with the English grammar."""
_OWN_SCRIPTS = ("ru", "ar", "zh")


def english_runs(sentence: Span, language: str) -> list[Span]:
    """The English passages of a sentence of a Russian, Arabic or Chinese text (a bitext's other half)."""
    if language not in _OWN_SCRIPTS:
        return []
    out = []
    for m in _ENGLISH_RUN.finditer(sentence.text):
        words = m.group(0)
        if len(_ENGLISH_WORDS.findall(words)) >= _ENGLISH_RUN_WORDS:
            lead = len(words) - len(words.lstrip())
            out.append(Span(sentence.start + m.start() + lead, sentence.start + m.start() + len(words.rstrip()),
                            words.strip()))
    return out


def read_sentence(out: Emitter, ctx: Context, who: URIRef, sentence: Span, where: str, language: str,
                  current: URIRef | None, speaker: URIRef | None = None) -> URIRef | None:
    """Cite what one sentence mentions; return the mandate later sentences may refer back to.

    ``speaker`` is the mandate whose own words the sentence is (the opening of a resolution): what
    the sentence says it acts "pursuant to" is then its basis. In a Russian, Arabic or Chinese text, an
    English passage of the sentence (a bitext's) is read with the English grammar as well.
    """
    for run in english_runs(sentence, language):
        read_sentence(out, ctx, who, run, where, "en", None, speaker)
    found = citations.find_citations(sentence.text, language)
    english = language in ("en", "und")
    action = citations.action_of(sentence.text) if english else local_action(sentence.text, language)
    nodes: list[tuple[citations.Citation, URIRef]] = []
    for cited in found:
        node = mandate(ctx, cited, out)
        if node is not None:
            nodes.append((cited, node))
    lead: URIRef | None = None
    if english and nodes and nodes[0][0].kind in ("resolution", "decision") and _LEAD.match(
            sentence.text[: nodes[0][0].span[1]]):
        lead = _whole(nodes[0])
    if english and len(ctx.cover_items) == 1 and current is not None and _INCLUDE_ITEM.search(sentence.text) \
            and not any(c.kind in ("resolution", "decision") for c, _ in nodes):
        # a note under "Item N of the provisional agenda": "... decision 9/1 ... . The Conference also
        # decided to include an item entitled T": that decision grounds the item the note is under
        out.link(ctx.cover_items[0], MG.groundedIn, current, sentence, where, "decides")
    if english and lead is None and speaker is not None:
        lead = speaker
    if english and lead is None and current is not None and _ANAPHORA.match(sentence.text) and not any(
            c.kind in ("resolution", "decision") for c, _ in nodes):
        lead = current
        out.link(who, MG.cites, current, sentence, where, action)
    for cited, node in nodes:
        if english:
            _title(out, sentence, cited, node)
        out.link(who, MG.cites, node, sentence, where, action)
    if not english:
        return _local_sentence(out, ctx, sentence, where, nodes, current)
    if lead is not None:
        _basis(out, lead, sentence, nodes, where)
    for m in _ESTABLISHED.finditer(sentence.text):
        after = [(c, n) for c, n in nodes if c.span[0] >= m.end() and c.kind in ("resolution", "decision")]
        body = ctx.registry.body_named(m["name"])
        if after and body and after[0][0].span[0] - m.end() < 40:
            out.link(_whole(after[0]), MG.establishes, iri.body(body), sentence, where, "establishes")
            body_node(ctx, out, body)
    mandates = [(c, n) for c, n in nodes if c.kind in ("resolution", "decision")]
    if lead is not None:
        return lead
    if mandates:
        return _whole(mandates[-1])
    return current


def _local_sentence(out: Emitter, ctx: Context, sentence: Span, where: str,
                    nodes: list[tuple[citations.Citation, URIRef]], current: URIRef | None) -> URIRef | None:
    """A sentence of a French, Spanish or Russian note under one agenda item: "La Conferencia decidió también
    incluir ... un tema titulado T" grounds that item in the decision the sentence before named (as in
    English); returns the body's own last resolution or decision named, for the sentence after."""
    mandates = [(c, n) for c, n in nodes if c.kind in ("resolution", "decision")]
    if len(ctx.cover_items) == 1 and current is not None and not mandates and _LOCAL_INCLUDE_ITEM.search(
            sentence.text):
        out.link(ctx.cover_items[0], MG.groundedIn, current, sentence, where, "decides")
    own = [(c, n) for c, n in mandates if c.issuer in (None, "Conference")]
    return _whole(own[-1]) if own else (None if mandates else current)


def _whole(pair: tuple[citations.Citation, URIRef]) -> URIRef:
    """The resolution or decision itself, not the paragraph of it a citation names."""
    cited, node = pair
    if cited.path:
        return URIRef(str(node).split("/paragraph/", 1)[0])
    return node


def _basis(out: Emitter, lead: URIRef, sentence: Span, nodes: list[tuple[citations.Citation, URIRef]],
           where: str) -> None:
    """"... decided to establish ..., in accordance with article 32, paragraph 3, of the Convention and
    rule 2, paragraph 2, of the rules of procedure": the mandate is based on those provisions."""
    for m in _BASIS.finditer(sentence.text):
        for cited, node in nodes:
            if cited.kind in ("article", "rule") and 0 <= cited.span[0] - m.end() < 120 and \
                    not re.search(r"[.;]", sentence.text[m.end():cited.span[0]]):
                out.link(lead, ELI.based_on, node, sentence, where)
