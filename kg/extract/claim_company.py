""""The Austrian utility OMV announced ...", "the Czech arms maker CSG said ...": a company the gazetteers do
not know, named after a demonym and a lower-case description of its trade, speaks by its own name (gold
rule C2: a company is a claimant, G2 does not apply), not as the state of its demonym."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.institutions import BODY_VERB_GAP
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_TRADES = frozenset("company firm utility group maker manufacturer producer operator giant supplier carrier "
                    "airline lender insurer shipper shipbuilder shipyard contractor developer miner refiner "
                    "conglomerate distributor exporter importer trader startup".split())
_REACH = 4


def company_named(view: SentenceView, mention: Mention, verb: int) -> tuple[EntityRef, int] | None:
    """(the company named after the demonym *mention* and its trade, where the name starts) when the name runs
    up to the verb at *verb*, or None."""
    if mention.how != "demonym":
        return None
    k = mention.last
    while k < verb and k - mention.last < _REACH and view.tokens[k].text.isalpha() and view.tokens[k].text.islower():
        k += 1
    if k == mention.last or view.lower[k - 1] not in _TRADES:
        return None  # "the Austrian utility", "the Czech arms maker": the trade ends the description
    first = k
    while k < verb and view.tokens[k].text[:1].isupper() and k not in view.actor_at and \
            view.tokens[k].text.replace("-", "").replace(".", "").isalnum():
        k += 1
    if k == first or k - first > 4 or not all(view.lower[x] in BODY_VERB_GAP for x in range(k, verb)):
        return None
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[k - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name), first


_BASED_NOUNS = _TRADES - frozenset(["lender", "insurer"])  # "the Washington-based lender" is the IMF, named elsewhere


def based_company(view: SentenceView, j: int, sources: list[EntityRef]) -> EntityRef | None:
    """"The Vienna-based company had said ...": a company described by its seat (the noun at *j*) is the
    company quoted last (*sources*, oldest first), never the state of the seat; else None."""
    if view.lower[j] not in _BASED_NOUNS or j < 4 or view.lower[j - 1] != "based" or view.lower[j - 2] != "-":
        return None
    after = view.lower[j + 1] if j + 1 < len(view.tokens) else ""
    if not (after in BODY_VERB_GAP or (after.isalpha() and after.endswith(("ed", "s")))):
        return None  # the company speaks here ("... company said", "... company has said"), not "the company's"
    from kg.extract.claim_about import own_state

    companies = [ref for ref in sources if ref.kind == "organisation" and own_state(ref, {}) is None]
    return companies[-1] if companies else None


_NOT_COMPANIES = frozenset("fund bank agency".split())


def company_before(view: SentenceView, j: int, k: int, before: EntityRef | None = None) -> EntityRef | None:
    """"Pemex sent two tankers to Cuba, the company said": "the company" at *j* (its article at *k*) is the
    state-owned company this sentence named before it, which the gazetteer reads as its state (G2), speaking
    by its own name (C2); else *before*, the one the sentence before named ("Gazprom halted gas to Austria.
    The company said ..."); else None. With *j* at the sentence's end: the last company the sentence names."""
    if j < len(view.tokens) and (view.lower[j] not in _BASED_NOUNS or k != j - 1 or view.lower[k] != "the"):
        return None
    bodies = [m for m in view.actors if m.last <= k and m.how == "body"
              and not set(m.text.lower().split()) & _NOT_COMPANIES]  # "the Qatar Fund for Development": a fund
    if not bodies:
        return before
    name = bodies[-1].text.removeprefix("the ").removeprefix("The ")
    return EntityRef("organisation", slug(name), name)
