"""A name that only says what kind of organ a body is ("the Conference of the Parties", "COP", "the
extended Bureau") never identifies a document's body by itself (issue 10, class 3: bodies never a
default). Every treaty has a Conference of the Parties; the UNTOC Conference's curated short names are
of the UNTOC Conference only inside its own documents, whose symbol says so.

The excerpts are quoted from tests/ingest_eval/unseen/, scored blind at bab8502 and looked at since; each
test fails on the ingester before the rule (both texts were filed under the UNTOC Conference).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandategraph import iri
from mandategraph.ingest import Registry, ingest_bytes
from mandategraph.ingest.registry import identifies
from mandategraph.namespaces import MG

ROOT = Path(__file__).resolve().parents[1]
UNTOC = iri.body("ctoc-cop")

# CITES_CoP18_working_programme_nosymbol.txt: a news site's headline over a CITES document
CITES = ("Eighteenth meeting of the Conference of the Parties Geneva (Switzerland), 17 – 28 August 2019: "
         "ADOPTION OF THE WORKING PROGRAMME\n") + """
Jul 29, 2019 | Documents

This document has been prepared by the Secretariat.

  1. At its 70th meeting (SC70, Sochi, October 2018), the Standing Committee approved a draft working
    programme for the present meeting.
"""

# UNEP_CBD_COP_DEC_I_1_web_nosymbol.txt: the CBD's web page of its first decision
CBD = """COP 1 Decision I/1

Rules of procedure for the Conference of the Parties

The Conference of the Parties,

Decides to adopt the rules of procedure for meetings of the Conference of the Parties as contained in
the annex to the present decision.
"""


@pytest.mark.parametrize(("name", "says_which"), [
    ("Conference of the Parties", False), ("the Conference of the Parties", False), ("COP", False),
    ("extended Bureau", False), ("Meeting of the Parties", False),
    ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime", True),
    ("Working Group on Trafficking in Persons", True), ("General Assembly", True),
    ("Implementation Review Group", True)])
def test_a_name_identifies_a_body_only_when_it_says_which(name: str, says_which: bool) -> None:
    assert identifies(name) is says_which


@pytest.mark.parametrize("text", [CITES, CBD], ids=["cites-headline", "cbd-decision-page"])
def test_a_document_naming_only_a_conference_of_the_parties_is_not_the_untoc_conferences(text: str) -> None:
    result = ingest_bytes(text.encode(), "generic.txt", Registry.load(ROOT / "data" / "curated"))
    assert (None, MG.ofBody, UNTOC) not in result.graph
