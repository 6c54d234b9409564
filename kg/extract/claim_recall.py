""""Peru recalled its ambassador to Mexico", "Algeria recalls its envoy from Paris": recalling a
diplomat is an act of protest, not a statement (gold rule C1 needs words attributed to someone), although
"recalled" is a speech verb in "the minister recalled that ...". """

from __future__ import annotations

from kg.extract.view import SentenceView

_RECALL = frozenset("recalled recalls recall".split())
_SENT_ABROAD = frozenset("ambassador ambassadors envoy envoys diplomat diplomats consul consuls charge chargé "
                         "mission staff troops forces personnel peacekeepers contingent attaché attache".split())
_REACH = 5  # "recalled its top envoy", "recalled the country's ambassador"


def recalled_envoy(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* "recalled" with a diplomat or a force as its object (within a short noun phrase)?"""
    if view.lower[j] not in _RECALL:
        return False
    for k in range(j + 1, min(j + 1 + _REACH, len(view.tokens))):
        word = view.lower[k]
        if word in _SENT_ABROAD:
            return True
        if word in ("that", ",", ".", ";", "how", "when", "what"):
            return False
    return False
