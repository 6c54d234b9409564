"""A state named again by a description: "Cuba faces blackouts. Mexico has sent crude to the island",
"Ukraine's air defences are stretched. Berlin will send the country another Patriot system", "Romania now
supplies most of the country's electricity", "$4 billion in credit lines to the island nation", "France is
Morocco's closest partner. Paris sold it 24 Rafale jets".

Only where a getter stands (after "to", "for", "into", "of", or right after a give verb): "the country"
as a subject is the speaker's own state and is read elsewhere (SentenceView.pronoun_subject). The
description stands for the state named last before it in its own sentence, else for the state the report
names most when it is among those named in the two sentences before, else for the state named last there;
never for the subject of its own clause (that one gives: "Mexico has sent crude to the island") and never
for a demonym ("expelled French troops" names no state the text goes on about).
"""

from __future__ import annotations

from kg.extract.aid_cities import city_states
from kg.extract.aid_people_in import people_in_states
from kg.extract.aid_institution_of import institutions_of_states
from kg.extract.aid_blocs import bloc_mentions
from kg.extract.state_kinds import kind_fits, region_words
from kg.extract.view import ranked_states
from kg.model import Mention

_HEADS = frozenset("country nation island kingdom emirate republic state".split())
# "the island nation", "the Gulf state", "the Caribbean island": a head may follow one modifier word
_FORCES = frozenset("army military junta".split())  # bare only: "the Sudanese army" names its state itself
_MODIFIED_ONLY = frozenset(("state",))  # "the state" alone is the government, not a country named before
_BEFORE = frozenset("to for into of".split())
_GIVE_VERBS = frozenset("send sent sends sending give gave given gives lend lent offer offered offers "
                        "promise promised sell sold supply supplied grant granted provide provided".split())
_LOOK_BACK = 2
_DESCRIPTION_HEADS = _HEADS | _FORCES  # one of which every description after "the" holds (_head_end)


def getter_mentions(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* with the states that cities (aid_cities) and descriptions stand for as getters, and
    without seats named only as where a body sits ("the Washington-based lender" is no actor)."""
    return bloc_mentions(people_in_states(described_states(city_states(institutions_of_states(
        _not_based(mentions, sentences), sentences), sentences), sentences), sentences), sentences)


def _not_based(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    by_index = {s.index: s for s in sentences}
    kept = []
    for m in mentions:
        tokens = by_index[m.sentence].tokens
        if m.last + 1 < len(tokens) and tokens[m.last].text == "-" and tokens[m.last + 1].lower in _SEATED:
            continue  # "the Washington-based lender", "a London-headquartered bank"
        kept.append(m)
    return tuple(kept) if len(kept) < len(mentions) else mentions


_SEATED = frozenset("based headquartered registered".split())


def described_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus a state mention for each description of a state in a getter's place."""
    named = None  # the report's states and actors (_named_in), read only once a description is found
    added: list[Mention] = []
    for sentence in sentences:
        if sentence.heading:
            continue
        present = sentence.lower_set
        if _DESCRIPTION_HEADS.isdisjoint(present) and ("it" not in present or _GIVE_VERBS.isdisjoint(present)):
            continue  # (most sentences) no head word for "the island", no "sold it": no description to read
        words = sentence.lowers
        for first in range(0, len(words) - 1):
            if first and words[first] == "it" and words[first - 1] in _GIVE_VERBS and _goods_next(words, first + 1):
                last = first + 1  # "Paris sold it 24 Rafale jets": "it" is the getter of a double object
            elif words[first] != "the":
                continue
            else:
                last = _head_end(words, first + 1)
                if last is None or not (first and (words[first - 1] in _BEFORE or words[first - 1] in _GIVE_VERBS)
                                        or _kind_subject(words, first, last)):
                    continue
            if named is None:
                named = _named_in(mentions)
            main, order, actors, by_sentence = named
            giver = _clause_subject(words, actors.get(sentence.index, ()), first)
            fits = kind_fits(words[first + 1:last] if words[first] == "the" else ())
            forces = words[first] == "the" and words[first + 1] in _FORCES  # the army of the state the report is about
            state = main if forces and main is not None and main not in giver \
                else _antecedent(by_sentence, sentence.index, first, giver, main, fits, order)
            if state is None:
                continue
            tokens = sentence.tokens[first:last]
            added.append(Mention(tokens[0].start, tokens[-1].end, sentence.text[tokens[0].start - sentence.start:
                                                                                    tokens[-1].end - sentence.start],
                                 sentence.index, first, last, state, "description"))
    return (*mentions, *added) if added else mentions


def _named_in(mentions: tuple[Mention, ...]) -> tuple:
    """The state the report names most, its states from the most named, and by sentence its actors and the
    states it names (not as demonyms)."""
    ranked = ranked_states(mentions)
    main = ranked[0][0] if ranked else None
    order = [ref for ref, _ in ranked]
    by_sentence: dict[int, list[Mention]] = {}
    actors: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.entity.kind in ("state", "organisation"):
            actors.setdefault(m.sentence, []).append(m)
        if m.entity.kind == "state" and m.how != "demonym":
            by_sentence.setdefault(m.sentence, []).append(m)
    return main, order, actors, by_sentence


_CLAUSE_BREAKS = frozenset(", ; : but while whereas which who that as when after because since although though once".split())


def _kind_subject(words: tuple[str, ...], first: int, last: int) -> bool:
    """Is the description at *first* one of a kind ("the Gulf state", "the island nation", "the kingdom")
    that opens its clause? Such a subject names the state of its kind named before it ("... under which the
    Caspian state will sell gas to Budapest"); "the country" alone is read elsewhere (the speaker's state)."""
    return (first == 0 or words[first - 1] in _CLAUSE_BREAKS or words[first - 1] == "and") \
        and kind_fits(words[first + 1:last]) is not None
_PREPOSITIONS = frozenset("to for from with by of in at on into under against between".split())


def _clause_subject(words: tuple[str, ...], actors, at: int) -> set:
    """The actors that open the clause of the description at *at* as its subject (not after a
    preposition): "Chinese firms have built much of the country's motorways" leaves out China only."""
    start = next((j + 1 for j in range(at - 1, -1, -1) if words[j] in _CLAUSE_BREAKS), 0)
    subject = [m for m in actors if start <= m.first < at and (m.first == 0 or words[m.first - 1] not in _PREPOSITIONS)]
    return {subject[0].entity} if subject else set()


def _goods_next(words: tuple[str, ...], at: int) -> bool:
    """Does a noun phrase (the goods of a double object) start at *at*: "24 Rafale jets", "a loan"?"""
    return at < len(words) and (words[at][:1].isdigit() or words[at] in ("a", "an", "another", "more", "its")
                                or words[at][:1] in "$€£")


def _head_end(words: tuple[str, ...], at: int) -> int | None:
    """Where a state description starting at *at* (after "the") ends, if one does."""
    if at < len(words) and words[at] in _FORCES and not (at + 1 < len(words) and words[at + 1] in ("of", "'s", "’s")):
        return at + 1  # "supplied the army with drones": the forces of the state in hand (not "the army of Mali")
    if at < len(words) and words[at] in _HEADS and words[at] not in _MODIFIED_ONLY:
        if at + 1 < len(words) and words[at + 1] in _HEADS:
            return at + 2  # "the island nation"
        return at + 1
    if at + 2 < len(words) and words[at + 2] in _HEADS and words[at + 2] != "republic" and region_words(words, at) == 2:
        return at + 3  # "the North African country", "the Central Asian nation" (not "the Central African Republic")
    if at + 1 < len(words) and words[at + 1] in _HEADS and words[at].isalpha() \
            and words[at] not in ("same", "other", "whole", "entire", "host", "member", "city", "nation"):
        return at + 2  # "the Gulf state", "the Caribbean nation"
    return None


def _antecedent(by_sentence: dict[int, list[Mention]], index: int, before: int, excluded: set, main, fits=None,
                ranked=()):
    """The state named last before the description, or the state the report names most if it is among
    the recent ones ("Britain's BAE hoped to sell jets to Riyadh ... exports to the kingdom"); with
    *fits*, only a state of the description's kind ("the island": Cuba, not the United States)."""
    if fits is not None:
        excluded = excluded | {m.entity for ms in by_sentence.values() for m in ms if not fits(m.entity)}
        main = next((ref for ref in ranked if fits(ref)), None) if ranked else None  # the most named island
    here = [m for m in by_sentence.get(index, ()) if m.first < before and m.entity not in excluded]
    if here:  # "China, the Maldives' other large creditor, has lent the country $1.4 billion"
        return here[-1].entity
    candidates = [m for back in range(_LOOK_BACK, 0, -1) for m in by_sentence.get(index - back, ())]
    if main is not None and main not in excluded and any(m.entity == main for m in candidates):
        return main
    for m in reversed(candidates):
        if m.entity not in excluded:
            return m.entity
    if fits is not None and main is not None and main not in excluded:
        return main  # "the island" in a report about Cuba, whose name is not in the last sentences
    return None
