"""ingest(paths): read -> extract -> build -> validate -> store, all or nothing.

Every file is read, extracted, turned into quads and validated before the store is
touched; the store then swaps all affected named graphs (and the ontology graph) in
a single transaction. A bad file, a shape violation or a write error leaves the store
exactly as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import InputError
from kg.settings import Settings
from kg.sources import discover, read_document
from kg.store import GraphStore


@dataclass(frozen=True)
class DocumentReport:
    doc_id: str
    path: str
    sentences: int
    facts: dict[str, int]
    removed: dict[str, int]


@dataclass(frozen=True)
class IngestReport:
    documents: tuple[DocumentReport, ...]
    quads: int
    run_id: str

    def summary(self) -> str:
        lines = []
        for doc in self.documents:
            facts = ", ".join(f"{n} {kind}" for kind, n in sorted(doc.facts.items())) or "no facts"
            lines.append(f"{doc.doc_id}: {doc.sentences} sentences, {facts}")
        lines.append(f"Ingested {len(self.documents)} document(s), {self.quads} quads (run {self.run_id}).")
        return "\n".join(lines)


def ontology_quads(ontology_dir: Path) -> list:
    """The ontology (every .ttl in the folder except the SHACL shapes) as quads of its own graph."""
    import pyoxigraph as ox

    from kg.rdf.iris import ONTOLOGY_GRAPH

    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = []
    for path in sorted(ontology_dir.glob("*.ttl")):
        if path.name == "shapes.ttl":
            continue
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    return quads


def ingest(paths: list[Path], *, settings: Settings, store: GraphStore | None = None) -> IngestReport:
    """Ingest article files or folders into the store named by *settings* (or *store*)."""
    from kg import __version__
    from kg.extract import RULESET_VERSION, extract
    from kg.model import AidFlow, OfficeHolding
    from kg.rdf.build import Run, build_quads
    from kg.rdf.iris import ONTOLOGY_GRAPH, document_graph
    from kg.validate import validate_quads

    files = discover(paths)
    sources = [read_document(path, max_bytes=settings.max_file_bytes) for path in files]
    seen: dict[str, str] = {}
    for source in sources:
        if source.doc_id in seen:
            raise InputError(f"Two files share the document id {source.doc_id!r}: {seen[source.doc_id]} and {source.path}")
        seen[source.doc_id] = source.path
    run = Run(uuid.uuid4().hex[:12], datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), __version__,
              RULESET_VERSION)
    graphs: dict[str, list] = {}
    reports = []
    for source in sources:
        extraction = extract(source)
        graphs[document_graph(source.doc_id)] = build_quads(extraction, run)
        facts: dict[str, int] = {}
        for fact in extraction.facts:
            kind = {AidFlow: "aid flows", OfficeHolding: "offices"}.get(type(fact), type(fact).__name__.lower())
            facts[kind] = facts.get(kind, 0) + 1
        removed: dict[str, int] = {}
        for region in extraction.document.removed:
            removed[region.kind] = removed.get(region.kind, 0) + 1
        reports.append(DocumentReport(source.doc_id, source.path, len(extraction.sentences), facts, removed))
    validate_quads([q for quads in graphs.values() for q in quads], ontology_dir=settings.ontology_dir) \
        .raise_for_violations()
    graphs[ONTOLOGY_GRAPH] = ontology_quads(settings.ontology_dir)
    target = store if store is not None else GraphStore(settings.store)
    try:
        target.replace_graphs(graphs)
        target.flush()
    finally:
        if store is None:
            target.close()
    return IngestReport(tuple(reports), sum(len(q) for q in graphs.values()), run.run_id)
