"""Money paid back is no aid: "Sri Lanka has handed $50 million back to Bangladesh, making the first payment on a
$200 million currency swap", "Colombo returned $50 million to Dhaka under the swap". A borrower repaying a loan,
swap or debt gives nothing (the flow was the loan, README A1); the gold never records repayments. Aid sent back
that was never a loan ("Niger returned the aid to France") stays a refusal (README A3 declined)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_BACK_VERBS = frozenset("hand give send pay transfer wire".split())
_RETURNING = frozenset("return repay reimburse".split())
# words that tell the money repays a loan: "making the first payment on a $200 million currency swap"
_LENDING = frozenset("payment payments repayment repayments instalment instalments installment installments swap "
                     "loan loans debt debts owed owes borrowed settle settled arrears".split())
_SUMS = frozenset("amount money funds sum".split())  # "undertook to return the entire amount inside three months"


def without_repayments(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without those that pay money back on a loan, swap or debt."""
    return [f for f in frames if not _repaid(view, f)]


def _repaid(view: SentenceView, frame: Frame) -> bool:
    lemmas = view.lemmas[frame.first:frame.quote_last + 1]  # "handed $50 million back", "undertook to return"
    back = not _RETURNING.isdisjoint(lemmas) or lemmas[0] in _BACK_VERBS and "back" in lemmas
    money = any(view.amount_at(k) for k in range(frame.first, frame.quote_last + 1)) \
        or not _SUMS.isdisjoint(view.lower[frame.first:frame.quote_last + 1])
    return back and money and not _LENDING.isdisjoint(view.lower)
