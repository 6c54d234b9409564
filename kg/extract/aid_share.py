"""A giver's part of a joint package: "Britain's share of the new package is 1.6 billion pounds",
"Finland's share, the ministry said, amounts to 190 million euros", "Canberra's share of the cost, about
60 million dollars, comes from its Pacific facility". The owner of the share gives an amount to the
getter of the package the paragraph is about; a share of a package is a pledge.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_SHARE = Entry(("share",), "give", "pledged")
_PARTS = frozenset("share contribution part portion".split())
_LINKS = frozenset("is was will be amounts amounted comes came totals totalled totaled of , to the new package cost "
                   "costs bill aid funding total fund pledge pledges sum about around some nearly roughly over "
                   "ministry government officials".split()) | SAID_SAYS
_RATES = frozenset("percent per %".split())


@revises(lambda: _PARTS)  # "Britain's share"
def share_frames(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* plus a frame for "X's share ... <amount>" when the sentence has no other frame and the
    paragraph has a flow whose getter the share goes to."""
    getters = context.fallback_recipients()
    if any(f.donors for f in frames) or not (_PARTS & set(view.lower)) or not getters:
        return frames  # a frame with its own giver reads the sentence
    for j, word in enumerate(view.lower):
        if word not in _PARTS or j < 2 or view.lower[j - 1] not in ("'s", "’s", "'"):
            continue
        owner = view.actor_at.get(j - 2)
        if owner is None or owner.entity in getters:
            continue
        end = next((x for x in range(j + 1, min(j + 16, len(view.tokens))) if view.lower[x] in (".", ";")),
                   min(j + 16, len(view.tokens)))
        amount = next((x for x in range(j + 1, end) if view.amount_at(x)), None)
        if amount is None or not _linked(view, j + 1, amount) or _RATES & set(view.lower[amount:amount + 3]):
            continue  # "Finland's share of the market rose to 12 percent": no package
        return [Frame(_SHARE, j, j + 1, (owner.entity,), [(amount, end, getters)], "pledged",
                      owner.first, end, used_context=True)]
    return frames


def _linked(view: SentenceView, first: int, last: int) -> bool:
    """Do only linking words, or an aside set off by commas, stand between the share and its amount?"""
    aside = False
    for x in range(first, last):
        if view.lower[x] == ",":
            aside = not aside
        elif not aside and view.lower[x] not in _LINKS and x not in view.actor_at:
            return False
    return True
