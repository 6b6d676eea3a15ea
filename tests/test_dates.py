"""Dates in every form the genre prints them."""

from __future__ import annotations

from datetime import date

import pytest

from mandategraph.ingest.dates import day_in_year, find_ranges, first_range, time_span


@pytest.mark.parametrize(("text", "start", "end"), [
    ("11-13 November 2013", date(2013, 11, 11), date(2013, 11, 13)),
    ("2 and 3 May 2018", date(2018, 5, 2), date(2018, 5, 3)),
    ("9 – 13 September 2013", date(2013, 9, 9), date(2013, 9, 13)),
    ("26–30 July 2004", date(2004, 7, 26), date(2004, 7, 30)),
    ("from 10 to 14 December 2006", date(2006, 12, 10), date(2006, 12, 14)),
    ("1 July 2013", date(2013, 7, 1), date(2013, 7, 1)),
    ("30 May to 1 June 2012", date(2012, 5, 30), date(2012, 6, 1)),
    ("from 28 June to 8 July 2004", date(2004, 6, 28), date(2004, 7, 8)),
    ("on 6 and 7 June 2018", date(2018, 6, 6), date(2018, 6, 7)),
    ("Sharm el-Sheikh, Egypt, 13‑17 December 2021", date(2021, 12, 13), date(2021, 12, 17)),
    ("28 December 2010 to 2 January 2011", date(2010, 12, 28), date(2011, 1, 2)),
    ("November 11-13, 2013", date(2013, 11, 11), date(2013, 11, 13)),
    ("2 de diciembre de 2010", date(2010, 12, 2), date(2010, 12, 2)),
    ("celebrado en Viena del 18 al 22 de octubre de 2010", date(2010, 10, 18), date(2010, 10, 22)),
    ("du 10 au 14 décembre 2006", date(2006, 12, 10), date(2006, 12, 14)),
    ("1er juillet 2013", date(2013, 7, 1), date(2013, 7, 1)),
    ("Вена, 27-29 января 2010 года", date(2010, 1, 27), date(2010, 1, 29)),
    ("30 мая – 1 июня 2012 года", date(2012, 5, 30), date(2012, 6, 1)),
    ("2013年7月1日", date(2013, 7, 1), date(2013, 7, 1)),
])
def test_printed_forms(text: str, start: date, end: date) -> None:
    r = first_range(text)
    assert r is not None and (r.start, r.end) == (start, end)


def test_spans_point_at_the_printed_date() -> None:
    text = "Vienna, 11-13 November 2013"
    [r] = find_ranges(text)
    assert text[r.span[0]:r.span[1]] == "11-13 November 2013"


def test_several_dates_in_order() -> None:
    found = find_ranges("resolutions 5/1 of 22 October 2010, 6/1 of 19 October 2012")
    assert [r.start for r in found] == [date(2010, 10, 22), date(2012, 10, 19)]


@pytest.mark.parametrize("text", ["31 February 2013", "May 2018", "page 12 of 2013",
                                  "resolution 6/3", "the 1st meeting"])
def test_not_dates(text: str) -> None:
    assert find_ranges(text) == []


def test_days_without_a_year() -> None:
    assert day_in_year("Monday, 11 November", 2013) == date(2013, 11, 11)
    assert day_in_year("Tuesday, 6 September | Official", 2022) == date(2022, 9, 6)
    assert day_in_year("no day here", 2013) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("10 a.m.-1 p.m.", ("10:00", "13:00")), ("3-6 p.m.", ("15:00", "18:00")),
    ("3–6 p.m.", ("15:00", "18:00")), ("11-1 p.m.", ("11:00", "13:00")), ("9.30 a.m.-12 noon", ("09:30", "12:00")),
    ("Item 2", None), ("25-26 p.m.", None),
])
def test_time_spans(text: str, expected: tuple[str, str] | None) -> None:
    assert time_span(text) == expected
