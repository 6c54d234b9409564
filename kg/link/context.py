"""What a document says about each entity it names: the context linking scores against.

Read from the document's quads (built by :mod:`kg.rdf.build` or read back from the store), so
`kg ingest` and `kg link` see exactly the same context. Terms are used through their ``.value``
only; this module needs no RDF library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.vocab import KG, RDF, RDFS, RESOURCE_BASE

_KINDS = {KG.State: "state", KG.Person: "person", KG.Organisation: "organisation", KG.Place: "place"}
_READ = frozenset((RDF.type, RDFS.label, KG.wikidata, KG.holder, KG.role, KG.officeOf, KG.countryCode,
                   KG.documentId, KG.publicationDate))
CONTEXT_PREDICATES = _READ  # the only predicates document_contexts reads: other quads may be left out


@dataclass(frozen=True)
class EntityContext:
    """One entity of one document, with the evidence linking may use."""

    iri: str
    kind: str  # state, person, organisation, place
    label: str
    doc_id: str
    doc_date: str | None = None  # publication date, YYYY-MM-DD
    qid: str | None = None  # already known (gazetteer)
    roles: tuple[str, ...] = ()  # role keys the document gives the person ("senator")
    office_states: tuple[str, ...] = ()  # QIDs of the states or organisations those offices belong to
    states: tuple[str, ...] = ()  # QIDs of every state the document names
    cooccurring: tuple[str, ...] = ()  # QIDs of the other linked entities of the document
    countries: tuple[str, ...] = ()  # places: QIDs of the states the place gazetteer puts them in

    @property
    def key(self) -> str:
        """The IRI without the resource base: ``person/marco-rubio``."""
        return self.iri[len(RESOURCE_BASE):] if self.iri.startswith(RESOURCE_BASE) else self.iri


def document_contexts(quads: Iterable) -> list[EntityContext]:
    """The entities of one document's graph with their context, sorted by IRI."""
    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    qids: dict[str, str] = {}
    holder: dict[str, str] = {}
    role: dict[str, str] = {}
    office_of: dict[str, str] = {}
    country_codes: dict[str, set[str]] = {}
    doc_id = ""
    doc_date = None
    for quad in quads:
        p = quad.predicate.value
        if p not in _READ:  # most quads (evidence, offsets, facts' own values) say nothing here
            continue
        s, o = quad.subject.value, quad.object.value
        if p == RDF.type and o in _KINDS:
            kinds[s] = _KINDS[o]
        elif p == RDFS.label:
            labels[s] = o
        elif p == KG.wikidata:
            qids[s] = o
        elif p == KG.holder:
            holder[s] = o
        elif p == KG.role:
            role[s] = o.rsplit("/", 1)[-1]
        elif p == KG.officeOf:
            office_of[s] = o
        elif p == KG.countryCode:
            country_codes.setdefault(s, set()).add(o)
        elif p == KG.documentId:
            doc_id = o
        elif p == KG.publicationDate:
            doc_date = o[:10]
    roles: dict[str, set[str]] = {}
    offices: dict[str, set[str]] = {}
    for holding, person in holder.items():
        if holding in role:
            roles.setdefault(person, set()).add(role[holding])
        if holding in office_of and office_of[holding] in qids:
            offices.setdefault(person, set()).add(qids[office_of[holding]])
    states = tuple(sorted({qids[e] for e, kind in kinds.items() if kind == "state" and e in qids}))
    linked = tuple(sorted(set(qids.values())))  # sorted once; each entity gets it without its own QID
    contexts = []
    for iri, kind in sorted(kinds.items()):
        qid = qids.get(iri)
        cooccurring = tuple(q for q in linked if q != qid) if qid else linked
        contexts.append(EntityContext(
            iri, kind, labels.get(iri, ""), doc_id, doc_date, qid,
            tuple(sorted(roles[iri])) if iri in roles else (), tuple(sorted(offices[iri])) if iri in offices else (),
            states, cooccurring, _country_qids(country_codes[iri]) if iri in country_codes else ()))
    return contexts


def _country_qids(codes: set[str]) -> tuple[str, ...]:
    from kg.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = {gazetteer.find_state(code) for code in codes}
    return tuple(sorted(state.qid for state in found if state is not None and state.qid))
