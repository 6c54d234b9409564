"""Where a supply goes when the words around it name a place or party that is no state, so that the
discourse's last getter or giver must not stand in (README A1: a flow needs its two sides):

* a destination that is no state: "gas sales to central Europe", "LNG to Asian buyers", "to other
  countries", "to poorer countries" (unnamed_destination: the flow is left out);
* the end of a route in a request: "asked China to finance a railway line to Burundi" (route_end: the
  askers get it);
* the states a route links: "for a rail corridor linking Angola, Zambia and Congo" (linked_states);
* a seller that is no state: "a stake in a copper mine from the government" (unnamed_seller).
"""

from __future__ import annotations

from kg.extract.view import SentenceView

# Regions that span several states (kg/rules/places.toml lists them with the areas inside one state, such as
# "Tigray", where aid sent goes to the story's state and the context may still name it).
_MACRO_REGIONS = frozenset(
    ("europe", "asia", "africa", "oceania", "middle east", "west asia", "central asia", "south asia", "southeast asia",
     "east asia", "indo-pacific", "asia-pacific", "sahel", "horn of africa", "maghreb", "levant", "caucasus",
     "balkans", "scandinavia", "latin america", "south america", "north america", "central america",
     "sub-saharan africa", "north africa", "west africa", "east africa", "arctic"))
_REGION_ADJECTIVES = frozenset("european asian african latin american arab western eastern".split())
_COMPASS = frozenset("central eastern western northern southern south north east west the".split())
# Getters named by kind only, with a word that sets them apart: "to Asian buyers", "to foreign customers"; states only after "other" or "third"
# ("to other countries"), for "to six African countries" names states the text lists.
_GETTER_KINDS = frozenset("buyers customers clients markets consumers importers".split())
_STATE_KINDS = frozenset("countries nations states".split())
_OTHER = frozenset("other third".split())
# states by their need, which the text does not name ("to poorer countries", "to developing nations")
_NEEDY = frozenset("poor poorer poorest developing needy vulnerable low-income".split())
_GETTER_MODIFIERS = frozenset("foreign overseas new many several its their".split()) | _OTHER | _NEEDY


def unnamed_destination(view: SentenceView, at: int) -> bool:
    """Does a "to" phrase at *at* name a getter that is no state: a macro-region ("to central Europe", "for Asia"),
    buyers of a region ("to Asian buyers") or getters by kind ("to other countries")?"""
    words = view.lower
    if at >= len(words) or words[at] not in ("to", "for") or at + 1 in view.actor_at:
        return False
    j = at + 1
    while j < len(words) and words[j] in _COMPASS:
        j += 1
    if j >= len(words) or j in view.actor_at:
        return False
    if any(" ".join(words[j:j + n]) in _MACRO_REGIONS for n in (1, 2, 3)):
        return True
    if words[at] == "for":
        return False  # "for" names a getter only as a region: "prices for Asia" (not "for its own needs")
    start = j
    while j < len(words) and (words[j] in _REGION_ADJECTIVES or words[j] in _GETTER_MODIFIERS):
        j += 1
    # a bare "to consumers" may be the story state's own ("pay for delivery to consumers")
    return j < len(words) and (words[j] in _GETTER_KINDS and j > start
                               or words[j] in _STATE_KINDS and (words[start] in _OTHER or words[start] in _NEEDY))


# Works that run between places: "a railway line to Burundi" names where the line ends, not who gets it.
_ROUTES = frozenset("line lines railway railways rail railroad pipeline pipelines road roads highway highways "
                    "corridor corridors link links bridge bridges cable cables interconnector interconnectors "
                    "route routes canal".split())


def route_end(view: SentenceView, at: int) -> bool:
    """Is the "to" at *at* the end point of a route noun right before it ("a new railway line to Burundi")?"""
    return 0 < at < len(view.lower) and view.lower[at] == "to" and view.lower[at - 1] in _ROUTES


_LINKING = frozenset("linking connecting joining between".split())
_LINK_REACH = 10  # "pledged $250 million last year for a rail corridor linking ..."


def linked_states(view: SentenceView, at: int) -> tuple:
    """The states a route noun after *at* links ("for a rail corridor linking Angola, Zambia and Congo"):
    the works serve them, so they get what pays for it; () when no route links named states."""
    for j in range(at, min(at + _LINK_REACH, len(view.lower) - 2)):
        if view.lower[j] in (".", ";") or view.lower[j] in ("to", "with"):
            return ()
        if view.lower[j] in _ROUTES and view.lower[j + 1] in _LINKING and j + 2 in view.actor_at:
            group = view.group(view.actor_at[j + 2])
            return tuple(dict.fromkeys(m.entity for m in group if m.entity.kind == "state"))
    return ()


# Words after "from" that stand for a state the text named before ("bought more oil from the country").
_ANAPHORS = frozenset("country nation kingdom island republic emirate state it them".split())
_SELLER_WORDS = frozenset("the a an its their local private foreign state-owned".split())


def unnamed_seller(view: SentenceView, first: int, end: int) -> bool:
    """Does a "from" phrase between *first* and *end* name a seller that is no state ("a stake in a copper mine
    from the government", "fuel from a private trader", "grain from local farmers"), so that the discourse's
    last giver must not stand in for it?"""
    for j in range(first, end - 1):
        if view.lower[j] != "from" or j + 1 in view.actor_at:
            continue
        k = j + 1
        while k < end and view.lower[k] in _SELLER_WORDS and k not in view.actor_at:
            k += 1
        if k < end and k not in view.actor_at and view.lower[k].isalpha() and view.lower[k] not in _ANAPHORS \
                and view.tokens[k].text[:1].islower():
            return True
    return False
