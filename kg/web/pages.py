"""What the HTML pages show, assembled from the library (queries, stats, store); no Flask here.

Every value that comes from a request is bound as an RDF term (``substitutions=`` or the canned
queries' VALUES binding), never written into a query's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import NotFound, QueryParamError
from kg.queries import CannedQuery, resolve_entity
from kg.results import QueryResult
from kg.stats import Stats, collect_stats
from kg.store import GraphStore, iri, literal
from kg.vocab import RESOURCE_BASE, WD

# Columns of the canned queries that hold entity labels (several joined with "; ").
ENTITY_COLUMNS = frozenset({"donor", "recipient", "claimant", "about", "person", "state", "parties", "party",
                            "participants", "with", "leader", "holder"})

# pyoxigraph binds a substituted variable only when the query projects it, hence ?id, ?doc, ?e.
_TEXT = """SELECT ?id ?text WHERE { GRAPH ?g { ?doc kg:documentId ?id ; kg:text ?text } }"""

_DOCUMENT = """
SELECT ?id ?doc ?title ?published ?outlet ?author ?url WHERE {
  GRAPH ?g { ?doc a kg:Document ; kg:documentId ?id }
  OPTIONAL { GRAPH ?g { ?doc kg:title ?title } }
  OPTIONAL { GRAPH ?g { ?doc kg:publicationDate ?published } }
  OPTIONAL { GRAPH ?g { ?doc kg:outlet ?outlet } }
  OPTIONAL { GRAPH ?g { ?doc kg:author ?author } }
  OPTIONAL { GRAPH ?g { ?doc kg:sourceUrl ?url } }
}"""

_REGIONS = """
SELECT ?doc ?start ?end ?kind ?reason WHERE {
  GRAPH ?g { ?doc kg:removedRegion ?region . ?region kg:start ?start ; kg:end ?end ; kg:regionKind ?kind }
  OPTIONAL { GRAPH ?g { ?region rdfs:comment ?reason } }
} ORDER BY ?start"""

# Every statement about each fact with evidence in the document; entity objects get their label.
_FACTS = """
SELECT ?doc ?fact ?ev ?start ?end ?quote ?p ?o ?label WHERE {
  GRAPH ?g {
    ?ev kg:document ?doc ; kg:start ?start ; kg:end ?end ; kg:quote ?quote .
    ?fact kg:evidence ?ev ; ?p ?o .
  }
  OPTIONAL { GRAPH graph:entities { ?o rdfs:label ?label } }
}"""

_ENTITY = """
SELECT ?e ?wd ?label ?class ?qid ?same WHERE {
  GRAPH graph:entities { ?e a ?classIri ; rdfs:label ?label }
  BIND(STRAFTER(STR(?classIri), "#") AS ?class)
  OPTIONAL { ?e kg:wikidata ?qid }
  OPTIONAL { ?e owl:sameAs|skos:exactMatch ?same FILTER(STRSTARTS(STR(?same), STR(?wd))) }
}"""

_TOP_STATES = """
SELECT ?state ?label (COUNT(DISTINCT ?given) AS ?out) (COUNT(DISTINCT ?received) AS ?in) WHERE {
  GRAPH graph:entities { ?state a kg:State ; rdfs:label ?label }
  { ?given a kg:AidFlow ; kg:donor ?state } UNION { ?received a kg:AidFlow ; kg:recipient ?state }
} GROUP BY ?state ?label"""


def _value(term) -> str:
    return "" if term is None else term.value


def _name(concept: str) -> str:
    """The local name of a vocabulary concept IRI (``...aid-status#declined`` -> ``declined``)."""
    return concept.rsplit("#", 1)[-1] if "#" in concept else concept.rsplit("/", 1)[-1]


def document_text(store: GraphStore, doc_id: str) -> str | None:
    """The stored original text of a document (None when there is no such document).

    The one place the pages read a document's text: evidence and region offsets index into it.
    """
    for row in store.query(_TEXT, substitutions={"id": literal(doc_id)}):
        return row["text"].value
    return None


# -- home --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StateFlows:
    iri: str
    label: str
    given: int
    received: int

    @property
    def total(self) -> int:
        return self.given + self.received


@dataclass(frozen=True)
class HomePage:
    stats: Stats
    documents: list[dict[str, str]]
    top_states: list[StateFlows]


def home_page(store: GraphStore, documents_query: CannedQuery, *, top: int = 10) -> HomePage:
    """Counts by class, the documents (rows of the canned *documents_query*, newest first), and the
    states that give or receive the most aid flows."""
    documents = [{"id": r["document"], "title": r["title"], "published": r["published"]}
                 for r in documents_query.run(store).records()]
    documents.sort(key=lambda d: d["id"])
    documents.sort(key=lambda d: d["published"], reverse=True)  # stable: same-day documents by id
    states = [StateFlows(r["state"].value, r["label"].value, int(r["out"].value), int(r["in"].value))
              for r in store.query(_TOP_STATES)]
    states.sort(key=lambda s: (-s.total, s.label))
    return HomePage(collect_stats(store), documents, states[:top])


# -- entity ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntityPage:
    iri: str
    label: str
    classes: tuple[str, ...]
    qid: str
    wikidata_url: str
    facts: QueryResult


def entity_page(store: GraphStore, entity_query: CannedQuery, *, iri_text: str = "", name: str = "") -> EntityPage:
    """Label, class, Wikidata link and every fact (the ``entity`` canned query) of one entity."""
    if not iri_text and not name:
        raise QueryParamError("Name an entity: /entity?iri=IRI or /entity?name=NAME (a label, QID or IRI)")
    target = iri_text or resolve_entity(store, name, "Entity", param="name")
    if not target.startswith(RESOURCE_BASE):
        raise NotFound(f"No entity {target!r} in the graph (entity IRIs start with {RESOURCE_BASE})")
    rows = list(store.query(_ENTITY, substitutions={"e": iri(target), "wd": literal(WD)}))
    if not rows:
        raise NotFound(f"No entity {target!r} in the graph")
    label = rows[0]["label"].value
    classes = tuple(sorted({r["class"].value for r in rows}))
    qid = next((r["qid"].value for r in rows if r["qid"] is not None), "")
    same = next((r["same"].value for r in rows if r["same"] is not None), "")
    url = same or (WD + qid if qid else "")
    facts = entity_query.run(store, {"entity": target})
    return EntityPage(target, label, classes, qid or _name(same), url, facts)


# -- document ----------------------------------------------------------------------------------------
@dataclass
class Fact:
    iri: str
    anchor: str
    type: str
    summary: str
    evidence: str  # anchor of the mark that holds its evidence
    quote: str


@dataclass
class Mark:
    """One highlighted stretch: the union of overlapping evidence spans, with their facts."""

    start: int
    end: int
    anchor: str
    facts: list[Fact] = field(default_factory=list)

    @property
    def title(self) -> str:
        return "\n".join(f"{f.type}: {f.summary}" for f in self.facts)


@dataclass(frozen=True)
class Segment:
    """A piece of the text: plain, inside a removed region (kind and reason), and/or inside a mark."""

    text: str
    region: str = ""
    reason: str = ""
    mark: Mark | None = None
    opens: bool = False  # the first segment of its mark carries the mark's anchor
    region_anchor: str = ""  # set on the first segment of a removed region


@dataclass(frozen=True)
class DocumentPage:
    id: str
    iri: str
    title: str
    published: str
    outlet: str
    author: str
    url: str
    segments: list[Segment]
    facts: list[Fact]
    regions: list[dict[str, str]]


def document_page(store: GraphStore, doc_id: str) -> DocumentPage:
    """The document's text cut into segments: evidence spans marked, removed regions flagged."""
    text = document_text(store, doc_id)
    if text is None:
        raise NotFound(f"No document {doc_id!r} in the graph (see the documents on the home page)")
    bound = {"id": literal(doc_id)}
    meta = next(iter(store.query(_DOCUMENT, substitutions=bound)))
    doc_bound = {"doc": meta["doc"]}
    regions = [{"start": int(r["start"].value), "end": int(r["end"].value), "kind": _name(r["kind"].value),
                "reason": _value(r["reason"])} for r in store.query(_REGIONS, substitutions=doc_bound)]
    facts, marks = _facts(store, doc_bound)
    return DocumentPage(doc_id, meta["doc"].value, _value(meta["title"]), _value(meta["published"]),
                        _value(meta["outlet"]), _value(meta["author"]), _value(meta["url"]),
                        _segments(text, marks, regions), facts,
                        [{**r, "text": text[r["start"]:r["end"]]} for r in regions])


def _facts(store: GraphStore, bound: dict) -> tuple[list[Fact], list[Mark]]:
    props: dict[str, dict[str, list[str]]] = {}
    spans: dict[str, tuple[int, int, str]] = {}
    evidence_of: dict[str, str] = {}
    for row in store.query(_FACTS, substitutions=bound):
        fact = row["fact"].value
        spans[row["ev"].value] = (int(row["start"].value), int(row["end"].value), row["quote"].value)
        evidence_of[fact] = row["ev"].value
        shown = _value(row["label"]) or row["o"].value
        values = props.setdefault(fact, {}).setdefault(_name(row["p"].value), [])
        if shown not in values:
            values.append(shown)
    # Overlapping evidence spans share one mark, so every mark is one contiguous stretch of text.
    marks: list[Mark] = []
    mark_of: dict[str, Mark] = {}
    for ev, (start, end, _) in sorted(spans.items(), key=lambda item: item[1][:2]):
        if marks and start < marks[-1].end:
            marks[-1].end = max(marks[-1].end, end)
        else:
            marks.append(Mark(start, end, f"ev-{start}-{end}"))
        mark_of[ev] = marks[-1]
    facts = []
    for fact, p in props.items():
        kind = _name(next((t for t in p.get("type", ()) if "ontology#" in t), "Fact"))
        mark = mark_of[evidence_of[fact]]
        item = Fact(fact, "fact-" + fact.rstrip("/").rsplit("/", 1)[-1], kind, summarize(kind, p), mark.anchor,
                    spans[evidence_of[fact]][2])
        mark.facts.append(item)
        facts.append(item)
    facts.sort(key=lambda f: (spans[evidence_of[f.iri]][0], f.type, f.summary))
    for mark in marks:
        mark.facts.sort(key=lambda f: (f.type, f.summary))
    return facts, marks


def summarize(kind: str, p: dict[str, list[str]]) -> str:
    """A one-line summary of a fact from its properties (labels for entities, local names for concepts)."""
    def one(name: str) -> str:
        return _name(p[name][0]) if p.get(name) and p[name][0].startswith("http") else (p.get(name) or [""])[0]

    def joined(name: str) -> str:
        return ", ".join(p.get(name, ()))

    if kind == "AidFlow":
        categories = ", ".join(_name(c) for c in p.get("category", ()))
        return f"{one('donor')} → {one('recipient')}: {one('item')} ({one('status')}; {categories})"
    if kind == "OfficeHolding":
        office = f" of {one('officeOf')}" if p.get("officeOf") else ""
        return f"{one('holder')}: {one('roleLabel')}{office}"
    if kind == "Agreement":
        name = one("label") or one("agreementKind")
        return f"{name} between {joined('party')} ({one('agreementStatus')})"
    if kind == "Meeting":
        place = f" in {one('place')}" if p.get("place") else ""
        return f"{one('meetingKind')}: {joined('participant')}{place}"
    if kind == "Claim":
        return f"{one('claimant')}: “{one('claimText')}” ({one('stance')}, {one('modality')})"
    return kind


def _segments(text: str, marks: list[Mark], regions: list[dict]) -> list[Segment]:
    cuts = {0, len(text)}
    for span in [*((m.start, m.end) for m in marks), *((r["start"], r["end"]) for r in regions)]:
        cuts.update(min(max(x, 0), len(text)) for x in span)
    points = sorted(cuts)
    segments: list[Segment] = []
    opened: set[int] = set()
    for start, end in zip(points, points[1:]):
        region = next((r for r in regions if r["start"] <= start and end <= r["end"]), None)
        mark = next((m for m in marks if m.start <= start and end <= m.end), None)
        opens = mark is not None and id(mark) not in opened
        if mark is not None:
            opened.add(id(mark))
        anchor = f"region-{region['start']}" if region is not None and region["start"] == start else ""
        segments.append(Segment(text[start:end], region["kind"] if region else "",
                                region["reason"] if region else "", mark, opens, anchor))
    return segments


__all__ = ["ENTITY_COLUMNS", "DocumentPage", "EntityPage", "HomePage", "document_page", "document_text",
           "entity_page", "home_page", "summarize"]
