"""Parts take the kind of what they are for: "to stop supplying parts for the F-35 fighter jets that Israel
flies" (military), "components for solar plants" (energy). When the "for" phrase was read as the getter's slot,
the item is only "parts", which names no kind; the words of the phrase after it, to the end of its clause, give
the kinds instead of "other"."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import load_lexicon
from kg.model import AidFlow

_PARTS = re.compile(r"\b(?:parts|components|spares|spare parts|subassemblies|kits)\s*$", re.IGNORECASE)
_FOR = re.compile(r"^\s*for\s+")
_CLAUSE_END = re.compile(r"[;:.!?,]|\b(?:that|which|who|to|from|because|after|while)\b", re.IGNORECASE)
_WORDS = re.compile(r"[\w'-]+")


def parts_for(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* of parts with no kind given the kinds of what the parts are for."""
    return [_for_what(f) if f.categories == ("other",) and _PARTS.search(f.item) else f for f in flows]


def _for_what(flow: AidFlow) -> AidFlow:
    text = flow.evidence.sentence_text
    at = text.find(flow.item)
    if at < 0:
        return flow
    opener = _FOR.match(text[at + len(flow.item):])
    if not opener:
        return flow
    rest = text[at + len(flow.item) + opener.end():]
    end = _CLAUSE_END.search(rest)
    kinds = [k for k in load_lexicon().categorise(_WORDS.findall(rest[:end.start()] if end else rest))[0]
             if k != "other"]
    return replace(flow, categories=tuple(kinds)) if kinds else flow
