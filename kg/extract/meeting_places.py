"""Where a meeting took place, from the place mentions of its clause (see :mod:`kg.extract.places`).

First that applies, within the meeting's clause:

* a capital or seat of government after "in", "to" or "at" ("talks in Beijing", "at the
  Kremlin"): the capital city;
* a city the place gazetteer found after a locative word ("in Kazan", "at a hotel in New York",
  "near Aqaba"), the city as the gazetteer spells it;
* the city an event is named after ("at the Munich Security Conference": Munich);
* any other capitalised words after "in" or "to" that no mention claims ("in Odesa", "in New
  York" when the gazetteer lacks the town or spells it otherwise).

Calls take ``virtual`` (decided by the caller). Seas and regions are no meeting place.
"""

from __future__ import annotations

from kg.extract.places import LOCATIVE
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an his her their its""".split()
)
# "at a hotel in New York", "on the sidelines of the summit in Kazan": up to this many words
# between the locative word and the city
_GAP = 4
_GAP_WORDS = frozenset("the a an hotel palace residence resort city town port capital venue sidelines summit border "
                       "talks forum conference of seaside coastal southern northern eastern western".split())


_SETTING_NOUNS = frozenset("capital city town port resort".split())


def _setting(view: SentenceView, first: int) -> int:
    """Where the words that set a place's name in its state start, *first* if there are none: "in the Somali capital
    Mogadishu", "in the Somali capital, Mogadishu", "in the southern Turkish city of Antalya" (a demonym and a noun
    of settlement, over "the", "of", a comma and a few setting words)."""
    j, noun = first - 1, False
    if j >= 0 and view.lower[j] in (",", "of"):
        j -= 1
    while j >= 0 and view.lower[j] in _SETTING_NOUNS:
        noun, j = True, j - 1
    if not noun:
        return first
    while j >= 0 and (view.lower[j] in _GAP_WORDS - {"the", "a", "an", "of"} or (
            j in view.actor_at and view.actor_at[j].how == "demonym")):
        j -= 1
    return j + 1 if j >= 0 and view.lower[j] == "the" else first


def _capital(view: SentenceView, c_first: int, c_last: int) -> tuple[EntityRef, set[int]] | None:
    """"talks in Beijing", "a meeting at the Kremlin", "visited Ankara", "flew into Algiers", "in the Kazakh
    capital Astana": the
    capital's city (a seat of government stands for the state's capital city: the Kremlin is in Moscow)."""
    for mention in view.state_in(c_first, c_last):
        j = _setting(view, mention.first) - 1
        if j >= 0 and view.lower[j] == "the":
            j -= 1
        if mention.how != "capital" or j < 0 or (view.lower[j] not in ("in", "to", "at", "into")
                                                 and view.lemmas[j] not in ("visit", "tour")):
            continue  # "talks in Beijing", "will visit Washington next week to meet Trump"
        city = _city_of(mention)
        if city is not None:
            return EntityRef("place", city.lower().replace(" ", "-"), city), set(range(
                _setting(view, mention.first), mention.first + 1))  # "the Omani capital Muscat": no side
    return None


def _seat(view: SentenceView, c_first: int, c_last: int) -> tuple[EntityRef, set[int]] | None:
    """"a meeting of NATO defence ministers in Brussels": a city that stands for a body elsewhere ("Brussels
    said" is the EU) is a place after "in" or "at"."""
    from kg.extract.places import load_places

    for mention in view.state_in(c_first, c_last):
        if mention.entity.kind == "organisation" and mention.first > 0 and view.lower[mention.first - 1] in ("in", "at") \
                and mention.text in load_places().city_names:
            return EntityRef("place", mention.text.lower().replace(" ", "-"), mention.text), {mention.first}
    return None


def _city_of(mention: Mention) -> str | None:
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.places import load_places

    cities = load_places().city_names
    if mention.text in cities:
        return mention.text
    try:
        capitals = load_gazetteer().state(mention.entity.key).capitals
    except KeyError:
        return None
    return next((c for c in capitals if c in cities), None)


def _located(view: SentenceView, place: Mention, places: list[Mention]) -> bool:
    """Is a locative word right before the place, or a few setting words before it ("in the port of",
    "in the Black Sea resort of")?"""
    other = {i for p in places if p is not place for i in range(p.first, p.last)}
    j, words = _setting(view, place.first) - 1, 0
    while j >= 0 and words < _GAP and (view.lower[j] in _GAP_WORDS or j in other):
        if j not in other or j - 1 not in other:
            words += 1
        j -= 1
    return j >= 0 and view.lower[j] in LOCATIVE and view.lower[j] not in ("from", "between")


def meeting_place(view: SentenceView, c_first: int, c_last: int, places: list[Mention]
                  ) -> tuple[EntityRef | None, set[int]]:
    """The place of a meeting in the clause [c_first, c_last), and the token positions it takes.

    *places* are the sentence's place mentions and inner places (venues, capitals' cities).
    """
    capital = _capital(view, c_first, c_last) or _seat(view, c_first, c_last)
    if capital is not None:
        return capital
    inside = [p for p in places if c_first <= p.first and p.last <= c_last]
    for place in inside:
        if place.how == "name" and place.entity.country is not None and _located(view, place, places):
            return place.entity, set(range(_setting(view, place.first), place.last))  # "the Omani capital": no side
    for place in inside:
        if place.how == "venue":
            return place.entity, set(range(place.first, place.last))
    claimed = {i for p in places for i in range(p.first, p.last)} | set(view.actor_at)
    for j in range(c_first, c_last - 1):
        if view.lower[j] not in ("in", "to"):
            continue
        end = j + 1
        while end < c_last and end - j <= 3 and _word(view, end, claimed):
            end += 1  # "in New York", "in Rio Grande"
        if end > j + 1 and end in view.actor_at and view.actor_at[end].entity.kind == "person":
            continue  # "Gratitude to President Putin": a title, no place
        if end > j + 1:
            name = " ".join(t.text for t in view.tokens[j + 1:end])
            return EntityRef("place", name.lower().replace(" ", "-"), name), set(range(j + 1, end))
    return None, set()


def _word(view: SentenceView, i: int, claimed: set[int]) -> bool:
    text = view.tokens[i].text
    return text[:1].isupper() and text.isalpha() and i not in claimed and view.lower[i] not in _NOT_PLACES


def country_place(view: SentenceView, c_first: int, c_last: int, parties: tuple[EntityRef, ...]) -> EntityRef | None:
    """"on the sidelines of the G7 summit in Italy", "a peace summit in Switzerland": where the text names
    only the country an event was held in, the country (not one of the parties: "talks in Russia" with Russia
    is its own side; "in Russia's Far East" names a region)."""
    for mention in view.state_in(c_first, c_last):
        if mention.entity.kind == "state" and mention.how == "name" and mention.entity not in parties \
                and mention.first > 0 and view.lower[mention.first - 1] == "in" and not view.possessive(mention):
            return EntityRef("place", mention.text.lower().replace(" ", "-"), mention.text)
    return None


def where_place(view: SentenceView, c_first: int, places: list[Mention]) -> tuple[EntityRef | None, set[int]]:
    """The place a ", where ..." clause starting at *c_first* refers to: the city or capital right before the
    comma, after a preposition or a verb of visiting ("arrived from Bangkok, where he had attended the summit",
    "visited Shanghai, where he met Li": Bangkok, Shanghai); else the
    place of the words before, as :func:`meeting_place` finds it."""
    end = c_first - 1 if c_first > 0 and view.lower[c_first - 1] == "," else c_first
    for mention in (*view.state_in(0, end), *places):
        if mention.last == end and mention.first > 0 and (view.lower[mention.first - 1] in ("from", "to", "in", "at")
                                                          or view.lemmas[mention.first - 1] in ("visit", "tour")):
            city = _city_of(mention) if mention.entity.kind == "state" and mention.how == "capital" else \
                mention.text if mention.entity.kind == "place" else None
            if city is not None:
                return EntityRef("place", city.lower().replace(" ", "-"), city), set(range(mention.first, mention.last))
    return meeting_place(view, 0, c_first, places)
