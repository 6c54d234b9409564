"""Agreements to supply with no agreement noun: "South Korea agreed to lend the United States 500,000 shells"
is a deal between the giver and the receiver (a credit line when money is lent, a contract when goods are
sold or supplied for pay)."""

from __future__ import annotations

from datetime import date

from kg.extract.cues import needs
from kg.extract.event_dates import event_date as _date
from kg.extract.agreement_subject import subject_of
from kg.extract.evidence import evidence as _evidence
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import Agreement

_MONEY_WORDS = frozenset("loan loans credit billion million euros dollars yuan yen".split())


_RENEW = frozenset("roll renew extend".split())
# a gift or dispatch by one side: "agreed to send tanks to Ukraine" is its pledge (an aid flow), not an accord
# with the receiver (AG1); "agreed to supply electricity to Djibouti", "agreed to lend 500,000 shells",
# "agreed to stop charging fees" stay deals
_SEND = frozenset("send donate give gift dispatch airlift deploy".split())
_KEEP = frozenset("keep leave maintain".split())
_SALE = frozenset("sell supply buy purchase export import".split())
_FREE = frozenset("free gift gifts donation donations grant grants aid assistance".split())  # "free of charge"
_CONTRASTS = frozenset("while whereas but although though".split())


def _teller(view: SentenceView, verb: int) -> tuple[list, tuple] | None:
    """([borrower], givers) where the state that opens the sentence tells of a rollover granted to it by the
    actors between its speech verb and *verb* ("Egypt's central bank said Saudi Arabia had agreed to roll over a
    $5 billion deposit"): the teller is the borrower when no other is named."""
    first = view.actors[0] if view.actors else None
    if first is None or first.entity.kind != "state" or first.how == "demonym" or first.first > 1 or first.last >= verb:
        return None
    said = next((k for k in range(first.last, min(first.last + 5, verb)) if view.lower[k] in SAID_SAYS), None)
    givers = unique(m.entity for m in view.actors_in(said + 1, verb) if m.entity != first.entity) if said else ()
    return ([first.entity], givers) if givers else None


def _rolled(view: SentenceView, k: int) -> bool:
    """"agreed to roll over a $2 billion loan to Pakistan", "agreed to renew a $3 billion deposit": a lender
    renewing money it lent."""
    window = range(k + 1, min(k + 8, len(view.tokens)))
    if view.lemmas[k] in _KEEP:  # "agreed to keep $2 billion of deposits at the State Bank of Pakistan"
        return any(view.lower[x] in ("deposit", "deposits") for x in window)
    return view.lemmas[k] in _RENEW and any(view.lower[x] in _MONEY_WORDS | {"deposit", "deposits", "debt"}
                                            for x in window)


def _participle(view: SentenceView, k: int) -> bool:
    """A participle clause after a comma ("agreed to build a pipeline, bypassing Tanzania"): what the act does,
    with no receiver of it; not "including", which lists what is given."""
    word = view.tokens[k].text
    return word.endswith("ing") and word.isalpha() and word.islower() and word not in ("including", "according")


@needs("agree", nothing=[])  # "agreed to lend"
def agreed_to_give(view: SentenceView, doc_id: str, today: date | None) -> list[Agreement]:
    """"South Korea agreed to lend the United States 500,000 shells", "EU leaders agreed to borrow ... and
    lend the money to Ukraine": an agreement to supply is a deal between the giver and the receiver
    (a credit line when money is lent)."""
    from kg.extract.lexicon import load_lexicon  # noqa: PLC0415 -- the aid rule file, read on first use

    give = load_lexicon().give_verbs
    for j in range(len(view.tokens) - 2):
        if view.lemmas[j] != "agree":
            continue
        to = next((k for k in range(j + 1, min(j + 6, len(view.tokens) - 1)) if view.lower[k] == "to"), None)
        if to is None or any(view.lower[k] in (",", ".", ";") for k in range(j + 1, to)):
            continue  # "agreed in March to lend", "agreed early on Friday to borrow ... and lend"
        verb = next((k for k in (to + 1, *range(to + 2, min(to + 10, len(view.tokens))))
                     if (view.lemmas[k] in give or _rolled(view, k)) and (k == to + 1 or view.lower[k - 1] == "and")),
                    None)
        if verb is None:
            continue
        if any(view.lower[k] in ("not", "n't", "never") for k in range(max(0, j - 3), j)):
            return []
        givers = subject_of(view, j)
        end = next((k for k in range(verb, len(view.tokens)) if view.lower[k] in (".", ";")
                    or (view.lower[k] == "," and k + 1 < len(view.tokens) and (view.lower[k + 1] in _CONTRASTS
                                                                                 or _participle(view, k + 1)))),
                   len(view.tokens))  # ", while Kuwait extended ...": another act; ", bypassing Tanzania": its effect
        takers = [m.entity for m in view.actors_in(verb + 1, end) if m.entity not in givers and m.how != "demonym"
                  and not (m.first > 0 and view.lower[m.first - 1] in ("from", "by", "on", "of")
                           and tuple(view.lower[m.first - 2:m.first]) != ("bank", "of"))]  # "at the State Bank of Pakistan"
        if not takers and _rolled(view, verb) and (told := _teller(view, j)):
            takers, givers = told  # "Egypt's central bank said Saudi Arabia had agreed to roll over ..."
        if not givers or not takers:
            return []
        words = set(view.lower[j:end])
        money = bool(words & _MONEY_WORDS) or any(w[:1] in "$€£¥" for w in words)
        kind = "creditLine" if money and view.lemmas[verb] in ("lend", "loan", "provide", "extend", "finance", "fund",
                                                              "roll", "renew", *_KEEP) \
            else "deal"
        if kind == "deal" and view.lemmas[verb] in _SALE and not words & _FREE:
            kind = "contract"  # "Iraq agreed to sell Jordan 10,000 barrels a day": a sale or supply contract (AG4)
        if kind == "deal" and view.lemmas[verb] in _SEND:
            return []  # "Germany agreed to send tanks to Ukraine": one side's pledge (an aid flow), no accord (AG1)
        parties = unique([*givers[:1], takers[0]])
        return [Agreement(parties, kind, "agreed", _evidence(view.sentence, doc_id, j, end), _date(view.sentence, today),
                          view.sentence.text[view.tokens[j].start - view.sentence.start:
                                             view.tokens[verb].end - view.sentence.start])]
    return []
