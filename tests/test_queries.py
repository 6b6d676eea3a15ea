"""The named queries of queries/: headers, parameters, README, and golden answers on the edge-case
fixture graph and on the built repository graph (restricted to the 2013 WG.7 agenda by parameters).

Golden files are real answers, read once against the fixture and the agenda text, and compared as
sets of rows. After a deliberate change: MANDATEGRAPH_REGEN_GOLDEN=1 pytest tests/test_queries.py,
then review `git diff tests/golden/queries/`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph import query
from mandategraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "queries"
ID = "https://w3id.org/mandategraph/id/"
REGEN = os.environ.get("MANDATEGRAPH_REGEN_GOLDEN") == "1"

# (golden file stem, query, params) on the edge-case fixture graph
FIXTURE_CASES = [
    ("fixture-mandate-chain-two-paths", "mandate-chain", {"item": ID + "session/fix-wg/2/item/2"}),
    ("fixture-mandate-chain-cycle", "mandate-chain", {"item": ID + "session/fix-wg/2/item/4"}),
    ("fixture-items-without-grounding", "items-without-grounding", {"agenda": "FIX/WG"}),
    ("fixture-items-grounded-by-ctoc-6-3", "items-grounded-by",
     {"mandate": ID + "resolution/ctoc-cop/6/3", "agenda": ""}),
    ("fixture-items-grounded-by-cac-6-3", "items-grounded-by",
     {"mandate": ID + "resolution/cac-cosp/6/3", "agenda": ""}),
    ("fixture-recommendations-of-meeting", "recommendations-of-meeting",
     {"meeting": ID + "session/fix-wg/1"}),
    ("fixture-recommendations-never-acted-on", "recommendations-never-acted-on",
     {"body": ID + "body/fix-wg"}),
    ("fixture-bodies-established-ctoc", "bodies-established", {"adoptedBy": ID + "body/ctoc-cop"}),
    ("fixture-bodies-established-cac", "bodies-established", {"adoptedBy": ID + "body/cac-cosp"}),
    ("fixture-session-timeline", "session-timeline", {"body": ID + "body/fix-wg"}),
    ("fixture-documents-per-item", "documents-per-item", {"agenda": "FIX/WG/2021/1"}),
    ("fixture-continuing-resolutions", "continuing-resolutions",
     {"mandate": ID + "resolution/ctoc-cop/6/3"}),
    ("fixture-continuing-resolutions-cycle", "continuing-resolutions",
     {"mandate": ID + "resolution/ctoc-cop/9/1"}),
    ("fixture-disputed-and-unverified", "disputed-and-unverified", {"subject": ""}),
    ("fixture-documents-citing", "documents-citing",
     {"mandate": ID + "resolution/ctoc-cop/6/3", "document": ""}),
    ("fixture-session-changes", "session-changes",
     {"earlier": ID + "session/fix-wg/1", "later": ID + "session/fix-wg/2"}),
    ("fixture-mandates-grounding-most-items", "mandates-grounding-most-items",
     {"agenda": "FIX/WG/2021/1"}),
]

# on the built repository graph, each restricted to the 2013 WG.7 agenda by its parameters
AGENDA = "CTOC/COP/WG.7/2013/1"
BUILT_CASES = [
    ("built-mandate-chain-item-2", "mandate-chain", {"item": ID + "session/ctoc-cop-wg7/2/item/2"}),
    ("built-mandate-chain-item-4", "mandate-chain", {"item": ID + "session/ctoc-cop-wg7/2/item/4"}),
    ("built-items-without-grounding", "items-without-grounding", {"agenda": AGENDA}),
    ("built-items-grounded-by-6-3", "items-grounded-by",
     {"mandate": ID + "resolution/ctoc-cop/6/3", "agenda": AGENDA}),
    ("built-documents-per-item", "documents-per-item", {"agenda": AGENDA}),
    ("built-disputed-and-unverified", "disputed-and-unverified",
     {"subject": ID + "session/ctoc-cop-wg7/2/"}),
    ("built-documents-citing-6-3", "documents-citing",
     {"mandate": ID + "resolution/ctoc-cop/6/3", "document": AGENDA}),
    ("built-mandates-grounding-most-items", "mandates-grounding-most-items", {"agenda": AGENDA}),
]


def rows_of(store: ox.Store, name: str, params: dict[str, str]) -> list[dict[str, str]]:
    result = query.run(store, query.find(name), params)
    return [{k: v.n3() for k, v in row.items()} for row in result.rows]


def as_set(rows: list[dict[str, str]]) -> set[frozenset[tuple[str, str]]]:
    return {frozenset(r.items()) for r in rows}


def check_golden(stem: str, name: str, params: dict[str, str], rows: list[dict[str, str]]) -> None:
    path = GOLDEN / f"{stem}.json"
    if REGEN:
        ordered = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
        path.write_text(json.dumps({"query": name, "params": params, "rows": ordered}, indent=1,
                                   ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {path.name}")
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert (golden["query"], golden["params"]) == (name, params)
    assert as_set(rows) == as_set(golden["rows"])


@pytest.mark.parametrize(("stem", "name", "params"), FIXTURE_CASES, ids=[c[0] for c in FIXTURE_CASES])
def test_golden_on_fixture(edge_store: ox.Store, stem: str, name: str, params: dict[str, str]) -> None:
    check_golden(stem, name, params, rows_of(edge_store, name, params))


@pytest.mark.parametrize(("stem", "name", "params"), BUILT_CASES, ids=[c[0] for c in BUILT_CASES])
def test_golden_on_built_graph(store: ox.Store, stem: str, name: str, params: dict[str, str]) -> None:
    check_golden(stem, name, params, rows_of(store, name, params))


def test_every_query_has_a_fixture_golden() -> None:
    names = {q.name for q in query.named_queries()}
    assert len(names) >= 12
    assert names == {c[1] for c in FIXTURE_CASES}
    assert {p.stem for p in GOLDEN.glob("*.json")} == {c[0] for c in FIXTURE_CASES + BUILT_CASES}


def projection(text: str) -> set[str]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\b(.*?)\bWHERE\b", body, re.S | re.I)
    assert m, "no SELECT ... WHERE"
    clause = m.group(1)
    aliases = set(re.findall(r"\bAS\s+\?(\w+)", clause, re.I))
    while "(" in clause:  # drop expressions, innermost first: (COUNT(?b) AS ?n) projects ?n only
        clause = re.sub(r"\([^()]*\)", " ", clause)
    return set(re.findall(r"\?(\w+)", clause)) | aliases


@pytest.mark.parametrize("named", query.named_queries(), ids=lambda q: q.name)
def test_header_and_projected_parameters(named: query.NamedQuery) -> None:
    assert named.title and named.question.endswith(("?", ")", "."))
    assert named.example.startswith(f"mandategraph query {named.name}")
    assert "row" in named.example  # the example shows an answer, not only the command
    # SEP-0007 substitution on Oxigraph binds only projected variables
    assert {p.name for p in named.parameters} <= projection(named.text)
    for p in named.parameters:
        assert f"--param {p.name}=" in named.example


def test_projection_reader_sees_a_missing_parameter() -> None:
    assert projection("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b }") == {"a", "n"}


def test_readme_lists_exactly_the_queries() -> None:
    readme = (ROOT / "queries" / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): line for line in readme.splitlines()
            if (m := re.match(r"^\|\s*`([\w-]+)`\s*\|", line))}
    named = {q.name: q for q in query.named_queries()}
    assert set(rows) == set(named)
    for name, q in named.items():
        assert q.title in rows[name]
        for p in q.parameters:
            assert f"`{p.name}` ({p.type})" in rows[name]


# ------------------------------------------------------------ answers checked against the fixture


def column(store: ox.Store, name: str, params: dict[str, str], var: str) -> set[str]:
    return {str(r[var]) for r in query.run(store, query.find(name), params).rows if var in r}


def test_same_number_other_body_is_not_mixed_up(edge_store: ox.Store) -> None:
    ctoc = column(edge_store, "items-grounded-by",
                  {"mandate": ID + "resolution/ctoc-cop/6/3", "agenda": ""}, "item")
    cac = column(edge_store, "items-grounded-by",
                 {"mandate": ID + "resolution/cac-cosp/6/3", "agenda": ""}, "item")
    assert ctoc == {ID + "session/fix-wg/1/item/2", ID + "session/fix-wg/2/item/2"}
    assert cac == {ID + "session/fix-wg/2/item/3"}


def test_cycle_of_continues_terminates(edge_store: ox.Store) -> None:
    later = column(edge_store, "continuing-resolutions", {"mandate": ID + "resolution/ctoc-cop/9/1"},
                   "later")
    assert later == {ID + "resolution/ctoc-cop/9/2", ID + "resolution/ctoc-cop/9/1"}


def test_session_changes_on_fixture(edge_store: ox.Store) -> None:
    rows = query.run(edge_store, query.find("session-changes"),
                     {"earlier": ID + "session/fix-wg/1", "later": ID + "session/fix-wg/2"}).rows
    change = {(str(r["change"]), str(r["mandate"])) for r in rows}
    assert ("lapsed", ID + "resolution/ctoc-cop/5/1") in change
    assert ("new", ID + "resolution/cac-cosp/6/3") in change
    assert ("new", ID + "resolution/ctoc-cop/9/1") in change
    assert ("continued", ID + "resolution/ctoc-cop/6/3") in change
    assert ("continued", ID + "recommendation/fix-wg/1/a") in change  # rests on 6/3 through 7/1
    assert not any(c == "lapsed" and m.endswith("/6/3") for c, m in change)


def test_unknown_and_missing_parameters_are_usage_errors(built: object,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "items-grounded-by", "--param", "mandate=" + ID + "resolution/ctoc-cop/6/3"]) == 2
    assert "missing parameter 'agenda'" in capsys.readouterr().err
    assert main(["query", "documents-per-item", "--param", "agenda=" + AGENDA, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "CTOC/COP/WG.7/2013/2" in out and out.splitlines()[0].startswith("agenda,item")


def test_session_changes_says_when_a_session_has_no_agenda_in_the_graph(store: ox.Store) -> None:
    """The graph has the agenda of the 2nd WG.7 meeting but not of the 1st or the 3rd: nothing is
    "lapsed" or "new" across them (a false legal statement), the answer says what is missing."""
    wg7 = ID + "session/ctoc-cop-wg7/"
    after = {(str(r["change"]), str(r["mandate"])) for r in query.run(
        store, query.find("session-changes"), {"earlier": wg7 + "2", "later": wg7 + "3"}).rows}
    assert ("no agenda of the later session in the graph", ID + "resolution/ctoc-cop/6/3") in after
    assert not any(change == "lapsed" for change, _ in after)
    before = {str(r["change"]) for r in query.run(
        store, query.find("session-changes"), {"earlier": wg7 + "1", "later": wg7 + "2"}).rows}
    assert before == {"no agenda of the earlier session in the graph"}


def test_items_without_grounding_include_unknown_agendas_and_say_which_are_procedural(store: ox.Store) -> None:
    rows = query.run(store, query.find("items-without-grounding"), {"agenda": ""}).rows
    unknown = [r for r in rows if str(r["agendaKnown"]) == "false"]
    assert len(unknown) >= 10 and all(str(r["agendaSymbol"]) == "" for r in unknown)
    kinds = {str(r["kind"]) for r in rows}
    assert {"procedural", "substantive"} <= kinds
    seed = query.run(store, query.find("items-without-grounding"), {"agenda": AGENDA}).rows
    assert {str(r["kind"]) for r in seed} == {"procedural"} and len(seed) == 4


def test_mandate_chain_gives_each_link_once_whatever_the_languages_of_its_titles(store: ox.Store) -> None:
    """6/3 has an English and a Spanish title; the chain of an item answered it twice, once per
    title language. Each link with its evidence (document and quote) is one row."""
    for item in (ID + f"session/ctoc-cop-wg7/2/item/{n}" for n in ("1b", "2", "3", "4")):
        rows = query.run(store, query.find("mandate-chain"), {"item": item}).rows
        keys = [(str(r["from"]), str(r["relation"]), str(r["to"]), str(r.get("document")), str(r.get("quote")))
                for r in rows]
        assert rows and len(keys) == len(set(keys)), (item, [k for k in keys if keys.count(k) > 1][:3])
