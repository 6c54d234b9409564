""""The two leaders agreed to meet again", "agreed to hold talks next month", "agreed to keep talking": to
agree on meeting or talking is no accord (AG1: talks with no named accord are not an agreement; the meeting
itself is read by the meeting rules). "agreed to hold joint exercises" is still one."""

from __future__ import annotations

from kg.extract.view import SentenceView

_MEET = frozenset("meet talk speak visit discuss consult negotiate".split())  # by lemma
_HOLD = frozenset("hold continue resume keep stay remain maintain".split())  # when talks or contact follow
_TALKS = frozenset("talks negotiations discussions consultations dialogue contact contacts touch meeting meetings "
                   "summit summits".split())


def only_to_talk(view: SentenceView, k: int) -> bool:
    """Whether the "to" at *k* after "agreed" opens only a meeting or talks ("to meet", "to hold talks", "to
    stay in contact", "to continue the dialogue")."""
    n = len(view.tokens)
    if k + 1 >= n or view.lower[k] != "to":
        return False
    verb = view.lemmas[k + 1]
    if verb in _MEET:
        return True
    if verb not in _HOLD:
        return False
    if k + 2 < n and view.lower[k + 2].endswith("ing") and view.lemmas[k + 2] in _MEET:
        return True  # "agreed to keep talking", "to continue negotiating"
    objects = [view.lower[j] for j in range(k + 2, min(k + 6, n)) if view.lower[j] not in ("a", "an", "the", "in",
                                                                                          "further", "new", "more",
                                                                                          "regular", "close", "their")]
    return bool(objects) and objects[0] in _TALKS
