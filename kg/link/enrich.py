"""Wikidata facts about linked entities: positions held (P39 with P580/P582), heads of state
and government (P35, P6) and memberships (P463).

The answer keeps Wikidata's own RDF layout (``p:``/``ps:``/``pq:`` statement nodes), so that a
query written for the Wikidata Query Service runs unchanged on the enrichment graphs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.link.candidates import PREFIXES, qid_values

PROPERTIES = ("P39", "P35", "P6", "P463")


@dataclass(frozen=True)
class Enrichment:
    qid: str
    rows: tuple[dict, ...]  # SPARQL JSON bindings of :func:`enrichment_query`
    endpoint: str
    retrieved: str


def enrichment_query(qid: str) -> str:
    """The SPARQL that fetches the statements kg keeps about one item."""
    unions = "\n  UNION ".join(
        f"{{ ?item p:{p} ?statement . ?statement ps:{p} ?value . BIND(\"{p}\" AS ?prop) }}" for p in PROPERTIES)
    return (
        f"{PREFIXES}SELECT ?item ?itemLabel ?prop ?statement ?value ?valueLabel ?start ?end WHERE {{\n"
        f"  VALUES ?item {{ {qid_values([qid])} }}\n"
        f"  {unions}\n"
        "  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }\n"
        "  OPTIONAL { ?statement pq:P580 ?start }\n"
        "  OPTIONAL { ?statement pq:P582 ?end }\n"
        "  OPTIONAL { ?item rdfs:label ?itemLabel . FILTER(LANG(?itemLabel) = \"en\") }\n"
        "  OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = \"en\") }\n"
        "}\nORDER BY ?prop ?statement"
    )


def fetch_enrichment(qid: str, select: Callable[[str], dict | None],
                     source: Callable[[str], tuple[str, str]]) -> Enrichment | None:
    """The statements of *qid* with where and when they were retrieved; ``None`` if not available."""
    query = enrichment_query(qid)
    result = select(query)
    if result is None:
        return None
    endpoint, retrieved = source(query)
    return Enrichment(qid, tuple(result["results"]["bindings"]), endpoint, retrieved)
