"""More of the flow in hand announced as still to come: "Additional flights will follow", "More aid is
expected to follow", "Further shipments will be sent next week", and the part of it not yet given: "The rest is
to follow over the winter", "More will be sent later this year", "Thirty more will follow in June", "Another 30
are due to be handed over", "The remaining vehicles are expected to arrive in June". The sentence names no
giver or getter; the context's flow gets a pledged record (README A2, A3: will send), the way aid_anaphora reads
a stop of the flow in hand."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_MORE = frozenset("more further additional other extra fresh new next second third subsequent".split())
_CARRIERS = frozenset("flights planes aircraft convoys trucks ships vessels shipments batches consignments "
                      "deliveries tranches payments instalments installments cargoes airdrops "
                      "flight plane convoy truck ship vessel shipment batch consignment delivery tranche payment "
                      "instalment installment cargo airdrop wagons wagon containers container trainloads trainload".split())
_DETERMINERS = frozenset("the a an".split())
_MORE_COUNTED = frozenset("more further additional".split())
_MODALS = (("will",), ("would",), ("are", "expected", "to"), ("is", "expected", "to"), ("are", "due", "to"),
           ("is", "due", "to"), ("are", "set", "to"), ("is", "set", "to"), ("are", "to"), ("is", "to"),
           # "A second plane is due on Wednesday", "Another flight is expected later this week"
           ("is", "due"), ("are", "due"), ("is", "expected"), ("are", "expected"))
_SOON = frozenset("on in later next this within by tomorrow shortly soon after before".split())  # ("expected after a review")
_COMING = frozenset("follow come arrive".split())
_COMING_PASSIVE = frozenset("sent delivered shipped dispatched flown disbursed released handed paid supplied "
                             "transferred provided".split())
# the part still to give, named with no aid noun: "The rest", "The remainder", "The balance"
_REST = frozenset("rest remainder balance".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                          "fifty hundred hundreds dozen dozens".split())
_ENTRY = Entry(("follow",), "give", "pledged")


@revises(lambda: _MORE | _REST | {"another", "remaining"})  # "More aid will follow", "The rest is to follow"
def still_to_come(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a pledged frame for the flow in hand when the sentence says more of it will follow."""
    if not context.donors or not context.recipients:
        return frames
    words = view.lower
    k = 0
    while k < len(words) and words[k] in ('"', "“", "‘"):
        k += 1  # '"Additional flights will follow," he said': the quotation opens the sentence
    if words[k:k + 1] in (("he",), ("she",), ("they",)) and k + 1 < len(words) and words[k + 1] in SAID_SAYS:
        k += 2 + (words[k + 2:k + 3] == ("that",))  # "He said a second batch would arrive before the end of the year"
    k += k < len(words) and words[k] in _DETERMINERS
    j = _part_still_to_give(view, k)
    if j is not None and view.actors:
        return frames  # "The rest will come from China": another giver
    # a frame of the verb itself ("More will be sent": the giver in hand, no item) leaves the part to this reading
    if any(f.donors and (j is None or f.first < j) for f in frames):
        return frames
    part = j is not None
    if part:
        j = _past_measure(words, j)  # "The rest of the 30,000 tonnes is to follow"
    if j is None:
        if k >= len(words) or words[k] not in _MORE:
            return frames
        nouns = load_lexicon().aid_nouns | _CARRIERS
        j = k + 1 + (k + 2 < len(words) and _counted(view, k + 1))  # "A further 50 wagons of supplies"
        if j >= len(words) or words[j] not in nouns:
            return frames  # "Further talks will follow", "More than 40 people died": no aid named
        j = _past_measure(words, j + 1)  # "A second cargo of 55,000 tonnes is expected in July"
    for modal in _MODALS:
        if tuple(words[j:j + len(modal)]) == modal:
            at = j + len(modal)
            if any(a < at for a in view.actor_at):
                break  # "More Indian aid will follow": a giver of its own
            timed = len(modal) == 2 and modal[1] in ("due", "expected") and words[at:at + 1] and words[at] in _SOON
            if at < len(words) and view.lemmas[at] in _COMING or timed \
                    or words[at:at + 1] == ("be",) and words[at + 1:at + 2] and words[at + 1] in _COMING_PASSIVE:
                last = at + (not timed) + (words[at] == "be")
                # a part named with no goods ("More", "The rest") has the verb for its item
                first, end = (at, last) if part and not _goods_in(view, k, j) else (k, j)
                return frames + [Frame(_ENTRY, at, last, context.donors, [(first, end, context.recipients)], "pledged",
                                       0, last, used_context=True)]
            break
    return frames


def _past_measure(words: tuple, j: int) -> int:
    """Past an "of" phrase of measure or goods after the aid noun ending before *j*, up to the verb group."""
    if words[j:j + 1] != ("of",):
        return j
    for m in range(j + 1, min(len(words), j + 7)):
        if words[m] in (",", ".", ";") or any(tuple(words[m:m + len(modal)]) == modal for modal in _MODALS):
            return m if words[m] not in (",", ".", ";") else j
    return j


def _part_still_to_give(view: SentenceView, k: int) -> int | None:
    """Where the modal follows a subject that names the part of the flow in hand still to give, with no aid noun of
    its own ("The rest", "More", "Thirty more", "Another 30", "The remaining vehicles"), or None."""
    words, n = view.lower, len(view.lower)
    the = k > 0 and words[k - 1] == "the"
    if the and k < n and words[k] in _REST:
        return k + 1  # ("The rest of the country": no modal follows, nothing read)
    if not the and words[k:k + 1] == ("more",) and (k == 0 or words[k - 1] in ('"', "“", "‘")) \
            and not (k + 1 < n and words[k + 1] in load_lexicon().aid_nouns | _CARRIERS):
        return k + 1  # "More will be sent" (but "More than 40 people": no modal after "more"; "More flights": goods)
    j = k
    if words[j:j + 1] == ("another",) or (the and words[j:j + 1] == ("remaining",)):
        j += 1
    elif not (j + 1 < n and _counted(view, j) and words[j + 1] in _MORE_COUNTED):
        return None
    else:
        j += 1  # "Thirty more", "20 more", "Two further planes"
    if j < n and _counted(view, j):
        j += 1  # "Another 30", "The remaining 20"
    if j < n and words[j] in _MORE_COUNTED:
        j += 1
    if j < n and words[j].isalpha() and words[j] not in ("will", "would", "is", "are") and (
            words[j] in load_lexicon().aid_nouns | _CARRIERS or load_lexicon().categorise([view.tokens[j].text])[0]):
        j += 1  # "The remaining vehicles", "Another 30 trucks": goods, not "people" or "talks"
    return j if j > k + 1 or words[k] in ("another", "remaining") and j > k else None


def _counted(view: SentenceView, at: int) -> bool:
    word = view.lower[at]
    return word.replace(",", "").isdigit() or word in _NUMBER_WORDS


def _goods_in(view: SentenceView, first: int, last: int) -> bool:
    """Does the span name goods or aid ("The remaining money", "Another 30 trucks"), not only a part ("The rest")?"""
    words = [t.text for t in view.tokens[first:last]]
    nouns = load_lexicon().aid_nouns | _CARRIERS
    return any(w.lower() in nouns for w in words) or bool(load_lexicon().categorise(words)[0])
