"""A refusal with no object that answers a flow in hand: "Israel offered to send aid to Syria, but Damascus
refused", "Kyiv asked Berlin for Taurus missiles. Germany declined." The refusing party is the getter of an
offer or pledge (or the giver asked in a request), in the same sentence or, with none there, in the context;
its refusal is a declined record of that flow (README A3). A refuser who is no party to it, or a verb with an
object or an infinitive ("refused to comment", "rejected the plan"), gives nothing here."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_REFUSING = frozenset("refuse decline reject balk demur".split())
ADDS_WITH = _REFUSING  # no frame added without one (aid_sentence_passes)
_ENDS = frozenset(". , ; :".split())
_ENTRY = Entry(("refuse",), "receive", "declined")


def refused_alone(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """The declined frames of the objectless refusals in the sentence (added to *frames* by the caller)."""
    if _REFUSING.isdisjoint(view.lemmas):
        return []  # (most sentences: no refusing verb)
    added: list[Frame] = []
    for j, lemma in enumerate(view.lemmas):
        if lemma not in _REFUSING or j + 1 >= len(view.tokens) or view.lower[j + 1] not in _ENDS \
                or view.lower[j] == view.lemmas[j]:
            continue  # (not "refused to comment", "rejected the plan")
        at = _subject_end(view, j)
        if at - 1 not in view.actor_at:
            continue  # the refuser stands right before the verb (or its auxiliaries: "Israel has so far refused")
        refuser = view.actor_at[at - 1].entity
        answered = _answered(frames, j, refuser)
        if answered is not None:
            donors, getters = answered
        elif context.status in ("offered", "pledged") and refuser in context.recipients and context.donors:
            donors, getters = context.donors, (refuser,)  # "Israel offered aid to Syria. Damascus refused."
        elif context.status == "unspecified" and refuser in context.donors and context.recipients:
            donors, getters = (refuser,), context.recipients  # "Kyiv asked Berlin for missiles. Germany declined."
        else:
            continue
        added.append(Frame(_ENTRY, j, j + 1, donors, [(j, j + 1, getters)], "declined", view.actor_at[at - 1].first,
                           j + 1, used_context=answered is None))
    return added


_BETWEEN = frozenset("has have had so far thus also again until now".split())


def _subject_end(view: SentenceView, verb: int) -> int:
    """Where the subject of the refusing verb at *verb* ends: before the auxiliaries and adverbs in between
    ("Israel has so far refused", "Madrid has repeatedly declined")."""
    at = verb
    while at > 0 and (view.lower[at - 1] in _BETWEEN or view.lower[at - 1].endswith("ly")) and at - 1 not in view.actor_at:
        at -= 1
    return at


def _answered(frames: list[Frame], at: int, refuser) -> tuple | None:
    """(donors, getters) of the last offer, pledge or request before *at* in the sentence that *refuser* is a
    party to (the getter of an offer, the giver asked), or None."""
    for frame in reversed(frames):
        if frame.first >= at or not frame.donors:
            continue
        getters = tuple(r for _, _, rs in frame.segments for r in rs or ())
        if frame.status in ("offered", "pledged") and refuser in getters:
            return frame.donors, (refuser,)
        if frame.status == "unspecified" and refuser in frame.donors and getters:
            return (refuser,), getters
    return None
