"""Classes 5 and 6 of issue 10: the sentences of an annotation that ground an agenda item, in English,
Spanish, French and Russian; a blanket action on a whole report. Sentences are from real UN documents
(named beside each) or in their exact formula."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from mandategraph import iri
from mandategraph.ingest.agenda import _documents_in_prose, _ground
from mandategraph.ingest.emit import Emitter
from mandategraph.ingest.registry import Registry
from mandategraph.ingest.resolve import Context
from mandategraph.ingest.text import Span, parse_source
from mandategraph.namespaces import MG, RDF
from tests.regen_ingest_golden import ingest

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = Registry.load(ROOT / "data" / "curated")
ITEM = iri.item(iri.session("ctoc-cop", 10), "4")


def ground(text: str, body: str = "ctoc-cop", language: str = "en") -> tuple[Graph, bool]:
    source = parse_source(text.encode(), "t.txt")
    out = Emitter.start(source, iri.document("CTOC/COP/2020/1"), text.encode())
    ctx = Context(REGISTRY, body, REGISTRY.conference_of(body), language=language)
    found = _ground(out, ctx, ITEM, "4", Span(0, len(text), text), language)
    _documents_in_prose(out, ctx, ITEM, "4", Span(0, len(text), text), iri.session("ctoc-cop", 10))  # as read_agenda
    return out.graph, found


def grounds(g: Graph) -> set[str]:
    return {str(o).removeprefix(str(iri.ID)) for o in g.objects(ITEM, MG.groundedIn)}


def assert_each_grounds(cases: list[tuple[str, str]], expected: set[str], body: str = "ctoc-cop") -> None:
    """Each (sentence, language) grounds the item in exactly ``expected``."""
    for text, language in cases:
        g, found = ground(text, body=body, language=language)
        assert found and grounds(g) == expected, language


def test_in_accordance_with_rule_n_with_a_paragraph_number_glued_on() -> None:
    """CAT/C/72/1: "2.In accordance with rule 14 of the rules of procedure, the new members ..."."""
    g, found = ground("2.In accordance with rule 14 of the rules of procedure, the new members of the Committee "
                      "shall make a solemn declaration.", body="ctoc-cop")
    assert found and grounds(g) == {"rules/ctoc-cop/rule/14"}


def test_also_decided_to_include_an_item_names_the_decision_a_sentence_earlier() -> None:
    text = ("At its ninth session, the Conference adopted decision 9/1, on the review mechanism. "
            "The Conference also decided to include an item entitled “Implementation of the review "
            "mechanism” in the agenda of its tenth session.")
    g, found = ground(text)
    assert found and grounds(g) == {"decision/ctoc-cop/9/1"}


def test_also_decided_without_a_decision_before_grounds_nothing() -> None:
    g, found = ground("The Conference also decided to include an item entitled “Other matters”.")
    assert not found and grounds(g) == set()


def test_spanish_french_russian_leads_ground_the_item() -> None:
    for text, language in [
        ("En su resolución 6/3, la Conferencia decidió que el Grupo de Trabajo celebrara reuniones.", "es"),
        ("Dans sa résolution 6/3, la Conférence a décidé que le Groupe de travail tiendrait des réunions.", "fr"),
        ("В своей резолюции 6/3 Конференция постановила, что Рабочая группа будет проводить совещания.", "ru"),
    ]:
        g, found = ground(text, language=language)
        assert found, language
        assert grounds(g) == {"resolution/ctoc-cop/6/3"}, language
        assert (None, MG.action, MG["action-decides"]) in g, language


def test_a_local_general_assembly_resolution_is_cited_not_grounding_nor_the_conference_s() -> None:
    g, found = ground("En su resolución 55/25, la Asamblea General aprobó la Convención.", language="es")
    assert grounds(g) == set()
    assert any(str(s).endswith("resolution/ga/55/25") for s in g.all_nodes())
    assert not any("ctoc-cop/55" in str(s) for s in g.all_nodes())


def test_a_blanket_action_on_the_recommendations_of_a_report() -> None:
    """The seed agenda (CTOC/COP/WG.7/2013/1): "In its resolution 6/3, the Conference welcomed the report
    on the 1st meeting of the Working Group ... and encouraged States parties to implement, where
    necessary, the recommendations contained therein": 6/3 acts on every recommendation of that meeting."""
    g = ingest(ROOT / "data" / "sources" / "wg7-2013-provisional-agenda.txt").graph
    res = iri.resolution("ctoc-cop", 6, 3)
    assert (res, MG.actsOnRecommendationsOf, iri.session("ctoc-cop-wg7", 1)) in g
    evidence = [e for e in g.subjects(MG.linkProperty, MG.actsOnRecommendationsOf)]
    assert len(evidence) == 1
    assert (evidence[0], MG.action, MG["action-encourages"]) in g
    quote = str(g.value(evidence[0], MG.quote))
    assert "recommendations contained therein" in quote and "1st meeting" in quote


def test_no_blanket_action_without_the_report_named() -> None:
    g, _ = ground("The Conference encouraged States parties to implement the recommendations contained therein.")
    assert not any(True for _ in g.triples((None, MG.actsOnRecommendationsOf, None)))




def test_an_article_and_a_list_of_rules_all_ground_the_item_and_the_article_number_is_kept() -> None:
    g, found = ground("In accordance with article 32 (1) of the Convention and rules 3 and 4 of the rules of "
                      "procedure, the Conference shall hold its sessions.")
    assert found
    assert grounds(g) == {"treaty/untoc/article/32/paragraph/1", "rules/ctoc-cop/rule/3", "rules/ctoc-cop/rule/4"}


def test_another_body_s_rules_of_procedure_ground_as_that_body_s() -> None:
    g, _ = ground("Under rule 76 of the rules of procedure of the General Assembly, the Conference will elect.")
    assert grounds(g) == {"rules/ga/rule/76"}


def test_a_symbol_in_annotation_prose_documents_the_item() -> None:
    """CTOC/COP/WG.4 annotations: "will have before it the background paper ... (CTOC/COP/WG.4/2019/2)"."""
    g, _ = ground("The Working Group will have before it the background paper prepared by the Secretariat "
                  "(CTOC/COP/WG.4/2019/2).")
    assert set(g.objects(ITEM, MG.documentedBy)) == {iri.document("CTOC/COP/WG.4/2019/2")}


def test_a_recommendation_cited_by_its_paragraph_is_the_report_s_own_node() -> None:
    """Issue 11, "one recommendation, two IRIs": where the citing text gives the paragraph of the
    report, the citation and the report's reading (reports.py: body, session, paragraph) meet."""
    from tests.test_citations import resolve

    g = resolve("The Conference took note of the recommendation contained in paragraph 12 of the report on "
                "its 1st meeting.", "ctoc-cop-wg7", "CTOC/COP/WG.7/2013/1")
    session = iri.session("ctoc-cop-wg7", 1)
    key = str(session).rsplit("/", 1)[-1]  # how reports.py keys a session's recommendations
    node = iri.recommendation("ctoc-cop-wg7", key, "12")
    assert (node, MG.paragraphNumber, None) in g
    assert set(g.subjects(MG.paragraphNumber, None)) == {node}


def test_a_recommendation_cited_by_its_subject_keeps_the_subject_key() -> None:
    from tests.test_citations import resolve

    g = resolve("The Conference took note of the recommendation adopted by the Working Group at its 1st meeting "
                "that the next meeting focus on special investigative techniques.", "ctoc-cop-wg7",
                "CTOC/COP/WG.7/2013/1")
    recs = {str(s) for s in g.subjects(RDF.type, MG.Recommendation)}
    assert all("special-investigative-techniques" in r for r in recs) and recs


def test_a_note_under_an_item_grounds_it_in_the_decision_that_included_it() -> None:
    """A Secretariat note under "Item 4 of the provisional agenda" (written in the UN layout for this test,
    in the words of CTOC/COP notes): "... adopted decision 9/1 ... . The Conference also decided to include
    an item entitled "Implementation of the review mechanism" in the agenda of its tenth session." The
    item's own title ("Review mechanism") is worded differently; decision 9/1 grounds item 4."""
    from mandategraph.ingest import ingest_bytes

    path = ROOT / "tests" / "fixtures" / "prose" / "note_include_item.txt"
    g = ingest_bytes(path.read_bytes(), path.name, REGISTRY, None).graph
    item = iri.item(iri.session("ctoc-cop", 10), "4")
    assert set(g.objects(item, MG.groundedIn)) == {iri.decision("ctoc-cop", 9, 1)}
    text = path.read_text().replace("The Conference also decided to include", "The Conference took note of")
    g = ingest_bytes(text.encode(), path.name, REGISTRY, None).graph
    assert set(g.objects(item, MG.groundedIn)) == set()


def test_a_bare_rule_leading_a_sentence_is_of_the_rules_named_before() -> None:
    """CMW/C/31/1 (tests/ingest_eval/dev/CMW_C_31_1.txt), item 2: "In accordance with rule 7, the
    Committee may revise the agenda" grounds the item in rule 7 of the Committee's rules of procedure,
    which the sentence before named; "pursuant to rule 13" inside a sentence does not ground it."""
    text = ("In accordance with rule 6 of the Committee’s rules of procedure, the adoption of the agenda shall be "
            "the first item on the provisional agenda of any session, except where the election of officers is "
            "required pursuant to rule 13. In accordance with rule 7, the Committee may revise the agenda during "
            "a session and may, as appropriate, defer or delete items.")
    g, found = ground(text, body="cmw-c")
    assert found and grounds(g) == {"rules/cmw-c/rule/6", "rules/cmw-c/rule/7"}


def test_a_rule_that_stipulates_leads_its_sentence() -> None:
    """IDB.51/1/Add.1/Rev.1 (tests/ingest_eval/dev/IDB.51_1_Add.1_Rev.1.txt), item 1: "Rule 23.3
    stipulates that ..." after "In accordance with rule 23.1 of the rules of procedure"."""
    text = ("In accordance with rule 23.1 of the rules of procedure, each year, at the commencement of its regular "
            "session, the Board shall elect from among the representatives of its members a President. Rule 23.3 "
            "stipulates that the offices of the President, the three Vice-Presidents and the Rapporteur shall be "
            "subject to equitable geographical rotation within a five -year cycle.")
    g, found = ground(text, body="idb")
    assert found and grounds(g) == {"rules/idb/rule/23/paragraph/1", "rules/idb/rule/23/paragraph/3"}


def test_a_bare_rule_with_no_rules_named_before_is_not_read() -> None:
    g, found = ground("In accordance with rule 7, the Committee may revise the agenda during a session.", body="cmw-c")
    assert not found and grounds(g) == set()


def test_draft_rules_of_procedure() -> None:
    """FCCC/CP/1998/1 (tests/ingest_eval/dev/FCCC_CP_1998_1.txt): "Rule 9 of the draft rules of procedure
    being applied (FCCC/CP/1996/2) provides that ..." cites rule 9 of the Conference's rules (the
    rules being draft does not make them another body's)."""
    g, _ = ground("Rule 9 of the draft rules of procedure being applied (FCCC/CP/1996/2) provides that, in "
                  "agreement with the President, the secretariat shall draft the provisional agenda.", body="ctoc-cop")
    # the rule that "provides that" the agenda be drafted grounds the item the annotation is of (it was cited
    # only before the provision-as-subject reading); either way it is the Conference's rule
    cited = {str(o).removeprefix(str(iri.ID)) for o in g.objects(iri.document("CTOC/COP/2020/1"), MG.cites)}
    assert cited | grounds(g) == {"rules/ctoc-cop/rule/9"}


def test_the_running_header_after_the_owner_of_the_rules_is_not_its_name() -> None:
    """TD/B/EX(15)/1 (flattened, dev set): "for the purposes of rule 76 of the rules of procedures of the
    Board TD/B/EX(15)/1 page 2" cites rule 76 of the Board's rules, not of a body named "Board TD"."""
    from tests.test_agenda_lists import dev_values

    assert dev_values("TD_B_EX15_1.txt", "SELECT ?m WHERE { ?d mg:cites ?m FILTER(CONTAINS(STR(?m), '/rules/')) }") \
        == {"https://w3id.org/mandategraph/id/rules/td-b/rule/76"}


def test_a_decision_adopted_by_a_body_named_after_it_is_that_body_s() -> None:
    """UNEP/EA.1/1/Add.1/Rev.1 (dev set; its flattened prose is read now): "Pursuant to decision 27/15,
    adopted at the first universal session of the Governing Council of the United Nations Environment
    Programme (UNEP) on 22 February 2013, ..." is the Governing Council's decision, not the Assembly's."""
    from mandategraph.ingest.citations import find_citations
    from tests.test_agenda_lists import dev_values

    (cited,) = find_citations("1. Pursuant to decision 27/15, adopted at the first universal session of the "
                              "Governing Council of the United Nations Environment Programme (UNEP) on 22 February")
    assert cited.issuer == "Governing Council of the United Nations Environment Programme"
    # cited, or (now that the flattened item headings are read) grounding item 1
    cites = dev_values("UNEP_EA.1_1_Add.1_Rev.1.txt",
                       "SELECT ?m WHERE { { ?d mg:cites ?m } UNION { ?i mg:groundedIn ?m } }")
    assert "https://w3id.org/mandategraph/id/decision/unep-gc/27/15" in cites
    assert not any(m.endswith("/27/15") and "unep-gc" not in m for m in cites)


def test_a_rule_of_procedure_leading_a_french_spanish_russian_sentence_grounds_the_item() -> None:
    """IDB.49/1/Add.1 (French; https://fr.readkong.com/page/organisation-des-nations-unies-pour-le-developpement-2584058),
    item 1: "Conformément à l’article 23.1 du règlement intérieur, chaque année, ... le Conseil élit ..."
    (the Board's rule 23, paragraph 1); a rule of another body's rules ("del reglamento de la Asamblea
    General") is not read as the document's: it is the General Assembly's, as in English; the rules of a
    body this reader cannot tell ("de la Conférence des Parties à la Convention sur la diversité biologique")
    are not read."""
    text = ("Conformément à l’article 23.1 du règlement intérieur, chaque année, au début de sa session ordinaire, "
            "le Conseil élit parmi les représentants de ses membres un président, trois vice-présidents et un "
            "rapporteur.")
    g, found = ground(text, body="idb", language="fr")
    assert found and grounds(g) == {"rules/idb/rule/23/paragraph/1"}
    g, found = ground("De conformidad con el artículo 6 del reglamento, el programa provisional será el primer tema.",
                      body="cmw-c", language="es")
    assert found and grounds(g) == {"rules/cmw-c/rule/6"}
    g, found = ground("De conformidad con el artículo 76 del reglamento de la Asamblea General, la Comisión ...",
                      body="cmw-c", language="es")
    assert found and grounds(g) == {"rules/ga/rule/76"}
    g, found = ground("Conformément à l’article 3 du règlement intérieur de la Conférence des Parties à la Convention "
                      "sur la diversité biologique, la Conférence ...", body="ctoc-cop", language="fr")
    assert not found and grounds(g) == set()
    g, found = ground("В соответствии с правилом 3 правил процедуры Конференции Сторон Конвенции о биологическом "
                      "разнообразии Конференция ...", body="ctoc-cop", language="ru")
    assert not found and grounds(g) == set()


def test_a_paragraph_of_a_resolution_leading_the_sentence_grounds_the_item() -> None:
    """"In paragraph 5 of its resolution 9/1, the Conference requested ..." and UNEP/EA.1/1/Add.1/Rev.1
    (tests/ingest_eval/dev/UNEP_EA.1_1_Add.1_Rev.1.txt), item 2 (a): "Pursuant to paragraph 6 of decision
    27/2 and the s of the Committee ...": the paragraph of the mandate grounds the item."""
    g, found = ground("In paragraph 5 of its resolution 9/1, the Conference requested the Secretariat to report to "
                      "it at its tenth session.")
    assert found and grounds(g) == {"resolution/ctoc-cop/9/1/paragraph/5"}
    g, found = ground("Pursuant to paragraph 6 of decision 9/2 and the recommendations of the Committee on the "
                      "composition of the Bureau, the Conference will be invited to elect one President.")
    assert found and grounds(g) == {"decision/ctoc-cop/9/2/paragraph/6"}
    g, found = ground("In paragraph 5 of the report, the Secretariat described resolution 9/1.")
    assert not found and grounds(g) == set()


def test_a_paragraph_of_a_resolution_leading_a_french_spanish_russian_sentence() -> None:
    """The formula of the French, Spanish and Russian annotations for "In paragraph 5 of its resolution 6/3"."""
    assert_each_grounds([
        ("Au paragraphe 5 de sa résolution 6/3, la Conférence a prié le Secrétariat de lui faire rapport.", "fr"),
        ("En el párrafo 5 de su resolución 6/3, la Conferencia pidió a la Secretaría que le informara.", "es"),
        ("В пункте 5 своей резолюции 6/3 Конференция просила Секретариат представить ей доклад.", "ru"),
    ], {"resolution/ctoc-cop/6/3"})


def test_in_accordance_with_a_resolution_in_french_spanish_russian_grounds_the_item() -> None:
    """"In accordance with / pursuant to resolution 6/3" as the annotations of the other languages word it;
    "Recordando la resolución" (recalling) does not ground."""
    assert_each_grounds([
        ("En application de la résolution 6/3, la Conférence examinera le rapport du Groupe de travail.", "fr"),
        ("De conformidad con la resolución 6/3, la Conferencia examinará el informe del Grupo de Trabajo.", "es"),
        ("В соответствии с резолюцией 6/3 Конференция рассмотрит доклад Рабочей группы.", "ru"),
    ], {"resolution/ctoc-cop/6/3"})
    g, found = ground("Recordando la resolución 6/3, la Conferencia examinará el informe.", language="es")
    assert not found and grounds(g) == set()


def test_an_article_of_the_convention_leading_a_french_spanish_russian_sentence_grounds_the_item() -> None:
    """"Conformément à l'article 32 de la Convention" (the French of "In accordance with article 32 of the
    Convention"), and its Spanish and Russian; an article of the rules of procedure followed by one of the
    Convention joined by "et" grounds the item too (A/AC.291/11, data/sources, "Conformément à ..."
    annotations of the CRC, tests/ingest_eval/blind/CRC_C_138_fr.txt, for the rule)."""
    assert_each_grounds([
        ("Conformément à l’article 32 de la Convention, la Conférence examine périodiquement l’application.", "fr"),
        ("De conformidad con el artículo 32 de la Convención, la Conferencia examinará periódicamente la "
         "aplicación.", "es"),
        ("В соответствии со статьей 32 Конвенции Конференция периодически рассматривает ход осуществления.", "ru"),
    ], {"treaty/untoc/article/32"})
    g, found = ground("Conformément à l’article 8 du règlement intérieur et à l’article 32 de la Convention, "
                      "l’adoption de l’ordre du jour est le premier point.", language="fr")
    assert found and grounds(g) == {"rules/ctoc-cop/rule/8", "treaty/untoc/article/32"}


def test_a_symbol_in_french_spanish_russian_annotation_prose_documents_the_item() -> None:
    """"will have before it ... (SYMBOL)" as the other languages word it: "sera saisie", "tendrá ante sí",
    "будет представлен"; a symbol in a sentence that names no document does not document the item."""
    for text, language in [
        ("La Conférence sera saisie du rapport du Secrétariat (CTOC/COP/2020/2).", "fr"),
        ("La Conferencia tendrá ante sí el informe de la Secretaría (CTOC/COP/2020/2).", "es"),
        ("Конференции будет представлен доклад Секретариата (CTOC/COP/2020/2).", "ru"),
    ]:
        g, _ = ground(text, language=language)
        assert set(g.objects(ITEM, MG.documentedBy)) == {iri.document("CTOC/COP/2020/2")}, language
    g, _ = ground("En su resolución 6/3 (CTOC/COP/2012/15), la Conferencia decidió.", language="es")
    assert set(g.objects(ITEM, MG.documentedBy)) == set()


# A/53/50 (General Assembly, 1998): https://www.un.org/ga/53/session/prelim.htm (tests/ingest_eval/blind/A_53_50.txt):
# each item of the preliminary list followed by the rule of procedure it rests on, in parentheses
GA_53_LIST = """1. Opening of the session by the Chairman of the delegation of Ukraine (rule 30 of the rules of \
procedure).

2. Minute of silent prayer or meditation (rule 62).

3. Credentials of representatives to the fifty-third session of the General Assembly (rule 28):

(a) Appointment of the members of the Credentials Committee;

(b) Report of the Credentials Committee.

4. Election of the President of the General Assembly (rule 31).

7. Notification by the Secretary-General under Article 12, paragraph 2, of the Charter of the United Nations (rule 49).
"""


def read_list(text: str, body: str, language: str = "en") -> dict[str, tuple[str, set[str]]]:
    """The items of an agenda list read by ``read_agenda``: notation -> (title, what grounds it)."""
    from mandategraph.ingest.agenda import read_agenda
    from mandategraph.namespaces import DCTERMS

    source = parse_source(text.encode(), "t.txt")
    out = Emitter.start(source, iri.document("A/53/50"), text.encode())
    ctx = Context(REGISTRY, body, REGISTRY.conference_of(body), language=language)
    got = read_agenda(out, ctx, source.text, 0, iri.session(body, 53), language=language)
    return {n: (str(out.graph.value(node, DCTERMS.title)),
                {str(m).removeprefix(str(iri.ID)) for m in out.graph.objects(node, MG.groundedIn)})
            for n, node in got.items.items()}


def test_the_mandates_a_list_prints_after_each_item_ground_it_and_are_not_its_title() -> None:
    got = read_list(GA_53_LIST.replace("\n\n7.", "\n\n5."), "ga")
    assert got["1"] == ("Opening of the session by the Chairman of the delegation of Ukraine", {"rules/ga/rule/30"})
    assert got["2"] == ("Minute of silent prayer or meditation", {"rules/ga/rule/62"})
    assert got["3"] == ("Credentials of representatives to the fifty-third session of the General Assembly",
                        {"rules/ga/rule/28"})
    assert got["3 (a)"] == ("Appointment of the members of the Credentials Committee", set())
    assert got["5"] == ("Notification by the Secretary-General under Article 12, paragraph 2, of the Charter of the "
                        "United Nations", {"rules/ga/rule/49"})  # the Charter's article in the title grounds nothing


def test_a_bare_rule_after_an_item_is_not_read_when_the_list_never_names_the_rules_of_procedure() -> None:
    text = GA_53_LIST.replace(" of the rules of procedure)", ")").replace("\n\n7.", "\n\n5.")
    got = read_list(text, "ga")
    assert got["2"] == ("Minute of silent prayer or meditation", set())


def test_also_decided_to_include_an_item_in_french_spanish_russian() -> None:
    """The formula of the English test above ("The Conference also decided to include an item entitled T",
    the decision named a sentence before) as the French, Spanish and Russian annotations word it."""
    assert_each_grounds([
        ("À sa neuvième session, la Conférence a adopté la décision 9/1 sur le mécanisme d’examen. La Conférence a "
         "également décidé d’inscrire à l’ordre du jour de sa dixième session une question intitulée « Mécanisme "
         "d’examen ».", "fr"),
        ("En su noveno período de sesiones, la Conferencia aprobó la decisión 9/1, relativa al mecanismo de examen. "
         "La Conferencia decidió también incluir en el programa de su décimo período de sesiones un tema titulado "
         "“Aplicación del mecanismo de examen”.", "es"),
        ("На своей девятой сессии Конференция приняла решение 9/1 о механизме обзора. Конференция постановила "
         "также включить в повестку дня своей десятой сессии пункт, озаглавленный «Механизм обзора».", "ru"),
    ], {"decision/ctoc-cop/9/1"})
    g, found = ground("La Conferencia decidió también incluir en el programa un tema titulado “Otros asuntos”.",
                      language="es")
    assert not found and grounds(g) == set()


def test_the_rules_of_procedure_of_the_conference_named_in_french_spanish_russian() -> None:
    """"Conformément à l’article 3 du règlement intérieur de la Conférence des États parties", "правил
    процедуры Конференции государств-участников": the rules of the document's own Conference (a rule
    whose owner is printed was not read at all)."""
    assert_each_grounds([
        ("Conformément à l’article 3 du règlement intérieur de la Conférence des États parties, la session "
         "ordinaire se tient chaque année.", "fr"),
        ("De conformidad con el artículo 3 del reglamento de la Conferencia de los Estados Partes, el período de "
         "sesiones se celebrará cada año.", "es"),
        ("В соответствии с правилом 3 правил процедуры Конференции государств-участников сессия проводится "
         "ежегодно.", "ru"),
    ], {"rules/cac-cosp/rule/3"}, body="cac-cosp")


def test_a_part_of_a_document_named_in_prose_is_not_its_documentation() -> None:
    """HSP/GC/20/1/Add.1 (tests/ingest_eval/dev/HSP_GC_20_1_Add.1.txt): "Annotations to the provisional agenda,
    including organization of work (HSP/GC/20/1/Add.1:paragraphs 2 and 3 of annex III) – for decision" names
    paragraphs of a document, as "SYMBOL, paragraph 5" does: not a document before the meeting."""
    g, _ = ground("Annotations to the provisional agenda, including organization of work (HSP/GC/20/1/Add.1:paragraphs "
                  "2 and 3 of annex III) – for decision")
    assert set(g.objects(ITEM, MG.documentedBy)) == set()


def test_the_body_named_before_in_its_resolution_leads_the_sentence() -> None:
    """"The Conference, in its resolution 9/1, decided ..." (the subject first, as annotations often word
    it) grounds the item as "In its resolution 9/1, the Conference decided ..." does, in every language
    read; a named body's resolution is grounding only as that body's, and one of a body named in full is
    cited, its issuer from its own words."""
    assert_each_grounds([
        ("The Conference, in its resolution 9/1, decided to establish a working group.", "en"),
        ("La Conférence, dans sa résolution 9/1, a décidé de créer un groupe de travail.", "fr"),
        ("La Conferencia, en su resolución 9/1, decidió establecer un grupo de trabajo.", "es"),
        ("Конференция в своей резолюции 9/1 постановила учредить рабочую группу.", "ru"),
    ], {"resolution/ctoc-cop/9/1"})
    g, found = ground("The General Assembly, in its resolution 70/1, adopted the 2030 Agenda.")
    assert grounds(g) == {"resolution/ga/70/1"}
    g, found = ground("The Commission on Narcotic Drugs, in its resolution 50/1, requested a report.")
    assert not found and grounds(g) == set()


def test_a_paragraph_of_an_article_and_as_requested_by_lead_the_sentence() -> None:
    """"In accordance with paragraph 4 of article 32 of the Convention" (the paragraph first) and "As
    requested by the Conference in its resolution 9/1" / "In response to resolution 9/1" ground the item."""
    g, found = ground("In accordance with paragraph 4 of article 32 of the Convention, the Conference shall review.")
    assert found and grounds(g) == {"treaty/untoc/article/32/paragraph/4"}
    for text in ("As requested by the Conference in its resolution 9/1, the Secretariat has prepared a report.",
                 "In response to resolution 9/1, the Secretariat has prepared a report."):
        g, found = ground(text)
        assert found and grounds(g) == {"resolution/ctoc-cop/9/1"}, text


# The General Assembly's agenda of its 59th session in Chinese: https://www.un.org/zh/ga/59/presskit/agenda.htm
# (tests/ingest_eval/blind/GA_59_agenda_zh_nosymbol.txt): the rules and resolutions after each title, footnote
# numbers glued after the full stop
GA_59_ZH = """1. 大会主席宣布会议开幕(第31条)。

2. 默祷或默念一分钟(第62条)。

3. 出席大会第五十九届会议各国代表的全权证书(第28条):

(a) 任命全权证书委员会成员;

(b) 全权证书委员会的报告。

4. 选举大会主席(第30条)。

5. 选举各主要委员会的主席团成员(第30条)。3

12. 经济及社会理事会的报告(第13条(b)款;大会1974年12月12日第3281(XXIX)号决议\
以及经济及社会理事会1982年4月26日第1982/112号决定)。2
"""


def test_the_notes_after_chinese_item_titles_are_not_their_titles_and_ground_nothing() -> None:
    """Chinese lists print the rules and mandates of an item in parentheses after its title: they are not
    the title; and they ground nothing, as the list does not say whose rules they are and the issuer of a
    Chinese citation is not read (the Council's decision 1982/112 must never become the Assembly's)."""
    got = read_list(GA_59_ZH.replace("\n\n12.", "\n\n6."), "ga", "zh")
    assert [got[n][0] for n in ("1", "2", "3", "4", "5")] == [
        "大会主席宣布会议开幕", "默祷或默念一分钟", "出席大会第五十九届会议各国代表的全权证书", "选举大会主席",
        "选举各主要委员会的主席团成员"]
    assert got["6"][0] == "经济及社会理事会的报告"
    assert all(not grounded for _, grounded in got.values())


def test_a_documentation_list_in_spanish_keeps_its_titles_in_spanish() -> None:
    """The "Documentación" list under an item of a Spanish annotated agenda (the layout of the English
    "Documentation" of wg7-2013-provisional-agenda.txt): each document documents the item, with its title
    as printed, tagged Spanish (it was dropped for any language but English); flattened onto one line the
    heading still names the documents."""
    from mandategraph.ingest.agenda import read_agenda
    from mandategraph.namespaces import DCTERMS

    text = ("Programa provisional\n\n1. Apertura del período de sesiones.\n\n2. Otros asuntos.\n\nAnotaciones\n\n"
            "1. Apertura del período de sesiones\n\nEl período de sesiones se inaugurará el lunes.\n\nDocumentación\n\n"
            "Programa provisional y anotaciones (CTOC/COP/2012/1)\n\n2. Otros asuntos\n\nDocumentación Nota de la "
            "Secretaría sobre otros asuntos (CTOC/COP/2012/9)\n")
    source = parse_source(text.encode(), "t.txt")
    out = Emitter.start(source, iri.document("CTOC/COP/2012/1"), text.encode())
    ctx = Context(REGISTRY, "ctoc-cop", "ctoc-cop", language="es")
    got = read_agenda(out, ctx, source.text, 0, iri.session("ctoc-cop", 6), language="es")
    doc = iri.document("CTOC/COP/2012/1")
    assert set(out.graph.objects(got.items["1"], MG.documentedBy)) == {doc}
    assert {(str(t), t.language) for t in out.graph.objects(doc, DCTERMS.title)} == {
        ("Programa provisional y anotaciones", "es")}
    assert set(out.graph.objects(got.items["2"], MG.documentedBy)) == {iri.document("CTOC/COP/2012/9")}


def test_a_bare_rule_leading_a_french_sentence_is_of_the_rules_named_before() -> None:
    """IDB.49/1/Add.1 (French; tests/ingest_eval/blind/IDB.49_1_Add.1_fr.txt), item 1: "Conformément à
    l’article 23.1 du règlement intérieur, ... L’article 23.3 dispose que les postes du président ...": rule
    23.3 of the same rules grounds the item too, as "Rule 23.3 stipulates ..." does in IDB.51/1/Add.1/Rev.1;
    with no rules named before it is not read."""
    text = ("Conformément à l’article 23.1 du règlement intérieur, chaque année, au début de sa session ordinaire, "
            "le Conseil élit parmi les représentants de ses membres un président. L’article 23.3 dispose que les "
            "postes du président, des trois vice-présidents et du rapporteur sont attribués par rotation "
            "géographique équitable selon un cycle de cinq ans, conformément à l’appendice A du règlement.")
    g, found = ground(text, body="idb", language="fr")
    assert found and grounds(g) == {"rules/idb/rule/23/paragraph/1", "rules/idb/rule/23/paragraph/3"}
    g, found = ground(text[text.index("L’article 23.3"):], body="idb", language="fr")
    assert not found and grounds(g) == set()


def test_a_rule_that_is_the_subject_of_its_sentence_grounds_the_item() -> None:
    """Class 5. CEDAW/C/1994/1 (tests/ingest_eval/fresh/), item 1: "Rule 7 of the rules of procedure of the
    Committee ... provides that the agenda shall be adopted ..." (and E/CN.6/1999/1: "Rule 15 of the rules of
    procedure of the functional commissions of the Economic and Social Council provides that ..."): the provision
    that says what the item does grounds it; a rule numbered with its paragraph ("Rule 23.1") as well."""
    g, found = ground("Rule 7 of the rules of procedure of the Committee on the\nElimination of Discrimination "
                      "against Women 1/ provides that the agenda shall be adopted by the Committee at the beginning of "
                      "its meetings.", body="cedaw-c")
    assert found and grounds(g) == {"rules/cedaw-c/rule/7"}
    g, found = ground("Rule 23.1 of the rules of procedure provides that each year the Board shall elect a "
                      "President.", body="idb")
    assert found and grounds(g) == {"rules/idb/rule/23/paragraph/1"}


def test_the_provisions_a_body_acts_by_closing_its_sentence_ground_the_item() -> None:
    """Class 5. CEDAW, twenty-fourth session (tests/ingest_eval/fresh/CEDAW_24_annotated_agenda_nosymbol.txt),
    item 3: "The Committee shall elect a Chairperson, ... for a term of two years, according to rules 13 and 14 of
    its rules of procedure and article 19 of the Convention": the rules and the article it elects by."""
    g, found = ground("The Committee shall elect a Chairperson, three Vice-Chairpersons and a Rapporteur for a term "
                      "of two years, according to rules 13 and 14 of its rules of procedure and article 19 of the "
                      "Convention.", body="cedaw-c")
    assert found and grounds(g) == {"rules/cedaw-c/rule/13", "rules/cedaw-c/rule/14",
                                    "treaty/cedaw-c-convention/article/19"}


def test_a_provision_named_inside_a_sentence_of_another_shape_is_cited_not_grounding() -> None:
    """Never a wrong grounding: a rule named in the middle of a sentence that is not the body's own action
    under the item ("The reports submitted according to rule 13 ...") is cited only."""
    g, found = ground("The reports submitted according to rule 13 of the rules of procedure will be considered "
                      "in due course.", body="cedaw-c")
    assert not found and grounds(g) == set()


def test_in_accordance_with_a_bare_french_rule_is_of_the_rules_named_before() -> None:
    """Class 6. CCPR/C/127/1 (French; tests/ingest_eval/fresh/CCPR_C_127_1_fr.txt), item 1: "Conformément à
    l’article 6 du règlement intérieur, ... Conformément à l’article 9, le Comité peut modifier son ordre du jour":
    "l’article 9" alone is a rule of the rules named before; after an article of the Covenant it is not read (a
    French "article" is a rule or a treaty's article, and the words do not say which)."""
    text = ("Conformément à l’article 6 du règlement intérieur, le présent ordre du jour provisoire a été établi par "
            "le Secrétaire général en consultation avec le Président du Comité. Conformément à l’article 9, le Comité "
            "peut modifier son ordre du jour en cours de session.")
    g, found = ground(text, body="ccpr-c", language="fr")
    assert found and grounds(g) == {"rules/ccpr-c/rule/6", "rules/ccpr-c/rule/9"}
    after_article = ("Conformément à l’article 6 du règlement intérieur, le Comité adopte son ordre du jour. Le Comité "
                     "examine les rapports présentés en application de l’article 40 de la Convention. Conformément à "
                     "l’article 41, le Comité peut examiner des communications.")
    g, _ = ground(after_article, body="ccpr-c", language="fr")
    assert "rules/ccpr-c/rule/41" not in grounds(g)
