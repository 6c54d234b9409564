"""Wikidata linking and enrichment: the only package that touches the network.

``kg ingest``/``kg build`` call :func:`offline_graphs`: decisions from the cache and the
overrides only, so builds are deterministic and offline. ``kg link`` calls :func:`link_store`,
which also asks the endpoint for what the cache lacks, and ``kg enrich`` :func:`enrich_store`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.settings import Settings


@dataclass(frozen=True)
class LinkReport:
    decisions: tuple  # LinkDecision
    enriched: tuple[str, ...]  # QIDs whose enrichment graph was written
    warnings: tuple[str, ...]
    requests: int = 0

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for d in self.decisions:
            counts[d.status] = counts.get(d.status, 0) + 1
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to link"
        return (f"Link decisions: {parts}. Enriched {len(self.enriched)} item(s). "
                f"{self.requests} request(s) to the endpoint.")


def _lookup(settings: Settings, *, online: bool, strict: bool = False, client=None):
    from kg.link.cache import AnswerCache
    from kg.link.client import SparqlClient
    from kg.link.decide import Lookup

    if online and client is None:
        client = SparqlClient(settings.wikidata_endpoint, timeout=settings.wikidata_timeout)
    return Lookup(AnswerCache(settings.wikidata_cache), client if online else None, strict)


def _graphs(documents: Mapping[str, Sequence], settings: Settings, lookup, *, enrich: bool = True):
    """Link graphs of the given documents (graph IRI -> its entities' contexts, from
    :func:`kg.link.context.document_contexts`), and the enrichment graphs of their linked items."""
    from kg.link.decide import decide, load_overrides, needs_link
    from kg.link.enrich import fetch_enrichment
    from kg.link.score import load_rules
    from kg.rdf.links import enrichment_quads, link_graph, link_quads, wikidata_graph

    overrides = load_overrides(settings.wikidata_overrides)
    positions = load_rules().positions
    graphs: dict[str, list] = {}
    decisions = []
    items: set[str] = set()
    per_doc: dict[str, tuple[list, dict]] = {}
    for graph, contexts in documents.items():
        doc_id = graph.rsplit("/", 1)[-1]
        mine = [decide(ctx, lookup, overrides) for ctx in contexts if needs_link(ctx)]
        roles = {r: positions[r] for ctx in contexts for r in ctx.roles if r in positions}
        per_doc[doc_id] = (mine, roles)
        items |= {ctx.qid for ctx in contexts if ctx.qid and ctx.kind == "state"}
    per_doc = _agree_across_documents(per_doc)
    for doc_id, (mine, roles) in per_doc.items():
        decisions.extend(mine)
        graphs[link_graph(doc_id)] = link_quads(doc_id, mine, roles)  # empty: drops a stale link graph
        items |= {d.qid for d in mine if d.qid}
    enriched = []
    if enrich:
        for qid in sorted(items):
            found = fetch_enrichment(qid, lookup.select, lookup.source)
            if found is not None and found.rows:
                graphs[wikidata_graph(qid)] = enrichment_quads(found)
                enriched.append(qid)
    return graphs, decisions, enriched


def _agree_across_documents(per_doc: dict[str, tuple[list, dict]]) -> dict[str, tuple[list, dict]]:
    """Person, organisation and place IRIs are shared by all documents, so an entity must not be linked
    to different items by different documents: automatic links that disagree all become unresolved
    (an override, being one choice for the entity, cannot disagree)."""
    from dataclasses import replace

    chosen: dict[str, dict[str, str]] = {}
    for doc_id, (mine, _) in per_doc.items():
        for d in mine:
            if d.status == "linked":
                chosen.setdefault(d.entity.iri, {})[doc_id] = d.qid
    split = {iri: by_doc for iri, by_doc in chosen.items() if len(set(by_doc.values())) > 1}
    if not split:
        return per_doc
    out = {}
    for doc_id, (mine, roles) in per_doc.items():
        fixed = []
        for d in mine:
            if d.entity.iri in split and d.status == "linked":
                detail = ", ".join(f"{q} ({doc})" for doc, q in sorted(split[d.entity.iri].items()))
                d = replace(d, status="unresolved", qid=None,
                            reason=f"documents disagree: {detail}; add an override to choose")
            fixed.append(d)
        out[doc_id] = (fixed, roles)
    return out


def _existing_store(settings: Settings):
    from kg.errors import StoreError
    from kg.store import GraphStore

    if not (settings.store / "CURRENT").exists():
        raise StoreError(f"No store at {settings.store}; run `kg build` or `kg ingest` first (or set --store)")
    return GraphStore(settings.store)


def offline_graphs(documents: Mapping[str, Sequence], *, settings: Settings) -> dict[str, list]:
    """Link and enrichment graphs for freshly built documents (graph IRI -> entity contexts, which
    ``kg ingest`` reads from each document's quads where they are built), from the cache only."""
    graphs, _, _ = _graphs(documents, settings, _lookup(settings, online=False))
    return graphs


def link_store(*, settings: Settings, online: bool = True, enrich: bool = True, strict: bool = False,
               client=None) -> LinkReport:
    """Link every document in the store, asking the endpoint for what the cache lacks.

    Rewrites every link graph (and the enrichment graphs) in one transaction. When the endpoint
    fails, the cache and overrides still apply, the rest stays provisional and a warning says so;
    with *strict* the failure is raised instead.
    """
    from kg.link.context import document_contexts
    from kg.vocab import GRAPH_BASE

    lookup = _lookup(settings, online=online, strict=strict, client=client)
    with _existing_store(settings) as store:
        prefix = f"{GRAPH_BASE}document/"
        documents = {g: document_contexts(store.graph_quads(g)) for g in store.named_graphs() if g.startswith(prefix)}
        graphs, decisions, enriched = _graphs(documents, settings, lookup, enrich=enrich)
        if enrich:  # drop enrichment graphs of items no longer linked
            stale = [g for g in store.named_graphs() if g.startswith(f"{GRAPH_BASE}wikidata/") and g not in graphs]
            graphs.update({g: [] for g in stale})
        store.replace_graphs(graphs)
    requests = lookup.client.requests if lookup.client else 0
    return LinkReport(tuple(decisions), tuple(enriched), tuple(lookup.warnings), requests)


def enrich_store(*, settings: Settings, online: bool = True, strict: bool = False, client=None) -> LinkReport:
    """Fetch Wikidata statements for every linked item in the store (states and linked entities)."""
    from kg.link.enrich import fetch_enrichment
    from kg.rdf.links import enrichment_quads, wikidata_graph

    lookup = _lookup(settings, online=online, strict=strict, client=client)
    with _existing_store(settings) as store:
        qids = sorted({row["qid"].value for row in store.query(
            "SELECT DISTINCT ?qid WHERE { ?e kg:wikidata ?qid . FILTER NOT EXISTS { ?e a kg:LinkCandidate } "
            "FILTER NOT EXISTS { ?e a kg:LinkDecision } }")})
        graphs, enriched = {}, []
        for qid in qids:
            found = fetch_enrichment(qid, lookup.select, lookup.source)
            if found is not None and found.rows:
                graphs[wikidata_graph(qid)] = enrichment_quads(found)
                enriched.append(qid)
        store.replace_graphs(graphs)
    requests = lookup.client.requests if lookup.client else 0
    return LinkReport((), tuple(enriched), tuple(lookup.warnings), requests)


UNRESOLVED_QUERY = """
SELECT ?entity ?label ?kind ?document ?reason
       (GROUP_CONCAT(?cand; separator="; ") AS ?candidates)
WHERE {
  ?d a kg:LinkDecision ; kg:linkOf ?e ; kg:linkStatus "unresolved" ; rdfs:comment ?reason ;
     prov:wasDerivedFrom ?doc .
  ?doc kg:documentId ?document .
  ?e rdfs:label ?label ; a ?class .
  FILTER NOT EXISTS { ?e owl:sameAs ?linkedElsewhere }  # another document's context linked it
  VALUES (?class ?kind) { (kg:Person "person") (kg:Organisation "organisation") (kg:Place "place")
                          (kg:State "state") }
  BIND(STR(?e) AS ?entity)
  OPTIONAL { ?d kg:candidate ?c . ?c kg:wikidata ?q ; kg:score ?s ; kg:rank ?r ; rdfs:label ?cl .
             BIND(CONCAT("#", STR(?r), " ", ?q, " ", ?cl, " (", STR(?s), ")") AS ?cand) }
}
GROUP BY ?entity ?label ?kind ?document ?reason
ORDER BY ?kind ?label ?document
"""


DECISIONS_QUERY = """
SELECT ?entity ?label ?document ?status ?qid ?confidence ?reason
       (GROUP_CONCAT(?cand; separator="; ") AS ?candidates)
WHERE {
  ?d a kg:LinkDecision ; kg:linkOf ?e ; kg:linkStatus ?status ; rdfs:comment ?reason ;
     prov:wasDerivedFrom ?doc .
  ?doc kg:documentId ?document .
  ?e rdfs:label ?label .
  BIND(STR(?e) AS ?entity)
  OPTIONAL { ?d kg:wikidata ?qid }
  OPTIONAL { ?d kg:confidence ?confidence }
  OPTIONAL { ?d kg:candidate ?c . ?c kg:wikidata ?q ; kg:score ?s ; kg:rank ?r ; rdfs:label ?cl .
             BIND(CONCAT("#", STR(?r), " ", ?q, " ", ?cl, " (", STR(?s), ")") AS ?cand) }
}
GROUP BY ?entity ?label ?document ?status ?qid ?confidence ?reason
ORDER BY ?label ?document
"""


def unresolved(*, settings: Settings, every: bool = False):
    """Entities without a confident Wikidata link, with their best candidates (a QueryResult).

    With *every*, all link decisions: status, chosen QID, confidence, reason and candidates.
    """
    from kg.results import QueryResult, term_text
    from kg.store import GraphStore

    with GraphStore(settings.store, read_only=True) as store:
        solutions = store.query(DECISIONS_QUERY if every else UNRESOLVED_QUERY)
        columns = tuple(v.value for v in solutions.variables)
        rows = tuple(tuple(term_text(s[c]) for c in columns) for s in solutions)
    return QueryResult(columns, rows)


__all__ = ["LinkReport", "enrich_store", "link_store", "offline_graphs", "unresolved"]
