""""The sale was announced by the Defense Security Cooperation Agency", "was confirmed by the National
Disaster Management Office": a public body the gazetteers do not know, named after "by", as the agent of
a passive speech verb (a mention of its own, named as written: gold rule C2)."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.claim_press import named_body
from kg.extract.view import SentenceView
from kg.model import Mention


def named_agent(view: SentenceView, at: int, outlet: bool = False) -> Mention | None:
    """A body's capitalised name starting at token *at* (after "by", with or without "the"), or None. With
    *outlet* ("was first reported by Bloomberg") any name will do: what reports is an outlet."""
    if at < len(view.tokens) and view.lower[at] == "the":
        at += 1
    if at >= len(view.tokens) or not view.tokens[at].text[:1].isupper() or at in view.actor_at:
        return None
    found = source_name(view, at, 1)
    if found is None or not (outlet or named_body(found[0])):
        return None
    ref, first, last = found
    sentence = view.sentence
    start, end = view.tokens[first].start, view.tokens[last - 1].end
    return Mention(start, end, sentence.text[start - sentence.start:end - sentence.start], sentence.index, first, last,
                   ref, "body")
