"""Reading a provisional agenda: its items, the annotation of each, the mandates that ground each
item (with the sentence that says so), the documents before the meeting, the organization of work.

Items come from the item list; a fragment without a list gives them from its annotation headings
and its organization-of-work table, and a programme from its table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from rdflib import Literal, URIRef

from mandategraph import iri
from mandategraph.ingest import citations, lexicon, patterns
from mandategraph.ingest.agenda_layout import (
    _STARTS_SENTENCE,
    _TITLE_CHARS,
    AGENDA_ANCHOR,
    CJK_FOOTNOTE_MARK,
    LISTED_GROUNDS,
    LISTED_GROUNDS_CJK,
    Annotation,
    Slot,
    TableItem,
    annotations_start,
    first_heading_before,
    parse_agenda_items,
    parse_annotations,
    parse_organization_of_work,
)
from mandategraph.ingest.dates import find_ranges
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.resolve import Context, mandate
from mandategraph.ingest.symbols import Symbol, find_symbols
from mandategraph.ingest.text import Gap, Span, clean_title, cut_at, fold, lines, sentences
from mandategraph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS, XSD

PROCEDURAL = re.compile(
    r"^(?:(?:opening|closure|closing) of the\b|organizational matters|adoption of the agenda|"
    r"election of (?:officers|the)|other matters|adoption of the report|closing of the|closure of the|"
    r"attendance|credentials|organization of work|participation of observers|general discussion|"
    r"provisional agenda (?:for|of) the|adoption of the (?:draft )?report|"
    r"apertura del|elecci[oó]n de la mesa|aprobaci[oó]n del programa|otros asuntos|aprobaci[oó]n del informe|"
    r"ouverture de la (?:session|r[ée]union)|[ée]lection du bureau|adoption de l[’']ordre du jour|questions diverses|"
    r"adoption du rapport|открытие сессии|утверждение повестки дня|прочие вопросы|утверждение доклада)",
    re.IGNORECASE)
_PARA_NO = r"^\s*(?:\d{1,3}\s*\.\s*)?"  # "2.In accordance with rule 6": a paragraph number glued on
_LEAD = patterns.define(
    "agenda.lead", _PARA_NO + r"""
    (?:(?:The\s+)?(?:Conference|Commission|Council|Committee|Board|(?:General\s+)?Assembly|Working\s+Group)
       (?:\s+of\s+the\s+(?:States\s+)?Parties)?\s*,\s*)?      # "The Conference, in its resolution 9/1, ..."
    (?:In|By|Through|Under|Pursuant\s+to)\s+
    (?:paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,3}(?:\s*\([a-z]\))?)*\s+of\s+)?  # "paragraph 6 of"
    (?:(?:its|their)\s+(?:resolutions?|decisions?)\b
      |(?:Conference|General\s+Assembly|Commission|Council)?\s*(?:resolutions?|decisions?)\s+
       (?:\d|[A-Z]{2,6}\.?\d))                               # "decision 9/1", "decision EB146(16)" (WHO)""",
    examples=["In its resolution 6/3, the Conference", "2.By its decision 4/4", "Under Conference resolution 5/3,",
              "In paragraph 5 of its resolution 9/1, the Conference requested",
              # UNEP/EA.1/1/Add.1/Rev.1 (dev set), item 2 (a)
              "Pursuant to paragraph 6 of decision 27/2 and the s of the Committee of Permanent Representatives",
              "The Conference, in its resolution 9/1, decided", "The Conference of the Parties, by its decision 9/1,",
              "Pursuant to decision EB146(16) (2020), the Board will be invited"],  # EB147/1 (annotated), item 5.1
    rejects=["Recalling its resolution 6/3", "In paragraph 5 of the report",
             "The Commission on Narcotic Drugs, in its resolution 50/1,"],  # a body named: whose, the citation says
    flags=re.IGNORECASE)
_RULE_LEAD = re.compile(_PARA_NO + r"(?:Under|In\s+accordance\s+with|Pursuant\s+to|According\s+to)\s+"
                        r"(?:paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?\s+of\s+)?"  # "paragraph 4 of article 32"
                        r"(?:rules?|articles?)\s+\d",
                        re.IGNORECASE)
_BARE_RULE_LEAD = patterns.define(
    "agenda.bare_rule_lead", _PARA_NO + r"""
    (?:(?:Under|In\s+accordance\s+with|Pursuant\s+to|According\s+to)\s+)?
    [Rr]ules?\s+(?P<list>\d+(?:\.\d+)?(?:\s*\([a-z]\))?(?:\s*(?:,|,?\s*and)\s*\d+(?:\.\d+)?(?:\s*\([a-z]\))?)*)
    (?=\s*,|\s+(?:stipulates|provides|states|requires)\b)  # no "of the rules of procedure": those named before""",
    examples=[("In accordance with rule 7, the Committee may revise the agenda during a session",  # CMW/C/31/1
               {"list": "7"}),
              ("Rule 23.3 stipulates that the offices of the President", {"list": "23.3"})],  # IDB.51/1/Add.1/Rev.1
    rejects=["In accordance with rule 6 of the Committee’s rules of procedure, the adoption",
             "the election of officers is required pursuant to rule 13."])
_PROVISION_SUBJECT = patterns.define(
    "agenda.provision_subject", _PARA_NO + r"""
    (?:Rules?|Articles?)\s+\d                              # the provision is the sentence's subject ...
    (?:[^.;]|\.(?=\d))*?                                  # ("Rule 23.1", "of the rules of procedure of ...")
    \s(?:provides?|stipulates?|states?|requires?|prescribes?)\s+that\b   # ... and says what is done""",
    examples=["Rule 7 of the rules of procedure of the Committee on the\nElimination of Discrimination against Women "
              "1/ provides that the agenda shall be adopted",  # CEDAW/C/1994/1, item 1
              # E/CN.6/1999/1, item 1: another body's rules
              "Rule 15 of the rules of procedure of the functional commissions of the Economic and Social Council "
              "provides that, at the commencement of the first meeting"],
    rejects=["Under rule 43, paragraph 1, of the rules of procedure, the candidates may be elected",
             "The Committee notes that rule 7 provides that", "Rules of procedure provide that"])
"""A sentence whose subject is the provision that says what the item does ("Rule 7 of the rules of procedure
provides that the agenda shall be adopted ..."): the provision grounds the item, as one leading the sentence
with "Under" does."""
_PROVISION_CLOSING = patterns.define(
    "agenda.provision_closing", r"""
    ^\s*(?:\d{1,3}\s*\.\s*)?(?:The\s+)?(?:Conference|Commission|Council|Committee|Board|(?:General\s+)?Assembly|
      Working\s+Group|Meeting)\s+(?:shall|will|is\s+to|is\s+expected\s+to)\s     # "The Committee shall elect ...,"
    [^;]*?,\s*(?P<by>according\s+to|in\s+accordance\s+with|pursuant\s+to)\s+    # ", according to rules 13 and 14"
    (?=(?:rules?|articles?)\s+\d)""",
    examples=[("The Committee shall elect a Chairperson, three Vice-Chairpersons and a Rapporteur for a term of two "
               "years, according to rules 13 and 14 of its rules of procedure and article 19 of the Convention.",
               {"by": "according to"})],  # CEDAW, twenty-fourth session, item 3
    rejects=["The Committee shall elect a Chairperson according to rule 13.",  # no clause: no telling what it governs
             "The reports submitted, according to rule 13, will be considered",
             "The Committee shall consider the reports, in accordance with resolution 6/3"], flags=re.IGNORECASE)
"""The body's action under the item, then the provisions it acts by, closing the sentence ("The Committee
shall elect ..., according to rules 13 and 14 of its rules of procedure and article 19 of the Convention")."""
_APPROVED_IN = r"(?:approved|adopted|established)\s+(?:by\s+the\s+(?:[\w-]+\s+){1,6}?)?in\s+(?:its\s+)?"
"""What a policy or a programme the item is held in line with was approved in ("In line with the current evaluation
policy, approved by the Executive Board in decision EB143(9) (2018), an annual report ...", EB147/1 (annotated)):
the decision it names grounds the item as one the sentence is in line with."""
_ACCORDANCE = re.compile(r"(?:in accordance with|pursuant to|in line with|in response to|as requested (?:in|by))\s+"
                         r"(?:(?:\w+\s+){0,5}|(?:[\w-]+\s+){0,5}?[\w-]+,?\s+" + _APPROVED_IN + r")"
                         r"(?:resolution|decision)", re.IGNORECASE)
_CONTINUES = re.compile(r"continu\w+\s+(?:to\s+)?(?:perform|carry\s+out|exercise)?[^.;]*?"
                        r"(?:set\s+(?:forth|out)\s+in|established\s+(?:in|by)|under)\s+"
                        r"(?:\w+\s+){0,2}(?:resolution|decision)", re.IGNORECASE)
_BLANKET = patterns.define(
    "agenda.blanket", r"""
    \b(?:the\s+)?recommendations\s+(?:contained|made|set\s+out|included)\s+
    (?:therein|in\s+(?:that|the\s+said)\s+report)""",
    examples=["and encouraged States parties to implement, where necessary, the recommendations contained therein.",
              "urges States to implement the recommendations contained in that report"],
    rejects=["the recommendation contained in paragraph 5", "the recommendations adopted at its 1st meeting"],
    flags=re.IGNORECASE)
_REPORT_ON_MEETING = patterns.define(
    "agenda.report_on_meeting", r"""
    \breport\s+(?:on|of)\s+(?:the\s+)?(?P<ord>""" + citations.ORDINAL + r""")\s+(?:meeting|session)
    \s+of\s+the\s+(?P<body>Working\s+Group|Group|Committee|Conference)""",
    examples=[("welcomed the report on the 1st meeting of the Working Group, held from 30 May",
               {"ord": "1st", "body": "Working Group"})],
    rejects=["the report of the Secretariat"], flags=re.IGNORECASE)
_INCLUDE_ITEM = patterns.define(
    "agenda.include_item", r"""
    \b(?:also\s+|further\s+)?decided\s+to\s+include\s+(?:(?:an|a|the)\s+)?(?:sub-?)?item\s+
    (?:entitled|on)\s+[“"‘']?(?P<title>[^”"’.]+)""",
    examples=[("The Conference also decided to include an item entitled “Firearms” in the agenda",
               {"title": "Firearms"})],
    rejects=["decided to include in its report"], flags=re.IGNORECASE)
_LOCAL_LEAD = patterns.define(
    "agenda.local_lead", _PARA_NO + r"""
    (?:(?:La\s+|El\s+|Le\s+|L[’']\s*)?(?:Conf[ée]rence|Conferencia|Comit[ée]|Commission|Comisi[óo]n|Conseil|Consejo|
          Конференция|Комитет|Комиссия|Совет)\s*,?\s+)?                # "La Conferencia, en su resolución 6/3, ..."
    (?:(?:Au|Dans\s+le|En\s+el|Por\s+el)\s+(?:paragraphe|p[áa]rrafo)\s+\d{1,3}\s+(?:de|del)\s+(?:sa|su)
                                                                 # "Au paragraphe 5 de sa", "En el párrafo 5 de su"
      |В\s+пункте\s+\d{1,3}\s+сво(?:ей|его)                       # "В пункте 5 своей"
      |En\s+su|Por\s+su|Mediante\s+su|Dans\s+sa|Par\s+sa|Dans\s+son|В\s+сво(?:ей|ем|ём))\s*,?\s+
    (?P<kind>resoluci[oó]n|decisi[oó]n|résolution|décision|резолюции|решени[иия])\s+\d""",
    examples=[("En su resolución 6/3, la Conferencia decidió", {"kind": "resolución"}),
              ("Dans sa résolution 6/3, la Conférence a décidé", {"kind": "résolution"}),
              ("В своей резолюции 6/3 Конференция постановила", {"kind": "резолюции"}),
              ("2. En su decisión 4/4, la Conferencia", {"kind": "decisión"}),
              ("Au paragraphe 5 de sa résolution 6/3, la Conférence a prié", {"kind": "résolution"}),
              ("En el párrafo 5 de su resolución 6/3, la Conferencia pidió", {"kind": "resolución"}),
              ("В пункте 5 своей резолюции 6/3 Конференция просила", {"kind": "резолюции"}),
              ("La Conferencia, en su resolución 6/3, decidió", {"kind": "resolución"}),
              ("La Conférence, dans sa résolution 6/3, a décidé", {"kind": "résolution"}),
              ("Конференция в своей резолюции 6/3 постановила", {"kind": "резолюции"})],
    rejects=["Recordando su resolución 6/3", "sa résolution 6/3", "В пункте 5 резолюции"], flags=re.IGNORECASE)
_LOCAL_ACCORDANCE = patterns.define(
    "agenda.local_accordance", _PARA_NO + r"""
    (?:Conformément\s+(?:à|aux?)|En\s+application\s+(?:de|des|du)|Comme\s+suite\s+(?:à|aux?)|
       De\s+conformidad\s+con|Con\s+arreglo\s+a|En\s+cumplimiento\s+de|En\s+virtud\s+de|En\s+respuesta\s+a|
       Atendiendo\s+a\s+lo\s+solicitado\s+en|
       В\s+соответствии\s+с(?:о)?|Во\s+исполнение|Согласно)\s+
    (?:la\s+|las\s+|les\s+|sa\s+|ses\s+|su\s+|sus\s+|l[’']\s*)?
    (?:(?:paragraphe|p[áa]rrafo|пункт[а-яё]*)\s+\d{1,3}\s+(?:de\s+(?:la\s+|sa\s+|su\s+)?|du\s+|del\s+)?)?
    (?P<kind>r[ée]solutions?|d[ée]cisi(?:on|ón)e?s?|resoluci(?:ón|on|ones)|резолюци[а-яё]*|решени[а-яё]*)\s+\d""",
    examples=[("En application de la résolution 6/3, la Conférence examinera", {"kind": "résolution"}),
              ("De conformidad con la resolución 6/3, la Conferencia examinará", {"kind": "resolución"}),
              ("В соответствии с резолюцией 6/3 Конференция рассмотрит", {"kind": "резолюцией"}),
              ("Conformément à sa décision 4/4, la Conférence", {"kind": "décision"}),
              ("Во исполнение решения 4/4 Конференции", {"kind": "решения"})],
    rejects=["Conformément à l’article 6 du règlement intérieur", "De conformidad con el artículo 32",
             "Recordando la resolución 6/3"], flags=re.IGNORECASE)
"""A resolution or decision that the work of an item follows leading a Spanish, French or Russian sentence:
"En application de la résolution 6/3", "De conformidad con la resolución", "В соответствии с резолюцией"."""
_LOCAL_RULE_LEAD = patterns.define(
    "agenda.local_rule_lead", _PARA_NO + r"""
    (?:Conformément\s+(?:à|aux?)|En\s+application\s+(?:de|des|du)|Par\s+application\s+(?:de|des|du)|
       Aux\s+termes\s+(?:de|des|du)|De\s+conformidad\s+con|Con\s+arreglo\s+a|De\s+acuerdo\s+con|
       En\s+virtud\s+de|В\s+соответствии\s+с(?:о)?|Согласно)\s+
    (?:lo\s+dispuesto\s+en\s+)?                                # "Con arreglo a lo dispuesto en el artículo 5"
    (?:l[’']\s*|los?\s+|el\s+|las?\s+|les\s+)?
    (?:(?:paragraphe|p[áa]rrafo|пункт[а-яё]*)\s+\d{1,3}\s+(?:de\s+l[’']\s*|del\s+)?)?  # "au paragraphe 4 de l'article"
    (?:art[íi]culos?|articles?|правил[а-яё]*|стать[а-яё]*)\s+\d""",
    examples=["Conformément à l’article 23.1 du règlement intérieur, chaque année",  # IDB.49/1/Add.1 (French)
              # E/C.12/72/1 (French), E/C.12/71/1 (Spanish): the rule that puts the adoption of the agenda first
              "Aux termes de l’article 5 du règlement intérieur du Comité, l’adoption de l’ordre du jour",
              "Con arreglo a lo dispuesto en el artículo 5 del reglamento del Comité, el primer tema",
              "De conformidad con el artículo 6 del reglamento, el programa", "В соответствии с правилом 6 правил",
              "Conformément à l’article 32 de la Convention, la Conférence", "В соответствии со статьей 32 Конвенции",
              "Conformément au paragraphe 4 de l’article 32 de la Convention"],
    rejects=["Recordando el artículo 6 del reglamento"], flags=re.IGNORECASE)
_LOCAL_BARE_RULE_LEAD = patterns.define(
    "agenda.local_bare_rule_lead", _PARA_NO + r"""
    (?:(?P<by>Conformément\s+à|En\s+vertu\s+de|(?:Par|En)\s+application\s+de|Aux\s+termes\s+de|
         De\s+conformidad\s+con|De\s+acuerdo\s+con|Con\s+arreglo\s+al|Según|
         В\s+соответствии\s+со?)\s+)?                      # "Conformément à l’article 9, le Comité peut ..."
    (?:L[’']\s*article|El\s+art[íi]culo|Правил(?:о|ом))\s+
    (?P<list>\d+(?:\.\d+)?(?:\s*(?:,|et|y|и)\s*\d+(?:\.\d+)?)*)                # "23.3", "6 et 7"
    (?:(?(by)\s*,|(?!))                                      # after "Conformément à": the rule alone, a comma
     |\s+(?:dispose|prévoit|stipule|précise|establece|dispone|estipula|prevé|гласит|предусматривает)(?!\w))""",
    examples=[("L’article 23.3 dispose que les postes du président, des trois vice-présidents",  # IDB.49/1/Add.1
               {"list": "23.3"}),
              ("El artículo 23.3 dispone que los cargos", {"list": "23.3"}), ("Правило 23.3 гласит", {"list": "23.3"}),
              # CCPR/C/127/1 (French), after "Conformément à l’article 6 du règlement intérieur, ..."
              ("Conformément à l’article 9, le Comité peut modifier son ordre du jour", {"list": "9"}),
              # E/C.12/72/1 (French), after "Aux termes de l’article 5 du règlement intérieur du Comité, ..."
              ("Par application de l’article 6, le Comité peut réviser l’ordre du jour", {"list": "6"}),
              ("В соответствии с правилом 9, Комитет", {"list": "9"})],
    rejects=["L’article 23.3 du règlement intérieur dispose", "Conformément à l’article 23.1 du règlement intérieur,",
             "L’article 9, le Comité", "Conformément à l’article 40 du Pacte, le Comité"], flags=re.IGNORECASE)
"""A rule with no rules of procedure named leading a French, Spanish or Russian sentence ("L’article 23.3
dispose que ..."): a rule of the rules the annotation named before (none named: not read), as in English."""
_NOTE_RULES = patterns.define(
    "agenda.note_rules", r"""
    \brules?\s+(?P<list>\d+(?:\.\d+)?(?:\s*\([a-z]\))?(?:\s*(?:,|,?\s*and)\s*\d+(?:\.\d+)?(?:\s*\([a-z]\))?)*)
    (?P<own>\s+of\s+the\s+rules\s+of\s+procedure(?!\s+of\b))?""",
    examples=[("rule 30 of the rules of procedure", {"list": "30", "own": " of the rules of procedure"}),
              ("rules 13 (a) and 48; resolution 51/241", {"list": "13 (a) and 48", "own": None})],
    rejects=["resolution 57/301"], flags=re.IGNORECASE)
_LOCAL_INCLUDE_ITEM = patterns.define(
    "agenda.local_include_item", r"""
    (?:(?:également|aussi)\s+décidé\s+d[’']\s*inscrire\b[^.]{0,120}?\b(?:une\s+question|un\s+point)\s+intitulée?
      |décidé\s+(?:également|aussi)\s+d[’']\s*inscrire\b[^.]{0,120}?\b(?:une\s+question|un\s+point)\s+intitulée?
      |decidió\s+(?:también|asimismo|además)\s+incluir\b[^.]{0,120}?\bun\s+(?:sub)?tema\s+titulado
      |постановил[аио]?\s+также\s+включить\b[^.]{0,120}?\bпункт\w*,?\s+(?:озаглавленный|под\s+названием))""",
    examples=["La Conférence a également décidé d’inscrire à l’ordre du jour de sa dixième session une question "
              "intitulée « Mécanisme d’examen »",
              "La Conferencia decidió también incluir en el programa de su décimo período de sesiones un tema "
              "titulado “Mecanismo de examen”",
              "Конференция постановила также включить в повестку дня своей десятой сессии пункт, озаглавленный "
              "«Механизм обзора»"],
    rejects=["La Conférence a décidé d’inscrire dans son rapport", "decidió incluir en su informe"],
    flags=re.IGNORECASE)
""""The Conference also decided to include an item entitled T" as French, Spanish and Russian annotations
word it: the decision of the sentence before grounds the item."""
_ENTITLED = re.compile(r"(?:resolution|decision)\s+(\d+/\d+),\s+entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
_APPROVED_AGENDA = patterns.define(
    "agenda.approved_agenda", r"""
    ,\s+(?:in|by)\s+its\s+(?P<cited>(?:decision|resolution)\s+[^,\s]{1,20}),\s+  # ", in its decision 1998/222, "
    (?:approved|adopted)\s+the\s+provisional\s+agenda\b
    |\b(?:approved|adopted)\s+the\s+provisional\s+agenda\b[^.;]{0,200}?,?\s+  # "adopted the provisional agenda for
    as\s+(?:reflected|contained|set\s+out)\s+in\s+                              #  ..., as reflected in decision X"
    (?P<after>(?:decision|resolution)\s+[^,;\s]{1,20}?)(?=[.,;]?(?:\s|$))""",
    examples=[  # E/CN.9/1999/1, item 2's annotation (tests/ingest_eval/novel/E_CN.9_1999_1.txt)
        ("On the recommendation of the Commission at its thirty-first session, the Economic and Social Council, in its "
         "decision 1998/222, approved the provisional agenda and documentation for the thirty-second session",
         {"cited": "decision 1998/222"}),
        # UNIDO's General Conference, seventh session, item 3 (tests/ingest_eval/fresh/UNIDO_GC.7_annotated_agenda...)
        ("the Industrial Development Board at its seventeenth session adopted the provisional agenda for the seventh "
         "session of the General Conference, as reflected in decision IDB.17/Dec.9.",
         {"after": "decision IDB.17/Dec.9"})],
    rejects=["the Council, in its decision 1998/222, took note of the provisional agenda",
             "In its decision 1998/222, the Council approved the report"], flags=re.IGNORECASE)
"""A resolution or decision by which a body approved the provisional agenda of the session, said in the annotation of
the item of the agenda's adoption: it grounds the item, as a resolution leading the sentence does."""
_AGENDA_FOR = re.compile(r"(?:agreed\s+on|approved|adopted|prepared)\s+the\s+(?:provisional\s+)?agenda\s+for\s+the\s+"
                         r"(?P<ord>" + citations.ORDINAL + r")\s+(?:session|meeting)", re.IGNORECASE)
_MEETING = re.compile(r"\b(?P<ord>" + citations.ORDINAL + r")\s+meeting\b", re.IGNORECASE)
_DOC_PHRASE = patterns.define(
    "agenda.doc_phrase", r"(?<!\w)(?:" + lexicon.alternation(lexicon.DOC_PHRASES) + r")(?!\w)",
    examples=["The Working Group will have before it the background paper (CTOC/COP/WG.4/2019/2).",
              "Documentación Programa provisional y anotaciones (CTOC/COP/2012/1)",  # a flattened list's heading
              "La Conférence sera saisie du rapport du Secrétariat (CTOC/COP/2020/2).",
              "La Conferencia tendrá ante sí el informe de la Secretaría (CTOC/COP/2020/2).",
              "Конференции будет представлен доклад Секретариата (CTOC/COP/2020/2)."],
    rejects=["In its resolution 6/3 (A/RES/6/3), the Conference noted", "En su resolución 6/3, la Conferencia"],
    flags=re.IGNORECASE, verbose=False)
"""The words of a sentence naming the documents before the meeting under an item, in every language read."""


@dataclass
class AgendaItems:
    items: dict[str, URIRef]
    grounded: set[str]
    list_found: bool
    start: int
    end: int


def cut_title(printed: str) -> str:
    """The title of an item the text stops within: its whole words and "…". The word the text stops
    on may be the beginning of a longer one ("7.Consider" of "Consideration"), so it is left out:
    "… in particular activities" gives "… in particular …", "Consider" gives "…"."""
    words = printed.split()[:-1]
    return " ".join(words + ["…"])


def read_agenda(out: Emitter, ctx: Context, text: str, start: int, session: URIRef | None,
                gaps: tuple[Gap, ...] = (), language: str = "en", year: int | None = None,
                on_agenda: URIRef | None = None, is_agenda: bool = True) -> AgendaItems:
    """Emit the items of the agenda in ``text`` (after ``start``); return their IRIs by notation.

    An item is identified under its session; when the text does not give the session (``session`` None),
    under the agenda that lists it, and marked ``mg:sessionUnknown`` (docs/design.md, "The IRI scheme"):
    never under a guessed session. When the document's body is unknown too (``ctx.body`` empty), the items
    are read without their groundings: whose rules or resolutions a bare citation names is not known."""
    entries, list_end = parse_agenda_items(text, start, gaps)
    ann_after = annotations_start(text, list_end) if entries else first_heading_before(text, annotations_start(
        text, list_end))
    annotations = {a.notation: a for a in parse_annotations(text, entries, ann_after, plain_headings=is_agenda)}
    slots: list[Slot] = []
    table_items: list[TableItem] = []
    if year is not None:
        slots, table_items = parse_organization_of_work(text, year, list_end, gaps)
    agenda = on_agenda if on_agenda is not None else (out.document if is_agenda else None)
    if session is None and agenda is None:
        return AgendaItems({}, set(), False, start, start)
    under = session if session is not None else agenda
    assert under is not None

    printed: list[tuple[str, str, Span, bool, str]] = []  # notation, title, span, cut, where
    notes: dict[str, tuple[str, Span]] = {}  # the mandates printed after a listed item's title
    for e in entries:
        listed = None if e.cut else LISTED_GROUNDS.search(e.title)
        if listed is not None:
            notes[e.notation] = (listed["note"], e.span)
        elif not e.cut and language == "zh":
            listed = LISTED_GROUNDS_CJK.search(e.title) or CJK_FOOTNOTE_MARK.search(e.title)
        printed.append((e.notation, clean_title(e.title[:listed.start()]) if listed else e.title, e.span, e.cut,
                        "item list"))
    known = {p[0] for p in printed}
    ctx.listed_titles = {p[0]: p[1] for p in printed if not p[3]}
    text_stops = cut_at(text, gaps)
    for notation, heading_ann in annotations.items():
        if notation not in known:
            title = clean_title(re.sub(r"^(?:(?:Item|Tema|Point|Пункт)\s+)?\d{1,2}\s*[.:)]\s+|"
                                       r"^[-–•·]?\s*\(?[a-z]\)\s*", "", heading_ann.heading.text, flags=re.I))
            # a heading the text stops within ("Item 3: Consideration of the intersessional work undertaken by
            # the members of the ad hoc joint working group and by", the last words of a partial page) is cut
            cut = text_stops is not None and heading_ann.heading.end >= text_stops
            printed.append((notation, title, heading_ann.heading, cut, "annotation heading"))
            known.add(notation)
    for t in table_items:
        if t.notation not in known:
            printed.append((t.notation, t.title, t.span, t.cut, "organization of work"))
            known.add(t.notation)
    if not entries:
        printed.sort(key=lambda p: _sort_key(p[0]))

    items: dict[str, URIRef] = {}
    for order, (notation, title, _span, cut, _where) in enumerate(printed, start=1):
        node = iri.item(under, notation)
        items[notation] = node
        out.add(node, RDF.type, MG.AgendaItem)
        out.add(node, SKOS.notation, notation)
        out.add(node, DCTERMS.title, Literal(cut_title(title) if cut else title, lang=language))
        if cut:
            out.note(node, f"The title is incomplete: the text stops (or has a gap) within it (printed: “{title}”).")
        out.add(node, MG.order, order)
        if agenda is not None:
            out.add(node, MG.onAgenda, agenda)
        if session is not None:
            out.add(node, MG.forSession, session)
        else:
            out.add(node, MG.sessionUnknown, Literal(True))
    for notation, node in items.items():  # "3 (a)" is under "3", "3 (a) (i)" under "3 (a)"
        m = re.match(r"^(\d{1,2}(?: \([a-z]\))?) \(([a-z]|[ivx]+)\)$", notation)
        if m and m.group(1) in items:
            out.add(node, MG.subItemOf, items[m.group(1)])
    for notation, title, _span, _cut, _where in printed:
        subs = [p for p in printed if p[0].startswith(f"{notation} (")]
        procedural = bool(PROCEDURAL.match(title)) or (
            bool(subs) and all(PROCEDURAL.match(p[1]) for p in subs))
        out.add(items[notation], MG.isProcedural, procedural)

    body_known = bool(ctx.body)
    grounded: set[str] = set()
    if body_known:
        grounded = _listed_groundings(out, ctx, items, notes) | _titled_groundings(out, ctx, items, printed, language)
    for notation in items:
        node = items[notation]
        ann = annotations.get(notation)
        if ann is None:
            continue
        if ann.text is not None:
            out.add(node, MG.annotation, Literal(ann.text.quote, lang=language))
            if body_known and _ground(out, ctx, node, notation, ann.text, language):
                grounded.add(notation)
            _documents_in_prose(out, ctx, node, notation, ann.text, session)
        for title, symbol, span in ann.documentation:
            doc = iri.document(symbol)
            out.add(doc, RDF.type, document_kind(title, Symbol(symbol)))
            out.add(doc, DCTERMS.identifier, symbol)
            if title and language != "und":  # as printed, in the language of the text that lists it
                out.add(doc, DCTERMS.title, Literal(title, lang=language))
            if session is not None:
                out.add(doc, MG.forSession, session)
            out.link(node, MG.documentedBy, doc, span, f"documentation of item {notation}")
    for notation, title, _span, _cut, _where in printed:
        node = items[notation]
        ann = annotations.get(notation)
        if ann is None and is_agenda:
            if text_stops is not None and _after_all(notation, annotations):
                note = "The text stops before this item's annotation: it was not available to read."
            elif gaps:
                note = "No annotation for this item is in the text, which has gaps: it was not available to read."
            else:
                note = "The text prints no annotation for this item."
            out.note(node, note)
        subs = [p for p in printed if p[0].startswith(f"{notation} (")]
        procedural = bool(PROCEDURAL.match(title)) or (bool(subs) and all(PROCEDURAL.match(p[1]) for p in subs))
        if not procedural and notation not in grounded and not _subs_grounded(notation, grounded):
            out.add(node, MG.status, MG.unverified)
            out.note(node, "No mandate grounding this item was read: " + (
                    "the text does not say which body it is of, so whose mandates it cites is not known."
                    if not body_known else
                    "its annotation names none." if ann is not None and ann.text is not None else
                    "the text gives no annotation for it." if is_agenda else
                    "this text is not its agenda and gives no annotation.") +
                " A curator should add the grounding.")
    if slots and session is not None:
        schedule(out, session, items, slots)
    end = max([list_end] + [a.text.end for a in annotations.values() if a.text] +
              [a.heading.end for a in annotations.values()] + [s.span.end for s in slots])
    first = min([e.span.start for e in entries] + [a.heading.start for a in annotations.values()] +
                [s.span.start for s in slots] + [end])
    anchor = _anchor_before(text, start, first)
    return AgendaItems(items, grounded, bool(entries), anchor, end)


def _listed_groundings(out: Emitter, ctx: Context, items: dict[str, URIRef],
                       notes: dict[str, tuple[str, Span]]) -> set[str]:
    """Ground each item in the mandates its list prints after its title: "(rule 30 of the rules of
    procedure)", "(rule 62)", "(resolution 57/301)". A bare "rule 62" is of the rules of procedure only when
    the list names them in one of its notes ("rule 30 of the rules of procedure"), the document's body's
    (another body's rules are named so: "of the rules of procedure of the General Assembly" is not read
    here); a resolution or decision is its own words' issuer's, else the document's body's. Returns the
    items grounded."""
    names_rules = any(_NOTE_RULES.search(note) and _NOTE_RULES.search(note)["own"]  # type: ignore[index]
                      for note, _ in notes.values())
    grounded: set[str] = set()
    for notation, (note, span) in notes.items():
        found = [c for c in citations.find_citations(note) if c.kind in ("resolution", "decision")]
        if names_rules:
            for m in _NOTE_RULES.finditer(note):
                found += citations.rules_cited(m["list"], m.span(), m.group(0), None)
        for cited in found:
            node = mandate(ctx, cited, out)
            if node is not None:
                out.link(items[notation], MG.groundedIn, node, span, f"item {notation} of the list")
                grounded.add(notation)
    return grounded


_TITLE_BY_ARTICLE = patterns.define(
    "agenda.title_by_article", r"""
    (?:in\s+accordance\s+with|conformément\s+(?:à|aux?)|de\s+conformidad\s+con|con\s+arreglo\s+al?|
       в\s+соответствии\s+со?)
    \s+(?:l[’']\s*|el\s+|la\s+|los\s+)?\Z""",
    examples=["Déclaration solennelle des membres nouvellement élus du Comité conformément à l’",  # CCPR/C/89/1
              "Solemn declaration by the newly elected members in accordance with "],
    rejects=["Consideration of reports submitted by States parties under ", "Conformément à l’article 6, "],
    flags=re.IGNORECASE)
"""An item's title that says the item is held in accordance with an article ("Déclaration solennelle des membres
nouvellement élus du Comité conformément à l’article 38 du Pacte"): the article grounds the item. "Under article
19" is not read so: "reports submitted under article 19" says under what the reports are submitted."""


def _titled_groundings(out: Emitter, ctx: Context, items: dict[str, URIRef],
                       printed: list[tuple[str, str, Span, bool, str]], language: str) -> set[str]:
    """Ground each item whose own title says in accordance with which article it is held (:data:`_TITLE_BY_ARTICLE`),
    with that article and the ones joined to it; returns the items grounded."""
    grounded: set[str] = set()
    for notation, title, span, cut, where in printed:
        if cut or "rt" not in title.lower() and "стать" not in title.lower():
            continue
        found = citations.find_citations(title, language)
        first = next((c for c in found if c.kind == "article" and _TITLE_BY_ARTICLE.search(title[:c.span[0]])), None)
        if first is None:
            continue
        for i in sorted(_leading_provisions(title, found, first.span[0])):
            node = mandate(ctx, found[i], out)
            if node is not None and found[i].kind == "article":
                out.link(items[notation], MG.groundedIn, node, span,
                         f"heading of item {notation}" if where == "heading" else f"item {notation} of the list")
                grounded.add(notation)
    return grounded


def _anchor_before(text: str, start: int, first: int) -> int:
    """Where the agenda proper begins: its heading ("Provisional agenda") just before the first item."""
    before = [ln for ln in lines(text, start, first) if ln.text]
    if before and AGENDA_ANCHOR.match(before[-1].text):
        return before[-1].start
    return first


def _subs_grounded(notation: str, grounded: set[str]) -> bool:
    """An item whose sub-items are grounded rests on them."""
    return any(g.startswith(f"{notation} (") for g in grounded)


def _after_all(notation: str, annotations: dict[str, Annotation]) -> bool:
    keys = sorted(annotations, key=_sort_key)
    return not keys or _sort_key(notation) > _sort_key(keys[-1])


def _sort_key(notation: str) -> tuple[int, str]:
    m = re.match(r"(\d+)(?: \(([a-z])\))?", notation)
    return (int(m.group(1)), m.group(2) or "") if m else (999, notation)


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


def _documents_in_prose(out: Emitter, ctx: Context, item: URIRef, notation: str, text: Span,
                        session: URIRef | None) -> None:
    """A symbol named in an annotation's prose ("are contained in document TD/TIMBER.3/2")."""
    for sentence in sentences(text.text, text.start):
        if not _DOC_PHRASE.search(sentence.text):
            continue
        for sym, (_, b) in find_symbols(sentence.text):
            if re.match(r"\s*[,:]\s*paragraphs?\b", sentence.text[b:]):  # a part of it: "SYMBOL, paragraph 5"
                continue
            doc = iri.document(sym.text)
            out.add(doc, RDF.type, document_kind("", sym))
            out.add(doc, DCTERMS.identifier, sym.text)
            if session is not None:
                out.add(doc, MG.forSession, session)
            out.link(item, MG.documentedBy, doc, sentence, f"annotation to item {notation}")


def _ground(out: Emitter, ctx: Context, item: URIRef, notation: str, text: Span,
            language: str = "en") -> bool:
    """Find what grounds one item in its annotation, sentence by sentence; True if something does.

    - a recommendation "that the next meeting focus on ..." grounds the item, and the resolution
      the paragraph speaks of acts on it;
    - otherwise a resolution or decision that leads a sentence ("In its resolution 6/3, ...") grounds
      it, as does one the item's work is done "in accordance with", a rule or article that leads a
      sentence ("Under rule 6 of the rules of procedure, ..."), and an agreement of a body;
    - "continue to perform the functions set forth in resolution 5/3" is a continues link;
    - every other mandate mentioned is cited by the agenda.
    In a text that is not English only the cited numbers are read: they are cited, never grounding.
    """
    where = f"annotation to item {notation}"
    spans = sentences(text.text, text.start)
    found_any = False
    if language not in ("en", "und"):
        return _ground_local(out, ctx, item, where, spans, language)
    focus_anywhere = any(_focus(c) for s in spans for c in citations.find_citations(s.text))
    current: URIRef | None = None
    previous: URIRef | None = None  # the last resolution or decision the sentence before named
    rules_before: citations.Citation | None = None  # the last rule of procedure named in the annotation
    for sentence in spans:
        m = _MEETING.search(sentence.text)
        if m:
            ctx.meeting = citations.ordinal(m["ord"])
        found = citations.find_citations(sentence.text)
        bare = _BARE_RULE_LEAD.match(sentence.text)
        rules = [c for c in found if c.kind == "rule"]
        if bare and rules_before is not None and not (rules and rules[0].span[0] < bare.end()):
            # "In accordance with rule 7, ...", "Rule 23.3 stipulates ...": a rule of the rules of
            # procedure the annotation named before leads the sentence (none named: unknown, not read)
            found = citations.rules_cited(bare["list"], bare.span("list"), bare.group(0), rules_before.owner) + found
        if rules:
            rules_before = rules[-1]
        include = _INCLUDE_ITEM.search(sentence.text)
        if include and previous is not None and not any(
                c.kind in ("resolution", "decision") for c in found):
            # "... decision 9/1 ... . The Conference also decided to include an item entitled T": the
            # decision of the sentence before grounds the item (T as printed, whatever the item's title)
            out.link(item, MG.groundedIn, previous, sentence, where, "decides")
            found_any = True
        _blanket(out, ctx, sentence, where, found, current)
        action = citations.action_of(sentence.text)
        lead = bool(_LEAD.match(sentence.text))
        rule_lead = bool(_RULE_LEAD.match(sentence.text) or _PROVISION_SUBJECT.match(sentence.text)) or bare is not None
        leading = _leading_provisions(sentence.text, found) if rule_lead else set()
        approves = _APPROVED_AGENDA.search(sentence.text)
        closing = _PROVISION_CLOSING.match(sentence.text)
        if closing:
            leading |= _leading_provisions(sentence.text, found, closing.end())
        for i, cited in enumerate(found):
            node = mandate(ctx, cited, out) if _owner_told(ctx, cited, sentence.text) else None
            if node is None:
                continue
            _title(out, sentence, cited, node)
            if cited.kind == "recommendation" and _focus(cited):
                out.link(item, MG.groundedIn, node, sentence, where, action)
                found_any = True
                if current is not None:
                    out.link(current, MG.actsOn, node, sentence, where, action)
            elif cited.kind in ("resolution", "decision") and lead and i == 0:
                current = node
                if focus_anywhere:  # the recommendation it acted on grounds the item
                    out.link(out.document, MG.cites, node, sentence, where, action)
                else:
                    out.link(item, MG.groundedIn, node, sentence, where, action)
                    found_any = True
            elif cited.kind in ("resolution", "decision") and current is not None and cited.span[1] >= _continues_by(
                    sentence.text):
                out.link(current, MG.continues, node, sentence, where, "decides")
            elif (cited.kind in ("resolution", "decision") and (_in_accordance(sentence.text) or (
                    approves is not None and _approving(approves, cited)))) \
                    or (cited.kind in ("rule", "article") and i in leading):
                out.link(item, MG.groundedIn, node, sentence, where, action)
                found_any = True
            elif cited.kind == "agreement":
                out.link(item, MG.groundedIn, node, sentence, where, "agrees")
                found_any = True
            else:
                out.link(out.document, MG.cites, node, sentence, where, action)
        named = [c for c in found if c.kind in ("resolution", "decision") and not c.path]
        previous = mandate(ctx, named[-1], out) if named else None
    return found_any


def _approving(approves: re.Match[str], cited: citations.Citation) -> bool:
    """Whether ``cited`` is the resolution or decision :data:`_APPROVED_AGENDA` names (its number within the words)."""
    group = "cited" if approves["cited"] is not None else "after"
    return approves.start(group) <= cited.span[1] <= approves.end(group) + 1


def _owner_told(ctx: Context, cited: citations.Citation, sentence: str) -> bool:
    """Whether whose rules of procedure a rule is can be told: its owner named in its words ("rule 6 of the
    Committee's rules of procedure"), or the rules of the Conference the document's body is known to belong
    to, or of the organ above the body when the sentence names that organ ("rule 15 of the rules of procedure
    of the functional commissions of the Economic and Social Council"). Of a body the registry does not know,
    read only from its symbol's prefix (TD/TIMBER.3, a negotiating conference under UNCTAD: "Rule 6 of the
    provisional rules of procedure provides that the Conference shall elect ..."), a rule whose sentence names
    no owner may be the body's own as well as the organ's above it: it is not read rather than guessed."""
    if cited.kind != "rule" or cited.owner or ctx.body == ctx.conference or ctx.body in ctx.registry.labels:
        return True
    name = ctx.registry.labels.get(ctx.conference)
    return name is not None and fold(name).lower() in fold(sentence).lower()


def _ground_local(out: Emitter, ctx: Context, item: URIRef, where: str, spans: list[Span], language: str) -> bool:
    """What grounds an item in the sentences of a French, Spanish or Russian annotation: the formulas of
    "In its resolution 6/3" (``_LOCAL_LEAD``), "in accordance with resolution 6/3" (``_LOCAL_ACCORDANCE``),
    a provision leading the sentence (``_LOCAL_RULE_LEAD``, and "L'article 23.3 dispose que ..." for a rule
    of the rules of procedure named before), "also decided to include an item" after the decision; every
    other mandate is cited. True if something grounds the item."""
    found_any = False
    before: URIRef | None = None  # the last resolution or decision of the body's own the sentence before named
    rules_before: citations.Citation | None = None  # the last rule of procedure the annotation named
    for sentence in spans:
        lead = bool(_LOCAL_LEAD.match(sentence.text))
        accordance = bool(_LOCAL_ACCORDANCE.match(sentence.text))
        found = citations.find_citations(sentence.text, language)
        rules = [c for c in found if c.kind == "rule"]
        bare = _LOCAL_BARE_RULE_LEAD.match(sentence.text)
        if bare and rules_before is not None and not (rules and rules[0].span[0] < bare.end()):
            found = citations.rules_cited(bare["list"], bare.span("list"), bare.group(0), rules_before.owner) + found
        provisions = [c for c in found if c.kind in ("rule", "article")]
        if provisions:  # "l’article 9" alone is of the rules of procedure only when a rule was the last named
            rules_before = provisions[-1] if provisions[-1].kind == "rule" else None
        if before is not None and _LOCAL_INCLUDE_ITEM.search(sentence.text) and not any(
                c.kind in ("resolution", "decision") for c in found):
            out.link(item, MG.groundedIn, before, sentence, where, "decides")
            found_any = True
        # "Conformément à l'article 32 de la Convention et aux articles 3 et 4 du règlement intérieur, ..."
        leading = _leading_provisions(sentence.text, found) if (
            _LOCAL_RULE_LEAD.match(sentence.text) or (bare and rules_before is not None)) else set()
        action = local_action(sentence.text, language)
        for i, cited in enumerate(found):
            node = mandate(ctx, cited, out) if _owner_told(ctx, cited, sentence.text) else None
            if node is None:
                continue
            own = cited.issuer in (None, "Conference")  # "sa", "su", "своей": the body of the document
            if (lead and i == 0 and cited.kind in ("resolution", "decision") and own) or (
                    accordance and i == 0 and cited.kind in ("resolution", "decision")) or i in leading:
                out.link(item, MG.groundedIn, node, sentence, where, action)
                found_any = True
            else:
                out.link(out.document, MG.cites, node, sentence, where, action)
        named = [c for c in found if c.kind in ("resolution", "decision") and not c.path
                 and c.issuer in (None, "Conference")]
        before = mandate(ctx, named[-1], out) if named else None
    return found_any


_AND = re.compile(r"[\s,]*(?:and|as\s+well\s+as|et|y|e|и)?[\s,]*"
                  r"(?:the\s+|its\s+|(?:à\s+|aux?\s+)?(?:la\s+|les\s+|l[’']\s*)?|(?:a\s+)?(?:los\s+|las?\s+|el\s+)|al\s+"
                  r"|со?\s+)?", re.IGNORECASE)  # "... AL ARTÍCULO 45 DEL PACTO Y AL ARTÍCULO 6", a heading in capitals


def _leading_provisions(text: str, found: list[citations.Citation], at: int | None = None) -> set[int]:
    """The provisions a sentence leads with ("In accordance with article 32 (1) of the Convention and
    rules 3 and 4 of the rules of procedure, ..."): the first and those joined to it by "and"; with ``at``,
    the provision that begins there and those joined to it."""
    chain: set[int] = set()
    end = -1
    for i, c in enumerate(found):
        if at is not None and c.span[0] < at:
            continue
        if c.kind not in ("rule", "article"):
            if chain:
                break
            continue
        first = i == 0 if at is None else c.span[0] == at
        if (not chain and first) or (chain and (c.span[0] < end or _AND.fullmatch(text[end:c.span[0]]))):
            chain.add(i)
        else:
            break
        end = max(end, c.span[1])
    return chain


NOT_READ_OTHER = ("The annotations are not in English: only the resolution and decision numbers they cite "
                  "were read, not what grounds each item.")
_NOT_READ_LEAD = ("The annotations are in {}: the resolution and decision numbers they cite and the formula "
                  "that grounds an item (\"{}\") were read; the rest of their prose was not.")
NOT_READ_IN = {"es": _NOT_READ_LEAD.format("Spanish", "En su resolución 6/3, la Conferencia ..."),
               "fr": _NOT_READ_LEAD.format("French", "Dans sa résolution 6/3, la Conférence ..."),
               "ru": _NOT_READ_LEAD.format("Russian", "В своей резолюции 6/3 Конференция ...")}
"""What mg:notRead says of the annotations of an agenda in each language the groundings are read in."""


def local_action(text: str, language: str) -> str | None:
    """The first action verb of a sentence in ``language``, from that language's lexicon."""
    table = lexicon.ACTIONS.get(language)
    if not table:
        return None
    m = _local_actions(language).search(text)
    return table[m.group(1).lower()] if m else None


_LOCAL_ACTIONS: dict[str, re.Pattern[str]] = {}


def _local_actions(language: str) -> re.Pattern[str]:
    if language not in _LOCAL_ACTIONS:
        words = lexicon.alternation(lexicon.ACTIONS[language])
        _LOCAL_ACTIONS[language] = re.compile(r"(?<!\w)(" + words + r")(?!\w)", re.IGNORECASE)
    return _LOCAL_ACTIONS[language]


def _blanket(out: Emitter, ctx: Context, sentence: Span, where: str, found: list[citations.Citation],
             current: URIRef | None) -> None:
    """"In its resolution 6/3, the Conference welcomed the report on the 1st meeting of the Working
    Group ... and encouraged States parties to implement ... the recommendations contained therein":
    the resolution acts on every recommendation of that meeting. Emitted as
    ``resolution mg:actsOnRecommendationsOf session`` (the session whose report it is); the build
    links it to each mg:Recommendation adopted at that session."""
    m = _BLANKET.search(sentence.text)
    report = _REPORT_ON_MEETING.search(sentence.text, 0, m.start()) if m else None
    if m is None or report is None:
        return
    verbs = [v for v in citations.verbs(sentence.text[report.end():m.start()])]
    lead = next((c for c in found if c.kind in ("resolution", "decision") and not c.path), None)
    actor = mandate(ctx, lead, out) if lead is not None and _LEAD.match(sentence.text) else current
    number = citations.ordinal(report["ord"])
    if actor is None or number is None:
        return
    body = ctx.body if report["body"].lower() != "conference" else ctx.conference
    session = ctx.registry.session(body, number, None)
    if session is None:
        return
    out.link(actor, MG.actsOnRecommendationsOf, session, sentence, where, verbs[-1] if verbs else None)


def _focus(cited: citations.Citation) -> bool:
    """A recommendation that the next meeting focus on a topic: that topic is an agenda item."""
    return cited.kind == "recommendation" and bool(re.search(r"\bfocus", cited.text, re.I))


# Asked once per citation of a sentence, about the whole sentence: each answer is kept for the
# sentence (a sentence citing thousands of mandates is read in linear time, not rescanned for each).

@functools.lru_cache(maxsize=16)
def _entitled(text: str) -> re.Match[str] | None:
    return _ENTITLED.search(text)


@functools.lru_cache(maxsize=16)
def _in_accordance(text: str) -> bool:
    return bool(_ACCORDANCE.search(text))


@functools.lru_cache(maxsize=16)
def _continues_by(text: str) -> int:
    """The shortest prefix of ``text`` that holds a "continue ... set forth in resolution" phrase
    (a longer prefix holds it too), found in log(n) searches; past the end when there is none."""
    if _CONTINUES.search(text) is None:
        return len(text) + 1
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if _CONTINUES.search(text, 0, middle):
            high = middle
        else:
            low = middle + 1
    return low


def _title(out: Emitter, sentence: Span, cited: citations.Citation, node: URIRef) -> None:
    m = _entitled(sentence.text)
    if m and cited.session is not None and not cited.path and m.group(1) == f"{cited.session}/{cited.number}":
        out.add(node, DCTERMS.title, Literal(m["title"], lang="en"))


def session_number(text: str) -> int | None:
    """"... agreed on the provisional agenda for the 2nd meeting of the Working Group"."""
    m = _AGENDA_FOR.search(text)
    return citations.ordinal(m["ord"]) if m else None


def schedule(out: Emitter, session: URIRef, items: dict[str, URIRef], slots: list[Slot]) -> None:
    """The organization of work as schedule slots covering items."""
    for n, slot in enumerate(slots, start=1):
        node = iri.slot(session, n)
        out.add(node, RDF.type, MG.ScheduleSlot)
        out.add(node, MG.slotOf, session)
        out.add(node, RDFS.label, Literal(f"{slot.day.isoformat()} {slot.start}-{slot.end}"))
        out.add(node, MG.start, Literal(f"{slot.day.isoformat()}T{slot.start}:00", datatype=XSD.dateTime))
        out.add(node, MG.end, Literal(f"{slot.day.isoformat()}T{slot.end}:00", datatype=XSD.dateTime))
        for notation in slot.notations:
            if notation in items:
                out.add(node, MG.covers, items[notation])


def year_of(session_start: date | None, text: str, symbol_year: int | None) -> int | None:
    if session_start is not None:
        return session_start.year
    found = find_ranges(text)
    if found:
        return found[-1].start.year
    return symbol_year


# ------------------------------------------------------------------ items discussed under their headings

DISCUSSED_ITEM = patterns.define(
    "agenda.discussed_item", r"""
    ^[ \t]*(?:[A-Z]\.\s+|[a-zа-я]\)\s+)?                 # a section's letter ("A.", "a)"): not the title's
    (?P<title>[^\n()]{3,300}?)
    (?:\s*\(\s*(?:continued|continuación|suite|продолжение)\s*\))?   # "(continued)" before the item's number
    \s*\(\s*(?:agenda\s+item\s+|item\s+|tema\s+|point\s+|пункт\s+)?
    (?P<n>\d{1,3}(?:\s*\([a-z]\))?)
    (?:\s+(?:of\s+the\s+(?:provisional\s+)?agenda|del\s+programa(?:\s+provisional)?|
        de\s+l(?:[’']|[ \t])ordre\s+du\s+jour(?:\s+provisoire)?|(?:предварительной\s+)?повестки\s+дня))?
    \s*\)
    (?:\s*\(\s*(?:continued|continuación|suite|продолжение)\s*\))?
    (?:\s*\((?=[^()\n]*/)[^()\n]{3,300}\))?          # the documents before the meeting: "(CCPR/C/66/CRP.1/Add.2, ...)"
    [ \t]*$""",
    examples=[  # tests/ingest_eval/unseen/CAT_C_SR.398_es.txt, a summary record's heading
        ("EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19 DE LA CONVENCIÓN (tema 4 "
         "del programa) ( continuación )",
         {"title": "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19 DE LA "
                   "CONVENCIÓN", "n": "4"}),
        ("Организационные и другие вопросы (пункт 3 повестки дня)",  # unseen/CCPR_C_SR.2684_ru.txt
         {"title": "Организационные и другие вопросы", "n": "3"}),
        ("a) RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES (point 8 de l’ordre du jour) ( suite )",  # E/C.12/2009/SR.8
         {"title": "RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES", "n": "8"}),
        ("Consideration of reports submitted by States parties (continued) (agenda item 4)", {"n": "4"}),
        # fresh/CCPR_C_SR.1781_es.txt, line 48: the documents the meeting had before it after the item's number
        ("INFORME ANUAL DEL COMITÉ (tema 9 del programa) ( continuación ) (CCPR/C/66/ CRP .1/Add.2/Rev.1, Add.7 y "
         "Add.8; CCPR/C/66/ CRP .2/Add.1 a 3, 5, 6 y 8 a 12)", {"title": "INFORME ANUAL DEL COMITÉ", "n": "9"})],
    rejects=["The Committee considered the report (CAT/C/55/Add.1) at its 398th meeting (item 4).",
             "Adoption of the agenda (A/65/1)", "Election of officers (rule 30)"],
    flags=re.IGNORECASE | re.MULTILINE)
"""A heading of a summary record or report that names the item the meeting took up, with its number in
parentheses ("... (tema 4 del programa) (continuación)", "... (пункт 3 повестки дня)"): an item of the
session, titled as printed. A sentence (one ending in a full stop) is not such a heading."""
_DISCUSSED_CUE = re.compile(r"\(\s*(?:agenda\s+item|item|tema|point|пункт)\s+\d", re.IGNORECASE)
DISCUSSED_ITEM_LEAD = patterns.define(
    "agenda.discussed_item_lead", r"""
    ^[ \t]*(?:Agenda[ \t]+item|Item|Punto|Tema|Point|Пункт)[ \t]+     # the word for item first, on the title's line
    (?P<n>\d{1,2}(?:[ \t]*\(?[a-z]\))?)
    (?:[ \t]+(?:of[ \t]+the[ \t]+agenda|del[ \t]+(?:orden[ \t]+del[ \t]+d[íi]a|programa)|
        de[ \t]+l[’'][ \t]*ordre[ \t]+du[ \t]+jour|повестки[ \t]+дня))?  # "Punto 1 del orden del día", never
                                                                    # "of the provisional agenda"
    [ \t]*[:.][ \t]+
    (?P<title>[^\n]{3,300}?[^\W\d_)]\)?)                         # ends in a letter (or a bracket after one)
    [ \t]*$""",
    examples=[  # tests/ingest_eval/sealed/A_HRC_48_summary_record_template_en-zh_nosymbol.txt, its contents
        ("Agenda item 1: Organizational and procedural matters", {"n": "1", "title": "Organizational and procedural "
                                                                                     "matters"}),
        # tests/ingest_eval/unread/Ramsar_SC21_minutes_es_nosymbol.txt, the minutes' headings
        ("Punto 2 del orden del día: aprobación del orden del día",
         {"n": "2", "title": "aprobación del orden del día"}),
        ("Point 3 de l’ordre du jour : Questions diverses", {"n": "3"})],
    rejects=["Tema 3: Programa de Labores y Presupuesto revisado para 2006-2007 5-53",  # a contents' paragraphs
             "Tema 1: Aprobación del programa1 y el calendario2",  # footnote numbers glued on (CL 131/11)
             "Item 4 of the provisional agenda: Election of officers", "Item 2. The Committee will adopt its agenda.",
             "Item 3 (continued)", "Point 4:\nRapport du Comité des programmes et des"],  # IDB.44's journal
    flags=re.IGNORECASE | re.MULTILINE)
"""A heading of minutes, a summary record's contents or a report that names the item with the word for item first
("Agenda item 1: Organizational and procedural matters", "Punto 1 del orden del día: Palabras de bienvenida"). A
paper prints one such heading, of the item it is under (read from its cover): the headings are read as items taken
up only where the text prints :data:`_LEAD_HEADINGS_MIN` of them, for different items."""
_LEAD_HEADINGS_MIN = 2
DISCUSSED_ITEM_ALONE = patterns.define(
    "agenda.discussed_item_alone", r"""
    ^[ \t]*(?:Agenda[ \t]+item|Item|Punto|Tema|Point|Пункт)[ \t]+(?P<n>\d{1,2})
    (?:[ \t]+(?:of[ \t]+the[ \t]+agenda|del[ \t]+(?:orden[ \t]+del[ \t]+d[íi]a|programa)|
        de[ \t]+l[’'][ \t]*ordre[ \t]+du[ \t]+jour|повестки[ \t]+дня))?
    [ \t]*:?[ \t]*\n                                  # the heading alone on its line ...
    (?:[ \t]*\n)?                                      # ... a blank line, perhaps, ...
    [ \t]*(?P<title>\S[^\n]{2,300})$                    # ... then the title's first line""",
    examples=[  # tests/ingest_eval/unread/IDB.44_journal_1_fr_nosymbol.txt, the Board's journal
        ("Point 1:\nÉlection du Bureau", {"n": "1", "title": "Élection du Bureau"}),
        # tests/ingest_eval/untouched/UNEP_GC26_journal_2011_4_en-fr_nosymbol.txt
        ("Item 3:\nCredentials of the representatives", {"n": "3"}),
        ("Point 3 de l’ordre du jour :\nVérification des pouvoirs des représentants", {"n": "3"}),
        ("Item 1\n\nAdoption of the Agenda and Timetable: for decision", {"n": "1"})],  # CL 128/INF/1
    rejects=["Item 1. Opening\nof the session", "Points 3 et 6: Rapport annuel", "Item 2 of the provisional agenda\n"
             "Organizational matters"], flags=re.IGNORECASE | re.MULTILINE)
"""A heading that gives the item's number alone on its line, its title on the next ("Point 1:" / "Élection du
Bureau", a journal's programme of meetings): read as :data:`DISCUSSED_ITEM_LEAD` is, the title running on over the
lines that continue it (:func:`_title_lines`)."""
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")
"""Two columns on a line ("Adoption of the agenda and other            Annotated provisional agenda", E/1997/L.15):
where the title ends is not known."""
_PURPOSE = re.compile(r":\s*for\s+(?:discussion|decision|information)\b.*$", re.IGNORECASE)
"""What an item is taken up for, after its title (": for discussion and/or decision", CL 128/INF/1): not the title."""


def _title_lines(text: str, m: re.Match[str]) -> int | None:
    """Where the title of heading ``m`` (:data:`DISCUSSED_ITEM_ALONE`) ends: at the end of its line, or of the lines
    that continue it (one that begins in lower case, or closes a bracket the title opened). None where where it ends
    is not sure: the title in columns or a sentence, the line after it neither blank, nor a heading, nor the list of
    its documents ("Operational activities of the United" / "Nations for international", E/1997/L.15), or the text
    stopping within it (a partial page: "... y compris la mise en" / "œuvre de la Déclar", IDB.44's journal)."""
    end = m.end("title")
    title = m["title"]
    for _ in range(_TITLE_CONTINUATIONS):
        nxt = re.match(r"\n([^\n]+)", text[end:])
        if nxt is None or not (nxt[1].strip()[:1].islower() or title.count("(") > title.count(")")):
            break
        title += " " + nxt[1].strip()
        end += nxt.end()
    after = re.match(r"[ \t]*\n([^\n]*)", text[end:])
    if after is None or not text[end:].strip() or not (
            not after[1].strip() or _HEADING_AFTER_TITLE.match(after[1]) or _TIME_LINE.match(after[1])):
        return None
    if _COLUMNS.search(title) or _SENTENCE_IN_TITLE.search(title) or _STARTS_SENTENCE.match(title) \
            or title.count("(") > title.count(")"):
        return None
    return end


_TIME_LINE = patterns.define(
    "agenda.time_line", r"^[ \t]*(?:\d{1,2}(?:[ \t]*h(?:[ \t]*\d{2})?|[.:]\d{2}(?:[ \t]*[ap]\.m\.)?|[ \t]*[ap]\.m\.)"
    r"(?:[ \t]*(?:-|–|to|à|a)[ \t]*\d{1,2}(?:[ \t]*h(?:[ \t]*\d{2})?|[.:]\d{2}(?:[ \t]*[ap]\.m\.)?|[ \t]*[ap]\.m\.))?"
    r"|Midi|Noon|Mediod[íi]a)[ \t]*$",
    examples=["17 h 30", "9 h", "10.30 a.m.", "3 p.m. - 6 p.m.", "Midi"],  # "17 h 30": IDB.44's journal
    rejects=["17 juin 2016", "2005", "10 Opening"], flags=re.IGNORECASE, verbose=False)
"""The time of the next meeting in a programme of meetings, on the line after an item's title ("17 h 30")."""
_HEADING_AFTER_TITLE = re.compile(
    r"^[ \t]*(?:(?:Agenda[ \t]+item|Item|Punto|Tema|Point|Пункт)[ \t]+\d"   # the next item's heading
    r"|\((?=[^()\n]*/)[^()\n]+\)[ \t]*$)", re.IGNORECASE)                 # the documents: "(CL 128/1; CL 128/INF/6)"


_TITLE_CONTINUATIONS = 2
"""How many lines a heading's title runs on over."""
_OTHER_SCRIPT = re.compile(r"\s+[\u0600-\u06ff\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
"""Where a heading's translation begins on a bilingual line ("Agenda item 1: Organizational and procedural matters
议程项目1:组织和程序事项", a translation template): the title is the part before, in the text's language."""


CONTENTS_HEADING = patterns.define(
    "agenda.contents_heading", r"""
    (?<!\S)(?P<chapter>[IVXL]{1,7})\.\s+                 # the chapter's numeral
    (?P<title>(?![IVXL]{1,7}\.\s)[A-ZÀ-ÖØ-ÞА-ЯЁ][^()\n]*?  # the title: no numeral first ("II. III. ..." is displaced)
       (?:\([^()\n]{1,30}\)[^()\n]*?)?)                  # one parenthesis in it: "(1968)", "(R.E.1)"
    \s*,?\s*(?P<cue>\(\s*(?:[Aa]genda\s+item|[Tt]ema|[Pp]oint|[Пп]ункт)\s+)   # the item word, in each language
    (?P<n>\d{1,3}(?:\s*\([a-z]\))?)
    (?:\s+(?:del\s+programa(?:\s+provisional)?|de\s+l(?:[’']|[ \t])ordre\s+du\s+jour(?:\s+provisoire)?
        |(?:предварительной\s+)?повестки\s+дня))?       # "(tema 1 del programa)", "(point 2 de l'ordre du jour)"
    \s*\)""",
    examples=[("Attendance II. Adoption of the agenda (agenda item 1) III. Activities",  # ECE/TRANS/WP.1/163
               {"chapter": "II", "title": "Adoption of the agenda", "n": "1"}),  # (untouched set)
              # (from "I. Attendance II. ..." the title would hold "II. ": _contents_headings reads on from there)
              ("I. Attendance II. Adoption of the agenda (agenda item 1)", {"title": "Attendance II. Adoption of the "
                                                                                     "agenda"}),
              ("IV. Convention on Road Traffic (1968) (agenda item 3) A. Consistency",
               {"title": "Convention on Road Traffic (1968)", "n": "3"}),
              ("2 IX. Programme of Work and biennial evaluation, (agenda item 8)",
               {"title": "Programme of Work and biennial evaluation"}),
              ("II. III. Organizational matters (Agenda item 2)",  # FCCC/CP/2016/10 (untouched)
               {"chapter": "III", "title": "Organizational matters"}),
              # the local words for the item (tests/ingest_eval/unseen/FCCC_CP_2015_10_es.txt)
              ("Página I. Apertura del período de sesiones (tema 1 del programa) ................... 12 6 II.",
               {"chapter": "I", "title": "Apertura del período de sesiones", "n": "1"}),
              ("II. Élection du Bureau (point 2 de l’ordre du jour) III.", {"title": "Élection du Bureau", "n": "2"}),
              ("III. Организационные вопросы (пункт 2 повестки дня)", {"title": "Организационные вопросы"}),
              # novel/FCCC_SBI_2002_17_fr.txt: every apostrophe lost on the page ("l ordre du jour")
              ("I. OUVERTURE DE LA SESSION (Point 1 de l ordre du jour)... 1 í 4 II. QUESTIONS D ORGANISATION",
               {"chapter": "I", "title": "OUVERTURE DE LA SESSION", "n": "1"})],
    rejects=["Report of the Adaptation Committee (Agenda item 6)", "E. Admission of organizations (agenda item 2)",
             "vi. the report (agenda item 2)"])
"""A chapter's heading in a report's contents flattened onto one line ("... Paragraphs I. Attendance II. Adoption of
the agenda (agenda item 1) III. Activities of interest to the Working Party (agenda item 2) IV. ..."): its title is
between the chapter's numeral and the item's number. Read by :func:`_contents_headings` only where that is sure."""
CONTENTS_SUBHEADING = patterns.define(
    "agenda.contents_subheading", r"""
    (?<!\S)(?P<section>[A-H])\.\s+                      # the section's letter, under a chapter
    (?P<title>[A-ZÀ-ÖØ-ÞА-ЯЁ][^()\n]*?                   # the title, one parenthesis in it: "(UTS)"
       (?:\([^()\n]{1,30}\)[^()\n]*?)?)
    \s*,?\s*(?P<cue>\(\s*(?:[Aa]genda\s+item|[Tt]ema|[Pp]oint|[Пп]ункт)\s+)
    (?P<n>(?P<num>\d{1,3})\s*\(?(?P<letter>[a-z])\))    # a sub-item: "2 (a)", "2 a)" (the French and Spanish style)
    (?:\s+(?:del\s+programa(?:\s+provisional)?|de\s+l(?:[’']|[ \t])ordre\s+du\s+jour(?:\s+provisoire)?
        |(?:предварительной\s+)?повестки\s+дня))?
    \s*\)""",
    examples=[("4 A. Aprobacin del programa (tema 2 a) del programa) ....",  # untouched/FCCC_SBSTA_2004_6_es
               {"section": "A", "title": "Aprobacin del programa", "n": "2 a)", "num": "2", "letter": "a"}),
              ("B. Election of officers (agenda item 2 (b))", {"title": "Election of officers", "letter": "b"})],
    rejects=["B. Organizacin de los trabajos (tema 2 del programa)",  # an item, not a sub-item: the chapters'
             "b. the report (tema 2 a) del programa)"])
"""A section's heading under a chapter of a report's contents flattened onto one line, naming the sub-item it takes
up ("II. CUESTIONES DE ORGANIZACIN (tema 2 del programa) ... A. Aprobacin del programa (tema 2 a) del programa)
..."): read only between a chapter read by :func:`_contents_headings` and the next, with that chapter's item number."""
_CONTENTS_HEADINGS_MIN = 2
"""A line holds a flattened contents list when it holds this many such headings (one is a sentence's aside)."""
_WITHIN_TITLE = re.compile(r"[.;]\s|(?<!\S)[A-Z]\.$")
"""What a title does not hold: a full stop or semicolon before a space (a section's letter, "J. Documentation",
or a sentence's end: where the title begins is then not printed)."""


def _contents_headings(text: str, start: int, end: int) -> dict[int, re.Match[str]]:
    """The chapter headings (:data:`CONTENTS_HEADING`) of a flattened contents line, by where their cue
    ("(agenda item") begins: each whose title holds no section letter or sentence's end
    (:data:`_WITHIN_TITLE`) and begins no sentence, its numeral after the last one read (a section's
    letter "I." after chapter III is none), when at least :data:`_CONTENTS_HEADINGS_MIN` are on the line."""
    found: dict[int, re.Match[str]] = {}
    last = 0
    m = CONTENTS_HEADING.search(text, start, end)
    while m is not None:
        number = citations.roman(m["chapter"])
        title = m["title"]
        if number is None or number <= last or _WITHIN_TITLE.search(title) or _STARTS_SENTENCE.match(title) \
                or len(title) > _TITLE_CHARS:
            m = CONTENTS_HEADING.search(text, m.start("title"), end)  # a later numeral may begin the title
            continue
        last = number
        found[m.start("cue")] = m
        m = CONTENTS_HEADING.search(text, m.end(), end)
    if len(found) < _CONTENTS_HEADINGS_MIN:
        return {}
    chapters = sorted(found.values(), key=lambda c: c.start())
    for chapter, after in zip(chapters, [*chapters[1:], None], strict=True):
        letters: list[str] = []
        stop = end if after is None else after.start("chapter")
        for sub in CONTENTS_SUBHEADING.finditer(text, chapter.end(), stop):
            if sub["num"] != chapter["n"] or sub["letter"] != chr(ord("a") + len(letters)) \
                    or _WITHIN_TITLE.search(sub["title"]) or _STARTS_SENTENCE.match(sub["title"]) \
                    or len(sub["title"]) > _TITLE_CHARS:
                break  # the sections name the chapter's sub-items in order, or none is read after
            letters.append(sub["letter"])
            found[sub.start("cue")] = sub
    return found


def read_discussed_items(out: Emitter, text: str, start: int, session: URIRef, language: str,
                         agenda: URIRef | None, ctx: Context | None = None) -> None:
    """The items a summary record or report takes up under headings naming them (:data:`DISCUSSED_ITEM`): items
    of the document's session with the title the heading prints (in the document's language). The headings
    are found by their cue, the item's number in parentheses, in one scan; the agenda that lists them is the
    session's when it is known, else they are marked unverified. With the document's body known (``ctx``), an
    item whose heading says in accordance with which article it is held is grounded in it, as a listed item is
    (:func:`_titled_groundings`: "... CON ARREGLO AL ARTÍCULO 45 DEL PACTO ... (tema 9 del programa)")."""
    seen: dict[str, tuple[URIRef, str, Span]] = {}
    flattened: dict[int, dict[int, re.Match[str]]] = {}  # a flattened line's contents headings, by line
    for cue in _DISCUSSED_CUE.finditer(text, start):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        m = DISCUSSED_ITEM.match(text, line_start, line_end)
        if m is None:
            if line_start not in flattened:
                flattened[line_start] = _contents_headings(text, line_start, line_end)
            m = flattened[line_start].get(cue.start())
        if m is None:
            continue
        _discussed(out, text, m, session, language, agenda, seen)
    leads = [(m, m.end("title")) for m in DISCUSSED_ITEM_LEAD.finditer(text, start)
             if not _SENTENCE_IN_TITLE.search(m["title"]) and not _STARTS_SENTENCE.match(m["title"])]
    leads += [(m, end) for m in DISCUSSED_ITEM_ALONE.finditer(text, start)
              if (end := _title_lines(text, m)) is not None]
    if len({_notation(m["n"]) for m, _ in leads}) >= _LEAD_HEADINGS_MIN:
        for m, end in sorted(leads, key=lambda lead: lead[0].start()):
            _discussed(out, text, m, session, language, agenda, seen, end)
    if ctx is not None and ctx.body and seen:
        _titled_groundings(out, ctx, {n: node for n, (node, _, _) in seen.items()},
                           [(n, title, span, False, "heading") for n, (_, title, span) in seen.items()], language)


_SENTENCE_IN_TITLE = re.compile(r"[.;]\s")
"""What a heading's title does not hold: a sentence's end within it."""


def _notation(printed: str) -> str:
    notation = re.sub(r"\s*\(", " (", printed)
    return re.sub(r"^(\d{1,3})\s*([a-z])\)$", r"\1 (\2)", notation)  # "2 a)", the sub-item's letter


def _discussed(out: Emitter, text: str, m: re.Match[str], session: URIRef, language: str, agenda: URIRef | None,
               seen: dict[str, tuple[URIRef, str, Span]], end: int | None = None) -> None:
    """The item a heading ``m`` (:data:`DISCUSSED_ITEM`, :data:`DISCUSSED_ITEM_LEAD`, :data:`DISCUSSED_ITEM_ALONE`)
    names, once per notation; its title ends at ``end`` when it runs on over lines."""
    notation = _notation(m["n"])
    title_end = m.end("title") if end is None else end
    printed = text[m.start("title"):title_end]
    other = _OTHER_SCRIPT.search(printed) if language not in ("zh", "ar") else None
    if other is not None:
        title_end = m.start("title") + other.start()
    purpose = _PURPOSE.search(text, m.start("title"), title_end)
    if purpose is not None:
        title_end = purpose.start()
    title = clean_title(text[m.start("title"):title_end])
    if notation in seen or not title or title.endswith((".", ":")):
        return
    node = iri.item(session, notation)
    span = Span(m.start("title"), title_end, text[m.start("title"):title_end])
    seen[notation] = (node, title, span)
    out.add(node, RDF.type, MG.AgendaItem)
    out.add(node, SKOS.notation, notation)
    out.add(node, DCTERMS.title, Literal(title, lang=language))
    out.link(node, MG.forSession, session, span, "heading naming the item the meeting took up")
    if agenda is not None:
        out.add(node, MG.onAgenda, agenda)
    else:
        out.add(node, MG.status, MG.unverified)
        out.note(node, f"Known from the heading \"{fold(m.group(0).strip())}\" of {out.source.name}, which "
                 "takes the item up; that text does not give the symbol of the agenda that lists it or what "
                 "grounds it.")
