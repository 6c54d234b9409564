"""The giver named by "it"/"they" in a clause joined to an earlier one of the same sentence.

Wire copy often names the actor once and goes on in a second clause with a pronoun: "South Korea
has refused to send lethal arms to Ukraine, though it has sold tanks to Poland"; "The United
States remains the largest donor; it has supplied Patriot batteries". The pronoun is the subject
of the clause before the linking word, not the actor the paragraph named before the sentence.
"""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

# Words that join a second clause to the first: "though it", "; it", "but they", "while it".
_CONTROL = frozenset("refuse decline agree promise plan intend want offer decide hope aim continue".split())
_LINKS = frozenset("though although while whereas but yet and ; so".split())
_BEFORE_VERB = frozenset(
    "have has had will would shall should can could may might must is are was were be been being do does did "
    "not n't also already still now then just further since so far meanwhile instead too even".split()
)


def earlier_clause_subject(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The subject of the earlier clause when the verb at *first* has "it" or "they" for its subject
    and that pronoun opens a clause joined by a linking word or a semicolon; () when there is none."""
    j = first - 1
    if j > 1 and view.lower[j] == "to" and view.lemmas[j - 1] in _CONTROL:
        j -= 2  # "though it refused to send its jets": the pronoun is the subject of the verb that controls it
    while j > 0 and (view.lower[j] in _BEFORE_VERB or view.lower[j].endswith("ly") or view.lower[j] == ","):
        j -= 1  # "it has so far sold", "it has, however, sold"
    if j < 2 or view.lower[j] not in ("it", "they"):
        return ()
    link = j - 1
    if view.lower[link] not in _LINKS:
        return ()
    if view.lower[link] in ("and", "so", "but", "yet") and view.lower[link - 1] != ",":
        return ()  # "sold jets to Egypt and it ...": only a comma-set clause is a second clause
    subject, at = view.subject(link - (view.lower[link - 1] == ","))
    if not subject or at is None:
        return ()
    if view.lower[j] == "it" and len(subject) > 1:
        return ()  # "it" names one actor, not a list
    return unique(subject)


_REPORT_NOUNS = frozenset("statement report reports claim claims assertion allegation allegations accusation "
                          "accusations assessment finding findings suggestion charge charges".split())


def past_report_owner(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The sentence's subject when the verb at *first* has "it"/"they" for its subject inside "a <X>
    statement that it had ...": the pronoun is not X, whose statement it is, but the actor the sentence
    opened with ("North Korea denied ..., calling a White House statement that it had shipped munitions
    groundless"); () when the verb is not in such a clause."""
    j = first - 1
    while j > 0 and (view.lower[j] in _BEFORE_VERB or view.lower[j].endswith("ly")):
        j -= 1
    if j < 3 or view.lower[j] not in ("it", "they") or view.lower[j - 1] != "that" \
            or view.lower[j - 2] not in _REPORT_NOUNS:
        return ()
    k = j - 3
    while k > 0 and view.lower[k] not in ("a", "an", "the", ",", "of") and j - 3 - k < 5:
        k -= 1  # back over the report's owner: "a White House statement", "a U.S. intelligence report"
    opener = next((m for m in view.actors if m.first < k and not view.in_pp(m)), None)  # the sentence's subject
    if opener is None:
        return ()
    subject = unique(m.entity for m in view.group(opener))
    return subject if view.lower[j] == "they" or len(subject) == 1 else ()


def said_subject(view: SentenceView, first: int) -> tuple[tuple[EntityRef, ...], int | None]:
    """The state or body that says "(that) it/they" before the verb at *first*: in "Hungary has refused ...,
    and Slovakia said it would not send jets" the pronoun is Slovakia, the speaker, not the sentence's
    first subject, and where the speaker starts; ((), None) when no speech verb stands right before the pronoun."""
    j = first - 1
    while j > 0 and (view.lower[j] in _BEFORE_VERB or view.lower[j].endswith("ly")):
        j -= 1
    if j < 2 or view.lower[j] not in ("it", "they"):
        return (), None
    k = j - 1 - (view.lower[j - 1] == "that")
    if k < 1 or view.lower[k] not in SAID_SAYS:
        return (), None
    named = next((m for m in view.actors if m.last == k), None)  # "and Slovakia said it": the name right before
    subject, at = (unique(m.entity for m in view.group_ending(named)), named.first) if named is not None \
        else view.subject(k)
    subject = tuple(s for s in subject if s.kind in ("state", "organisation"))
    return (subject, at) if subject and (view.lower[j] == "they" or len(subject) == 1) else ((), None)
