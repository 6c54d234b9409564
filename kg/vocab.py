"""Closed namespaces: the only place where IRI strings are written.

``KG.AidFlow`` gives the full IRI of an ontology term; an unknown name raises
``AttributeError`` so a typo cannot mint a term the ontology does not declare
(a test checks every term here is declared in ontology/kg.ttl).

>>> KG.AidFlow
'https://w3id.org/geokg/ontology#AidFlow'
>>> KG.Aidflow
Traceback (most recent call last):
AttributeError: 'Aidflow' is not a term of https://w3id.org/geokg/ontology#
"""

from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/geokg/ontology"
RESOURCE_BASE = "https://w3id.org/geokg/resource/"
GRAPH_BASE = "https://w3id.org/geokg/graph/"


class ClosedNamespace:
    """A namespace whose attribute access only succeeds for declared terms."""

    def __init__(self, base: str, terms: str):
        self._base = base
        self._terms = frozenset(terms.split())

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        iri = self._base + name
        setattr(self, name, iri)  # later look-ups skip __getattr__
        return iri

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)

    def __iter__(self):
        return iter(sorted(self._terms))

    @property
    def base(self) -> str:
        return self._base


KG = ClosedNamespace(
    ONTOLOGY_IRI + "#",
    """
    Actor State Person Organisation Group Place Role Leader HeadRole
    Fact OfficeHolding Agreement AidFlow Meeting Claim
    Document Evidence TextRegion ExtractionRun
    AidStatus AidCategory AgreementKind AgreementStatus MeetingKind Stance Modality RegionKind
    donor recipient item itemClass category status quantity unit value currency date
    holder role roleLabel officeOf
    party agreementKind agreementStatus
    participant place meetingKind
    claimant claimText about stance modality
    evidence document sentence start end quote sentenceStart sentenceEnd
    documentId text title publicationDate author outlet sourceUrl removedRegion regionKind
    factCount removedRegionCount
    isoCode countryCode wikidata cameoCode
    codeVersion rulesetVersion
    LinkDecision LinkCandidate linkOf linkStatus candidate score rank confidence scoreEvidence endpoint
    """,
)


def _scheme(name: str, terms: str) -> ClosedNamespace:
    """A closed SKOS concept scheme; its concepts live under ``<ontology>/<name>#``."""
    return ClosedNamespace(f"{ONTOLOGY_IRI}/{name}#", terms + " scheme")


AID_STATUS = _scheme("aid-status", "offered pledged approved delivered declined denied unspecified")
AID_CATEGORY = _scheme(
    "aid-category", "military energy food humanitarian financial infrastructure technology intelligence other"
)
AGREEMENT_KIND = _scheme(
    "agreement-kind", "treaty partnership creditLine contract jointStatement deal tripartiteAgreement other"
)
AGREEMENT_STATUS = _scheme("agreement-status", "signed agreed proposed declined")
MEETING_KIND = _scheme("meeting-kind", "summit talks call conference councilSession visit")
STANCE = _scheme("stance", "supports opposes denies neutral")
MODALITY = _scheme("modality", "asserted hedged reported denied")
REGION_KIND = _scheme("region-kind", "cruft teaser comment")

PROV = ClosedNamespace(
    "http://www.w3.org/ns/prov#",
    "Activity Entity wasGeneratedBy wasDerivedFrom startedAtTime endedAtTime used generatedAtTime",
)
RDF = ClosedNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = ClosedNamespace("http://www.w3.org/2000/01/rdf-schema#", "label comment")
OWL = ClosedNamespace("http://www.w3.org/2002/07/owl#", "sameAs")
SKOS = ClosedNamespace("http://www.w3.org/2004/02/skos/core#", "prefLabel exactMatch closeMatch altLabel")
XSD = ClosedNamespace(
    "http://www.w3.org/2001/XMLSchema#",
    "string integer nonNegativeInteger decimal date gYear gYearMonth dateTime anyURI",
)
WD = "http://www.wikidata.org/entity/"
# Wikidata's RDF layout (https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format): truthy
# statements (wdt:), statement nodes (p:) with their main value (ps:) and qualifiers (pq:).
WDT = "http://www.wikidata.org/prop/direct/"
WD_P = "http://www.wikidata.org/prop/"
WD_PS = "http://www.wikidata.org/prop/statement/"
WD_PQ = "http://www.wikidata.org/prop/qualifier/"
WIKIBASE = "http://wikiba.se/ontology#"
SCHEMA = "http://schema.org/"

PREFIXES: dict[str, str] = {
    "kg": KG.base,
    "prov": PROV.base,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "owl": OWL.base,
    "skos": SKOS.base,
    "xsd": XSD.base,
    "wd": WD,
    "wdt": WDT,
    "p": WD_P,
    "ps": WD_PS,
    "pq": WD_PQ,
    "schema": SCHEMA,
    "graph": GRAPH_BASE,
    # the closed vocabularies, by the names that enum query parameters use
    "aid-status": AID_STATUS.base,
    "aid-category": AID_CATEGORY.base,
    "agreement-kind": AGREEMENT_KIND.base,
    "agreement-status": AGREEMENT_STATUS.base,
    "meeting-kind": MEETING_KIND.base,
    "stance": STANCE.base,
    "modality": MODALITY.base,
}
