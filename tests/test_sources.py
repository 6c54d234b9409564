"""Reading articles: header-line metadata, sidecars, the document id and KG_STORE."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.sources import discover, read_document

HEADER_ARTICLE = """Kenya receives maize shipment
Date: 2025-07-14
Source: Example Wire
Author: J. Doe

NAIROBI — Tanzania has shipped maize to Kenya, officials said.
"""


def test_header_lines_give_metadata_and_the_body_start(tmp_path):
    path = tmp_path / "kenya-maize.txt"
    path.write_text(HEADER_ARTICLE, encoding="utf-8")
    doc = read_document(path)
    assert (doc.doc_id, doc.title, doc.date, doc.outlet, doc.author) == (
        "kenya-maize", "Kenya receives maize shipment", "2025-07-14", "Example Wire", "J. Doe")
    assert doc.text[doc.body_start:].startswith("\nNAIROBI") or doc.text[doc.body_start:].startswith("NAIROBI")


def test_header_lines_are_not_extracted_as_content(tmp_path):
    from kg.extract import extract
    from kg.model import AidFlow

    path = tmp_path / "kenya-maize.txt"
    path.write_text(HEADER_ARTICLE, encoding="utf-8")
    extraction = extract(read_document(path))
    assert extraction.document.removed[0].kind == "cruft"
    flows = extraction.facts_of(AidFlow)
    assert [(f.donor.label, f.recipient.label, f.item) for f in flows] == [("Tanzania", "Kenya", "maize")]
    assert all(s.start >= extraction.document.source.body_start for s in extraction.sentences)


def test_sidecar_wins_over_header(tmp_path):
    path = tmp_path / "kenya-maize.txt"
    path.write_text(HEADER_ARTICLE, encoding="utf-8")
    (tmp_path / "kenya-maize.meta.json").write_text(json.dumps({"date": "2025-07-15", "url": "https://x.example/a"}))
    doc = read_document(path)
    assert (doc.date, doc.url, doc.outlet) == ("2025-07-15", "https://x.example/a", "Example Wire")


def test_seed_sidecars_parse():
    from conftest import SEEDS

    for path in SEEDS.glob("*.txt"):
        doc = read_document(path)
        assert doc.title and doc.date


@pytest.mark.parametrize("sidecar,message", [
    ("{not json", "not valid JSON"), ('["a"]', "expected a JSON object"), ('{"date": "last week"}', "not an ISO date"),
], ids=["broken", "array", "bad-date"])
def test_bad_sidecar(tmp_path, sidecar, message):
    path = tmp_path / "a.txt"
    path.write_text("Russia sent oil to Cuba.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_discover_rejects_an_empty_folder(tmp_path):
    with pytest.raises(InputError, match="No article files"):
        discover([tmp_path])


def test_kg_store_environment_variable(runner, tmp_path, monkeypatch):
    from kg.cli import cli
    from kg.store import GraphStore

    path = tmp_path / "a.txt"
    path.write_text(HEADER_ARTICLE, encoding="utf-8")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    result = runner.invoke(cli, ["ingest", str(path)])
    assert result.exit_code == 0, result.output
    store = GraphStore(tmp_path / "env-store", read_only=True)
    assert "https://w3id.org/geokg/graph/document/a" in store.named_graphs()
