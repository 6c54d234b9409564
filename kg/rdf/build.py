"""Extraction results -> RDF quads, one named graph per document.

This is the first place RDF terms exist. Everything a document yields (its text,
removed regions, entities, facts, evidence and the extraction run) goes into the
document's named graph, so re-ingesting the document replaces exactly that graph.

The graph is written as N-Quads lines, each term serialised by pyoxigraph itself (``str`` of a
``NamedNode`` or ``Literal``, cached for terms that repeat): :func:`build_graph` gives the bytes
(what the store's bulk loader reads), :func:`build_quads` the quads, parsed by pyoxigraph in one
call. Making a ``Quad`` from Python objects is much dearer when its object is a literal
(pyoxigraph tries the other term kinds first and raises and catches an error for each): about
two thirds of building time went there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg.extract.gazetteer import load_gazetteer
from kg.model import (
    Agreement,
    AidFlow,
    Claim,
    EntityRef,
    Evidence,
    Extraction,
    Meeting,
    OfficeHolding,
)
from kg.rdf.iris import (
    document_graph,
    document_iri,
    entity_iri,
    fact_iri,
    role_iri,
    run_iri,
)
from kg.vocab import (
    AGREEMENT_KIND,
    AGREEMENT_STATUS,
    AID_CATEGORY,
    AID_STATUS,
    KG,
    MEETING_KIND,
    MODALITY,
    OWL,
    PROV,
    RDF,
    RDFS,
    REGION_KIND,
    STANCE,
    WD,
    XSD,
)

_KIND_CLASS = {"state": KG.State, "person": KG.Person, "organisation": KG.Organisation, "place": KG.Place,
               "group": KG.Group}
_CAMEL = {"credit-line": "creditLine", "joint-statement": "jointStatement", "council-session": "councilSession",
          "tripartite-agreement": "tripartiteAgreement"}


@dataclass(frozen=True)
class Run:
    """The extraction activity that produced a batch of documents."""

    run_id: str
    started: str  # ISO dateTime
    code_version: str
    ruleset_version: str


@lru_cache(maxsize=65536)
def _n(iri: str) -> str:
    """An IRI as an N-Quads term, checked by pyoxigraph (a bad IRI raises ValueError, as NamedNode does)."""
    return str(NamedNode(iri))


@lru_cache(maxsize=65536)
def _typed(value: str, datatype: str) -> str:
    """A typed literal as an N-Quads term (offsets, counts, dates and kinds repeat across documents)."""
    return str(Literal(value, datatype=NamedNode(datatype)))


def _int(value: int) -> str:
    return _typed(str(value), XSD.integer)


def _date(value: str) -> str:
    kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.date)
    return _typed(value, kind)


@lru_cache(maxsize=16384)
def _short_text(value: str) -> str:
    return str(Literal(value))


def _text(value: str) -> str:
    """A plain literal as an N-Quads term, escaped by pyoxigraph; short ones (labels, items, units)
    repeat and are cached, long ones (sentences, the text) are not kept alive."""
    return _short_text(value) if len(value) <= 64 else str(Literal(value))


def _concept(scheme, key: str) -> str:
    return _n(scheme[_CAMEL.get(key, key)])


class _Graph:
    """Collects the N-Quads lines of one named graph, avoiding duplicates (a term has one serialisation,
    so equal lines are equal quads), and apart the lines whose predicate is in *keep*."""

    def __init__(self, graph: str, keep: frozenset[str] = frozenset()):
        self.graph = _n(graph)
        self.lines: dict[str, None] = {}
        self.keep = keep
        self.kept: dict[str, None] = {}
        self.described: set[object] = set()  # entities and role nodes whose type and label are in already

    def first_time(self, node: object) -> bool:
        """True the first time *node* is described: an entity named fifty times is typed once."""
        if node in self.described:
            return False
        self.described.add(node)
        return True

    def add(self, subject: str, predicate: str, obj: str) -> None:
        """One quad; *obj* is a serialised term (:func:`_n`, :func:`_text`, :func:`_typed`)."""
        line = f"{_n(subject)} {_n(predicate)} {obj} {self.graph} .\n"
        self.lines[line] = None
        if predicate in self.keep:
            self.kept[line] = None

    def text(self, subject: str, predicate: str, value: str | None) -> None:
        if value:
            self.add(subject, predicate, _text(value))


def _parsed(lines: Iterable[str]) -> list[Quad]:
    """N-Quads lines as quads, in order (every term was checked by pyoxigraph as it was serialised)."""
    return list(parse("".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS, lenient=True))


@dataclass(frozen=True)
class DocumentGraph:
    """One document's named graph as N-Quads, with the quads of some predicates at hand."""

    nquads: bytes  # byte for byte what pyoxigraph's N-Quads serialiser writes for these quads
    count: int  # quads
    kept: list[Quad]  # the quads whose predicate was asked for, in order
    kept_ntriples: list[str] = field(default_factory=list)  # the same statements as N-Triples lines, in order


def build_graph(extraction: Extraction, run: Run, keep: frozenset[str] = frozenset()) -> DocumentGraph:
    """One document's named graph as N-Quads bytes, and as quads (and N-Triples lines) those statements
    whose predicate is in *keep*: ``kg ingest`` hands the bytes to the store's bulk loader and reads
    entities and linking context from the few it keeps, so most quads never become Python objects."""
    g = _fill(extraction, run, keep)
    graph_end = -len(f" {g.graph} .\n")  # each line is "<s> <p> o <graph> .\n"
    return DocumentGraph("".join(g.lines).encode("utf-8"), len(g.lines), _parsed(g.kept),
                         [f"{line[:graph_end]} ." for line in g.kept])


def build_quads(extraction: Extraction, run: Run) -> list[Quad]:
    """All quads of one document's named graph."""
    return _parsed(_fill(extraction, run, frozenset()).lines)


def _fill(extraction: Extraction, run: Run, keep: frozenset[str]) -> _Graph:
    source = extraction.document.source
    doc_id = source.doc_id
    g = _Graph(document_graph(doc_id), keep)
    doc = document_iri(doc_id)
    g.add(doc, RDF.type, _n(KG.Document))
    g.add(doc, RDF.type, _n(PROV.Entity))
    g.text(doc, KG.documentId, doc_id)
    g.text(doc, KG.text, source.text)
    g.text(doc, KG.title, source.title)
    g.text(doc, RDFS.label, source.title or doc_id)
    g.text(doc, KG.author, source.author)
    g.text(doc, KG.outlet, source.outlet)
    if source.date:
        g.add(doc, KG.publicationDate, _typed(source.date, XSD.date))
    if source.url:
        g.add(doc, KG.sourceUrl, _typed(source.url, XSD.anyURI))
    for n, region in enumerate(extraction.document.removed):
        node = f"{doc}/region/{n}"
        g.add(doc, KG.removedRegion, _n(node))
        g.add(node, RDF.type, _n(KG.TextRegion))
        g.add(node, KG.start, _int(region.start))
        g.add(node, KG.end, _int(region.end))
        g.add(node, KG.regionKind, _concept(REGION_KIND, region.kind))
        g.text(node, RDFS.comment, region.reason)

    run_node = run_iri(run.run_id)
    g.add(run_node, RDF.type, _n(KG.ExtractionRun))
    g.add(run_node, RDF.type, _n(PROV.Activity))
    g.text(run_node, KG.codeVersion, run.code_version)
    g.text(run_node, KG.rulesetVersion, run.ruleset_version)
    g.add(run_node, PROV.startedAtTime, _typed(run.started, XSD.dateTime))
    g.add(run_node, PROV.used, _n(doc))

    for mention in (*extraction.mentions, *extraction.places):
        _entity(g, mention.entity)
    g.add(doc, KG.factCount, _int(len(extraction.facts)))
    g.add(doc, KG.removedRegionCount, _int(len(extraction.document.removed)))
    for fact in extraction.facts:
        node = _fact(g, fact, doc_id)
        g.add(node, PROV.wasGeneratedBy, _n(run_node))
        g.add(node, PROV.wasDerivedFrom, _n(doc))
        g.add(node, KG.evidence, _n(_evidence(g, fact.evidence, doc)))
    return g


def _entity(g: _Graph, ref: EntityRef) -> str:
    iri = entity_iri(ref)
    if not g.first_time(ref):
        return iri
    g.add(iri, RDF.type, _n(_KIND_CLASS[ref.kind]))
    g.text(iri, RDFS.label, ref.label)
    if ref.kind == "state" and len(ref.key) == 2:
        g.text(iri, KG.isoCode, ref.key)
    if ref.kind == "place" and ref.country:
        g.text(iri, KG.countryCode, ref.country)
    if ref.qid:
        g.text(iri, KG.wikidata, ref.qid)
        g.add(iri, OWL.sameAs, _n(WD + ref.qid))
    return iri


def _evidence(g: _Graph, evidence: Evidence, doc: str) -> str:
    node = fact_iri("evidence", evidence.doc_id, evidence.start, evidence.end)
    g.add(node, RDF.type, _n(KG.Evidence))
    g.add(node, KG.document, _n(doc))
    g.add(node, KG.start, _int(evidence.start))
    g.add(node, KG.end, _int(evidence.end))
    g.add(node, KG.sentenceStart, _int(evidence.sentence_start))
    g.add(node, KG.sentenceEnd, _int(evidence.sentence_end))
    g.text(node, KG.quote, evidence.quote)
    g.text(node, KG.sentence, evidence.sentence_text)
    return node


def _fact(g: _Graph, fact, doc_id: str) -> str:
    if isinstance(fact, AidFlow):
        node = fact_iri("aidflow", doc_id, fact.donor.key, fact.recipient.key, fact.item, fact.evidence.start,
                        fact.status)  # an offer and its refusal share item and sentence (README A2)
        g.add(node, RDF.type, _n(KG.AidFlow))
        g.add(node, KG.donor, _n(_entity(g, fact.donor)))
        g.add(node, KG.recipient, _n(_entity(g, fact.recipient)))
        g.text(node, KG.item, fact.item)
        g.text(node, KG.itemClass, fact.item_class)
        for category in fact.categories:
            g.add(node, KG.category, _concept(AID_CATEGORY, category))
        g.add(node, KG.status, _concept(AID_STATUS, fact.status))
        for prop, value in ((KG.quantity, fact.quantity), (KG.value, fact.value)):
            if value:
                g.add(node, prop, _typed(value, XSD.decimal))
        g.text(node, KG.unit, fact.unit)
        g.text(node, KG.currency, fact.currency)
    elif isinstance(fact, OfficeHolding):
        office_of = fact.office_of.key if fact.office_of else ""
        node = fact_iri("office", doc_id, fact.holder.key, fact.role, office_of)
        g.add(node, RDF.type, _n(KG.OfficeHolding))
        g.add(node, KG.holder, _n(_entity(g, fact.holder)))
        role = role_iri(fact.role)
        g.add(node, KG.role, _n(role))
        if g.first_time(role):
            g.add(role, RDF.type, _n(KG.HeadRole if _is_head(fact.role) else KG.Role))
            g.text(role, RDFS.label, _role_label(fact.role))
        g.text(node, KG.roleLabel, fact.role_label)
        if fact.office_of:
            g.add(node, KG.officeOf, _n(_entity(g, fact.office_of)))
    elif isinstance(fact, Agreement):
        node = fact_iri("agreement", doc_id, fact.kind, *(p.key for p in fact.parties), fact.evidence.start)
        g.add(node, RDF.type, _n(KG.Agreement))
        for party in fact.parties:
            g.add(node, KG.party, _n(_entity(g, party)))
        g.add(node, KG.agreementKind, _concept(AGREEMENT_KIND, fact.kind))
        g.text(node, RDFS.label, fact.name)
        g.add(node, KG.agreementStatus, _concept(AGREEMENT_STATUS, fact.status))
    elif isinstance(fact, Meeting):
        node = fact_iri("meeting", doc_id, fact.kind, *(p.key for p in fact.participants), fact.evidence.start)
        g.add(node, RDF.type, _n(KG.Meeting))
        for participant in fact.participants:
            g.add(node, KG.participant, _n(_entity(g, participant)))
        if fact.place:
            g.add(node, KG.place, _n(_entity(g, fact.place)))
        g.add(node, KG.meetingKind, _concept(MEETING_KIND, fact.kind))
    elif isinstance(fact, Claim):
        node = fact_iri("claim", doc_id, fact.claimant.key, fact.evidence.start, fact.text)
        g.add(node, RDF.type, _n(KG.Claim))
        g.add(node, KG.claimant, _n(_entity(g, fact.claimant)))
        g.text(node, KG.claimText, fact.text)
        for about in fact.about:
            g.add(node, KG.about, _n(_entity(g, about)))
        g.add(node, KG.stance, _concept(STANCE, fact.stance))
        g.add(node, KG.modality, _concept(MODALITY, fact.modality))
    else:  # pragma: no cover - the Fact union is closed
        raise TypeError(f"not a fact: {fact!r}")
    date = getattr(fact, "date", None)
    if date:
        g.add(node, KG.date, _date(date))
    return node


def _is_head(role: str) -> bool:
    return any(r.key == role and r.head for r in load_gazetteer().roles)


def _role_label(role: str) -> str:
    return next((r.label for r in load_gazetteer().roles if r.key == role), role)
