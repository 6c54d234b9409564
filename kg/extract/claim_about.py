"""The speaker's own state inside what was said (gold rule C3: a state referred to by a pronoun is what
a statement is about): "we", "our", "his country" in the words of a minister or a ministry are the state
the speaker speaks for, which the claim's text does not name."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.view import SentenceView
from kg.model import EntityRef

_FIRST_PLURAL = frozenset("we our ours ourselves".split())  # "us" is too often the U.S. written in capitals
_COUNTRY_OWNERS = frozenset("my our his her".split())
_COUNTRY_NOUNS = frozenset("country nation government".split())
_OWN_SIDE = _FIRST_PLURAL | _COUNTRY_OWNERS | {"us"}  # a word refers_to_own_state cannot answer yes without
_NOT_THE_STATE = frozenset("time times era age generation lifetime world planet".split())
_BODY_WORDS = frozenset("ministry embassy presidency cabinet government army military navy office".split())


def refers_to_own_state(view: SentenceView, first: int, last: int) -> bool:
    """Do tokens *first*..*last* speak of the speaker's side: "we", "our", "us", "his country"?"""
    if _OWN_SIDE.isdisjoint(view.sentence.lower_set):
        return False  # none of the words (most statements)
    for k in range(first, last):
        word, text = view.lower[k], view.tokens[k].text
        if word in _FIRST_PLURAL and k + 1 < last and view.lower[k + 1] in _NOT_THE_STATE:
            continue  # "the greatest catastrophe of our time", "our planet": all of us, not the speaker's state
        if word in _FIRST_PLURAL or (text == "us" and k > first):
            return True
        if word in _COUNTRY_OWNERS and _country_after(view, k + 1, last):
            return True
    return False


def _country_after(view: SentenceView, k: int, last: int) -> bool:
    """Does "country", "nation" or "government" follow token *k* (before *last*), after a few lower-case words
    that describe it ("his developing nation", "our small island nation", "his low-lying nation")?"""
    for x in range(k, min(k + 5, last)):  # "his low - lying nation": a hyphenated word is three tokens
        if view.lower[x] in _COUNTRY_NOUNS:
            return True
        text = view.tokens[x].text
        if not (text.isalpha() and text.islower() or text == "-") or x in view.actor_at:
            return False
    return False


@lru_cache(maxsize=1)
def state_words() -> dict[str, EntityRef]:
    """Lower-cased state names, aliases, demonyms and seats of government -> the state."""
    from kg.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    table: dict[str, EntityRef] = {}
    for text, kind, key in gazetteer.surface_forms():
        if kind != "body":
            table.setdefault(text.casefold(), gazetteer.state(key).ref)
    return table


def state_of_body(label: str) -> EntityRef | None:
    """The state an institution's name starts from: "Japanese foreign ministry", "Kremlin", "White House"."""
    words = label.removeprefix("the ").removeprefix("The ").split()
    table = state_words()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            ref = table.get(" ".join(words[i:i + size]).casefold().removesuffix("'s").removesuffix("’s"))
            if ref is not None:
                return ref
    return None


def own_state(speaker: EntityRef, person_states: dict) -> EntityRef | None:
    """The state *speaker* speaks for: a person's office state, an institution's state; None for a state
    itself (never about itself), a group or an outlet with no state in its name."""
    if speaker.kind == "person":
        return person_states.get(speaker)
    if speaker.kind == "organisation" and (speaker.label.removeprefix("the ").casefold() in state_words() or any(
            word in _BODY_WORDS for word in speaker.label.casefold().split())):
        return state_of_body(speaker.label)  # a seat of government or a state body, not an outlet
    return None
