"""SHACL shapes on small fixtures: the valid graph conforms; each invalid case fires its shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandategraph.build import validate_files

SHAPES = Path(__file__).parent / "fixtures" / "shapes"
VALID = SHAPES / "valid.ttl"

CASES = {
    "invalid-ungrounded-item": {"SubstantiveItemGroundedShape"},
    "invalid-grounding-without-evidence": {"GroundingEvidenceShape"},
    "invalid-grounding-without-quote": {"GroundingShape"},
    "invalid-bad-symbol": {"DocumentShape"},
    "invalid-resolution-without-session": {"NumberedMandateShape"},
    "invalid-session-without-body": {"SessionShape"},
    "invalid-session-without-dates": {"SessionDatesShape"},
    "invalid-undeclared-term": {"DeclaredTermsShape"},
}


def test_valid_fixture_conforms() -> None:
    report = validate_files([VALID])
    assert report.conforms, [(f.shape, f.message) for f in report.findings]
    assert report.focus_nodes_checked >= 6


def test_every_invalid_fixture_has_a_case() -> None:
    assert {p.stem for p in SHAPES.glob("invalid-*.ttl")} == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_invalid_case_fires_its_shape(case: str) -> None:
    report = validate_files([VALID, SHAPES / f"{case}.ttl"])
    assert not report.conforms
    fired = {f.shape for f in report.findings if f.severity == "Violation"}
    assert fired == CASES[case]
    assert all(f.message for f in report.findings)


def test_unknown_dates_marked_unverified_is_only_a_warning() -> None:
    report = validate_files([VALID, SHAPES / "valid-session-dates-unknown.ttl"])
    assert report.conforms
    assert {(f.shape, f.severity) for f in report.findings} == {("SessionDatesUnknownShape", "Warning")}
