""""The two sides" after the two states its own sentence names: "Saudi Arabia deposited $5 billion in
Turkey's central bank in March, and the two sides are negotiating a currency swap" is Saudi Arabia and
Turkey, not the pair of the last accord told (a Qatari one two sentences before)."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef


def sentence_pair(view: SentenceView, c_first: int, parties: tuple[EntityRef, ...] = ()) -> tuple[EntityRef, ...]:
    """The two states the sentence names by name, capital or body before the clause at *c_first* (a demonym is
    mostly content: "Turkish infrastructure"); () unless exactly two. With one party of the clause's own
    (*parties*), the two states the whole sentence names where that party is one ("New Delhi accused Pakistan
    ... the suspension of its participation in the Indus Waters Treaty, a water-sharing accord between the two
    countries")."""
    states = unique(m.entity for m in view.actors if m.last <= c_first and m.entity.kind == "state"
                    and m.how != "demonym")
    if len(states) == 2:
        return states
    named = unique(m.entity for m in view.actors if m.entity.kind == "state" and m.how != "demonym")
    if len(parties) == 1 and len(named) == 2 and parties[0] in named:
        return named
    if not parties and (between := _between(view)):
        return between  # "Relations between Athens and Ankara have improved since 2023, when the two countries ..."
    # "a delegation from the IMF was in Islamabad to review the loan programme the two sides agreed": a body
    # and a state named before the pair words, in the same sentence
    sides = unique(m.entity for m in view.actors if m.how != "demonym" and m.last <= _pair_words(view))
    return sides if len(sides) == 2 and set(states) <= set(sides) and any(e.kind == "state" for e in sides) else ()


def _pair_words(view: SentenceView) -> int:
    """Where "the two sides" (or "both sides") begins; 0 where the sentence has none."""
    return next((j for j in range(1, len(view.lower) - 1) if view.lower[j] in ("two", "both")
                 and view.lower[j + 1] in ("sides", "parties")), 0)


_REACTING = frozenset("condemn criticise criticize denounce slam decry welcome hail praise applaud oppose deplore "
                      "say warn urge accuse reject protest question".split())


def before_pair(before: SentenceView | None, fallback: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """The pair "the two countries" refers to when no accord or leaders were told before: the two states the
    sentence before names with "between" ("The United States brokered talks between Israel and Lebanon. The two
    countries agreed a ceasefire") or as the pair that opens it as its subject ("Turkey and Azerbaijan held
    talks in Baku", "China, Kenya's largest lender, agreed ..."); else *fallback* (the two states the article
    names most)."""
    if before is None:
        return fallback
    if between := _between(before):
        return between
    opener = before.actors[0] if before.actors else None  # "Turkey and Azerbaijan held talks in Baku. The two ..."
    if opener is not None and not before.in_pp(opener) and not before.possessive(opener):
        group = [m for m in before.group(opener)]
        owner = before.actor_at.get(opener.last + 1) if opener.last + 1 < len(before.tokens) \
            and before.lower[opener.last] == "," else None
        if len(group) == 1 and owner is not None and owner.entity.kind == "state" and owner.how != "demonym" \
                and before.possessive(owner) and opener.entity.kind == "state" and owner.entity != opener.entity:
            return (opener.entity, owner.entity)  # "China, Kenya's largest bilateral lender, agreed ..."
        verb = group[-1].last
        if len(group) == 2 and all(m.entity.kind == "state" and m.how != "demonym" for m in group) \
                and verb < len(before.tokens) and before.tokens[verb].text.islower() \
                and before.lemmas[verb] not in _REACTING:  # "India and Iran condemned the pact": no pair of its own
            return unique(m.entity for m in group)
    return fallback  # not merely the two states it names: "from the Iraq war to ..." names no side


def _between(view: SentenceView) -> tuple[EntityRef, ...]:
    """The two states a sentence names with "between" ("Relations between Manila and Beijing"); ()."""
    for j, word in enumerate(view.lower):
        first = view.actor_at.get(j + 1) or view.actor_at.get(j + 2) if word == "between" else None
        if first is not None and first.entity.kind == "state":
            group = unique(m.entity for m in view.group(first) if m.entity.kind == "state")
            if len(group) == 2:
                return group
    return ()
