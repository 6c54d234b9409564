"""kg serve, in process: every route and error of the SPARQL endpoint and the canned-query routes."""

from __future__ import annotations

import csv
import io
import shutil
import xml.etree.ElementTree as ET

import pytest

from kg.queries import get_query
from kg.store import GraphStore
from kg.web import create_app

STATES = "SELECT ?s WHERE { ?s a kg:State } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT { ?s a kg:State } WHERE { ?s a kg:State }"
SRX = "{http://www.w3.org/2005/sparql-results#}"




def state_iris(store) -> list[str]:
    return sorted({row["s"].value for row in store.query(STATES)})


# -- /sparql: the three ways to send a query ----------------------------------------------------
def test_get_select_defaults_to_sparql_json(client, served_store):
    response = client.get("/sparql", query_string={"query": STATES})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    data = response.get_json(force=True)
    assert data["head"]["vars"] == ["s"]
    values = [b["s"]["value"] for b in data["results"]["bindings"]]
    assert sorted(set(values)) == state_iris(served_store) and len(values) > 5
    assert all(b["s"]["type"] == "uri" for b in data["results"]["bindings"])
    assert "X-KG-Truncated" not in response.headers


def test_post_form_and_post_sparql_query_body_give_the_same_answer(client):
    by_get = client.get("/sparql", query_string={"query": STATES}).get_json(force=True)
    by_form = client.post("/sparql", data={"query": STATES}).get_json(force=True)
    by_body = client.post("/sparql", data=STATES.encode(), content_type="application/sparql-query")
    assert by_body.status_code == 200
    assert by_get == by_form == by_body.get_json(force=True)


def test_ask_answers_a_boolean(client):
    yes = client.get("/sparql", query_string={"query": "ASK { ?s a kg:State }"}).get_json(force=True)
    no = client.get("/sparql", query_string={"query": "ASK { ?s a kg:NoSuchClass }"}).get_json(force=True)
    assert yes["boolean"] is True and no["boolean"] is False
    xml = client.get("/sparql", query_string={"query": "ASK { ?s a kg:State }"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert ET.fromstring(xml.data).find(f"{SRX}boolean").text == "true"


# -- content negotiation --------------------------------------------------------------------------
@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
], ids=["json", "xml", "csv", "tsv", "any", "weighted"])
def test_select_results_follow_accept(client, served_store, accept, media):
    response = client.get("/sparql", query_string={"query": STATES}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media
    assert response.headers["Vary"] == "Accept"
    text = response.data.decode()
    expected = state_iris(served_store)
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["s"] and sorted({r[0] for r in rows[1:]}) == expected
    elif media == "text/tab-separated-values":
        lines = text.splitlines()
        assert lines[0] == "?s" and sorted({line.strip("<>") for line in lines[1:]}) == expected
    elif media.endswith("xml"):
        uris = [u.text for u in ET.fromstring(response.data).iter(f"{SRX}uri")]
        assert sorted(set(uris)) == expected
    else:
        assert sorted({b["s"]["value"] for b in response.get_json(force=True)["results"]["bindings"]}) == expected


def test_literals_keep_their_language_and_datatype_in_json(client):
    query = 'SELECT ?n ?l WHERE { BIND(42 AS ?n) BIND("Kyiv"@en AS ?l) }'
    binding = client.get("/sparql", query_string={"query": query}).get_json(force=True)["results"]["bindings"][0]
    assert binding["n"] == {"type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert binding["l"] == {"type": "literal", "value": "Kyiv", "xml:lang": "en"}


@pytest.mark.parametrize("accept, media", [
    (None, "text/turtle"),
    ("text/turtle", "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
], ids=["default", "turtle", "ntriples", "jsonld", "rdfxml"])
def test_construct_graphs_follow_accept(client, served_store, accept, media):
    import pyoxigraph as ox

    headers = {"Accept": accept} if accept else {}
    response = client.post("/sparql", data={"query": CONSTRUCT}, headers=headers)
    assert response.status_code == 200 and response.mimetype == media
    subjects = sorted({t.subject.value for t in ox.parse(response.data, format=ox.RdfFormat.from_media_type(media))})
    assert subjects == state_iris(served_store)


def test_format_parameter_wins_over_accept(client):
    response = client.get("/sparql", query_string={"query": STATES, "format": "csv"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.mimetype == "text/csv" and response.data.startswith(b"s\r\n")
    graph = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "nt"})
    assert graph.mimetype == "application/n-triples" and graph.data.rstrip().endswith(b".")


def test_an_accept_it_cannot_serve_is_406(client):
    response = client.get("/sparql", query_string={"query": STATES}, headers={"Accept": "text/html"})
    assert response.status_code == 406
    assert b"application/sparql-results+json" in response.data
    graph = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert graph.status_code == 406 and b"text/turtle" in graph.data


# -- errors ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query, words", [
    ("SELEC ?s WHERE { ?s ?p ?o }", "Not a SPARQL query"),
    ("SELECT ?s WHERE { ?s ?p ?o ", "SPARQL syntax error"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "is refused"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "is refused"),
    ("", "Missing query"),
], ids=["typo", "unclosed", "service", "from-file", "from-named-remote", "empty"])
def test_malformed_or_refused_queries_are_400_with_one_line(client, query, words):
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    text = response.data.decode()
    assert words in text and text.count("\n") == 1


def test_from_a_graph_of_this_store_is_allowed(client):
    query = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/geokg/graph/ontology> WHERE { ?s ?p ?o }"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200
    assert int(response.get_json(force=True)["results"]["bindings"][0]["n"]["value"]) > 100


def test_missing_query_parameter_is_400(client):
    assert client.get("/sparql").status_code == 400
    assert client.post("/sparql", data={"other": "x"}).status_code == 400


@pytest.mark.parametrize("send", ["update-param", "update-form", "update-body", "keyword"])
def test_updates_are_403_with_an_explanation(client, served_store, send):
    update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"
    before = len(served_store)
    if send == "update-param":
        response = client.get("/sparql", query_string={"update": update})
    elif send == "update-form":
        response = client.post("/sparql", data={"update": update})
    elif send == "update-body":
        response = client.post("/sparql", data=update.encode(), content_type="application/sparql-update")
    else:
        response = client.post("/sparql", data={"query": update})
    assert response.status_code == 403
    assert b"read-only" in response.data
    assert len(served_store) == before


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_405(client, method):
    response = getattr(client, method)("/sparql", query_string={"query": STATES})
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"] and "POST" in response.headers["Allow"]


def test_an_unsupported_body_type_is_400(client):
    response = client.post("/sparql", data=b"{}", content_type="application/json")
    assert response.status_code == 400 and b"application/sparql-query" in response.data


def test_a_body_over_the_size_limit_is_413(client, served):
    padding = "#" + "x" * served.serve_max_request_bytes + "\n"
    response = client.post("/sparql", data=(padding + STATES).encode(), content_type="application/sparql-query")
    assert response.status_code == 413
    assert b"serve_max_request_bytes" in response.data
    form = client.post("/sparql", data={"query": padding + STATES})
    assert form.status_code == 413
    long_get = client.get("/sparql", query_string={"query": padding + STATES})
    assert long_get.status_code == 414 and b"serve_max_request_bytes" in long_get.data


def test_a_result_over_the_row_limit_is_cut_and_says_so(served, served_store):
    app = create_app(served.with_values(serve_row_limit=3), store=served_store)
    try:
        client = app.test_client()
        response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert response.status_code == 200
        assert len(response.get_json(force=True)["results"]["bindings"]) == 3
        assert response.headers["X-KG-Truncated"] == "true" and response.headers["X-KG-Row-Limit"] == "3"
        graph = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
        assert len(graph.data.decode().strip().splitlines()) == 3 and graph.headers["X-KG-Truncated"] == "true"
        small = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
        assert "X-KG-Truncated" not in small.headers
        canned = client.get("/queries/documents.json")
        assert len(canned.get_json()) <= 3
    finally:
        app.extensions["kg"].close()


def test_a_query_past_the_timeout_is_503_and_its_work_stops(served, served_store):
    import time

    app = create_app(served.with_values(serve_timeout_seconds=1, serve_row_limit=10**9), store=served_store)
    try:
        slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # billions of rows, read one by one
        started = time.monotonic()
        response = app.test_client().get("/sparql", query_string={"query": slow})
        assert response.status_code == 503
        assert time.monotonic() - started < 5
        assert b"serve_timeout_seconds" in response.data and response.mimetype == "text/plain"
        # The abandoned worker stops reading rows at its deadline: no query is left running.
        runner = app.extensions["kg"]
        waited = time.monotonic() + 5
        while runner.active and time.monotonic() < waited:
            time.sleep(0.05)
        assert runner.active == 0
        assert app.test_client().get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    finally:
        app.extensions["kg"].close()


def test_cors_is_off_by_default_and_on_with_cors(served, served_store, client):
    assert "Access-Control-Allow-Origin" not in client.get("/sparql", query_string={"query": STATES}).headers
    app = create_app(served, store=served_store, cors=True)
    try:
        response = app.test_client().get("/sparql", query_string={"query": STATES})
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    finally:
        app.extensions["kg"].close()


# -- canned queries ----------------------------------------------------------------------------------
def test_queries_lists_every_canned_query_with_its_params(client, served):
    from kg.queries import load_queries

    listing = client.get("/queries").get_json()
    queries = load_queries(served.queries_dir)
    assert [q["name"] for q in listing] == list(queries)
    supplies = next(q for q in listing if q["name"] == "who-supplies")
    recipient = next(p for p in supplies["params"] if p["name"] == "recipient")
    assert recipient["required"] is True and recipient["type"] == "entity:State"
    assert supplies["urls"]["json"] == "/queries/who-supplies.json"


def test_canned_query_json_and_csv_give_the_rows_of_kg_query(client, runner, served):
    from kg.cli import cli

    for fmt in ("json", "csv"):
        response = client.get(f"/queries/who-supplies.{fmt}", query_string={"recipient": "Cuba"})
        assert response.status_code == 200
        cli_out = runner.invoke(cli, ["query", "who-supplies", "--param", "recipient=Cuba", "--format", fmt,
                                      "--store", str(served.store)])
        assert cli_out.exit_code == 0, cli_out.output
        assert response.data.decode() == cli_out.output
    rows = client.get("/queries/who-supplies.json", query_string={"recipient": "Cuba"}).get_json()
    assert rows and {"donor", "evidence"} <= set(rows[0])
    assert response.mimetype == "text/csv"


def test_canned_query_rows_match_the_library(client, served_store, served):
    expected = get_query(served.queries_dir, "who-supplies").run(served_store, {"recipient": "Iran"})
    rows = client.get("/queries/who-supplies.json", query_string={"recipient": "Iran"}).get_json()
    assert rows == expected.records()


@pytest.mark.parametrize("path, status, words", [
    ("/queries/no-such-query.json", 404, "No query 'no-such-query'"),
    ("/queries/who-supplies.json", 400, "needs --param recipient"),
    ("/queries/who-supplies.json?recipient=Atlantis", 400, "no state named 'Atlantis'"),
    ("/queries/who-supplies.json?recipient=Cuba&colour=red", 400, "has no parameter 'colour'"),
    ("/queries/who-supplies.xml?recipient=Cuba", 404, "use .json or .csv"),
], ids=["unknown-query", "missing-param", "unknown-entity", "undeclared-param", "bad-extension"])
def test_canned_query_errors_are_json_with_the_cli_message(client, path, status, words):
    response = client.get(path)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert words in response.get_json()["error"]


def test_ingest_route_exists_only_when_allowed(client):
    assert client.post("/ingest").status_code in (404, 405)


# -- the command and the store's write path ---------------------------------------------------------
def test_serve_command_help_and_one_line_errors(runner, tmp_path, served):
    import socket

    from kg.cli import cli

    help_text = runner.invoke(cli, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text and "--cors" in help_text and "--allow-ingest" in help_text
    missing = runner.invoke(cli, ["serve", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and missing.output.startswith("Error: No store at")
    copy = tmp_path / "store"
    shutil.copytree(served.store, copy)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = runner.invoke(cli, ["serve", "--store", str(copy), "--port", str(taken.getsockname()[1])])
    assert busy.exit_code == 1 and "Cannot listen on 127.0.0.1:" in busy.output
    assert len(busy.output.strip().splitlines()) == 1


class _Recorder:
    """Stands in for the pyoxigraph store and notes which write method is called."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def __getattr__(self, name):
        if name in ("extend", "bulk_extend", "update"):
            self.calls.append(name)
        return getattr(self.inner, name)

    def __contains__(self, item):
        return item in self.inner


@pytest.mark.parametrize("atomic, method", [(True, "extend"), (False, "bulk_extend")], ids=["server", "cli"])
def test_the_server_writes_new_documents_in_one_transaction(atomic, method):
    graph = GraphStore(atomic=atomic)
    graph._store = recorder = _Recorder(graph._store)
    graph.replace_graphs({"urn:g": "<urn:a> <urn:b> <urn:c> ."})
    assert recorder.calls == [method]
    assert [q.subject.value for q in graph.graph_quads("urn:g")] == ["urn:a"]
