"""kg.vocab and ontology/kg.ttl agree, and the ontology is well-formed.

Every term the code can name through a closed namespace under the ontology base is declared in
kg.ttl; each concept scheme is closed (owl:oneOf) over exactly its concepts; and owlready2 can
load the ontology and sees kg:Leader as a defined class. The reasoner itself is not run here:
HermiT needs a Java runtime.
"""

from __future__ import annotations

import re
from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg import vocab
from kg.vocab import ONTOLOGY_IRI, ClosedNamespace

ONTOLOGY_DIR = Path(__file__).parent.parent / "ontology"
KG = Namespace(vocab.KG.base)

NAMESPACES = {
    name: namespace
    for name, namespace in vars(vocab).items()
    if isinstance(namespace, ClosedNamespace) and namespace.base.startswith(ONTOLOGY_IRI)
}
SCHEMES = {name: namespace for name, namespace in NAMESPACES.items() if namespace is not vocab.KG}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def test_namespaces_found():
    assert "KG" in NAMESPACES
    assert {"AID_STATUS", "AID_CATEGORY", "REGION_KIND"} <= set(SCHEMES)


@pytest.mark.parametrize("name", sorted(NAMESPACES), ids=str)
def test_every_term_is_declared(name, ontology):
    undeclared = [term for term in NAMESPACES[name] if (URIRef(NAMESPACES[name][term]), RDF.type, None) not in ontology]
    assert not undeclared, f"{name} terms without an rdf:type in kg.ttl: {undeclared}"


def test_every_kg_term_is_in_vocab(ontology):
    """The other direction: kg.ttl declares no kg: term the code cannot name."""
    declared = {str(s).removeprefix(KG) for s in ontology.subjects(RDF.type, None)
                if isinstance(s, URIRef) and s.startswith(KG)}
    assert declared == set(vocab.KG)


@pytest.mark.parametrize("name", sorted(SCHEMES), ids=str)
def test_concept_scheme_is_closed(name, ontology):
    namespace = SCHEMES[name]
    scheme = URIRef(namespace.scheme)
    concepts = {URIRef(namespace[term]) for term in namespace if term != "scheme"}
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert (concept, SKOS.inScheme, scheme) in ontology
        assert ontology.value(concept, SKOS.prefLabel) is not None, concept
        assert ontology.value(concept, SKOS.definition) is not None, concept
    # All concepts are instances of one kg class, which is closed over exactly them.
    (kg_class,) = {c for concept in concepts for c in ontology.objects(concept, RDF.type) if c.startswith(KG)}
    assert (kg_class, RDFS.subClassOf, SKOS.Concept) in ontology
    (members,) = [ontology.value(e, OWL.oneOf) for e in ontology.objects(kg_class, OWL.equivalentClass)]
    assert set(Collection(ontology, members)) == concepts
    assert set(ontology.subjects(RDF.type, kg_class)) == concepts


def test_kg_terms_are_documented(ontology):
    undocumented = [term for term in vocab.KG
                    if ontology.value(KG[term], RDFS.label) is None or ontology.value(KG[term], RDFS.comment) is None]
    assert not undocumented


def test_ontology_header(ontology):
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(header, URIRef("http://purl.org/dc/terms/title")) is not None
    assert (header, OWL.imports, None) not in ontology, "owl:imports would make OWL tools fetch over the network"


def test_text_positions_mirror_web_annotation(ontology):
    oa = Namespace("http://www.w3.org/ns/oa#")
    for term, parent in ((KG.start, oa.start), (KG.end, oa.end), (KG.quote, oa.exact)):
        assert (term, RDFS.subPropertyOf, parent) in ontology


def test_cameo_alignment_annotates_declared_terms(ontology):
    cameo = Graph().parse(ONTOLOGY_DIR / "cameo.ttl", format="turtle")
    assert (URIRef(ONTOLOGY_IRI + "/cameo"), OWL.imports, None) not in cameo
    annotated = set(cameo.subjects(KG.cameoCode, None))
    assert KG.AidFlow in annotated
    assert not [s for s in annotated if (s, RDF.type, None) not in ontology]
    assert all(re.fullmatch(r"[0-9]{2,4}", str(code)) for code in cameo.objects(None, KG.cameoCode))


def test_loads_in_owlready2(ontology, tmp_path):
    """owlready2 reads RDF/XML, not Turtle; kg:Leader must come out as a defined class."""
    rdfxml = tmp_path / "kg.owl"
    ontology.serialize(rdfxml, format="xml")
    world = owlready2.World()
    try:
        onto = world.get_ontology(rdfxml.as_uri()).load()
        assert onto.base_iri.startswith(ONTOLOGY_IRI)
        leader = world[KG.Leader]
        assert leader is not None and leader.equivalent_to, "kg:Leader has no owl:equivalentClass"
        (definition,) = leader.equivalent_to
        assert world[KG.Person] in definition.Classes
        (restriction,) = [c for c in definition.Classes if isinstance(c, owlready2.Restriction)]
        assert isinstance(restriction.property, owlready2.Inverse)
        assert restriction.property.property is world[KG.holder]
        assert world[KG.Role] in world[KG.HeadRole].is_a
    finally:
        world.close()


def test_unknown_term_raises():
    with pytest.raises(AttributeError, match="Aidflow"):
        vocab.KG.Aidflow
    with pytest.raises(AttributeError, match="shipped"):
        vocab.AID_STATUS.shipped
    with pytest.raises(AttributeError):
        vocab.KG["_private"]
