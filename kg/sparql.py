"""Ad-hoc SPARQL: the read-only guard and running a query into a printable result.

The guard reads the query's keywords, not its text: comments, string literals and IRIs
are blanked out first, so a word like "DELETE" inside a label or an IRI is no keyword.
What it refuses:

* updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH): the
  graph is changed only through ``kg ingest``;
* ``SERVICE``: a federated call would make kg fetch from anywhere on the network;
* with ``allow_from=False`` (the web endpoint), ``FROM`` and ``FROM NAMED`` with an
  IRI that is not a graph of this store.

pyoxigraph then parses the query for real; a syntax error becomes a one-line
:class:`~kg.errors.SparqlError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import SparqlError, UpdateRefused
from kg.results import QueryResult, term_text
from kg.store import GraphStore

UPDATE_KEYWORDS = frozenset("INSERT DELETE LOAD CLEAR DROP CREATE ADD MOVE COPY WITH".split())
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

# Longest first: triple-quoted strings before single-quoted ones.
_STRING = r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
_IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
_COMMENT = r"#[^\n]*"
_BLANKS = re.compile(f"{_STRING}|{_IRI}|{_COMMENT}")
# A keyword is a bare word: not a variable (?x, $x), not part of a prefixed name (ex:DROP, drop:x).
_WORD = re.compile(r"(?<![\w?$:.-])([A-Za-z]+)(?![\w:-])")
_FROM_IRI = re.compile(r"\bFROM\s+(?:NAMED\s+)?(<[^>]*>|[\w-]*:[\w.-]*)", re.IGNORECASE)


@dataclass(frozen=True)
class SparqlResult:
    """What a read query gave: rows (SELECT), a boolean (ASK) or RDF text (CONSTRUCT, DESCRIBE)."""

    form: str
    table: QueryResult | None = None
    boolean: bool | None = None
    graph: str | None = None

    def render(self, fmt: str) -> str:
        if self.table is not None:
            return self.table.render(fmt)
        if self.boolean is not None:
            return "true" if self.boolean else "false"
        return self.graph or ""


def _keywords(text: str) -> list[str]:
    return [m.group(1).upper() for m in _WORD.finditer(_BLANKS.sub(" ", text))]


def query_form(text: str, *, allow_from: bool = True, known_graphs: frozenset[str] = frozenset()) -> str:
    """Check that *text* is a read-only query kg may run; return its form (SELECT, ASK ...)."""
    if not text.strip():
        raise SparqlError("Empty SPARQL query")
    words = _keywords(text)
    updates = sorted(set(words) & UPDATE_KEYWORDS)
    if updates:
        raise UpdateRefused(
            f"Updates are refused ({', '.join(updates)}): the graph is read-only here; add documents with `kg ingest`"
        )
    if "SERVICE" in words:
        raise SparqlError("SERVICE is refused: federated queries would make kg fetch from other endpoints")
    if not allow_from:
        blanked = _BLANKS.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", text)
        for iri in _FROM_IRI.findall(blanked):
            if iri.strip("<>") not in known_graphs:
                raise SparqlError(f"FROM {iri} is refused: only the graphs of this store can be named")
    form = next((w for w in words if w in QUERY_FORMS), None)
    if form is None:
        raise SparqlError("Not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


def run_sparql(store: GraphStore, text: str, *, limit: int | None = None, graph_format: str = "ttl") -> SparqlResult:
    """Run a read-only query over the union of the store's graphs (kg, rdfs, owl ... prefixes predeclared)."""
    from kg.store import result_kind, serialize_graph

    form = query_form(text)
    result = store.query(text)
    kind = result_kind(result)
    if kind == "boolean":
        return SparqlResult(form, boolean=bool(result))
    if kind == "solutions":
        columns = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if limit is not None and len(rows) >= limit:
                break
            rows.append(tuple(map(term_text, solution)))
        return SparqlResult(form, table=QueryResult(tuple(columns), tuple(rows)))
    triples = []
    for triple in result:
        if limit is not None and len(triples) >= limit:
            break
        triples.append(triple)
    return SparqlResult(form, graph=serialize_graph(triples, graph_format).decode("utf-8"))


__all__ = ["SparqlResult", "query_form", "run_sparql"]
