"""The cover read by its own vocabulary wherever the line breaks fall (issue 10, class 1).

The texts are real UN covers: the corpus texts in data/sources/, and short cover excerpts quoted
with their source. Where a test needs another layout of the same cover (flattened onto one line as
a PDF viewer's copy gives it, a symbol sharing its line), it is made from the real text here, by
joining its lines, and says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.cover import Cover, parse_cover
from mandategraph.ingest.masthead import ascii_digits, read_masthead
from mandategraph.ingest.symbols import find_symbols, is_symbol
from mandategraph.ingest.text import SourceText, parse_source
from mandategraph.namespaces import DCTERMS, MG

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"


def registry() -> Registry:
    return Registry.load(ROOT / "data" / "curated")


def cover_of(text: str) -> tuple[SourceText, Cover]:
    source = parse_source(text.encode(), "cover.txt")
    return source, parse_cover(source.clean, registry())


def masthead_of(text: str) -> Cover:
    """The cover facts the masthead's own words give, read into an empty cover."""
    cover = Cover()
    read_masthead(text, cover)
    return cover


def symbols_of(cover: Cover) -> list[str]:
    return [s.text for s in [cover.symbol, *cover.joint_symbols] if s is not None]


def flattened(name: str, lines: int) -> str:
    """The corpus text ``name`` with the first ``lines`` lines of its body joined by spaces (the
    cover as copy-paste from a PDF viewer gives it); offsets after the cover do not move."""
    raw = (SOURCES / name).read_text(encoding="utf-8")
    header_end = raw.index("\n\n") + 2
    head, body = raw[:header_end], raw[header_end:]
    parts = body.split("\n")
    return head + " ".join(parts[:lines]) + "\n" + "\n".join(parts[lines:])


# ------------------------------------------------------------------------------------ symbols


@pytest.mark.parametrize("symbol", ["TD/B/C.I/53", "UNEP/CBD/BS/WG-L&R/4/1/Add.1", "TD/B(S-XXIII)/1",
                                    "S/RES/1019(1995)", "A/HRC/WG.6/43/L.1", "A/CONF.234/1", "IDB.51/1/Add.1"])
def test_symbols_with_roman_parenthesised_and_joined_segments(symbol: str) -> None:
    assert is_symbol(symbol)
    assert [s.text for s, _ in find_symbols(f"({symbol})")] == [symbol]


def test_joint_symbols_joined_by_a_dash_are_both_found() -> None:
    assert [s.text for s, _ in find_symbols("E/2011/30-E/CN.15/2011/21")] == ["E/2011/30", "E/CN.15/2011/21"]


# ------------------------------------------------------------------------------------ layouts


def test_flattened_cover_gives_every_field_at_its_offsets() -> None:
    """CTOC/COP/2018/2 with its eleven cover lines run together on one line."""
    text = flattened("CTOC_COP_2018_2.txt", 11)
    source, cover = cover_of(text)
    assert cover.symbol is not None and cover.symbol.text == "CTOC/COP/2018/2"
    assert cover.symbol_span is not None
    a, b = cover.symbol_span
    assert source.body[a:b] == "CTOC/COP/2018/2"
    assert cover.distribution_date == date(2018, 7, 23)
    assert cover.original_language == "en"
    assert cover.session_number == 9
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2018, 10, 15), date(2018, 10, 19))
    assert cover.item is not None and cover.item.notations == ["2 (b)"]


def test_flattened_cover_is_read_as_a_document_of_its_body() -> None:
    result = ingest_bytes(flattened("CTOC_COP_2018_2.txt", 11).encode(), "flat.txt", registry())
    g = result.graph
    assert result.symbol == "CTOC/COP/2018/2"
    assert (result.document, MG.distributionDate, None) in g
    sessions = set(g.objects(result.document, MG.forSession))
    assert [str(s).rsplit("/", 2)[-2:] for s in sessions] == [["ctoc-cop", "9"]]


# CAT/C/39/1, the beginning of the stored page as recovered (source:
# https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2fPPRiCAqhKb7yhssrn2du5UCXz44%2fYuDDc2UdUmWleZn6JJtnR2yzDTHsF9TtuhhibjSzMRDlSTbvBnPpnbWpm8AdTHruErVjfji69KW995BQbvKirU%2fPpOTnS):
# a treaty body's block of short lines before the symbol, "Distr." and "GENERAL" on lines of their
# own, and the body, session, venue and dates run together on one line.
CAT_C_39_1 = """UNITED NATIONS

CAT

Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment

Distr.

GENERAL

CAT/C/39/1

30 October 2007

Original: ENGLISH

COMMITTEE AGAINST TORTUREThirty-ninth sessionGeneva, 5 \u2013 23 November 2007

PROVISIONAL AGENDA AND ANNOTATIONS

Note by the Secretary-General

""" + ("1.The thirty- ninthsession of the Committee against Torture will be held at the United Nations Office at "
       "Geneva (Palais Wilson) from 5 \u2013 23 November 2007.\n")


def test_treaty_body_cover_with_glued_session_line() -> None:
    _, cover = cover_of(CAT_C_39_1)
    assert cover.symbol is not None and cover.symbol.text == "CAT/C/39/1"
    assert cover.distribution_date == date(2007, 10, 30)
    assert cover.session_number == 39
    assert cover.venue == "Geneva"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2007, 11, 5), date(2007, 11, 23))
    assert cover.title is not None and cover.title.text == "PROVISIONAL AGENDA AND ANNOTATIONS"


def test_symbol_sharing_its_line_with_the_date() -> None:
    """A/HRC/9/1 as stored (https://docslib.org/doc/9013326/general-assembly-distr): the symbol and
    the distribution date on one line; the date is not taken as the title or the session's."""
    text = ("UNITED NATIONS A\n\nGeneral Assembly Distr. GENERAL\n\nA/HRC/9/1 28 July 2008\n\nOriginal: ENGLISH\n\n"
            "HUMAN RIGHTS COUNCIL Ninth session Agenda item 1 Organizational and procedural matters\n\n")
    _, cover = cover_of(text)
    assert cover.symbol is not None and cover.symbol.text == "A/HRC/9/1"
    assert cover.distribution_date == date(2008, 7, 28)
    assert cover.session_number == 9
    assert cover.dates is None
    assert cover.title is None or "2008" not in cover.title.text


def test_joint_symbols_on_one_line_are_both_the_documents() -> None:
    """E/2007/28/Rev.1 E/CN.7/2007/16/Rev.1, the report of the Commission on Narcotic Drugs on its
    fiftieth session (the cover as printed on the report's title page)."""
    text = ("E/2007/28/Rev.1 E/CN.7/2007/16/Rev.1\nUnited Nations\nCommission on Narcotic Drugs\n"
            "Report on the fiftieth session (17 March 2006 and 12-16 March and 27-28 November 2007)\n"
            "Economic and Social Council Official Records, 2007 Supplement No. 8\n")
    result = ingest_bytes(text.encode(), "cnd.txt", registry())
    ids = {str(v) for v in result.graph.objects(result.document, DCTERMS.identifier)}
    assert ids == {"E/2007/28/Rev.1", "E/CN.7/2007/16/Rev.1"}


def test_digits_of_every_script_keep_their_offsets() -> None:
    text = "Distr.: General ١٥ October ٢٠١٩ / ２０１９年１０月１５日"
    assert len(ascii_digits(text)) == len(text)
    assert ascii_digits(text) == "Distr.: General 15 October 2019 / 2019年10月15日"


def test_chinese_cover_date_with_full_width_digits() -> None:
    text = "联合国\nCTOC/COP/2020/1*\nDistr.: General\n２０２０年７月２０日\nChinese\nOriginal: English\n"
    head = masthead_of(text)
    assert symbols_of(head) == ["CTOC/COP/2020/1"]
    assert head.distribution_date == date(2020, 7, 20)


def test_a_session_recalled_in_prose_is_not_the_session_line() -> None:
    text = ("United Nations CTOC/COP/WG.4/2010/4 Distr.: General 9 December 2009 Original: English "
            "At its fourth session, held in Vienna from 8 to 17 October 2008, the Conference decided ...")
    head = masthead_of(text)
    assert head.session_number is None and head.dates is None


def test_an_agenda_item_run_into_the_session_line() -> None:
    """A/HRC/9/1 (as above): "HUMAN RIGHTS COUNCIL Ninth session Agenda item 1 Organizational and
    procedural matters" on one line gives the session, the item the paper is under and its title;
    the title that follows is the document's."""
    text = ("UNITED NATIONS A\n\nGeneral Assembly Distr. GENERAL\n\nA/HRC/9/1 28 July 2008\n\nOriginal: ENGLISH\n\n"
            "HUMAN RIGHTS COUNCIL Ninth session Agenda item 1 Organizational and procedural matters\n\n"
            "ANNOTATIONS TO THE AGENDA FOR THE NINTH SESSION OF THE HUMAN RIGHTS COUNCIL*\n\n"
            "Note by the Secretary-General\n\n")
    _, cover = cover_of(text)
    assert cover.session_number == 9
    assert cover.item is not None and cover.item.notations == ["1"]
    assert cover.item.title is not None and cover.item.title.text == "Organizational and procedural matters"
    assert cover.title is not None
    assert cover.title.text == "ANNOTATIONS TO THE AGENDA FOR THE NINTH SESSION OF THE HUMAN RIGHTS COUNCIL"


def test_arabic_cover_date_with_arabic_indic_digits() -> None:
    """The masthead of CTOC/COP/2018/2 (distributed 23 July 2018) in the form its Arabic version
    prints it: Arabic-Indic digits, the Levant and Egyptian month names joined by a slash."""
    text = "الأمم المتحدة\nCTOC/COP/2018/2\nDistr.: General\n٢٣ تموز/يوليه ٢٠١٨\nArabic\nOriginal: English\n"
    head = masthead_of(text)
    assert symbols_of(head) == ["CTOC/COP/2018/2"]
    assert head.distribution_date == date(2018, 7, 23)
    _, cover = cover_of(text)
    assert cover.distribution_date == date(2018, 7, 23)


def test_a_web_transcription_of_a_cover_on_one_line() -> None:
    """FCCC/CP/1998/1 as a web page transcribed it, the whole cover on one line (source:
    https://lawsdocbox.com/US_Government_Resources/124814257-Distr-general-provisional-agenda-and-annotations-note-by-the-executive-secretary-contents-1-provisional-agenda.html)."""
    text = ("1 UNITED NATIONS Distr. GENERAL FCCC/CP/1998/1 28 August 1998 Original: ENGLISH CONFERENCE OF THE "
            "PARTIES * Fourth session Buenos Aires, 2-13 November 1998 Item 2 (c) and (f) of the provisional agenda "
            "PROVISIONAL AGENDA AND ANNOTATIONS Note by the Executive Secretary CONTENTS Paragraphs Page 1. "
            "PROVISIONAL AGENDA\n")
    source, cover = cover_of(text)
    assert cover.symbol is not None and cover.symbol.text == "FCCC/CP/1998/1"
    assert cover.distribution_date == date(1998, 8, 28)
    assert cover.session_number == 4 and cover.venue == "Buenos Aires"
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(1998, 11, 2), date(1998, 11, 13))
    assert cover.item is not None and cover.item.notations == ["2 (c)", "2 (f)"]
    assert cover.title is not None and cover.title.text == "PROVISIONAL AGENDA AND ANNOTATIONS"
    assert source.body[cover.title.start:cover.title.end] == cover.title.text
    assert cover.is_agenda
    result = ingest_bytes(text.encode(), "fccc.txt", registry())
    assert result.kind == "agenda"
    assert {str(b).rsplit("/", 1)[-1] for b in result.graph.objects(result.document, MG.ofBody)} == {"fccc-cp"}


# UNEP/GC.23/11 as stored (http://www.docstoc.com/docs/38833512/UNITED; tests/ingest_eval/dev/UNEP_GC.23_11.txt,
# its cover lines): the masthead's two columns interleaved line by line, set apart by long runs of spaces
UNEP_GC_23_11 = "\n".join(
    (ROOT / "tests" / "ingest_eval" / "dev" / "UNEP_GC.23_11.txt").read_text(encoding="utf-8").split("\n")[9:37]) + "\n"


def test_interleaved_columns_never_give_a_title_from_the_masthead() -> None:
    """The left column ("Governing Council / of the United Nations / Environment Programme") and the
    right one (symbol, "Distr.", date, "Original:") alternate: "of the United Nations" was taken as
    the document's title. The title is the one after the session, venue and item heading, whole:
    its second line ("Environment Forum at its twenty-third session") is not a body or session line."""
    _, cover = cover_of(UNEP_GC_23_11)
    assert cover.title is not None
    assert " ".join(cover.title.text.split()) == ("Proceedings of the Governing Council/Global Ministerial "
                                                   "Environment Forum at its twenty-third session")
    assert cover.session_number == 23 and cover.distribution_date == date(2005, 4, 7)
    assert cover.item is not None and cover.item.notations == ["12"]
    result = ingest_bytes(("source: http://www.docstoc.com/docs/38833512/UNITED\n\n" + UNEP_GC_23_11).encode(),
                          "UNEP_GC.23_11.txt", registry())
    titles = {str(t) for t in result.graph.objects(result.document, DCTERMS.title)}
    assert titles == {"Proceedings of the Governing Council/Global Ministerial Environment Forum at its "
                      "twenty-third session"}, titles
    assert result.kind == "report"


def test_a_contents_table_is_not_a_two_column_masthead() -> None:
    """CTOC/COP/WG.4/2010/2 (Russian): its contents lines have long runs of spaces before the page
    numbers, under a one-column masthead; its title stays read."""
    from mandategraph.ingest.cover import column_block_end
    from mandategraph.ingest.text import lines

    source = parse_source((SOURCES / "CTOC_COP_WG.4_2010_2_ru.txt").read_bytes(), "CTOC_COP_WG.4_2010_2_ru.txt")
    assert column_block_end(source.clean, [ln for ln in lines(source.clean) if ln.text][:60]) == 0


# Flattened covers quoted from the pages named (each its stored text, the cover and the first words after it)
TD_B_EX15_1 = (  # TD/B/EX(15)/1, tests/ingest_eval/dev/TD_B_EX15_1.txt (UNCTAD Board, 15th executive session)
    "UNITED NATIONS TD United Nations Conference on Trade and Development Distr. GENERAL TD/B/EX(15)/1 1 May 1997 "
    "Original : ENGLISH TRADE AND DEVELOPMENT BOARD Fifteenth executive session Geneva, 20 June 1997 Item 1 of the "
    "provisional agenda ADOPTION OF THE AGENDA Provisional agenda and annotations Note by the UNCTAD secretariat "
    "The provisional agenda for the fifteenth executive session of the Trade and Development Board, as approved by "
    "the Board at its fourteenth executive session on 24 March 1997, is reproduced in section I below. The "
    "secretariat’s annotations, contained in section II, are intended to furnish essential background information "
    "covering the provisional agenda items, together with a brief description of the relevant documentation. "
    "GE.97-50842 I. PROVISIONAL AGENDA 1. Adoption of the agenda 2. Matters requiring action by the Board in "
    "follow-up to the ninth session of the Conference and arising from or related to reports and activities of its "
    "subsidiary and other bodies: (a) Reports of the Commissions on their first sessions (b) Report of the Working "
    "Party on the Medium-Term Plan and Programme Budget on its twenty-ninth session\n")
UNEP_EA_1_1_ADD_1 = (  # UNEP/EA.1/1/Add.1/Rev.1, tests/ingest_eval/dev/UNEP_EA.1_1_Add.1_Rev.1.txt (businessdocbox)
    "1 UNITED NATIONS EP UNEP/EA.1/1/Add.1/Rev.1 Distr.: General 22 June 2014 Original: English United Nations "
    "Environment Assembly of the United Nations Environment Programme United Nations Environment Assembly of the "
    "United Nations Environment Programme First session Nairobi, June 2014 Item 2 of the provisional agenda "
    "Organization of work Annotations to the provisional agenda Item 1 Opening of the session 1. Pursuant to "
    "decision 27/15, adopted at the first universal session of the Governing Council of the United Nations "
    "Environment Programme (UNEP) on 22 February 2013, the first session of the United Nations Environment "
    "Assembly of the United Nations Environment Programme will be opened at 10 a.m. on Monday, 23 June 2014.\n")


@pytest.mark.parametrize(("text", "title", "item", "item_title"), [
    (TD_B_EX15_1, "Provisional agenda and annotations", ["1"], "ADOPTION OF THE AGENDA"),
    (UNEP_EA_1_1_ADD_1, "Annotations to the provisional agenda", ["2"], "Organization of work"),
])
def test_a_flattened_cover_s_title_is_bounded_by_what_follows_it(text: str, title: str, item: list[str],
                                                                  item_title: str) -> None:
    """On a cover flattened onto one line the title runs on after the item's heading and title, up
    to the kind line or the first item of the text: the words that are an agenda's title, whole, and
    before them the item's title. These were read as documents without title (not as agendas)."""
    _, cover = cover_of(text)
    assert cover.title is not None and cover.title.text == title
    assert cover.item is not None and cover.item.notations == item
    assert cover.item.title is not None and cover.item.title.text == item_title
    result = ingest_bytes(text.encode(), "cover.txt", registry())
    assert result.kind == "agenda"
    assert {str(t) for t in result.graph.objects(result.document, DCTERMS.title)} == {title}


def test_a_flattened_cover_without_a_bound_gives_no_title() -> None:
    """TD/B/51/1 (tests/ingest_eval/dev/TD_B_51_1.txt): "Item 1(b) of the provisional agenda ADOPTION
    OF THE AGENDA AND ORGANIZATION OF WORK OF THE SESSION Note by the UNCTAD secretariat*": no words
    before the kind line are an agenda's title, so no title (rather than the item's heading)."""
    text = ("TD UNITED NATIONS United Nations Conference on Trade and Development Distr. GENERAL TD/B/51/1 18 August "
            "2004 Original: ENGLISH TRADE AND DEVELOPMENT BOARD Fifty-first session Geneva, 4 – 15 October 2004 Item "
            "1(b) of the provisional agenda ADOPTION OF THE AGENDA AND ORGANIZATION OF WORK OF THE SESSION Note by "
            "the UNCTAD secretariat* The provisional agenda for the fifty-first session of the Trade and Development "
            "Board is reproduced in section I below. The secretariat’s annotations, contained in section II, are "
            "intended to provide essential background information. GE.04-52176 TD/B/51/1 Page 2 I. PROVISIONAL "
            "AGENDA 1. Procedural matters: (a) Election of officers (b) Adoption of the agenda and organization of "
            "the work of the session 2. High-level segment: Follow-up to UNCTAD XI 3. Interdependence and global "
            "economic issues 7. UNCTAD's contribution to the implementation of and follow-up to the outcomes of the "
            "major United Nations conferences and summits in the economic and social fields: (a) (b) UNCTAD's "
            "contribution, within its mandate, to the implementation\n")
    _, cover = cover_of(text)
    assert cover.title is None
    result = ingest_bytes(text.encode(), "cover.txt", registry())
    assert list(result.graph.objects(result.document, DCTERMS.title)) == []
    # its section "I. PROVISIONAL AGENDA 1. ..." in a text that speaks of its annotations: an agenda
    assert result.kind == "agenda"


def test_an_item_heading_in_a_text_without_blank_lines_does_not_swallow_the_cover() -> None:
    """CERD/C/92/1 (docstore.ohchr.org, the annotated agenda of the Committee's 92nd session), its
    cover lines as printed with the blank lines between them removed (as a copy from a PDF viewer
    gives them): the item's title under "Item 1 of the provisional agenda" ends at the document's
    own title; it ran on over the title and the whole item list."""
    text = ("United Nations\nCERD/C/92/1\nInternational Convention on the Elimination of All Forms of Racial "
            "Discrimination\nDistr.: General\n23 February 2017\nOriginal: English\nEnglish, French and Spanish only\n"
            "Committee on the Elimination of Racial Discrimination\nNinety-second session\n24 April-12 May 2017\n"
            "Item 1 of the provisional agenda\nAdoption of the agenda\nAnnotated provisional agenda\n"
            "Provisional agenda\n1.Adoption of the agenda.\n2.Organizational and other matters.\n3.Prevention of "
            "racial discrimination, including early warning measures and urgent action procedures.\n")
    _, cover = cover_of(text)
    assert cover.item is not None and cover.item.title is not None
    assert cover.item.title.text == "Adoption of the agenda"
    assert cover.title is not None and cover.title.text == "Annotated provisional agenda"


def _titles(text: str, name: str = "cover.txt") -> set[str]:
    result = ingest_bytes(text.encode(), name, registry())
    return {str(t) for t in result.graph.objects(result.document, DCTERMS.title)}


def test_a_title_cut_at_its_line_break_is_not_emitted() -> None:
    """CERD/C/SR.1523 (Russian, docstore.ohchr.org; tests/ingest_eval/dev/CERD_C_SR.1523_ru.txt): the
    title "КРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ," runs on into the next line ("состоявшемся во Дворце
    Вильсона ..."); cut at the comma it was emitted as the title."""
    text = ("UNITED\n\nNATIONS\n\nCERD\n\nМ ЕЖДУНАРОДНАЯ КОНВЕНЦИЯ О ЛИКВИДАЦИИ ВСЕХ ФОРМ РАСОВОЙ ДИСКРИМИНАЦИИ\n\n"
            "Distr.GENERAL\n\nCERD/C/SR.1523\n\n15 December 2008\n\nRUSSIAN\n\nOriginal: ENGLISH\n\n"
            "КОМИТЕТ ПО ЛИКВИДАЦИИ РАСОВОЙ ДИСКРИМИНАЦИИ\n\nШестидесятая сессия\n\n"
            "КРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ,\n\nсостоявшемся во Дворце Вильсона в Женевев пятницу, 22 марта "
            "2002 года, в 15 час. 00 мин.\n\nПредседатель: г‑н ДЬЯКОНУ\n\nСОДЕРЖАНИЕ\n")
    assert _titles(text) == set()


def test_a_cover_field_is_never_the_title() -> None:
    """E/2020/28-E/CN.7/2020/15 (docslib.org/doc/368085): the Official Records line ("Economic and
    Social Council Official Records, 2020 Supplement No. 8") was emitted as the report's title; and a
    note whose cover prints only its kind line (FCCC/CP/1997/1/Add.1, tests/ingest_eval/dev/
    FCCC_CP_1997_1_Add.1_nosymbol.txt) had "Note by the Executive Secretary" as its title."""
    report = ("E/2020/28 E/CN.7/2020/15\n\nUnited Nations\n\nCommission on Narcotic Drugs Report on the sixty-third "
              "session (13 December 2019 and 2–6 March 2020)\n\nEconomic and Social Council Official Records, 2020 "
              "Supplement No. 8\n\nEconomic and Social Council E/2020/28 Official Records, 2020 E/CN.7/2020/15 "
              "Supplement No. 8\n\nCommission on Narcotic Drugs\n\nReport on the sixty-third session (13 December 2019 "
              "and2–6 March 2020)\n\nUnited Nations • New York, 2020\n\nE/2020/28 E/CN.7/2020/15\n\nNote\n\nSymbols of "
              "United Nations documents are composed of letters combined with figures. Mention of such a symbol "
              "indicates a reference to a United Nations document.\n")
    assert not any("Official Records" in t for t in _titles(report))
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / "FCCC_CP_1997_1_Add.1_nosymbol.txt").read_text(encoding="utf-8")
    note = dev[dev.index("\n\n") + 2:dev.index("\n", dev.index("\n1. ") + 1) + 1]  # its cover and first paragraph
    _, cover = cover_of(note)
    assert cover.title is None and [k.text for k in cover.kind_lines] == ["Note by the Executive Secretary"]


def test_an_executive_session_is_dated_but_never_numbered() -> None:
    """The Trade and Development Board numbers its executive sessions apart from its regular ones:
    TD/B/EX(15)/1 ("Fifteenth executive session Geneva, 20 June 1997", flattened) and the Board's
    forty-sixth executive session (tests/ingest_eval/dev/TD_B_EX46_2009_nosymbol.txt, "Forty-sixth
    executive session / Geneva, 27 March 2009"). Their venue and date are the session's (they were
    left out, or the date read as the distribution date); their number is never the session's (the
    46th or 15th regular session is another), nor one guessed from the prose ("the fifty-fifth
    session of the Board")."""
    _, cover = cover_of(TD_B_EX15_1)
    assert cover.session_number is None and cover.executive
    assert cover.venue == "Geneva" and cover.dates is not None
    assert (cover.dates.start, cover.dates.end) == (date(1997, 6, 20), date(1997, 6, 20))
    assert cover.distribution_date == date(1997, 5, 1)
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / "TD_B_EX46_2009_nosymbol.txt").read_text(encoding="utf-8")
    result = ingest_bytes(dev.encode(), "TD_B_EX46_2009_nosymbol.txt", registry())
    g = result.graph
    sessions = set(g.objects(result.document, MG.forSession))
    assert len(sessions) == 1
    session = sessions.pop()
    assert {str(d) for d in g.objects(session, MG.startDate)} == {"2009-03-27"}
    assert {str(v) for v in g.objects(session, MG.venue)} == {"Geneva"}
    assert list(g.objects(session, MG.sessionNumber)) == []
    assert {str(d) for d in g.objects(result.document, MG.distributionDate)} == {"2009-03-19"}


def test_the_session_s_venue_from_the_first_paragraph() -> None:
    """CAT/C/51/1 (tests/ingest_eval/dev/CAT_C_51_1.txt) prints no venue on its cover; its first
    paragraph says "The fifty-first session of the Committee against Torture ... will be held at the
    United Nations Office at Geneva". The venue of the document's own session (the ordinal agrees
    with the cover's), never of a session the prose merely recalls."""
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / "CAT_C_51_1.txt").read_text(encoding="utf-8")
    result = ingest_bytes(dev.encode(), "CAT_C_51_1.txt", registry())
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    assert {str(v) for v in result.graph.objects(session, MG.venue)} == {"Geneva"}
    other = dev.replace("1.The fifty-first session", "1.The fiftieth session", 1)  # another session's venue
    result = ingest_bytes(other.encode(), "CAT_C_51_1.txt", registry())
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    assert list(result.graph.objects(session, MG.venue)) == []


def test_a_reissue_date_after_the_session_line_is_not_the_session_s() -> None:
    """A/65/L.78 (English/Arabic bitext, tests/ingest_eval/dev/A_65_L.78_en-ar.txt): "Sixty-fifth
    session" then, after the Arabic column, "Reissued for technical reasons on 16 June 2011": the
    General Assembly's sixty-fifth session was dated 16 June 2011 to 16 June 2011. Only a venue (and
    the body's name) may stand between a session line and its dates: UNEP/GC.23/11's cover lines
    (UNEP_GC_23_11 above), joined onto one line here, keep theirs."""
    head = masthead_of("A/65/L.78*A/65/L.78*\nGeneral Assemblyالجمعية العامة\nDistr.: LimitedDistr.: Limited\n"
                         "Sixty-fifth sessionالدورة الخامسة والستون\nReissued for technical reasons on 16 June 2011."
                         "البندان 13 و 115 من جدول الأعمال\n")
    assert head.session_number == 65 and head.dates is None
    head = masthead_of("Distr.: General 7 April 2005 Original: English Twenty-third session of the Governing "
                         "Council/ Global Ministerial Environment Forum Nairobi, 21–25 February 2005 Agenda item 12")
    assert head.dates is not None and (head.dates.start, head.dates.end) == (date(2005, 2, 21), date(2005, 2, 25))


def test_a_cover_glued_into_one_line_after_a_web_page_s_own_lines() -> None:
    """The Human Rights Council's agenda for its thirty-sixth session as stored (fdocuments.us;
    tests/ingest_eval/dev/HRC_36_agenda_nosymbol.txt): after the page's own lines (its title run on
    into "... Web view9.Racism, racial discrimination,..."), "Human Rights CouncilThirty-sixth
    session11-29 September 2017Agenda item 1Organizational and procedural matters" on one line, then
    "Agenda and annotations". The text was read with no body, session or title at all."""
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / "HRC_36_agenda_nosymbol.txt").read_text(encoding="utf-8")
    source, cover = cover_of(dev)
    assert cover.session_number == 36
    assert cover.dates is not None and (cover.dates.start, cover.dates.end) == (date(2017, 9, 11), date(2017, 9, 29))
    assert source.clean[cover.dates.span[0]:cover.dates.span[1]] == "11-29 September 2017"
    assert cover.item is not None and cover.item.notations == ["1"]
    assert cover.item.title is not None and cover.item.title.text == "Organizational and procedural matters"
    assert cover.title is not None and cover.title.text == "Agenda and annotations"
    assert [b.text for b in cover.body_lines] == ["Human Rights Council"]
    result = ingest_bytes(dev.encode(), "HRC_36_agenda_nosymbol.txt", registry())
    g = result.graph
    assert result.kind == "agenda"
    session = next(iter(g.objects(result.document, MG.forSession)))
    assert {str(b) for b in g.objects(session, MG.ofBody)} == {"https://w3id.org/mandategraph/id/body/hrc"}
    # "the Human Rights Council will hold its thirty-sixth session ... at the United Nations Office at Geneva"
    assert {str(v) for v in g.objects(session, MG.venue)} == {"Geneva"}


def test_the_venue_of_a_report_s_session_from_its_own_words() -> None:
    """E/2007/28/Rev.1-E/CN.7/2007/16/Rev.1 (docslib.org/doc/9407225; tests/ingest_eval/dev/): the
    title's dates are several sittings and no venue is on the cover; the contents say "Report of the
    Commission on Narcotic Drugs on its fiftieth session, held in Vienna on 17 March 2006 and 12-16
    March 2007": the session's venue (its dates, several sittings, are not taken)."""
    name = "E_2007_28_Rev.1_E_CN.7_2007_16_Rev.1.txt"
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / name).read_text(encoding="utf-8")
    result = ingest_bytes(dev.encode(), name, registry())
    session = next(iter(result.graph.objects(result.document, MG.forSession)))
    assert {str(v) for v in result.graph.objects(session, MG.venue)} == {"Vienna"}
    assert list(result.graph.objects(session, MG.startDate)) == []


@pytest.mark.parametrize(("name", "title", "body", "venue"), [
    # the Governing Council's name over three lines, "/" column marks before the symbol and "Distr."
    ("HSP_GC_20_1_Add.1.txt", "Annotations to the provisional agenda, including organization of work",
     "Governing Council of the United Nations Human Settlements Programme", "Nairobi"),
    # "CONVENTION ON / BIOLOGICAL DIVERSITY", "[ADVANCE COPY]", "Buenos Aires, Argentina" / "4 to 15 November 1996"
    ("UNEP_CBD_COP_3_1_Add.1.txt", "ANNOTATED PROVISIONAL AGENDA",
     "CONFERENCE OF THE PARTIES TO THE CONVENTION ON BIOLOGICAL DIVERSITY", "Buenos Aires"),
])
def test_names_wrapped_over_cover_lines_are_never_the_title(name: str, title: str, body: str, venue: str) -> None:
    """HSP/GC/20/1/Add.1 (docest.com/doc/449965) and UNEP/CBD/COP/3/1/Add.1 (enb.iisd.org), stored
    texts in tests/ingest_eval/dev/: a body's name or a treaty's title wrapped over short lines, a
    bracketed status, a venue on its own line above the dates. Their pieces were taken for the title
    ("/ HSP/GC/20/1/Add.1", "CONVENTION ON"; then dropped as printed before the symbol) and the real
    title lost; "Buenos Aires, Argentina" would have been the title."""
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / name).read_text(encoding="utf-8")
    _, cover = cover_of(dev)
    assert cover.title is not None and cover.title.text == title
    assert body in [b.text for b in cover.body_lines]
    assert cover.venue == venue
    result = ingest_bytes(dev.encode(), name, registry())
    assert result.kind == "agenda"
    assert {str(t) for t in result.graph.objects(result.document, DCTERMS.title)} == {title}


def test_a_wrapped_treaty_title_takes_no_line_beyond_its_end() -> None:
    """UNEP/CBD/COP/3/1/Add.1 (enb.iisd.org): "CONVENTION ON" / "BIOLOGICAL DIVERSITY" is the
    treaty's title, the symbol line under it is not part of it; and a body's name alone on its line
    above the session's dates is not a venue (a made variant of the same cover)."""
    dev = (ROOT / "tests" / "ingest_eval" / "dev" / "UNEP_CBD_COP_3_1_Add.1.txt").read_text(encoding="utf-8")
    _, cover = cover_of(dev)
    assert [t.text for t in cover.treaty_lines] == ["CONVENTION ON BIOLOGICAL DIVERSITY"]
    made = dev.replace("Buenos Aires, Argentina\n\n", "Conference of the Parties\n\n", 1)
    _, cover = cover_of(made)
    assert cover.venue is None or cover.venue != "Conference of the Parties"


def test_a_venue_before_a_month_alone_is_the_session_s_venue() -> None:
    """UNEP/EA.1/1/Add.1/Rev.1 (flattened; tests/ingest_eval/dev/UNEP_EA.1_1_Add.1_Rev.1.txt): "First
    session Nairobi, June 2014": the venue, though no day dates the session (and no dates are read)."""
    _, cover = cover_of(UNEP_EA_1_1_ADD_1)
    assert cover.session_number == 1 and cover.venue == "Nairobi" and cover.dates is None


@pytest.mark.parametrize("line", [
    "ORIGINAL:",  # A/BUR/52/1: the field's label on its own line, its value on the next
    "Original:",
    "Sixty- eight session",  # CRC/C/68/1: the session line, its number broken at a hyphen
    "Twelfth meeting",
    "CRC/C/1382 avril 2004",  # CRC/C/138: the symbol glued to the date by the copy
    "Tamaño: px Comenzar la demostración a partir de la página:",  # a document viewer's own line
])
def test_a_cover_field_is_never_a_title(line: str) -> None:
    from mandategraph.ingest.cover import bounded_title

    assert not bounded_title(line)
    assert bounded_title("Provisional agenda and annotations")


def test_dotted_item_numbers_and_local_item_words() -> None:
    """A dotted item number is one item ("Provisional agenda item 14.2", tests/ingest_eval/fresh/WHO_EB140_INF.3,
    was read as items 14 and 2), and the lexicons' item words read a flattened cover's heading in Spanish
    ("Punto 1.6 del orden del día provisional", tests/ingest_eval/blind/UNESCO_30_C_2_es) and Russian
    ("Пункт 4.5 повестки дня", tests/ingest_eval/fresh/IOC-XXI_2_Annex4_ru)."""
    from mandategraph.ingest.masthead import item_notations
    from mandategraph.ingest.patterns import LOCAL_ITEM_HEADING

    assert item_notations("14.2") == ["14.2"]
    assert item_notations("2 (c) and (f)") == ["2 (c)", "2 (f)"]
    for heading, printed in [("Punto 1.6 del orden del día provisional", "1.6"),
                             ("Пункт 4.5 повестки дня", "4.5"), ("Tema 65 del programa provisional", "65")]:
        m = LOCAL_ITEM_HEADING.search(heading)
        assert m is not None and next(v for k, v in m.groupdict().items() if v) == printed
