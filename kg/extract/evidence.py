"""The evidence of a fact found in one sentence: the quoted token span and the sentence around it."""

from __future__ import annotations

from kg.model import Evidence, Sentence


def evidence(sentence: Sentence, doc_id: str, first: int, last: int) -> Evidence:
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[min(last, len(tokens)) - 1].end
    return Evidence(doc_id, start, end, sentence.text[start - sentence.start:end - sentence.start],
                    sentence.start, sentence.end, sentence.text, (sentence.index,))
