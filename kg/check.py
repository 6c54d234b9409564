"""`kg check`: SHACL validation of the whole store, then OWL consistency with HermiT.

SHACL (pySHACL) sees the union of all graphs, so it also catches what no single
document shows. The OWL step hands the store to owlready2 as N-Triples and runs the
HermiT reasoner (Java); it reports whether the graph is consistent and which persons
the reasoner classifies as ``kg:Leader`` (a defined class: holder of a head of state
or government role). The data never assert ``kg:Leader``; ``save_inferences`` writes
the reasoner's answer into its own named graph so SPARQL users can ask ``?p a kg:Leader``.

OWL 2 has no ``xsd:date``, ``xsd:gYear`` or ``xsd:gYearMonth`` in its datatype map and
HermiT rejects them, so data property values of those types are left out of the
reasoner's input (and counted in the report); they carry no class or property axioms.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import CheckError
from kg.store import GraphStore
from kg.vocab import GRAPH_BASE, KG, RDF, RESOURCE_BASE, XSD

INFERRED_GRAPH = f"{GRAPH_BASE}inferred"
# Datatypes of the OWL 2 datatype map that kg uses (plus rdf:langString, which is no xsd: type).
_OWL2_XSD = frozenset({"string", "integer", "nonNegativeInteger", "decimal", "dateTime", "anyURI", "boolean",
                       "double", "float"})
# The datatype of an N-Triples line's literal object, when it is an xsd: type.
_TYPED_LITERAL = re.compile(r'"\^\^<' + re.escape(XSD.base) + r'(\w+)> \.$')


@dataclass
class CheckReport:
    triples: int = 0
    shacl_conforms: bool | None = None
    shacl_violations: list[str] = field(default_factory=list)
    owl_consistent: bool | None = None
    owl_message: str = ""
    reasoner_input: int = 0
    left_out: int = 0
    leaders: dict[str, str] = field(default_factory=dict)  # IRI -> label

    @property
    def ok(self) -> bool:
        return bool(self.shacl_conforms) and self.owl_consistent is not False

    def render(self) -> str:
        lines = [f"Checked {self.triples} triples."]
        if self.shacl_conforms:
            lines.append("SHACL: conforms to ontology/shapes.ttl")
        else:
            lines.append(f"SHACL: {len(self.shacl_violations)} violation(s)")
            lines += [f"  - {v}" for v in self.shacl_violations[:20]]
        if self.owl_consistent is None:
            lines.append(f"OWL: skipped ({self.owl_message})")
        elif self.owl_consistent:
            lines.append(f"OWL: consistent (HermiT, {self.reasoner_input} triples; "
                         f"{self.left_out} values of non-OWL 2 datatypes left out)")
            lines.append(f"Leaders inferred by the reasoner: {', '.join(sorted(self.leaders.values())) or 'none'}")
        else:
            lines.append(f"OWL: INCONSISTENT: {self.owl_message}")
        return "\n".join(lines)


def check_store(store: GraphStore, *, ontology_dir: Path, owl: bool = True) -> CheckReport:
    """Validate the store with SHACL and (unless *owl* is false) check OWL consistency."""
    from kg.validate import validate_ntriples

    triples = store.union_ntriples()
    report = CheckReport(triples=len(triples))
    shacl = validate_ntriples("\n".join(triples), ontology_dir=ontology_dir)
    report.shacl_conforms = shacl.conforms
    report.shacl_violations = [f"{v.focus_node}: {v.message}" for v in shacl.violations]
    if owl:
        _reason(triples, ontology_dir, report)
    return report


def _reasoner_input(triples: list[str], ontology_dir: Path) -> tuple[list[str], int]:
    """N-Triples lines for owlready2: the ontology plus the data, minus non-OWL 2 literals."""
    from kg.store import turtle_as_ntriples

    lines, left_out = [], 0
    for line in [*turtle_as_ntriples(ontology_dir / "kg.ttl"), *triples]:
        datatype = _TYPED_LITERAL.search(line)
        if datatype and datatype.group(1) not in _OWL2_XSD:
            left_out += 1
            continue
        lines.append(line)
    return lines, left_out


def _reason(triples, ontology_dir: Path, report: CheckReport) -> None:
    if shutil.which("java") is None:
        report.owl_message = "no Java runtime for HermiT; run scripts/ensure-java.sh"
        return
    import owlready2

    lines, report.left_out = _reasoner_input(triples, ontology_dir)
    report.reasoner_input = len(lines)
    workdir = tempfile.mkdtemp(prefix="kg-check-")
    try:
        path = os.path.join(workdir, "graph.nt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        world = owlready2.World()
        ontology = world.get_ontology("file://" + path).load(format="ntriples")
        try:
            with ontology:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as err:
            report.owl_consistent = False
            report.owl_message = " ".join(str(err).split())[:300] or "HermiT found the ontology inconsistent"
            return
        except owlready2.OwlReadyJavaError as err:
            raise CheckError(f"HermiT failed: {' '.join(str(err).split())[:300]}") from None
        report.owl_consistent = True
        leader = world[KG.Leader]
        for individual in leader.instances() if leader else ():
            if individual.iri.startswith(RESOURCE_BASE):  # not the Wikidata items owl:sameAs makes leaders too
                report.leaders[individual.iri] = str(individual.label.first() or individual.iri)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def save_inferences(store: GraphStore, leaders) -> None:
    """Replace the inferred graph with one ``rdf:type kg:Leader`` triple per inferred leader."""
    lines = "\n".join(f"<{iri}> <{RDF.type}> <{KG.Leader}> ." for iri in sorted(leaders))
    store.replace_graphs({INFERRED_GRAPH: lines})


__all__ = ["INFERRED_GRAPH", "CheckReport", "check_store", "save_inferences"]
