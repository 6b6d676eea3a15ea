"""Lists of the resolutions and decisions a session adopted, and their texts, printed without a
symbol: a list of decisions only, or of resolutions and decisions; and a compilation of them whose
title names it one ("Decisions adopted by the Executive Board during 2003", DP/2004/2)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rdflib import URIRef

from mandategraph.ingest import patterns
from mandategraph.ingest.genres.base import Evidence, Genre
from mandategraph.namespaces import MG

if TYPE_CHECKING:
    from mandategraph.ingest.genres.base import DocumentView


DECISION_LIST_TITLE = patterns.define(
    "decisions.decision_list_title", r"""
    (?<!\d\.\ )(?<!\d\.)            # no numbered item's or chapter's title ("2. Decisions adopted by States ...")
    (?P<title>                    # a title's own capitals, not "Overview of decisions adopted by ..."

      # en: sealed/DP_2004_2.txt "Decisions adopted by the Executive Board during 2003"; untouched/
      # CRPD_C_11_decisions_nosymbol.txt "Decisions taken by the CRPD Committee at its 11th session"; sealed/
      # ITU_Council_resolutions_decisions_2014_nosymbol.txt "Resolutions and Decisions of the Council"
      (?:Resolutions\ and\ [Dd]ecisions\ |RESOLUTIONS\ AND\ DECISIONS\ )(?:adopted\ by|taken\ by|of\ the)\s
     |(?:Decisions|DECISIONS)\ (?:adopted|taken|ADOPTED|TAKEN)\ (?:by|BY)\s
      # es: unread/DP_2007_2_es.txt "Decisiones adoptadas por la Junta Ejecutiva en 2006"; untouched/
      # UNESCO_122_EX_Decisiones_es.txt "DECISIONES APROBADAS POR EL CONSEJO EJECUTIVO"; sealed/
      # E_2008_INF_2_Add.1_es-en.txt "Resoluciones y decisiones adoptadas por el Consejo Económico y Social";
      # unread/GB.278_205_es.txt "Repertorio de Decisiones"
     |(?:Resoluciones\ y\ [Dd]ecisiones|RESOLUCIONES\ Y\ DECISIONES|Decisiones|DECISIONES)
        \ (?:adoptadas|aprobadas|ADOPTADAS|APROBADAS)\ (?:por|POR)\s
     |Repertorio\ de\ [Dd]ecisiones(?!\w)
      # unseen/LC_PLEN.36_resolutions_es_nosymbol.txt: "RESOLUCIONES APROBADAS", a line of its own
     |^[ \t]*(?:RESOLUCIONES\ APROBADAS|Resoluciones\ aprobadas)[ \t]*$
      # fr: sealed/E_ICEF_2011_16_fr.txt "Recueil des décisions adoptées par le Conseil d’administration en 2011";
      # sealed/UNEP_CBD_COP_8_decisions_fr_nosymbol.txt "DECISIONS ADOPTEES PAR LA CONFERENCE DES PARTIES"
     |(?:Recueil\ des\ décisions|Résolutions\ et\ décisions|Décisions|DÉCISIONS|DECISIONS|RESOLUTIONS\ ET\ DECISIONS)
        \ (?:adoptées|ADOPTÉES|ADOPTEES)\ (?:par|PAR)\s
      # ru: the compilation's title as papers.ADOPTED_TEXTS_TITLE reads it
     |Резолюции\ и\ решения,?\ принятые\s
    )""",
    examples=[("Organizational matters Decisions adopted by the Executive Board during 2003 Contents",
               {"title": "Decisions adopted by "}),
              "Decisions taken by the CRPD Committee at its 11th session",
              "1 Resolutions and Decisions of the Council 2014",
              "Cuestiones de organización Decisiones adoptadas por la Junta Ejecutiva en 2006 Índice",
              "122 EX/DecisionesPARIS, 6 de diciembre de 1985\n\nDECISIONES APROBADAS POR EL CONSEJO EJECUTIVO",
              "Resoluciones y decisiones adoptadas por el Consejo Económico y Social en su período",
              "Repertorio de Decisiones", "Texto completo\n\nRESOLUCIONES APROBADAS\n\n(2)",
              "Organizational mattersDecisions adopted by the Executive Board at its annual session 2020",
              "Conseil d’administration Recueil des décisions adoptées par le Conseil d’administration en 2011",
              "1 DECISIONS ADOPTEES PAR LA CONFERENCE DES PARTIES A LA CONVENTION SUR LA DIVERSITE BIOLOGIQUE"],
    rejects=["2003/6 Overview of decisions adopted by the Executive Board at its first regular session 2003",
             "Reseña de las decisiones adoptadas por la Junta Ejecutiva",
             "Recalling the decisions adopted by the Conference", "Decision adopted by the Conference",
             "Resolución aprobada por la Asamblea General", "the resolutions and decisions it adopted",
             "las Resoluciones aprobadas por la Asamblea",
             # unread/A_CN.9_1001_Rev.1.txt: an item of UNCITRAL's provisional agenda
             "Monday, 6 July 1. Opening of the session 2. Decisions adopted by States members of UNCITRAL"],
    flags=re.MULTILINE)
"""The title of a list or compilation of the resolutions and decisions a body adopted (``mg:DecisionList``), in the
capitals a title is printed in: never the lower-case words of a sentence or of a decision's own title that cite them
("Overview of decisions adopted by the Executive Board at its first regular session 2003", a decision in the list)."""
DECISION_LIST_PROBE_CHARS = 1500  # how far into the text (its cover, flattened or not) the title is looked for

BEFORE_DECISION_LIST = patterns.define(
    "decisions.before_decision_list", r"""
    (?<!\w)(?:Contents|CONTENTS|Índice|ÍNDICE|Indice|Table\ des\ matières|Sommaire|Содержание
     |Report\ of|REPORT\ OF|Informe\ de|INFORME\ DE|Rapport\ d|RAPPORT\ D|Доклад
     |Provisional\ agenda|PROVISIONAL\ AGENDA|Programa\ provisional|Ordre\ du\ jour\ provisoire
     |Предварительная\ повестка)(?!\w)""",
    examples=["Report of the Conference of the Parties on its fourteenth session", "Índice", "Contents Number Page",
              # unread/A_CN.9_1001_Rev.1.txt: the title of UNCITRAL's agenda, over its item "2. Decisions adopted by"
              "Provisional agenda, annotations thereto and scheduling of meetings of the fifty-third session"],
    rejects=["Decisions adopted by the Executive Board during 2003", "Repertorio de Decisiones",
             "Item 1 of the provisional agenda Organizational matters",  # sealed/DP_2004_2.txt: the cover's item line
             "Tema 1 del programa provisional Cuestiones de organización"])
"""What, printed before such a title, makes it no title of the document's own: a contents list's heading (a report's
contents list its chapter "Resolutions and decisions adopted by the Commission") or a report's title."""


def decision_list_title(text: str) -> re.Match[str] | None:
    """The title that names the text a list or compilation of adopted resolutions and decisions
    (:data:`DECISION_LIST_TITLE`) within :data:`DECISION_LIST_PROBE_CHARS`, with no contents heading or report title
    before it (:data:`BEFORE_DECISION_LIST`); None otherwise."""
    m = DECISION_LIST_TITLE.search(text, 0, DECISION_LIST_PROBE_CHARS)
    if m is None or BEFORE_DECISION_LIST.search(text, 0, m.start()) is not None:
        return None
    return m


class DecisionListGenre(Genre):
    kind: ClassVar[str] = "decisions"
    rdf_class: ClassVar[URIRef] = MG.DecisionList
    has_title: ClassVar[bool] = False
    mandate_list_where: ClassVar[str] = "list of decisions"
    session_in_prose: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        if self.named(doc):
            return Evidence.TITLE
        if doc.symbol is None and (doc.listed or doc.texts) and all(m.kind == "decision" for m in doc.listed):
            return Evidence.STRUCTURE
        return Evidence.NONE

    def named(self, doc: DocumentView) -> bool:
        return decision_list_title(doc.text) is not None

    def own_title(self, doc: DocumentView) -> bool:
        # a compilation titled one ("Repertorio de Decisiones") has its own title; a list found by its structure
        # alone has none (its cover's first line is a mandate's heading)
        return self.named(doc)


class MandateListGenre(Genre):
    kind: ClassVar[str] = "mandates"
    has_title: ClassVar[bool] = False
    session_in_prose: ClassVar[bool] = True

    def detect(self, doc: DocumentView) -> float:
        if doc.symbol is None and (doc.listed or doc.texts):
            return Evidence.STRUCTURE
        return Evidence.NONE
