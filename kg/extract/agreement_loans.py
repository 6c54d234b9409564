"""A lender's approval of a loan, with no agreement noun: "The Asian Development Bank approved a $500 million
loan for Kenya", "Egypt's $3 billion bailout, agreed in December", "a $2 billion loan from the World Bank,
approved last month" are credit lines (README AG4) between the lending body and the borrowing state, agreed
(AG2: approved, not signed); one a lender and a state signed ("The Asian Development Bank signed a $500 million
loan with Bangladesh", "Bangladesh signed a loan with the World Bank") is a credit line signed.

The lender is an organisation (a bank, fund or union: states lend through deals the agreement nouns find), or
a state named with "from" right after the loan ("Egypt secured a $3 billion loan from Saudi Arabia"); the borrower a state after "for"/"to" right after the noun, or the state whose loan it is ("Egypt's").
A loan that would, could or may be approved, or was not, is no accord yet. A loan got or owned with no
approving verb ("Pakistan clinched a bailout from the IMF") is read by :mod:`kg.extract.agreement_got_loan`.
"""

from __future__ import annotations

from datetime import date

from kg.extract.agreement_got_loan import dropped_verb, getter, got_verb, pronoun_owner, source_end
from kg.extract.agreement_loan_relative import relative_approval, relative_borrower
from kg.extract.cues import needs
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import BE_FORMS, SentenceView, main_state
from kg.model import Agreement, EntityRef, Mention

_LOANS = frozenset("loan loans bailout bailouts".split())
# nouns that are a loan only with an amount before them ("an $800 million programme", not "its nuclear programme")
_MONEY_NOUNS = frozenset("programme program arrangement facility package financing".split())
_APPROVE = frozenset("approve agree endorse extend".split())  # "the World Bank extended a $500 million loan to Kenya"
_SIGN = frozenset("sign ink".split())  # "The ADB signed a $500 million loan with Bangladesh": signed (AG2)
_MADE = _APPROVE | _SIGN
_NOT_YET = frozenset("not n't never will would could may might expect expected plan likely set due if yet".split())
_STOPS = frozenset(", ; . : — – ( )".split())
_SCALES = frozenset("million billion trillion mln bln bn m".split())


def _signed(view: SentenceView, verb: int) -> bool:
    """The verb at *verb* signs a loan ("signed a $500 million loan"), not "signed off on" one (approved)."""
    return view.lemmas[verb] in _SIGN and not (verb + 1 < len(view.tokens) and view.lower[verb + 1] == "off")


def _amount_before(view: SentenceView, noun: int) -> bool:
    """A money amount in the few words before the noun: "a $7 billion bailout", "a 90 billion euro loan"."""
    return any(view.amount_at(k) for k in range(max(0, noun - 5), noun))


def _np_start(view: SentenceView, noun: int) -> int:
    """The first word of the noun's phrase ("Pakistan 's $ 7 billion bailout": Pakistan)."""
    k = noun - 1
    while k >= 0 and noun - k <= 10 and (view.lower[k] not in _STOPS or _listed_adjective(view, k)) \
            and view.lemmas[k] not in _MADE \
            and (view.lower[k] not in ("of", "on", "for", "to", "from", "with") or _amount_of(view, k)):
        k -= 1
    return k + 1


def _listed_adjective(view: SentenceView, k: int) -> bool:
    """The comma at *k* sets a term before the amount: "a three-year, $1.3 billion programme"."""
    return view.lower[k] == "," and k >= 3 and view.amount_at(k + 1) and view.lower[k - 1] in ("year", "month") \
        and view.lower[k - 2] == "-"  # the segmenter splits "three-year"


def _amount_of(view: SentenceView, k: int) -> bool:
    """"$1.5 billion of financing", "$2 billion in loans": the "of"/"in" at *k* joins an amount to its noun."""
    return view.lower[k] in ("of", "in") and k >= 1 and view.lower[k - 1] in _SCALES and _amount_before(view, k)


def _approval(view: SentenceView, noun: int, start: int) -> int | None:
    """The approving verb: "approved a $1bn loan", "signed off on the bailout" before the noun phrase, or
    ", agreed last year", "was approved" right after the noun."""
    n = len(view.tokens)
    before = start - 1
    if before >= 2 and view.lower[before] == "on" and view.lower[before - 1] == "off" and view.lemmas[before - 2] == "sign":
        return before - 2
    if before >= 0 and view.lemmas[before] in _MADE and view.lower[before] != "agreement":
        return before
    if before >= 1 and view.lower[before] == "on" and view.lemmas[before - 1] == "agree":
        return before - 1  # "Argentina and the IMF agreed on a new $20 billion program"
    after = source_end(view, noun)  # "a $2.9 billion bailout from the IMF, approved the following year"
    if (relative := relative_approval(view, after, _APPROVE)) is not None:
        return relative  # "a $1.3 billion programme that the IMF approved for Lusaka in 2022"
    if after < n and view.lower[after] == ",":
        after += 1
    elif after < n and view.lower[after] in BE_FORMS:
        after += 1 + (after + 1 < n and view.lower[after + 1] == "been")
    else:
        return None
    if after < n and view.lemmas[after] in _APPROVE and view.lower[after].endswith("ed"):
        return after
    return None


def _borrower(view: SentenceView, noun: int, start: int, lender: Mention, verb: int) -> Mention | None:
    after = next((m for m in view.actors if m.entity.kind == "state" and noun < m.first <= noun + 3
                  and view.lower[m.first - 1] in ("for", "to", "with") and m.how != "demonym"), None)
    if after is not None:
        return after
    if verb < noun and (partner := _co_subject(view, lender, verb)) is not None:
        return partner  # "Argentina and the IMF agreed on a new $20 billion program"
    if _signed(view, verb) and verb < noun:  # "Bangladesh signed a $500 million loan with the World Bank"
        signer = next((m for m in reversed(view.actors) if m.entity.kind == "state" and m.last <= verb
                       and m.how != "demonym"), None)
        if signer is not None:
            return signer
    if verb > noun and (after := relative_borrower(view, verb)) is not None:
        return after  # "a loan that IMF staff agreed with Tunis", "a programme the IMF approved for Lusaka"
    return _owner(view, start, lender) or _speaker(view, lender)


def _co_subject(view: SentenceView, lender: Mention, verb: int) -> Mention | None:
    """The one state coordinated with the lender before the verb at *verb* ("Argentina and the IMF agreed",
    "The IMF and Egypt agreed"), with nothing but "have"/"has" between them and the verb; None else."""
    group = [m for m in view.group_ending(lender) if m.last <= verb]
    states = [m for m in group if m.entity.kind == "state" and m.how != "demonym"]
    end = max((m.last for m in group), default=verb)
    if len(states) != 1 or not all(view.lower[k] in ("have", "has", "had", "also", "finally") for k in range(end, verb)):
        return None
    return states[0]


def _owner(view: SentenceView, start: int, lender: Mention) -> Mention | None:
    """The state whose loan it is: "Egypt's $3 billion bailout"."""
    return next((m for m in view.actors if m.entity.kind == "state" and m.first == start and view.possessive(m)
                 and m.entity != lender.entity), None)


def _speaker(view: SentenceView, lender: Mention) -> Mention | None:
    """The state that opens the sentence as the one who tells the news ("Kenya's treasury said the IMF had
    approved a $485 million loan", "Kenya said ..."): with no other borrower named, the loan is its own."""
    first = view.actors[0] if view.actors else None
    if first is None or first.entity.kind != "state" or first.how == "demonym" or first.first > 1 \
            or first.last >= lender.first:
        return None
    return first if any(view.lower[k] in SAID_SAYS for k in range(first.last, min(first.last + 4, lender.first))) else None


def _lender(view: SentenceView, noun: int, start: int, verb: int) -> Mention | None:
    """"a loan from the World Bank"; else the organisation that approves it, named before the verb in the
    sentence ("The IMF's board approved", "the IMF completed a review of Egypt's bailout, agreed ...")."""
    source = next((m for m in view.actors if m.entity.kind in ("organisation", "state") and m.how != "demonym"
                   and m.first in (noun + 2, noun + 3) and view.lower[noun + 1] == "from"), None) or next(
        (m for m in view.actors if m.entity.kind == "organisation" and m.how != "demonym" and _signed(view, verb)
         and m.first in (noun + 2, noun + 3) and view.lower[noun + 1] == "with"), None)  # "signed a loan with the ADB"
    if source is not None:
        return source
    inner = next((m for m in view.actors if m.entity.kind == "organisation" and start <= m.first
                  and (m.last == noun or (m.first == start and view.possessive(m)))), None)
    if inner is not None:
        return inner  # "Sri Lanka's $2.9 billion IMF bailout", "the IMF's $1.9 billion loan"
    if verb > noun:  # "a programme that the IMF approved": the body between the noun and its verb
        inside = [m for m in view.actors if m.entity.kind == "organisation" and noun < m.first and m.last <= verb]
        if inside:
            return inside[0]
    limit = min(start, verb)
    before = [m for m in view.actors if m.entity.kind == "organisation" and m.last <= limit
              and not (m.first > 0 and view.lower[m.first - 1] in ("in", "at", "of", "to", "for", "by", "with"))]
    return before[-1] if before else None


@needs(lambda: _LOANS | _MONEY_NOUNS, nothing=[])  # a loan noun, or a money noun after an amount
def approved_credit(view: SentenceView, doc_id: str, today: date | None) -> list[Agreement]:
    """Credit lines a lending body approved in this sentence, one per loan noun."""
    found: list[Agreement] = []
    for noun, word in enumerate(view.lower):
        if not (word in _LOANS or (word in _MONEY_NOUNS and _amount_before(view, noun))):
            continue
        start = _np_start(view, noun)
        verb = _approval(view, noun, start)
        got = None if verb is not None else got_verb(view, start, noun)  # "Pakistan clinched a $3 billion bailout"
        dropped = got is None and verb is None and (got := dropped_verb(view, start, noun)) is not None
        owned = verb is None and got is None and source_end(view, noun) > noun + 1  # "its bailout from the IMF"
        verb = verb if verb is not None else got if got is not None else start if owned else None
        if verb is None or any(view.lower[k] in _NOT_YET and view.tokens[k].text.islower()  # not "in May approved"
                               for k in range(max(0, verb - 3), verb)):
            continue
        lender = _lender(view, noun, start, verb)
        if lender is None or ((got is not None or owned) and lender.first < start):
            continue  # a loan got or owned is the lending body's only as "from the IMF"
        if owned:  # "Egypt's bailout from the IMF", "its bailout from the IMF": the owner's, no one else's
            borrower = _owner(view, start, lender) or pronoun_owner(view, start, lender)
        else:
            borrower = _borrower(view, noun, start, lender, verb)
        if borrower is None and got is not None:
            borrower = getter(view, got, lender)
        if borrower is None or borrower.entity == lender.entity:
            continue
        first = min(start, verb, lender.first)
        last = max(noun, verb, borrower.last - 1, lender.last - 1) + 1
        name = view.sentence.text[view.tokens[noun].start - view.sentence.start:view.tokens[noun].end - view.sentence.start]
        stage = "declined" if dropped else "signed" if _signed(view, verb) else "agreed"  # "signed off on": agreed
        found.append(Agreement((lender.entity, borrower.entity), "creditLine", stage,
                               evidence(view.sentence, doc_id, first, last),
                               None if owned else event_date(view.sentence, today), name))  # owned: no event told
    return found


def lone_lender(parties: tuple[EntityRef, ...], kind: str, mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """A credit line whose clause names only the lending body ("The IMF's executive board signed off on a $7
    billion loan package") is with the state the report is clearly about (named half again as often as any
    other), the borrower the whole story follows; else the parties as they are."""
    if kind != "creditLine" or len(parties) != 1 or parties[0].kind != "organisation":
        return parties
    state = main_state(mentions)
    return parties if state is None else (parties[0], state)
