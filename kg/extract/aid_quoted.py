""""We", "us" and "our" in a quotation are the speaker's state: '"We have delivered everything we promised to
Kyiv," the Czech defence minister said', 'Scholz said: "We will send two more Patriot systems to Ukraine."',
'"Japan has given us ten patrol boats," the Philippine coast guard said'.

The speaker is found in the attribution right after the closing quote (", the Czech defence minister
said") or right before the opening one ("Germany's chancellor said:"); the state it names (a demonym or a
possessive, as office holders are named in reports) is the speaker's, else the state of a leader or minister
named there by name alone ("Scholz said"), else, for "he said"/"she said", the state of the person the text
named last. A quotation with no such state in its attribution gives nothing, and nor does "we" outside
quotation marks (the reporter's "we")."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique

_QUOTES = frozenset('" “ ” ‘ ’'.split())  # (British style: ‘single quotes’)
_AUXILIARIES = frozenset("have has had will would shall can could may might must are were also already "
                         "just now then still not".split())
# what stands between "we" and the supply verb it governs: "we are ready to supply", "we have decided to send",
# "we will continue to provide"
_CONTROL = frozenset("to ready willing prepared able going set determined committed want plan intend decided "
                     "agreed continue keep hope need promised pledged offered".split())


def quoted_we(view: SentenceView, first: int):
    """(the speaker's states, where "we" stands) when the verb at *first* has "we" as its subject inside a
    quotation; else ((), None)."""
    j = first - 1
    while j >= 0 and (view.lower[j] in _AUXILIARIES or view.lower[j] in _CONTROL or view.lower[j].endswith("ly")):
        j -= 1
    if j < 1 or view.lower[j] != "we":
        return (), None
    states = speaker_states(view, j, first)
    return (states, j) if states else ((), None)


def speaker_states(view: SentenceView, first: int, last: int) -> tuple:
    """The states of the speaker of the quotation that holds tokens *first*..*last* ("we", "our"), named in
    its attribution; () when the words are not quoted or the attribution names no state."""
    opening = next((k for k in range(first, -1, -1) if view.lower[k] in _QUOTES), None)
    closing = next((k for k in range(last + 1, len(view.tokens)) if view.lower[k] in _QUOTES), None)
    if opening is None:
        return ()
    if closing is not None:  # '"We have delivered ...," the Czech defence minister said'
        tail = next((k for k in range(closing + 1, min(closing + 12, len(view.tokens))) if view.lower[k] in SAID_SAYS),
                    None)
        if tail is not None:
            return _speaker_states(view, closing + 1, tail + 2)
    head = next((k for k in range(opening - 1, max(-1, opening - 12), -1) if view.lower[k] in SAID_SAYS), None)
    if head is not None:  # 'Germany's chancellor said: "We will send ..."'
        start = next((k + 1 for k in range(head - 1, max(-1, head - 9), -1) if view.lower[k] == ","), max(0, head - 8))
        return _speaker_states(view, start, opening)  # (not "In an interview with Russia's RIA, Ibrayev said")
    return ()


def _speaker_states(view: SentenceView, first: int, last: int):
    named = unique(m.entity for m in view.actors_in(first, last) if m.entity.kind == "state"
                   and (m.how in ("demonym", "person") or view.possessive(m)))
    named = named or unique(state for at, state in view.person_state_at.items()
                            if first <= at < last and state)  # ("Sheinbaum said")
    if not named and {"he", "she"} & set(view.lower[first:last]):
        return view.last_person_state  # ('," she said': the person the text named last)
    return named


_OUR_NOUNS = frozenset("country nation people army forces government".split())


def quoted_us(view: SentenceView, at: int) -> tuple[tuple, int]:
    """(the speaker's states, the token after) when the object at *at* is "us" or "our country" inside a
    quotation ('"Japan has given us ten patrol boats," the Philippine coast guard said'); else ((), at)."""
    if view.lower[at:at + 1] == ("us",) and view.tokens[at].text != "US":
        end = at + 1
    elif view.lower[at:at + 1] == ("our",) and view.lower[at + 1:at + 2] and view.lower[at + 1] in _OUR_NOUNS:
        end = at + 2
    else:
        return (), at
    states = speaker_states(view, at, end - 1)
    return (states, end) if states else ((), at)
