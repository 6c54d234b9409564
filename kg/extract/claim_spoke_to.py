"""Unnamed speakers who spoke to an outlet, before their speech verb: "Two diplomats who spoke to Reuters
said ...", "Officials speaking to the BBC said ...", "Former security chiefs who talked to AFP called the
order absurd" are the outlet's report (gold rule C2: unnamed sources who spoke to a named outlet are that
outlet), as "sources told Reuters" and "according to officials who spoke to Reuters" already are."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_SPOKE = frozenset("spoke speaking talked talking".split())
_STOPS = frozenset(". ; : that \" “ ” and but".split())
_REACH = 12  # the speakers, "who spoke to", the outlet and an aside ("on condition of anonymity") before the verb


@needs(lambda: _SPOKE)
def spoke_to_outlet(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb*: (the outlet the unnamed speakers before it spoke to, where the speakers start),
    or None when they are named, or the outlet is none the text names."""
    start = verb - 1
    while start > 0 and verb - start < _REACH and view.lower[start - 1] not in _STOPS | {","}:
        start -= 1  # the chunk holding the verb's subject
    for k in range(start + 1, verb - 2):
        if view.lower[k] not in _SPOKE or view.lower[k + 1] != "to":
            continue
        if not (view.lower[k - 1] == "who" or view.lower[k] == "speaking"):
            return None  # "Lavrov spoke to Xi by phone and said ...": the speaker spoke to someone, not an outlet
        speakers = range(start, k - (view.lower[k - 1] == "who"))
        if not speakers or any(x in view.actor_at and view.actor_at[x].entity.kind == "person" for x in speakers) \
                or not any(view.tokens[x].text.isalpha() and (x == 0 or view.tokens[x].text.islower()) for x in speakers):
            return None  # "Lula, who spoke to Reuters, said": a named speaker speaks himself
        at = k + 2 + (view.lower[k + 2] == "the" and k + 3 < verb)
        mention = view.actor_at.get(at)
        if mention is not None and mention.entity.kind == "person" and " " not in mention.entity.label:
            # "who spoke to Bloomberg said": a lone name before "said" read as a surname is the outlet
            name = view.tokens[mention.first].text
            outlet, end = EntityRef("organisation", slug(name), name), mention.last
        elif mention is not None:
            outlet = mention.entity if mention.entity.kind == "organisation" else None
            end = mention.last
        else:
            found = source_name(view, at, 1)
            outlet, end = (found[0], found[2]) if found is not None else (None, at)
        if outlet is None or any(x in view.actor_at for x in range(end, verb)):
            return None  # "officials who spoke to Kenya's president": no outlet; another actor before the verb
        return outlet, start
    return None
