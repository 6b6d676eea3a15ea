"""The mandategraph benchmark: how cost grows with the graph, against plain rdflib in the same run.

``python -m bench --scale 10k|100k|1m|all`` generates (``generate``) a seeded synthetic mandate graph
in the project's own vocabulary, measures each step in a fresh subprocess (``steps``) against an
rdflib baseline (``baseline``), checks both give the same answers (``compare``) and writes
``bench/RESULTS.md`` and ``bench/out/results.json`` (``report``).
"""
