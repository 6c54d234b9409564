"""A consignment named only by its place in a series: "Oslo received its last batch in 2024", "Manila took
the second shipment on Monday". The goods are those of the flow the paragraph told; the giver comes
from the context like any receive verb without "from".
"""

from __future__ import annotations

_CONSIGNMENTS = frozenset("batch batches shipment shipments consignment consignments delivery deliveries "
                          "tranche tranches cargo cargoes instalment installment".split())
_BEFORE = frozenset("its their the a this that last first second third fourth fifth final next latest new "
                    "initial further remaining".split())


_AFTER = frozenset("in on at last this earlier yesterday today , ; at".split())


def counted_consignment(words: list[str]) -> bool:
    """Are *words* (the object of a receive verb, lower case) one consignment noun with only a
    determiner or an ordinal before it ("its last batch", "the second tranche")?"""
    k = 0
    while k < len(words) and words[k] in _BEFORE:
        k += 1
    if k == 0 or k >= len(words) or words[k] not in _CONSIGNMENTS:
        return False
    return k == len(words) - 1 or words[k + 1] in _AFTER  # "its last batch in 2024" (not "batch of applications")
