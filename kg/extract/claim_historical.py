""""the Soviet-era armour", "Soviet-designed MiG fighters", "in Soviet times": the demonym of a state that no
longer exists dates or describes a thing inside what was said; it is not a party the statement is about
(gold rule C3 lists the actors named or referred to; no dev claim is about the Soviet Union for these)."""

from __future__ import annotations

from kg.extract.view import SentenceView


def historical_demonyms(view: SentenceView, first: int, last: int) -> set[int]:
    """The first tokens of demonym mentions of historical states in the sentence ("Soviet", "Yugoslav"), when
    what was said (tokens *first*..*last*) names some other actor; else none (the statement keeps what it has)."""
    from kg.extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = set()
    for mention in view.actors:
        if mention.how != "demonym" or mention.entity.kind != "state":
            continue
        try:
            historical = gazetteer.state(mention.entity.key).historical
        except KeyError:
            continue
        if historical:
            found.add(mention.first)
    others = any(first <= m.first < last and m.first not in found for m in view.actors)
    return found if others else set()
