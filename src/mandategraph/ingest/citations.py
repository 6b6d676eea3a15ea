"""The citation grammar of UN documents: which mandates a sentence mentions, and where.

Pure text in, :class:`Citation` records out. Turning a citation into an IRI needs the citing
document's context (which Conference "its resolution" means) and happens in
:mod:`mandategraph.ingest.resolve`.

Forms read (each a unit test): "resolution 6/3", "Conference resolution 5/3", "its decision 4/4",
"decisions 1/2 and 1/3", "resolutions 1/4, 2/3, 3/3, 4/4, 5/3, 6/2, 6/3 and 7/1",
"General Assembly resolution 55/25", "resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010",
"In its resolution 58/4, the General Assembly ..." (the issuer named after the citation),
"decision 4/4 of the Conference of the Parties to ...", "paragraph 3 of its resolution 6/3",
"article 32, paragraph 3, of the Convention", "article 75 (2) of the Convention",
"article 32, paragraphs 3 (d) and 4, of the Convention", "paragraph 5 of article 32",
"rule 2, paragraph 2, of the rules of procedure", "rules 12 and 13 of the rules of procedure",
"rule 5 of the Committee's provisional rules of procedure",
"the recommendation adopted by the Working Group at its 1st meeting",
"CAC/COSP/WG.4/2011/4, paragraph 12", and the resolution and decision numbers of Spanish, French
and Russian texts ("resolución 5/3", "résolutions 5/1 et 5/5", "решение 4/4", "resolución 2997 (XXVII)", "la
resolución 1325 (2000) del Consejo de Seguridad"), "resolutions 2003/29 of 22 July 2003, entitled “...”, 2004/34",
"decision BS-VII/9", "decisión INC-7/7" (a number led by its issuer's mark) and Chinese lists
("第53/239号决议、2000年3月15日第54/254号决议").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from mandategraph.ingest import lexicon, patterns
from mandategraph.ingest.lexicon import ordinal

ORDINAL = patterns.ORDINAL


@dataclass(frozen=True)
class Citation:
    """One mandate mentioned in a text.

    ``kind`` is resolution, decision, recommendation, article, rule, agreement or paragraph
    (a paragraph of a cited document). ``issuer`` is the body as the text names it
    ("General Assembly", "Conference", "its", "Working Group", "extended Bureau") or None.
    ``path`` locates a provision: (("article", 32), ("paragraph", 3)) of the ``instrument``, or
    (("paragraph", 3),) of the resolution or decision itself.
    """

    kind: str
    span: tuple[int, int]
    text: str
    issuer: str | None = None
    session: int | None = None
    number: int | None = None
    path: tuple[tuple[str, int | str], ...] = field(default=())
    instrument: str | None = None  # "Convention", "Protocol ...", "rules of procedure", or a symbol
    date: str | None = None  # ISO date printed with the citation ("of 22 October 2010")
    subject: str | None = None  # what a recommendation is about, as printed
    owner: str | None = None  # whose rules of procedure ("Committee", "Conference"), as printed
    printed: str | None = None  # a number printed in its series' own form ("14/CP.1", "IDB.50/Dec.11")
    running: bool = False  # numbered in one running series, ``session`` the year printed after it ("1645 (2005)")
    own: bool = False  # led by "its" in the text's language ("sa résolution", "своей резолюции", "بقرارها")

    @property
    def notation(self) -> str | None:
        return f"{self.session}/{self.number}" if self.session is not None else None


_ISSUER = (r"(?P<issuer>General Assembly|Economic and Social Council|Security Council|"
           r"Human Rights Council|Commission|Conference|Council|Committee|Assembly|[A-Z]{3,8}|its|their)\s+")
_NUM = r"(?:\d{1,4}|[IVXL]{1,6})/\d{1,3}"  # "6/3", "2004/23", and a roman session: "decision VII/1"
_DATE_OF = r"(?:\s*,?\s+(?:of|adopted on|dated)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
_TITLE_OF = r"(?:\s*,?\s+entitled\s+[“\"][^”\"\n]{1,200}[”\"])?"
"""A listed mandate's title between it and the next ("resolutions 2003/29 of 22 July 2003, entitled “Prevention of
crimes ...”, 2004/34 of 21 July 2004 and 2008/23", untouched/A_C.3_66_L.5_en-ar): the list goes on after it."""
_QUOTED = re.compile(r"[“\"][^”\"\n]*[”\"]")
_MANDATE_LIST = patterns.define(
    "citations.mandate_list", r"(?<![\w/])(?:" + _ISSUER + r")?(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s+(?:Nos?\.\s*)?"
    r"(?P<list>" + _NUM + _DATE_OF + r"(?:" + _TITLE_OF + r"\s*(?:,|,?\s*and|,?\s*or)\s*" + _NUM + _DATE_OF + r")*)"
    r"(?![\w/])",
    examples=[("General Assembly resolution 55/25",
     {"issuer": "General Assembly", "kind": "resolution", "list": "55/25"}),
              ("decisions 1/2 and 1/3", {"kind": "decisions", "list": "1/2 and 1/3"}),
              ("its resolution 6/3", {"issuer": "its", "list": "6/3"}),
              ("Assembly resolution 64/179", {"issuer": "Assembly", "list": "64/179"}),
              ("decision VII/1 of the Conference", {"kind": "decision", "list": "VII/1"}),
              ("resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010",
               {"list": "5/1 of 22 October 2010, 5/5 of 22 October 2010"}),
              # untouched/A_C.3_66_L.5_en-ar.txt: the first one's title between it and the next
              ("resolutions 2003/29 of 22 July 2003, entitled “Prevention of crimes”, 2004/34 of 21 July 2004 and "
               "2008/23", {"list": "2003/29 of 22 July 2003, entitled “Prevention of crimes”, 2004/34 of 21 July 2004 "
                                   "and 2008/23"})],
    rejects=["CTOC/COP/2012/15", "resolution of the Conference"], verbose=False)
_ONE = patterns.define(
    "citations.one_number", r"(?P<num>(?P<s>\d{1,4}|[IVXL]{1,6})/(?P<n>\d{1,3}))(?:\s*,?\s+(?:of|adopted on|dated)\s+"
                  r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?",
    examples=[("5/1 of 22 October 2010", {"s": "5", "n": "1", "date": "22 October 2010"}),
     ("6/3", {"num": "6/3", "date": None}), ("VII/1", {"s": "VII", "n": "1"})],
    rejects=["resolution"], verbose=False)
_ROMAN_SESSION_ONE = patterns.define(
    "citations.roman_session_number", r"(?P<n>\d{1,4})\s*\((?P<s>[IVXL]{1,7})\)",
    examples=[("2837 (XXVI)", {"n": "2837", "s": "XXVI"}), ("3281(XXIX)", {"s": "XXIX"})],
    rejects=["2837 (1971)", "6/3"], verbose=False)
_ROMAN_SESSION_LIST = patterns.define(
    "citations.roman_session_list", r"(?<![\w/])(?:" + _ISSUER + r")?(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s+"
    r"(?P<list>\d{1,4}\s*\([IVXL]{1,7}\)(?:\s*(?:,|,?\s*and)\s*\d{1,4}\s*\([IVXL]{1,7}\))*)(?![\w/])",
    examples=[("Assembly resolution 2837 (XXVI) of 17 December 1971", {"issuer": "Assembly", "list": "2837 (XXVI)"}),
              # UNEP/CBD/COP/3/1/Add.1
              ("General Assembly resolution 2997 (XXVII) of 15 December 1972",
               {"issuer": "General Assembly", "list": "2997 (XXVII)"}),
              ("resolutions 1514 (XV) and 1541 (XV)", {"list": "1514 (XV) and 1541 (XV)"})],
    rejects=["resolution 2997 (1972)", "resolution 55/25"], verbose=False)
"""The resolutions the General Assembly and the Economic and Social Council numbered before 1976 in
one running series, with the session in roman numerals after the number ("2837 (XXVI)": the 2837th,
of the twenty-sixth session)."""
_YEAR_NUMBERED_LIST = patterns.define(
    "citations.year_numbered_list", r"""
    (?<![\w/])(?P<issuer>Security\s+Council\s+)?[Rr]esolutions?\s+
    (?P<list>\d{1,4}\s*\((?:19|20)\d{2}\)                      # "1645 (2005)": the number, then the year
      (?:\s*(?:,|,?\s*and)\s*\d{1,4}\s*\((?:19|20)\d{2}\))*)
    (?![\w/])""",
    examples=[("Security Council resolution 1645 (2005)",  # A/63/92-S/2008/417, sealed set
               {"issuer": "Security Council ", "list": "1645 (2005)"}),
              ("resolutions 1325 (2000) and 1820 (2008) of the Security Council",
               {"list": "1325 (2000) and 1820 (2008)"})],
    rejects=["resolution 2837 (XXVI)", "resolution 55/25", "resolution 1645 (2005/1)"])
"""The Security Council's resolutions, numbered in one running series since 1946 with the year of their adoption
in parentheses ("resolution 1645 (2005)"). Read only when the words name the Council, before the number or after
it ("... of the Security Council"): another body's resolution is never numbered so, but a bare "resolution 1645
(2005)" is not told from a typing slip, and never the document's own body's."""
_YEAR_NUMBERED_ONE = re.compile(r"(?P<n>\d{1,4})\s*\((?P<y>(?:19|20)\d{2})\)")
_RUNNING_SERIES_ISSUER = "security council"
"""The one organ whose resolutions are numbered in a running series with the year (:data:`_YEAR_NUMBERED_LIST`)."""
_COUNCIL_ITS = patterns.define(
    "citations.council_its", r"""
    (?<![\w-])Security\s+Council\b
    (?:(?!Assembly|Commission|Committee|Council|Conference|Board|Group|Forum)[^.;])*?  # no other organ, no sentence end
    (?<![\w-])its\s+\Z""",
    examples=["The report will also be submitted to the Security Council, pursuant to its ",  # A/63/92-S/2008/417
              "the Security Council, in its "],
    rejects=["The Security Council requested the General Assembly, in its ", "the Security Council. In its ",
             "pursuant to its ", "the Security Council and the Peacebuilding Commission, in its "])
"""The "its" of "its resolution 1646 (2005)" when the organ its sentence names last before it is the Security Council
(a resolution numbered with its year is the Council's: :data:`_YEAR_NUMBERED_LIST`)."""
_LOCAL_NUM = r"(?:" + _NUM + r"|\d{1,4}\s*\((?:[IVXL]{1,7}|(?:19|20)\d{2})\)(?!\w))"
"""A number in a Spanish, French or Russian list: "5/3", "VII/1", numbered in a session's series with its roman
numeral after it ("resolución 2997 (XXVII)", untouched/UNEP_EA.3_3_es; "Decisión 481 (LI)", novel/TD_B_51_8_Vol.I_es),
or in the Security Council's running series with its year ("la resolución 1325 (2000) del Consejo de Seguridad",
pristine/CEDAW_46th_session_report_contents_nosymbol_es): read only when the words name the Council, as in English
(:data:`_YEAR_NUMBERED_LIST`)."""
_LOCAL_LIST = patterns.define(
    "citations.local_list", r"(?<![\w/])(?P<kind>resoluci(?:ón|o'n|ones)|decisi(?:ón|o'n|ones)|résolutions?|décisions?|"
    r"резолюци\w*|решени\w*)\s+(?:(?:n\.?º|no\.?|№)\s*)?"
    r"(?P<list>" + _LOCAL_NUM + r"(?:\s*(?:,|,?\s*(?:y|e|et|и))\s*" + _LOCAL_NUM + r")*)(?![\w/])",
    examples=[("resolución 5/3", {"kind": "resolución", "list": "5/3"}),
     ("résolutions 5/1 et 5/5", {"list": "5/1 et 5/5"}),
              ("решение 4/4", {"kind": "решение", "list": "4/4"}), ("резолюции 6/3 и 7/1", {"list": "6/3 и 7/1"}),
              # tests/ingest_eval/unseen/E_1997_27_chap2_es.txt: an old un.org transcription prints "ó" as "o'"
              ("resolucio'n 50/166 de la Asamblea General", {"kind": "resolucio'n", "list": "50/166"}),
              ("La Asamblea General, en su resolución 2997 (XXVII), de 15 de diciembre de 1972",
               {"list": "2997 (XXVII)"})],
    rejects=["resolution 5/3"], flags=re.IGNORECASE, verbose=False)
_NAMED_BEFORE = patterns.define(
    "citations.named_before", r"""
    (?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|the|to|on|against|and|by|in|for|with|at|[A-Z][\w’'-]*))*?)
    (?:\s*,\s*(?:which\s*,\s*)?(?:in|by|through|under|with)\s+)?   # "the Economic and Social Council, in its"
    \s*\Z""",
    examples=[("Recalling Commission on Crime Prevention and Criminal Justice ",
               {"name": "Recalling Commission on Crime Prevention and Criminal Justice"}),
              ("the Economic and Social Council, in ", {"name": "Economic and Social Council"}),
              # untouched/CAT_C_SR.919.txt: the body a relative clause's "which" stands for
              ("submitted reports to the General Assembly of the United Nations, which, in ",
               {"name": "General Assembly of the United Nations"})],
    rejects=["in accordance with ", ""])
_ISSUER_WINDOW = 160
"""How far before a citation its issuer's name may begin ("Commission on ... Justice resolution 22/8")."""
_LOCAL_GA = re.compile(r"asamblea general|assemblée générale|генеральн\w*\s+ассамбле", re.IGNORECASE)
_CONNECTORS = {"of", "the", "to", "on", "against", "and", "by", "in", "for", "with", "at"}
_NAME_WORD = r"(?:[A-Z][\w’'-]*|of|the|to|on|against|and|by|in|for|with|at)"
_ISSUER_AFTER = re.compile(r"\s+of\s+the\s+(?P<name>[A-Z][\w’'-]*(?:\s+" + _NAME_WORD + r")*)")
_ADOPTED_BY = patterns.define(
    "citations.adopted_by", r"""
    (?:\s*,?\s+entitled\s+[“"][^”"\n]{1,200}[”"])?      # its title first: "71/67 entitled “Nuclear ...”, adopted by"
    \s*,?\s+adopted\s+(?:at\s+the\s+(?:[\w-]+\s+){0,3}(?:session|meeting)\s+of|by)\s+
    the\s+(?P<name>[A-Z][\w’'-]*(?:\s+""" + _NAME_WORD + r""")*)""",
    examples=[(", adopted at the first universal session of the Governing Council of the United Nations Environment "
               "Programme (UNEP) on 22 February 2013", {"name": "Governing Council of the United Nations Environment "
                                                               "Programme"}),  # UNEP/EA.1/1/Add.1/Rev.1
              (' entitled “Nuclear disarmament verification”, adopted by the General Assembly',
               {"name": "General Assembly"})],  # sealed ODA_note_verbale_NDV_2017_nosymbol
    rejects=[", adopted on 22 February 2013", " of the Conference", " entitled “Adopted by the Assembly”"])
_SUBJECT = re.compile(
    r"(?:\s*,\s*entitled\s*[“\"][^”\"]*[”\"])?(?:\s*,\s*(?:adopted|held)\s+[^,]*)?\s*,\s+the\s+"
    r"(?P<subj>[A-Z][\w’'-]*(?:\s+" + _NAME_WORD + r")*)")
_LEADING = patterns.define(
    "citations.leading", r"""
    ^\s*(?:\*{1,3}|\d{1,3}\.)?\s*               # a footnote mark or paragraph number before the lead
    (?:[^.;:]*?\bthat\s+)?                     # a clause of the sentence's own: "... wishes to recall that in its"
    (?:(?:In|By|Through|Under|With|Pursuant\s+to|In\s+accordance\s+with)\s+)?
    (?:(?:paragraph|para\.)\s+\d+\s+of\s+)?(?:its|their)?\s*$""",
    examples=["In its ", "2. In paragraph 7 of its ",
              "2.   The Secretary-General wishes to recall that in its "],
    # tests/ingest_eval/pristine/A_BUR_55_memo_UNISPAL_nosymbol.txt: "... that in its resolution 53/202 of 17 December
    # 1998, the General Assembly decided ...", whose "its" is the Assembly's, the subject after the citation
    rejects=["The Committee noted its ", "Recalling the report. In its ", "the Council and in its "],
    flags=re.IGNORECASE)
"""The words before a citation that open the sentence, or a clause of it opened by "that", as its lead ("In its",
"... wishes to recall that in its"): the "its" is the subject's that follows the citation ("..., the General Assembly
decided"), never a body named before it."""

_INSTRUMENT_KINDS = (r"(?:Convention|Protocol|Protocols|Charter|Covenant|Statute|Agreement|Treaty|Declaration|"
                     r"Constitution)")
_OF_INSTRUMENT = (r"\s*,?\s+of\s+(?:the\s+)?(?P<instr>[A-Z][\w’'-]*(?:\s+" + _NAME_WORD + r")*)")
_PARA_LIST = r"\d+(?:\s*\([a-z]\))?(?:\s*(?:,|,?\s*and)\s*\d+(?:\s*\([a-z]\))?)*"
_ARTICLE = patterns.define(
    "citations.article", r"\b[Aa]rticles?\s+(?P<a>\d+)"
    r"(?:\s*,\s*paragraphs?\s+(?P<plist>" + _PARA_LIST + r")|\s*\((?P<p2>\d+)\)(?:\s*\((?P<sub2>[a-z])\))?"
    r"|\.(?P<p3>\d+)(?:\s*\((?P<sub4>[a-z])\))?)?"   # "Article 9.4 (g) of the Constitution": paragraph 4
    r"(?:\s*,\s*subparagraph\s+\((?P<sub3>[a-z])\))?"
    + _OF_INSTRUMENT,
    examples=[("article 32, paragraph 3, of the Convention", {"a": "32", "plist": "3", "instr": "Convention"}),
              ("article 75 (2) of the Convention", {"a": "75", "p2": "2"}),
              ("article 32, paragraphs 3 (d) and 4, of the Convention", {"plist": "3 (d) and 4"}),
              # UNIDO GC.7 (tests/ingest_eval/fresh/UNIDO_GC.7_annotated_agenda_nosymbol.txt), item 3
              ("In accordance with Article 9.4 (g) of the Constitution, the Industrial Development Board",
               {"a": "9", "p3": "4", "sub4": "g", "instr": "Constitution"})],
    rejects=["article 32 alone", "Article 9.4 alone"], verbose=False)
_PARA_OF_ARTICLE = patterns.define(
    "citations.paragraph_of_article",
     r"\bparagraphs?\s+(?P<p>\d+)(?:\s*\((?P<sub>[a-z])\))?\s+of\s+article\s+(?P<a>\d+)"
    r"(?:" + _OF_INSTRUMENT + r")?",
    examples=[("paragraph 5 of article 32", {"p": "5", "a": "32", "instr": None}),
              ("paragraph 1 (a) of article 18 of the Protocol", {"p": "1", "sub": "a", "a": "18"})],
    rejects=["paragraph 5 of resolution 6/3"], verbose=False)
_RULE_NO = r"\d+(?:\.\d+)?(?:\s*\((?:[a-z]|\d{1,2})\))?"  # "76", "23.1" (rule 23, paragraph 1), "8 (b)"
_RULE = patterns.define(
    "citations.rule", r"""
    \b[Rr]ules?\s+(?P<list>""" + _RULE_NO + r"""(?:\s*(?:,|,?\s*and)\s*""" + _RULE_NO + r""")*)
    (?:\s*,\s*paragraphs?\s+(?P<p>\d+))?
    (?:\s+and\s+(?:appendix|annex)\s+[A-Z0-9]{1,3})?           # "rule 35 and appendix A of the rules": the rule
    \s*,?\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<owner>(?:[A-Z][\w-]*[’']s\s+))?(?:provisional\s+|draft\s+)?
    rules\s+of\s+procedures?                               # "procedures" as TD/B/EX(15)/1 misprints it
    (?:\s+(?:of|for)\s+the\s+(?P<of>[A-Z][\w-]*(?:\s+""" + _NAME_WORD + r""")*))?""",
    examples=[("rule 2, paragraph 2, of the rules of procedure", {"list": "2", "p": "2"}),
              ("rules 12 and 13 of the rules of procedure", {"list": "12 and 13"}),
              ("rule 5 of the Committee's provisional rules of procedure", {"list": "5", "owner": "Committee's "}),
              ("rule 8 (b) of the rules of procedure", {"list": "8 (b)"}),
              ("rules 23.1 and 23.3 of the rules of procedure", {"list": "23.1 and 23.3"}),
              ("rule 76 of the rules of procedure of the General Assembly", {"of": "General Assembly"}),
              # FCCC/CP/1998/1: the UNFCCC applies its draft rules of procedure
              ("Rule 9 of the draft rules of procedure being applied (FCCC/CP/1996/2) provides", {"list": "9"}),
              # UNIDO GC.7 (tests/ingest_eval/fresh/UNIDO_GC.7_annotated_agenda_nosymbol.txt), item 2
              ("In accordance with rule 35 and appendix A of the rules of procedure, the President", {"list": "35"})],
    rejects=["rule 5 of the game", "rule 35 and appendix A of the report"])
_OWNER_CUT = patterns.define(
    "citations.owner_cut", r"\s+(?:of|for)(?:\s+(?:the|its))?\s*$",
    # tests/ingest_eval/unseen/A_HRC_31_report_template_en-zh_nosymbol.txt, the page's last line
    examples=[" of the", " of the\n"], rejects=[" of the Council", ", the Council", " of the Bureau."],
    verbose=False)
"""What follows "rules of procedure" when the text stops before the owner's name: the rules are someone's, the text
does not say whose (so they are not the document's own body's)."""
_SERIES_DECISION = patterns.define(
    "citations.series_decision", r"""
    \bdecisions?\s+(?P<list>\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2}
      (?:\s*(?:,|,?\s*and)\s*\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2})*)   # UNFCCC: "decision 14/CP.1" (14 of COP 1)
    |\b(?P<body>[A-Z]{2,6})\.(?P<s>\d{1,3})/Dec\.(?P<n>\d{1,3})       # UNIDO: "IDB.50/Dec.11" (11 of IDB 50)
    |\bdecisions?\s+(?P<who>EB|WHA)(?P<ws>\d{1,3})\((?P<wn>\d{1,3})\)  # WHO: "decision EB146(16)" (16 of EB 146)""",
    examples=[("decisions 14/CP.1, 15/CP.1 and 17/CP.1", {"list": "14/CP.1, 15/CP.1 and 17/CP.1"}),
              ("in its decision IDB.50/Dec.11", {"body": "IDB", "s": "50", "n": "11"}),
              # EB147/1 (annotated), tests/ingest_eval/unseen/EB147_1_annotated.txt, item 5.1
              ("Pursuant to decision EB146(16) (2020), the Board", {"who": "EB", "ws": "146", "wn": "16"})],
    rejects=["decision 4/4", "resolution 14/CP.1", "resolution EB146.R16"])
_PREFIXED_NUMBER = r"[A-Z]{2,5}-(?:[IVXL]{1,6}|\d{1,2})/\d{1,3}"
PREFIXED_DECISION = patterns.define(
    "citations.prefixed_decision", r"""
    (?<![\w/-])(?:[Dd]ecisions?|[Dd]ecisi(?:ón|on|ones)|[Dd]écisions?|[Рр]ешени\w*)\s*   # "decisionBS-VII/9": glued
    (?P<list>""" + _PREFIXED_NUMBER + r"""(?:\s*(?:,|,?\s*(?:and|y|et|и))\s*""" + _PREFIXED_NUMBER + r""")*)
    (?![\w/])""",
    examples=[# novel/UNEP_CBD_COP_13_1_Add.1_Rev.1.txt, a space lost before the number
              ("as well as decisionBS-VII/9, paragraph1 of, the Conference of the Parties serving as the meeting",
               {"list": "BS-VII/9"}),
              ("En la decisión INC-7/7, el Comité pidió a la secretaría", {"list": "INC-7/7"}),  # UNEP/FAO/PIC/INC.8/16
              ("decisions BC-12/3 and BC-12/4", {"list": "BC-12/3 and BC-12/4"})],
    rejects=["decision 4/4", "decision VII/1", "decision 14/CP.1", "the indecisionBS-7/9"])
"""A decision whose number leads with its issuer's mark ("decision BS-VII/9": the ninth of the seventh meeting of the
Parties to the Cartagena Protocol; "INC-7/7", of the seventh session of an intergovernmental negotiating committee):
the mark names the issuer (:data:`DECISION_MARKS`), or the document's own body when it is its series' last segment
(resolve.issuer_body); a mark neither names is no body this reader can tell."""
DECISION_MARKS = {"BS": "UNEP/CBD/BS/COP-MOP"}
"""The marks of decision numbers -> the symbol series of their issuer. BS: the Conference of the Parties serving as the
meeting of the Parties to the Cartagena Protocol (UNEP/CBD/COP/13/1/Add.1/Rev.1, paragraph 2: "decision BS-VII/9,
paragraph 1, of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol",
novel/UNEP_CBD_COP_13_1_Add.1_Rev.1.txt)."""
_PREFIXED_ONE = re.compile(r"(?P<mark>[A-Z]{2,5})-(?P<s>[IVXL]{1,6}|\d{1,2})/(?P<n>\d{1,3})")


def prefixed_decisions(text: str) -> list[Citation]:
    """The decisions numbered with their issuer's mark (:data:`PREFIXED_DECISION`) in ``text``, in any language read."""
    found = []
    for m in PREFIXED_DECISION.finditer(text) if "-" in text else ():
        for one in _PREFIXED_ONE.finditer(m["list"]):
            session = _session_number(one["s"])
            if session is None:
                continue
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            found.append(Citation("decision", span, text[m.start():span[1]], issuer=DECISION_MARKS.get(one["mark"]),
                                  session=session, number=int(one["n"]), printed=one.group(0)))
    return found


_SERIES = {"CP": "FCCC/CP", "CMP": "FCCC/KP/CMP", "CMA": "FCCC/PA/CMA"}
"""The UNFCCC bodies a decision's series names, by the symbol series of their documents."""
_ONE_RULE = re.compile(r"(?P<n>\d+)(?:\.(?P<dot>\d+))?(?:\s*\((?P<sub>[a-z]|\d{1,2})\))?")
_PARA_OF_MANDATE = patterns.define(
    "citations.paragraph_of_mandate",
     r"\bparagraphs?\s+(?P<p>\d+)(?:\s*\((?P<sub>[a-z])\))?\s+of\s+(?:its\s+|their\s+)?"
    r"(?:(?P<issuer>General Assembly|Conference|Commission|Council)\s+)?(?P<kind>resolution|decision)\s+"
    r"(?P<s>\d{1,4})/(?P<n>\d{1,3})",
    examples=[("paragraph 3 of its resolution 6/3", {"p": "3", "kind": "resolution", "s": "6", "n": "3"}),
              ("paragraph 2 (b) of General Assembly resolution 55/25", {"sub": "b", "issuer": "General Assembly"})],
    rejects=["paragraph 3 of article 32"], verbose=False)
_RECOMMENDATION = patterns.define(
    "citations.recommendation", r"(?P<head>(?:the\s+)?(?:Working\s+Group's\s+)?recommendations?)"
    r"(?:\s+(?:contained\s+)?in\s+paragraph\s+(?P<para>\d{1,3})\s+of\s+(?:the|its|that)\s+report"
    r"(?:\s+on\s+(?:the\s+work\s+of\s+)?its\s+(?P<ord2>" + ORDINAL + r")\s+(?:meeting|session))?)?"
    r"(?:\s*,?\s*(?:adopted|made)\s+by\s+the\s+(?P<issuer>Working\s+Group|Group|Committee|Conference)"
    r"\s+at\s+its\s+(?P<ord>" + ORDINAL + r")\s+(?:meeting|session)\s*,?)?"
    r"(?:\s*\b(?:that|stating\s+that,?)\s+(?P<subject>[^.;]+))?",
    examples=[("the recommendation adopted by the Working Group at its 1st meeting",
               {"issuer": "Working Group", "ord": "1st"}),
              ("the recommendation that the next meeting focus on firearms.",
               {"subject": "the next meeting focus on firearms"}),
              ("the recommendation contained in paragraph 12 of the report on its 1st meeting",
               {"para": "12", "ord2": "1st"})],
    rejects=["a decision"], flags=re.IGNORECASE, verbose=False)
_FOCUS = re.compile(r"focus(?:es|ed)?\s+on\s+(?P<topic>[^.;,]+)", re.IGNORECASE)
_AGREEMENT = patterns.define(
    "citations.agreement", r"[Aa]t\s+its\s+meeting\s+(?:held\s+)?on\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),\s+the\s+"
    r"(?P<issuer>(?:extended\s+)?Bureau[^,]*?|[A-Z][\w\s]+?)\s+agreed",
    examples=[("At its meeting held on 8 May 2013, the extended Bureau agreed",
               {"date": "8 May 2013", "issuer": "extended Bureau"})],
    rejects=["the Bureau agreed"], verbose=False)
_DOC_PARAGRAPH = patterns.define(
    "citations.document_paragraph",
     r"(?<![\w/])(?P<symbol>[A-Z]{1,8}(?:\.\d+)?(?:/[A-Za-z0-9.]+)+),\s+paragraphs?\s+(?P<p>\d+)",
    examples=[("CAC/COSP/WG.4/2011/4, paragraph 12", {"symbol": "CAC/COSP/WG.4/2011/4", "p": "12"})],
    rejects=["resolution 6/3, paragraph 12"], verbose=False)


def rules_cited(numbers: str, span: tuple[int, int], printed: str, owner: str | None,
                paragraph: str | None = None) -> list[Citation]:
    """One citation per rule of ``numbers`` as printed ("12 and 13", "23.1 and 23.3", "8 (b)") of the
    rules of procedure of ``owner`` (None: the document's own body's)."""
    out = []
    for one in _ONE_RULE.finditer(numbers):
        path: list[tuple[str, int | str]] = [("rule", int(one["n"]))]
        para = one["dot"] or one["sub"] or paragraph
        if para:
            path.append(("paragraph", int(para) if para.isdigit() else para))
        out.append(Citation("rule", span, printed, path=tuple(path), instrument="rules of procedure", owner=owner))
    return out


_NEEDED: dict[re.Pattern[str], tuple[str | re.Pattern[str], ...]] = {
    _PARA_OF_MANDATE: ("paragraph",), _PARA_OF_ARTICLE: ("paragraph",), _DOC_PARAGRAPH: ("paragraph",),
    _MANDATE_LIST: ("esolution", "ecision"), _ROMAN_SESSION_LIST: ("esolution", "ecision"),
    _ARTICLE: ("rticle",), _RULE: ("rules",), _SERIES_DECISION: ("decision", "/Dec."),
    _RECOMMENDATION: (re.compile("recommendation", re.IGNORECASE),), _AGREEMENT: ("agreed",),
}
"""A word each pattern of the English grammar spells out (as the pattern does, in case or not): a text
without any of a pattern's words is not scanned with it (most sentences cite nothing)."""


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``text`` lacks every word the pattern needs."""
    needed = _NEEDED.get(pattern, ())
    if needed and not any(w in text if isinstance(w, str) else w.search(text) for w in needed):
        return iter(())
    return pattern.finditer(text)


def find_citations(text: str, language: str = "en") -> list[Citation]:
    """Every mandate a text cites, in order of appearance.

    In a text that is not English only the resolution and decision numbers are read.
    """
    if language not in ("en", "und"):
        return _local_citations(text)
    found: list[Citation] = []
    provision_spans: list[tuple[int, int]] = []
    for m in _scan(_PARA_OF_MANDATE, text):
        path: list[tuple[str, int | str]] = [("paragraph", int(m["p"]))]
        if m["sub"]:
            path.append(("subparagraph", m["sub"]))
        issuer = m["issuer"] or ("its" if re.search(r"\bits\b", m.group(0)) else None)
        if issuer in (None, "its"):  # "In paragraph 7 of its resolution 56/206, the General Assembly ..."
            issuer = _issuer_around(text, m.start(), m.end(), issuer)
        found.append(Citation(m["kind"].lower(), m.span(), m.group(0), issuer=issuer,
                              session=int(m["s"]), number=int(m["n"]), path=tuple(path)))
        provision_spans.append((m.start("kind"), m.end()))
    for m in _scan(_MANDATE_LIST, text):
        if any(s <= m.start("kind") < e for s, e in provision_spans):
            continue
        kind = "resolution" if m["kind"].lower().startswith("resolution") else "decision"
        issuer = m["issuer"]
        if issuer and issuer.isupper() and issuer in ("UN", "THE", "AND"):
            issuer = None
        if issuer in (None, "its", "their"):
            issuer = _issuer_around(text, m.start(), m.end(), issuer)
        head = text[m.start():m.start("list")]
        listed = _QUOTED.sub(lambda q: " " * len(q.group(0)), m["list"])  # a title's own numbers are not listed
        for one in _ONE.finditer(listed):
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            session = _session_number(one["s"])
            if session is None:
                continue
            found.append(Citation(kind, span, head + one["num"], issuer=issuer, session=session,
                                  number=int(one["n"]), date=_iso(one["date"]), printed=_roman_printed(one["num"])))
    for m in _scan(_ROMAN_SESSION_LIST, text):  # "Assembly resolution 2837 (XXVI)": numbered in a session's series
        kind = "resolution" if m["kind"].lower().startswith("resolution") else "decision"
        issuer = m["issuer"]
        if issuer in (None, "its", "their") or issuer.isupper() and issuer in ("UN", "THE", "AND"):
            issuer = _issuer_around(text, m.start(), m.end(), None if issuer in ("UN", "THE", "AND") else issuer)
        head = text[m.start():m.start("list")]
        for one in _ROMAN_SESSION_ONE.finditer(m["list"]):
            session = roman(one["s"])
            if session is None:
                continue
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            found.append(Citation(kind, span, head + one.group(0), issuer=issuer, session=session,
                                  number=int(one["n"]), printed=f"{one['n']} ({one['s']})"))
    for m in _scan(_YEAR_NUMBERED_LIST, text):  # "Security Council resolution 1645 (2005)"
        issuer = "Security Council" if m["issuer"] else _issuer_around(text, m.start(), m.end(), None)
        if issuer is None and _COUNCIL_ITS.search(text, max(0, m.start() - _ISSUER_WINDOW), m.start()):
            issuer = "Security Council"  # "submitted to the Security Council, pursuant to its resolution 1646 (2005)"
        if issuer is None or " ".join(issuer.split()).lower() != _RUNNING_SERIES_ISSUER:
            continue
        head = text[m.start():m.start("list")]
        for one in _YEAR_NUMBERED_ONE.finditer(m["list"]):
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            found.append(Citation("resolution", span, head + one.group(0), issuer="Security Council",
                                  session=int(one["y"]), number=int(one["n"]), printed=f"{one['n']} ({one['y']})",
                                  running=True))
    for m in _scan(_ARTICLE, text):
        instr = _instrument(m["instr"], text[m.end("instr"):m.end("instr") + 120])
        if instr is None:
            continue
        base: list[tuple[str, int | str]] = [("article", int(m["a"]))]
        paras: list[list[tuple[str, int | str]]] = []
        if m["plist"]:
            for p in re.finditer(r"(?P<p>\d+)(?:\s*\((?P<sub>[a-z])\))?", m["plist"]):
                step: list[tuple[str, int | str]] = [("paragraph", int(p["p"]))]
                if p["sub"]:
                    step.append(("subparagraph", p["sub"]))
                paras.append(step)
        elif m["p2"] or m["p3"]:
            step = [("paragraph", int(m["p2"] or m["p3"]))]
            if m["sub2"] or m["sub4"]:
                step.append(("subparagraph", m["sub2"] or m["sub4"]))
            paras.append(step)
        if m["sub3"] and paras:
            paras[-1].append(("subparagraph", m["sub3"]))
        span = (m.start(), m.start("instr") + len(instr))
        for step in paras or [[]]:
            found.append(Citation("article", span, text[span[0]:span[1]], path=tuple(base + step),
                                  instrument=instr))
    for m in _scan(_PARA_OF_ARTICLE, text):
        path = [("article", int(m["a"])), ("paragraph", int(m["p"]))]
        if m["sub"]:
            path.append(("subparagraph", m["sub"]))
        instr = _instrument(m["instr"]) if m["instr"] else None
        if m["instr"] and instr is None:
            continue
        found.append(Citation("article", m.span(), m.group(0), path=tuple(path),
                              instrument=instr or "Convention"))
    for m in _scan(_RULE, text):
        of = m["of"]
        if of and text.startswith("/", m.end("of")):  # "... of the Board TD/B/EX(15)/1 page 2": a running header
            of = of.rsplit(None, 1)[0] if " " in of else None
        owner = (m["owner"] or "").strip().rstrip("s").rstrip("’'") or (_trim_name(of) if of else None)
        if owner is None and _OWNER_CUT.match(text, m.end()):
            continue  # "... rule 8 (b) of the rules of procedure of the" where the text stops: whose, not known
        found += rules_cited(m["list"], m.span(), m.group(0), owner, m["p"])
    for m in _scan(_SERIES_DECISION, text):
        if m["who"]:
            span = (m.start("who"), m.end())
            found.append(Citation("decision", span, text[span[0]:span[1]], issuer=m["who"], session=int(m["ws"]),
                                  number=int(m["wn"]), printed=text[span[0]:span[1]]))
            continue
        if m["body"]:
            found.append(Citation("decision", m.span(), m.group(0), issuer=m["body"], session=int(m["s"]),
                                  number=int(m["n"]), printed=m.group(0)))
            continue
        for one in re.finditer(r"(?P<n>\d{1,3})/(?P<series>CP|CMP|CMA)\.(?P<s>\d{1,2})", m["list"]):
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            found.append(Citation("decision", span, text[span[0]:span[1]], issuer=_SERIES[one["series"]],
                                  session=int(one["s"]), number=int(one["n"]), printed=one.group(0)))
    found += prefixed_decisions(text)
    for m in _scan(_RECOMMENDATION, text):
        subject = m["subject"].strip() if m["subject"] else None
        focus = _FOCUS.search(subject) if subject else None
        found.append(Citation(
            "recommendation", m.span(), m.group(0),
            issuer=re.sub(r"\s+", " ", m["issuer"]) if m["issuer"] else
            ("Working Group" if "working group" in m["head"].lower() else None),
            session=ordinal(m["ord"] or m["ord2"]) if (m["ord"] or m["ord2"]) else None,
            path=(("paragraph", int(m["para"])),) if m["para"] else (),
            subject=focus["topic"].strip() if focus else subject))
    for m in _scan(_AGREEMENT, text):
        found.append(Citation("agreement", m.span(), m.group(0),
                              issuer=re.sub(r"\s+", " ", m["issuer"]).strip(), date=_iso(m["date"])))
    for m in _scan(_DOC_PARAGRAPH, text):
        if not re.search(r"\d$", m["symbol"]):
            continue
        found.append(Citation("paragraph", m.span(), m.group(0), instrument=m["symbol"],
                              path=(("paragraph", int(m["p"])),)))
    articles = [c for c in found if c.kind == "article"]
    found = [c for c in found if c.kind != "article" or not any(
        o is not c and o.span[0] <= c.span[0] and c.span[1] <= o.span[1] and len(o.path) > len(c.path)
        and o.path[: len(c.path)] == c.path for o in articles)]
    unique: dict[tuple[object, ...], Citation] = {}
    for c in found:
        unique.setdefault((c.kind, c.span, c.path, c.session, c.number), c)
    return sorted(unique.values(), key=lambda c: (c.span, c.kind, str(c.path)))


_CJK_DATE = r"\d{4}\s*年?\s*\d{1,2}\s*月?\s*\d{1,2}\s*日"
"""A Chinese date ("2000 年11 月15 日", "19861219日": its 年 and 月 lost in a web copy)."""
_CJK_NUMBER = r"(?:\d{1,4}/\d{1,3}|\d{1,4}\s*\([IVXL]{1,7}\))"
"""A resolution's number in Chinese prose: "55/25", or numbered in a session's series, "1654(XVI)"."""
_CJK_LIST = patterns.define(
    "citations.cjk_list", r"""
    (?P<list>""" + _CJK_NUMBER + r"""
      # "...号、2001年12月21日第56/212号和...":
      (?:\s*号?\s*(?:、|和|及)\s*(?:""" + _CJK_DATE + r"""\s*)?第?\s*""" + _CJK_NUMBER + r""")*)
    \s*号\s*(?P<kind>决议|决定)""",
    examples=[("第6/3号决议", {"list": "6/3", "kind": "决议"}), ("4/4号决定", {"kind": "决定"}),
              # tests/ingest_eval/sealed/A_55_23_Part_I_zh_nosymbol.txt: a session in roman numerals
              ("大会依照1961年11月27日第1654(XVI)号决议设立的", {"list": "1654(XVI)"}),
              # tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol.txt: each number of the list with its date
              ("大会1974年12月12日第3281(XXIX)号、2001年12月21日第56/212号和2003年12月23日第58/231号决议和",
               {"list": "3281(XXIX)号、2001年12月21日第56/212号和2003年12月23日第58/231", "kind": "决议"}),
              ("根据第54/126和第55/25号决议", {"list": "54/126和第55/25"})],  # fresh/A_55_383_Add.2_zh
    rejects=["resolution 6/3", "第13条(b)款"])
_CJK_ISSUER_BEFORE = patterns.define(
    "citations.cjk_issuer_before", r"""
    (?P<body>""" + lexicon.alternation(lexicon.LANGUAGES["zh"].BODIES) + r""")   # "大会", "经济及社会理事会"
    (?:以其|在其|其|依照|根据|按照)?\s*         # "大会以其", "大会在其", "大会依照": "in (accordance with) its"
    (?:第[〇零一二三四五六七八九十百]+届会议|同一届会议)?\s*      # its session: "大会第十八届会议", "大会同一届会议"
    (?:""" + _CJK_DATE + r"""\s*)?                              # its date: "2000 年11 月15 日", "19861219日"
    (?:关于(?:(?!报告|说明|决议|决定|会议)[^。;;,,、“”《》()()第])*的\s*)?  # its subject: "关于...的"
    (?:""" + _CJK_DATE + r"""\s*)?
    (?:题为“[^”]{0,200}”的\s*)?                                 # its title: "题为“...”的"
    第?\s*\Z""",
    examples=[("1. 大会以其2000 年11 月15 日第", {"body": "大会"}),  # CTOC/COP/2006/7/Rev.1
              ("2.大会在其2001年11月15日第", {"body": "大会"}),  # A/55/383/Add.2
              ("秘书长关于大会19861219日题为“审查联合国的行政和财政业务效率”的第", {"body": "大会"}),
              # tests/ingest_eval/untouched/HRI_chairs_26_report_zh_nosymbol.txt: the resolution's subject
              ("审议大会关于加强和增进人权条约机构体系有效运作的第", {"body": "大会"}),
              # tests/ingest_eval/sealed/A_55_23_Part_I_zh_nosymbol.txt
              ("特别委员会是大会依照1961年11月27日第", {"body": "大会"}),
              ("4. 大会第十八届会议1963年12月16日第", {"body": "大会"}),
              ("3. 大会同一届会议关于西南非洲问题的1962年12月14日第", {"body": "大会"})],
    rejects=["委员会还注意到题为“大会工作的振兴”的第", "大会第五十五届会议审议并根据第",
             "秘书长关于大会的报告和第", "大会关于人权理事会会议的第"])
"""The body a Chinese citation names before its number ("大会以其2000年11月15日第55/25号决议": the General
Assembly's), with the resolution's session, date, subject ("关于...的") or title between; a body's name inside the
cited title ("题为“大会工作的振兴”的第48/264号决议") names none, nor one a report or another meeting is "关于"."""
_CJK_ISSUER_WINDOW = 260
"""How far before a Chinese citation its issuer's name may stand (a date and a quoted title between)."""
_ARABIC_NUMBER = r"\d{1,4}\s*/\s*\d{1,3}"
"""A resolution's number in Arabic prose, with spaces round its slash where a web copy prints them ("1993 / 32")."""
_ARABIC_LIST = patterns.define(
    "citations.arabic_list", r"""
    (?P<kind>(?:ال)?قرار\w*|(?:ال)?مقرر\w*)\s+                        # "القرار", "بقرار", "بقرارها"
    (?:(?P<body>""" + lexicon.alternation(lexicon.LANGUAGES["ar"].BODIES) + r""")\s+)?   # its issuer, before the number
    (?P<list>""" + _ARABIC_NUMBER + r"""(?:\s*(?:،|,|و)\s*""" + _ARABIC_NUMBER + r""")*)""",
    examples=[("القرار 6/3", {"list": "6/3", "body": None}),
              # tests/ingest_eval/fresh/A_RES_52_91_ar_nosymbol.txt
              ("وإذ تذكّر بقرار المجلس الاقتصادي والاجتماعي 1993 / 32 المؤرخ",
               {"body": "المجلس الاقتصادي والاجتماعي", "list": "1993 / 32"}),
              ("بقرار لجنة منع الجريمة والعدالة الجنائية 5 / 1 المؤرخ", {"body": "لجنة منع الجريمة والعدالة الجنائية"}),
              ("إذ تذكّر بقرارها 50 / 145 المؤرخ", {"body": None, "list": "50 / 145"})],
    rejects=["resolution 6/3", "قرار مجلس الإدارة 5 / 1"])
"""An Arabic citation of resolutions or decisions, with the body whose they are where it is printed between the word
and the number ("قرار المجلس الاقتصادي والاجتماعي 1993 / 32": the Council's); "its" ("بقرارها") names none."""


_LOCAL_ARTICLE = patterns.define(
    "citations.local_article", r"""
    (?<!\w)(?:art[íi]culos?|articles?|стать[а-яё]*)\s+(?P<a>\d{1,3})   # the article word and its number
    \s*,?\s+(?:de\s+la\s+|del\s+|du\s+|de\s+l[’']\s*)?              # "de la", "du"; Russian has none
    (?P<instr>""" + lexicon.alternation(lexicon.LOCAL_INSTRUMENTS) + r""")(?!\w)""",
    examples=[# UNEP/CBD/BS/WG-L&R/4/1/Add.1
              ("visées à l article 27 du Protocole. 2. A ce jour", {"a": "27", "instr": "Protocole"}),
              ("de conformidad con el artículo 32 de la Convención", {"a": "32", "instr": "Convención"}),
              ("в соответствии со статьей 32 Конвенции", {"a": "32", "instr": "Конвенции"})],
    rejects=["el artículo 6 del reglamento", "l'article 27 du règlement intérieur"], flags=re.IGNORECASE)
_LOCAL_RULE = patterns.define(
    "citations.local_rule", r"""
    (?<!\w)(?:art[íi]culos?|articles?|правил[а-яё]*)\s+
    (?P<list>\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|et|y|и)\s*\d{1,3}(?:\.\d{1,2})?)*)   # "23.1", "6 y 7"
    \s+(?:du\s+|del\s+)?(?:""" + lexicon.alternation(lexicon.LOCAL_RULES_OF_PROCEDURE) + r""")
    (?:\s+provisoire|\s+provisional)?(?![\w-])
    (?:\s+(?:de\s+la|del|du|de\s+l[’']\s*|de)\s*                        # whose: "de la Conférence"
       (?P<owner>(?-i:[A-ZÁÉÍÓÚÀÂÈÊÎÔÛÇ])[^,.;()]{0,150})
     |\s+(?P<genitive>(?:""" + lexicon.alternation(lexicon.LOCAL_RULES_OWNERS) + r""")   # or after them, "Конференции"
       (?!\w)[^,.;()]{0,60}))?""",
    examples=[# IDB.49/1/Add.1 (French)
              ("Conformément à l’article 23.1 du règlement intérieur, chaque année", {"list": "23.1", "owner": None}),
              ("De conformidad con el artículo 6 del reglamento, el programa", {"list": "6"}),
              ("В соответствии с правилом 6 правил процедуры", {"list": "6"}),
              ("el artículo 76 del reglamento de la Asamblea General, la Comisión", {"owner": "Asamblea General"}),
              ("conformément à l’article 8 du règlement intérieur provisoire, l’adoption", {"owner": None}),
              ("в соответствии с правилом 3 правил процедуры Конференции государств-участников",
               {"genitive": "Конференции государств-участников"})],
    rejects=["l'article 27 du Protocole"],
    flags=re.IGNORECASE)


_TREATY_WORDS = re.compile(r"конвенц|протокол", re.IGNORECASE)
_OWNER_WORD = re.compile("(?:" + lexicon.alternation(lexicon.LOCAL_RULES_OWNERS) + r")(?!\w)", re.IGNORECASE)


def local_owner(printed: str, runs_on: bool = False) -> str | None:
    """Whose rules of procedure a French, Spanish or Russian rule is of, from the words printed after
    them: "de la Conférence (des États parties)" -> "Conference", "de la Asamblea General" -> "General
    Assembly"; None (not read) when they name a body this reader cannot tell or another treaty's ("de la
    Conférence des Parties à la Convention sur la diversité biologique"). ``runs_on``: the words go on into
    the sentence (a Russian genitive, "правил процедуры Конференции государств-участников сессия ..."), so
    only their beginning names the owner, and a treaty named after it makes it another body."""
    low = " ".join(printed.split()).lower()
    for words, name in sorted(lexicon.LOCAL_RULES_OWNERS.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(words):
            rest = low[len(words):].strip()
            if runs_on:
                return None if _TREATY_WORDS.search(rest) else name
            return name if not rest or rest in lexicon.LOCAL_OWNER_GENERIC else None
    return None
_LOCAL_BODIES = lexicon.alternation(n for code in ("es", "fr", "ru") for n in lexicon.LANGUAGES[code].BODIES).replace(
    r"\ ", r"\s+")  # a name broken over two lines ("de l'Assemblée\ngénérale") is the name
_LOCAL_ISSUER_AFTER = patterns.define(
    "citations.local_issuer_after", r"""
    \s*,?\s*(?:de\s+la\s+|de\s+l[’']\s*|del\s+|du\s+|la\s+|el\s+|le\s+|l[’']\s*)?
    (?P<name>""" + _LOCAL_BODIES + r""")(?!\w)""",
    examples=[(", la Asamblea General aprobó", {"name": "Asamblea General"}),
              (" de l'Assemblée générale", {"name": "Assemblée générale"}),
              (" Генеральная Ассамблея приняла", {"name": "Генеральная Ассамблея"}),
              (" del Consejo Económico y Social", {"name": "Consejo Económico y Social"}),
              (" de l'Assemblée\ngénérale, en date du 29 juillet 1994", {"name": "Assemblée\ngénérale"})],  # A/52/250
    rejects=[", la Conferencia decidió"], flags=re.IGNORECASE)


_LOCAL_OWN = r"(?:dans\s+sa|par\s+sa|dans\s+son|en\s+su|por\s+su|mediante\s+su|в\s+сво\w+)"
_LOCAL_OWN_PARAGRAPH = (r"(?:en\s+el\s+p[áa]rrafo|au\s+paragraphe)\s+\d{1,3}(?:\s*\(?[a-z]\))?\s+de\s+s(?:u|a|on)"
                        r"|в\s+пункте\s+\d{1,3}(?:\s*\(?[a-z]\))?\s+сво\w+")
"""A paragraph of the body's own mandate: "en el párrafo 2 de su", "au paragraphe 2 de sa", "в пункте 2 своего"
("La Conferencia de las Partes en el Convenio sobre la Diversidad Biológica, en el párrafo 2 de su decisión XI/10",
untouched/UNEP_CBD_BS_COP-MOP_7_6_Add.3_es): the body named before it is the mandate's, as before "en su"."""
_LOCAL_BODY_BEFORE = patterns.define(
    "citations.local_body_before", r"""
    (?P<name>""" + _LOCAL_BODIES + r""")\s*,?\s+(?:""" + _LOCAL_OWN + "|" + _LOCAL_OWN_PARAGRAPH + r""")\s+\Z""",
    examples=[("El Consejo de Derechos Humanos, en su ", {"name": "Consejo de Derechos Humanos"}),  # A/62/434 (es)
              ("Le Conseil économique et social, dans sa ", {"name": "Conseil économique et social"}),
              ("La Asamblea General, en el párrafo 5 de su ", {"name": "Asamblea General"})],
    rejects=["La Conferencia, en su ", "El Consejo de Derechos Humanos aprobó la "], flags=re.IGNORECASE)
"""A body of the lexicons named just before "en su", "dans sa", "в своей" and the citation: its mandate."""
_LOCAL_SUBJECT_AFTER = patterns.define(
    "citations.local_subject_after", r"""
    \s*,\s*(?:(?:intitulée?|titulad[oa]|relativ[oa]\s+a|озаглавленн\w+)\s*[«“"][^»”"]{0,300}[»”"]\s*,\s*)?
    (?:(?:aprobad[oa]|adoptée?|принят\w*)\s+[^,;.«“"]{1,80},\s*)?   # "aprobada en su primer período de sesiones,"
    (?:(?:le|la|el|l[’'])\s*)?(?P<name>""" + _LOCAL_BODIES + r""")(?!\w)""",
    examples=[(", intitulée « Reprises de sessions conjointes de la Commission des stupéfiants », le Conseil "
               "économique et social a décidé", {"name": "Conseil économique et social"}),  # E/CN.7/2019/Add.1 (fr)
              (", la Asamblea General decidió", {"name": "Asamblea General"}),
              # the Conference named in full after the session it adopted it at (CAC/COSP/WG.2, Spanish)
              (", aprobada en su primer período de sesiones, la Conferencia de los Estados Partes en la Convención de "
               "las Naciones Unidas contra la Corrupción estableció",
               {"name": "Conferencia de los Estados Partes en la "
               "Convención de las Naciones Unidas contra la Corrupción"}),
              # tests/ingest_eval/fresh/CTOC_COP_report_ru_nosymbol.txt: after the resolution's title, over lines
              (", озаглавленной \"Обеспечение эффективного осуществления Конвенции\",\nКонференция участников "
               "Конвенции Организации Объединенных Наций\nпротив транснациональной организованной преступности "
               "отметила", {})],
    rejects=[", la Conferencia decidió", " del Consejo", ", intitulée « Conseil économique et social »",
             ", la Conferencia de las Partes decidió"],
    flags=re.IGNORECASE)
"""The subject of the sentence a citation led with "its" names after it ("Dans sa décision 2011/259, intitulée
« ... », le Conseil économique et social a décidé"): whose "its" is."""
_LOCAL_LEAD_OWN = re.compile(r"(?:(?:^|[.;:]\s+|\d\.\s*)(?i:" + _LOCAL_OWN + r")"
                             r"|(?<!\w)(?:Dans\s+sa|Par\s+sa|Dans\s+son|En\s+su|Por\s+su|Mediante\s+su|В\s+сво\w+))\s+\Z")
"""A citation led by "its" at the head of its sentence ("Dans sa décision", "En su resolución", "В своем решении"):
after a sentence's end, or with the capital a sentence begins with (a flattened page's heading before it)."""


_LOCAL_NAMED_BEFORE = patterns.define(
    "citations.local_named_before", r"""
    (?P<name>(?:Conf[ée]rence|Conferencia|Конференци\w*|Comit[ée]|Комитет\w*)
      (?P<rest>[^,.;]{0,150}?))
    \s*,?\s+(?:dans\s+sa|par\s+sa|dans\s+son|en\s+su|por\s+su|в\s+сво\w+|""" + _LOCAL_OWN_PARAGRAPH + r""")\s+\Z""",
    examples=[("par la Conférence des Parties à la Convention sur la diversité biologique dans sa ",
               {"rest": " des Parties à la Convention sur la diversité biologique"}),
              ("La Conferencia, en su ", {"rest": ""}),
              # untouched/UNEP_CBD_BS_COP-MOP_7_6_Add.3_es.txt
              ("La Conferencia de las Partes en el Convenio sobre la Diversidad Biológica, en el párrafo 2 de su ",
               {"rest": " de las Partes en el Convenio sobre la Diversidad Biológica"})],
    rejects=["Recordando su "], flags=re.IGNORECASE)


_LOCAL_NAMED_AFTER = patterns.define(
    "citations.local_named_after", r"""
    \s*,?\s+(?:de\s+la|del|du|de\s+l[’']|de)\s*
    (?:(?:""" + lexicon.alternation(lexicon.LOCAL_ORDINALS) + r""")\s+           # "de la première réunion de la"
       (?:réunion|session|reunión|período\s+de\s+sesiones)\s+(?:de\s+la|del|du)\s+)?
    (?P<name>(?:Conf[ée]rence|Conferencia|Comit[ée]|Конференци\w*|Комитет\w*)(?P<rest>[^,.;()]{0,150}))""",
    examples=[(" de la première réunion de la Conférence des Parties siégeant en tant que Réunion des Parties",
               {"rest": " des Parties siégeant en tant que Réunion des Parties"}),  # UNEP/CBD/BS/WG-L&R/4/1/Add.1
              (" de la Conferencia, relativa a", {"rest": ""})],
    rejects=[" de 2010", ", la Conferencia decidió"], flags=re.IGNORECASE)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CJK_OWN_BEFORE = patterns.define(
    "citations.cjk_own_before", r"(?<![尤极])其\s*(?:" + _CJK_DATE + r"\s*)?第?\s*\Z",
    examples=["又回顾其1988年11月22日第",  # pristine/A_RES_65_119_zh_nosymbol.txt: "its resolution 43/47 of ..."
              "回顾其第"],
    rejects=["尤其是第", "尤其第", "其中大会宣布1990-2000年为铲除殖民主义国际十年;1991年12月19日第", "大会第"])
"""The possessive just before a Chinese citation ("其1988年11月22日第43/47号决议": its resolution 43/47), not
"尤其" (especially) nor "其中" (in which) with words between."""
_CJK_LIST_ON = patterns.define(
    "citations.cjk_list_on", r"\A\s*(?:、|和|及|以及)\s*(?:" + _CJK_DATE + r"\s*)?第?\s*\Z",
    examples=["、2000年3月15日第", "和2000年5月10日第", "、第"],  # pristine/GA_Millennium_Summit_information_note_zh
    rejects=[",其中大会宣布1990-2000年为铲除殖民主义国际十年;1991年12月19日第", "、秘书长的报告和第", "。大会第"])
"""What joins a Chinese citation to the one before it when each has its own "号决议" ("第53/239号决议、2000年3月15日第
54/254号决议和2000年5月10日第54/261号决议"): one list, so the later ones are the first one's issuer's."""


_LOCAL_OWN_BEFORE = patterns.define(
    "citations.local_own_before", r"(?<!\w)(?:" + lexicon.alternation(lexicon.LOCAL_OWN_WORDS) + r")\s+\Z",
    examples=["Réaffirmant les dispositions de sa ",  # tests/ingest_eval/novel/A_RES_71_162_fr.txt
              "ссылаясь на свою ",  # tests/ingest_eval/novel/GA_resolution_Vienna_Declaration_plans_nosymbol_ru.txt
              "Recordando sus "],
    rejects=["de la ", "Recordando la "], flags=re.IGNORECASE, verbose=False)
"""The possessive just before a Spanish, French or Russian citation ("sa résolution 70/1", "свою резолюцию 55/59")."""
_OWN_WINDOW = 12
"""How far before the mandate's word its possessive begins."""
SPEAKER = patterns.define(
    "citations.speaker", r"""
    ^[ \t]*(?:The\s+|إن\s+|La\s+|El\s+|L[’']\s*)?                # "The General Assembly,", "إن الجمعية العامة،"
    (?P<name>""" + lexicon.alternation(n for n in lexicon.ISSUERS if " " in n or _CJK_CHAR.match(n)) + r""")
    [ \t]*[,،，][ \t]*
    (?:$|(?=[\u0600-\u06ff\u0400-\u04ff\u4e00-\u9fff]))  # the line's end, or a bitext's other half after it""",
    examples=[("The General Assembly,", {"name": "General Assembly"}),  # untouched/A_C.3_66_L.5_en-ar.txt
              ("Генеральная Ассамблея,", {"name": "Генеральная Ассамблея"}),  # novel/GA_resolution_Vienna_..._ru
              ("إن الجمعية العامة،", {"name": "الجمعية العامة"}),  # novel/A_RES_52_92_nosymbol_ar.txt
              ("L'Assemblée générale,", {"name": "Assemblée générale"}),
              ("The General Assembly,إن الجمعية العامة،", {"name": "General Assembly"}),
              ("大会,", {"name": "大会"})],  # pristine/A_RES_65_119_zh_nosymbol.txt (a Chinese name has no space)
    rejects=["The General Assembly, recalling its resolution 55/25,", "General Assembly resolution 55/25,",
             "The Assembly,", "大会在其2000年3月15日第54/254号决议中,"], flags=re.IGNORECASE | re.MULTILINE)
"""The line that opens a resolution's text with its body's name alone ("The General Assembly,", "Генеральная
Ассамблея,"): the body that speaks in the paragraphs after it, whose "its resolution" is its own."""


def fold_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def _local_citations(text: str) -> list[Citation]:
    text = lexicon.ascii_digits(text)  # "٦/٣", "６／３": one character each, so the offsets hold
    found = []
    for pattern in (_CJK_LIST, _ARABIC_LIST):
        last: tuple[int, str, str | None, bool] | None = None  # the CJK citation before: its end, kind, issuer, own
        for m in pattern.finditer(text):
            kind = "resolution" if m["kind"] in ("决议",) or "قرار" in m["kind"] else "decision"
            named = _CJK_ISSUER_BEFORE.search(text, max(0, m.start() - _CJK_ISSUER_WINDOW), m.start()) \
                if pattern is _CJK_LIST else m
            issuer = lexicon.en.ISSUER_NAMES[lexicon.ISSUERS[named["body"]]] if named and named["body"] else None
            own = pattern is _ARABIC_LIST and not m["body"] and m["kind"].endswith(tuple(lexicon.OWN_SUFFIXES))
            if pattern is _CJK_LIST and issuer is None:
                if last is not None and last[1] == m["kind"] and _CJK_LIST_ON.search(text[last[0]:m.start()]):
                    issuer, own = last[2], last[3]  # "第53/239号决议、2000年3月15日第54/254号决议": one list
                else:
                    own = _CJK_OWN_BEFORE.search(text, max(0, m.start() - _CJK_ISSUER_WINDOW), m.start()) is not None
            if pattern is _CJK_LIST:
                last = (m.end(), m["kind"], issuer, own)
            for one in re.finditer(r"(\d{1,4})\s*/\s*(\d{1,3})|(?P<n>\d{1,4})\s*\((?P<s>[IVXL]{1,7})\)", m["list"]):
                span = (m.start("list") + one.start(), m.start("list") + one.end())
                if one["s"]:  # "1654(XVI)": the 1654th of the sixteenth session's series
                    session = roman(one["s"])
                    if session is not None:
                        found.append(Citation(kind, span, m.group(0), issuer=issuer, session=session,
                                              number=int(one["n"]), printed=f"{one['n']} ({one['s']})", own=own))
                    continue
                found.append(Citation(kind, span, m.group(0), issuer=issuer, session=int(one.group(1)),
                                      number=int(one.group(2)), own=own))
    for m in _LOCAL_LIST.finditer(text):
        word = m["kind"].lower()
        kind = "resolution" if word.startswith(("resol", "résol", "резол")) else "decision"
        before = text[max(0, m.start() - 60): m.start()]
        after = _LOCAL_ISSUER_AFTER.match(text, m.end())
        ga_before = _LOCAL_GA.search(before) and not re.search(r"\d/\d", before)
        issuer = lexicon.en.ISSUER_NAMES[lexicon.ISSUERS[" ".join(after["name"].lower().split())]] if after else (
            "General Assembly" if ga_before else None)
        if issuer is None:
            named_after = _LOCAL_NAMED_AFTER.match(text, m.end())
            if named_after:
                # "la décision I/8 de la première réunion de la Conférence des Parties siégeant en tant que
                # Réunion des Parties au Protocole": that body's; the bare "de la Conferencia" is the own
                issuer = "Conference" if not named_after["rest"].strip() else fold_name(named_after["name"])
        if issuer is None:
            body = _LOCAL_BODY_BEFORE.search(text, max(0, m.start() - _ISSUER_WINDOW), m.start())
            subject = _LOCAL_SUBJECT_AFTER.match(text, m.end()) if body is None and _LOCAL_LEAD_OWN.search(
                text, max(0, m.start() - _ISSUER_WINDOW), m.start()) else None
            if body or subject:  # "El Consejo de Derechos Humanos, en su resolución 5/1", "Dans sa décision
                #                  2011/259, intitulée « ... », le Conseil économique et social a décidé"
                name = (body or subject)["name"]  # type: ignore[index]
                issuer = lexicon.en.ISSUER_NAMES[lexicon.ISSUERS[" ".join(name.lower().split())]]
        if issuer is None:
            named = _LOCAL_NAMED_BEFORE.search(text, max(0, m.start() - _ISSUER_WINDOW), m.start())
            if named:
                # "la Conférence des Parties à la Convention sur la diversité biologique dans sa décision
                # XII/34": that body's, not the document's; the bare "la Conferencia, en su" is its own
                issuer = "Conference" if not named["rest"].strip() else fold_name(named["name"])
        own = issuer is None and _LOCAL_OWN_BEFORE.search(text, max(0, m.start() - _OWN_WINDOW), m.start()) is not None
        for one in re.finditer(r"(\d{1,4}|[IVXL]{1,6})/(\d{1,3})|(?P<n>\d{1,4})\s*\((?P<s>[IVXL]{1,7})\)"
                               r"|(?P<rn>\d{1,4})\s*\((?P<y>(?:19|20)\d{2})\)", m["list"]):
            span = (m.start("list") + one.start(), m.start("list") + one.end())
            if one["y"]:  # "1325 (2000)": the Security Council's, when the words say so; else not read
                if kind == "resolution" and issuer is not None and issuer.lower() == _RUNNING_SERIES_ISSUER:
                    found.append(Citation("resolution", span, m.group(0), issuer="Security Council",
                                          session=int(one["y"]), number=int(one["rn"]),
                                          printed=f"{one['rn']} ({one['y']})", running=True))
                continue
            if one["s"]:  # "2997 (XXVII)": the 2997th of the twenty-seventh session's series
                session = roman(one["s"])
                if session is not None:
                    found.append(Citation(kind, span, m.group(0), issuer=issuer, session=session,
                                          number=int(one["n"]), printed=f"{one['n']} ({one['s']})", own=own))
                continue
            session = _session_number(one.group(1))
            if session is not None:
                found.append(Citation(kind, span, m.group(0), issuer=issuer, session=session,
                                      number=int(one.group(2)), printed=_roman_printed(one.group(0)), own=own))
    found += prefixed_decisions(text)
    for m in _LOCAL_RULE.finditer(text):  # a rule of the document's own body's rules of procedure, or the owner's
        printed_owner = m["owner"] or m["genitive"]
        owner = local_owner(printed_owner, runs_on=bool(m["genitive"])) if printed_owner else None
        if printed_owner and owner is None:
            continue  # of another body, one this reader cannot tell: not read
        end = m.end()
        if m["genitive"]:  # the owner's own word, not the sentence it runs on into
            word = _OWNER_WORD.match(text, m.start("genitive"))
            end = word.end() if word else m.start("genitive")
        found += rules_cited(m["list"], (m.start(), end), text[m.start():end].rstrip(), owner)
    for m in _LOCAL_ARTICLE.finditer(text):  # an article of the Convention or Protocol, by its English name
        found.append(Citation("article", m.span(), m.group(0), path=(("article", int(m["a"])),),
                              instrument=lexicon.LOCAL_INSTRUMENTS[m["instr"].lower()]))
    return sorted(found, key=lambda c: c.span)


def _issuer_around(text: str, start: int, end: int, issuer: str | None) -> str | None:
    """The body the words around a citation ``text[start:end]`` name when the citation itself names
    none or says "its": "resolution 55/25 of the General Assembly", "In (paragraph 7 of) its
    resolution 56/206, the General Assembly ...", "the Economic and Social Council, in its
    resolution 2005/16", "decision 27/15, adopted at the first universal session of the Governing
    Council of ..."; else ``issuer`` unchanged."""
    adopted = _ADOPTED_BY.match(text, end)
    if adopted and _looks_like_body(adopted["name"]):
        return _trim_name(adopted["name"])  # the body the words say adopted it
    named = _ISSUER_AFTER.match(text, end)
    if named and _looks_like_body(named["name"]):
        return _trim_name(named["name"])
    if _LEADING.match(text, 0, start):
        subj = _SUBJECT.match(text, end)
        if subj and _looks_like_body(subj["subj"]):
            return _trim_name(subj["subj"])
        return issuer
    return named_before(text, start) or issuer


def named_before(text: str, end: int) -> str | None:
    """The body a citation's own words name just before it ("Economic and Social Council resolution",
    "the Commission on Crime Prevention and Criminal Justice, in its resolution"), or None."""
    m = _NAMED_BEFORE.search(text, max(0, end - _ISSUER_WINDOW), end)
    if m is None:
        return None
    words = _trim_name(m["name"]).split()
    tails = [" ".join(words[i:]) for i in range(len(words))]  # longest first: "Recalling General Assembly"
    for tail in tails:
        if tail.lower() in _KNOWN_ISSUERS:
            return tail
        short = _OF_THE_UN.sub("", tail)  # "the General Assembly of the United Nations": the Assembly
        if short != tail and short.lower() in _KNOWN_ISSUERS:
            return short
    for tail in tails:
        if _BODY_HEAD.match(tail) and _looks_like_body(tail):
            # two bodies joined ("the Commission ... and the Council, in their resolutions"): whose
            # the mandate is the words do not say
            return None if _TWO_BODIES.search(tail) else tail
    return None


_KNOWN_ISSUERS = {name for table in lexicon.LANGUAGES.values() for name in table.BODIES}
_OF_THE_UN = re.compile(r"\s+of\s+the\s+United\s+Nations$")
_TWO_BODIES = re.compile(r"\b(?:Conference|Assembly|Council|Commission|Committee|Group|Board)\b.*\band\s+(?:the\s+)?"
                         r"[A-Z][\w’'-]*(?:\s+[\w’'-]+)*\s+(?:Conference|Assembly|Council|Commission|Committee|Group|"
                         r"Board)\b")


_BODY_HEAD = re.compile(r"(?:Conference|Assembly|Council|Commission|Committee|Working Group|Bureau|Board|"
                        r"Meeting|Congress|Human|Economic|Security|General|Ad Hoc|Open-ended|United Nations)\b")


def _roman_printed(number: str) -> str | None:
    """The notation of a decision numbered with a roman session ("XI/32", as the CBD prints it), kept
    as printed; None for the plain "session/number" form."""
    return number if number[:1] in _ROMAN else None


def _session_number(printed: str) -> int | None:
    """"6" -> 6; a roman session number "VII" -> 7 (decisions of conferences that number so)."""
    if printed.isdigit():
        return int(printed)
    return roman(printed)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(printed: str) -> int | None:
    """"VII" -> 7, "XII" -> 12, "IX" -> 9; None for what is not a well-formed roman number."""
    total = 0
    for i, ch in enumerate(printed):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        nxt = _ROMAN.get(printed[i + 1], 0) if i + 1 < len(printed) else 0
        total += -value if value < nxt else value
    return total if total > 0 and _to_roman(total) == printed else None


def _to_roman(n: int) -> str:
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _trim_name(name: str) -> str:
    words = name.split()
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return " ".join(words)


_BODY_WORDS = re.compile(r"\b(?:Conference|Assembly|Council|Commission|Committee|Working Group|Group|"
                         r"Bureau|Board|Meeting|Parties|Congress)\b")


def _looks_like_body(name: str) -> bool:
    return bool(_BODY_WORDS.search(_trim_name(name)))


def _instrument(raw: str | None, after: str = "") -> str | None:
    """The instrument an article belongs to, as named ("Convention", "Organized Crime Convention")."""
    if not raw:
        return None
    name = _trim_name(raw)
    m = re.match(r"^(.*?\b" + _INSTRUMENT_KINDS + r")\b(?P<rest>.*)$", name)
    if not m:
        return None
    head = m.group(1)
    rest = m.group("rest")
    # "United Nations Convention against Corruption": the words after the kind belong to the name
    tail = re.match(r"^((?:\s+(?:against|on|for|of|to|relating to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*"
                    r"(?:\s+(?:and|of|the|in|by|on|against|to|for|[A-Z][\w’'-]*))*)))", rest)
    full = head + (tail.group(1) if tail else "")
    if tail:
        # an enumeration in the name: "by Land, Sea and Air", "Firearms, Their Parts and Components and Ammunition"
        more = re.match(r"^((?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+(?:\s+and\s+[A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*)*)+)", rest[len(tail.group(1)):] + after)
        if more and len(full) == len(_trim_name(name)):
            full += more.group(1)
    return _trim_name(full)


def _iso(printed: str | None) -> str | None:
    if not printed:
        return None
    from mandategraph.ingest.dates import first_range

    r = first_range(printed)
    return r.start.isoformat() if r else None


ACTIONS = lexicon.ACTIONS["en"]
# the words grouped by first letter and led by a look-ahead at any of their first letters, so a place where
# no action word can start is left after one test, not after trying each of the 49 words case-blind
# (three times faster, the same matches: tests/test_ingest_rewrites.py)
_ACTION = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in ACTIONS} | {w[0].upper() for w in ACTIONS})) + r"])("
                     + lexicon.alternation(ACTIONS) + r")\b", re.I)
# A participle after a noun ("the recommendation adopted by", "a group established pursuant to")
# describes, it does not act; only these two are read as actions when they stand alone.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.I)


def verbs(text: str) -> list[str]:
    """Every action verb of a text, in order (the same reading as :func:`action_of`)."""
    return [ACTIONS[m.group(1).lower()] for m in _ACTION.finditer(text)
            if not _PASSIVE.search(text[: m.start()][-12:])]


def action_of(text: str) -> str | None:
    """The first action verb of a sentence, as the local name of its mg:Action concept."""
    for m in _ACTION.finditer(text):
        if _PASSIVE.search(text[: m.start()][-12:]):
            continue
        return ACTIONS[m.group(1).lower()]
    return None
