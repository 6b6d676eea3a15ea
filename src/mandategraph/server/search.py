"""Search by symbol and by words: a full-text index (SQLite FTS5) built over the served build's
texts when the build is loaded: symbols, titles, names, quotes, annotations and notes.

A query is split into words (letters and digits; ``CTOC/COP/WG.7/2013/1`` is the words ``ctoc cop
wg 7 2013 1``), every word must occur in one text, in any order, the last one also as a prefix;
accents and case do not matter. Hits are ranked by BM25, one per resource (its best-matching text)."""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass

WORD = re.compile(r"\w+", re.UNICODE)
LIMIT = 50


@dataclass(frozen=True)
class Hit:
    subject: str
    field: str  # the property the text is the value of
    snippet: str  # the text with the matched words between \x02 and \x03


class SearchIndex:
    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute("CREATE VIRTUAL TABLE texts USING fts5(subject UNINDEXED, field UNINDEXED, "
                         "lang UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')")
        self._db.executemany("INSERT INTO texts (subject, field, body, lang) VALUES (?, ?, ?, ?)",
                             rows)
        self._db.commit()
        self.size = len(rows)

    @staticmethod
    def expression(text: str) -> str | None:
        words = WORD.findall(text.casefold())[:32]
        if not words:
            return None
        quoted = [f'"{w}"' for w in words]
        quoted[-1] += " *"
        return " AND ".join(quoted)

    def search(self, text: str, limit: int = LIMIT) -> list[Hit]:
        expression = self.expression(text)
        if expression is None:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT subject, field, snippet(texts, 3, char(2), char(3), '…', 24) FROM texts "
                "WHERE texts MATCH ? ORDER BY bm25(texts) LIMIT ?", (expression, limit * 4)).fetchall()
        hits, seen = [], set()
        for subject, field, snippet in rows:  # best first: one hit per resource, its best text
            if subject in seen:
                continue
            seen.add(subject)
            hits.append(Hit(subject, field, snippet))
        return hits[:limit]
