"""An accord owned by a state named as its possessor is that state's, not the talkers': in "Indian and
Japanese officials discussed Indonesia's recent deal to buy submarines from France" India and Japan talk
about the deal and are no parties; "Turkey condemned Russia's pact with Syria" is Russia's pact."""

from __future__ import annotations

from kg.extract.view import SentenceView

# verbs whose object is an accord others made: reacting to it, or talking or asking about it
_ABOUT = frozenset("condemn criticise criticize denounce slam decry welcome hail praise applaud oppose deplore "
                   "discuss review examine study question debate scrutinise scrutinize".split())

# "voiced concern over China's pact with the Solomon Islands", "worried about Hungary's deal": a topic, no signer
_TOPICAL = frozenset("about over of against at on".split())


def owner_start(view: SentenceView, c_first: int, noun: int) -> int:
    """Where the object begins when the agreement noun at *noun* is owned by a possessive actor that is the
    object of a verb of reacting or discussing ("discussed Indonesia's recent deal"): the possessor; the
    actors before it are no parties. *c_first* else."""
    for j in range(noun - 1, max(c_first, noun - 5), -1):
        if view.tokens[j].text not in ("'s", "’s", "'"):
            continue
        owner = view.actor_at.get(j - 1)
        if owner is None or any(not view.tokens[k].text.islower() for k in range(j + 1, noun)):
            return c_first  # "Indonesia's recent deal": only lower-case words between owner and noun
        k = owner.first - 1
        if k >= 0 and view.lower[k] in ("the",):
            k -= 1
        return owner.first if k > c_first and (view.lemmas[k] in _ABOUT or view.lower[k] in _TOPICAL) else c_first
    return c_first


def owner_party(view: SentenceView, mention_first: int, mention_last: int, noun: int) -> bool:
    """The actor at [*mention_first*, *mention_last*) owns the agreement noun at *noun* as its possessor, with
    only lower-case words between ("worried about Hungary's nuclear deal with Russia", "concern over China's
    security pact with the Solomon Islands"): a party, whatever preposition governs it."""
    k = mention_last
    if k >= noun or view.tokens[k].text not in ("'s", "’s", "'"):
        return False
    return all(view.tokens[j].text.isalpha() and view.tokens[j].text.islower() for j in range(k + 1, noun))
