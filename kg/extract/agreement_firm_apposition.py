"""Companies named before the descriptor that says what they are: "KNDS France, the manufacturer of the
guns", "ConocoPhillips, the US company that holds stakes ...", "Hoyer, a fuel company from Lower Saxony".
Wire copy names a firm this way as often as after a firm noun (:mod:`kg.extract.agreement_companies`);
the demonym of the descriptor and a state word inside the name ("KNDS France") tell the firm's home, not
another party."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())
_STATE_OWNED = frozenset("state state-owned state-run government-owned".split())
_FIRMS = frozenset("maker manufacturer company firm contractor producer shipbuilder conglomerate carmaker "
                   "automaker planemaker shipyard utility".split())


def _capital(view: SentenceView, k: int) -> bool:
    text = view.tokens[k].text
    return text[:1].isupper() and text.replace("-", "").replace("&", "").isalnum() and view.lower[k] not in _CALENDAR


def _descriptor(view: SentenceView, at: int) -> int | None:
    """Where a descriptor opened by "a"/"an"/"the" at *at* names its firm noun: up to four lower-case words or
    demonyms before it ("the US company", "a fuel company", "the manufacturer"); None if it names none."""
    if view.lower[at] not in ("a", "an", "the"):
        return None
    for j in range(at + 1, min(at + 6, len(view.lower))):
        if view.lower[j] in _FIRMS:
            after = view.lower[j + 1] if j + 1 < len(view.lower) else "."
            return None if after in ("'s", "of") and view.lower[j] == "company" else j  # "the company's chief"
        text = view.tokens[j].text
        if not (text.islower() and text.replace("-", "").isalpha()
                or (j in view.actor_at and view.actor_at[j].entity.kind == "state")):  # "the US company"
            return None
    return None


def named_before(view: SentenceView) -> list[tuple[int, int, int, EntityRef]]:
    """(name first, name last, descriptor end, company) for each firm named before ", the <firm noun>"."""
    found = []
    for comma in range(1, len(view.lower) - 2):
        if view.lower[comma] != "," or (noun := _descriptor(view, comma + 1)) is None:
            continue
        first = comma
        while first > 0 and comma - first < 4 and _capital(view, first - 1):
            first -= 1
        if first == comma or any(view.lower[j] in _STATE_OWNED for j in range(comma + 1, noun)):
            continue  # "QatarEnergy, the state-owned company": G2, the state signs
        names = [k for k in range(first, comma) if k not in view.actor_at]
        if not names:
            continue  # "France, the maker of ...": a state's name, not a firm
        name = " ".join(t.text for t in view.tokens[first:comma])
        found.append((first, comma, noun + 1, EntityRef("organisation", slug(name), name)))
    return found
