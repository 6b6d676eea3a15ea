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
    head = read_masthead(text)
    assert [s.text for s, _ in head.symbols] == ["CTOC/COP/2020/1"]
    assert head.distribution_date == date(2020, 7, 20)


def test_a_session_recalled_in_prose_is_not_the_session_line() -> None:
    text = ("United Nations CTOC/COP/WG.4/2010/4 Distr.: General 9 December 2009 Original: English "
            "At its fourth session, held in Vienna from 8 to 17 October 2008, the Conference decided ...")
    head = read_masthead(text)
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
    head = read_masthead(text)
    assert [s.text for s, _ in head.symbols] == ["CTOC/COP/2018/2"]
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
