"""Link decisions and Wikidata enrichment -> quads.

* ``graph/links/<doc>``: per document, the audit record of every entity that needed a link
  (kg:LinkDecision with its top kg:LinkCandidate nodes, scores and evidence lines, the endpoint
  and retrieval time), ``owl:sameAs`` + ``kg:wikidata`` for confident links and overrides, and
  ``skos:closeMatch`` from the document's roles to Wikidata positions.
* ``graph/wikidata/<QID>``: per item, the statements fetched from the endpoint, in Wikidata's
  layout, described as a ``prov:Entity`` derived from the endpoint at the retrieval time.
"""

from __future__ import annotations

import hashlib

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.link.decide import LinkDecision
from kg.link.enrich import Enrichment
from kg.vocab import GRAPH_BASE, KG, OWL, PROV, RDF, RDFS, RESOURCE_BASE, SKOS, WD, XSD


def link_graph(doc_id: str) -> str:
    return f"{GRAPH_BASE}links/{doc_id}"


def wikidata_graph(qid: str) -> str:
    return f"{GRAPH_BASE}wikidata/{qid}"


def _dec(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=NamedNode(XSD.decimal))


def link_quads(doc_id: str, decisions: list[LinkDecision], roles: dict[str, tuple[str, ...]]) -> list[Quad]:
    """The link graph of one document."""
    g = NamedNode(link_graph(doc_id))
    out: list[Quad] = []

    def add(s, p: str, o) -> None:
        out.append(Quad(s, NamedNode(p), o, g))

    for d in decisions:
        entity = NamedNode(d.entity.iri)
        digest = hashlib.sha1(f"{doc_id}\x1f{d.entity.iri}".encode("utf-8")).hexdigest()[:16]
        node = NamedNode(f"{RESOURCE_BASE}link/{digest}")
        add(node, RDF.type, NamedNode(KG.LinkDecision))
        add(node, KG.linkOf, entity)
        add(node, RDF.type, NamedNode(PROV.Entity))
        add(node, PROV.wasDerivedFrom, NamedNode(f"{RESOURCE_BASE}document/{doc_id}"))
        add(node, KG.linkStatus, Literal(d.status))
        add(node, RDFS.comment, Literal(d.reason))
        if d.candidates:
            add(node, KG.confidence, _dec(d.margin))
        if d.endpoint:
            add(node, KG.endpoint, Literal(d.endpoint))
            add(node, PROV.generatedAtTime, Literal(d.retrieved, datatype=NamedNode(XSD.dateTime)))
        if d.qid:
            add(node, KG.wikidata, Literal(d.qid))
            add(entity, KG.wikidata, Literal(d.qid))
            add(entity, OWL.sameAs, NamedNode(WD + d.qid))
        for n, scored in enumerate(d.candidates, start=1):
            cand = NamedNode(f"{node.value}/candidate/{n}")
            add(node, KG.candidate, cand)
            add(cand, RDF.type, NamedNode(KG.LinkCandidate))
            add(cand, KG.rank, Literal(str(n), datatype=NamedNode(XSD.integer)))  # the store keeps integers as xsd:integer
            add(cand, KG.wikidata, Literal(scored.candidate.qid))
            add(cand, RDFS.label, Literal(scored.candidate.label))
            if scored.candidate.description:
                add(cand, RDFS.comment, Literal(scored.candidate.description))
            add(cand, KG.score, _dec(scored.score))
            for line in scored.evidence:
                add(cand, KG.scoreEvidence, Literal(line))
    for role, positions in sorted(roles.items()):
        for qid in positions:
            add(NamedNode(f"{RESOURCE_BASE}role/{role}"), SKOS.closeMatch, NamedNode(WD + qid))
    return out


def _term(cell: dict):
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if cell.get("xml:lang"):
            return Literal(value, language=cell["xml:lang"])
        if cell.get("datatype"):
            return Literal(value, datatype=NamedNode(cell["datatype"]))
        return Literal(value)
    raise ValueError(f"unknown SPARQL JSON term type {kind!r}")


def enrichment_quads(e: Enrichment) -> list[Quad]:
    """One item's Wikidata statements, with where and when they were retrieved."""
    # Labels go in as schema:name (Wikidata states each label as rdfs:label, skos:prefLabel and
    # schema:name): an rdfs:label here would, through owl:sameAs, give our entities a second label.
    from kg.vocab import SCHEMA, WD_P, WD_PQ, WD_PS

    graph = NamedNode(wikidata_graph(e.qid))
    item = NamedNode(WD + e.qid)
    quads: dict[Quad, None] = {}

    def add(s, p, o) -> None:
        quads[Quad(s, p if isinstance(p, NamedNode) else NamedNode(p), o, graph)] = None

    add(graph, RDF.type, NamedNode(PROV.Entity))
    add(graph, RDFS.comment, Literal(f"Wikidata statements about {e.qid} (P39, P35, P6, P463) as answered by "
                                     f"{e.endpoint or 'an unknown endpoint'}"))
    if e.endpoint:
        add(graph, KG.endpoint, Literal(e.endpoint))
        try:
            add(graph, PROV.wasDerivedFrom, NamedNode(e.endpoint))
        except ValueError:  # an endpoint setting that is no IRI still gets its kg:endpoint string
            pass
    if e.retrieved:
        add(graph, PROV.generatedAtTime, Literal(e.retrieved, datatype=NamedNode(XSD.dateTime)))
    for row in e.rows:
        try:
            prop = row["prop"]["value"]
            statement, value = _term(row["statement"]), _term(row["value"])
            add(item, WD_P + prop, statement)
            add(statement, WD_PS + prop, value)
            for name, qualifier in (("start", "P580"), ("end", "P582")):
                if name in row:
                    add(statement, WD_PQ + qualifier, _term(row[name]))
            if "itemLabel" in row:
                add(item, SCHEMA + "name", _term(row["itemLabel"]))
            if "valueLabel" in row:
                add(value, SCHEMA + "name", _term(row["valueLabel"]))
        except (KeyError, ValueError, TypeError):
            continue  # a malformed row is left out; the others still count
    return list(quads)
