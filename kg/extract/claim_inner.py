"""Speech verbs inside a quotation that is itself attributed: '"The UAE has confirmed rollover of its
deposits," the State Bank said.', '"China has told us it will not send weapons," Scholz said.' The
quotation is the statement of the speaker named after it (gold rules C1, C4: one speech verb, one
claim); a verb inside it only reports, in the speaker's words, what someone else did or said, and
does not start a claim of its own."""

from __future__ import annotations

from kg.extract.view import SentenceView

_MARKS = frozenset(('"', "“", "”"))
_REACH = 12  # tokens from the closing mark to the verb: ', the State Bank said', ', Foreign Minister X told
# reporters', ', Rhoda Elmisaid, Somaliland's deputy foreign minister, told'


def quoted_spans(view: SentenceView, verbs: dict[str, str]) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each quotation in the sentence whose closing mark is followed,
    within a few tokens and before the clause ends, by a speech verb in *verbs*."""
    if _MARKS.isdisjoint(view.sentence.lower_set):
        return []  # no quotation mark (most sentences)
    marks, opened = [], None
    for k, word in enumerate(view.lower):
        if word == "“" or (word == '"' and _opens(view, k)):
            opened = k
        elif word in ("”", '"') and opened is not None:
            marks.append((opened, k))
            opened = None
        elif word in ("”", '"') and not marks and k > 2:
            marks.append((-1, k))  # the opening mark was left on the sentence before: the quotation opens it
    spans = []
    for first, close in marks:
        for k in range(close + 1, min(close + 1 + _REACH, len(view.tokens))):
            if view.lower[k] in (".", ";", ":", '"', "“", "”"):
                break
            if view.lower[k] in verbs:
                spans.append((first, close))
                break
    return spans


def _opens(view: SentenceView, k: int) -> bool:
    """Is the straight quotation mark at *k* an opening one: joined to the word after it, not to the one
    before? (The sentencizer may leave a quotation's opening mark on the sentence before.)"""
    tokens = view.tokens
    joined_after = k + 1 < len(tokens) and tokens[k].end == tokens[k + 1].start
    joined_before = k > 0 and tokens[k - 1].end == tokens[k].start
    return joined_after and not joined_before


def inside_quote(spans: list[tuple[int, int]], j: int) -> bool:
    """Is token *j* inside one of the attributed quotations *spans*?"""
    return any(first < j < close for first, close in spans)
