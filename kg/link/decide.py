"""Link decisions: overrides first, then the ranked candidates, else a provisional local IRI.

A :class:`Lookup` answers queries from the on-disk cache and, when it has a client, from the
endpoint (filling the cache). The first endpoint failure is recorded as a warning and the lookup
goes offline for the rest of the run, so a dead endpoint costs one timeout, not one per entity.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import LinkError
from kg.link.cache import AnswerCache
from kg.link.candidates import QID, find_candidates, lookup_query
from kg.link.client import SparqlClient
from kg.link.context import EntityContext
from kg.link.score import Scored, is_confident, load_rules, rank
from kg.vocab import RESOURCE_BASE

TOP = 3  # candidates kept in the audit record


@dataclass
class Lookup:
    """Cache first, then (if *client* is given and still up) the endpoint."""

    cache: AnswerCache
    client: SparqlClient | None = None
    strict: bool = False
    warnings: list[str] = field(default_factory=list)
    down: bool = False
    _seen: dict = field(default_factory=dict, repr=False)

    def _cached(self, query: str):
        if query not in self._seen:  # each cache file is read once per run
            self._seen[query] = self.cache.get(query)
        return self._seen[query]

    def select(self, query: str) -> dict | None:
        cached = self._cached(query)
        if cached is not None:
            return cached.result
        if self.client is None or self.down:
            return None
        try:
            result = self.client.select(query)
        except LinkError as err:
            if self.strict:
                raise
            self.down = True
            self.warnings.append(f"{err}; entities not in the cache keep their provisional IRIs")
            return None
        self._seen[query] = self.cache.put(query, self.client.endpoint, result)
        return result

    def source(self, query: str) -> tuple[str, str]:
        """(endpoint, retrieval time) of a cached answer, or empty strings."""
        cached = self._cached(query)
        return (cached.endpoint, cached.retrieved) if cached else ("", "")


@dataclass(frozen=True)
class Override:
    qid: str | None  # None: keep the entity unlinked
    reason: str


@dataclass(frozen=True)
class LinkDecision:
    """The audit record of one entity of one document."""

    entity: EntityContext
    status: str  # linked (confident automatic choice), override, unresolved
    qid: str | None
    reason: str
    candidates: tuple[Scored, ...] = ()
    margin: float = 0.0
    endpoint: str = ""
    retrieved: str = ""


def load_overrides(path: Path) -> dict[str, Override]:
    """Manual links by entity key (``person/marco-rubio``); a missing file means none."""
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise LinkError(f"Cannot read the overrides file {path}: {err}") from None
    found: dict[str, Override] = {}
    for n, item in enumerate(data.get("override", []), start=1):
        entity, qid, reason = (str(item.get(k, "")).strip() for k in ("entity", "qid", "reason"))
        if not entity or not reason or not (QID.match(qid) or qid == "none"):
            raise LinkError(f"{path}: override {n} needs entity, qid (Q123 or \"none\") and reason; got {item}")
        found[entity.removeprefix(RESOURCE_BASE)] = Override(None if qid == "none" else qid, reason)
    return found


def needs_link(ctx: EntityContext) -> bool:
    """States and organisations from the gazetteer carry their QID already; kg's own markers never do."""
    return not ctx.qid and ctx.key not in load_rules().skip


def decide(ctx: EntityContext, lookup: Lookup, overrides: dict[str, Override]) -> LinkDecision:
    """The decision for one entity: an override, a confident candidate, or unresolved."""
    query = lookup_query(ctx.label, ctx.kind)
    found = find_candidates(ctx.label, ctx.kind, lookup.select)
    endpoint, retrieved = lookup.source(query)
    ranked = rank(found or [], ctx)[:TOP] if found else []
    margin = round(ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0), 2) if ranked else 0.0
    override = overrides.get(ctx.key)
    if override is not None:
        status = "override" if override.qid else "unresolved"
        return LinkDecision(ctx, status, override.qid, f"manual override: {override.reason}", tuple(ranked),
                            margin, endpoint, retrieved)
    if found is None:
        return LinkDecision(ctx, "unresolved", None, "not looked up yet: no cached answer (run `kg link`)")
    if not ranked:
        return LinkDecision(ctx, "unresolved", None, f"no Wikidata {ctx.kind} is named {ctx.label!r}",
                            (), 0.0, endpoint, retrieved)
    if is_confident(ranked):
        best = ranked[0]
        return LinkDecision(ctx, "linked", best.candidate.qid,
                            f"best of {len(found)} candidate(s), score {best.score}, lead {margin}",
                            tuple(ranked), margin, endpoint, retrieved)
    w = load_rules().weights
    return LinkDecision(ctx, "unresolved", None,
                        f"no confident candidate among {len(found)}: best score {ranked[0].score} "
                        f"(needs {w['min_score']}), lead {margin} (needs {w['min_margin']})",
                        tuple(ranked), margin, endpoint, retrieved)
