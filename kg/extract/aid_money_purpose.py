"""Money named with what it is for also takes the kind of that purpose: "€85 million in investments for
Moldova's energy sector" (energy), "a €300 million loan to help the country deal with a shortage of gas"
(energy), "lent heavily for railways, roads and power plants" (infrastructure), "$15 million to pay for the
army's fuel" (energy). The purpose is the phrase after the item that opens with "for", "to help", "to pay
for", "to buy", "so that" and runs to the end of its clause; the kinds its words name are added to the
money's."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import load_lexicon
from kg.model import AidFlow

# The purpose may follow the getter ("$300 million to Egypt for a desalination plant"); the getter's name is
# read case-sensitively, the opening words in any case.
_OPENERS = re.compile(r"^\W*(?:(?i:worth)\s+\S+\s+\S+\s+)?(?:to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?"
                      r"(?i:for|to\s+help|to\s+pay\s+for|to\s+buy|to\s+fund|to\s+finance|to\s+cover|to\s+support|"
                      r"to\s+deal\s+with|so\s+that|aimed\s+at|earmarked\s+for)\b")
_CLAUSE_END = re.compile(r"[;:.!?]|,\s*(?:which|who|while|but|and\s+the|according|officials|the\s+\w+\s+said)\b|\bsaid\b"
                         # a second verb of the same subject: ", and will supply two patrol vessels"
                         r"|,?\s+and\s+(?:will|would|has|have|had|is|are|was|were|also|plans|agreed|pledged)\b",
                         re.IGNORECASE)
_WORDS = re.compile(r"[\w'-]+|[$€£¥]")
_MAX_WORDS = 14


def money_purposes(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each money-only flow given the kinds its stated purpose names."""
    return [_with_purpose(f) if f.categories == ("financial",) else f for f in flows]


def _with_purpose(flow: AidFlow) -> AidFlow:
    text = flow.evidence.sentence_text
    at = text.find(flow.item)
    if at < 0:
        return flow
    tail = text[at + len(flow.item):]
    opener = _OPENERS.match(tail)
    if not opener:
        return flow
    purpose = tail[opener.end():]
    end = _CLAUSE_END.search(purpose)
    words = _WORDS.findall(purpose[:end.start()] if end else purpose)[:_MAX_WORDS]
    kinds = [k for k in load_lexicon().categorise(words)[0] if k not in flow.categories and k != "other"]
    return replace(flow, categories=(*flow.categories, *kinds)) if kinds else flow
