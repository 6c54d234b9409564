"""The same code against the real Wikidata Query Service. Skipped unless `pytest --network`."""

from __future__ import annotations

import pytest

from kg.link.candidates import find_candidates
from kg.link.client import SparqlClient
from kg.link.enrich import enrichment_query

WDQS = "https://query.wikidata.org/sparql"
pytestmark = pytest.mark.network


def test_wdqs_finds_marco_rubio_among_humans():
    found = find_candidates("Marco Rubio", "person", SparqlClient(WDQS, timeout=60).select)
    assert "Q324546" in {c.qid for c in found}
    rubio = next(c for c in found if c.qid == "Q324546")
    assert "Q14213" in rubio.values("P39")


def test_wdqs_answers_the_enrichment_query():
    result = SparqlClient(WDQS, timeout=60).select(enrichment_query("Q30"))
    assert {row["prop"]["value"] for row in result["results"]["bindings"]} >= {"P35", "P463"}
