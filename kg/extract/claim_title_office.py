""""The Prime Minister's Office said", "Israel's prime minister's office said", "the Israeli president's
office said": the office of a head named by title only is a body of its own (gold rule C2: the
institution), as "Keir Starmer's office" is when the head is named. A capitalised name is kept as written;
a lower-case one is named with its state's demonym, as ministries are ("Israeli prime minister's office")."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.institutions import demonym_of
from kg.extract.view import SentenceView
from kg.model import EntityRef

HEAD_TITLES = (("prime", "minister"), ("president",), ("premier",), ("chancellor",))
_GAP = frozenset("has have had also on monday tuesday wednesday thursday friday saturday sunday earlier later "
                 "again".split())


@needs("office")
def title_office(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "<title>'s office": (the office, where its name starts), or None."""
    k = verb - 1
    while k > 0 and view.lower[k] in _GAP and view.tokens[k].text.islower():
        k -= 1
    if k < 3 or view.lower[k] != "office" or view.lower[k - 1] not in ("'s", "’s"):
        return None
    title = next((t for t in HEAD_TITLES if tuple(view.lower[k - 1 - len(t):k - 1]) == t), None)
    if title is None:
        return None
    start = k - 1 - len(title)
    words = [view.tokens[x].text for x in range(start, k + 1)]
    name = " ".join(words[:-2]) + words[-2] + " " + words[-1]  # "Prime Minister's Office"
    before = view.actor_at.get(start - 1)
    if before is None and start > 0 and view.lower[start - 1] in ("'s", "’s"):
        before = view.actor_at.get(start - 2)
    if before is not None and before.entity.kind == "state" and before.last >= start - 1:
        demonym = demonym_of(before.entity.key)  # "Israel's prime minister's office", "the Israeli ..."
        if demonym is None:
            return None
        name = f"{demonym} {name.lower()}"
        return EntityRef("organisation", slug(name), name), before.first
    if before is not None or start == 0 or view.lower[start - 1] != "the" or not view.tokens[k].text[:1].isupper():
        return None  # a person's or a lower-case office with no state: read elsewhere, or not at all
    return EntityRef("organisation", slug(name), name), start - 1
