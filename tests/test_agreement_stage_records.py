"""Two stages of one accord told in one clause ("would keep working on a partnership the two countries
signed in 2023") are two records (README AG3) and must be two RDF nodes, each with one status: their
evidence starts where each stage is told, since the node's IRI is minted from it."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def test_the_stage_of_a_relative_clause_is_quoted_from_its_verb():
    text = ("Britain and Canada said they would keep working on a defence partnership the two countries signed "
            "in 2023.")
    found = [a for a in extract(SourceDocument("stages", text)).facts_of(Agreement)]
    assert {a.status for a in found} == {"proposed", "signed"}
    assert len({(a.kind, a.evidence.start) for a in found}) == len(found)
