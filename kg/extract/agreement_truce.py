"""Where a truce word ("ceasefire", "truce", "armistice") names no accord made: a truce called for or
worked towards ("called for an immediate ceasefire", "a commitment to a ceasefire"), or a truce word
that only modifies another noun ("ceasefire negotiations were paused", "a truce proposal", "ceasefire
violations"): the accord is the one agreed, signed or broken, told by a verb (events.toml needs_verb)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TRUCES = frozenset("ceasefire ceasefires cease-fire truce truces armistice".split())
# heads a truce word modifies: talks about a truce, a plan for one, breaches of one
_HEADS = frozenset("talks negotiations negotiation negotiators proposal proposals plan plans effort efforts bid push "
                   "call calls line lines monitors monitoring mission violations violation breaches mechanism terms "
                   "framework draft text offer offers mediation mediators envoy deadline demands appeal".split())
# nouns and verbs of wanting before "for"/"to": "called for a ceasefire", "a commitment to a ceasefire"
_WANTED = frozenset("call calls called calling push pushed pushing pushes appeal appeals appealed appealing demand "
                    "demands demanded demanding commitment commitments plea pleas urge urged urging press pressed "
                    "pressing pressure hope hopes hoped support supported supports bid efforts effort work worked "
                    "working works path road way".split())
_CARRIERS = frozenset("agreement agreements deal deals accord accords talks negotiations understanding".split())


def _truce(view: SentenceView, first: int, last: int) -> bool:
    return " ".join(view.lower[first:last]).replace(" - ", "-") in _TRUCES


def no_truce(view: SentenceView, first: int, last: int) -> bool:
    """Is the truce word at *first*..*last* a modifier of another noun or the object of a wish?"""
    if not _truce(view, first, last):
        return False
    if last < len(view.tokens) and view.lower[last] in _HEADS:
        return True  # "Ceasefire negotiations in Cairo were paused"
    k = first - 1
    while k >= 0 and view.lower[k] in ("a", "an", "the", "immediate", "lasting", "permanent", "durable", "full",
                                        "new", "comprehensive", "humanitarian", "temporary", "complete"):
        k -= 1
    if k >= 1 and view.lower[k] in ("on", "over", "for") and view.lower[k - 1] in _CARRIERS:
        return True  # "failed to reach an agreement on a ceasefire": the accord named first carries it
    return k >= 1 and view.lower[k] in ("for", "to", "towards", "toward") and view.lower[k - 1] in _WANTED


def truce_made(view: SentenceView, first: int, last: int, status: str) -> bool:
    """A truce is recorded only where it is agreed or signed ("agreed to a ceasefire", "signed a truce"): one
    that collapsed, was broken or is sought is told of a truce whose making the text tells elsewhere, if at all."""
    return status in ("signed", "agreed") or not _truce(view, first, last)
