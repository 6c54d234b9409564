"""ingest(paths): read -> extract -> build -> validate -> store, all or nothing.

Every file is read, extracted, turned into quads and validated before the store is
touched; the store then swaps all affected named graphs (and the ontology graph) in
a single transaction. A bad file, a shape violation or a write error leaves the store
exactly as it was.
"""

from __future__ import annotations

import gc
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import InputError
from kg.settings import Settings
from kg.sources import discover, read_document
from kg.store import GraphStore, as_quads, ntriples_lines, to_ntriples


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
            facts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(doc.facts.items())) \
                or "no facts"
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


VALIDATION_MODES = ("auto", "full", "sample", "off")
_BLANK = re.compile(r"_:[A-Za-z0-9]+")


def _signature(quads: list) -> list[str]:
    """Quads as sorted text with blank-node labels erased: equal when the ontology is unchanged."""
    return sorted(_BLANK.sub("_:b", f"{q.subject} {q.predicate} {q.object}") for q in quads)
_SAMPLE_EVERY = 100
_AUTO_FULL_UP_TO = 20  # "auto" checks every document of a batch this small, else samples


@dataclass(frozen=True)
class _Built:
    """One document's graph, ready to validate and store.

    Its graph is N-Quads bytes (:func:`kg.rdf.build.build_graph`), in the parent process as from a
    worker (quads do not cross process borders), which the store's bulk loader parses.
    """

    doc_id: str
    graph: str
    data: bytes
    quads: int
    report: DocumentReport
    entities: tuple[str, ...] = ()  # N-Triples lines of its entities' types and labels
    contexts: tuple = ()  # its entities as Wikidata linking reads them (kg.link.context)

    @property
    def ntriples(self) -> str:
        return to_ntriples(as_quads(self.graph, self.data))


def _build_in_worker(path: Path, max_bytes: int, run) -> _Built:
    built = _build_one(path, max_bytes, run)
    _freeze_resources()
    return built


def _build_one(path: Path, max_bytes: int, run) -> _Built:
    from kg.extract import extract
    from kg.link.context import CONTEXT_PREDICATES, document_contexts
    from kg.model import AidFlow, OfficeHolding
    from kg.rdf.build import build_graph
    from kg.rdf.iris import ENTITY_PREFIXES, document_graph
    from kg.vocab import RDF, RDFS

    source = read_document(path, max_bytes=max_bytes)
    extraction = extract(source)
    # the entities' types and labels and the linking context are read from the few quads kept aside
    graph = build_graph(extraction, run, keep=CONTEXT_PREDICATES | {RDF.type, RDFS.label})
    quads = graph.kept
    facts: dict[str, int] = {}
    for fact in extraction.facts:
        kind = {AidFlow: "aid flow", OfficeHolding: "office"}.get(type(fact), type(fact).__name__.lower())
        facts[kind] = facts.get(kind, 0) + 1
    removed: dict[str, int] = {}
    for region in extraction.document.removed:
        removed[region.kind] = removed.get(region.kind, 0) + 1
    report = DocumentReport(source.doc_id, source.path, len(extraction.sentences), facts, removed)
    entities = tuple(ntriples_lines(q for q in quads if q.predicate.value in (RDF.type, RDFS.label)
                                    and q.subject.value.startswith(ENTITY_PREFIXES)))
    return _Built(source.doc_id, document_graph(source.doc_id), graph.nquads, graph.count, report, entities,
                  tuple(document_contexts(quads)))


_resources_frozen = False


_YOUNG_OBJECTS_PER_COLLECTION = 20_000  # Python's default is 700


def _freeze_resources() -> None:
    """Once the first document is built, the gazetteers, name and city lists and spaCy's tables are
    loaded for good: move them out of sight of the cyclic garbage collector (``gc.freeze``), which
    otherwise walks them at every full collection (about a tenth of extraction time). Extraction
    allocates many small objects that die young, and few cycles: collecting the young generation
    every 20,000 allocations instead of every 700 cuts the collector's share of ingest CPU from
    2.7% to 0.6% (measured with ``gc.callbacks`` on 150 benchmark articles)."""
    global _resources_frozen
    if not _resources_frozen:
        gc.freeze()
        _, older, oldest = gc.get_threshold()
        gc.set_threshold(_YOUNG_OBJECTS_PER_COLLECTION, older, oldest)
        _resources_frozen = True


def _build_all(files: list[Path], max_bytes: int, run, jobs: int) -> list[_Built]:
    if jobs <= 1 or len(files) < 2:
        built = []
        for path in files:
            built.append(_build_one(path, max_bytes, run))
            _freeze_resources()
        return built
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_build_in_worker, files, [max_bytes] * len(files), [run] * len(files),
                             chunksize=max(1, len(files) // (jobs * 4))))


def _to_validate(built: list[_Built], mode: str) -> list[_Built]:
    if mode == "auto":
        mode = "full" if len(built) <= _AUTO_FULL_UP_TO else "sample"
    if mode == "off":
        return []
    if mode == "sample":  # the first document and every 100th: the builder's shape bugs show up at once
        return built[::_SAMPLE_EVERY]
    return built


def ingest(paths: list[Path], *, settings: Settings, store: GraphStore | None = None, jobs: int = 1,
           validate: str = "auto") -> IngestReport:
    """Ingest article files or folders into the store named by *settings* (or *store*).

    :param jobs: worker processes for extraction (``kg ingest --jobs N``).
    :param validate: ``full`` checks every document against the SHACL shapes, ``sample`` the first
        and every 100th (for bulk loads), ``off`` none; ``auto`` is ``full`` for up to 20 documents
        and ``sample`` above (pySHACL takes about 0.4 s per document).
    """
    from kg import __version__
    from kg.extract import RULESET_VERSION
    from kg.rdf.build import Run
    from kg.rdf.iris import ENTITIES_GRAPH, ONTOLOGY_GRAPH
    from kg.validate import validate_ntriples

    if validate not in VALIDATION_MODES:
        raise InputError(f"Unknown validation mode {validate!r}. Choices: {', '.join(VALIDATION_MODES)}")
    files = discover(paths)
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            raise InputError(f"Two files share the document id {path.stem!r}: {seen[path.stem]} and {path}")
        seen[path.stem] = path
    run = Run(uuid.uuid4().hex[:12], datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), __version__,
              RULESET_VERSION)
    built = _build_all(files, settings.max_file_bytes, run, jobs)
    checked = _to_validate(built, validate)
    if checked:
        validate_ntriples("\n".join(b.ntriples for b in checked), ontology_dir=settings.ontology_dir) \
            .raise_for_violations()
    ontology = ontology_quads(settings.ontology_dir)
    graphs = {b.graph: b.data for b in built}
    graphs.update(_wikidata_graphs({b.graph: b.contexts for b in built}, settings))
    target = store if store is not None else GraphStore(settings.store)
    try:
        if _signature(target.graph_quads(ONTOLOGY_GRAPH)) != _signature(ontology):
            graphs[ONTOLOGY_GRAPH] = ontology
        entities = sorted({line for b in built for line in b.entities})
        target.replace_graphs(graphs, additions={ENTITIES_GRAPH: "\n".join(entities)})
    finally:
        if store is None:
            target.close()
    return IngestReport(tuple(b.report for b in built), sum(b.quads for b in built) + len(ontology), run.run_id)


def _wikidata_graphs(documents: dict, settings: Settings) -> dict:
    """Link and enrichment graphs of the new documents (graph IRI -> entity contexts), from the
    Wikidata cache and overrides (no network)."""
    from kg.link import offline_graphs

    return offline_graphs(documents, settings=settings)
