"""Context scoring: how well a Wikidata candidate fits what the article says about the entity.

Each piece of evidence adds a weight from ``[scoring]`` in ``kg/rules/wikidata.toml`` and is
recorded as a line of text, so every score can be audited:

* the name is the candidate's label (more so when it has several words) or only an alias;
* the candidate held a position the article gives the person (P39), and held it on the
  article's date (P580/P582);
* the candidate is a citizen of (P27) or located in (P17) the state whose office the article
  names, or another state the article names;
* a place is the capital (P1376) of a state the article names, or lies (P17) in the country the
  place gazetteer gives it (GeoNames: "Munich" of Germany, not a namesake elsewhere);
* a person named without any office held a position (P39) on the article's date and is a citizen
  of a state the article names: news that says just "Trump" means the incumbent;
* a person the article gives an office holds no position at all in Wikidata;
* the candidate is related (P463 member of, P39, P27 ...) to another entity the article names;
* the candidate died (P570) before the article's date although the article gives them an office,
  or was born (P569) after that date;
* a person the article names by one name alone ("Kissinger", "Musk"), never in full: news does that
  only for the famous, so the candidate with ten times the sitelinks of every namesake gains a little;
* a popularity prior from the number of Wikipedia sitelinks, small enough never to decide alone
  between two candidates that the context cannot tell apart.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.link.candidates import Candidate
from kg.link.context import EntityContext

RULES = Path(__file__).resolve().parent.parent / "rules" / "wikidata.toml"


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Rules:
    positions: dict[str, tuple[str, ...]]
    weights: dict[str, float]
    skip: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES) -> Rules:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Rules({k: tuple(v) for k, v in data["positions"].items()},
                 {k: float(v) for k, v in data["scoring"].items()},
                 frozenset(data.get("skip", {}).get("entities", ())))


def _held_at(start: str, end: str, day: str | None) -> bool:
    return bool(day) and (not start or start <= day) and (not end or day <= end)


def score_candidate(candidate: Candidate, ctx: EntityContext, rules: Rules | None = None, *,
                    rival_sitelinks: int = 0) -> Scored:
    """Score one candidate against the entity's context; the evidence lines explain the score.

    *rival_sitelinks* is the most sitelinks any other candidate of the name has.
    """
    rules = rules or load_rules()
    w = rules.weights
    score = 0.0
    why: list[str] = []

    def add(weight: float, text: str) -> None:
        nonlocal score
        score += weight
        why.append(f"{weight:+.2f} {text}")

    if candidate.matched == "label":
        add(w["label"], f"label is {ctx.label!r}")
        if len(ctx.label.split()) > 1:  # "Fidel Castro" names one person far more often than "Castro"
            add(w["full_name"], "the label is a full name of several words")
    else:
        add(w["alias"], f"alias is {ctx.label!r}")
    wanted = {q: role for role in ctx.roles for q in rules.positions.get(role, ())}
    for st in candidate.statements:
        if st.prop == "P39" and st.value in wanted:
            name = st.label or st.value
            add(w["office_held"], f"held {name} ({st.value}), the article's '{wanted[st.value]}'")
            if _held_at(st.start, st.end, ctx.doc_date):
                add(w["office_at_date"], f"held it on {ctx.doc_date} ({st.start or '?'} to {st.end or 'now'})")
            wanted.pop(st.value)
    if ctx.roles and not candidate.values("P39"):
        add(w["no_office"], f"no position held (P39), though the article calls them {', '.join(ctx.roles)}")
    places = set(candidate.values("P27")) | set(candidate.values("P17"))
    office_states = places & set(ctx.office_states)
    if office_states:
        add(w["office_state"], f"citizen of / located in {', '.join(sorted(office_states))}, whose office the "
                               "article names")
    other = (places & set(ctx.states)) - office_states
    if other:
        add(w["cooccurring"], f"citizen of / located in {', '.join(sorted(other))}, named in the article")
    gazetteer_country = set(candidate.values("P17")) & set(ctx.countries)
    if gazetteer_country:
        add(w["gazetteer_country"], f"located in {', '.join(sorted(gazetteer_country))}, the country the place "
                                    "gazetteer gives it")
    in_office = any(s.start and _held_at(s.start, s.end, ctx.doc_date) for s in candidate.statements if s.prop == "P39")
    if ctx.kind == "person" and not ctx.roles and in_office and set(candidate.values("P27")) & set(ctx.states):
        add(w["in_office"], f"held a position on the article's date {ctx.doc_date} and is a citizen of a state the "
                            "article names")
    capital_of = set(candidate.values("P1376")) & set(ctx.states)
    if capital_of:
        add(w["capital_of"], f"capital of {', '.join(sorted(capital_of))}, named in the article")
    counted = places | capital_of | set(ctx.states)
    related = sorted({s.value for s in candidate.statements if s.prop not in ("P31", "sitelinks")
                      and s.value in ctx.cooccurring and s.value not in counted})
    if related:
        add(w["cooccurring"], f"related to {', '.join(related)}, also named in the article")
    died = min(candidate.values("P570"), default="")
    if died and ctx.doc_date and died < ctx.doc_date and ctx.roles:  # history may name the dead, not in office
        add(w["died_before"], f"died {died}, before the article's date {ctx.doc_date}, which gives them an office")
    born = min(candidate.values("P569"), default="")
    if born and ctx.doc_date and born > ctx.doc_date and ctx.kind == "person":
        add(w["born_after"], f"born {born}, after the article's date {ctx.doc_date}")
    links = candidate.sitelinks
    if ctx.kind == "person" and len(ctx.label.split()) == 1 and links >= 50 and links >= 10 * rival_sitelinks:
        add(w["famous_surname"], f"named by one name alone, as news does only for the famous: {links} sitelinks, "
                                 f"ten times any namesake's ({rival_sitelinks})")
    if links:
        add(round(w["popularity"] * min(1.0, math.log10(links + 1) / 2.5), 2), f"{links} Wikipedia sitelinks")
    return Scored(candidate, round(score, 2), tuple(why))


def rank(candidates: list[Candidate], ctx: EntityContext, rules: Rules | None = None) -> list[Scored]:
    """Candidates scored and sorted, best first (ties broken by QID so runs repeat)."""
    scored = [score_candidate(c, ctx, rules, rival_sitelinks=max((o.sitelinks for o in candidates if o is not c),
                                                                 default=0))
              for c in candidates]
    return sorted(scored, key=lambda s: (-s.score, int(s.candidate.qid[1:])))


def is_confident(ranked: list[Scored], rules: Rules | None = None) -> bool:
    """The best candidate scores at least ``min_score`` and leads the next by ``min_margin``."""
    if not ranked:
        return False
    w = (rules or load_rules()).weights
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].score >= w["min_score"] and ranked[0].score - runner_up >= w["min_margin"]
