"""The kind of an accord named again by a generic definite noun: "Kenya reached a staff-level agreement
with the IMF ... The deal must still be endorsed by the board" names the credit line told before, not
a new deal (AG3); "the agreement", "the accord", "this arrangement" take the kind of the last accord
told between the same parties."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.agreement_discourse import GENERIC
from kg.extract.agreement_spans import definite
from kg.extract.view import SentenceView
from kg.model import Agreement, EntityRef


def told_kind(view: SentenceView, first: int, last: int, kind: str, parties: Sequence[EntityRef],
              found: Sequence[Agreement]) -> str:
    """The kind of the last accord of *found* with the same parties, where the noun at *first*..*last* is a
    lone generic one ("the deal", "this agreement") with a definite determiner; *kind* else."""
    if kind != "deal" or last - first != 1 or view.lower[first] not in GENERIC or not definite(view, first):
        return kind
    earlier = next((a for a in reversed(found) if set(a.parties) == set(parties)), None)
    return earlier.kind if earlier is not None else kind
