"""A named outlet's reporter after "according to": "according to an AFP correspondent at the scene", "according
to a Reuters reporter in Bamako" is the outlet (gold rule C2: unnamed people speaking for a named outlet are
that outlet), not a state inside the outlet's name ("Agence France-Presse": not France)."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

STAFF = frozenset("correspondent correspondents reporter reporters journalist journalists photographer "
                  "cameraman".split())
_REACH = 5  # words of the outlet's name


def staff_source(view: SentenceView, start: int) -> tuple[EntityRef, int, int] | None:
    """(the outlet, its first token, the token after the staff noun) of "a/an <Outlet> <staff noun>" at *start*,
    else None."""
    if start >= len(view.tokens) or view.lower[start] not in ("a", "an", "the"):
        return None
    noun = next((k for k in range(start + 2, min(start + 2 + _REACH, len(view.tokens))) if view.lower[k] in STAFF), None)
    if noun is None or not all(view.tokens[k].text[:1].isupper() or view.lower[k] == "-" for k in range(start + 1, noun)):
        return None
    mention = view.actor_at.get(start + 1)
    if mention is not None and mention.entity.kind == "organisation" and mention.last == noun:
        return mention.entity, start + 1, noun + 1
    found = source_name(view, start + 1, 1)
    return (found[0], found[1], noun + 1) if found is not None and found[2] == noun else None
