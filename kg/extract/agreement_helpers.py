"""Who helps others reach an accord is no party to it: in "Egypt helped Israel and Hamas reach a truce" or
"Qatar, which helped the two sides agree a ceasefire" the accord is Israel's and Hamas's (AG1: the parties
are who made it); the helper is a go-between, as a mediator is."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_HELP = frozenset("help helps helped helping".split())
# "Turkey congratulated Armenia and Azerbaijan on the treaty": who praises the sides for their accord reacts to it
_PRAISE = frozenset("congratulate congratulates congratulated congratulating commend commends commended commending "
                    "thank thanks thanked thanking praise praises praised praising applaud applauded hail hailed "
                    "laud lauded salute saluted".split())
_REACH = frozenset("reach reached agree agreed sign signed strike struck seal sealed conclude concluded secure "
                   "secured clinch clinched negotiate negotiated hammer broker".split())
# what may stand between "help" and the accord's verb besides the sides' names ("the two warring sides")
_BETWEEN = frozenset("the both two its their and , 's ’s warring rival sides parties factions leaders neighbours "
                     "neighbors governments".split())


def helper_actor(view: SentenceView, mention: Mention) -> bool:
    """Is *mention* the subject of "help" whose object, two or more sides, then reaches the accord ("X helped
    Y and Z reach a truce", "X helped Kenya and Uganda to agree a deal"), or of a verb of praising the sides
    "on"/"for" it ("X congratulated Y and Z on the treaty")?"""
    n = len(view.tokens)
    j = mention.last
    while j < n and j < mention.last + 8 and (j in view.actor_at or view.lower[j] in ("and", ",")):
        j += 1  # "Saudi Arabia and Qatar helped ...": each of the coordinated helpers
    if j >= n or view.lower[j] not in _HELP | _PRAISE:
        return False
    k = j + 1
    while k < n and k < j + 16 and (k in view.actor_at or view.lower[k] in _BETWEEN):
        k += 1
    if k == j + 1:
        return False
    if view.lower[j] in _PRAISE:  # "congratulated X and Y on the treaty"
        return k < n and view.lower[k] in ("on", "for") and any(i in view.actor_at for i in range(j + 1, k))
    if k < n and view.lower[k] == "to":
        k += 1
    return k < n and view.lower[k] in _REACH
