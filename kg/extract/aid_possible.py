"""A supply that is only a possible consequence of something else is no offer: "the sale could free
Washington to send more air defence to Ukraine", "gave its agreement to future contracts so that it could
deliver military equipment". "could"/"might" make an offer (README A3) only when the giver is their
subject and they govern the supply verb itself: "Türkiye could supply Pakistan with drones"."""

from __future__ import annotations

from kg.extract.view import SentenceView

_POSSIBLE = frozenset("could might".split())
# words that may stand between the modal and its verb: "could also supply", "might soon send"
_BETWEEN = frozenset("also still soon then now even quickly eventually further yet again not n't be "
                     # verbs of aspect keep the modal on the supply: "could soon begin supplying"
                     "begin start resume continue keep to".split())


def only_possible(view: SentenceView, first: int) -> bool:
    """Is the give verb at *first* under "could"/"might" that does not govern it ("could free X to send"),
    or in a clause of purpose ("so that it could deliver")?"""
    window = view.lower[max(0, first - 4):first]
    if not _POSSIBLE & set(window):
        return False
    modal = max(k for k, w in enumerate(window) if w in _POSSIBLE) + max(0, first - 4)
    if any(view.lower[k] not in _BETWEEN for k in range(modal + 1, first)):
        return True  # the modal governs another verb: "the sale could free Washington to send"
    return "so" in view.lower[max(0, modal - 4):modal] and "that" in view.lower[max(0, modal - 4):modal]
