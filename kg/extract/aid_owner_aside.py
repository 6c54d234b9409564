"""A giver described by its tie to the getter in an aside: "India, Nepal's other large neighbour, has
offered support and assistance" offers it to Nepal. Where the verb names no getter, the owner in the
aside on the subject gets (as the owner does in "Saudi Arabia, Egypt's biggest creditor, ...")."""

from __future__ import annotations

from kg.extract.view import SentenceView


def owner_aside_getters(view: SentenceView, frames: list) -> list:
    """*frames*, with an item that has no getter given to the owner named in an aside on its giver."""
    for frame in frames:
        if not frame.donors or not any(recipients == () for _, _, recipients in frame.segments):
            continue
        owner = _aside_owner(view, frame)
        if owner is not None:
            frame.segments = [(s, e, (owner,) if r == () else r) for s, e, r in frame.segments]
    return frames


def _aside_owner(view: SentenceView, frame):
    for m in view.actors:
        if m.entity not in frame.donors or m.last >= frame.first or view.lower[m.last:m.last + 1] != (",",):
            continue
        at = m.last + 1
        if at in view.actor_at and view.owner_aside(at) and view.actor_at[at].entity not in frame.donors:
            close = next((j for j in range(at, frame.first) if view.lower[j] == ","), None)
            if close is not None:  # the aside closes before the verb
                return view.actor_at[at].entity
    return None
