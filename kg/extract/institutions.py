"""Ministries and embassies of a state as speakers: "Japan's foreign ministry" -> Japanese foreign ministry."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

LOWER_INSTITUTION = frozenset("foreign defence defense finance energy economy trade interior ministry cabinet "
                              "government presidency presidential embassy army military navy office state news media "
                              "agencies outlets newspapers television tv radio broadcaster air force coast guard "
                              "armed forces central bank spy intelligence agency industry health agriculture transport "
                              "justice commerce environment education labour border service authorities mission".split())
# the word that ends a body's name; "Japan's government" stays the state itself
NAMED_INSTITUTIONS = frozenset("ministry embassy presidency cabinet army military navy media agencies outlets "
                               "newspapers television tv radio broadcaster force guard forces bank service "
                               "mission".split())


BODY_VERB_GAP = frozenset("has have had also on monday tuesday wednesday thursday friday saturday sunday earlier "
                          "later again previously repeatedly long consistently already publicly".split())
# "has said", "Sudan's army on Tuesday accused", "Sudan's authorities have long accused"


# The words a body's name can end at (NAMED_INSTITUTIONS, and those _secret_service accepts): a sentence without
# any of them names no body, whatever its states.
BODY_HEADS = NAMED_INSTITUTIONS | frozenset(("agency", "office", "intelligence"))


def institution(view: SentenceView, mention: Mention, end: int | None = None) -> tuple[EntityRef, int] | None:
    """"Japan's foreign ministry", "the Indian embassy", "Azerbaijan's Foreign Ministry": a ministry or
    embassy of a state, named with the state's demonym ("Japanese foreign ministry") whatever the
    case or form it is written in, with the token after it. With *end*, the name must reach it."""
    if mention.entity.kind == "organisation" and view.lower[mention.last:mention.last + 1] == ("mission",) \
            and (owner := _owner_before(view, mention.first)) is not None:
        return institution(view, owner, end)  # "Iran's UN mission" read from "UN": the state's mission
    if BODY_HEADS.isdisjoint(view.sentence.lower_set) or mention.entity.kind != "state" or not (mention.how == "demonym" or view.possessive(mention)
                                              or _letters(mention)):  # "the U.S. embassy in Port Moresby"
        return None
    k = mention.last + view.possessive(mention)
    words: list[int] = []
    if (body := view.actor_at.get(k)) is not None and body.entity.kind == "organisation" \
            and view.lower[body.last:body.last + 1] == ("mission",):
        words, k = [*range(k, body.last)], body.last  # "Iran's UN mission": its mission to the body
    while k < len(view.tokens) and len(words) < 3 and (view.lower[k] in LOWER_INSTITUTION or _portfolio(view, k)) \
            and k not in view.actor_at:
        words.append(k)
        k += 1
        if (view.lower[k - 1] in NAMED_INSTITUTIONS and not _secret_service(view, k)) or _secret_service(view, k - 1):
            break  # not at "military" of "military intelligence"
    head = words[-1] if words else None
    if head is not None and (after := _name_after(view, head, k)) > k:
        words.extend(range(k, after))  # "Somalia's Ministry of Foreign Affairs": the whole name, not "Ministry"
        k = after
    if head is not None and view.lower[head] == "mission" and (at := _body_after(view, k)) > k:
        words.extend(range(k, at))  # "Iran's mission to the United Nations": a mission is named with its body
        k = at
    if head is not None and view.lower[head] == "embassy" and (at := _seat_after(view, k)) > k:
        words.extend(range(k, at))  # "the Russian embassy in Bogota": an embassy is named with its seat
        k = at
    seat = end is not None and view.lower[k] == "in" and k + 1 < end and all(
        view.tokens[x].text[:1].isupper() for x in range(k + 1, end))  # "the Japanese embassy in Hanoi said"
    seat = seat or (end is not None and all(view.lower[x] in BODY_VERB_GAP for x in range(k, end)))  # "... has said"
    if head is None or not (view.lower[head] in NAMED_INSTITUTIONS or _secret_service(view, head)) \
            or (end is not None and k != end and not seat):
        return None
    demonym = _demonym(mention)
    if demonym is None:
        return None
    name = " ".join([demonym, *(view.tokens[w].text for w in words)])
    return EntityRef("organisation", slug(name), name), k


@lru_cache(maxsize=512)
def demonym_of(key: str) -> str | None:
    """The adjective of a state (its ISO code *key*) that names its bodies: "JP" -> "Japanese"."""
    from kg.extract.gazetteer import load_gazetteer

    try:
        demonyms = load_gazetteer().state(key).demonyms
    except KeyError:
        return None
    return next((d for d in demonyms if not d.endswith("s") or d.endswith("ss")), demonyms[0] if demonyms else None)


def _secret_service(view: SentenceView, k: int) -> bool:
    """"South Korea's spy agency", "Ukraine's military intelligence agency": an agency is a body of the state
    only as a spy or intelligence agency ("the Saudi agency" is an outlet named before); an office only as
    the foreign office ("Pakistan's foreign office", a ministry by another name) or the presidential office
    ("Seoul's presidential office", the presidency by another name)."""
    return k < len(view.tokens) and ((view.lower[k] == "agency" and k > 0 and view.lower[k - 1] in ("spy", "intelligence"))
                                     or (view.lower[k] == "office" and k > 0 and view.lower[k - 1] in ("foreign", "presidential"))
                                     or (view.lower[k] == "intelligence" and k > 0 and view.lower[k - 1] == "military"
                                         and view.lower[k + 1:k + 2] not in (("service",), ("agency",))))
    # "Pakistan's foreign office"; "Ukraine's military intelligence", the service by its usual name


def _portfolio(view: SentenceView, k: int) -> bool:
    """A lower-case word naming a ministry's field right before "ministry" ("South Korea's unification ministry",
    "India's petroleum ministry"): any field, not only those the word list knows."""
    return k + 1 < len(view.tokens) and view.lower[k + 1] == "ministry" and view.tokens[k].text.isalpha() \
        and view.tokens[k].text.islower() and view.lower[k] not in _NOT_FIELDS


_NOT_FIELDS = frozenset("the a an its their his her our new former own".split())


def _letters(mention: Mention) -> bool:
    """Is a state written as its capital letters ("US", "U.S.", "UK"), which stand before a body as a demonym does?"""
    return 2 <= len(mention.text) <= 6 and mention.text.replace(".", "").isupper()


def demonym_for(mention: Mention) -> str | None:
    """The word a state's mention gives its bodies: its demonym, or its letters as written ("U.S.")."""
    return _demonym(mention)


def _demonym(mention: Mention) -> str | None:
    if mention.how == "demonym" or _letters(mention):
        return mention.text  # "the US Embassy", "the U.S. Embassy" keep the state's letters as written
    return demonym_of(mention.entity.key)


def possessed_body(view: SentenceView, mention: Mention) -> EntityRef | None:
    """"Japan's Foreign Ministry", "the Chinese Defence Ministry": a body written in capitals, which the
    name finders take for an organisation (or a person, before "said"), owned by the state before it;
    named with the state's demonym."""
    if mention.entity.kind == "state" or mention.text.split()[-1].lower() not in NAMED_INSTITUTIONS:
        return None
    k = mention.first - 1
    if k >= 1 and view.lower[k] in ("'s", "’s"):
        k -= 1
    owner = view.actor_at.get(k)
    if owner is None or owner.entity.kind != "state" or owner.last != k + 1:
        return None
    demonym = _demonym(owner)
    if demonym is None:
        return None
    name = f"{demonym} {mention.text}"
    return EntityRef("organisation", slug(name), name)


_NAME_LINKS = ("of", "for", "and")


def _name_after(view: SentenceView, head: int, k: int) -> int:
    """The end of a capitalised body's name that runs on after its head at *head* over "of"/"for" ("Ministry
    of Foreign Affairs", "Ministry for Economic Affairs and Climate Action"), else *k* (the token after it)."""
    tokens, n = view.tokens, len(view.tokens)
    if not tokens[head].text[:1].isupper() or k + 1 >= n or view.lower[k] not in ("of", "for"):
        return k
    end, j = k, k
    while j < n and j not in view.actor_at:
        if tokens[j].text[:1].isupper() and tokens[j].text.isalpha():
            end = j + 1
        elif not (view.lower[j] in _NAME_LINKS and j + 1 < n and tokens[j + 1].text[:1].isupper()):
            break
        j += 1
    return end


def _owner_before(view: SentenceView, first: int) -> Mention | None:
    """The state written right before token *first* as a possessive or a demonym ("Iran's", "the Iranian"), or None."""
    k = first - 1 - (first > 0 and view.lower[first - 1] in ("'s", "’s"))
    owner = view.actor_at.get(k) if k >= 0 else None
    if owner is None or owner.entity.kind != "state" or owner.last != k + 1:
        return None
    return owner if owner.how == "demonym" or view.possessive(owner) else None


def _body_after(view: SentenceView, k: int) -> int:
    """The end of "to (the) <body>" at *k* after a mission ("to the United Nations", "to NATO"), else *k*."""
    at = k + 1 + (view.lower[k + 1:k + 2] == ("the",))
    body = view.actor_at.get(at) if view.lower[k:k + 1] == ("to",) else None
    return body.last if body is not None and body.first == at and body.entity.kind == "organisation" else k


def _seat_after(view: SentenceView, k: int) -> int:
    """The end of "in <Place>" at *k* after an embassy ("in Bogota", "in Addis Ababa"), else *k*."""
    place = view.actor_at.get(k + 1) if view.lower[k:k + 1] == ("in",) else None
    if place is not None and place.first == k + 1:
        return place.last
    end = k + 1
    while k < len(view.tokens) - 1 and view.lower[k] == "in" and end < len(view.tokens) and end - k <= 3 \
            and view.tokens[end].text[:1].isupper() and view.tokens[end].text.isalpha() and end not in view.actor_at:
        end += 1
    return end if end > k + 1 else k
