"""ontology/shapes.ttl: one conforming and one violating example per shape.

Every example in tests/data/shapes/ is validated together with context.ttl (a document, a run,
actors and evidence the examples refer to), the way kg validates built data: with kg.ttl as the
ontology graph and RDFS inference. A violating example starts with one line per violation it
must cause, ``# expect: <focus node> | <part of the sh:message>``, and must cause no others.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

ONTOLOGY_DIR = Path(__file__).parent.parent / "ontology"
EXAMPLES = Path(__file__).parent / "data" / "shapes"
CONTEXT = EXAMPLES / "context.ttl"

SH = Namespace("http://www.w3.org/ns/shacl#")
KG = Namespace("https://w3id.org/geokg/ontology#")
SHAPES_NS = "https://w3id.org/geokg/shapes#"

# Classes no data node is typed with: Actor and Fact are only superclasses (data use their
# subclasses) and Leader is inferred by an OWL reasoner, never asserted.
UNASSERTED = {KG.Actor, KG.Fact, KG.Leader}

# Constraint parameters that apply to the focus node itself; a shape using one needs an sh:message.
NODE_CONSTRAINTS = {SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH["not"], SH["and"], SH["or"], SH.xone,
                    SH.node, SH.closed, SH.pattern, SH.hasValue}

_EXPECT = re.compile(r"^# expect: (\S+) \| (.+)$", re.MULTILINE)
_PREFIX = re.compile(r"^@prefix ([\w-]*): <([^>]*)> \.$", re.MULTILINE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


def _examples(kind: str) -> list[Path]:
    return sorted(EXAMPLES.glob(f"*-{kind}.ttl"))


def _validate(example: Path, shapes: Graph, ontology: Graph | None) -> tuple[bool, Graph, str]:
    data = Graph().parse(CONTEXT, format="turtle")
    data.parse(example, format="turtle")
    inference = "rdfs" if ontology is not None else "none"
    conforms, report, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True
    )
    return conforms, report, text


def _results(report: Graph) -> set[tuple[URIRef, str]]:
    return {
        (report.value(result, SH.focusNode), str(report.value(result, SH.resultMessage)))
        for result in report.subjects(RDF.type, SH.ValidationResult)
    }


def _expected(example: Path) -> set[tuple[URIRef, str]]:
    text = example.read_text(encoding="utf-8")
    prefixes = dict(_PREFIX.findall(text))

    def node(name: str) -> URIRef:
        if name.startswith("<"):
            return URIRef(name[1:-1])
        prefix, local = name.split(":", 1)
        return URIRef(prefixes[prefix] + local)

    return {(node(focus), fragment.strip()) for focus, fragment in _EXPECT.findall(text)}


def test_context_conforms(shapes, ontology):
    conforms, _, text = _validate(CONTEXT, shapes, ontology)
    assert conforms, text


@pytest.mark.parametrize("example", _examples("ok"), ids=lambda path: path.stem)
def test_conforming_example(example, shapes, ontology):
    conforms, _, text = _validate(example, shapes, ontology)
    assert conforms, text


@pytest.mark.parametrize("example", _examples("bad"), ids=lambda path: path.stem)
def test_violating_example(example, shapes, ontology):
    expected = _expected(example)
    assert expected, f"{example.name} has no '# expect: <focus> | <message>' line"
    conforms, report, text = _validate(example, shapes, ontology)
    assert not conforms
    results = _results(report)
    missing = {(focus, fragment) for focus, fragment in expected
               if not any(f == focus and fragment in message for f, message in results)}
    unexpected = {(focus, message) for focus, message in results
                  if not any(f == focus and fragment in message for f, fragment in expected)}
    assert not missing, f"expected violations not reported:\n{text}"
    assert not unexpected, f"violations not listed in '# expect:' lines:\n{text}"


def test_class_checks_work_without_the_ontology(shapes):
    """Without ont_graph and inference the sh:class checks, not the disjointness shapes, catch a
    value of the wrong kind (a state as the holder of an office)."""
    _, report, _ = _validate(EXAMPLES / "OfficeHolding-bad.ttl", shapes, None)
    focus = URIRef("https://w3id.org/geokg/resource/officeholding/state-holder")
    assert any(f == focus and "exactly one kg:holder" in message for f, message in _results(report))


def test_every_shape_has_both_examples(shapes):
    names = {str(shape).removeprefix(SHAPES_NS) for shape in shapes.subjects(RDF.type, SH.NodeShape)}
    assert {path.name.removesuffix("-ok.ttl") for path in _examples("ok")} == names
    assert {path.name.removesuffix("-bad.ttl") for path in _examples("bad")} == names


def test_every_constraint_has_a_message(shapes):
    constraints = set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.sparql))
    constraints |= {shape for shape in shapes.subjects(RDF.type, SH.NodeShape)
                    if NODE_CONSTRAINTS & set(shapes.predicates(shape))}
    assert constraints
    silent = [_describe(shapes, c) for c in constraints if (c, SH.message, None) not in shapes]
    assert not silent, f"constraints without sh:message: {silent}"


def _describe(shapes: Graph, constraint) -> str:
    """Name a constraint for a failure message: its shape and, for a property, its path."""
    if isinstance(constraint, URIRef):
        return shapes.qname(constraint)
    owner = next(shapes.subjects(SH.property, constraint), None) or next(shapes.subjects(SH.sparql, constraint))
    path = shapes.value(constraint, SH.path)
    if path is None:
        return f"{shapes.qname(owner)} SPARQL constraint"
    return f"{shapes.qname(owner)} {shapes.qname(path) if isinstance(path, URIRef) else 'property (complex path)'}"


def test_every_asserted_class_has_a_shape(shapes, ontology):
    """A kg class that data nodes carry is the target of a shape with property or SPARQL
    constraints, itself or through a superclass (kg:HeadRole through kg:Role). The value-list
    classes are closed with owl:oneOf; their members live in kg.ttl, not in data."""
    targeted = {target for shape in shapes.subjects(RDF.type, SH.NodeShape)
                if (shape, SH.property, None) in shapes or (shape, SH.sparql, None) in shapes
                for target in shapes.objects(shape, SH.targetClass)}
    enumerations = {c for c, e in ontology.subject_objects(OWL.equivalentClass) if (e, OWL.oneOf, None) in ontology}
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and c.startswith(KG)}
    assert UNASSERTED <= classes
    unshaped = sorted(c for c in classes - UNASSERTED - enumerations
                      if not targeted & set(ontology.transitive_objects(c, RDFS.subClassOf)))
    assert not unshaped, f"classes without a shape: {unshaped}"


def test_disjointness_shapes_mirror_the_ontology(shapes, ontology):
    """Each owl:AllDisjointClasses axiom of kg.ttl has a shape that targets its classes and
    allows exactly one of them (sh:xone), and no shape invents a disjointness of its own."""
    assert (None, OWL.disjointWith, None) not in ontology, "state disjointness with owl:AllDisjointClasses"
    axioms = {frozenset(Collection(ontology, members))
              for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
              for members in ontology.objects(axiom, OWL.members)}
    mirrored = set()
    for shape, options in shapes.subject_objects(SH.xone):
        classes = frozenset(shapes.value(option, SH["class"]) for option in Collection(shapes, options))
        assert set(shapes.objects(shape, SH.targetClass)) == classes, shape
        mirrored.add(classes)
    assert mirrored == axioms
