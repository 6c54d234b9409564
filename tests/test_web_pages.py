"""kg serve's HTML pages, in process: every page route, its errors, and the assets the package ships."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib

import pytest
from markupsafe import escape

from kg.queries import example_sparql, get_query, load_queries, suggest_entities
from kg.settings import PROJECT_ROOT
from kg.web.pages import document_page, document_text

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
WEB = PROJECT_ROOT / "kg" / "web"
SEED = "000_5fae679bbda454a8"




def esc(text: str) -> str:
    """Text as the pages' templates escape it (Jinja autoescape)."""
    return str(escape(text))


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url, headers=HTML)
    assert response.status_code == status, (url, response.data[:300])
    assert response.mimetype == "text/html"
    text = response.get_data(as_text=True)
    assert '<nav class="top">' in text  # every page has the nav bar
    return text


def rows_of(table_html: str) -> list[str]:
    return re.findall(r"<tr>(.*?)</tr>", table_html.split("<tbody>", 1)[1], re.S)


def query_rows(served_store, name, **values):
    return get_query(PROJECT_ROOT / "queries", name).run(served_store, values).records()


# -- home -------------------------------------------------------------------------------------------
def test_home_shows_counts_documents_and_states_with_most_flows(client, served_store):
    from kg.stats import collect_stats

    text = page(client, "/")
    stats = collect_stats(served_store)
    assert f"<td>AidFlow</td><td class=\"num\">{stats.per_class['AidFlow']}</td>" in text
    for doc in query_rows(served_store, "documents"):
        assert f'href="/document/{doc["document"]}"' in text
        assert esc(doc["title"]) in text
    flows = query_rows(served_store, "aid-flows")
    busiest = max({r["donor"] for r in flows} | {r["recipient"] for r in flows},
                  key=lambda s: sum(s in (r["donor"], r["recipient"]) for r in flows))
    top = text.split('id="top-states"', 1)[1]
    assert rows_of(top)[0].count(f">{busiest}</a>") == 1


# -- canned queries -----------------------------------------------------------------------------------
def test_queries_is_html_for_browsers_and_json_otherwise(client):
    text = page(client, "/queries")
    for name in load_queries(PROJECT_ROOT / "queries"):
        assert f'href="/queries/{name}"' in text
    listing = client.get("/queries", headers={"Accept": "application/json"})
    assert listing.mimetype == "application/json" and len(listing.get_json()) == len(load_queries(PROJECT_ROOT / "queries"))
    assert client.get("/queries").mimetype == "application/json"


def test_form_has_typed_inputs_from_the_header(client):
    text = page(client, "/queries/aid-flows")
    status = re.search(r'<select id="p-status" name="status">(.*?)</select>', text, re.S).group(1)
    options = re.findall(r'<option value="([^"]*)"', status)
    assert options[0] == "" and sorted(options[1:]) == sorted(
        ["offered", "pledged", "approved", "delivered", "declined", "denied", "unspecified"])
    assert 'data-entity-class="Actor"' in text and 'list="dl-donor"' in text
    assert 'type="date" id="p-from" name="from"' in page(client, "/queries/timeline")
    form = page(client, "/queries/who-supplies")
    assert 'name="recipient"' in form and "required" in form
    assert "<h2>Results</h2>" not in form  # a required parameter is missing: form only, no error


def test_cuba_form_shows_the_rows_of_kg_query_with_evidence(client, served_store):
    text = page(client, "/queries/who-supplies?recipient=Cuba")
    expected = query_rows(served_store, "who-supplies", recipient="Cuba")
    shown = rows_of(text.split("<h2>Results</h2>", 1)[1])
    assert len(shown) == len(expected) > 3
    assert any('<a href="/entity?name=Russia">Russia</a>' in row for row in shown)
    for row, record in zip(shown, expected):
        assert esc(record["evidence"]) in row
        assert f'href="/document/{record["document"]}"' in row
    assert 'value="Cuba"' in text


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/queries/who-supplies?recipient=Atlantis", 400, "no state named &#39;Atlantis&#39;"),
    ("/queries/aid-flows?status=lost", 400, "Bad value &#39;lost&#39; for status"),
    ("/queries/timeline?entity=Cuba&from=yesterday", 400, "Bad date &#39;yesterday&#39;"),
    ("/queries/who-supplies?recipient=Cuba&colour=red", 400, "has no parameter &#39;colour&#39;"),
    ("/queries/no-such-query", 404, "No query &#39;no-such-query&#39;"),
], ids=["unknown-state", "bad-enum", "bad-date", "unknown-param", "unknown-query"])
def test_form_errors_are_one_line_on_the_page(client, url, status, words):
    text = page(client, url, status)
    message = re.search(r'<p class="error" role="alert">(.*?)</p>', text).group(1)
    assert words in message and "\n" not in message


def test_entity_suggestions_are_bound_not_pasted(client):
    assert client.get("/entities?class=State&q=cu").get_json() == [
        {"label": "Cuba", "iri": "https://w3id.org/geokg/resource/state/CU"}]
    people = client.get("/entities?class=Person&q=RUB").get_json()
    assert [p["label"] for p in people] == ["Marco Rubio"]
    assert client.get("/entities", query_string={"class": "State", "q": '") } } SELECT * WHERE { ?s ?p ?o'}).get_json() == []
    bad = client.get("/entities?class=Planet&q=x")
    assert bad.status_code == 400 and "Unknown entity class 'Planet'" in bad.get_json()["error"]


def test_suggestions_rank_prefix_matches_first(served_store):
    labels = [label for label, _ in suggest_entities(served_store, "Entity", "r")]
    starting = [label for label in labels if label.lower().startswith("r")]
    assert starting and labels[:len(starting)] == starting and len(labels) > len(starting)


# -- entity -------------------------------------------------------------------------------------------
def test_entity_page_has_label_wikidata_link_and_every_fact(client, served_store):
    text = page(client, "/entity?name=Cuba")
    assert "<h1>Cuba" in text and "State" in text
    assert re.search(r'<a class="wikidata" href="http://www.wikidata.org/entity/Q241">Q241</a>', text)
    facts = query_rows(served_store, "entity", entity="Cuba")
    assert len(rows_of(text)) == len(facts) > 5
    for fact in facts:
        assert esc(fact["evidence"]) in text
    by_iri = page(client, "/entity?iri=https://w3id.org/geokg/resource/state/CU")
    by_local_id = page(client, "/entity/state/CU")
    assert rows_of(by_iri) == rows_of(by_local_id) == rows_of(text)


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/entity?iri=https://w3id.org/geokg/resource/state/XX", 404, "No entity"),
    ("/entity?iri=http://example.org/x", 404, "entity IRIs start with"),
    ("/entity/state/XX", 404, "No entity"),
    ("/entity?name=Atlantis", 400, "no state or person or organisation or group or place named"),
    ("/entity", 400, "Name an entity"),
], ids=["unknown-iri", "foreign-iri", "unknown-local-id", "unknown-name", "nothing"])
def test_entity_errors(client, url, status, words):
    assert words in page(client, url, status)


# -- document -----------------------------------------------------------------------------------------
def test_document_page_marks_each_evidence_quote_at_its_offsets(client, served_store):
    text = page(client, f"/document/{SEED}")
    original = document_text(served_store, SEED)
    doc = document_page(served_store, SEED)
    assert "".join(s.text for s in doc.segments) == original
    evidence = served_store.query(
        "SELECT DISTINCT ?s ?e ?q WHERE { ?ev kg:document ?d ; kg:start ?s ; kg:end ?e ; kg:quote ?q . "
        f"?d kg:documentId \"{SEED}\" }}")
    spans = sorted((int(r["s"].value), int(r["e"].value), r["q"].value) for r in evidence)
    assert len(spans) > 10
    marks = re.findall(r'<mark id="ev-(\d+)-(\d+)" title="[^"]*">(.*?)</mark>', text, re.S)
    assert marks
    alone = [(s, e, q) for s, e, q in spans if not any(s2 < e and s < e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]
    assert len(alone) > 5
    for start, end, quote in alone:
        assert original[start:end] == quote
        assert (str(start), str(end), esc(quote)) in marks
    # Each mark links to a fact row, and that row links back to the mark.
    fact_ids = set(re.findall(r'<tr id="(fact-[0-9a-f]+)">', text))
    assert fact_ids and set(re.findall(r'<a class="ev" href="#(fact-[0-9a-f]+)">', text)) <= fact_ids
    assert '"rushing"' not in text and "&#34;rushing&#34;" in text  # text is escaped


def test_document_page_dims_the_removed_regions(client, served_store):
    text = page(client, f"/document/{SEED}")
    original = document_text(served_store, SEED)
    regions = served_store.query(
        "SELECT ?s ?e WHERE { ?d kg:documentId ?id ; kg:removedRegion ?r . ?r kg:start ?s ; kg:end ?e "
        f"FILTER(?id = \"{SEED}\") }}")
    regions = [(int(r["s"].value), int(r["e"].value)) for r in regions]
    assert regions
    dimmed = "".join(re.findall(r'<span class="removed[^"]*"[^>]*>(.*?)</span>', text, re.S))
    for start, end in regions:
        assert esc(original[start:end]) in dimmed
    assert "Skip to content" in dimmed
    for start, _ in regions:  # the list below the text links to each region
        assert f'id="region-{start}"' in text and f'href="#region-{start}"' in text


def test_unknown_document_is_404(client):
    assert "No document &#39;nope&#39;" in page(client, "/document/nope", 404)


# -- editor and graph ---------------------------------------------------------------------------------
def test_editor_offers_every_canned_query_as_an_example(client):
    text = page(client, "/editor")
    data = json.loads(re.search(r'<script type="application/json" id="examples">(.*?)</script>', text, re.S).group(1))
    queries = load_queries(PROJECT_ROOT / "queries")
    assert [e["name"] for e in data] == list(queries)
    assert all(e["sparql"] == example_sparql(queries[e["name"]]) for e in data)
    assert '<textarea id="sparql"' in text and "sparql-highlight.js" in text


def test_example_sparql_runs_with_its_parameters_free(client, served_store):
    queries = load_queries(PROJECT_ROOT / "queries")
    text = example_sparql(queries["claims"])
    assert "# when:" not in text
    answer = client.post("/sparql", data={"query": text}).get_json(force=True)
    assert len(answer["results"]["bindings"]) == len(queries["claims"].run(served_store).rows) > 0


def test_graph_page_has_the_filters(client):
    text = page(client, "/graph")
    for select in ("f-state", "f-category", "f-status"):
        assert f'id="{select}"' in text
    assert '<option value="declined">declined</option>' in text and '<option value="military">military</option>' in text
    assert 'src="/static/graph.js"' in text


# -- assets -------------------------------------------------------------------------------------------
ASSETS = sorted(p for folder in ("templates", "static") for p in (WEB / folder).rglob("*") if p.is_file())


def test_assets_reference_no_remote_url():
    assert len(ASSETS) > 8
    offenders = [p.name for p in ASSETS if re.search(r"https?://", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_assets_are_package_data_and_served(client):
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kg"]
    for path in ASSETS:
        relative = path.relative_to(PROJECT_ROOT / "kg").as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
    for path in (WEB / "static").iterdir():
        response = client.get(f"/static/{path.name}")
        assert response.status_code == 200 and response.data == path.read_bytes()
        response.close()
    referenced = set()
    for path in (WEB / "templates").iterdir():
        referenced |= set(re.findall(r"filename='([^']+)'", path.read_text(encoding="utf-8")))
    assert referenced == {p.name for p in (WEB / "static").iterdir()}
