"""Places: cities, seas, straits and regions, and the cities that capitals name.

General resources, never one article's facts: the cities of 15,000+ inhabitants of GeoNames
(``kg/data/cities.tsv``, see ``scripts/build_names_places.py``) and a small rule file of seas,
straits and macro-regions (``kg/rules/places.toml``). A city name is a place

* after a locative preposition ("talks in Stockholm", "flew to Miami"), or in a list of places
  started by one ("in Stockholm and Miami");
* in a dateline, upper case at the start of a paragraph ("HAVANA —", "MIAMI, Florida —");
* anywhere when it is a large city (100,000+) whose name is neither an English word nor a
  given name or surname ("Stockholm + Miami"), so "Mobile", "Split" or "Jackson" need a cue.

Seas, straits and regions are places wherever they are written capitalised ("Arctic energy
cooperation", "the Arabian Sea"); a longer name wins over a state inside it ("Gulf of Mexico").

Two readings are kept beside the mentions (the "inner" places), because the word also names a
city while the mention stays what the fact extractors need: a capital standing for its state
("Tehran said", "aid to Tehran", "a metro in Havana") is the state's mention, and the city it
names is a place; so is the city in the name of an event ("the Munich Security Conference").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import ExtractionError
from kg.extract.gazetteer import PACKAGE, RULES_DIR, slug
from kg.extract.names import NOT_PERSON_WORDS, is_english_word, name_lists
from kg.extract.speech_verbs import SAID_SAYS
from kg.model import EntityRef, Mention, Sentence

CITIES_FILE = PACKAGE / "data" / "cities.tsv"
BIG_CITY = 100_000
LOCATIVE = frozenset("in at near from to outside inside around across toward towards into via through off "
                     "between within".split())
# "according to Jackson", "a letter from Lincoln": a city named like a person needs a place preposition
_STRICT_LOCATIVE = frozenset("in at near outside inside around across into via through within".split())
_VISITED = frozenset("visited visiting toured touring".split())  # "Lula visited Shanghai": a city visited
_LIST_JOINERS = frozenset(["and", "or", ",", "+", "&", "/"])
_DASHES = frozenset(["—", "–", "-", "--", ",", "("])
_EVENT_NOUNS = frozenset("Conference Summit Forum Dialogue Talks Process Format Agreement Accords Accord Protocol "
                         "Declaration Charter Convention Games Olympics Congress Meeting".split())
_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?|[^\w\s]")


@dataclass(frozen=True)
class PlaceEntry:
    key: str
    label: str
    kind: str  # city, sea, strait, region
    population: int = 0
    country: str = ""
    qid: str | None = None  # from the rule file, where checked


@dataclass(frozen=True)
class PlaceGazetteer:
    """Place names by their first token: for each length of name in tokens, longest first, the entry of
    each name of that length (the first listed, where two share a name)."""

    by_first: dict[str, tuple[tuple[int, dict[tuple[str, ...], PlaceEntry]], ...]]
    city_names: frozenset[str]

    def lookup(self, words: list[str], i: int) -> tuple[int, PlaceEntry] | None:
        """The longest place name starting at *words[i]*: (end index, entry)."""
        for size, names in self.by_first.get(words[i], ()):  # one slice of the words per length
            entry = names.get(tuple(words[i:i + size]))
            if entry is not None:
                return i + size, entry
        return None


def name_tokens(name: str) -> tuple[str, ...]:
    return (name,) if name.isalpha() else tuple(_TOKEN.findall(name))


@lru_cache(maxsize=1)
def load_places() -> PlaceGazetteer:
    """Read the packaged city list and place rules (cached)."""
    table: dict[str, list[tuple[tuple[str, ...], PlaceEntry]]] = {}
    try:
        rules = tomllib.loads((RULES_DIR / "places.toml").read_text(encoding="utf-8"))
        lines = CITIES_FILE.read_text(encoding="utf-8").splitlines()
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"Place gazetteer files are unreadable: {err}") from None
    seen: set[str] = set()
    for key, value in rules["place"].items():
        entry = PlaceEntry(key, value["label"], value["kind"], country=value.get("country", ""), qid=value.get("qid"))
        for form in (value["label"], *value.get("forms", ())):
            table.setdefault(name_tokens(form)[0], []).append((name_tokens(form), entry))
            seen.add(form)
    cities: set[str] = set()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    next(rows, None)  # the header: name, ascii, country, population, geonameid, alternates
    for name, ascii_name, country, population, _, *alternates in rows:  # most populous first: a name means its
        # largest city, and so does an English spelling of it ("Odessa" is Odesa, "Basra" is Basrah)
        spellings = [(name, name), (ascii_name, ascii_name)]
        spellings += [(alt, alt) for alt in (alternates[0].split("|") if alternates and alternates[0] else ())]
        for form, label in spellings:
            if form in seen or not form[:1].isupper():
                continue
            seen.add(form)
            cities.add(form)
            tokens = name_tokens(form)
            table.setdefault(tokens[0], []).append((tokens, PlaceEntry("", label, "city", int(population), country)))
    return PlaceGazetteer({first: _by_length(names) for first, names in table.items()}, frozenset(cities))


def _by_length(names: list[tuple[tuple[str, ...], PlaceEntry]]) -> tuple[tuple[int, dict[tuple[str, ...], PlaceEntry]], ...]:
    """The names that start with one token, grouped by their length in tokens, longest first; a name listed
    twice keeps its first entry."""
    by_length: dict[int, dict[tuple[str, ...], PlaceEntry]] = {}
    for tokens, entry in names:
        by_length.setdefault(len(tokens), {}).setdefault(tokens, entry)
    return tuple(sorted(by_length.items(), reverse=True))


def place_ref(entry: PlaceEntry) -> EntityRef:
    if entry.kind == "city":
        return EntityRef("place", slug(entry.label), entry.label, country=entry.country or None)
    return EntityRef("place", entry.key, entry.label, entry.qid, country=entry.country or None)


def _ambiguous(name: str) -> bool:
    """A city name that is also an English word or a personal name needs a cue to be a place."""
    given, surnames = name_lists()
    return is_english_word(name) or name in given or name in surnames


def _cued(words: list[str], lower: list[str], i: int, end: int, found: list[Mention], *, strict: bool) -> bool:
    cues = _STRICT_LOCATIVE if strict else LOCATIVE
    if strict and end < len(words) and words[end] in ("'s", "’s"):
        return False  # "in Jackson's view"
    if i > 0 and (lower[i - 1] in cues or lower[i - 1] in _VISITED):
        return True  # "talks in Jackson", "visited Shanghai"
    if i > 1 and lower[i - 1] == "the" and lower[i - 2] in cues and end - i > 1:
        return True
    # "in Stockholm and Miami": a list of places started by a locative cue
    return i > 1 and lower[i - 1] in _LIST_JOINERS and bool(found) and found[-1].last == i - 1


def find_places(sentence: Sentence, mentions: list[Mention], *, paragraph_start: bool = False
                ) -> tuple[list[Mention], list[Mention], set[Mention]]:
    """Place mentions of one sentence, the inner places, and the state mentions that a
    longer place name contains (to be dropped: "Gulf of Mexico" is no mention of Mexico)."""
    gazetteer = load_places()
    tokens = sentence.tokens
    # only a capitalised word that opens a gazetteer name (or a paragraph's first word) can start a place
    starts = [j for j in sentence.capitalised if tokens[j].text in gazetteer.by_first or (paragraph_start and j == 0)]
    if not mentions and not starts:
        return [], [], set()
    words = [t.text for t in tokens] if starts else []  # most sentences name states but no place
    lower = list(sentence.lowers) if starts else []
    taken = {i: m for m in mentions for i in range(m.first, m.last)} if starts else {}
    found: list[Mention] = []
    inner: list[Mention] = []
    dropped: set[Mention] = set()
    i = 0
    for start in starts:
        if start < i:
            continue
        i = start
        word = words[i]
        dateline = paragraph_start and i == 0 and word.isupper() and len(word) > 2
        hit = gazetteer.lookup(words, i)
        if hit is None and dateline:
            titled = [w.title() for w in words]
            hit = gazetteer.lookup(titled, i)
            if hit and not (hit[0] < len(words) and words[hit[0]] in _DASHES):
                hit = None
        if hit is None:
            i += 1
            continue
        end, entry = hit
        inside = {taken[j] for j in range(i, end) if j in taken}
        if inside:
            whole = any(m.first == i and m.last == end for m in inside)  # "Mexico City" as the capital itself
            if entry.kind == "city" and whole or end - i < 2 or any(m.first < i or m.last > end for m in inside) \
                    or any(m.entity.kind != "state" for m in inside):
                i += 1
                continue
            dropped |= inside  # "Gulf of Mexico", "Port Sudan": a longer place, not a mention of the state
        if entry.kind == "city" and entry.label in NOT_PERSON_WORDS:
            i = end  # "in March", "on Sunday": no town of that name
            continue
        if end - i == 1 and entry.kind != "city" and (
                (end < len(tokens) and words[end][:1].isupper() and words[end].isalpha())
                or (i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and (i - 1) not in taken
                    and (i > 1 or not is_english_word(words[i - 1])))):
            i = end  # "Nikkei Asia", "Arctic Council", "Asia Times": part of another name
            continue
        if entry.kind == "city" and not dateline:
            if end < len(tokens) and words[end][:1].isupper() and words[end].isalpha():
                i = end  # "Miami Dolphins", "Stockholm International Peace Research Institute"
                continue
            if i > 0 and (i - 1) not in taken and words[i - 1] in name_lists()[0] \
                    and not (i > 1 and lower[i - 2] in LOCATIVE):
                i = end  # "Rosa Villavicencio", "Maria Cordoba": a surname after a given name, not a town
                continue
            if end < len(tokens) and lower[end] in SAID_SAYS and not (i > 0 and lower[i - 1] in LOCATIVE | {"the"}):
                i = end  # "Villavicencio said": a town does not speak, its namesake does
                continue
            ambiguous = _ambiguous(sentence.text[tokens[i].start - sentence.start:tokens[end - 1].end - sentence.start])
            big = entry.population >= BIG_CITY and not ambiguous
            # a large city named like a person needs a cue, but "to" and "from" do ("sent tents to Goma"; not
            # "according to Jackson")
            loose = ambiguous and entry.population >= BIG_CITY and not (i > 1 and lower[i - 2] == "according")
            if not (big or _cued(words, lower, i, end, found, strict=ambiguous and not loose)):
                i = end
                continue
        found.append(_mention(sentence, i, end, place_ref(entry)))
        i = end
    for mention in mentions:
        if mention not in dropped:
            inner.extend(_inner_places(sentence, mention, gazetteer))
    return found, inner, dropped


def _inner_places(sentence: Sentence, mention: Mention, gazetteer: PlaceGazetteer) -> list[Mention]:
    """The city a capital names, or the city an event is named after."""
    if mention.entity.kind == "state" and mention.how == "capital" and mention.text in gazetteer.city_names:
        return [Mention(mention.start, mention.end, mention.text, mention.sentence, mention.first, mention.last,
                        EntityRef("place", slug(mention.text), mention.text, country=_iso(mention.entity.key)),
                        "capital")]
    if mention.entity.kind == "organisation" and mention.last - mention.first >= 2 \
            and sentence.tokens[mention.last - 1].text in _EVENT_NOUNS:
        hit = gazetteer.lookup([t.text for t in sentence.tokens], mention.first)
        if hit and hit[1].kind == "city" and hit[0] < mention.last:
            return [_mention(sentence, mention.first, hit[0], place_ref(hit[1]), how="venue")]
    return []


def _iso(key: str) -> str | None:
    return key if len(key) == 2 and key.isalpha() and key.isupper() else None


def _mention(sentence: Sentence, first: int, last: int, ref: EntityRef, how: str = "name") -> Mention:
    start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
    return Mention(start, end, sentence.text[start - sentence.start:end - sentence.start], sentence.index, first,
                   last, ref, how)
