"""A pay-out told in a participle clause after an approval is a payment made, not a further approval: "the
IMF approved a $1.1 billion programme for Egypt, releasing $333 million immediately", "approved the loan,
paying out $200 million at once" (README A3: disbursed is delivered). "Releasing" counts only with a word of
the pay-out at once (immediately, now, a first tranche): a parliament "approved the package, releasing $61
billion for Ukraine" unblocks money, which keeps the approval's stage, as do other participles after a comma
("approved a loan, giving the country a lifeline")."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

_PAYING_OUT = frozenset("disbursing".split())
_RELEASING = frozenset("releasing".split())
# Words that make a release a payment made now: "releasing $333 million immediately", "releasing the first tranche".
_AT_ONCE = frozenset("immediately now tranche tranches instalment instalments installment installments".split())
_AT_ONCE_PAIRS = frozenset({("at", "once"), ("right", "away")})


def paid_out_now(view: SentenceView, verb: int) -> bool:
    """Is the participle at *verb* a pay-out ("disbursing", "paying out", "releasing ... immediately")?"""
    words = view.lower
    if words[verb] in _PAYING_OUT or (words[verb] == "paying" and words[verb + 1:verb + 2] == ("out",)):
        return True
    if words[verb] not in _RELEASING:
        return False
    for j in range(verb + 1, min(len(words), verb + 12)):
        if words[j] in CLAUSE_END or words[j] == ".":
            break
        if words[j] in _AT_ONCE or tuple(words[j:j + 2]) in _AT_ONCE_PAIRS:
            return True
    return False
