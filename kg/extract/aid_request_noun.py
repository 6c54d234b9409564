"""A request named as a noun, still open: "Ankara is considering Libya's request for armed drones",
"Berlin has received a request from Kyiv for more Patriot systems". The asker (owner, demonym or
"from X") would get the goods after "for"; the clause's subject is the party asked. A request not
yet answered is "unspecified" (README A3); a request for talks or time names no goods."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_REQUESTS = frozenset("request requests".split())
_ENTRY = Entry(("request",), "receive", "unspecified")
_STOPS = frozenset(". , ; : and but which that who because while".split())
_FILLERS = frozenset("a an the more further additional extra new".split())
_NOT_GOODS = frozenset("talks permission approval consent meeting meetings clarification information time "
                       "extradition asylum help".split())


def request_noun_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """The unspecified flow of a request noun at *at* with an asker and goods after "for", if any."""
    n = len(view.tokens)
    if view.lower[at] not in _REQUESTS or at == 0:
        return None
    askers: tuple = ()
    before = at - 1
    if before in view.actor_at and (view.actor_at[before].how == "demonym"):
        askers = (view.actor_at[before].entity,)  # "a Ukrainian request"
    elif view.lower[before] in ("'s", "’s") and before - 1 in view.actor_at:
        askers = (view.actor_at[before - 1].entity,)  # "Libya's request"
    k = at + 1
    if not askers and k + 1 < n and view.lower[k] == "from" and k + 1 in view.actor_at:
        askers = (view.actor_at[k + 1].entity,)  # "a request from Kyiv"
        k = view.actor_at[k + 1].last
    if not askers or k >= n or view.lower[k] != "for":
        return None
    end = k + 1
    while end < n and view.lower[end] not in _STOPS:
        end += 1
    words = [w for w in view.lower[k + 1:end] if w not in _FILLERS]
    if not words or words[0] in _NOT_GOODS \
            or not load_lexicon().categorise([t.text for t in view.tokens[k + 1:min(end, k + 5)]])[0]:
        return None  # "a request for talks on the nuclear programme": no goods asked for
    asked, subject_at = view.subject(at)
    donors = unique(d for d in asked if d not in askers)
    if not donors:
        return None
    return Frame(_ENTRY, at, at + 1, donors, [(k + 1, end, askers)], "unspecified",
                 subject_at if subject_at is not None else at, end)
