"""A state named in a time phrase is no party to the supply: "Kyiv received its first drones in 2019, long
before Russia's invasion", "Poland bought tanks years before the Russian invasion", "bought half of its
crude from Russia before the invasion of Ukraine". "before", "after" or "following" with a state's event
("Russia's invasion", "the Russian invasion", "the war in Gaza") dates the supply."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TIME_LINKS = frozenset("before after following".split())
_SKIPPED = frozenset("the its their a an".split())


def event_time_at(view: SentenceView, at: int) -> bool:
    """Does a time link at *at* open a phrase naming a state's event (its owner or demonym), e.g. "before
    Russia's invasion", "after the Russian annexation of Crimea"?"""
    if at >= len(view.tokens) or view.lower[at] not in _TIME_LINKS:
        return False
    k = at + 1
    while k < len(view.tokens) and view.lower[k] in _SKIPPED:
        k += 1
    if k + 2 < len(view.tokens) and view.lower[k] in _EVENTS and view.lower[k + 1] in ("of", "in"):
        mention = view.actor_at.get(k + 2)  # "before the invasion of Ukraine", "after the war in Gaza"
        return mention is not None and mention.entity.kind == "state"
    mention = view.actor_at.get(k)
    return mention is not None and mention.entity.kind == "state" and (mention.how == "demonym" or view.possessive(mention))


_EVENTS = frozenset("invasion war annexation outbreak start coup election elections crisis collapse fall "
                    "revolution uprising earthquake quake floods default".split())


_HOSTILE = frozenset("invasion invasions war aggression attack attacks offensive occupation annexation blockade".split())


def aggressor(view: SentenceView, mention) -> bool:
    """Is the possessive state one named for its own hostile act ("while it fights off Russia's invasion"),
    not for a need that aid would meet ("to alleviate Cuba's energy woes")?"""
    k = mention.last + (view.lower[mention.last:mention.last + 1] in (("'s",), ("’s",)))
    while k < len(view.tokens) and view.lower[k] in ("full-scale", "full", "-", "scale", "brutal", "ongoing", "illegal"):
        k += 1
    return k < len(view.tokens) and view.lower[k] in _HOSTILE
