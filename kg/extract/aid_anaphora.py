"""A later stage of the flow in hand, named by an aid noun that points back ("the flow" too): "Iran has been shipping
oil to Syria. The shipments stopped in December", "The EU approved 5 billion euros for Ukraine. Hungary
blocked the payment", "France pledged howitzers to Ukraine. Paris later cancelled the order". The
context's giver and getter keep the flow; the stopping verb makes a declined record (README A3)."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_rebuttal import DENY_LEMMAS
from kg.extract.aid_urged_stop import urged_buyers
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, aid_nouns_and
from kg.extract.view import SentenceView

_POINTING = frozenset("the these those this that such".split())
_EXTRA_NOUNS = frozenset("order orders payment payments money funds deliveries flow flows deal contract programme "
                         "program arrangement facility".split())
# "It" opening the sentence points back at the flow in hand only when a stop follows it at once: "It has been
# on hold since September" ("they" is left out: "They were suspended" is as often said of people).
_PRONOUNS = frozenset(("it",))
_STOPPING = frozenset("stop halt cease end suspend freeze cancel block scrap pause veto withdraw shelve abandon "
                       "rescind revoke delay".split())  # ("Payments were delayed", as "delay" in aid.toml's declined)
_ENTRY = Entry(("stop",), "give", "declined")


@revises(lambda: aid_nouns_and(_EXTRA_NOUNS) | _PRONOUNS)  # an aid noun it points back at, or "It"
def stopped_in_hand(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a declined frame for an anaphoric aid noun that is stopped, when the sentence names
    no flow of its own and the context has one."""
    if not context.donors or not context.recipients or any(f.donors and any(rs for _, _, rs in f.segments)
                                                          for f in frames):
        return frames
    nouns = aid_nouns_and(_EXTRA_NOUNS)
    for j in range(len(view.tokens)):
        pronoun = j == 0 and view.lower[j] in _PRONOUNS
        bare = view.lower[j] in nouns and view.lower[j].endswith("s") and (j == 0 or view.lower[j - 1] == ",")
        if not pronoun and not bare and (j == 0 or view.lower[j] not in nouns or view.lower[j - 1] not in _POINTING):
            continue
        verb = stopping_verb(view, j)
        if bare and (verb is None or verb < j):
            continue  # "In May, deliveries stopped": a bare plural subject points back only when it is stopped
        if verb is not None and not view.actors_in(max(0, j - 1), j + 1):
            first, last = min(j if pronoun or bare else j - 1, verb), max(j + 1, verb + 1)
            if pronoun:  # the pronoun names no item: the clause that stops it stands for the flow
                last = verb + 2 if view.lower[verb] == "on" else verb + 1
                return frames + [Frame(_ENTRY, first, last, context.donors, [(first, last, context.recipients)],
                                       "declined", first, last, used_context=True)]
            donors, recipients = _stopper_side(view, verb, j, context)
            return frames + [Frame(_ENTRY, verb, verb + 1, donors, [(j - (not bare), j + 1, recipients)],
                                   "declined", first, last, used_context=True)]
    return frames


def _stopper_side(view: SentenceView, verb: int, noun: int, context: Context) -> tuple[tuple, tuple]:
    """The context's giver and getter, or, when the stopping verb's subject is one of several givers in hand
    ("Iraq sent fuel in exchange for medical services. Baghdad halted the shipments"), that giver and the others."""
    subject = view.subject(verb)[0] if verb < noun else ()
    if len(context.donors) < 2 or not subject or not set(subject) < set(context.donors):
        return context.donors, context.recipients
    return subject, tuple(r for r in context.recipients if r not in subject) \
        or tuple(d for d in context.donors if d not in subject)


def stopping_verb(view: SentenceView, at: int) -> int | None:
    """The verb that stops the noun at *at*: before it ("cancelled the order") or after it as its subject
    ("The shipments stopped", "the payments were suspended")."""
    for k in range(at - 2, max(-1, at - 4), -1):
        if view.lemmas[k] in _STOPPING:
            # "Pakistan's foreign office denied blocking the aid", "never halted the payments": no stop
            return None if k > 0 and (view.lemmas[k - 1] in DENY_LEMMAS or view.lower[k - 1] in ("not", "never")
                                      or urged_buyers(view, k) is not None) else k  # ("urged Mexico to halt the shipments")
    for k in range(at + 1, min(len(view.tokens), at + 6)):
        if view.lemmas[k] in _STOPPING or (view.lemmas[k] == "put" and view.lower[k + 1:k + 3] == ("on", "hold")):
            return k  # "The contract has now been put on hold"
        if view.lower[k:k + 2] == ("on", "hold") and k > at + 1:
            return k  # "It has been on hold since September", "the programme remains on hold"
        if view.lower[k] not in ("have", "has", "had", "were", "was", "is", "are", "been", "remains", "remained",
                                 "also", "then", "later", "abruptly",
                                 "now", "since", "temporarily", "effectively") and not _adverb(view, k):
            return None
    return None


def _adverb(view: SentenceView, at: int) -> bool:
    """Is the word at *at* a lower-case adverb in -ly ("have since largely stopped", "was quietly shelved")?"""
    word = view.lower[at]
    return word.endswith("ly") and len(word) > 4 and word.isalpha() and view.tokens[at].text.islower() \
        and word not in ("only", "early", "likely", "supply", "apply", "reply", "july", "italy")
