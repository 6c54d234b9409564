"""A consignment named only by its place in a series or as more of the same: "Oslo received its last batch in
2024", "Manila took the second shipment on Monday", "Zambia received similar shipments", "Tehran is to receive
24 more". The goods are those of the flow the paragraph told; the giver comes from the context like any receive
verb without "from".
"""

from __future__ import annotations

_CONSIGNMENTS = frozenset("batch batches shipment shipments consignment consignments delivery deliveries "
                          "tranche tranches cargo cargoes instalment installment package packages".split())
_BEFORE = frozenset("its their the a this that last first second third fourth fifth final next latest new "
                    "initial further remaining similar same comparable equal".split())


_AFTER = frozenset("in on at last this earlier yesterday today , ; at".split())


def counted_consignment(words: list[str]) -> bool:
    """Are *words* (the object of a receive verb, lower case) one consignment noun with only a
    determiner or an ordinal before it ("its last batch", "the second tranche")?"""
    if len(words) >= 2 and words[0][:1].isdigit() and words[1] == "more" and (len(words) == 2 or words[2] in _AFTER):
        return True  # "Tehran is expected to receive 24 more"
    k = 0
    while k < len(words) and words[k] in _BEFORE:
        k += 1
    if k == 0 or k >= len(words) or words[k] not in _CONSIGNMENTS:
        return False
    return k == len(words) - 1 or words[k + 1] in _AFTER  # "its last batch in 2024" (not "batch of applications")
