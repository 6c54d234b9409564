"""GraphStore: the only module that knows the store backend (pyoxigraph).

Verbs follow pyoxigraph: ``extend``, ``query``, ``dump``, ``quads_for_pattern``;
``replace_graphs`` swaps whole named graphs in one transaction, which is how a
re-ingested document replaces its old graph and how a failed ingest writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg.errors import SparqlError, StoreError
from kg.vocab import PREFIXES

EXPORT_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class GraphStore:
    """A quad store on disk (or in memory when *path* is None)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False, atomic: bool = False):
        self.path = path
        # atomic: every write is one transaction (``extend``), never the bulk loader, so that
        # readers of this open store (the server's threads) see a document's facts all at once.
        self.atomic = atomic
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"No store at {path}; run `kg build` or `kg ingest` first (or set --store)")
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as err:
            if "lock" in str(err).lower():
                raise StoreError(
                    f"The store at {path} is in use by another process (a running `kg serve`?): "
                    "POST the articles to its /ingest route (started with --allow-ingest) or stop it first"
                ) from None
            raise StoreError(f"Cannot open store at {path}: {err}") from None

    def close(self) -> None:
        """Release the store (its lock and files) now rather than at garbage collection."""
        self.__dict__.pop("_store", None)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, str | bytes | list[ox.Quad]],
                       additions: Mapping[str, str] | None = None) -> None:
        """Replace each named graph with the given quads, N-Triples text, or N-Quads bytes (of that
        graph only, written by pyoxigraph as :func:`to_nquads` or :func:`kg.rdf.build.build_graph` write
        them), all in one transaction.

        *additions* (N-Triples text per graph) are added to shared graphs, such as the entities
        graph, in the same write; on failure the triples that were new are taken out again.

        New graphs (the usual bulk case) go in through the store's bulk loader: N-Quads bytes
        (what ``kg ingest`` sends) are parsed by pyoxigraph itself in one
        ``bulk_load``, everything else in one ``bulk_extend``; on failure the new graphs are dropped
        again. When a graph already exists, everything goes through one SPARQL update (DROP, then
        INSERT DATA), whose text is what pyoxigraph serialised (IRIs checked, literals escaped).
        Either way every graph is swapped or none is.
        """
        added = [q for graph, data in (additions or {}).items() for q in as_quads(graph, data)]
        if not any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs):
            added = [q for q in added if q not in self._store]
            loaded = b"" if self.atomic else b"".join(d for d in graphs.values() if isinstance(d, bytes))
            rest = (q for graph, data in graphs.items() if not (loaded and isinstance(data, bytes))
                    for q in as_quads(graph, data))
            try:
                if loaded:  # pyoxigraph serialised every term of these bytes, so the parser need not check IRIs again
                    self._store.bulk_load(loaded, format=ox.RdfFormat.N_QUADS, lenient=True)
                write = self._store.extend if self.atomic else self._store.bulk_extend
                write([*rest, *added])
            except (OSError, SyntaxError, ValueError) as err:
                for graph in map(ox.NamedNode, graphs):
                    if self._store.contains_named_graph(graph):
                        self._store.remove_graph(graph)
                for quad in added:
                    self._store.remove(quad)
                raise StoreError(f"Writing to the store failed, nothing was changed: {err}") from None
            return
        parts: list[str] = []
        for graph, data in graphs.items():
            ntriples = data if isinstance(data, str) else to_ntriples(as_quads(graph, data))
            graph_term = str(ox.NamedNode(graph))
            parts.append(f"DROP SILENT GRAPH {graph_term}")
            if ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH {graph_term} {{\n{ntriples}\n}} }}")
        if added:
            parts.append("INSERT DATA {\n" + "\n".join(
                f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in added) + "\n}")
        if parts:
            try:
                self._store.update(" ;\n".join(parts))
            except (OSError, SyntaxError) as err:
                raise StoreError(f"Writing to the store failed, nothing was changed: {err}") from None

    def holds_any(self, graphs: Iterable[str]) -> bool:
        """Does the store hold any of these named graphs?"""
        return any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs)

    def load_new_graphs(self, graphs: Mapping[str, bytes]) -> None:
        """Bulk-load graphs the store does not hold yet, each as N-Quads bytes of that graph only (as
        :func:`kg.rdf.build.build_graph` writes them): one step of a larger write, which the caller
        undoes with :meth:`drop_graphs` if a later step fails (``kg ingest --jobs N`` loads documents
        while the workers extract the next ones)."""
        try:
            self._store.bulk_load(b"".join(graphs.values()), format=ox.RdfFormat.N_QUADS, lenient=True)
        except (OSError, SyntaxError, ValueError) as err:
            self.drop_graphs(graphs)
            raise StoreError(f"Writing to the store failed, nothing was changed: {err}") from None

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        """Remove these named graphs, where present."""
        for graph in map(ox.NamedNode, graphs):
            if self._store.contains_named_graph(graph):
                self._store.remove_graph(graph)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one transaction."""
        self._store.extend(quads)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, *, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> Any:
        """Run a read query over the union of all named graphs."""
        bound = {ox.Variable(name): term for name, term in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                     substitutions=bound or None)
        except SyntaxError as err:
            raise SparqlError(f"SPARQL syntax error: {' '.join(str(err).split())}") from None
        except (OSError, RuntimeError) as err:
            raise StoreError(f"Query failed: {err}") from None

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(subject, predicate, obj, graph)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def __len__(self) -> int:
        return len(self._store)

    def union_ntriples(self) -> list[str]:
        """The union of all graphs as N-Triples lines, each triple once."""
        return ntriples_lines({ox.Triple(q.subject, q.predicate, q.object) for q in self._store})

    def dump(self, output, fmt: str) -> None:
        """Write the store (all graphs) in an export format: ttl, nt, nq, trig, jsonld."""
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self._store.dump(output, rdf_format)
        else:  # triple formats get the union of the named graphs
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._store}
            ox.serialize(sorted(triples, key=str), output, rdf_format, prefixes=PREFIXES)


def iri(value: str) -> ox.NamedNode:
    """An IRI term for ``substitutions=`` (pyoxigraph checks it is a valid IRI)."""
    try:
        return ox.NamedNode(value)
    except ValueError as err:
        raise SparqlError(f"Not an IRI: {value!r} ({err})") from None


def literal(value: str) -> ox.Literal:
    """A plain string literal for ``substitutions=``."""
    return ox.Literal(value)


def result_kind(result: Any) -> str:
    """What :meth:`GraphStore.query` gave: ``boolean`` (ASK), ``solutions`` (SELECT) or ``triples``."""
    if isinstance(result, ox.QueryBoolean):
        return "boolean"
    return "solutions" if isinstance(result, ox.QuerySolutions) else "triples"


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}


def serialize_solutions(variables: list[str], rows: Iterable[Iterable[Any]], fmt: str) -> bytes:
    """SELECT rows (sequences of terms, None for unbound) in a SPARQL results format: json, xml, csv or tsv.

    pyoxigraph serialises only a whole live result, and a result cut at a row limit is not one,
    so the four W3C formats are written here from the terms.
    """
    rows = [list(row) for row in rows]
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        head = "".join(f'<variable name="{v}"/>' for v in variables)
        results = "".join(
            "<result>" + "".join(f'<binding name="{v}">{_xml_term(t)}</binding>'
                                 for v, t in zip(variables, row) if t is not None) + "</result>"
            for row in rows)
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{results}</results></sparql>").encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value)
                           for t in row] for row in rows])
        return out.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        return {"type": "literal", "value": term.value}
    return {"type": "triple", "value": str(term)}


_QUOT = {"\"": "&quot;"}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{escape(term.language, _QUOT)}">{escape(term.value)}</literal>'
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f'<literal datatype="{escape(term.datatype.value, _QUOT)}">{escape(term.value)}</literal>'
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def serialize_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in a SPARQL results format: json, xml, csv or tsv."""
    return ox.Store().query("ASK {}" if value else "ASK { FILTER(false) }").serialize(format=RESULT_FORMATS[fmt])


def serialize_graph(triples: Iterable[Any], fmt: str) -> bytes:
    """CONSTRUCT or DESCRIBE triples as ttl, nt, jsonld or rdfxml."""
    return ox.serialize(list(triples), format=GRAPH_FORMATS[fmt], prefixes=PREFIXES)


def turtle_as_ntriples(path: Path) -> list[str]:
    """A Turtle file's triples as N-Triples lines (parsed by pyoxigraph)."""
    return ntriples_lines(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def as_quads(graph: str, data: str | bytes | list[ox.Quad]) -> Iterable[ox.Quad]:
    """The quads of *graph*: given as quads already, or parsed from N-Triples text or N-Quads bytes."""
    node = ox.NamedNode(graph)
    if isinstance(data, str):
        return (ox.Quad(t.subject, t.predicate, t.object, node)
                for t in ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    if isinstance(data, bytes):
        data = ox.parse(data, format=ox.RdfFormat.N_QUADS)
    return (q if q.graph_name == node else ox.Quad(q.subject, q.predicate, q.object, node) for q in data)


def ntriples_lines(statements: Iterable[ox.Quad | ox.Triple]) -> list[str]:
    """One N-Triples line per triple or quad (terms serialised by pyoxigraph, graph names dropped)."""
    return [f"{q.subject} {q.predicate} {q.object} ." for q in statements]


def to_nquads(graph: str, quads: Iterable[ox.Quad], *, in_graph: bool = False) -> bytes:
    """*quads*, moved into *graph*, as N-Quads bytes (serialised by pyoxigraph): how worker processes
    hand a document graph over, since quads do not cross process borders.

    :param in_graph: the quads are in *graph* already (as :func:`kg.rdf.build.build_quads` makes
        them), so they are written as they are, without a look at each one's graph (a third of the time).
    """
    quads = list(quads) if in_graph else list(as_quads(graph, list(quads)))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def to_ntriples(quads: Iterable[ox.Quad]) -> str:
    """The triples of *quads* as N-Triples text."""
    return "\n".join(ntriples_lines(quads))
