""""China hosted talks between Saudi and Iranian officials", "Kenya will host a summit of East African
leaders": where what is hosted is itself named as talks, a summit or a conference, that event gives the
meeting's kind (M3), not "host" read as a visit."""

from __future__ import annotations

from kg.extract.view import SentenceView

_EVENTS = frozenset("talks meeting meetings summit summits conference conferences forum session negotiations "
                    "consultations dialogue round".split())


def hosted_event(view: SentenceView, hit: tuple[int, int, str]) -> bool:
    """Whether a "host" trigger at *hit* names an event hosted within the next four words."""
    first, last, kind = hit
    if kind != "visit" or view.lemmas[first] != "host":
        return False
    return any(view.lower[j] in _EVENTS for j in range(last, min(last + 4, len(view.tokens))))
