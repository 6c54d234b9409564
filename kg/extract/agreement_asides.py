"""A relative aside between an agreement's subject and its noun tells another act of the subject: in
"Washington, which suspended most aid to Bolivia in 2008, criticised the deals" neither Bolivia nor the
aside's verb belong to the deals; nor is Bolivia a party in "Argentina and Chile, Bolivia's partners in the
lithium triangle, have signed accords". The aside's actors are no parties and its verbs give no status."""

from __future__ import annotations

from kg.extract.view import SentenceView

_RELATIVES = frozenset("which who whose".split())


def asides(view: SentenceView, c_first: int, noun: int) -> list[tuple[int, int]]:
    """Token spans of the asides (", which ... ,", ", Bolivia's partners ... ,", ", the world's largest ... ,")
    after a name (an actor, or a capitalised word such as a firm the gazetteers lack) that close before the
    noun at *noun*."""
    spans: list[tuple[int, int]] = []
    ends = {m.last for m in view.actors}
    for j in range(c_first, noun - 1):
        if view.lower[j] != ",":
            continue
        named = j in ends or (j > c_first and view.tokens[j - 1].text[:1].isupper()) \
            or view.lower[j + 1] in _RELATIVES  # "Germany's Rheinmetall, which"; "Argentina's government, which"
        if not named or not _opens_aside(view, j + 1):
            continue
        close = next((k for k in range(j + 2, noun) if view.lower[k] == ","), None)
        if close is not None:
            spans.append((j, close + 1))
    return spans


def _opens_aside(view: SentenceView, k: int) -> bool:
    """Does an aside start at *k*: a relative pronoun, a possessive name ("Bolivia's partners in ...") or a
    determiner before a common noun ("the world's largest buyer"; "the United States and ..." is a list), or
    "a"/"an" before a name and a common noun ("Turkey, a NATO ally, buys gas ...": NATO is no party)?"""
    if view.lower[k] in _RELATIVES:
        return True
    actor = view.actor_at.get(k)
    if actor is not None:
        return actor.first == k and view.possessive(actor)
    if view.lower[k] in ("a", "an") and (inner := view.actor_at.get(k + 1)) is not None and inner.first == k + 1:
        return inner.last < len(view.tokens) and view.tokens[inner.last].text.islower()  # "Turkey, a NATO ally,"
    return view.lower[k] in ("a", "an", "the") and k + 1 < len(view.tokens) and k + 1 not in view.actor_at \
        and view.tokens[k + 1].text.islower()


def outside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is *position* outside every aside?"""
    return not any(a <= position < b for a, b in spans)


def pair_words_outside(view: SentenceView, c_first: int, c_last: int, spans: list[tuple[int, int]],
                       words: list[str]) -> bool:
    """One of *words* ("the two countries") is in the clause but not in an aside ("The World Bank, which has
    financed projects in both countries, welcomed the pact": the aside's pair is no party)."""
    text = " ".join(view.lower[j] for j in range(c_first, c_last) if outside(spans, j)) if spans \
        else " ".join(view.lower[c_first:c_last])  # (most clauses have no aside)
    for phrase in words:  # (a plain loop: cheaper than any() over a generator for a short list)
        if phrase in text:
            return True
    return False
