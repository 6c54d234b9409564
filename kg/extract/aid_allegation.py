"""A party rejecting an allegation of the flow the story has just reported: "Minsk rejected the
accusations", "Both governments deny any arms deals", "Laos dismissed reports of a further loan".
The supply itself is in an earlier sentence (the discourse context); the denial by its giver or
getter adds a "denied" record for that pair (README A4). A denial naming neither the reported
flow's parties nor an allegation gives nothing ("Egypt rejected Israeli claims" with no aid told)."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_DENIERS = frozenset("deny reject dismiss refute".split())
_ALLEGATIONS = frozenset("allegation allegations accusation accusations charge charges claim claims report reports "
                         "lie lies deal deals transfers transfer "
                         # a party denying its part in the supply told before: "denied any link to the consignment"
                         "link links involvement role consignment consignments shipment shipments deliveries "
                         "sales".split())
_STOPS = frozenset(". ; that which who because while but".split())
_CHARGES = frozenset("accusation accusations charge charges allegation allegations".split())
_BOTH = frozenset("both two".split())
_PARTIES = frozenset("governments countries sides capitals nations".split())


def denied_allegation(view: SentenceView, first: int, last: int, entry: Entry, context: Context) -> list[Frame]:
    """The denied record of the context's flow that a denial verb at *first* answers, if any."""
    if entry.words[0] not in _DENIERS or not context.donors or not context.recipients:
        return []
    n = len(view.tokens)
    end = last
    while end < min(last + 7, n) and view.lower[end] not in _STOPS and view.lower[end] != ",":
        end += 1
    allegation = next((j for j in range(last, end) if view.lower[j] in _ALLEGATIONS), None)
    if allegation is None or not _tells_supply(view, allegation):
        return []
    donors, recipients = _answered(view, first, context)
    if not donors or not recipients:
        return []
    deniers = set(view.subject(first)[0])
    if view.lower[allegation] in _CHARGES and deniers and not deniers <= set(context.donors):
        # "Israel strongly rejects the charge" from a getter of the flow in hand: the charge is as often
        # another one ("accusing Israel of genocide"); it is the accused giver's rejection that denies the flow
        return []
    subject_at = view.chunks_before(first)[-1][0] if view.chunks_before(first) else first
    return [Frame(entry, first, last, donors, [(last, allegation + 1, recipients)], "denied",
                  min(subject_at, first), allegation + 1, used_context=True)]


_GIVEN = frozenset("delivered pledged offered approved".split())


def _tells_supply(view: SentenceView, allegation: int) -> bool:
    """Does the allegation at *allegation* tell a supply? One whose content a "that" clause gives must have a
    verb of giving or getting in it: "rejected reports that it had shipped them" does; "rejected reports that
    its contribution was small", "that it had delayed the deliveries" deny something else about the flow."""
    if view.lower[allegation + 1:allegation + 2] != ("that",):
        return True
    index = load_lexicon().by_first_word
    for k in range(allegation + 2, len(view.tokens)):
        if view.lower[k] in _STOPS or view.lower[k] == ",":
            return False
        if any(e.frame in ("give", "receive") and e.status in _GIVEN for e in index.get(view.lemmas[k], ())):
            return True
    return False


def _answered(view: SentenceView, first: int, context: Context):
    """The (donors, recipients) of the context's flow whose party denies at *first*."""
    deniers, _ = view.subject(first)
    if not deniers:
        chunk = view.lower[view.chunks_before(first)[-1][0]:first] if view.chunks_before(first) else []
        if set(chunk) & _BOTH and set(chunk) & _PARTIES:  # "Both governments deny": the pair itself
            return context.donors, context.recipients
        return (), ()
    if set(deniers) <= set(context.donors):
        return unique(deniers), context.recipients
    if set(deniers) <= set(context.recipients):
        return context.donors, unique(deniers)
    if set(deniers) <= set(context.donors) | set(context.recipients) and set(deniers) & set(context.donors):
        return context.donors, context.recipients  # "Moscow and Pyongyang have denied the arms transfers": both sides
    return (), ()


_CALLING = frozenset("call describe brand label".split())
_VERDICTS = frozenset("baseless groundless false untrue unfounded fabricated absurd nonsense lie lies propaganda "
                      "fiction fake".split())
_ENTRY = Entry(("deny",), "deny", "denied")


@revises(lambda: _CALLING)  # "described reports ... as baseless"
def verdict_denials(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a denied record when a party of the flow in hand calls the reports of it false:
    "The Kremlin described reports of North Korean deliveries as baseless", "Moscow called the reports
    lies" (unless the sentence has a denial of its own)."""
    if not context.donors or not context.recipients or any(f.status == "denied" for f in frames):
        return frames
    n = len(view.tokens)
    for j in range(1, n):
        if view.lemmas[j] not in _CALLING:
            continue
        span = range(j + 1, min(n, j + 10))
        allegation = next((k for k in span if view.lower[k] in _ALLEGATIONS), None)
        verdict = next((k for k in span if view.lower[k] in _VERDICTS), None)
        if allegation is None or verdict is None or verdict < allegation \
                or set(view.lower[j + 1:verdict]) & {".", ";", "but"}:
            continue
        donors, recipients = _answered(view, j, context)
        if donors and recipients:
            start = view.chunks_before(j)[-1][0] if view.chunks_before(j) else j
            return frames + [Frame(_ENTRY, j, j + 1, donors, [(allegation, allegation + 1, recipients)], "denied",
                                   min(start, j), verdict + 1, used_context=True)]
    return frames
