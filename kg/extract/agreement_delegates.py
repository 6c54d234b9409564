"""Who signs through delegates is a party: in "Representatives of Sudan's army and the Rapid Support Forces
signed a ceasefire deal" Sudan and the RSF sign, though "of" governs them; so do the leaders of a group ("creditors,
led by Japan and France, signed")."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_DELEGATES = frozenset("representatives delegations delegates envoys negotiators officials leaders ministers "
                       "governments rulers presidents heads juntas premiers".split())  # "the military rulers of X, Y and Z"


def delegate_of(view: SentenceView, mention: Mention) -> bool:
    """Is *mention* (or the list it ends) the "of" or "from" of a noun of delegates ("representatives of X and
    Y", "negotiators from Israel and Hamas")?"""
    i = mention.first - 1
    while i >= 0 and (view.lower[i] in ("the", "both", "and", ",", "paramilitary") or i in view.actor_at):
        i -= 1
    if i > 0 and view.lower[i] == "by" and view.lower[i - 1] == "led":
        return True  # "its official creditors, led by Japan, India and France, signed a debt treaty": they sign
    return i > 0 and view.lower[i] in ("of", "from") and view.lower[i - 1] in _DELEGATES  # "officials from Egypt and the EU"
