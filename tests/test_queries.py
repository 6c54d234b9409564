"""Every canned query runs on the seeded store and keeps the public column contract of DESIGN.md."""

from __future__ import annotations

import pytest

from kg.queries import load_queries
from kg.settings import PROJECT_ROOT

CONTRACT = {
    "aid-flows": ("donor", "recipient", "item", "category", "status", "date", "document", "evidence"),
    "who-supplies": ("donor", "item", "category", "status", "date", "document", "evidence"),
    "agreements": ("agreement", "kind", "parties", "date", "status", "document", "evidence"),
    "offices": ("person", "role", "state", "document", "evidence"),
    "meetings": ("participants", "place", "date", "kind", "document", "evidence"),
    "claims": ("claimant", "about", "text", "stance", "modality", "document", "evidence"),
}
QUERIES = load_queries(PROJECT_ROOT / "queries")


@pytest.mark.parametrize("name", sorted(CONTRACT), ids=sorted(CONTRACT))
def test_contract_columns(seeded_store, name):
    params = {"recipient": "Cuba"} if name == "who-supplies" else {}
    result = QUERIES[name].run(seeded_store, params)
    assert result.columns[:len(CONTRACT[name])] == CONTRACT[name]
    assert result.rows, name
    for row in result.records():
        assert row["document"] in ("000_5fae679bbda454a8", "001_dcba561c04f42727")
        assert row["evidence"].strip()


def test_filters_bind_entities_and_vocabularies(seeded_store):
    declined = QUERIES["aid-flows"].run(seeded_store, {"donor": "Russia", "status": "declined"}).records()
    assert declined and {r["donor"] for r in declined} == {"Russia"} and {r["status"] for r in declined} == {"declined"}
    iran = QUERIES["agreements"].run(seeded_store, {"party": "Q794"}).records()
    assert [r["kind"] for r in iran] == ["tripartiteAgreement"]
    china = QUERIES["offices"].run(seeded_store, {"state": "China"}).records()
    assert {r["person"] for r in china} == {"Wang Yi"}
    xi = QUERIES["meetings"].run(seeded_store, {"participant": "Xi Jinping"}).records()
    assert xi and all("Xi Jinping" in r["participants"] for r in xi)


def test_optional_filters_filter(seeded_store):
    everyone = QUERIES["offices"].run(seeded_store).records()
    china = QUERIES["offices"].run(seeded_store, {"state": "China"}).records()
    assert len(china) < len(everyone)
    claims = QUERIES["claims"].run(seeded_store).records()
    about_rubio = QUERIES["claims"].run(seeded_store, {"about": "Marco Rubio"}).records()
    assert about_rubio and len(about_rubio) <= len(claims)
    assert all("Marco Rubio" in r["about"] for r in about_rubio)
