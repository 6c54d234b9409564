"""Who pays for a flow already reported: "Denmark announced a new tranche for Kyiv ... Besides Copenhagen, the
tranche is financed by Sweden and Norway". A present passive of a paying verb whose subject points back at
the flow in hand ("the tranche", "the package", "it") names more givers of that flow at its stage (README A3:
pledged when the flow was announced), not a new delivery; "The tranche was financed by Sweden" and a flow
with no stage in hand stay as they are."""

from __future__ import annotations

from kg.extract.view import SentenceView

_PAYING = frozenset("financed funded bankrolled paid covered underwritten".split())
_PRESENT = frozenset(("is", "are"))
_POINTING = frozenset("the this that these those it".split())
_FLOW_NOUNS = frozenset("tranche package money funds aid assistance loan grant programme program scheme "
                        "facility initiative support purchase".split())
_STAGES = frozenset(("pledged", "approved", "offered"))


def stage_in_hand(view: SentenceView, subject_first: int, first: int, context_status: str | None) -> str | None:
    """The context's stage for "<the tranche> is financed by ..." with the participle at *first* and the
    subject from *subject_first*, else None."""
    if context_status not in _STAGES or view.lower[first] not in _PAYING or first < 2:
        return None
    be = first - 1
    if view.lower[be] not in _PRESENT:
        return None
    words = view.lower[subject_first:be]
    if words == ("it",) or (len(words) >= 2 and words[0] in _POINTING and words[-1] in _FLOW_NOUNS
                            and len(words) <= 4):
        return context_status
    return None
