"""The ingester's hot spots rewritten for speed (issue 14's ingest: 200 corpus documents a second) must
read exactly what the forms they replace read: the date patterns led by look-aheads, word
alternations grouped by first letter, fold and the line table, the registry's copy and its search for
a body's name. Checked against the old forms, kept here, on every text of the repository (whole, line
by line and in windows) and on random strings made of the characters the patterns turn on."""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path

from mandategraph.ingest import dates, lexicon, registry, symbols, text
from mandategraph.ingest.registry import Registry, norm

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(
    {*ROOT.glob("data/sources/*.txt"), *ROOT.glob("tests/ingest_eval/dev/*.txt"),
     *ROOT.glob("tests/fixtures/**/*.txt")})]


def _random(alphabet: list[str], count: int = 3000, seed: int = 20261201) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def _pieces() -> list[str]:
    out = list(TEXTS)
    for t in TEXTS:
        out += t.split("\n")
        out += [t[i:i + 300] for i in range(0, len(t), 131)]
    return out


def _plain_alternation(words: object) -> str:
    """lexicon.alternation as it was: every word, longest first, in one alternation."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def test_grouped_alternations_match_what_the_plain_ones_match() -> None:
    lists = [lexicon.LOCAL_ORDINALS, lexicon.month_names("en", "es", "fr", "ru"), lexicon.month_names("ar"),
             lexicon.LOCAL_SESSION_WORDS, ["Sexto", "sexto período", "SEXTO", "séptimo", "Séptima", "sexta", "s", "se"]]
    for words in lists:
        grouped, plain = lexicon.alternation(words), _plain_alternation(words)
        assert grouped != plain  # a grouped form is really being compared
        alphabet = sorted({c for w in words for c in w} | {c.upper() for w in words for c in w}) + [" ", "-", "1"]
        samples = _pieces()[:4000] + _random(alphabet) + [" ".join(random.Random(7).sample(sorted(words), 5))]
        for flags in (0, re.IGNORECASE):
            g = re.compile(r"(?<!\w)(?P<w>" + grouped + r")", flags)
            p = re.compile(r"(?<!\w)(?P<w>" + plain + r")", flags)
            for s in samples:
                assert [m.span() for m in g.finditer(s)] == [m.span() for m in p.finditer(s)], (s, flags)


def test_an_alternation_of_few_or_unusual_words_is_left_plain() -> None:
    assert lexicon.alternation(["took note", "took"]) == _plain_alternation(["took note", "took"])
    odd = ["-a", "b", "c", "d", "e", "f", "g", "h", "i"]
    assert lexicon.alternation(odd) == _plain_alternation(odd)


def _old_ranges(s: str) -> list[tuple[object, ...]]:
    """dates.find_ranges with every pattern's leading look-ahead taken out and no year check."""
    unled = {name: re.compile(getattr(dates, name).pattern.replace(dates._STARTS_DAY_OR_FROM, "", 1)
                              .replace(dates._STARTS_MONTH, "", 1).replace(r"(?=\d)(?<!\d)", r"(?<!\d)", 1),
                              getattr(dates, name).flags)
             for name in ("_TWO_YEARS", "_TWO_MONTHS", "_SAME_MONTH", "_US_RANGE", "_SINGLE", "_ARABIC")}
    assert all(unled[n].pattern != getattr(dates, n).pattern for n in unled)
    saved = {n: getattr(dates, n) for n in unled}
    saved_year = dates._YEAR_DIGITS
    try:
        for n, pattern in unled.items():
            setattr(dates, n, pattern)
        dates._YEAR_DIGITS = re.compile("")  # finds something in every text: nothing is skipped
        return [(r.start, r.end, r.span) for r in dates._ranges.__wrapped__(s)]
    finally:
        for n, pattern in saved.items():
            setattr(dates, n, pattern)
        dates._YEAR_DIGITS = saved_year


def test_dates_read_with_look_aheads_are_the_dates_read_without() -> None:
    alphabet = list("0123456789 -–,.") + ["July ", "de ", "del ", "from ", "to ", "and ", "au ", "2013", "1999",
                                          "января ", "年", "月", "日", "تموز ", "Du ", "С ", "по "]
    samples = _pieces() + _random(alphabet, 2000)
    found = 0
    for s in samples:
        new = [(r.start, r.end, r.span) for r in dates.find_ranges(s)]
        assert new == _old_ranges(s), s
        found += len(new)
    assert found > 500


def test_fold_and_the_line_table_are_what_the_regular_expressions_gave() -> None:
    lines_re = re.compile(r"[^\n]*\n?")
    samples = TEXTS + ["", "\n", "a", "a\n", "\n\n  x  \n\t\n", "  \u2028 x\x0c\n y\x1c\u00a0", "x\r\ny\n\n"]
    samples += _random([" ", "\n", "\t", "\u00a0", "\u2028", "\x0c", "a", "b"], 2000)
    for s in samples:
        assert text.fold(s) == re.sub(r"\s+", " ", s).strip()
        old, pos = [], 0
        for m in lines_re.finditer(s):
            if not m.group(0):
                break
            raw = m.group(0).rstrip("\n")
            lead = len(raw) - len(raw.lstrip())
            old.append((pos + lead, pos + lead + len(raw.strip()), raw.strip()))
            pos = m.end()
        assert [(ln.start, ln.end, ln.text) for ln in text.lines(s)] == old, repr(s)


def test_the_registrys_copy_is_a_deep_copy() -> None:
    reg = Registry.load(ROOT / "data" / "curated")
    mine, deep = reg.copy(), copy.deepcopy(reg)
    assert mine == deep
    assert mine.agendas and mine.sessions_by_number
    mine.learn("ctoc-cop", 99, "2031-10-06", "2031-10-10")
    for session in mine.agendas.values():
        session.append(next(iter(mine.curated_sessions)))
    assert reg == deep and mine != reg


def test_a_body_is_found_where_the_old_search_found_it() -> None:
    reg = Registry.load(ROOT / "data" / "curated")

    def old_named(t: str) -> str | None:
        low, best = norm(t), None
        for name, slug in reg.names.items():
            m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low)
            if m and (best is None or (m.start(), -len(name), slug) < best):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    samples = [s for t in TEXTS for s in t.split("\n")] + [t[:3000] for t in TEXTS]
    hits = 0
    for s in samples:
        assert reg.body_named(s) == old_named(s), s
        hits += reg.body_named(s) is not None
    assert hits > 50


def test_citations_found_without_scanning_texts_that_lack_a_patterns_words() -> None:
    from mandategraph.ingest import citations

    samples = _pieces() + [s.text for t in TEXTS for s in text.sentences(t)]
    samples += _random(["resolution ", "Decision ", "decisions ", "6/3", " of ", "paragraph 2 ", "article 5 ",
                        "rule 3 ", "rules of procedure", "RECOMMENDATION", "recommendatıon ", "agreed", ", ",
                        "14/CP.1", "IDB.50/Dec.11", "General Assembly ", "At its meeting held on 8 May 2013, the "],
                       3000)
    guarded = [citations.find_citations(s) for s in samples]
    scan = citations._scan
    try:
        citations._scan = lambda pattern, s: pattern.finditer(s)
        plain = [citations.find_citations(s) for s in samples]
    finally:
        citations._scan = scan
    assert guarded == plain
    assert sum(map(len, plain)) > 1000 and len(citations._NEEDED) >= 10


_OLD_SCRIPTS = tuple((code, re.compile(f"[{ranges}]")) for code, ranges in
                     (("ru", "\u0400-\u04ff"), ("ar", "\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc"),
                      ("zh", "\u4e00-\u9fff")))


def _old_detect_language(sample_text: str) -> str:
    """text.detect_language as it was: every script's characters found one by one, the stopwords
    counted in the text made lower case with every run of other characters one space."""
    sample = sample_text[:20000]
    letters = sum(map(len, re.findall(r"[^\W\d_]+", sample)))
    if letters < 3:
        return "und"
    for code, script in _OLD_SCRIPTS:
        if len(script.findall(sample)) > letters / 4:
            return code
    low = " " + re.sub(r"[^\w]+", " ", sample.lower()) + " "
    scores = {code: sum(low.count(w) for w in words) for code, words in text._STOPWORDS.items()}
    best = max(sorted(scores), key=lambda k: scores[k])
    return best if scores[best] > 0 else "und"


def test_the_language_is_what_the_old_count_of_scripts_and_stopwords_gave() -> None:
    words = [w.strip() for ws in text._STOPWORDS.values() for w in ws]
    alphabet = [*words, *words, "x", "le le", "de la", "И", "ا", "中", "1", "_", " ", "  ", ".", "é", "\u2028"]
    rng = random.Random(11)
    samples = _pieces() + [" ".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    samples += [" ".join(["the"] * n + ["de"] * m) for n in range(6) for m in range(6)]
    seen = set()
    for s in samples:
        assert text.detect_language(s) == _old_detect_language(s), s
        seen.add(text.detect_language(s))
    assert {"en", "es", "fr", "ru", "ar", "zh", "und"} <= seen  # every answer was compared


def _same_matches(new: re.Pattern[str], old: re.Pattern[str], samples: list[str]) -> None:
    assert new.pattern != old.pattern  # a rewritten form is really being compared
    for s in samples:
        assert [m.span() for m in new.finditer(s)] == [m.span() for m in old.finditer(s)], s
        assert (new.fullmatch(s) is None) == (old.fullmatch(s) is None), s
        for at in (1, 7):
            found, was = new.search(s, at), old.search(s, at)
            assert (found and found.span()) == (was and was.span()), (s, at)


def test_symbols_led_by_their_first_capital_are_the_symbols_found_before() -> None:
    heads = symbols.irregular_heads()
    assert heads  # the listed series are really compared too
    listed = r"(?:" + "|".join(heads) + r")" + symbols.IRREGULAR_SEGMENTS + "|"
    old = re.compile(r"(?:(?<=[" + symbols._CJK + r"])|(?<![\w/.&]))(?<![A-Za-z]-)(?:" + listed
                     + r"[A-Z]{1,8}(?:\.\d+)?" + symbols._PARENTHESISED
                     + r"(?:/" + symbols._SEGMENT + r")+" + symbols.SPACED_REVISION + r"*)(?![^\W" + symbols._CJK
                     + r"]|[/&])")
    alphabet = [*"ACEOPSTWXabc0123/.-&() *", "联", "大", "\u3000", "CTOC/", "COP", "WG.", "2013/", "Rev.1", "(S-XXIII)",
                "EB140", "/INF./3", "WPR/RC71", "UNEP/OzL.Pro.27", "/Add.1", "-"]
    samples = _pieces() + _random(alphabet, 6000) + ["EB140/INF./3", "WPR/RC71/9", "UNEP/OzL.Pro.27/1/Add.1"]
    _same_matches(symbols.SYMBOL, old, samples)
    assert symbols.SYMBOL.fullmatch("UNEP/OzL.Pro.27/1/Add.1")


def test_an_agenda_heading_with_its_first_mark_is_looked_for_only_in_lines_ending_in_it() -> None:
    from mandategraph.ingest import agenda_layout

    samples = _pieces() + _random([*"I. 1\n\t a", "Agenda", "1.", " 1.\n", ": a)", ": (a)", ")\n"], 4000)
    for s in samples:
        assert s.endswith(("1.", "1.\n")) or agenda_layout._MARK_AFTER_HEADING.search(s) is None, s
        assert s.endswith((")", ")\n")) or agenda_layout._SUBMARK_AFTER_COLON.search(s) is None, s
    assert agenda_layout._heading_and_mark(text.Span(0, 26, "I. Provisional Agenda 1.")) == [
        text.Span(0, 21, "I. Provisional Agenda"), text.Span(22, 26, "1.")]


def test_footnote_marks_led_by_their_first_character_are_the_marks_found_before() -> None:
    letters = r"[a-z\u00e0-\u00ff\u0430-\u044f)”\"’]"
    glued = re.compile(r"(?<=" + letters + r")(?:\d{1,2}|\(\d{1,2}\))(?=[\s,.;:)]|$)", re.MULTILINE)
    stars = re.compile(r"(?<=[^\s*])\*{1,3}(?=[\s,.;:)]|$)", re.MULTILINE)
    alphabet = [*"az\u00e9\u044f)”\"’(1234567890 \n\t,.;:*", "(1)", "**", "***", "****"]
    samples = _pieces() + _random(alphabet, 6000)
    _same_matches(text._FOOTNOTE_GLUED, glued, samples)
    _same_matches(text._STARS, stars, samples)


def test_action_words_led_by_their_first_letters_are_the_words_found_before() -> None:
    from mandategraph.ingest import citations

    old = re.compile(r"\b(" + "|".join(sorted(citations.ACTIONS, key=len, reverse=True)) + r")\b", re.I)
    alphabet = [*sorted(citations.ACTIONS), *"aAtT nN.,\n", "TOOK NOTE", "Noted", "notesx", "ſ", "İ"]
    _same_matches(citations._ACTION, old, _pieces() + _random(alphabet, 4000))


def test_a_cover_line_without_session_words_holds_no_glued_session_line() -> None:
    from mandategraph.ingest import cover

    words = ["session", "Session", "sesión", "réunion", "сессия", "période", "período de sesiones", "meeting"]
    alphabet = [*words, "Thirty-ninth", "Trente\u2011sixième", "Sexto", "Шестая", "NINTH", "ENFANT", " ", "x"]
    for s in _pieces() + _random(alphabet, 4000):
        for pattern, ending in ((cover._GLUED_SESSION, cover._SESSION_WORD),
                                (cover._GLUED_LOCAL_SESSION, cover._LOCAL_SESSION_WORD)):
            assert ending.search(s) or pattern.search(s) is None, s
    assert cover._GLUED_LOCAL_SESSION.search("L’ENFANTTrente\u2011sixième sessionGenève")  # really compared


def test_titles_lose_the_same_contents_and_job_number_tails_as_before() -> None:
    from mandategraph.ingest import agenda_layout as al

    def old_entry(printed: str) -> str:
        title = al._RUN_ON_SUBITEMS.sub("", al._JOB_TAIL.sub("", al._CONTENTS_TAIL.sub("", printed)))
        # and since the fifth round, a footnote's number glued to the last word ("... of the agenda2")
        return text.clean_title(al._GLUED_NOTE.sub("", al._FOOTNOTE_MARK.sub("", title)))

    alphabet = [*"ab :.\t1234–-", " ....", ". . .", "GE.04-52176 (E)", " GE (S)", "page 2", ": (a)", " I 1 :",
                "A/HRC/9/1"]
    samples = [ln.strip() for ln in _pieces()] + _random(alphabet, 6000)
    for s in samples:
        assert al._entry_title(s) == old_entry(s), s
        assert al._bare(s) == al._JOB_TAIL.sub("", al._CONTENTS_TAIL.sub("", s)).rstrip(), s
    assert al._bare("Adoption .... 1 - 2 4 GE.04-52176 (E)") == "Adoption"  # both tails really cut


def test_a_line_table_is_kept_for_the_texts_of_a_batch_and_forgotten_oldest_first() -> None:
    many = [f"line {i}\n  second {i}  \n" for i in range(text._LINE_TABLES + 5)]
    first = text._line_table(many[0])
    assert text._line_table(many[0]) is first  # kept: made once
    for t in many[1:]:
        text._line_table(t)
    assert many[0] not in text._kept.tables and many[-1] in text._kept.tables  # the oldest forgotten
    assert len(text._kept.tables) <= text._LINE_TABLES
    assert text._kept.chars == sum(map(len, text._kept.tables))
    assert text.lines(many[0]) == [text.Span(0, 6, "line 0"), text.Span(9, 17, "second 0")]  # made again alike


def test_names_and_iri_segments_fold_white_space_as_the_regular_expressions_did() -> None:
    import unicodedata

    from mandategraph import iri

    def old_digits(s: str) -> str:
        return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None
                       else c for c in s)

    spaces = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b"]
    samples = _pieces()[:3000] + _random([*spaces, "a", "’", "Б", "٣", "３", "1", "/"], 4000)
    for s in samples:
        assert norm(s) == re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower(), repr(s)
        assert iri.ascii_digits(s) == old_digits(s), repr(s)
        assert "".join(s.split()) == re.sub(r"\s+", "", s), repr(s)


def test_a_case_blind_guard_rules_out_only_windows_without_its_words() -> None:
    import sys

    from mandategraph.ingest import patterns

    # every letter re.IGNORECASE matches with an ASCII letter that str.lower does not make that letter is listed
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(c) for c in range(sys.maxunicode + 1) if letter.fullmatch(chr(c)) and not (
        len(chr(c).lower()) == 1 and "a" <= chr(c).lower() <= "z")}
    assert odd == set(patterns._CASE_ODD)
    for word in ("regular", "ordina", "session"):
        blind = re.compile(word, re.IGNORECASE)
        for s in [word, word.upper(), word.title(), word.replace("i", "\u0130"), word.replace("s", "\u017f"),
                  *_random(sorted(set(word + word.upper())) + [" ", "\u0131", "\u0130", "\u017f"], 2000)]:
            assert patterns.may_hold(s, (word,)) or blind.search(s) is None, s


def test_a_session_numbered_within_its_year_is_looked_for_only_where_its_words_are() -> None:
    from mandategraph.ingest import patterns
    from mandategraph.ingest.document import SESSION_OF_YEAR, SESSION_OF_YEAR_WORDS

    samples = _pieces() + [ex.text for ex in patterns.REGISTRY["document.session_of_year"].examples]
    samples += _random(["First ", "first", "Regular ", "REGULAR ", "session ", "Session ", "of the Executive Board",
                        "2004 ", "Première ", "session ", "ordinaire ", "de ", "8-11 février ", "Primer ",
                        "período ", "ordinario ", "de sesiones ", "\u0130", ", ", "2010", "First regular session ",
                        "Première session ordinaire ", "Primer período ordinario de sesiones de "], 3000)
    found = 0
    for s in samples:
        for end in (len(s), len(s) // 2):
            plain = SESSION_OF_YEAR.search(s, 0, end)
            assert (plain is None) or patterns.may_hold(s, SESSION_OF_YEAR_WORDS, 0, end), s
            found += plain is not None
    assert found > 50


def test_a_body_named_or_fully_named_is_what_the_search_of_every_name_gave() -> None:
    from mandategraph.ingest.registry import _names_in, _owned

    reg = Registry.load(ROOT / "data" / "curated").with_series()

    def old_identifies(name: str) -> bool:
        return not set(norm(name).split()) <= registry.GENERIC_ORGAN_WORDS

    def old_named(t: str, identifying: bool, owner_only: bool) -> str | None:
        low, best = norm(t), None
        for name, slug in reg.names.items():
            if identifying and not old_identifies(name):
                continue
            m = next((x for x in _names_in(name, low) if not (owner_only and _owned(low, x))), None)
            if m and (best is None or (m.start(), -len(name), slug) < best):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    def old_fully(t: str, curated_only: bool, owner_only: bool) -> str | None:
        low, best = norm(t), None
        for slug, label in reg.labels.items():
            if curated_only and slug not in reg.curated_bodies:
                continue
            name = norm(label)
            m = next((x for x in _names_in(name, low) if not (owner_only and _owned(low, x))), None)
            if m and (best is None or (m.start(), -len(name), slug) < best):
                best = (m.start(), -len(name), slug)
        return best[2] if best else None

    samples = sorted({s for t in TEXTS for s in t.split("\n") if s.strip()}) + [t[:3000] for t in TEXTS]
    samples += list(reg.names)
    hits = 0
    for s in samples:
        for a in (False, True):
            for b in (False, True):
                assert reg.body_named(s, identifying=a, owner_only=b) == old_named(s, a, b), (s, a, b)
                assert reg.body_fully_named(s, curated_only=a, owner_only=b) == old_fully(s, a, b), (s, a, b)
                hits += reg.body_fully_named(s, curated_only=a, owner_only=b) is not None
        assert registry.identifies(s) == old_identifies(s)
    assert hits > 100


def test_a_documents_body_is_asked_again_only_under_another_registry() -> None:
    from mandategraph.ingest import _document

    reg = Registry.load(ROOT / "data" / "curated")
    for path in sorted(ROOT.glob("data/sources/*.txt"))[:8]:
        doc = _document(path.read_bytes(), path.name, reg, None)
        first = doc.body()
        assert doc.body() is first  # remembered for this registry
        doc.registry = reg.copy()
        again = doc.body()
        assert again == first and doc.__dict__["_per_registry_body"][0] is doc.registry  # asked again
        assert again == type(doc).body.__wrapped__(doc)  # type: ignore[attr-defined]
