"""Companies that sign accords (README G2: a company is recorded where a fact type allows an organisation, and
an agreement does, AG1): "the drone maker Baykar and the Saudi defence ministry signed the deal", "the French
defence group Thales and the Armenian government signed a contract", and "The company also signed ..." for
the company named last ("according to the manufacturer, Saab"). A demonym inside the descriptor ("the French
defence group") tells the company's home, not one more party.

The gazetteers list no companies, so a company is a capitalised name right after a firm noun that follows
"the" ("the drone maker Baykar"), or set off after it by a comma ("the manufacturer, Saab")."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.agreement_firm_apposition import named_before
from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.view import PREPOSITIONS, SentenceView
from kg.model import EntityRef

_FIRMS = frozenset("maker manufacturer company firm group contractor producer shipbuilder giant conglomerate "
                   "carmaker automaker planemaker shipyard utility".split())
_ANAPHORS = frozenset("company firm manufacturer maker group".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())


@dataclass(frozen=True)
class Company:
    start: int  # the "the" that opens its descriptor
    first: int  # its name
    last: int
    ref: EntityRef
    home: tuple[int, int] = (0, 0)  # a descriptor after the name ("KNDS France, the manufacturer of ...")


def _name_word(view: SentenceView, k: int) -> bool:
    text = view.tokens[k].text
    return text[:1].isupper() and text.replace("-", "").isalnum() and view.lower[k] not in _CALENDAR \
        and k not in view.actor_at


_STATE_OWNED = frozenset("state state-owned state-run government-owned".split())
_OPENS = frozenset("with and , by from between — –".split())  # "KYIV, Feb 5 — Turkish drone maker Baykar"


def _bare_descriptor(view: SentenceView, j: int) -> int | None:
    """Where a descriptor with no "the" before the firm noun at *j* begins: lower-case words and demonyms
    ("Turkish drone maker"), opening the sentence or after "with", "and", "by" or a comma."""
    s = j
    while s > 0 and j - s < 4 and (view.tokens[s - 1].text.islower() and view.tokens[s - 1].text.isalpha()
                                   and view.lower[s - 1] not in _OPENS
                                   or (s - 1 in view.actor_at and view.actor_at[s - 1].how == "demonym")):
        s -= 1
    if s == j or not any(k in view.actor_at for k in range(s, j)):
        return None  # a demonym tells it is a firm's descriptor: "drone maker Baykar" alone may be a title
    return s if s == 0 or view.lower[s - 1] in _OPENS or _dateline_dash(view, s - 1) else None


def _dateline_dash(view: SentenceView, k: int) -> bool:
    """A hyphen that ends a dateline ("(Reuters) - ", "Feb 5 - "), not one inside a word ("state-owned")."""
    return view.lower[k] == "-" and k > 0 and (view.lower[k - 1] == ")" or view.lower[k - 1].isdigit())


@needs(lambda: _FIRMS, nothing=[])  # "the drone maker Baykar"
def companies(view: SentenceView) -> list[Company]:
    """The companies a sentence names with a firm noun before them."""
    n, found = len(view.tokens), []
    for j in range(1, n - 1):
        if view.lower[j] not in _FIRMS:
            continue
        k = j + 2 if view.lower[j + 1] == "," else j + 1
        if k >= n or not _name_word(view, k):
            continue
        end = k
        while end < n and end - k < 3 and _name_word(view, end):
            end += 1
        if k == j + 2 and end < n and view.lower[end] not in (",", ".", ";"):
            continue  # "the company, Paris said,": no appositive name
        start = next((s for s in range(j - 1, max(-1, j - 5), -1) if view.lower[s] == "the"), None)
        if start is None:
            start = _bare_descriptor(view, j)  # "Turkish drone maker Baykar signed ...": wire style drops "the"
        if start is None or any(view.tokens[s].text[:1].isupper() and s not in view.actor_at
                                for s in range(start + 1, j)):
            continue  # "the Group of Seven": a name, not a descriptor
        if any(view.lower[s] in _STATE_OWNED for s in range(start, j)):
            continue  # "Indonesian state firm Republikorp": G2, the state signs
        name = " ".join(t.text for t in view.tokens[k:end])
        found.append(Company(start, k, end, EntityRef("organisation", slug(name), name)))
    found.extend(Company(first, first, last, ref, (last, end)) for first, last, end, ref in named_before(view)
                 if not any(f.first <= first < f.last for f in found))
    return found


def _anaphor(view: SentenceView, c_first: int, c_last: int) -> bool:
    """"The company also signed ...": a firm noun after "the" with no name of its own, as the clause's subject."""
    return any(view.lower[j] == "the" and view.lower[j + 1] in _ANAPHORS
               and not (j + 2 < len(view.tokens) and (view.tokens[j + 2].text[:1].isupper() or view.lower[j + 2] == "'s"))
               and (j == c_first or view.lower[j - 1] not in PREPOSITIONS)
               for j in range(c_first, min(c_last - 1, c_first + 3)))


def with_companies(view: SentenceView, c_first: int, c_last: int, parties: tuple[EntityRef, ...],
                   firms: list[Company], last_company: EntityRef | None) -> tuple[EntityRef, ...]:
    """*parties* with the companies that sign in the clause: a named one not governed by a preposition other
    than "with" or "between" (its descriptor's demonym is dropped), else the company named last where the
    clause's subject is "the company"."""
    own = [f for f in firms if c_first <= f.start and f.last <= c_last and (
        f.start == 0 or view.lower[f.start - 1] not in PREPOSITIONS or view.lower[f.start - 1] in ("with", "between"))]
    if own:
        homes = {view.actor_at[s].entity for f in own for s in (*range(f.start, f.last), *range(*f.home))
                 if s in view.actor_at}  # "the French group Thales", "KNDS France, the manufacturer"
        return (*(f.ref for f in own), *(p for p in parties if p not in homes))
    if last_company is not None and last_company not in parties and _anaphor(view, c_first, c_last):
        return (last_company, *parties)
    return parties
