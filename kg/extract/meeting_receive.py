""""Received" as a meeting: a host receives someone ("received Chinese Foreign Minister Wang Yi", "received a
Ukrainian delegation", "was received by Erdogan"), not something ("had received a renewed U.S. licence",
"received unofficial word that ...", "received $2 billion")."""

from __future__ import annotations

from kg.extract.view import SentenceView

_GUESTS = frozenset("delegation delegations officials minister ministers envoy envoys ambassador ambassadors "
                    "diplomat diplomats counterpart counterparts leader leaders president prime premier king queen "
                    "emir crown prince chancellor secretary him her them visitors guests team chief head".split())
_ENDS = frozenset(", . ; : that which from for in on at with to as".split())


def received_someone(view: SentenceView, last: int) -> bool:
    """The object of "receive" ending before *last* is a person, a state or body (not a modifier of a thing:
    "a U.S. licence"), or a word for guests; or "by" follows (a passive: "was received by Putin")."""
    if "by" in view.lower[last:last + 2]:
        return True
    if last >= 2 and view.lower[last - 2] in ("was", "were", "been", "being") and "by" in view.lower[last:last + 15]:
        return True  # "was received with an honour guard at the presidential palace by Modi"
    for j in range(last, min(last + 7, len(view.tokens))):
        if j in view.actor_at:
            actor = view.actor_at[j]
            if actor.entity.kind == "person":
                return True
            after = actor.last
            if actor.how != "demonym" and (after >= len(view.tokens) or not view.tokens[after].text.islower()
                                           or view.lower[after] in _ENDS):
                return True  # "received the Iraqi prime minister" goes on to the guest word
            continue
        if view.lower[j] in _GUESTS:
            return True
        if view.lower[j] in _ENDS:
            return False
    return False
