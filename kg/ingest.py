"""ingest(paths): read -> extract -> build -> validate -> store, all or nothing.

Every file is read, extracted, turned into quads and validated before the store is
touched; the store then swaps all affected named graphs (and the ontology graph) in
a single transaction. A bad file, a shape violation or a write error leaves the store
exactly as it was. With worker processes and documents new to the store, the parent
loads batches of them while the workers extract the next, and drops them again if a
later step fails (:func:`_ingest_overlapped`).
"""

from __future__ import annotations

import gc
import itertools
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kg.errors import InputError
from kg.settings import Settings
from kg.sources import discover, read_document
from kg.store import GraphStore, as_quads, to_ntriples


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
    from kg.rdf.iris import document_graph
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
    entities = tuple(_entity_lines(graph.kept_ntriples))
    return _Built(source.doc_id, document_graph(source.doc_id), graph.nquads, graph.count, report, entities,
                  tuple(document_contexts(quads)))


def _entity_lines(ntriples: list[str]) -> Iterator[str]:
    """Of a document's N-Triples lines, those giving an entity's type or label (read from the text:
    an IRI term has no space, so the predicate is the second word)."""
    from kg.rdf.iris import ENTITY_PREFIXES
    from kg.vocab import RDF, RDFS

    subjects = tuple(f"<{prefix}" for prefix in ENTITY_PREFIXES)
    predicates = (f"<{RDF.type}>", f"<{RDFS.label}>")
    for line in ntriples:
        if line.startswith(subjects) and line.split(" ", 2)[1] in predicates:
            yield line


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


_CHUNK = 4  # documents per hand-over to a worker, at most


def _build_each(files: list[Path], max_bytes: int, run, jobs: int) -> Iterator[_Built]:
    """Each file's :class:`_Built`, in the order of *files*, as soon as it is ready. With workers, the
    first step (the first ``next``) builds the first file here and starts the workers."""
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield _build_one(path, max_bytes, run)
            _freeze_resources()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    first = []
    if multiprocessing.get_start_method() == "fork":
        # the first document, built here, loads spaCy, the gazetteers and the rule files once (and freezes
        # them): the forked workers share them instead of each loading its own (1.7 CPU-s apiece)
        first = [_build_one(files[0], max_bytes, run)]
        _freeze_resources()
    rest = files[len(first):]
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        # small chunks: a worker left with a long last chunk while the others idle costs more than the
        # few extra hand-overs
        results = pool.map(_build_in_worker, rest, [max_bytes] * len(rest), [run] * len(rest),
                           chunksize=max(1, min(_CHUNK, len(rest) // (jobs * 4))))  # (forks the workers)
        yield from first
        yield from results
    finally:
        pool.shutdown(cancel_futures=True)


def _mode(validate: str, files: int) -> str:
    if validate == "auto":
        return "full" if files <= _AUTO_FULL_UP_TO else "sample"
    return validate


def _to_validate(built: list[_Built], mode: str) -> list[_Built]:
    if mode == "off":
        return []
    if mode == "sample":  # the first document and every 100th: the builder's shape bugs show up at once
        return built[::_SAMPLE_EVERY]
    return built


# While workers extract, the parent bulk-loads the documents in three batches, when half and when
# four fifths of them are in, and the rest after the last: up to three loads cost what one does
# (measured on 100 benchmark articles; from a fourth on the store starts compacting, and batches of
# 8 cost the parent half as much again), and only the last batch is waited for, so it is the smallest.
_LOAD_AT = (0.5, 0.8)
_LOAD_EVERY = 16  # documents, at least, per load


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
    mode = _mode(validate, len(files))
    if jobs > 1 and len(files) > 1 and mode != "full" and (store is None or not store.atomic):
        return _ingest_overlapped(files, settings=settings, store=store, jobs=jobs, mode=mode, run=run)
    built = list(_build_each(files, settings.max_file_bytes, run, jobs))
    checked = _to_validate(built, mode)
    if checked:
        validate_ntriples("\n".join(b.ntriples for b in checked), ontology_dir=settings.ontology_dir) \
            .raise_for_violations()
    graphs = {b.graph: b.data for b in built}
    target = store if store is not None else GraphStore(settings.store)
    try:
        quads = _write_rest(target, built, graphs, settings)
    finally:
        if store is None:
            target.close()
    return IngestReport(tuple(b.report for b in built), sum(b.quads for b in built) + quads, run.run_id)


def _ingest_overlapped(files: list[Path], *, settings: Settings, store: GraphStore | None, jobs: int, mode: str,
                       run) -> IngestReport:
    """``ingest`` with worker processes into a store that holds none of the documents yet: the parent
    bulk-loads each batch of documents (after checking the sampled ones against the shapes) while the
    workers extract the next, instead of loading all of them after the last (a quarter of the time of
    two workers went to the parent's load alone). Should a later file, shape check or write fail, the
    graphs loaded so far are dropped again, so the store is left as it was."""
    from kg.rdf.iris import document_graph
    from kg.validate import validate_ntriples

    stream = _build_each(files, settings.max_file_bytes, run, jobs)
    try:
        first = next(stream)  # the workers are forked by now: the store is opened in this process alone
        target = store if store is not None else GraphStore(settings.store)
    except BaseException:
        stream.close()
        raise
    loaded: list[str] = []
    try:
        if target.holds_any(document_graph(path.stem) for path in files):  # a re-ingest: DROP and INSERT
            built = [first, *stream]
            if mode == "sample":
                validate_ntriples("\n".join(b.ntriples for b in _to_validate(built, mode)),
                                  ontology_dir=settings.ontology_dir).raise_for_violations()
            return IngestReport(tuple(b.report for b in built), sum(b.quads for b in built) + _write_rest(
                target, built, {b.graph: b.data for b in built}, settings), run.run_id)
        built, batch = [], {}
        cuts = {max(_LOAD_EVERY, round(len(files) * share)) for share in _LOAD_AT}
        for n, one in enumerate(itertools.chain([first], stream)):
            if mode == "sample" and n % _SAMPLE_EVERY == 0:
                validate_ntriples(one.ntriples, ontology_dir=settings.ontology_dir).raise_for_violations()
            built.append(one)
            batch[one.graph] = one.data
            if n + 1 in cuts or n == len(files) - 1:
                loaded.extend(batch)
                target.load_new_graphs(batch)
                batch = {}
        quads = _write_rest(target, built, {}, settings)
    except BaseException:
        target.drop_graphs(loaded)
        raise
    finally:
        stream.close()
        if store is None:
            target.close()
    return IngestReport(tuple(b.report for b in built), sum(b.quads for b in built) + quads, run.run_id)


def _write_rest(target: GraphStore, built: list[_Built], graphs: dict, settings: Settings) -> int:
    """Write *graphs* with the documents' link and enrichment graphs, the ontology when it changed and the
    entities' types and labels, in one write; the number of ontology quads."""
    from kg.rdf.iris import ENTITIES_GRAPH, ONTOLOGY_GRAPH

    ontology = ontology_quads(settings.ontology_dir)
    graphs.update(_wikidata_graphs({b.graph: b.contexts for b in built}, settings))
    if _signature(target.graph_quads(ONTOLOGY_GRAPH)) != _signature(ontology):
        graphs[ONTOLOGY_GRAPH] = ontology
    entities = sorted({line for b in built for line in b.entities})
    target.replace_graphs(graphs, additions={ENTITIES_GRAPH: "\n".join(entities)})
    return len(ontology)


def _wikidata_graphs(documents: dict, settings: Settings) -> dict:
    """Link and enrichment graphs of the new documents (graph IRI -> entity contexts), from the
    Wikidata cache and overrides (no network)."""
    from kg.link import offline_graphs

    return offline_graphs(documents, settings=settings)
