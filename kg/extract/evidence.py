"""The evidence of a fact found in one sentence: the quoted token span and the sentence around it."""

from __future__ import annotations

from kg.model import Evidence, Sentence


def evidence(sentence: Sentence, doc_id: str, first: int, last: int) -> Evidence:
    """The evidence of tokens *first* to *last* (exclusive) of *sentence*; a span reaching outside the
    sentence is cut to it, so a quote is never empty and never runs backwards."""
    tokens = sentence.tokens
    first = min(max(first, 0), len(tokens) - 1)
    last = min(max(last, first + 1), len(tokens))
    start, end = tokens[first].start, tokens[last - 1].end
    return Evidence(doc_id, start, end, sentence.text[start - sentence.start:end - sentence.start],
                    sentence.start, sentence.end, sentence.text, (sentence.index,))
