"""A state named as a sentence's subject is what a later "it" stands for: in "Serbia depends on Russian
energy. It buys its gas from Russia under a contract ..., yet it signed a deal with France" the contract
is Serbia's with Russia and the deal Serbia's with France, not one accord between Russia and France."""

from __future__ import annotations

from kg.extract.office_dateline import dateline_end
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef

_BE = frozenset("is was 's ’s".split())  # "It is the largest contract": no referent


def _copula(view: SentenceView, k: int) -> bool:
    """Is the word at *k* "is"/"was" as a copula ("It is the largest contract"), not the auxiliary of a
    progressive verb ("It is negotiating a similar pact with France", "she was finalising a deal")?"""
    return view.lower[k] in _BE and not (k + 1 < len(view.tokens) and view.tokens[k + 1].text.islower()
                                         and view.tokens[k + 1].text.isalpha() and view.lower[k + 1].endswith("ing"))


def subject_state(view: SentenceView, governor) -> EntityRef | None:
    """The state that opens the sentence as its subject ("Serbia depends ..."), if any: the first actor,
    a name (not a demonym) after any dateline, not the object of a preposition, followed by a lower-case verb,
    or a possessive before its government ("Niger's military government said")."""
    if not view.actors:
        return None  # (most sentences name none)
    start = dateline_end(view.sentence)  # "NIAMEY, Feb 14 — Niger's military government said ..."
    m = next((m for m in view.actors if m.first >= start), None)
    if m is None:
        return None
    if m.how == "demonym" or m.entity.kind != "state" or governor(view, m) is not None:
        return None
    if view.possessive(m):  # "Niger's military government said ...": the state acts through it (G2)
        return m.entity if any(view.lower[k] in _BODIES for k in range(m.last, min(m.last + 4, len(
            view.tokens)))) else None
    if m.last >= len(view.tokens) or not view.tokens[m.last].text.isalpha() or not view.tokens[m.last].text.islower():
        return None
    return m.entity


_AFTER = frozenset("after before when since".split())
_TIMES = frozenset("last this next year month week in on and , earlier later then".split())  # "Last year it let ..."
_BODIES = frozenset("government junta authorities administration regime cabinet leadership rulers".split())


def it_party(view: SentenceView, c_first: int, noun: int, parties: tuple[EntityRef, ...],
             subject: EntityRef | None, person_state: EntityRef | None = None) -> tuple[EntityRef, ...]:
    """The clause's parties with the state "it" stands for, where "it" is the clause's subject before the
    noun ("yet it signed a deal with France") and the clause names one other party; or with the state of the
    office holder named last (*person_state*) where the subject is "he" or "she" ("Earlier this year he signed
    a defence agreement with Turkiye")."""
    if len(parties) == 1 and person_state is not None and person_state not in parties and _pronoun_subject(
            view, c_first, noun, ("he", "she")):
        return (person_state, *parties)
    if subject is None or subject in parties or not parties:
        return parties
    if len(parties) > 1 and not _partners_only(view, noun, parties):
        return parties  # several partners of a subject that "it" stands for: "revoked accords with France and the EU"
    for j in range(c_first, noun):
        at = j + 1 if view.lower[j] == "the" and j + 1 < noun and view.lower[j + 1] in _BODIES else j
        owner = view.lower[j] == "its" and j > 0 and view.lower[j - 1] in _AFTER  # "after its contract with Ukraine ended"
        if (view.lower[j] == "it" or at > j or owner) and at + 1 < noun and not _copula(view, at + 1) \
                and (j == c_first or view.lower[j - 1] in (",", "yet", "but", "and", "while", "as", "since", "after", "before", "when")
                     or all(view.lower[k] in _TIMES for k in range(c_first, j))):
            return (subject, *parties)  # "yet it signed a deal with France", "The junta revoked accords with France"
    return parties


def _partners_only(view: SentenceView, noun: int, parties: tuple[EntityRef, ...]) -> bool:
    """Are all *parties* the partners a plural accord noun starting at *noun* takes with "with" ("accords with France and
    the European Union")? Then the subject is the other side of each."""
    at = next((j for j in range(noun + 1, min(noun + 4, len(view.tokens))) if view.lower[j] == "with"), None)
    if at is None or not view.lower[at - 1].endswith("s"):
        return False
    first = next((m for m in view.actors if m.first in (at + 1, at + 2)), None)
    return first is not None and {m.entity for m in view.group(first)} == set(parties)


def _pronoun_subject(view: SentenceView, c_first: int, noun: int, words: tuple[str, ...]) -> bool:
    """Is one of *words* the subject of the clause before the noun: its first word, after a conjunction, or
    after a time phrase ("Earlier this year he signed ...")?"""
    # (not a speaker: "she said, pointing to a deal")
    return any(view.lower[j] in words and j + 1 < noun and not _copula(view, j + 1) and view.lower[j + 1] not in SAID_SAYS
               and (j == c_first or view.lower[j - 1] in (",", "yet", "but", "and", "while", "as", "since", "after", "before", "when",
                                                          "where")  # "from Nairobi, where he signed a pact with Kenya"
                    or all(view.lower[k] in _TIMES for k in range(c_first, j)))
               for j in range(c_first, noun))
