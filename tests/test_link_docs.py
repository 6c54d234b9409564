"""The federated examples parse, name the Wikidata Query Service, and have an offline twin that runs."""

from __future__ import annotations

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.settings import PROJECT_ROOT

FEDERATED = sorted((PROJECT_ROOT / "docs" / "federated").glob("*.rq"))


@pytest.mark.parametrize("path", FEDERATED, ids=lambda p: p.stem)
def test_federated_examples_parse_without_running(path):
    text = path.read_text(encoding="utf-8")
    assert "SERVICE <https://query.wikidata.org/sparql>" in text
    prepareQuery(text)  # parsed only: the suite never reaches the internet


def test_the_offline_twin_answers_from_the_enrichment_graphs(seeded_store):
    from kg.queries import get_query

    records = get_query(PROJECT_ROOT / "queries", "wikidata-positions").run(
        seeded_store, {"person": "Q324546"}).records()
    assert {(r["position"], r["start"], r["end"]) for r in records} == {
        ("United States senator", "2011-01-03", "2025-01-20"),
        ("United States Secretary of State", "2025-01-21", ""),
    }
    assert all(r["endpoint"] for r in records)
