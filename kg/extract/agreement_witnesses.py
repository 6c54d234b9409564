"""Who witnessed a signing is no party to it: in "Kenya signed the power deal in the presence of Ugandan
President Yoweri Museveni" or "with Museveni looking on" the accord is not Uganda's (AG1: the parties are who
made it), though a signer's office gives his state as a party elsewhere."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_BEFORE = (("presence", "of"), ("witnessed", "by"))  # a host may be a party: "a summit hosted by Trump"
_AFTER = (("looking", "on"), ("looked", "on"), ("watching",), ("looks", "on"))


def witness(view: SentenceView, person: Mention) -> bool:
    """Is *person* named as a witness of the act ("in the presence of X", "witnessed by X", "with X looking
    on"), with at most a title of four words between?"""
    for j in range(max(0, person.first - 6), person.first - 1):
        if (view.lower[j], view.lower[j + 1]) in _BEFORE and all(
                view.tokens[k].text[:1].isupper() or k in view.actor_at for k in range(j + 2, person.first)):
            return True
    after = tuple(view.lower[person.last:person.last + 2])
    return any(after[:len(words)] == words for words in _AFTER)


_ROLES = frozenset("mediator mediators witness witnesses observer observers broker brokers".split())
_STOPS = frozenset(", ; . : — – ( )".split())
_PRESENT = (("present",), ("in", "attendance"),  # "with Ethiopia's prime minister, Abiy Ahmed, present"
            ("set", "to", "join"), ("expected", "to", "join"), ("due", "to", "join"))  # "with Cambodia set to join later"
_NAME_PARTICLES = frozenset("bin bint ibn al el de da van von der".split())


def witness_actor(view: SentenceView, mention: Mention) -> bool:
    """Is the state or body named in "with X looking on", "with X's prime minister watching", "with X as
    mediator" or "with X set to join later" after the signing (up to a comma), so a witness, go-between or joiner
    still to come, not a party?"""
    with_at = next((j for j in range(mention.first - 1, max(-1, mention.first - 5), -1)
                    if view.lower[j] == "with" or view.lower[j] in _STOPS), None)
    if with_at is None or view.lower[with_at] != "with":
        return False
    n = len(view.tokens)
    end = next((j for j in range(mention.last, min(n, mention.last + 8)) if view.lower[j] in _STOPS), min(n, mention.last + 8))
    words = view.lower[mention.last:end]
    close = next((j for j in range(end + 1, min(n, end + 9)) if view.lower[j] in _STOPS), None)
    if end < n and view.lower[end] == "," and close is not None and view.lower[close] == "," and all(
            view.tokens[j].text[:1].isupper() or view.lower[j] in _NAME_PARTICLES for j in range(end + 1, close)):
        words = [*words, *view.lower[close + 1:min(n, close + 4)]]  # "with Qatar's prime minister, Sheikh X, looking on"
    return any(tuple(words[k:k + len(w)]) == w for w in (*_AFTER, *_PRESENT) for k in range(len(words))) \
        or any(words[k] == "as" and _ROLES & set(words[k + 1:k + 3]) for k in range(len(words) - 1))
