"""A supply to come (a pledge by its verb) under a deal already signed is contracted (README A3 "approved": a purchase contract
signed), not a bare promise: "Qatar will supply gas to Germany for 15 years under agreements signed on
Tuesday", "SOCAR is to deliver 1 billion cubic metres a year, under a contract concluded with Romgaz",
"the Taliban signed a provisional agreement under which Russia is to supply petrol and wheat", "Under a contract
signed last year, South Korea will deliver 180 tanks". The deal
must be said to be signed, inked or concluded: "under a deal agreed in principle", "a deal to be signed"
and "close to an arrangement under which" keep the stage their verb gives, and so does a supply done ("the pipeline was built under an agreement signed
in 1999": delivered)."""

from __future__ import annotations

from kg.extract.view import SentenceView

# the deal nouns the readers of a supply under or for a deal share (aid_deal_getter, aid_deal_purpose add their own)
DEAL_WORDS = frozenset("agreement agreements deal deals contract contracts accord accords protocol protocols".split())
_DEALS = DEAL_WORDS | {"arrangement", "arrangements"}
_CONTRACTS = frozenset("contract contracts".split())
_SIGNED = frozenset("signed inked concluded sealed settled finalised finalized awarded".split())
_CURRENCY = frozenset("$ € £ ¥ us$".split())  # "under a $3.2 billion contract awarded to LIG Nex1"
_CLAUSE_STOPS = frozenset("; . : which who while whereas but although though because after before when".split())


def under_signed_deal(view: SentenceView, first: int) -> bool:
    """Is the supply verb at *first* governed by a deal said to be signed, after it ("will supply ... under
    agreements signed on Tuesday") or before it ("signed an agreement under which Russia is to supply")?"""
    return _under_after(view, first) or _under_which_before(view, first) or _fronted_under(view, first) \
        or _deal_subject(view, first)


def _deal_subject(view: SentenceView, first: int) -> bool:
    """Is the subject of the sentence a deal said to be signed, in an aside before its verb ("The deal, signed
    in Ankara on Tuesday, will see Türkiye sell 40 drones", "The agreement, signed in Riyadh, commits Saudi
    Arabia to supplying Egypt")?"""
    lower = view.lower
    start = 1 if lower[:1] and lower[0] in ("the", "this", "that", "a", "an") else 0
    deal = next((k for k in range(start, min(first, start + 4)) if lower[k] in _DEALS), None)
    if deal is None or lower[deal + 1:deal + 3] not in ((",", w) for w in _SIGNED):
        return False
    comma = next((k for k in range(deal + 3, first) if lower[k] == ","), None)
    return comma is not None and not any(lower[k] in _CLAUSE_STOPS for k in range(comma + 1, first))


def _fronted_under(view: SentenceView, first: int) -> bool:
    """Does the sentence open with "Under a contract signed ...," before the verb at *first* ("Under a
    contract signed last year, South Korea will deliver 180 tanks to Poland")? Only a contract: "Under a deal
    signed in Ankara, Türkiye will supply" keeps the pledge, as "a deal to supply" does."""
    lower = view.lower
    start = next((j + 1 for j in range(first - 1, -1, -1) if lower[j] in ("—", "–", ";", ".")), 0)
    if lower[start:start + 1] != ("under",):
        return False
    deal = next((k for k in range(start + 1, min(first, start + 6)) if lower[k] in _DEALS), None)
    if deal is None or lower[deal + 1:deal + 2] == () or lower[deal + 1] not in _SIGNED \
            or not all(w.isalpha() or w[0].isdigit() or w in ("'s", "’s") for w in lower[start + 1:deal]):
        return False
    comma = next((k for k in range(deal + 2, first) if lower[k] == ","), None)
    return comma is not None and not any(lower[k] in _CLAUSE_STOPS or lower[k] == "," for k in range(comma + 1, first))


def _under_after(view: SentenceView, first: int) -> bool:
    lower = view.lower
    for j in range(first + 1, min(len(lower), first + 30)):
        if lower[j] in _CLAUSE_STOPS or (lower[j] == "," and lower[j + 1:j + 2] != ("under",)):
            return False
        if lower[j] == "under":
            deal = next((k for k in range(j + 1, min(len(lower), j + 6)) if lower[k] in _DEALS), None)
            return deal is not None and all(w.isalpha() or w[0].isdigit() or w in _CURRENCY for w in lower[j + 1:deal]) \
                and lower[deal + 1:deal + 2] != () and lower[deal + 1] in _SIGNED
    return False


def _under_which_before(view: SentenceView, first: int) -> bool:
    found = _deal_and_clause(view, first)
    if found is None:
        return False
    deal, at = found
    return any(view.lower[s] in _SIGNED for s in (*range(max(0, deal - 5), deal), *range(deal + 1, at)))


def under_stopped_deal(view: SentenceView, first: int) -> bool:
    """Is the supply verb at *first* in the "under which" clause of a deal that is stopped ("Radev has blocked an
    agreement under which Bulgaria was to hand 100 armoured vehicles to Ukraine", "cancelled a contract under
    which")? The supply is then turned down (README A3 declined)."""
    deal = deal_of_under_which(view, first)
    if deal is None:
        return False
    k = deal - 1
    while k > 0 and (view.lower[k] in ("a", "an", "the", "its", "their", "his", "her") or view.lower[k].isalpha()
                     and view.tokens[k].text.islower() and view.lemmas[k] not in _STOPPING and deal - k < 4):
        k -= 1
    return k >= 0 and view.lemmas[k] in _STOPPING and view.lower[k - 1:k] not in (("not",), ("never",))


_STOPPING = frozenset("block cancel scrap suspend veto reject annul revoke terminate freeze halt shelve".split())


def _under_which_at(view: SentenceView, first: int) -> int:
    """The "which" (or "whereby") of the nearest "under which" before *first*, or *first* when there is none."""
    lower = view.lower
    for j in range(first - 1, max(0, first - 16), -1):
        if lower[j] in (";", ".") or (lower[j] == "," and j != first - 1):
            return first
        if lower[j] in ("which", "whereby") and (lower[j] == "whereby" or lower[j - 1] == "under"):
            return j - 1 if lower[j] == "which" else j
    return first


def deal_of_under_which(view: SentenceView, first: int) -> int | None:
    """The deal noun of the "under which" ("whereby") clause that holds the verb at *first*, if any."""
    found = _deal_and_clause(view, first)
    return found[0] if found is not None else None


def _deal_and_clause(view: SentenceView, first: int) -> tuple[int, int] | None:
    """(the deal noun, the "under" or "whereby" that opens its clause) for the verb at *first*, if any."""
    at = _under_which_at(view, first)
    if at == first:
        return None
    for k in range(at - 1, max(-1, at - 8), -1):  # "signed a provisional agreement with Kabul under which"
        if view.lower[k] in (";", ".", ","):
            return None
        if view.lower[k] in _DEALS:  # "signed a deal under which", "a contract was signed under which"
            return k, at
    return None
