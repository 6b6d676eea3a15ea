"""IRI minting: the same input always gives the same IRI, from what people already use."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from mandategraph import iri
from mandategraph.namespaces import ID, MG


def test_documents_keep_their_symbol_verbatim() -> None:
    assert iri.document("CTOC/COP/WG.7/2013/2") == ID["doc/CTOC/COP/WG.7/2013/2"]
    assert iri.document("CTOC/COP/WG.5/2011/2/Rev.1") == ID["doc/CTOC/COP/WG.5/2011/2/Rev.1"]
    assert iri.document(" CTOC/COP/2008/INF/1 ") == ID["doc/CTOC/COP/2008/INF/1"]


@pytest.mark.parametrize("bad", ["", "   ", "/CTOC", "CTOC//COP"])
def test_bad_symbols_are_refused(bad: str) -> None:
    with pytest.raises(iri.IRIError):
        iri.document(bad)


def test_mandates_sessions_and_items() -> None:
    assert iri.resolution("ctoc-cop", 6, 3) == ID["resolution/ctoc-cop/6/3"]
    assert iri.resolution("CTOC/COP", 6, 3) == iri.resolution("ctoc-cop", "6", "3")
    assert iri.resolution("cac-cosp", 6, 3) != iri.resolution("ctoc-cop", 6, 3)
    assert iri.decision("ctoc-cop", 4, 4) == ID["decision/ctoc-cop/4/4"]
    session = iri.session("CTOC/COP/WG.7", 2)
    assert session == ID["session/ctoc-cop-wg7/2"]
    assert iri.item(session, "1 (a)") == URIRef(f"{ID}session/ctoc-cop-wg7/2/item/1a")
    assert iri.item(session, "1 (a)") == iri.item(session, "1(a)")
    assert iri.session("ctoc-cop-wg4", "2010-01-27") == ID["session/ctoc-cop-wg4/2010-01-27"]


def test_provisions_and_evidence() -> None:
    para = iri.provision(iri.treaty("untoc"), ("article", 32), ("paragraph", 3))
    assert para == ID["treaty/untoc/article/32/paragraph/3"]
    a = iri.evidence(URIRef("x:i"), MG.groundedIn, URIRef("x:m"), iri.document("A/1"), 10)
    assert a == iri.evidence(URIRef("x:i"), MG.groundedIn, URIRef("x:m"), iri.document("A/1"), 10)
    assert a != iri.evidence(URIRef("x:i"), MG.groundedIn, URIRef("x:m"), iri.document("A/1"), 11)


def test_graph_names() -> None:
    assert iri.graph_for_document("CTOC/COP/WG.7/2013/1") == ID["graph/doc/CTOC/COP/WG.7/2013/1"]
    assert iri.graph_curated("mandates") == ID["graph/curated/mandates"]


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u202f", "\u3000", " "])
def test_an_address_s_white_space_of_any_script_is_percent_encoded(space: str) -> None:
    """A source address pasted with a no-break space (found by the ingest fuzz test) gives an IRI that
    N-Triples readers splitting on white space, rdflib's among them, still read."""
    from rdflib import Graph

    address = iri.external(f"https://{space}example.org/a{space}b")
    assert not any(c.isspace() for c in str(address)), address
    g = Graph().parse(data=f"<{address}> <{MG.x}> <{address}> .", format="nt")
    assert len(g) == 1
