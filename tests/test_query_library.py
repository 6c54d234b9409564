"""The canned-query library beyond the contract six: expected rows on the seeds, and safe parameters."""

from __future__ import annotations

import pytest

from kg.errors import QueryParamError
from kg.queries import load_queries
from kg.settings import PROJECT_ROOT

QUERIES = load_queries(PROJECT_ROOT / "queries")
SEED_CUBA = "000_5fae679bbda454a8"
SEED_UN = "001_dcba561c04f42727"

# Two short reports written for these tests: one says a flow was delivered, the other that it was declined.
DELIVERED = """Wheat shipment reaches Havana
Date: 2026-03-02
Source: Test Wire

HAVANA — Russia delivered 25,000 tonnes of wheat to Cuba last week, the Cuban trade ministry said on Monday.
"""
DECLINED = """Cuba says it turned down Russian grain
Date: 2026-03-09
Source: Other Wire

HAVANA — Cuba declined a Russian offer of wheat, officials in Havana said, adding that domestic stocks were sufficient.
"""


def rows(store, name, **params):
    return QUERIES[name].run(store, params).records()


def test_every_query_declares_title_description_and_typed_params():
    required = {"aid-flows", "who-supplies", "agreements", "offices", "meetings", "claims", "entity",
                "declined-offers", "leaders", "claims-about", "corroboration", "timeline", "documents"}
    assert required <= set(QUERIES)
    for query in QUERIES.values():
        assert query.title and query.description, query.name
        for param in query.params:
            assert param.type.split(":")[0] in ("entity", "enum", "date", "string"), (query.name, param)


@pytest.mark.parametrize("name", sorted(QUERIES), ids=sorted(QUERIES))
def test_every_row_carries_its_evidence(seeded_store, name):
    params = {p.name: "Marco Rubio" if name == "claims-about" else "Iran" for p in QUERIES[name].params if p.required}
    result = QUERIES[name].run(seeded_store, params).records()
    assert result, name
    if name == "documents":
        return  # one row per document, no single sentence
    for row in result:
        assert set(row.get("document", row.get("documentIds")).split("; ")) <= {SEED_CUBA, SEED_UN}
        assert row["evidence"].strip()


def test_declined_offers_are_the_seeds_turned_down_offers(seeded_store):
    declined = rows(seeded_store, "declined-offers")
    pairs = {(r["donor"], r["recipient"]) for r in declined}
    assert {("Russia", "Iran"), ("China", "Iran"), ("Russia", "Cuba")} <= pairs
    assert any("air defense" in r["item"] for r in declined if r["donor"] == "Russia" and r["recipient"] == "Iran")
    assert any("nuclear power station" in r["item"] for r in declined if r["recipient"] == "Cuba")
    only_china = rows(seeded_store, "declined-offers", donor="China")
    assert only_china and {r["donor"] for r in only_china} == {"China"}


def test_leaders_are_holders_of_head_roles_only(seeded_store):
    leaders = rows(seeded_store, "leaders")
    assert {"Xi Jinping", "Putin"} <= {r["person"] for r in leaders}
    assert {r["role"] for r in leaders} == {"President"}
    assert "Wang Yi" not in {r["person"] for r in leaders}  # a foreign minister heads no state


def test_entity_lists_facts_in_every_role(seeded_store):
    iran = rows(seeded_store, "entity", entity="iran")
    roles = {(r["type"], r["role"]) for r in iran}
    assert ("aid flow", "recipient") in roles and ("agreement", "party") in roles
    tripartite = [r for r in iran if r["type"] == "agreement"]
    assert any(set(r["with"].split("; ")) == {"China", "Russia"} for r in tripartite)
    wang = rows(seeded_store, "entity", entity="Wang Yi")
    assert ("office holding", "office holder") in {(r["type"], r["role"]) for r in wang}
    assert ("claim", "claimant") in {(r["type"], r["role"]) for r in wang}


def test_timeline_orders_by_date_and_honours_the_range(seeded_store):
    iran = rows(seeded_store, "timeline", entity="Iran")
    dates = [r["date"] for r in iran]
    assert dates == sorted(dates) and all(dates)
    assert {r["dateSource"] for r in iran} <= {"fact", "publication"}
    january = rows(seeded_store, "timeline", entity="Iran", to="2026-01-31")
    assert january and all(r["date"] <= "2026-01-31" for r in january)
    assert len(january) < len(iran)
    after = rows(seeded_store, "timeline", entity="Iran", **{"from": "2026-01-15"})
    assert any(r["date"] == "2026-01" for r in after)  # a month overlapping the range counts


def test_claims_about_gives_claimant_and_office(seeded_store):
    about_rubio = rows(seeded_store, "claims-about", about="marco rubio")
    assert about_rubio and {r["claimant"] for r in about_rubio} == {"Wang Yi"}
    assert "Foreign Minister" in about_rubio[0]["claimantRole"]
    assert about_rubio[0]["published"] == "2026-02-16"
    with pytest.raises(QueryParamError, match="needs --param about"):
        QUERIES["claims-about"].run(seeded_store, {})


def test_documents_lists_both_seeds_with_metadata(seeded_store):
    docs = {r["document"]: r for r in rows(seeded_store, "documents")}
    assert set(docs) == {SEED_CUBA, SEED_UN}
    assert docs[SEED_UN]["author"] == "Andrew Korybko" and docs[SEED_UN]["published"] == "2025-02-27"
    assert int(docs[SEED_CUBA]["facts"]) > 10 and int(docs[SEED_CUBA]["removedRegions"]) >= 1
    korybko = rows(seeded_store, "documents", outlet="andrew korybko's newsletter (substack)")
    assert [r["document"] for r in korybko] == [SEED_UN]
    assert rows(seeded_store, "documents", outlet="Nobody's Gazette") == []


def test_corroboration_counts_documents_and_flags_conflicts(settings, article_dir):
    from kg.ingest import ingest
    from kg.store import GraphStore

    (article_dir / "wheat-delivered.txt").write_text(DELIVERED, encoding="utf-8")
    (article_dir / "wheat-declined.txt").write_text(DECLINED, encoding="utf-8")
    ingest([article_dir], settings=settings)
    with GraphStore(settings.store, read_only=True) as store:
        result = rows(store, "corroboration", recipient="Cuba")
    wheat = [r for r in result if r["item"] == "wheat"]
    assert len(wheat) == 1
    row = wheat[0]
    assert (row["donor"], row["documents"], row["conflicting"]) == ("Russia", "2", "yes")
    # the refused offer is recorded at both stages it reports (README A2/A3)
    assert set(row["statuses"].split("; ")) == {"delivered", "declined", "offered"}
    assert "delivered: HAVANA — Russia delivered" in row["evidence"]


def test_corroboration_on_the_seeds_has_one_document_per_flow(seeded_store):
    result = rows(seeded_store, "corroboration", donor="Russia", recipient="Iran")
    assert result and all(r["documents"] == "1" for r in result)


# -- parameters are validated and bound, never pasted ---------------------------------------

INJECTIONS = [
    'Cuba" } UNION { ?s ?p ?o } #',
    "Cuba' } UNION { ?s ?p ?o }",
    "} UNION { ?flow ?p ?o",
    "<https://w3id.org/geokg/resource/state/CU> } UNION {",
    "https://w3id.org/geokg/resource/state/C U",
    "Cuba\\\" . ?x ?y ?z",
    "Q241 } ",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_entity_injections_are_rejected(seeded_store, value):
    with pytest.raises(QueryParamError):
        QUERIES["who-supplies"].run(seeded_store, {"recipient": value})


@pytest.mark.parametrize("value", INJECTIONS)
def test_string_injections_match_literally(seeded_store, value):
    assert rows(seeded_store, "documents", outlet=value) == []


@pytest.mark.parametrize("name,param,value", [
    ("aid-flows", "status", "declined } UNION {"),
    ("aid-flows", "category", "military\" ."),
    ("timeline", "from", "2026-01-01\" } UNION {"),
    ("timeline", "to", "2026-13-45"),
])
def test_enum_and_date_injections_are_rejected(seeded_store, name, param, value):
    params = {"entity": "Iran"} if name == "timeline" else {}
    with pytest.raises(QueryParamError):
        QUERIES[name].run(seeded_store, {**params, param: value})


def test_ambiguous_label_lists_candidates():
    import pyoxigraph as ox

    from kg.queries import resolve_entity
    from kg.rdf.iris import ENTITIES_GRAPH
    from kg.store import GraphStore
    from kg.vocab import KG, RDF, RDFS, RESOURCE_BASE

    store = GraphStore()
    graph = ox.NamedNode(ENTITIES_GRAPH)
    for key in ("wang-yi", "wang-yi-2"):
        node = ox.NamedNode(f"{RESOURCE_BASE}person/{key}")
        store.extend([ox.Quad(node, ox.NamedNode(RDF.type), ox.NamedNode(KG.Person), graph),
                      ox.Quad(node, ox.NamedNode(RDFS.label), ox.Literal("Wang Yi"), graph)])
    with pytest.raises(QueryParamError, match="ambiguous") as err:
        resolve_entity(store, "wang yi", "Person")
    assert "person/wang-yi>" in str(err.value) and "person/wang-yi-2>" in str(err.value)
    assert "\n" not in str(err.value)


def test_when_lines_join_on_given_parameters_only(seeded_store):
    offices = QUERIES["offices"]
    assert "# when: state" in offices.sparql
    without = offices.bound_sparql(seeded_store, {})
    with_state = offices.bound_sparql(seeded_store, {"state": "China"})
    assert "?param_state" not in without.split("WHERE", 1)[1]
    assert "kg:officeOf ?param_state" in with_state and "VALUES ?param_state" in with_state
    everyone = rows(seeded_store, "offices")
    assert any(not r["state"] for r in everyone)  # an absent parameter filters nothing


def test_a_when_line_must_name_a_declared_parameter(tmp_path):
    (tmp_path / "bad.rq").write_text(
        "# title: t\n# description: d\nSELECT * WHERE {\n  ?s ?p ?param_x  # when: x\n}\n", encoding="utf-8")
    with pytest.raises(QueryParamError, match="names no declared parameter"):
        load_queries(tmp_path)
