"""Build the graph from seeds/ and ask who supplies Cuba and Iran."""

from __future__ import annotations

import json
import sys

import pytest

from kg.cli import cli
from kg.queries import get_query
from kg.settings import PROJECT_ROOT


def _rows(store, settings, recipient):
    return get_query(settings.queries_dir, "who-supplies").run(store, {"recipient": recipient}).records()


def _has(rows, donor, status, *words):
    return any(
        r["donor"] == donor and r["status"] == status and all(w in r["item"].lower() for w in words) for r in rows
    )


CUBA_FLOWS = [
    ("Russia", "pledged", ("oil",)),
    ("China", "delivered", ("food", "solar panels")),
    ("China", "delivered", ("rice",)),
    ("Russia", "declined", ("nuclear power station",)),
    ("Russia", "declined", ("metro",)),
    ("Russia", "declined", ("oil executives",)),
]
IRAN_FLOWS = [
    ("China", "delivered", ("jammers", "aircraft", "helicopter gunships", "satellite data")),
    ("Russia", "delivered", ("jammers", "aircraft", "helicopter gunships", "satellite data")),
    ("China", "delivered", ("intelligence",)),
    ("Russia", "declined", ("air defense",)),
    ("China", "declined", ("early warning",)),
    ("China", "declined", ("credit swap",)),
    ("Russia", "declined", ("fighter jets",)),
]


@pytest.mark.parametrize("donor,status,words", CUBA_FLOWS, ids=[f"{d}-{s}-{w[0]}" for d, s, w in CUBA_FLOWS])
def test_who_supplies_cuba(seeded_store, seeded_settings, donor, status, words):
    assert _has(_rows(seeded_store, seeded_settings, "Cuba"), donor, status, *words)


@pytest.mark.parametrize("donor,status,words", IRAN_FLOWS, ids=[f"{d}-{s}-{w[0]}" for d, s, w in IRAN_FLOWS])
def test_who_supplies_iran(seeded_store, seeded_settings, donor, status, words):
    assert _has(_rows(seeded_store, seeded_settings, "Iran"), donor, status, *words)


def test_no_flow_from_the_comment_seed_or_to_the_donors(seeded_store, seeded_settings):
    for recipient in ("China", "Russia", "United States"):
        assert _rows(seeded_store, seeded_settings, recipient) == []


@pytest.mark.parametrize("name", ["Cuba", "cuba", "CUBA", "Q241", "q241", "https://w3id.org/geokg/resource/state/CU"])
def test_recipient_by_label_qid_or_iri(seeded_store, seeded_settings, name):
    assert _rows(seeded_store, seeded_settings, name) == _rows(seeded_store, seeded_settings, "Cuba")


def test_every_evidence_quote_is_at_its_offsets(seeded_store):
    rows = seeded_store.query(
        "SELECT ?text ?start ?end ?quote ?ss ?se ?sentence WHERE { ?ev a kg:Evidence ; kg:document ?d ; "
        "kg:start ?start ; kg:end ?end ; kg:quote ?quote ; kg:sentenceStart ?ss ; kg:sentenceEnd ?se ; "
        "kg:sentence ?sentence . ?d kg:text ?text }"
    )
    checked = 0
    for row in rows:
        text = row["text"].value
        start, end = int(row["start"].value), int(row["end"].value)
        ss, se = int(row["ss"].value), int(row["se"].value)
        assert text[start:end] == row["quote"].value
        assert text[ss:se] == row["sentence"].value
        assert ss <= start < end <= se
        checked += 1
    assert checked >= 15


def test_stored_text_is_the_seed_byte_for_byte(seeded_store):
    for row in seeded_store.query("SELECT ?id ?text WHERE { ?d kg:documentId ?id ; kg:text ?text }"):
        original = (PROJECT_ROOT / "seeds" / f"{row['id'].value}.txt").read_text(encoding="utf-8")
        assert row["text"].value == original


def test_seeds_are_the_shared_seeds():
    shared = PROJECT_ROOT.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared is not beside the checkout")
    for seed in shared.glob("*.txt"):
        assert (PROJECT_ROOT / "seeds" / seed.name).read_bytes() == seed.read_bytes()


def test_cli_build_then_query_json(runner, settings):
    result = runner.invoke(cli, ["build", "--store", str(settings.store)])
    assert result.exit_code == 0, result.output
    assert "Ingested 2 document(s)" in result.output
    result = runner.invoke(cli, ["query", "who-supplies", "--param", "recipient=Cuba", "--format", "json",
                                 "--store", str(settings.store)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["donor"] for r in rows} == {"Russia", "China"}
    assert {"declined", "pledged", "delivered"} <= {r["status"] for r in rows}
    assert set(rows[0]) == {"donor", "item", "category", "status", "date", "document", "evidence"}
    from kg.store import GraphStore

    graphs = GraphStore(settings.store, read_only=True).named_graphs()
    assert len([g for g in graphs if "/graph/document/" in g or g.endswith("/graph/ontology")]) == 3
    assert all("/graph/links/" in g or "/graph/wikidata/" in g for g in graphs if "/graph/document/" not in g
               and not g.endswith(("/graph/ontology", "/graph/entities")))  # the Wikidata links and facts


def test_entities_graph_holds_one_label_per_entity(settings, article_dir):
    """Each document graph describes its own entities; the shared entities graph has them once."""
    from conftest import CUBA_IRAN_SEED, COMMENTS_SEED, copy_seed

    from kg.ingest import ingest
    from kg.rdf.iris import ENTITIES_GRAPH
    from kg.store import GraphStore

    copy_seed(CUBA_IRAN_SEED, article_dir)
    ingest([article_dir], settings=settings)
    copy_seed(COMMENTS_SEED, article_dir)
    ingest([article_dir], settings=settings)  # re-ingests the first seed, adds the second
    with GraphStore(settings.store, read_only=True) as store:
        labels = [(r["e"].value, r["l"].value) for r in store.query(
            "SELECT ?e ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } FILTER(?g = graph:entities) }")]
        in_documents = {r["e"].value for r in store.query(
            "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a kg:State } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/geokg/graph/document/\")) }")}
    entities = [e for e, _ in labels]
    assert len(entities) == len(set(entities))  # one label each
    assert "https://w3id.org/geokg/resource/state/CU" in entities
    assert in_documents <= set(entities)
    assert ENTITIES_GRAPH == "https://w3id.org/geokg/graph/entities"


def test_reingest_replaces_the_document_graph(settings, article_dir):
    from conftest import CUBA_IRAN_SEED, copy_seed

    from kg.ingest import ingest
    from kg.rdf.iris import document_graph
    from kg.store import GraphStore

    copy_seed(CUBA_IRAN_SEED, article_dir)
    ingest([article_dir], settings=settings)
    store = GraphStore(settings.store)
    first = len(store.graph_quads(document_graph(CUBA_IRAN_SEED.stem)))
    del store
    ingest([article_dir], settings=settings)
    store = GraphStore(settings.store)
    assert len(store.graph_quads(document_graph(CUBA_IRAN_SEED.stem))) == first
    runs = list(store.query("SELECT DISTINCT ?r WHERE { ?r a kg:ExtractionRun }"))
    assert len(runs) == 1


def test_python_dash_m_kg_works():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True)
    assert "ingest" in out.stdout and "query" in out.stdout


def _store_lines(path, run_id: str) -> set[str]:
    import re

    from kg.store import GraphStore

    with GraphStore(path, read_only=True) as store:  # the ontology's blank nodes get new labels per parse
        return {re.sub(r"_:\w+", "_:b", str(q)).replace(run_id, "RUN") for q in store.quads_for_pattern()
                if not q.predicate.value.endswith("startedAtTime")}


def test_worker_processes_store_what_one_process_stores(tmp_path, monkeypatch):
    """`kg ingest --jobs 2` hands each document over as N-Quads bytes and links from contexts read in
    the worker; the store ends up with the same quads, links included, as a single process, whether the
    parent loads the documents after the last (validate=full) or batch by batch as they come (off)."""
    from conftest import SEEDS

    from kg.ingest import ingest
    from kg.settings import load_settings

    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    dev = sorted((PROJECT_ROOT / "tests" / "data" / "articles" / "dev").glob("*.txt"))[:4]
    for article in dev:
        (folder / article.name).write_bytes(article.read_bytes())
    monkeypatch.setattr(sys.modules["kg.ingest"], "_LOAD_EVERY", 2)
    stores = {}
    for jobs, validate in ((1, "full"), (2, "full"), (2, "off")):
        settings = load_settings({}).with_values(store=tmp_path / f"store-{jobs}-{validate}")
        report = ingest([folder], settings=settings, jobs=jobs, validate=validate)
        stores[jobs, validate] = _store_lines(settings.store, report.run_id)
    assert len(stores[1, "full"]) > 1000
    assert any("owl#sameAs" in line for line in stores[1, "full"])
    assert stores[1, "full"] == stores[2, "full"] == stores[2, "off"]


def test_worker_processes_leave_the_store_as_it_was_when_a_later_file_fails(tmp_path, monkeypatch):
    """With workers the parent loads documents while the next are extracted; a bad file after them
    drops what was loaded again."""
    from conftest import SEEDS

    from kg.errors import InputError
    from kg.ingest import ingest
    from kg.settings import load_settings
    from kg.store import GraphStore

    settings = load_settings({}).with_values(store=tmp_path / "store")
    ingest([SEEDS], settings=settings, validate="off")
    with GraphStore(settings.store, read_only=True) as store:
        before = sorted(map(str, store.quads_for_pattern()))
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in sorted((PROJECT_ROOT / "tests" / "data" / "articles" / "dev").glob("*.txt"))[:3]:
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys.modules["kg.ingest"], "_LOAD_EVERY", 1)
    with pytest.raises(InputError):
        ingest([folder], settings=settings, jobs=2, validate="off")
    with GraphStore(settings.store, read_only=True) as store:
        assert sorted(map(str, store.quads_for_pattern())) == before
