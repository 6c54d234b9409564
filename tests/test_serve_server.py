"""kg serve as a real server in a subprocess: SPARQLWrapper, plain urllib, the store lock, and
concurrent reads while POST /ingest writes documents."""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from conftest import COMMENTS_SEED, CUBA_IRAN_SEED

STATES = "PREFIX kg: <https://w3id.org/geokg/ontology#> SELECT DISTINCT ?s WHERE { ?s a kg:State } ORDER BY ?s"
GRAPHS = "https://w3id.org/geokg/graph/"


@pytest.fixture(scope="module")
def server(seeded_settings, tmp_path_factory):
    """A `kg serve --allow-ingest` on a free port over a copy of the seeded store; yields (base URL, store)."""
    from kg.web.serve import serve_in_subprocess

    store = tmp_path_factory.mktemp("server") / "store"
    shutil.copytree(seeded_settings.store, store)
    with serve_in_subprocess(store, "--allow-ingest", log=store.parent / "serve.log") as base:
        assert base.startswith("http://127.0.0.1:"), base
        yield base, store


def get(url: str, headers: dict[str, str] | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_sparqlwrapper_select_ask_and_construct(server):
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

    base, _ = server
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(STATES)
    client.setReturnFormat(JSON)
    states = [b["s"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert "https://w3id.org/geokg/resource/state/CU" in states and len(states) > 5
    client.setMethod(POST)
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().split("\r\n")[1:len(states) + 1] == states
    client.setReturnFormat(XML)
    uris = [n.firstChild.data for n in client.query().convert().getElementsByTagName("uri")]
    assert uris == states
    client.setQuery("PREFIX kg: <https://w3id.org/geokg/ontology#> ASK { ?s a kg:State }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery("PREFIX kg: <https://w3id.org/geokg/ontology#> CONSTRUCT { ?s a kg:State } WHERE { ?s a kg:State }")
    client.setReturnFormat(TURTLE)
    assert b"resource/state/CU>" in client.query().convert()


def test_plain_urllib_get_post_and_errors(server):
    base, _ = server
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": STATES})
    status, headers, body = get(url, {"Accept": "text/tab-separated-values"})
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?s"
    request = urllib.request.Request(f"{base}/sparql", data=STATES.encode(),
                                     headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert json.load(response)["head"]["vars"] == ["s"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        get(f"{base}/sparql?" + urllib.parse.urlencode({"update": "CLEAR ALL"}))
    assert refused.value.code == 403 and b"read-only" in refused.value.read()
    with pytest.raises(urllib.error.HTTPError) as missing:
        get(f"{base}/queries/who-supplies.json")
    assert missing.value.code == 400 and "recipient" in json.load(missing.value)["error"]
    status, _, body = get(f"{base}/queries/who-supplies.json?recipient=Cuba")
    assert status == 200 and json.loads(body)[0]["donor"]


def test_kg_ingest_into_the_served_store_fails_with_one_line(server, runner):
    from kg.cli import cli

    _, store = server
    result = runner.invoke(cli, ["ingest", str(CUBA_IRAN_SEED), "--store", str(store)])
    assert result.exit_code == 1
    assert "in use by another process" in result.output and "/ingest" in result.output
    assert len(result.output.strip().splitlines()) == 1


def _post_articles(base: str, articles: dict[str, bytes]) -> dict:
    boundary = uuid.uuid4().hex
    body = b"".join(
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        f"Content-Type: text/plain\r\n\r\n".encode() + data + b"\r\n" for name, data in articles.items()
    ) + f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{base}/ingest", data=body,
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.load(response)


def _document_sizes(base: str, prefix: str) -> dict[str, tuple[int, int]]:
    """Quads per new document: (its document graph, its links graph), as one query sees them."""
    query = (f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
             f'FILTER(STRSTARTS(STR(?g), "{GRAPHS}document/{prefix}") || STRSTARTS(STR(?g), "{GRAPHS}links/{prefix}")) }} '
             f'GROUP BY ?g')
    _, _, body = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}))
    sizes: dict[str, list[int]] = {}
    for row in json.loads(body)["results"]["bindings"]:
        kind, doc = row["g"]["value"][len(GRAPHS):].split("/", 1)
        sizes.setdefault(doc, [0, 0])[0 if kind == "document" else 1] = int(row["n"]["value"])
    return {doc: (a, b) for doc, (a, b) in sizes.items()}


def test_readers_never_see_a_half_written_document_while_ingest_runs(server):
    base, _ = server
    prefix = f"conc{uuid.uuid4().hex[:6]}"
    batches = [{f"{prefix}_{i}_{j}.txt": seed.read_bytes() for j, seed in enumerate((CUBA_IRAN_SEED, COMMENTS_SEED))}
               for i in range(3)]
    seen: list[dict[str, tuple[int, int]]] = []
    failures: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            while not done.is_set():
                seen.append(_document_sizes(base, prefix))
                get(f"{base}/queries/who-supplies.json?recipient=Cuba")  # canned queries keep answering too
        except BaseException as err:  # noqa: BLE001 - reported by the main thread
            failures.append(err)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        for batch in batches:
            report = _post_articles(base, batch)
            assert report["documents"] == 2, report
            time.sleep(0.2)
    finally:
        done.set()
        for reader in readers:
            reader.join(timeout=60)
    assert failures == []
    final = _document_sizes(base, prefix)
    assert len(final) == 6 and all(a > 0 for a, _ in final.values()), final
    assert len(seen) > 10
    for snapshot in seen:
        for doc, sizes in snapshot.items():
            assert sizes == final[doc], (doc, sizes, final[doc])
    # The readers ran during the writes: some saw only part of the documents.
    assert any(0 < len(snapshot) < 6 for snapshot in seen), [len(s) for s in seen]


def test_ingest_route_refuses_an_empty_post(server):
    base, _ = server
    request = urllib.request.Request(f"{base}/ingest", data=b"x=1",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 400 and "multipart" in json.load(refused.value)["error"]
