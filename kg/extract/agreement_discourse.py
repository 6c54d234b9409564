"""Who an agreement's clause refers to, across sentences: "the two countries", "the two sides", "the two
leaders" name a pair given before (the parties of the last agreement found, or the two leaders named
together), not the two states an article names most; "the six countries" the six states a sentence before
named; a clause naming one party takes the partner of that party's last accord; "the accord between A and
B" names its own parties; "A and B signed separately with C" is one accord for each of A and B."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from kg.extract.event_clauses import before_time_clause
from kg.extract.view import SentenceView, ranked_states, unique
from kg.model import Agreement, EntityRef, Mention


class LastParties:
    """The actors of the last sentence that named several, for :func:`partner_of`: the parties of the last accord,
    or the acting actors (:func:`~kg.extract.event_clauses.before_time_clause`) of a later sentence with no accord
    that names two or more. Few clauses ask for them, so a sentence's acting actors are worked out when asked."""

    def __init__(self) -> None:
        self._parties: tuple[EntityRef, ...] = ()
        self._unread: list[SentenceView] = []  # the sentences with no accord read since, the last one last

    def accord(self, parties: tuple[EntityRef, ...]) -> None:
        """An accord's *parties* are now the last named."""
        self._parties, self._unread = parties, []

    def sentence(self, view: SentenceView) -> None:
        """A sentence with no accord that names two or more actors: its acting actors if they are two or more."""
        self._unread.append(view)

    def parties(self) -> tuple[EntityRef, ...]:
        """The last named: the acting actors of the last sentence read since the accord that has two or more."""
        for view in reversed(self._unread):
            if len(acting := before_time_clause(view)) >= 2:  # a subset of the actors
                self._parties = unique(m.entity for m in acting)
                break
        self._unread = []
        return self._parties


def last_pair(found: Sequence[Agreement], states: bool = False) -> tuple[EntityRef, ...]:
    """The parties of the last two-party agreement found so far; with *states*, of two states ("the two
    countries" are no drone maker's contract partners)."""
    return next((a.parties for a in reversed(found) if len(a.parties) == 2
                 and (not states or all(p.kind == "state" for p in a.parties))), ())


def partner_of(party: EntityRef, found: Sequence[Agreement], last_parties: tuple[EntityRef, ...]
               ) -> tuple[EntityRef, ...]:
    """The parties of a clause that names one party only ("Jakarta also signed a memorandum"): the last
    two-party accord *party* made, unless the actors of the last sentence that named several (*last_parties*)
    include the party but not that pair; else those actors if they include the party and are at most three
    (four or more named together are a list, "Japan, South Korea, the Philippines and Australia held drills",
    not the partners of "Tokyo also signed a memorandum"); else ()."""
    pair = next((a.parties for a in reversed(found) if len(a.parties) == 2 and party in a.parties), ())
    if pair and (party not in last_parties or set(pair) <= set(last_parties)):
        return pair
    return last_parties if party in last_parties and len(last_parties) <= 3 else ()


def leaders_pair(people: Iterable[Mention], person_states: dict[EntityRef, EntityRef]) -> tuple[EntityRef, ...]:
    """The states of the persons of one sentence, where they are exactly two ("talks between Store and
    Merz" -> Norway, Germany)."""
    states: list[EntityRef] = []
    for m in people:
        state = person_states.get(m.entity)
        if state is not None and state not in states:
            states.append(state)
    return tuple(states) if len(states) == 2 else ()


def pair_referent(found: Sequence[Agreement], leaders: tuple[EntityRef, ...],
                  main_pair: tuple[EntityRef, ...], *, persons: bool,
                  here: tuple[EntityRef, ...] = (), states: bool = False) -> tuple[EntityRef, ...]:
    """The pair that "the two countries" refers to: the states of the two leaders its own sentence names
    (*here*: "Prabowo met Vietnam's prime minister, and the two sides signed ..."), else the parties of the
    last two-party agreement, else the states of the two leaders named together last ("Tinubu and Morocco's
    king discussed the pipeline. The two countries signed ..."), else the two states named most; with
    *persons* ("the two leaders"), the states of the two leaders named last; with *states* ("the two
    countries", "both governments"), only an agreement of two states is taken up."""
    if persons:
        return leaders
    # "the two sides" are the last two states that made an accord, before a state and a firm
    return here or last_pair(found, True) or (() if states else last_pair(found)) or leaders or main_pair


HEADS = frozenset("leaders presidents".split())  # "the two leaders", "the two presidents": their states
STATE_PAIRS = frozenset("countries nations governments neighbours neighbors".split())


def between_pair(view: SentenceView, last: int, c_last: int) -> tuple[EntityRef, ...]:
    """The parties an agreement noun ending before *last* names with "between" ("a contract between Ukraine's
    Naftogaz and Russia's Gazprom", "the accord signed between Egypt and Cyprus"); () if it names none."""
    at = last + 1 if last + 1 < c_last and view.lower[last].endswith("ed") else last
    if at >= c_last or view.lower[at] != "between":
        return ()
    first = next((m for m in view.actors if at < m.first < c_last), None)
    if first is None or first.first - at > 4:
        return ()  # "between the two countries": a pair named before
    group = view.group(first)
    if len(group) >= 2:
        return unique(m.entity for m in group)
    conj = next((j for j in range(first.last, min(first.last + 8, c_last)) if view.lower[j] == "and"), None)
    second = next((m for m in view.actors if conj is not None and conj < m.first <= conj + 4), None)
    if second is None or second.entity == first.entity:
        return ()
    return (first.entity, second.entity)


_HEADS = frozenset("leaders presidents".split())
_NUMBERS = {w: n for n, w in enumerate("three four five six seven eight nine ten eleven twelve".split(), start=3)}
_STATE_NOUNS = frozenset("countries nations states governments juntas regimes neighbours neighbors allies "
                         "leaders presidents".split())  # "the five leaders adopted a joint declaration"


def numbered_group(view: SentenceView, c_first: int, c_last: int,
                   earlier: Callable[[], Sequence[Sequence[Mention]]]) -> tuple[EntityRef, ...]:
    """"the six countries", "the 3 nations": the last sentence of *earlier()* (the actors of the sentences
    before, in order, listed only for a clause that names such a number) that names exactly that many states
    by name ("Russian drills" names no party); () if the clause says no such thing."""
    for j in range(max(c_first, 1), c_last - 1):
        word = view.lower[j]
        n = _NUMBERS.get(word) or (int(word) if word.isdigit() and 3 <= int(word) <= 30 else 0)
        if n and view.lower[j + 1] in _STATE_NOUNS and view.lower[j - 1] in ("the", "all", "these", "those"):
            for mentions in reversed(earlier()):
                states = unique(m.entity for m in mentions if m.entity.kind == "state" and m.how != "demonym")
                titled = unique(m.entity for m in mentions if m.entity.kind == "state")  # "Kazakh President X and ..."
                if len(states) == n or (view.lower[j + 1] in _HEADS and len(titled) == n):
                    return states if len(states) == n else titled
            return ()
    return ()


def separate_accords(view: SentenceView, c_first: int, c_last: int,
                     parties: tuple[EntityRef, ...], last: int | None = None) -> list[tuple[EntityRef, ...]]:
    """"Russia and Ukraine signed separately with the UN and Turkey", "A and B separately signed deals with C",
    and with a plural agreement noun ending before *last* "Hungary and Bulgaria have signed supply deals with
    Azerbaijan": one accord for each party of the first side with all of the other side; [] if the clause says
    no such thing."""
    at = next((j for j in range(c_first, c_last) if view.lower[j] == "separately"), None)
    with_at = next((j for j in range(at + 1, min(at + 8, c_last)) if view.lower[j] == "with"), None) \
        if at is not None else None
    if with_at is None and last is not None and view.lower[last - 1].endswith("s") and last < c_last \
            and view.lower[last] == "with":
        with_at = last  # "supply deals with Azerbaijan", "contracts with South Korea"
    if with_at is None:
        return []
    first = next((m for m in view.actors if with_at < m.first <= with_at + 2), None)  # "with (the) X and Y"
    others = unique(m.entity for m in view.group(first) if m.entity in parties) if first is not None else ()
    side = [p for p in parties if p not in others]
    if len(side) < 2 or not others:
        return []
    return [(p, *others) for p in side]


GENERIC = frozenset("agreement accord deal arrangement protocol".split())  # nouns that name any kind of accord


def accords_before(found: Sequence[Agreement], at: int) -> list[Agreement]:
    """The accords of *found* not named after the character offset *at* of their own sentence ("The deal follows
    ..., after Kyiv refused to renew a transit contract with Gazprom": the contract, read first by its kind, is
    named later in the sentence, and "the deal" is an accord told before)."""
    def later(a: Agreement) -> bool:
        ev = a.evidence
        if not a.name or not ev.sentence_start <= at < ev.sentence_end:
            return False
        text, cut = ev.sentence_text, at - ev.sentence_start
        return text.find(a.name, cut) >= 0 and text.find(a.name, 0, cut) < 0  # named after the noun, not before
    return [a for a in found if not later(a)]


def told_accord(view: SentenceView, first: int, kind: str, found: Sequence[Agreement]) -> Agreement | None:
    """The accord a definite noun with no party of its own names again: the last one of its kind ("the
    treaty"), and for a generic noun ("The deal, signed in 2021, ...", "the agreement") the last one of any
    kind (a contract told before is "the deal"); with none of its kind, the last accord told, of the noun's
    kind ("the pact" after "China has agreed to supply military aid ... The agreement was signed"). A noun whose
    first word is in the name of an accord of its kind told before names that one ("The swap arrangement")."""
    generic = view.lemmas[first] in GENERIC or view.lower[first].rstrip("s") in GENERIC
    if not generic and (named := next((a for a in reversed(found) if a.kind == kind and view.lower[first] in
                                       (a.name or "").lower().split()), None)) is not None:
        return named  # "a currency swap with the UAE ... a loan programme ... The swap arrangement": the swap
    same = next((a for a in reversed(found) if a.kind == kind or generic), None)
    if same is not None or not found:
        return same
    # "China has agreed to supply ... The agreement was signed ... the ministry described the pact as ...": a
    # specific noun with none of its kind told before names the last accord, which it gives its own kind
    return replace(found[-1], kind=kind)


def pair_unless_others(view: SentenceView, main_pair: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """The two states the article names most, for an accord whose clause names no party ("21 memorandums were
    signed"); none where its sentence names another state and neither of the pair ("a deal on transit fees was
    approved by the Bulgarian parliament" in a report on Serbia and Russia is Bulgaria's, not theirs), or names
    a gathering and neither of the pair ("The summit ended with a declaration" is its members')."""
    named = {m.entity for m in view.actors if m.entity.kind == "state"}
    gathering = not _GATHERINGS.isdisjoint(view.sentence.lower_set)  # "The summit ended with a declaration": its
    # members'
    if (named or gathering) and not named & set(main_pair):
        return ()
    # "The EU suspended its programme for Mali, and talks on a new partnership have not resumed": the sentence's
    # other body, not the article's pair
    bodies = {m.entity for m in view.actors if m.entity.kind == "organisation" and m.how != "demonym"}
    return () if bodies - set(main_pair) and len(named & set(main_pair)) < 2 else main_pair


_GATHERINGS = frozenset("summit conference forum gathering assembly congress".split())


def main_pair_of(mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """The two states the article names most ("the two governments", "the two sides")."""
    ranked = [ref for ref, _ in ranked_states(mentions)]
    return tuple(ranked[:2]) if len(ranked) >= 2 else ()


def story_pair_of(mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """The two states named most, unless the second is named once where the first is named three times or
    more (a state named once in a longer story, "an economist in Washington", is no side of an accord told
    with no party named)."""
    ranked = ranked_states(mentions)
    return tuple(ref for ref, _ in ranked[:2]) if len(ranked) >= 2 and (ranked[1][1] >= 2 or ranked[0][1] <= 2) else ()
