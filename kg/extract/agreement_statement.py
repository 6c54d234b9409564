"""What a joint statement says is no party to it: in "Canada and the United States said in a joint statement
that the aid would help Haiti" or "In a joint statement, Ottawa and Washington said the aid would help Haiti"
the statement is Canada's and the United States', and Haiti is only its content (README AG1, C3)."""

from __future__ import annotations

from kg.extract.speech_verbs import FINITE
from kg.extract.view import SentenceView

_QUOTES = frozenset(['"', "”", "“", "'", "’"])
# Also a statement's verbs of appeal and reaction
_SPEECH = FINITE | {"urged", "called", "voiced", "expressed", "condemned", "welcomed"}


def statement_span(view: SentenceView, first: int, last: int, kind: str, c_first: int, c_last: int
                   ) -> tuple[int, int]:
    """The span of the joint statement's speakers, whose noun spans *first*..*last*, in the clause
    *c_first*..*c_last*: up to "that" right after the noun's phrase when the speech verb comes before the noun
    ("said in a joint statement on Friday that ..."), and from the comma before the speakers when its content
    comes first ('"... the spread of cholera," officials from Ottawa and Washington said in a joint
    statement'); up to the speech verb that follows the noun ("In a joint statement, X and Y said ...", "A joint
    statement from X and Y said ..."); the clause as it is for other kinds."""
    if kind != "jointStatement":
        return c_first, c_last
    verb = next((j for j in range(first - 1, max(c_first, first - 6) - 1, -1) if view.lower[j] in _SPEECH), None)
    if verb is not None:
        start = next((j + 1 for j in range(verb - 1, c_first - 1, -1) if view.lower[j] == "," and _QUOTES & {
            view.tokens[k].text for k in (j - 1, j + 1) if 0 <= k < len(view.tokens)}), c_first)
        start = next((j + 1 for j in range(start, verb) if view.tokens[j].text in _QUOTES), start)
        end = next((j for j in range(last, min(c_last, last + 8)) if view.lower[j] == "that"), c_last)
        if start == c_first and end == c_last:  # "The aid will help Haiti's police, officials from X and Y said in ..."
            start = next((j + 1 for j in range(verb - 1, c_first, -1) if view.lower[j] == ","
                          and not (j - 1 in view.actor_at and j + 1 in view.actor_at)), c_first)
        return start, end
    verb = next((j for j in range(last, c_last) if view.lower[j] in _SPEECH), None)
    return c_first, (c_last if verb is None else verb + 1)
