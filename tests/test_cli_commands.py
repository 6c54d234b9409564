"""kg sparql, export, stats and check on the seeded store; every error is one line with exit code 1."""

from __future__ import annotations

import json

import pytest

from kg.cli import cli


def invoke(runner, settings, *args):
    return runner.invoke(cli, [*args, "--store", str(settings.store)])


def one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


# -- sparql ----------------------------------------------------------------------------------

def test_sparql_select_with_predeclared_prefixes(runner, seeded_settings):
    query = "SELECT ?name WHERE { ?f kg:status aid-status:declined ; kg:donor/rdfs:label ?name } ORDER BY ?name"
    result = invoke(runner, seeded_settings, "sparql", query, "--format", "json")
    assert result.exit_code == 0, result.output
    names = {row["name"] for row in json.loads(result.output)}
    assert names == {"China", "Russia"}


def test_sparql_ask_construct_limit_and_file(runner, seeded_settings, tmp_path):
    ask = invoke(runner, seeded_settings, "sparql", "ASK { ?s a kg:AidFlow }")
    assert ask.output.strip() == "true"
    construct = invoke(runner, seeded_settings, "sparql",
                       "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:State ; rdfs:label ?l }", "--limit", "2",
                       "--format", "nt")
    assert construct.exit_code == 0 and len(construct.output.strip().splitlines()) == 2
    path = tmp_path / "q.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }", encoding="utf-8")
    counted = invoke(runner, seeded_settings, "sparql", "-f", str(path), "--format", "csv")
    assert counted.output.strip().splitlines() == ["n", "2"]


@pytest.mark.parametrize("query,message", [
    ("DELETE WHERE { ?s ?p ?o }", "Updates are refused"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "Updates are refused"),
    ("DROP ALL", "Updates are refused"),
    ("LOAD <http://example.org/x.ttl>", "Updates are refused"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * WHERE { ?s ?p ", "SPARQL syntax error"),
    ("", "Empty SPARQL query"),
])
def test_sparql_refuses_updates_service_and_bad_text(runner, seeded_settings, query, message):
    assert message in one_line_error(invoke(runner, seeded_settings, "sparql", query))


def test_sparql_keywords_inside_strings_and_names_are_not_refused(runner, seeded_settings):
    query = 'SELECT ?x WHERE { BIND("DELETE this; DROP that; SERVICE" AS ?x) # INSERT in a comment\n}'
    result = invoke(runner, seeded_settings, "sparql", query, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "DELETE this" in result.output


def test_sparql_needs_exactly_one_source(runner, seeded_settings, tmp_path):
    assert "one of them" in one_line_error(invoke(runner, seeded_settings, "sparql"))
    missing = invoke(runner, seeded_settings, "sparql", "-f", str(tmp_path / "nope.rq"))
    assert missing.exit_code != 0


def test_sparql_guard_for_the_web_endpoint_refuses_foreign_from():
    from kg.errors import SparqlError
    from kg.sparql import query_form

    graph = "https://w3id.org/geokg/graph/document/x"
    assert query_form(f"SELECT * FROM <{graph}> WHERE {{ ?s ?p ?o }}", allow_from=False,
                      known_graphs=frozenset({graph})) == "SELECT"
    with pytest.raises(SparqlError, match="FROM <file:///etc/passwd> is refused"):
        query_form("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", allow_from=False)


# -- export ----------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib 7.6 warns inside its own parsers
@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_round_trips_through_rdflib(runner, seeded_settings, seeded_store, tmp_path, fmt):
    from rdflib import Dataset, Graph

    out = tmp_path / f"graph.{fmt}"
    result = invoke(runner, seeded_settings, "export", "--format", fmt, "--output", str(out))
    assert result.exit_code == 0, result.output
    rdflib_format = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt]
    if fmt in ("nq", "trig", "jsonld"):
        dataset = Dataset()
        dataset.parse(out, format=rdflib_format)
        assert len(list(dataset.quads((None, None, None, None)))) == len(seeded_store)
    else:
        graph = Graph().parse(out, format=rdflib_format)
        distinct = {(q.subject, q.predicate, q.object) for q in seeded_store.quads_for_pattern()}
        assert len(graph) == len(distinct)


def test_export_to_stdout(runner, seeded_settings):
    result = invoke(runner, seeded_settings, "export", "--format", "nt")
    assert result.exit_code == 0
    assert "<https://w3id.org/geokg/resource/state/CU>" in result.output


# -- stats -----------------------------------------------------------------------------------

def test_stats_counts_classes_and_facts_per_document(runner, seeded_settings, seeded_store):
    result = invoke(runner, seeded_settings, "stats", "--format", "json")
    stats = json.loads(result.output)
    assert stats["triples"] == len(seeded_store)
    flows = sum(1 for _ in seeded_store.query("SELECT ?f WHERE { ?f a kg:AidFlow }"))
    assert stats["classes"]["AidFlow"] == flows > 0
    assert set(stats["documents"]) == {"000_5fae679bbda454a8", "001_dcba561c04f42727"}
    assert stats["documents"]["000_5fae679bbda454a8"]["AidFlow"] == flows
    table = invoke(runner, seeded_settings, "stats")
    assert "triples in" in table.output and "OfficeHolding" in table.output


# -- check -----------------------------------------------------------------------------------

def test_check_conforms_and_infers_the_leaders_the_query_finds(runner, seeded_settings, seeded_store):
    from kg.queries import load_queries
    from kg.settings import PROJECT_ROOT

    result = invoke(runner, seeded_settings, "check")
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.output and "OWL: consistent" in result.output
    line = next(line for line in result.output.splitlines() if line.startswith("Leaders inferred"))
    inferred = set(line.split(": ", 1)[1].split(", "))
    queried = {r["person"] for r in load_queries(PROJECT_ROOT / "queries")["leaders"].run(seeded_store).records()}
    assert inferred == queried and "Xi Jinping" in inferred


def test_check_finds_an_inconsistency(settings):
    """Two donors on one flow break kg:donor's functionality, with the donors declared different."""
    import pyoxigraph as ox

    from kg.check import check_store
    from kg.settings import load_settings
    from kg.store import GraphStore
    from kg.vocab import KG, RDF, RESOURCE_BASE

    owl_different = "http://www.w3.org/2002/07/owl#differentFrom"
    flow, cu, ru, cn = (ox.NamedNode(RESOURCE_BASE + p) for p in ("aid/x", "state/CU", "state/RU", "state/CN"))
    with GraphStore(settings.store) as store:
        store.extend(ox.Quad(*t) for t in [
            (flow, ox.NamedNode(RDF.type), ox.NamedNode(KG.AidFlow)),
            (flow, ox.NamedNode(KG.donor), ru), (flow, ox.NamedNode(KG.donor), cn),
            (flow, ox.NamedNode(KG.recipient), cu), (ru, ox.NamedNode(owl_different), cn),
        ])
        report = check_store(store, ontology_dir=load_settings({}).ontology_dir)
    assert report.owl_consistent is False and not report.ok
    assert report.shacl_conforms is False  # the shapes also want evidence, item, status ...


def test_check_save_inferences_writes_the_inferred_graph(runner, settings):
    from kg.check import INFERRED_GRAPH
    from kg.ingest import ingest
    from kg.settings import PROJECT_ROOT
    from kg.store import GraphStore

    ingest([PROJECT_ROOT / "seeds" / "000_5fae679bbda454a8.txt"], settings=settings)
    result = invoke(runner, settings, "check", "--save-inferences")
    assert result.exit_code == 0, result.output
    with GraphStore(settings.store, read_only=True) as store:
        assert INFERRED_GRAPH in store.named_graphs()
        leaders = {r["l"].value for r in store.query("SELECT ?l WHERE { ?p a kg:Leader ; rdfs:label ?l }")}
    assert "Xi Jinping" in leaders


def test_missing_store_is_one_line_error(runner, tmp_path):
    for command in (["stats"], ["export"], ["check"], ["sparql", "ASK {}"]):
        result = runner.invoke(cli, [*command, "--store", str(tmp_path / "none")])
        assert "No store at" in one_line_error(result)
