"""``mandategraph serve``: a read-only SPARQL 1.1 endpoint, pages for people and Linked Data.

One module per job: :mod:`.protocol` (SPARQL 1.1 Protocol), :mod:`.negotiation` (Accept),
:mod:`.safety` (what a query may do), :mod:`.pool` and :mod:`.worker` (queries in killable worker
processes), :mod:`.inline` (the query texts a worker proved cheap, answered by the web process),
:mod:`.linked_data` (``/id/...``), :mod:`.description` (VoID and the service description),
:mod:`.pages` (query and trace pages), :mod:`.app` (routes and ``serve()``).
"""
