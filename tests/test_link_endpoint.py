"""Linking against a real local SPARQL endpoint (`oxigraph serve`) holding the Wikidata-shaped
fixture, with decoys that share the seeds' names; and how linking degrades when the endpoint fails.
"""

from __future__ import annotations

import json
import shutil

import pytest
from wikidata_server import bad_endpoint, fixture_endpoint, free_port

from conftest import SEEDS
from kg.cli import cli
from kg.errors import LinkError
from kg.ingest import ingest
from kg.link import link_store, unresolved
from kg.link.cache import AnswerCache
from kg.link.candidates import find_candidates, lookup_query
from kg.link.client import SparqlClient
from kg.store import GraphStore


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with fixture_endpoint(tmp_path_factory.mktemp("wikidata")) as url:
        yield url


@pytest.fixture
def link_settings(settings, tmp_path, endpoint):
    """A fresh store built from seeds/ with an empty cache, pointed at the fixture endpoint."""
    local = settings.with_values(wikidata_cache=tmp_path / "cache", wikidata_endpoint=endpoint,
                                 wikidata_overrides=tmp_path / "overrides.toml", wikidata_timeout=5)
    ingest([SEEDS], settings=local, validate="off")
    return local


def _links(settings) -> dict[str, tuple[str, str | None]]:
    """Entity key -> (status, chosen QID) of every link decision in the store."""
    with GraphStore(settings.store, read_only=True) as store:
        rows = store.query("SELECT ?e ?status ?qid WHERE { ?d a kg:LinkDecision ; kg:linkOf ?e ; "
                           "kg:linkStatus ?status . OPTIONAL { ?d kg:wikidata ?qid } }")
        return {r["e"].value.split("/resource/")[1]: (r["status"].value, r["qid"].value if r["qid"] else None)
                for r in rows}


def test_the_type_filter_drops_items_of_the_wrong_kind(endpoint):
    found = find_candidates("Xi Jinping", "person", SparqlClient(endpoint).select)
    assert [c.qid for c in found] == ["Q15031"]  # the fixture's ship named "Xi Jinping" is no human


def test_aliases_are_looked_up(endpoint):
    found = find_candidates("Putin", "person", SparqlClient(endpoint).select)
    assert {c.qid for c in found} == {"Q7747", "Q9999999902"}
    assert {c.matched for c in found} == {"alias"}


def test_hostile_names_stay_literals(endpoint):
    name = 'x"@en } ?item ?p ?o . { ?item rdfs:label "Marco Rubio'
    assert SparqlClient(endpoint).select(lookup_query(name, "person"))["results"]["bindings"] == []


def test_seeds_are_linked_and_decoys_are_not(link_settings):
    report = link_store(settings=link_settings)
    assert report.warnings == ()
    links = _links(link_settings)
    assert links["person/marco-rubio"] == ("linked", "Q324546")  # two decoys share the name
    assert links["person/putin"] == ("linked", "Q7747")  # surname only; a decoy shares the alias
    assert links["person/xi-jinping"] == ("linked", "Q15031")
    assert links["place/beijing"] == ("linked", "Q956")  # a decoy village shares the name
    # Only decoys answer to "Wang Yi" (a badminton player, a Han scholar): neither is the foreign minister.
    assert links["person/wang-yi"] == ("unresolved", None)
    assert links["person/nikolai-patrushev"] == ("unresolved", None)
    listed = unresolved(settings=link_settings).records()
    assert {r["label"] for r in listed} >= {"Wang Yi", "Nikolai Patrushev"}
    wang = next(r for r in listed if r["label"] == "Wang Yi")
    assert "Q9999999903" in wang["candidates"]


def test_the_decision_is_auditable(link_settings):
    link_store(settings=link_settings, enrich=False)
    with GraphStore(link_settings.store, read_only=True) as store:
        rows = list(store.query(
            "SELECT ?rank ?qid ?score ?why ?endpoint WHERE { ?d kg:linkOf ?e ; kg:endpoint ?endpoint ; "
            "kg:candidate ?c . ?c kg:rank ?rank ; kg:wikidata ?qid ; kg:score ?score ; kg:scoreEvidence ?why . "
            "?e rdfs:label 'Marco Rubio' }"))
        same = {r["o"].value for r in store.query(
            "SELECT ?o WHERE { ?e rdfs:label 'Marco Rubio' ; owl:sameAs ?o }")}
    assert same == {"http://www.wikidata.org/entity/Q324546"}
    best = {r["qid"].value for r in rows if r["rank"].value == "1"}
    assert best == {"Q324546"}
    assert any("United States senator (Q4416090)" in r["why"].value for r in rows)
    assert {r["endpoint"].value for r in rows} == {link_settings.wikidata_endpoint}
    scores = {r["qid"].value: float(r["score"].value) for r in rows}
    assert scores["Q324546"] > scores["Q9999999901"] + 1


def test_the_cache_makes_a_rebuild_offline_and_identical(link_settings, tmp_path):
    first = link_store(settings=link_settings)
    assert first.requests > 0
    entries = list(link_settings.wikidata_cache.glob("*.json"))
    assert entries
    assert {json.loads(p.read_text())["endpoint"] for p in entries} == {link_settings.wikidata_endpoint}
    before = _links(link_settings)
    # A new store built offline from the same cache, with the endpoint gone, has the same links.
    offline = link_settings.with_values(store=tmp_path / "second", wikidata_endpoint=f"http://127.0.0.1:{free_port()}/")
    ingest([SEEDS], settings=offline, validate="off")
    assert _links(offline) == before
    again = link_store(settings=offline)
    assert again.requests == 0 and again.warnings == ()


def test_enrichment_graph_records_where_and_when(link_settings):
    link_store(settings=link_settings)
    with GraphStore(link_settings.store, read_only=True) as store:
        rows = list(store.query(
            "SELECT ?g ?endpoint ?when WHERE { GRAPH ?g { ?g kg:endpoint ?endpoint ; prov:generatedAtTime ?when ; "
            "prov:wasDerivedFrom ?source . wd:Q324546 p:P39 ?st . ?st ps:P39 wd:Q14213 ; pq:P580 ?start } }"))
    assert len(rows) == 1
    assert rows[0]["g"].value.endswith("/graph/wikidata/Q324546")
    assert rows[0]["endpoint"].value == link_settings.wikidata_endpoint


def test_wikidata_conflicts_shows_the_rubio_case(link_settings):
    from kg.queries import get_query

    link_store(settings=link_settings)
    with GraphStore(link_settings.store, read_only=True) as store:
        records = get_query(link_settings.queries_dir, "wikidata-conflicts").run(store).records()
    rubio = {(r["wikidata_says"], r["wikidata_start"], r["wikidata_end"], r["held_on_article_date"])
             for r in records if r["person"] == "Marco Rubio"}
    assert ("United States senator", "2011-01-03", "2025-01-20", "no") in rubio
    assert ("United States Secretary of State", "2025-01-21", "", "yes") in rubio
    assert {r["article_says"] for r in records} == {"Senator"}  # Putin and Xi hold their offices
    assert {r["article_date"] for r in records} == {"2026-02-16"}


def test_an_override_wins(link_settings):
    link_settings.wikidata_overrides.write_text(
        '[[override]]\nentity = "person/wang-yi"\nqid = "Q9999999903"\nreason = "test: force a choice"\n'
        '[[override]]\nentity = "https://w3id.org/geokg/resource/person/marco-rubio"\nqid = "none"\n'
        'reason = "test: keep unlinked"\n', encoding="utf-8")
    link_store(settings=link_settings, enrich=False)
    links = _links(link_settings)
    assert links["person/wang-yi"] == ("override", "Q9999999903")
    assert links["person/marco-rubio"] == ("unresolved", None)


@pytest.mark.parametrize("mode", ["error", "garbage", "slow", "down"])
def test_a_failing_endpoint_leaves_provisional_iris_with_a_warning(link_settings, mode, runner):
    if mode == "down":
        report = link_store(settings=link_settings.with_values(
            wikidata_endpoint=f"http://127.0.0.1:{free_port()}/sparql"))
    else:
        with bad_endpoint(mode, delay=8) as (url, server):
            report = link_store(settings=link_settings.with_values(wikidata_endpoint=url, wikidata_timeout=1))
        assert server.hits == 1  # the first failure takes the endpoint offline for the run
    assert len(report.warnings) == 1 and "provisional" in report.warnings[0]
    links = _links(link_settings)
    assert links["person/marco-rubio"] == ("unresolved", None)
    assert {status for status, _ in links.values()} == {"unresolved"}
    with GraphStore(link_settings.store, read_only=True) as store:  # nothing was dropped
        assert store.query("ASK { ?e a kg:Person ; rdfs:label 'Marco Rubio' }")
    assert not list(link_settings.wikidata_cache.glob("*.json"))


def test_cli_link_warns_and_strict_fails(link_settings, runner, monkeypatch):
    port = free_port()
    for name, value in (("KG_WIKIDATA_CACHE", link_settings.wikidata_cache),
                        ("KG_WIKIDATA_OVERRIDES", link_settings.wikidata_overrides)):
        monkeypatch.setenv(name, str(value))
    args = ["link", "--store", str(link_settings.store), "--endpoint", f"http://127.0.0.1:{port}/sparql"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Warning: Cannot reach" in result.output and "unresolved" in result.output
    strict = runner.invoke(cli, [*args, "--strict"])
    assert strict.exit_code == 1 and strict.output.startswith("Error: Cannot reach")
    listing = runner.invoke(cli, ["link", "--unresolved", "--store", str(link_settings.store), "--format", "json"])
    assert "Marco Rubio" in {r["label"] for r in json.loads(listing.output)}


def test_cli_lists_every_decision(link_settings, runner):
    link_store(settings=link_settings, enrich=False)
    listing = runner.invoke(cli, ["link", "--decisions", "--store", str(link_settings.store), "--format", "json"])
    assert listing.exit_code == 0, listing.output
    rows = {r["label"]: r for r in json.loads(listing.output)}
    assert rows["Marco Rubio"]["status"] == "linked" and rows["Marco Rubio"]["qid"] == "Q324546"
    assert "#1 Q324546 Marco Rubio" in rows["Marco Rubio"]["candidates"]
    assert rows["Wang Yi"]["status"] == "unresolved" and rows["Wang Yi"]["qid"] == ""


def test_cli_link_and_enrich_against_the_fixture(link_settings, runner, monkeypatch, endpoint):
    monkeypatch.setenv("KG_WIKIDATA_CACHE", str(link_settings.wikidata_cache))
    monkeypatch.setenv("KG_WIKIDATA_OVERRIDES", str(link_settings.wikidata_overrides))
    result = runner.invoke(cli, ["link", "--store", str(link_settings.store), "--endpoint", endpoint,
                                 "--no-enrich"])
    assert result.exit_code == 0 and "linked" in result.output, result.output
    enriched = runner.invoke(cli, ["enrich", "--store", str(link_settings.store), "--endpoint", endpoint])
    assert enriched.exit_code == 0, enriched.output
    with GraphStore(link_settings.store, read_only=True) as store:
        assert store.query("ASK { GRAPH ?g { wd:Q30 p:P35 ?st . ?st ps:P35 wd:Q22686 } }")


def test_a_broken_cache_file_is_a_one_line_error(tmp_path):
    cache = AnswerCache(tmp_path)
    cache.put("SELECT * WHERE {}", "http://example.org/sparql", {"results": {"bindings": []}})
    cache.path("SELECT * WHERE {}").write_text("{", encoding="utf-8")
    with pytest.raises(LinkError, match="Broken cache file"):
        cache.get("SELECT * WHERE {}")


def test_reingest_keeps_links_and_a_failed_ingest_changes_nothing(link_settings, article_dir):
    link_store(settings=link_settings)
    before = _links(link_settings)
    ingest([SEEDS], settings=link_settings, validate="off")  # re-ingest: links from the cache again
    assert _links(link_settings) == before
    bad = article_dir / "empty.txt"
    bad.write_text("", encoding="utf-8")
    shutil.copy(SEEDS / "000_5fae679bbda454a8.txt", article_dir)
    with GraphStore(link_settings.store, read_only=True) as store:
        graphs = store.named_graphs()
    with pytest.raises(Exception):
        ingest([article_dir], settings=link_settings.with_values(wikidata_cache=link_settings.wikidata_cache / "x"))
    with GraphStore(link_settings.store, read_only=True) as store:
        assert store.named_graphs() == graphs
    assert _links(link_settings) == before


def test_link_graphs_conform_to_the_shapes(link_settings):
    """Validated as built (the store itself turns xsd:nonNegativeInteger into xsd:integer on the way in)."""
    from kg.link import offline_graphs
    from kg.link.context import document_contexts
    from kg.store import to_ntriples
    from kg.validate import validate_ntriples

    link_store(settings=link_settings, enrich=False)  # fills the cache; the graphs below come from it
    with GraphStore(link_settings.store, read_only=True) as store:
        documents = {g: document_contexts(store.graph_quads(g))
                     for g in store.named_graphs() if "/graph/document/" in g}
    graphs = offline_graphs(documents, settings=link_settings)
    data = "\n".join(to_ntriples(quads) for g, quads in graphs.items() if "/graph/links/" in g)
    assert "LinkCandidate" in data and "owl#sameAs" in data
    report = validate_ntriples(data, ontology_dir=link_settings.ontology_dir)
    assert report.conforms, report.violations[:3]


def test_a_cache_file_with_a_bad_result_is_a_one_line_error(tmp_path):
    cache = AnswerCache(tmp_path)
    cache.put("ASK {}", "http://example.org/sparql", {"results": {"bindings": "none"}})
    with pytest.raises(LinkError, match="Broken cache file"):
        cache.get("ASK {}")


def test_deprecated_statements_do_not_count(endpoint):
    found = {c.qid: c for c in find_candidates("Marco Rubio", "person", SparqlClient(endpoint).select)}
    assert "Q4416090" not in found["Q9999999907"].values("P39")  # its senator claim is deprecated
    assert "Q4416090" in found["Q324546"].values("P39")
