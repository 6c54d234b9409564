"""kg serve's pages in a real headless Chromium (Debian's, driven by Playwright) against a real server.

One server and one browser for the module; each test opens a fresh page. `make test` installs
Chromium first (scripts/ensure-system-packages.sh); without it these tests are skipped and say why.
"""

from __future__ import annotations

import json
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import CUBA_IRAN_SEED

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}: run scripts/ensure-system-packages.sh "
                                                      "(make test does) to install Debian's chromium package"),
]


@pytest.fixture(scope="module")
def base_url(seeded_settings, tmp_path_factory):
    """A `kg serve` on a free port over a copy of the seeded store."""
    from kg.web.serve import serve_in_subprocess

    store = tmp_path_factory.mktemp("browser") / "store"
    shutil.copytree(seeded_settings.store, store)
    with serve_in_subprocess(store, log=store.parent / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
    assert errors == []  # no JavaScript error on any page


def get_json(base_url: str, path: str, **params) -> object:
    url = f"{base_url}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}), timeout=30) as r:
        return json.loads(r.read())


def test_who_supplies_form_with_autocomplete(page, base_url):
    page.goto("/queries/who-supplies")
    recipient = page.locator("#p-recipient")
    recipient.press_sequentially("cu")
    page.wait_for_selector("#dl-recipient option[value='Cuba']", state="attached")
    recipient.fill("Cuba")
    page.click("button[type=submit]")
    page.wait_for_url("**/queries/who-supplies?recipient=Cuba")
    rows = page.locator("table.rows tbody tr")
    expected = get_json(base_url, "/queries/who-supplies.json", recipient="Cuba")
    assert rows.count() == len(expected) > 3
    donors = page.locator("table.rows tbody td.col-donor").all_inner_texts()
    assert "Russia" in donors and donors == [row["donor"] for row in expected]


def test_editor_loads_an_example_highlights_and_runs_it(page, base_url):
    page.goto("/editor")
    page.select_option("#example", "who-supplies")
    text = page.input_value("#sparql")
    assert text.startswith("# title: Who supplies what to a state?")
    assert page.locator("#highlight .tok-keyword", has_text="SELECT").count() == 1
    assert page.locator("#highlight .tok-variable", has_text="?param_recipient").count() >= 1
    assert page.locator("#highlight .tok-comment").count() >= 3
    page.click("#run")
    page.wait_for_selector("#result-table tbody tr")
    with urllib.request.urlopen(urllib.request.Request(
            f"{base_url}/sparql", data=urllib.parse.urlencode({"query": text}).encode(),
            headers={"Accept": "application/sparql-results+json"}), timeout=30) as response:
        expected = json.loads(response.read())["results"]["bindings"]
    assert page.locator("#result-table tbody tr").count() == len(expected) > 10
    assert page.locator("#result-table thead th").all_inner_texts()[:2] == ["donor", "item"]
    # The tokenizer: a '#' inside an IRI is not a comment; strings and prefixed names are told apart.
    page.fill("#sparql", 'ASK { ?s a <https://w3id.org/geokg/ontology#State> ; rdfs:label ?l '
                         'FILTER(?l != "x # not a comment") } # a comment')
    assert page.locator("#highlight .tok-iri").all_inner_texts() == ["<https://w3id.org/geokg/ontology#State>"]
    assert page.locator("#highlight .tok-string").all_inner_texts() == ['"x # not a comment"']
    assert page.locator("#highlight .tok-variable").all_inner_texts() == ["?s", "?l", "?l"]
    assert page.locator("#highlight .tok-comment").all_inner_texts() == ["# a comment"]
    assert page.locator("#highlight .tok-pname").all_inner_texts() == ["rdfs:label"]
    page.click("#run")
    page.wait_for_selector("#results .boolean")
    assert page.inner_text("#results .boolean") == "ASK: true"
    # A malformed query shows the server's one-line error instead of a table.
    page.fill("#sparql", "SELECT ?x WHERE { ?x }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#results .error")
    assert "SPARQL syntax error" in page.inner_text("#results .error")


def test_entity_page(page):
    page.goto("/entity?name=Cuba")
    assert page.inner_text("h1").startswith("Cuba")
    assert page.get_attribute("a.wikidata", "href").endswith("/Q241")
    assert page.locator("table.rows tbody tr").count() > 5
    page.click("table.rows tbody td.col-with a >> nth=0")
    page.wait_for_url("**/entity?name=*")
    assert page.inner_text("h1").split()[0] in ("Russia", "China")


def test_document_page_highlights_evidence_and_links_it_to_facts(page, base_url):
    doc = CUBA_IRAN_SEED.stem
    page.goto(f"/document/{doc}")
    marks = page.locator("#text mark")
    assert marks.count() > 10
    assert "Skip to content" in page.locator("#text .removed").first.inner_text()
    flows = get_json(base_url, "/queries/who-supplies.json", recipient="Cuba")
    quoted = page.locator("#text mark", has_text="Offers to complete a nuclear power station")
    assert quoted.count() == 1 and any(quoted.inner_text() in row["evidence"] for row in flows)
    quoted.click()
    anchor = page.evaluate("location.hash")
    assert anchor.startswith("#fact-")
    row = page.locator(f"tr{anchor}")
    assert row.is_visible() and "nuclear power station" in row.inner_text()


def test_graph_draws_flows_and_filters_them(page, base_url):
    page.goto("/graph")
    page.wait_for_selector("svg#graph g.edge")
    flows = get_json(base_url, "/queries/aid-flows.json")
    nodes = {row["donor"] for row in flows} | {row["recipient"] for row in flows}
    assert page.locator("svg#graph g.node").count() == len(nodes)
    arrows = {(r["donor"], r["recipient"], r["status"]) for r in flows}
    assert page.locator("svg#graph g.edge").count() == len(arrows)
    page.select_option("#f-status", "declined")
    declined = {a for a in arrows if a[2] == "declined"}
    assert 0 < page.locator("svg#graph g.edge").count() == len(declined) < len(arrows)
    assert page.locator("svg#graph g.edge.status-declined").count() == len(declined)
    page.select_option("#f-status", "")
    page.select_option("#f-state", "Cuba")
    to_cuba = {a for a in arrows if "Cuba" in a[:2]}
    assert page.locator("svg#graph g.edge").count() == len(to_cuba)
    page.locator("svg#graph g.edge").first.click()
    assert "Cuba" in page.inner_text("#edge-detail")
