"""Candidate Wikidata items for a name: SPARQL look-ups by label and alias, filtered by type.

The queries hold no address of any endpoint and only literals this module escapes itself
(:func:`sparql_string`) or QIDs checked against ``Q[0-9]+``, so user text can never change a
query's shape. They use Wikidata's RDF layout and declare every prefix, so any endpoint holding
Wikidata-shaped data answers them as the Wikidata Query Service does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.errors import LinkError

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
"""

# Wikidata classes an item of each kind must be an instance of (directly or through subclass of).
TYPE_FILTERS: dict[str, tuple[str, ...]] = {
    "person": ("Q5",),  # human
    "state": ("Q3624078", "Q6256"),  # sovereign state, country
    "organisation": ("Q43229",),  # organization
    "place": ("Q486972", "Q515", "Q82794", "Q165"),  # human settlement, city, geographic region, sea
}
QID = re.compile(r"^Q[1-9][0-9]*$")
_MAX_LABEL = 200


@dataclass(frozen=True)
class Statement:
    """One value of a candidate's property, with start and end where Wikidata gives them."""

    prop: str  # "P39", "P27", ...
    value: str  # QID, date or number, as text
    label: str = ""
    start: str = ""  # YYYY-MM-DD
    end: str = ""


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    description: str
    matched: str  # "label" or "alias"
    statements: tuple[Statement, ...] = ()

    def values(self, prop: str) -> tuple[str, ...]:
        return tuple(s.value for s in self.statements if s.prop == prop)

    @property
    def sitelinks(self) -> int:
        return max((int(v) for v in self.values("sitelinks") if v.isdigit()), default=0)


def sparql_string(text: str) -> str:
    r"""A SPARQL string literal holding *text*, every special character escaped.

    >>> print(sparql_string('say "hi"\n} DROP ALL'))
    "say \"hi\"\n} DROP ALL"
    """
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f"))
    return f'"{escaped}"'


def qid_values(qids: tuple[str, ...] | list[str]) -> str:
    for qid in qids:
        if not QID.match(qid):
            raise LinkError(f"Not a Wikidata item ID: {qid!r} (want Q followed by digits)")
    return " ".join(f"wd:{q}" for q in qids)


def lookup_query(label: str, kind: str) -> str:
    """The SPARQL that finds items whose English label or alias is exactly *label*."""
    if kind not in TYPE_FILTERS:
        raise LinkError(f"No Wikidata type filter for {kind!r}. Kinds: {', '.join(TYPE_FILTERS)}")
    label = " ".join(label.split())
    if not label or len(label) > _MAX_LABEL:
        raise LinkError(f"Cannot look up a name of {len(label)} characters")
    name = sparql_string(label) + "@en"
    # Humans are typed directly (P31 Q5); other kinds through subclass chains.
    path = "wdt:P31" if kind == "person" else "wdt:P31/wdt:P279*"
    return (
        f"{PREFIXES}SELECT DISTINCT ?item ?matched ?label ?description WHERE {{\n"
        f"  {{ ?item rdfs:label {name} . BIND(\"label\" AS ?matched) }}\n"
        f"  UNION {{ ?item skos:altLabel {name} . BIND(\"alias\" AS ?matched) }}\n"
        f"  VALUES ?class {{ {qid_values(TYPE_FILTERS[kind])} }}\n"
        f"  ?item {path} ?class .\n"
        f"  OPTIONAL {{ ?item rdfs:label ?label . FILTER(LANG(?label) = \"en\") }}\n"
        f"  OPTIONAL {{ ?item schema:description ?description . FILTER(LANG(?description) = \"en\") }}\n"
        f"}}\nORDER BY ?item\nLIMIT 50"
    )


def features_query(qids: list[str]) -> str:
    """The SPARQL that fetches what scoring compares with the article, for several items."""
    return (
        f"{PREFIXES}SELECT ?item ?prop ?value ?valueLabel ?start ?end WHERE {{\n"
        f"  VALUES ?item {{ {qid_values(sorted(qids))} }}\n"
        "  { ?item p:P39 ?st . ?st ps:P39 ?value . BIND(\"P39\" AS ?prop)\n"
        "    FILTER NOT EXISTS { ?st wikibase:rank wikibase:DeprecatedRank }\n"
        "    OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end } }\n"
        "  UNION { ?item wdt:P27 ?value . BIND(\"P27\" AS ?prop) }\n"
        "  UNION { ?item wdt:P17 ?value . BIND(\"P17\" AS ?prop) }\n"
        "  UNION { ?item wdt:P569 ?value . BIND(\"P569\" AS ?prop) }\n"
        "  UNION { ?item wdt:P570 ?value . BIND(\"P570\" AS ?prop) }\n"
        "  UNION { ?item wdt:P31 ?value . BIND(\"P31\" AS ?prop) }\n"
        "  UNION { ?item wdt:P1376 ?value . BIND(\"P1376\" AS ?prop) }\n"
        "  UNION { ?item wdt:P463 ?value . BIND(\"P463\" AS ?prop) }\n"
        "  UNION { ?item wikibase:sitelinks ?value . BIND(\"sitelinks\" AS ?prop) }\n"
        "  OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = \"en\") }\n"
        "}\nORDER BY ?item ?prop ?value ?start"
    )


def qid_of(iri: str) -> str:
    """``http://www.wikidata.org/entity/Q30`` -> ``Q30`` (empty when it is no item IRI)."""
    tail = iri.rsplit("/", 1)[-1]
    return tail if iri.startswith("http://www.wikidata.org/entity/") and QID.match(tail) else ""


def _value(binding: dict, name: str) -> str:
    cell = binding.get(name)
    return cell.get("value", "") if isinstance(cell, dict) else ""


def _short(value: str) -> str:
    return qid_of(value) or (value[:10] if re.match(r"^-?\d{4}-\d\d-\d\dT", value) else value)


def find_candidates(label: str, kind: str, select: Callable[[str], dict | None]) -> list[Candidate] | None:
    """Candidates for *label* of *kind* with their statements; ``None`` when *select* has no answer.

    *select* runs a query and returns SPARQL JSON (from the cache or an endpoint) or ``None``.
    """
    found = select(lookup_query(label, kind))
    if found is None:
        return None
    heads: dict[str, Candidate] = {}
    for row in found["results"]["bindings"]:
        qid = qid_of(_value(row, "item"))
        if not qid:
            continue
        matched = _value(row, "matched") or "alias"
        old = heads.get(qid)
        if old is None or (matched == "label" and old.matched != "label"):
            heads[qid] = Candidate(qid, _value(row, "label") or label, _value(row, "description"), matched)
    if not heads:
        return []
    details = select(features_query(list(heads)))
    if details is None:
        return list(heads.values())
    statements: dict[str, list[Statement]] = {}
    for row in details["results"]["bindings"]:
        qid = qid_of(_value(row, "item"))
        if qid in heads:
            statements.setdefault(qid, []).append(Statement(
                _value(row, "prop"), _short(_value(row, "value")), _value(row, "valueLabel"),
                _short(_value(row, "start")), _short(_value(row, "end"))))
    return [Candidate(c.qid, c.label, c.description, c.matched, tuple(statements.get(c.qid, ())))
            for c in sorted(heads.values(), key=lambda c: c.qid)]
