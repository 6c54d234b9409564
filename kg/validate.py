"""SHACL validation of built RDF against ontology/shapes.ttl (pySHACL over rdflib)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ShapeViolation

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    focus_node: str
    message: str
    path: str | None
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    text: str

    def raise_for_violations(self) -> None:
        """Raise :class:`ShapeViolation` quoting the first sh:message and its focus node."""
        if self.conforms:
            return
        first = self.violations[0] if self.violations else Violation("?", self.text.strip(), None, "?")
        more = f" (and {len(self.violations) - 1} more)" if len(self.violations) > 1 else ""
        raise ShapeViolation(
            f"Shape violation at {first.focus_node}: {first.message}{more}",
            focus_node=first.focus_node,
            violations=tuple(v.message for v in self.violations),
        )


@lru_cache(maxsize=4)
def _graphs(ontology_dir: Path) -> tuple[Any, Any]:
    from rdflib import Graph

    shapes = Graph().parse(ontology_dir / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir / "kg.ttl", format="turtle")
    return shapes, ontology


def validate_ntriples(ntriples: str, *, ontology_dir: Path) -> ValidationReport:
    """Validate N-Triples text against the shapes, with the ontology as ont_graph."""
    import pyshacl
    from rdflib import Graph, Namespace

    from kg.rdflib_prepared import prepare_sparql_once

    prepare_sparql_once()
    shapes, ontology = _graphs(ontology_dir)
    data = Graph().parse(data=ntriples, format="nt")
    conforms, report_graph, report_text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True, allow_warnings=True,
    )
    sh = Namespace(SH)
    violations = []
    for result in report_graph.subjects(sh.resultSeverity, sh.Violation):
        violations.append(Violation(
            focus_node=str(report_graph.value(result, sh.focusNode)),
            message=str(report_graph.value(result, sh.resultMessage) or "constraint violated"),
            path=(str(p) if (p := report_graph.value(result, sh.resultPath)) is not None else None),
            shape=str(report_graph.value(result, sh.sourceShape)),
        ))
    violations.sort(key=lambda v: (v.focus_node, v.message))
    return ValidationReport(bool(conforms) and not violations, tuple(violations), report_text)
