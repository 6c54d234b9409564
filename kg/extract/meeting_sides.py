"""The sides of a meeting the text does not name by person (README M2): a state meeting through unnamed
officials ("held talks with US officials"), the state of an unnamed minister ("Spain's defence minister met
her Moroccan counterpart"), and a body whose members meet ("Foreign ministers of ASEAN met")."""

from __future__ import annotations

from kg.extract.gazetteer import load_gazetteer
from kg.extract.meeting_cues import delegation
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef, Mention, Sentence

_OFFICIALS = frozenset("minister ministers president premier chancellor secretary king emir leader leaders envoy "
                       "ambassador officials official delegation diplomats negotiators prime foreign defence defense "
                       "finance trade interior".split())
_MULTILATERAL = frozenset(("summit", "conference", "councilSession"))
_HELD = frozenset("hold meet sit gather convene negotiate".split())  # "has been negotiating with"
_MEDIA = frozenset("phone telephone video".split())
_OPENED = frozenset("open begin resume end conclude wrap complete start launch engage".split())  # "opened talks with the IMF",
# "ended two days of talks in London", not "gas began flowing"


def official(view: SentenceView, at: int) -> bool:
    """An office word just after token *at* ("Spain's defence minister", "the Spanish foreign minister")."""
    k = at + (at < len(view.tokens) and view.tokens[at].text in ("'s", "’s"))
    return any(view.lower[j] in _OFFICIALS for j in range(k, min(k + 3, len(view.tokens))))


def other_side(view: SentenceView, people: tuple[EntityRef, ...], counterparts: list[EntityRef],
               clause: tuple[int, int], at: int) -> tuple[EntityRef, ...]:
    """*people* with the side the text names only by state: the states of unnamed officials met by one person
    ("Rubio held talks with Chinese officials"), or the state of the unnamed official who met a counterpart."""
    c_first, c_last = clause
    if len(people) == 1 and people[0].kind == "person":
        met = [m.entity for m in view.state_in(at, c_last) if m.entity.kind == "state" and delegation(view, m)
               and not reporting(view, m)]  # not ", a State Department official said"
        # "Qatar's prime minister met Witkoff", "The Saudi foreign minister held talks with Araqchi": the unnamed
        # office holder's state is the subject side
        return unique([*_shared_subject(view, people, c_first, at), *unnamed_subject(view, c_first, c_last), *people,
                       *met])
    if len(people) >= 2 and all(p.kind == "person" for p in people):
        # "Rubio was joined by Waltz at talks with Saudi officials": the officials' state meets them all
        met = [m.entity for m in view.state_in(at, c_last) if m.entity.kind == "state" and delegation(view, m)
               and not reporting(view, m) and m.first > 0 and view.lower[m.first - 1] == "with"]
        return unique([*unnamed_subject(view, c_first, c_last), *people, *met])
    if len(people) == 1 and people[0] in counterparts:
        own = [m.entity for m in view.actors_in(c_first, at) if m.entity.kind == "state"
               and m.entity != people[0] and official(view, m.last)]
        return unique([*own[:1], *people])
    return people


def unnamed_subject(view: SentenceView, c_first: int, c_last: int) -> list[EntityRef]:
    """The state or body whose unnamed officials are the subject of a meeting verb before the two or more persons
    the clause names ("World Bank officials met Mbadi and Wetang'ula", "An IMF mission arrived and met X and Y"):
    the persons are the hosts, one side, and the officials' state or body the other (M2); none where the
    officials only report ("according to Indian officials") or no verb of meeting stands between them and the
    first person."""
    first = min((m.first for m in view.actors if m.entity.kind == "person" and c_first <= m.first < c_last),
                default=None)
    if first is None:
        return []
    return [m.entity for m in view.actors if c_first <= m.first < first and m.entity.kind in ("state", "organisation")
            and not armed(m.entity) and delegation(view, m) and not reporting(view, m) and not view.in_pp(m)
            and "according" not in view.lower[max(0, m.first - 4):m.first]
            and any(view.lemmas[j] in _MEETS for j in range(m.last, first))][:1]


_MEETS = frozenset("meet receive host visit speak talk phone telephone call welcome greet confer".split())


_MODALS = frozenset("may might will would could also later then is was due to expected set".split())


def reporting(view: SentenceView, mention: Mention) -> bool:
    """The unnamed official reports the meeting: a speech verb within three words after the mention."""
    return any(view.lower[j] in SAID_SAYS for j in range(mention.last, min(mention.last + 4, len(view.tokens))))


def _shared_subject(view: SentenceView, people: tuple[EntityRef, ...], c_first: int, at: int) -> list[EntityRef]:
    """"Blinken is due in Beijing for talks with Wang, and may also meet President Xi": the verb after "and"
    shares the sentence's subject, the first person named."""
    k = next((j for j in range(max(0, c_first - 1), at) if view.lower[j] == "and"), None)
    if k is None or not all(view.lower[j] in _MODALS for j in range(k + 1, at - 1)) or k + 1 >= at:
        return []
    subject = next((m.entity for m in sorted(view.actors, key=lambda m: m.first)
                    if m.entity.kind == "person" and m.first < k), None)
    return [subject] if subject is not None and subject not in people else []


def held(view: SentenceView, first: int, last: int) -> bool:
    """The clause says the meeting took place: "held talks", "met", "sat down", "Talks between X and Y took place",
    "is in talks with"."""
    lemmas, words = view.lemmas[first:last], view.lower[first:last]
    return bool(_HELD & set(lemmas)) or "between" in words or any(
        (lemma == "take" and words[i + 1:i + 2] == ("place",)) or words[i:i + 3] == ("in", "talks", "with")
        or (lemma in _OPENED and "talks" in words[i + 1:i + 6] and not {",", ";", "and"} & set(words[i + 1:i + 6]))
        or (lemma in ("speak", "talk") and not _MEDIA.isdisjoint(words[i + 1:i + 4]))  # "spoke by phone"
        for i, lemma in enumerate(lemmas))  # "took place", "is in talks with", "began talks", "ended two days of talks"


def met_bodies(view: SentenceView, first: int, last: int) -> tuple[EntityRef, ...]:
    """The organisations a state holds talks with: "Egypt opened talks with the International Monetary Fund"."""
    return unique(m.entity for m in view.actors_in(first, last) if m.entity.kind == "organisation"
                  and m.first > 0 and "with" in view.lower[max(0, m.first - 2):m.first])


def armed(entity: EntityRef) -> bool:
    """Is *entity* a non-state armed group (organisations.toml, armed = true)?"""
    return entity.key in load_gazetteer().armed_groups


def bodies(view: SentenceView, kind: str, first: int, last: int) -> tuple[EntityRef, ...]:
    """A summit, conference or council session with no person named: the organisations whose members meet."""
    if kind not in _MULTILATERAL:
        return ()
    return unique(m.entity for m in view.actors_in(first, last)
                  if m.entity.kind == "organisation" and not armed(m.entity))


def named_body(view: SentenceView, first: int, last: int, kind: str) -> EntityRef | None:
    """The organisation a summit, conference or council session is of: "the G20 summit", "a NATO ministers'
    meeting", "the summit of the African Union"."""
    if kind not in _MULTILATERAL:
        return None
    for j in range(first - 1, max(-1, first - 4), -1):
        if j in view.actor_at:
            m = view.actor_at[j]
            return m.entity if m.entity.kind == "organisation" else None
        if view.lower[j] in (",", ";", "and", "with", "by"):
            break
    if last + 1 < len(view.tokens) and view.lower[last] == "of":
        k = last + 1 + (view.lower[last + 1] == "the")
        if k in view.actor_at and view.actor_at[k].entity.kind == "organisation":
            return view.actor_at[k].entity
    return None


def leaders(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> frozenset[EntityRef]:
    """Persons the text calls a state's leader ("North Korean leader Kim Jong Un", "Russia's leader, Vladimir
    Putin"): heads of state or government for M3, though "leader" is no office title."""
    tokens = {s.index: s.tokens for s in sentences}
    states = {(m.sentence, m.last) for m in mentions if m.entity.kind == "state"}
    found = set()
    for m in mentions:
        if m.entity.kind != "person" or m.sentence not in tokens:
            continue
        k = m.first - 1 - (m.first > 0 and tokens[m.sentence][m.first - 1].text == ",")
        if k >= 1 and tokens[m.sentence][k].lower == "leader" and (
                (m.sentence, k) in states or tokens[m.sentence][k - 1].text in ("'s", "’s")):
            found.add(m.entity)
    return frozenset(found)


def separately(view: SentenceView, c_first: int, c_last: int) -> bool:
    """"Erdogan met separately with Pezeshkian and Putin", "held separate talks with": one meeting with each
    person named (M4), not one of all three."""
    at = next((j for j in range(c_first, c_last) if view.lower[j] in ("separately", "separate")), None)
    if at is None:
        return False
    # "Lamola and Ramokgopa, who will meet Abdulaziz separately": apart from the others, with one person
    verb = next((j for j in range(at, c_first - 1, -1) if view.lemmas[j] in _HELD), at)
    after = {m.entity for m in view.actors if verb < m.first < c_last and m.entity.kind == "person"}
    return not (view.lower[at] == "separately" and len(after) < 2)


def separate_pairs(view: SentenceView, verb: int, participants: tuple[EntityRef, ...]
                   ) -> list[tuple[EntityRef, EntityRef]]:
    """The meetings of "met separately with" / "spoke with ... and with ...": the first participant with each
    other one; but where two or more of them are named before the verb at *verb* ("Vucic and Kurti met
    separately with Kallas", "Merz and Macron held separate talks with Zelensky"), each of those with each
    one named after it."""
    before = {m.entity for m in view.actors if m.first < verb and m.entity.kind == "person"}
    subjects = [p for p in participants if p in before]
    objects = [p for p in participants if p not in before]
    if len(subjects) >= 2 and objects:
        return [(s, o) for s in subjects for o in objects]
    return [(participants[0], other) for other in participants[1:]]


def pair_date(view: SentenceView, other: EntityRef, dates: list[tuple[int, str]], default: str | None) -> str | None:
    """The date of one of several meetings told together ("spoke by phone with Vucic on Friday and with Kurti on
    Saturday"): the first of *dates* (offsets in the sentence) between the mention of *other* and the next
    person named; *default*, the date of them all, where none is."""
    named = [m for m in view.actors if m.entity == other]
    if not named:
        return default
    base = view.sentence.start
    start = view.tokens[named[0].first].start - base
    end = min((view.tokens[m.first].start - base for m in view.actors
               if m.entity.kind == "person" and m.first > named[0].first and m.entity != other),
              default=len(view.sentence.text))
    return next((value for offset, value in dates if start <= offset < end), default)
