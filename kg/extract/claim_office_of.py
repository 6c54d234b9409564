""""the office of Prime Minister Mohammed Shia al-Sudani said", "according to the office of President X",
"according to a statement from the Prime Minister's Office": a head's office is a body of its own (gold rule
C2: the institution), named "<Name>'s office" as "Keir Starmer's office" is, or as written when the head is
named by title only; "the office said" after it is that office again."""

from __future__ import annotations

from kg.extract.claim_title_office import HEAD_TITLES
from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.institutions import demonym_for
from kg.extract.view import SentenceView
from kg.model import EntityRef

_TITLE_WORDS = frozenset("prime minister president premier chancellor vice deputy acting interim".split())
_GAP = frozenset("has have had also on monday tuesday wednesday thursday friday saturday sunday earlier later "
                 "again".split())


def office_at(view: SentenceView, k: int) -> tuple[EntityRef, int] | None:
    """At token *k* = "office" followed by "of <title> <Name>": (the office, the token after the name)."""
    n = len(view.tokens)
    if k + 2 >= n or view.lower[k] != "office" or view.lower[k + 1] != "of":
        return None
    x = k + 2
    if (demonym := _demonym_at(view, x)) is not None and x + (demonym.last - x) < n \
            and view.lower[demonym.last] in _TITLE_WORDS:
        x = demonym.last  # "the office of Ukrainian President X"
    while x < n and view.lower[x] in _TITLE_WORDS:
        x += 1
    mention = view.actor_at.get(x)
    if x == k + 2 and (owned := _state_head(view, x)) is not None:
        return owned  # "the office of Somalia's prime minister": the Somali prime minister's office
    if x == k + 2 or mention is None or mention.entity.kind != "person":
        return None  # "the office of the prosecutor", "the Office of Civil Defense"
    name = f"{mention.entity.label}'s office"
    return EntityRef("organisation", slug(name), name), mention.last


def _demonym_at(view: SentenceView, x: int):
    """The state named by its demonym at token *x* ("Ukrainian"), or None."""
    mention = view.actor_at.get(x)
    return mention if mention is not None and mention.entity.kind == "state" and mention.how == "demonym" else None


def _state_head(view: SentenceView, x: int) -> tuple[EntityRef, int] | None:
    """At *x*: "<State>'s <title>" ("Somalia's prime minister"): (the office of that head, named with the state's
    demonym as the gold names a state's bodies, the token after the title), or None."""
    state = view.actor_at.get(x)
    if state is None or state.entity.kind != "state" or state.first != x or not view.possessive(state):
        return None
    y = end = state.last + 1
    while end < len(view.tokens) and view.lower[end] in _TITLE_WORDS:
        end += 1
    demonym = demonym_for(state) if end > y else None
    if demonym is None:
        return None
    name = f"{demonym} {' '.join(view.lower[y:end])}'s office"
    return EntityRef("organisation", slug(name), name), end


@needs("office")
def office_speaker(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "the office of <title> <Name>": (the office, where "the" stands)."""
    k = verb - 1
    while k > 0 and view.lower[k] in _GAP and view.tokens[k].text.islower():
        k -= 1
    mention = view.actor_at.get(k)
    if mention is None and view.lower[k] in _TITLE_WORDS:  # "the office of Somalia's prime minister said"
        x = k
        while x > 0 and view.lower[x - 1] in _TITLE_WORDS:
            x -= 1
        owner = view.actor_at.get(x - 2) if x >= 2 and view.lower[x - 1] in ("'s", "’s") else None
        at = owner.first if owner is not None else 0
        found = office_at(view, at - 2) if at >= 3 and view.lower[at - 3] == "the" else None
        return (found[0], at - 3) if found is not None and found[1] == k + 1 else None
    if mention is None or mention.last != k + 1:
        return None
    start = mention.first
    while start > 0 and view.lower[start - 1] in _TITLE_WORDS:
        start -= 1
    if start < mention.first and (demonym := _demonym_at(view, start - 1)) is not None:
        start = demonym.first  # "the office of Ukrainian President X said"
    if start < 3 or view.lower[start - 1] != "of" or view.lower[start - 2] != "office" \
            or view.lower[start - 3] != "the" or start == mention.first:
        return None
    found = office_at(view, start - 2)
    return (found[0], start - 3) if found is not None else None


def office_named(view: SentenceView, k: int) -> tuple[EntityRef, int, int] | None:
    """At token *k* (after any "the"): "Prime Minister's Office" as written, (office, first, end) or None."""
    k += view.lower[k] == "the" if k < len(view.tokens) else 0
    title = next((t for t in HEAD_TITLES if tuple(view.lower[k:k + len(t)]) == t), None)
    end = k + len(title) + 2 if title is not None else k
    if title is None or end > len(view.tokens) or not view.tokens[k].text[:1].isupper():
        return None
    if view.lower[end - 2] not in ("'s", "’s") or view.lower[end - 1] != "office" \
            or not view.tokens[end - 1].text[:1].isupper():
        return None  # (the title may be read as the person holding it: the office is still its own body)
    words = [view.tokens[x].text for x in range(k, end)]
    name = " ".join(words[:-2]) + words[-2] + " " + words[-1]  # "Prime Minister's Office"
    return EntityRef("organisation", slug(name), name), k, end
