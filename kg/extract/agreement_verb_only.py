"""Agreements told by the verb alone, with no agreement noun: "Egypt and Sudan agreed to coordinate ...",
"Kenya agreed with Ethiopia to open ...",
"the bridge that Bulgaria and Romania agreed on in 2015", "the swap was agreed between the two countries",
"the two leaders agreed that their countries would ...". The accord is a deal (README AG4) between the
two or more parties that agree; one party agreeing alone, or agreeing *with* someone *that* something is so,
is an opinion, not an accord."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from kg.extract.agreement_subject import subject_of
from kg.extract.agreement_talk_only import only_to_talk
from kg.extract.cues import needs
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.view import SentenceView, unique
from kg.model import Agreement, EntityRef, Mention

_BE = frozenset("is was were been being be are".split())
_NEGATION = frozenset("not n't never no".split())
_UNSURE = frozenset("will would could may might to".split())  # "expected to agree", "could agree": not yet
_FILLER = frozenset("on in at last this next early late earlier later week month year day also".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_END = frozenset(", ; . : — –".split())


def _complement(view: SentenceView, j: int) -> int | None:
    """The token after "agreed" that makes it an accord ("to", "on", "upon", "that", "between"), passing over
    a time phrase ("agreed on Friday to ..."); None if there is none."""
    n = len(view.tokens)
    k = j + 1
    while k < n and (view.lower[k] in _FILLER or view.lower[k] in _DAYS or view.lower[k] in _MONTHS
                     or view.lower[k].isdigit()) and view.lower[k] not in ("to", "that", "between", "upon"):
        if view.lower[k] == "on" and not (k + 1 < n and (view.lower[k + 1] in _DAYS or view.lower[k + 1] in _MONTHS)):
            return k  # "agreed on a plan", "agreed on in 2018"
        k += 1
    if k < n and view.lower[k] in ("to", "that", "between", "upon"):
        return k
    return None


def _with_side(view: SentenceView, j: int) -> tuple[int | None, tuple[EntityRef, ...]]:
    """"agreed with Ethiopia on Saturday to open ...": the token that makes it an accord and the other side;
    "agreed with Germany that ..." is an opinion shared, no accord."""
    if j + 2 >= len(view.tokens) or view.lower[j + 1] != "with":
        return None, ()
    first = next((m for m in view.actors if m.first in (j + 2, j + 3)), None)
    if first is None or (first.first == j + 3 and view.lower[j + 2] != "the"):
        return None, ()
    titled = next((m for m in view.actors if m.entity.kind == "person" and first.last <= m.first <= first.last + 3
                   and all(view.tokens[x].text[:1].isupper() for x in range(first.last, m.first))), None) \
        if first.how == "demonym" else None
    first = titled or first  # "agreed with Indonesian President Joko Widodo that ...": the person
    group = view.group(first)
    k = _complement(view, group[-1].last - 1)
    if k is None or (view.lower[k] not in ("to", "on", "upon") and not _undertaking(view, k)):
        return None, ()
    return k, tuple(m.entity for m in group)


def _undertaking(view: SentenceView, k: int) -> bool:
    """"agreed with Widodo that Japan would provide a patrol vessel": a "that" clause in which a state commits
    itself ("would", "will") is an accord, not an opinion shared ("agreed with Germany that the war must end")."""
    if view.lower[k] != "that":
        return False
    actor = view.actor_at.get(k + 1) or view.actor_at.get(k + 2)
    return actor is not None and actor.entity.kind == "state" and actor.how != "demonym" \
        and actor.last < len(view.tokens) and view.lower[actor.last] in ("would", "will")


_COMMITTING = frozenset("would will shall 'll".split())
_VIEWS = frozenset("need needs importance necessity urgency value significance".split())


def _opinion(view: SentenceView, k: int) -> bool:
    """Is the complement at *k* a view shared, no undertaking: "that" with no "would"/"will" in its clause
    ("agreed that the border situation was stable"), "to disagree", or "on the need (importance) of ..."?"""
    if view.lower[k] == "to":
        return k + 1 < len(view.tokens) and view.lower[k + 1] == "disagree"
    if view.lower[k] in ("on", "upon"):  # "agreed on the need to reopen the crossing": a view, not the plan itself
        return k + 2 < len(view.tokens) and view.lower[k + 1] == "the" and view.lower[k + 2] in _VIEWS
    if view.lower[k] != "that":
        return False
    end = next((x for x in range(k + 1, len(view.tokens)) if view.lower[x] in (";", ".")), len(view.tokens))
    return not _COMMITTING.intersection(view.lower[k + 1:end])  # "agreed that, from May, they would ..."


_TIES = frozenset("cooperation co-operation ties relations trade partnership".split())
_DEFENCE = frozenset("military defence defense security".split())


def _ties_partner(view: SentenceView, k: int, end: int) -> list[EntityRef]:
    """The state after "with" in an infinitive of closer ties ("agreed to step up military cooperation with
    Russia", "agreed to deepen defence ties with Turkey"): the other side of the accord; none elsewhere."""
    at = next((x for x in range(k + 1, min(end, k + 9)) if view.lower[x] == "with"), None)
    if at is None or not _TIES.intersection(view.lower[k + 1:at]):
        return []
    partner = view.actor_at.get(at + 1) or view.actor_at.get(at + 2)
    return [partner.entity] if partner is not None and partner.entity.kind == "state" and partner.how != "demonym" \
        and partner.first <= at + 2 else []


def _defence_ties(view: SentenceView, k: int, end: int) -> bool:
    """Does the complement at *k* agree on defence or security ties ("to step up military cooperation")? Then
    the accord is a defence agreement, a treaty (AG4)."""
    words = view.lower[k + 1:min(end, k + 8)]
    return any(a in _DEFENCE and b in _TIES for a, b in zip(words, words[1:]))


def _states(entities: tuple[EntityRef, ...], person_states: dict[EntityRef, EntityRef]) -> list[EntityRef]:
    """Persons stand for their state (AG1); persons with no known state are left out."""
    out = [person_states.get(e) if e.kind == "person" else e for e in entities]
    return list(unique(e for e in out if e is not None))


def _titled_subjects(view: SentenceView, people: list[Mention], j: int,
                     person_states: dict[EntityRef, EntityRef]) -> list[EntityRef]:
    """"Japanese Prime Minister Fumio Kishida and Indonesian President Joko Widodo agreed ...": the states of
    the titled persons joined by "and" right before the verb at *j* (a demonym title hides them from the
    subject reader)."""
    start = next((k + 1 for k in range(j - 1, -1, -1) if view.lower[k] in _END), 0)
    mine = sorted((m for m in people if start <= m.first and m.last <= j), key=lambda m: m.first)
    if len(mine) < 2 or any(view.lower[k] not in ("and", "also", "on") and not view.tokens[k].text[:1].isupper()
                            and not view.lower[k].isdigit() and view.lower[k] not in _FILLER | _DAYS
                            for k in range(mine[-1].last, j)):
        return []
    if not all("and" in view.lower[a.last:b.first] for a, b in zip(mine, mine[1:])):
        return []
    return [person_states[m.entity] for m in mine if m.entity in person_states]


@needs("agree", nothing=[])  # the lemma every accord it reads hangs from
def agreed_without_noun(view: SentenceView, people: list[Mention], person_states: dict[EntityRef, EntityRef], *,
                        doc_id: str, today: date | None, pair: Callable[[bool], tuple[EntityRef, ...]],
                        pair_words: list[str], skip: Callable[[int], bool] | None = None
                        ) -> list[tuple[Agreement, bool]]:
    """The accord of one sentence that names no agreement noun, and whether the sentence dates it; *pair*
    gives the pair "the two countries" (or, called with True, "the two leaders") refers to; *skip* tells the
    verbs whose clause names an agreement noun (read with that noun)."""
    both = SentenceView(view.sentence, [*view.actors, *people])
    for j, lemma in enumerate(view.lemmas):
        if lemma != "agree" or view.lower[j] in ("agreement", "agreements") or (skip is not None and skip(j)):
            continue
        k, partners = _complement(view, j), ()
        if k is None:
            k, partners = _with_side(both, j)
        if k is None or any(w in _NEGATION for w in view.lower[max(0, j - 3):j]) or (
                j >= 2 and view.lower[j - 1] == "to" and (view.lemmas[j - 2] == "fail" or view.lower[j - 2] == "unable")):
            continue  # "did not agree", "failed to agree on a ceasefire": no accord
        if only_to_talk(view, k):
            continue  # "the two leaders agreed to meet again": a meeting, no accord
        if _opinion(view, k):
            continue  # "agreed that the border situation was stable", "agreed to disagree": no accord
        passive = j > 0 and view.lower[j - 1] in _BE
        if passive and view.lower[k] != "between":
            continue  # "it was agreed that ...": no parties named
        end = next((x for x in range(k + 1, len(view.tokens)) if view.lower[x] in _END), len(view.tokens))
        if passive:
            parties = _states(tuple(m.entity for m in both.state_in(k + 1, end)), person_states)
        else:
            parties = _states((*subject_of(both, j), *partners), person_states)
        before = " ".join(view.lower[max(0, j - 4):j])
        if view.lower[k] == "between" and len(parties) < 2:
            before = " ".join(view.lower[k:end])
        if len(parties) < 2 and not passive:
            parties = list(unique([*parties, *_titled_subjects(view, people, j, person_states)]))
        if len(parties) == 1 and view.lower[k] == "to":
            parties = [*parties, *(e for e in _ties_partner(view, k, end) if e not in parties)]
        if len(parties) < 2 and any(p in before for p in pair_words):
            parties = list(unique([*parties, *pair("leaders" in before)]))
        if len(parties) < 2:
            continue  # one party agreeing alone, or "economists agree that ...": no accord
        dated = event_date(view.sentence, today)
        status = "proposed" if any(view.lower[i] in _UNSURE and view.tokens[i].text.islower()  # not "in May agreed"
                                   for i in range(max(0, j - 2), j)) else "agreed"
        when = dated or (today.isoformat() if today and "had" not in view.lower[:j] else None)
        name = view.sentence.text[view.tokens[j].start - view.sentence.start:view.tokens[k].end - view.sentence.start]
        kind = "treaty" if _defence_ties(view, k, end) else "deal"  # "agreed to step up military cooperation"
        return [(Agreement(tuple(parties), kind, status, evidence(view.sentence, doc_id, j, end), when, name),
                 dated is not None)]
    return []


def not_restated(told: list[tuple[Agreement, bool]], found: Sequence[Agreement]) -> list[Agreement]:
    """The accords told by the verb alone that are not an accord the text names elsewhere: "The two countries
    agreed to ..." where their pact is named before or after tells its terms (AG3); one with its own date
    ("agreed on in 2018") is an accord of its own."""
    return [a for a, dated in told if dated or not any(set(f.parties) == set(a.parties) for f in found)]
