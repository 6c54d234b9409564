"""Canned queries: ``queries/<name>.rq`` files whose header declares their parameters.

Header format (the single source of truth for the CLI, the docs and the web forms)::

    # title: Who supplies what to a state?
    # description: Every aid or supply flow to one recipient, with its evidence sentence.
    # param: recipient | entity:State | required | The receiving state: name, QID or IRI

A param line has four ``|``-separated fields: name, type, ``required`` or
``optional`` (``optional=VALUE`` gives a default), and help text. Types:
``entity:<Class>`` (a label in any case, a QID or an IRI), ``enum:<scheme>``
(a concept of a closed vocabulary), ``date`` (YYYY-MM-DD) and ``string``.
A parameter ``name`` binds the variable ``?param_name``: after its type check the
value becomes an RDF term (pyoxigraph validates IRIs and escapes literals) and is
joined in through a ``VALUES ?param_name { term }`` block at the top of the outer
``WHERE``; user text is never spliced into the query. An optional parameter that is
not given leaves its variable free, so the query writes ``?flow kg:donor ?param_donor``
and uses the same variable whether or not it is bound. A line that ends in
``# when: name`` is kept only when that parameter is given, for a pattern that joins on
the parameter (``GRAPH ?g { ?claim kg:about ?param_about }  # when: about``): as a join it
lets the store start from the given value, and when the parameter is absent the line is
dropped and filters nothing. The query text itself is the project's, never the user's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg import vocab
from kg.errors import QueryNotFound, QueryParamError
from kg.results import QueryResult, term_text
from kg.store import GraphStore
from kg.vocab import KG, RESOURCE_BASE, ClosedNamespace

_SCHEMES: dict[str, ClosedNamespace] = {
    "aid-status": vocab.AID_STATUS, "aid-category": vocab.AID_CATEGORY, "agreement-kind": vocab.AGREEMENT_KIND,
    "agreement-status": vocab.AGREEMENT_STATUS, "meeting-kind": vocab.MEETING_KIND, "stance": vocab.STANCE,
    "modality": vocab.MODALITY,
}
# An entity parameter names one class; Actor and Entity stand for several.
_ENTITY_CLASSES: dict[str, tuple[str, ...]] = {
    "State": ("State",), "Person": ("Person",), "Organisation": ("Organisation",), "Place": ("Place",),
    "Actor": ("State", "Person", "Organisation", "Group"), "Entity": ("State", "Person", "Organisation", "Group", "Place"),
}
_QID = re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)
_PARAM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# A query line ending in "# when: NAME" is kept only when parameter NAME is given: a filter
# that joins on the parameter, so that an absent optional parameter filters nothing.
_WHEN = re.compile(r"^(.*)#\s*when:\s*([a-z][a-z0-9_]*)\s*\n", re.MULTILINE)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    default: str | None
    help: str

    @property
    def choices(self) -> tuple[str, ...]:
        if self.type.startswith("enum:"):
            return tuple(t for t in _SCHEMES[self.type[5:]] if t != "scheme")
        return ()


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path

    def bind(self, store: GraphStore, values: dict[str, str]) -> dict[str, object]:
        """Check and convert parameter values into RDF terms for substitution."""
        import pyoxigraph as ox

        declared = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise QueryParamError(
                f"Query '{self.name}' has no parameter {', '.join(repr(u) for u in unknown)}. "
                f"Parameters: {', '.join(declared) or 'none'}"
            )
        bound: dict[str, object] = {}
        for param in self.params:
            value = values.get(param.name, param.default)
            if value is None or value == "":
                if param.required:
                    raise QueryParamError(
                        f"Query '{self.name}' needs --param {param.name}=VALUE ({param.help})"
                    )
                continue
            if param.type.startswith("entity:"):
                bound[param.name] = ox.NamedNode(resolve_entity(store, value, param.type[7:], param=param.name))
            elif param.type.startswith("enum:"):
                if value not in param.choices:
                    raise QueryParamError(
                        f"Bad value {value!r} for {param.name}. Choices: {', '.join(param.choices)}"
                    )
                bound[param.name] = ox.NamedNode(_SCHEMES[param.type[5:]][value])
            elif param.type == "date":
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise QueryParamError(f"Bad date {value!r} for {param.name}; use YYYY-MM-DD") from None
                bound[param.name] = ox.Literal(value, datatype=ox.NamedNode(vocab.XSD.date))
            else:
                bound[param.name] = ox.Literal(value)
        return bound

    def bound_sparql(self, store: GraphStore, values: dict[str, str]) -> str:
        """The query text with a VALUES block for each given parameter."""
        terms = self.bind(store, values)
        blocks = "".join(f"\n  VALUES ?param_{name} {{ {term} }}" for name, term in terms.items())
        text = _WHEN.sub(lambda m: m.group(0) if m.group(2) in terms else "", self.sparql)
        match = _WHERE.search(text)
        if match is None:
            raise QueryParamError(f"{self.path.name}: no WHERE {{ to bind parameters into")
        return text[:match.end()] + blocks + text[match.end():]

    def run(self, store: GraphStore, values: dict[str, str] | None = None, *, limit: int | None = None) -> QueryResult:
        """Bind the parameters and run the query; returns columns and rows of plain strings."""
        solutions = store.query(self.bound_sparql(store, values or {}))
        columns = [v.value for v in solutions.variables]
        rows = []
        for solution in solutions:
            rows.append(tuple(map(term_text, solution)))  # values in the order of the variables
            if limit is not None and len(rows) >= limit:
                break
        return QueryResult(tuple(columns), tuple(rows))


def resolve_entity(store: GraphStore, text: str, cls: str = "Actor", *, param: str = "entity") -> str:
    """Turn a label (any case), a QID or an IRI into the IRI of one entity.

    States resolve through the gazetteer too, so "USA", "U.S." and "Q30" all give the
    United States; other entities are looked up by label in the store.
    """
    import pyoxigraph as ox

    if cls not in _ENTITY_CLASSES:
        raise QueryParamError(f"Unknown entity class {cls!r}; use one of {', '.join(_ENTITY_CLASSES)}")
    text = text.strip()
    if text.startswith(RESOURCE_BASE) and not re.search(r"[\s<>\"{}|\\^`]", text):
        return text
    if text.startswith(("http://", "https://", "<")):
        raise QueryParamError(f"{param}: {text!r} is not an IRI of this graph (they start with {RESOURCE_BASE})")
    if cls in ("State", "Actor", "Entity"):
        from kg.extract.gazetteer import load_gazetteer
        from kg.rdf.iris import entity_iri

        state = load_gazetteer().find_state(text)
        if state is not None:
            return entity_iri(state.ref)
    classes = _ENTITY_CLASSES[cls]
    query = (
        "SELECT DISTINCT ?e ?label ?class ?text WHERE { GRAPH graph:entities { ?e a ?class ; rdfs:label ?label } "
        "OPTIONAL { ?e kg:wikidata ?qid } "
        "FILTER(LCASE(STR(?label)) = LCASE(STR(?text)) || UCASE(STR(?text)) = STR(?qid)) }"
    )
    found: dict[str, str] = {}
    for name in classes:
        for row in store.query(query, substitutions={"text": ox.Literal(text), "class": ox.NamedNode(KG[name])}):
            found[row["e"].value] = row["label"].value
    if len(found) == 1:
        return next(iter(found))
    if len(found) > 1:
        listing = "; ".join(f"{label} <{iri}>" for iri, label in sorted(found.items()))
        raise QueryParamError(f"{param}: {text!r} is ambiguous. Candidates: {listing}")
    kind = " or ".join(c.lower() for c in classes)
    raise QueryParamError(f"{param}: no {kind} named {text!r} in the graph (try a name, a QID like Q241, or an IRI)")


def suggest_entities(store: GraphStore, cls: str, text: str, *, limit: int = 20) -> list[tuple[str, str]]:
    """(label, IRI) of entities of class *cls* whose label contains *text* (any case), prefix matches first.

    The text is bound as a literal, never written into the query.
    """
    import pyoxigraph as ox

    if cls not in _ENTITY_CLASSES:
        raise QueryParamError(f"Unknown entity class {cls!r}; use one of {', '.join(_ENTITY_CLASSES)}")
    query = (
        "SELECT DISTINCT ?e ?label ?class ?text WHERE { GRAPH graph:entities { ?e a ?class ; rdfs:label ?label } "
        "FILTER(CONTAINS(LCASE(STR(?label)), LCASE(STR(?text)))) }"
    )
    found: dict[str, str] = {}
    for name in _ENTITY_CLASSES[cls]:
        for row in store.query(query, substitutions={"text": ox.Literal(text.strip()), "class": ox.NamedNode(KG[name])}):
            found[row["e"].value] = row["label"].value
    needle = text.strip().lower()
    ranked = sorted(found.items(), key=lambda item: (not item[1].lower().startswith(needle), item[1].lower()))
    return [(label, iri) for iri, label in ranked[:limit]]


def example_sparql(query: CannedQuery) -> str:
    """The query's text for an editor, every parameter left free: ``?param_x`` then matches anything.

    The lines kept only when a parameter is given (``# when: x``) are dropped, as for an
    absent parameter; bind one by adding ``VALUES ?param_x { ... }`` after ``WHERE {``.
    """
    return _WHEN.sub("", query.sparql)


def _parse(path: Path) -> CannedQuery:
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].strip().partition(":")
        key, value = key.strip(), value.strip()
        if key == "param":
            fields = [f.strip() for f in value.split("|")]
            if len(fields) != 4 or not _PARAM_NAME.match(fields[0]):
                raise QueryParamError(f"{path.name}: bad param line {line!r} (want name | type | required | help)")
            name, kind, need, help_text = fields
            if kind.startswith("enum:") and kind[5:] not in _SCHEMES:
                raise QueryParamError(f"{path.name}: unknown vocabulary {kind[5:]!r}")
            if kind.startswith("entity:") and kind[7:] not in _ENTITY_CLASSES:
                raise QueryParamError(f"{path.name}: unknown entity class {kind[7:]!r}")
            if not (kind.startswith(("entity:", "enum:")) or kind in ("date", "string")):
                raise QueryParamError(f"{path.name}: unknown parameter type {kind!r}")
            default = need.split("=", 1)[1] if need.startswith("optional=") else None
            params.append(Param(name, kind, need == "required", default, help_text))
        elif key in ("title", "description"):
            meta[key] = value
    text = path.read_text(encoding="utf-8")
    declared = {p.name for p in params}
    for match in _WHEN.finditer(text):
        if match.group(2) not in declared:
            raise QueryParamError(f"{path.name}: '# when: {match.group(2)}' names no declared parameter")
    return CannedQuery(path.stem, meta.get("title", path.stem), meta.get("description", ""), tuple(params),
                       path.read_text(encoding="utf-8"), path)


def load_queries(queries_dir: Path) -> dict[str, CannedQuery]:
    """All canned queries in a folder, by name."""
    return {path.stem: _parse(path) for path in sorted(queries_dir.glob("*.rq"))}


def get_query(queries_dir: Path, name: str) -> CannedQuery:
    queries = load_queries(queries_dir)
    if name not in queries:
        raise QueryNotFound(f"No query '{name}'. Available: {', '.join(queries) or 'none'}")
    return queries[name]


__all__ = ["CannedQuery", "Param", "example_sparql", "get_query", "load_queries", "resolve_entity", "suggest_entities"]
