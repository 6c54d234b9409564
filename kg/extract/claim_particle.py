""""Abu Dhabi brushed aside the allegation", "Moscow brushed off the report", "Islamabad cast doubt on
reports that ...", "Cairo poured cold water on the idea": a verb that rejects only with its particle or
idiom ("brushed past reporters", "cast a vote" say nothing)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_PARTICLES = {"brushed": ("aside", "off"), "cast": ("doubt",), "casts": ("doubt",), "poured": ("cold",),
              "pours": ("cold",)}  # "cast doubt on reports that ...", "poured cold water on the idea"


def missing_particle(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* one that speaks only with a particle, and without it here?"""
    particles = _PARTICLES.get(view.lower[j])
    return particles is not None and view.lower[j + 1:j + 2] not in [(p,) for p in particles]
