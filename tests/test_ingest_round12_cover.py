"""Round 12, covers (issue 10, class 1): a flattened cover is never a web page's title. Each rule on a short excerpt of
a real text, quoted with the file it comes from; each test fails on the ingester before its rule.
"""

from __future__ import annotations

from mandategraph.ingest.cover import FLAT_TITLE_CHARS, SITE_TITLE, page_chrome
from mandategraph.ingest.text import Span
from mandategraph.namespaces import DCTERMS
from tests.ingest_covers import ingested

# tests/ingest_eval/unread/UNEP_CMS_Raptors_TAG2_Report.txt (lawsdocbox's mirror): the mirror's chrome, then the
# cover flattened onto one paragraph with the office's address, whose "Office - Abu Dhabi ... Agency - Abu Dhabi"
# sets pieces apart by spaced dashes as a site's title bar does
RAPTORS_TAG2 = """REPORT OF THE SECOND MEETING OF THE TECHNICAL ADVISORY GROUP TO THE RAPTORS MOU

Size: px
Start display at page:

Download "REPORT OF THE SECOND MEETING OF THE TECHNICAL ADVISORY GROUP TO THE RAPTORS MOU"

Transcription

1 Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia Distribution: \
General UNEP/CMS/Raptors/TAG2/Report 1 October 2015 REPORT OF THE SECOND MEETING OF THE TECHNICAL ADVISORY GROUP TO \
THE RAPTORS MOU March 2015 Abu Dhabi, United Arab Emirates Memorandum of Understanding on the Conservation of \
Migratory Birds of Prey in Africa and Eurasia Convention on Migratory Species Office - Abu Dhabi United Nations \
Environment Programme c/o Environment Agency - Abu Dhabi, PO Box 45553, Abu Dhabi, United Arab Emirates T F \
cmsoffice.ae@cms.int
"""


def test_a_flattened_cover_with_spaced_dashes_is_not_a_site_title() -> None:
    line = next(ln for ln in RAPTORS_TAG2.splitlines() if ln.startswith("1 Memorandum"))
    assert len(line) > FLAT_TITLE_CHARS and SITE_TITLE.match(line)  # the pattern alone would take it
    start = RAPTORS_TAG2.index(line)
    assert not page_chrome(Span(start, start + len(line), line), RAPTORS_TAG2)
    result = ingested(RAPTORS_TAG2, "UNEP_CMS_Raptors_TAG2_Report.txt")
    assert [str(t).casefold() for t in result.graph.objects(result.document, DCTERMS.title)] == [
        "report of the second meeting of the technical advisory group to the raptors mou"]  # printed in capitals
