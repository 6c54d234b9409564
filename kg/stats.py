"""What is in the store: counts per class and, per document, counts per fact type."""

from __future__ import annotations

import json
from dataclasses import dataclass

from kg.results import QueryResult
from kg.store import GraphStore

_PER_CLASS = """
SELECT ?class (COUNT(DISTINCT ?node) AS ?count) WHERE {
  ?node a ?classIri .
  FILTER(STRSTARTS(STR(?classIri), STR(kg:)))
  BIND(STRAFTER(STR(?classIri), "#") AS ?class)
}
GROUP BY ?class ORDER BY DESC(?count) ?class
"""

_PER_DOCUMENT = """
SELECT ?document ?published ?class (COUNT(DISTINCT ?fact) AS ?count) WHERE {
  ?doc a kg:Document ; kg:documentId ?document .
  OPTIONAL { ?doc kg:publicationDate ?published }
  OPTIONAL {
    ?ev kg:document ?doc . ?fact kg:evidence ?ev ; a ?classIri .
    ?classIri rdfs:subClassOf kg:Fact .
    BIND(STRAFTER(STR(?classIri), "#") AS ?class)
  }
}
GROUP BY ?document ?published ?class ORDER BY ?document ?class
"""

FACT_TYPES = ("AidFlow", "Agreement", "Meeting", "Claim", "OfficeHolding")


@dataclass(frozen=True)
class Stats:
    triples: int
    graphs: int
    per_class: dict[str, int]
    per_document: dict[str, dict[str, int]]

    def tables(self) -> tuple[QueryResult, QueryResult]:
        classes = QueryResult(("class", "count"), tuple((c, str(n)) for c, n in self.per_class.items()))
        docs = QueryResult(
            ("document", *FACT_TYPES, "total"),
            tuple((doc, *(str(counts.get(t, 0)) for t in FACT_TYPES), str(sum(counts.values())))
                  for doc, counts in self.per_document.items()),
        )
        return classes, docs

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return json.dumps({"triples": self.triples, "graphs": self.graphs, "classes": self.per_class,
                               "documents": self.per_document}, indent=2)
        classes, docs = self.tables()
        if fmt in ("csv", "tsv"):
            return classes.render(fmt) + "\n\n" + docs.render(fmt)
        head = f"{self.triples} triples in {self.graphs} named graphs"
        return "\n\n".join((head, classes.render("table"), docs.render("table")))


def collect_stats(store: GraphStore) -> Stats:
    """Count the store's triples, graphs, instances per kg: class and facts per document."""
    per_class = {row["class"].value: int(row["count"].value) for row in store.query(_PER_CLASS)}
    per_document: dict[str, dict[str, int]] = {}
    for row in store.query(_PER_DOCUMENT):
        counts = per_document.setdefault(row["document"].value, {})
        if row["class"] is not None:
            counts[row["class"].value] = int(row["count"].value)
    return Stats(len(store), len(store.named_graphs()), per_class, per_document)


__all__ = ["FACT_TYPES", "Stats", "collect_stats"]
