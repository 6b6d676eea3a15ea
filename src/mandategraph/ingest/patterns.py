"""Patterns as data: every regular expression the prose readers use, with examples beside it.

A pattern is defined once with :func:`define`: its name, a verbose regular expression with named
groups, the strings it must match with the groups each must yield, and strings it must not match.
``tests/test_pattern_examples.py`` walks :data:`REGISTRY` and checks every example, so a pattern
and the evidence of what it reads cannot drift apart. Patterns are searched (``re.search``), so an
example need not be the whole string; ``groups`` lists only the groups the example pins down
(``None`` for a group that must not take part).

Thresholds the readers use are named here too, never written as bare numbers in a pattern's user.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from mandategraph.ingest import lexicon


@dataclass(frozen=True)
class Example:
    text: str
    groups: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    examples: tuple[Example, ...]
    rejects: tuple[str, ...]
    module: str


REGISTRY: dict[str, Pattern] = {}


def define(name: str, pattern: str, examples: Sequence[str | tuple[str, Mapping[str, str | None]]] = (),
           rejects: Sequence[str] = (), flags: int = 0, verbose: bool = True) -> re.Pattern[str]:
    """Compile ``pattern`` (verbose unless told), register it with its examples, return it compiled.

    ``examples`` are strings the pattern must find, or (string, {group: expected}) pairs; ``rejects``
    are strings it must not find at all. A name is defined once.
    """
    if name in REGISTRY:
        raise ValueError(f"pattern {name!r} is defined twice")
    regex = re.compile(pattern, flags | (re.VERBOSE if verbose else 0))
    exs = tuple(Example(e) if isinstance(e, str) else Example(e[0], dict(e[1])) for e in examples)
    module = name.split(".", 1)[0]
    REGISTRY[name] = Pattern(name, regex, exs, tuple(rejects), module)
    return regex


def check(p: Pattern) -> list[str]:
    """What is wrong with one pattern's examples (empty when every example holds)."""
    problems = []
    if not p.examples:
        problems.append(f"{p.name}: no examples")
    for ex in p.examples:
        m = p.regex.search(ex.text)
        if m is None:
            problems.append(f"{p.name}: does not match {ex.text!r}")
            continue
        for group, expected in ex.groups.items():
            got = m.group(group)
            if got != expected:
                problems.append(f"{p.name}: {ex.text!r} gives {group}={got!r}, expected {expected!r}")
    for text in p.rejects:
        m = p.regex.search(text)
        if m is not None:
            problems.append(f"{p.name}: must not match {text!r} (found {m.group(0)!r})")
    return problems


# ------------------------------------------------------------------------------ shared patterns

ORDINAL = lexicon.ordinal_words_pattern()
"""An English ordinal, as a fragment to build other patterns with ("1st", "sixth", "twenty-eighth")."""

define("patterns.ordinal", r"\b(?P<ord>" + ORDINAL + r")\b",
       examples=[("the 1st meeting", {"ord": "1st"}), ("its sixth session", {"ord": "sixth"}),
                 ("Twenty-eighth session", {"ord": "Twenty-eighth"}), ("23rd", {"ord": "23rd"}),
                 ("Fifty-\nsecond session", {"ord": "Fifty-\nsecond"}),
                 ("Fifty- second session", {"ord": "Fifty- second"})],
       rejects=["a session", "the seventies"], flags=re.IGNORECASE)

MANDATE_NUMBER = r"\d{1,4}/\d{1,3}"
"""A resolution or decision number: session (or year) / number ("6/3", "2004/23", "55/25")."""

define("patterns.mandate_number", r"(?<![\w/])(?P<s>\d{1,4})/(?P<n>\d{1,3})(?![\w/])",
       examples=[("resolution 6/3 of", {"s": "6", "n": "3"}), ("2004/23", {"s": "2004", "n": "23"})],
       rejects=["CTOC/COP/2012/15", "1/2/3"])


# ---------------------------------------------- the covers of other languages, and flattened covers

_NOT_A_SPLIT_PIECE = r"(?<!(?<![\w/.-])\d )(?<!(?<![\w/.-])\d\d )(?<!(?<![\w/.-])\d\d\d )"
"""Not after a number of one to three digits standing alone and a space: the number before is a piece of the same
number, split by a space ("10 6 e session", the 106th); a symbol's last segment or a year is no such piece."""
LOCAL_SESSION = define(
    "patterns.local_session",
    r"(?:(?<![\w.])(?P<ord>" + _NOT_A_SPLIT_PIECE + r"\d{1,3}\s*\.?\s*(?:er|º|ª|°|e|ème|re|(?<=\.)a|-?я|-?й)?(?=\s)|"
    + lexicon.local_words(
        lexicon.LOCAL_ORDINALS) + r")\s+(?P<kind>" + lexicon.alternation(
        w for w in lexicon.LOCAL_SESSION_WORDS if not w.startswith(("届", "次"))) + r")(?!\w))"
    r"|第\s*(?P<zh>[〇零一二三四五六七八九十百]+|\d{1,3})\s*(?P<zhkind>" + lexicon.alternation(
        w for w in lexicon.LOCAL_SESSION_WORDS if w.startswith(("届", "次"))) + r")",
    examples=[("Español Original: inglés Sexto período de sesiones Viena, 15 a 19 de octubre de 2012",
               {"ord": "Sexto", "kind": "período de sesiones"}),  # CTOC/COP/2012/14
              ("Protocolo de Kyoto 13 er período de sesiones Bonn", {"ord": "13 er"}),  # FCCC/KP/CMP/2017/1
              ("Original: inglés ISBA/23/C/13 23 er período de sesiones Kingston", {"ord": "23 er"}),
              ("PROTOCOLE DE CARTAGENA Huitième réunion Cancún, Mexique", {"ord": "Huitième", "kind": "réunion"}),
              ("Шестидесятая сессия", {"ord": "Шестидесятая", "kind": "сессия"}),  # CERD/C/SR.1523
              # the ILO's "278.a" (a plain "a" after the full stop for "ª"), the Governing Body's session line
              # (tests/ingest_eval/unread/GB.278_205_es.txt, source: http://ilo.org/public/spanish/standards/relm/gb/refs/rodp278.htm)
              ("GB.278/205\n278.a reunión Ginebra\njunio de 2000", {"ord": "278.a", "kind": "reunión"}),
              # compounds: the ten is part of the ordinal, never left out ("девятая" alone is the 9th)
              ("Семьдесят девятая сессия", {"ord": "Семьдесят девятая"}),  # CERD/C/79/1
              ("Trente\u2011sixième session Genève", {"ord": "Trente\u2011sixième"}),  # CRC/C/138
              # a stray space after the hyphen (tests/ingest_eval/untouched/CRC_C_SR.1613_fr.txt): never "sixième" alone
              ("Comité des droits de l\u2019enfant Cinquante- sixième session", {"ord": "Cinquante- sixième"}),
              # FCCC/KP/CMP/2007/1
              ("缔约方会议第三届会议 2007 年 12 月 3 日至 14 日", {"zh": "三", "zhkind": "届会议"})],
    # never the last piece of a number split by a space (tests/ingest_eval/unopened/CCPR_C_106_1_fr.txt: "10 6 e
    # session", the 106th; "6 e session" alone would be the 6th), as the English session line (masthead._SESSION);
    # a symbol's last segment or a year before it is no such piece ("ISBA/23/C/13 23 er período de sesiones",
    # tests/ingest_eval/unopened/ISBA_23_C_13_es.txt, its cover flattened onto one line)
    rejects=["6 a 17 de noviembre de 2017", "el período de sesiones", "la sesión plenaria", "del 6 a reunión",
             "Comité des droits de l'homme 10 6 e session"],
    flags=re.IGNORECASE, verbose=False)

LOCAL_ITEM_HEADING = define("patterns.local_item_heading", "|".join(  # one group list0, list1, ... per language
    "(?:" + p.replace("(?P<list>", f"(?P<list{i}>") + ")" for i, p in enumerate(lexicon.LOCAL_ITEM_HEADINGS)),
    examples=[("de 2017 Tema 2 a) del programa provisional Cuestiones de organización", {"list0": "2 a)"}),
              ("Tema 8 del programa provisional DISPOSICIONES", {"list0": "8"}),  # FCCC/SBI/1997/11
              ("Point 3 de l'ordre du jour provisoire", {"list1": "3"}),
              ("Пункт 2 предварительной повестки дня", {"list2": "2"}),
              ("巴厘岛临时议程项目 2(a) 组织事项通过议程", {"list3": "2(a)"}),  # FCCC/KP/CMP/2007/1
              # the provisional agenda's footnote mark inside the heading, four sub-items of one item run together
              # (tests/ingest_eval/fresh/CTOC_COP_2006_7_Rev.1_zh)
              ("维也纳 临时议程 * 项目 2(a)(c)(e)(f) 审查", {"list3": "2(a)(c)(e)(f)"}),
              # the agenda's item under the session line (tests/ingest_eval/fresh/A_55_383_Add.2_zh)
              ("第五十五届会议议程项目105预防犯罪和刑事司法", {"list3": "105"}),
              # a dotted item number, the Spanish "Punto ... del orden del día"
              # (tests/ingest_eval/blind/UNESCO_30_C_2_es)
              ("Original: Francés Punto 1.6 del orden del día provisional ORGANIZACION", {"list0": "1.6"}),
              # the agenda, not the provisional agenda (tests/ingest_eval/fresh/IOC-XXI_2_Annex4_ru)
              ("(ЮНЕСКО) Пункт 4.5 повестки дня Двадцать первая сессия", {"list2": "4.5"}),
              # an item of the General Assembly's preliminary list (tests/ingest_eval/sealed/A_65_92_es)
              ("Sexagésimo quinto período de sesiones\nTema 107 de la lista preliminar*", {"list0": "107"}),
              ("Point 107 de la liste préliminaire", {"list1": "107"}),
              ("Пункт 107 предварительного перечня", {"list2": "107"})],
    rejects=["el programa provisional del sexto período", "委员会审议了议程项目3"], flags=re.IGNORECASE,
    verbose=False)

KIND_LINE_WORDS = define("patterns.kind_line_words", r"(?<!\w)(?P<kind>" + lexicon.alternation(
    lexicon.KIND_LINES) + r")(?!\w)",
    examples=[("y anotaciones Nota de la Secretaria Ejecutiva I. Programa",
               {"kind": "Nota de la Secretaria Ejecutiva"}),
              ("临时议程和说明 执行秘书的说明 一 临时议程", {"kind": "执行秘书的说明"}),
              ("ADOPTION OF THE AGENDA Provisional agenda and annotations Note by the UNCTAD secretariat The",
               {"kind": "Note by the UNCTAD secretariat"})],  # TD/B/EX(15)/1
    rejects=["la nota sobre"], flags=re.IGNORECASE, verbose=False)

AGENDA_TITLE_WORDS = define("patterns.agenda_title_words", r"(?<!\w)(?P<title>" + lexicon.alternation(
    lexicon.AGENDA_TITLES) + r")(?!\w)",
    examples=[("Aprobación del programa Programa provisional y anotaciones Nota de la",
               {"title": "Programa provisional y anotaciones"}),  # FCCC/KP/CMP/2017/1
              ("ORIGINAL : ANGLAIS ORDRE DU JOUR PROVISOIRE ANNOTÉ RÉVISÉ INTRODUCTION",
               {"title": "ORDRE DU JOUR PROVISOIRE ANNOTÉ RÉVISÉ"}),  # UNEP/CBD/BS/COP-MOP/8/1/Add.1/Rev.2
              ("组织事项通过议程 临时议程和说明 执行秘书的说明", {"title": "临时议程和说明"}),
              # UNEP/EA.1/1/Add.1/Rev.1, flattened
              ("Organization of work Annotations to the provisional agenda Item 1 Opening of the session",
               {"title": "Annotations to the provisional agenda"})],
    rejects=["Provisional agenda for the seventh session"], flags=re.IGNORECASE, verbose=False)


# ---------------------------------------------- a text without a symbol that is a UN document text

UN_SYSTEM_NAME = define(
    "patterns.un_system_name", r"(?P<name>" + lexicon.words_at_start(lexicon.ORGANIZATION) + ")",
    examples=[("to the Permanent Missions of Member States to the United Nations and has the honour",
               {"name": "United Nations"}),  # sealed/ODA_note_verbale_NDV_2017_nosymbol
              ("Capítulo I ASUNTOS QUE REQUIEREN LA ADOPCIÓN DE MEDIDAS POR PARTE DEL CONSEJO ECONÓMICO Y SOCIAL",
               {"name": "CONSEJO ECONÓMICO Y SOCIAL"}),  # sealed/E_CN.15_report_chapter_I_es_nosymbol
              ("ПРИНЯТЫХ ГЕНЕРАЛЬНОЙ АССАМБЛЕЕЙ НА ЕЕ ДЕСЯТОЙ", {"name": "ГЕНЕРАЛЬНОЙ АССАМБЛЕ"}),
              # sealed/A_RES_39_148_ru_nosymbol
              ("《给予殖民地国家和人民独立宣言》执行情况特别委员会 联合国秘书长", {"name": "联合国"}),
              # sealed/A_55_23_Part_I_zh_nosymbol
              ("قرار اتخذته الجمعية العامة", {"name": "الجمعية العامة"}),  # fresh/A_RES_52_91_ar_nosymbol
              ("El Comité contra la Tortura examinó el sexto in", {"name": "Comité contra la Tortura"})],
    # sealed/CAT_C_NZL_CO_6_es_nosymbol: a treaty body of the human rights system
    rejects=["the united nationalists", "Conseil municipal de Genève"], flags=re.IGNORECASE, verbose=False)
"""A name of the United Nations system: one of the two signs that a text printing no symbol is a UN document."""

MEETING_WORD = define(
    "patterns.meeting_word", r"(?P<word>" + lexicon.words_at_start(lexicon.MEETING_WORDS) + ")",
    examples=[("has the honour to refer to resolution 71/67", {"word": "resolution"}),
              ("Observaciones finales sobre el sexto informe", {"word": "Observaciones finales"}),
              ("РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148", {"word": "РЕЗОЛЮЦИ"}),
              ("第五十五届会议 临时议程项目18", {"word": "届会"}),
              ("l'ordre du jour de la session", {"word": "ordre du jour"}),
              ("НА СОВЕЩАНИИ ПО ПРИГЛАШЕНИЮ КОМИТЕТА", {"word": "СОВЕЩАНИ"})],
    # unseen/UNEP_OzL.Pro_ImpCom_report_ru_nosymbol: a meeting (of the Parties)
    rejects=["the reporter's agendum", "Секс все чаще заменяет квартплату"], flags=re.IGNORECASE,
    verbose=False)
"""A word with which a meeting document speaks of its own business: the other sign."""

UN_JOB_NUMBER = define(
    "patterns.un_job_number", r"^[ \t]*(?P<job>[A-Z]{1,2}\.\d{2}-\d{5})(?:[ \t]+\([A-Z]\))?(?=[ \t]+\S)",
    examples=[("48\nGE.09-63082 (F) 061009 201009 Organe subsidiaire de mise en œuvre Rapport de la trentième session",
               {"job": "GE.09-63082"}),  # novel/FCCC_SBI_30_report_nosymbol_fr
              ("41\nGE.13-64174 Conference of the Parties Report of the Conference of the Parties on its eleventh",
               {"job": "GE.13-64174"})],  # untouched/ICCD_COP_11_23
    rejects=["the meeting GE.09-63082 was", "GE.09-63082", "ISSN 0251-9968 E/2014/28"], flags=re.MULTILINE,
    verbose=False)
"""The job number of the United Nations' conference services opening a page's first line ("GE.09-63082 (F) 061009
201009", the Office at Geneva's; "V.", Vienna's), the page's text run on after it: the page was printed as a UN
document, a sign of the United Nations system as its name is."""

# ---------------------------------------------- a guard before a costly pattern

_CASE_ODD = ("\u0130", "\u0131", "\u017f")
"""The letters that ``re.IGNORECASE`` matches with an ASCII letter although ``str.lower`` does not make them that
letter ("İ" and "ı" with "i", "ſ" with "s"): a text holding one is never ruled out by :func:`may_hold`."""


def may_hold(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold one of ``words`` (ASCII, lower case) as ``re.IGNORECASE`` finds them:
    False only where none of them is there in any case, so a case-blind pattern that must spell one of them out
    cannot match there and need not be tried (a pattern led by a long alternation is tried at every character)."""
    window = text[start:end]
    low = window.lower()
    return any(w in low for w in words) or any(c in window for c in _CASE_ODD)
