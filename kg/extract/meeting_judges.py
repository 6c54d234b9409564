"""Two checks of a meeting's clause moved out of :mod:`kg.extract.events`: the verbs by which someone judges
what others did ("criticised X for meeting Y": the critic takes no part), and a host met in person where the
text names no place ("thanked Putin for hosting him", "paid a visit to President Erdogan")."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.event_rules import rules as _rules
from kg.extract.view import SentenceView


@lru_cache(maxsize=1)
def claim_verbs() -> frozenset[str]:
    """Verbs that judge what someone did ("criticised X for meeting Y", "praised")."""
    claim, triggers = _rules()["claim"], [t for t in _rules()["meeting"]["triggers"] if " " not in t and len(t) > 3]
    # "welcomed Kim" is itself a meeting
    return frozenset(w for w in [*claim["opposes"], *claim["supports"]] if not any(w.startswith(t) for t in triggers))


def hosted_in_person(view: SentenceView, c_first: int, c_last: int) -> bool:
    """"thanked Putin for hosting him", "paid a visit to President Erdogan", "told visiting Prime Minister
    Anthony Albanese", "visited Armenia at the invitation of Prime Minister Nikol Pashinyan": a host or a guest
    in person, place untold."""
    def person_in(first: int, last: int) -> bool:
        return any(k in view.actor_at and view.actor_at[k].entity.kind == "person" for k in range(first, last))

    return any(view.lemmas[j] == "host"
               or view.lower[j] == "visit" and view.lower[j + 1] == "to" and person_in(j + 2, min(j + 5, c_last))
               or view.lower[j] == "visiting" and person_in(j + 1, min(j + 5, c_last))
               or view.lower[j] == "invitation" and view.lower[j + 1] == "of" and person_in(j + 2, min(j + 6, c_last))
               for j in range(c_first, c_last - 2))
