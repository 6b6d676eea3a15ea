"""Every pattern the ingester registers holds its own examples: it finds each example with the groups
written beside it, and finds nothing in its counter-examples (ingest/patterns.py)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import mandategraph.ingest as ingest_package
from mandategraph.ingest import lexicon, patterns


def _load_every_reader() -> None:
    for info in pkgutil.walk_packages(ingest_package.__path__, ingest_package.__name__ + "."):
        importlib.import_module(info.name)


_load_every_reader()
NAMES = sorted(patterns.REGISTRY)


def test_patterns_are_registered() -> None:
    modules = {p.module for p in patterns.REGISTRY.values()}
    assert {"citations", "dates"} <= modules, modules


@pytest.mark.parametrize("name", NAMES)
def test_examples_hold(name: str) -> None:
    assert patterns.check(patterns.REGISTRY[name]) == []


def test_a_wrong_example_is_caught() -> None:
    """The checker itself can fail: a wrong group value and a counter-example that matches."""
    regex = patterns.REGISTRY["patterns.mandate_number"].regex
    bad = patterns.Pattern("t", regex, (patterns.Example("6/3", {"s": "7"}),), ("5/5",), "t")
    assert len(patterns.check(bad)) == 2


def test_a_name_is_defined_once() -> None:
    with pytest.raises(ValueError):
        patterns.define("patterns.ordinal", "x", ["x"])


@pytest.mark.parametrize("code", sorted(lexicon.LANGUAGES))
def test_every_language_names_twelve_months(code: str) -> None:
    months = lexicon.LANGUAGES[code].MONTHS
    assert len(months) == 12 and len(set(months)) == 12


def test_month_names_are_unambiguous_across_languages() -> None:
    """A word that is a month in two languages must be the same month in both ("septiembre"/"septembre")."""
    seen: dict[str, int] = {}
    for module in lexicon.LANGUAGES.values():
        for n, name in enumerate(module.MONTHS, start=1):
            assert seen.setdefault(name, n) == n, name


def test_actions_name_known_concepts() -> None:
    """Every verb of every language maps to an action the English table also uses (one vocabulary)."""
    english = set(lexicon.ACTIONS["en"].values())
    for code, table in lexicon.ACTIONS.items():
        assert set(table.values()) <= english, (code, set(table.values()) - english)
