"""A status verb that is a participle after another noun describes that noun, not the agreement: "interest on
Russian assets frozen in Europe pays for the contracts" freezes the assets, not the contracts. A
participle after the agreement's own noun ("the deal frozen in 2022") or the talks about it ("talks collapsed
in May"), and a verb after an auxiliary, a name, a pronoun or a comma keep their status."""

from __future__ import annotations

from kg.extract.view import PREPOSITIONS, SentenceView

_OWN = frozenset("talks negotiations deal deals agreement agreements accord accords pact pacts treaty treaties "
                 "contract contracts arrangement programme program loan loans".split())
_NOT_NOUNS = frozenset("is are was were be been being has have had will would not n't never also then it they he she "
                       "we which who that and or but as so to first already once just since again".split())  # "first signed in"


# who acts, not what is acted on: "aviation officials agreed on Sunday to extend ..." is the officials' verb
_AGENTS = frozenset("officials ministers leaders negotiators diplomats delegates delegations governments sides "
                    "countries nations presidents envoys representatives authorities parliaments lawmakers parliament "
                    "legislature senate congress cabinet government".split())


def post_nominal(view: SentenceView, j: int, noun: int | None) -> bool:
    """Is the verb at *j* a participle modifying the common noun before it ("assets frozen in Europe")?"""
    if j < 1 or j + 1 >= len(view.tokens) or j - 1 == noun or not view.lower[j].endswith(("ed", "en")):
        return False
    before = view.tokens[j - 1].text
    if not before.isalpha() or not before.islower() or before in _NOT_NOUNS or before in _OWN or before.endswith("ly") \
            or before in _AGENTS:
        return False
    return view.lower[j + 1] in PREPOSITIONS
