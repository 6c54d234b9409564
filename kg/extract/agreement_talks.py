"""An accord named as the topic of talks is one under negotiation: "talks with Gazprom on a new long-term
contract would resume" names no contract in force (AG2 proposed), though a contract with no verb of its own
is otherwise one in force."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TALKS = frozenset("talk talks negotiation negotiations discussion discussions".split())  # "Talks on ..." opening a sentence
_TOPIC = frozenset("on over about for".split())
_DETERMINERS = frozenset("a an the new possible".split())
_MONEY = frozenset("- $ € £ ¥".split())


def talks_on(view: SentenceView, c_first: int, noun: int) -> bool:
    """Is the agreement noun at *noun* the topic of talks named before it in its clause ("talks on a new
    contract", "negotiations with Kyiv over a possible deal")?"""
    j = noun - 1
    while j > c_first and noun - j <= 8 and (view.lower[j] in _DETERMINERS or view.lower[j] in _MONEY or (
            view.tokens[j].text.isalpha() and view.tokens[j].text.islower() and view.lower[j] not in _TOPIC)
            or view.lower[j].replace(".", "").replace(",", "").isdigit()):
        j -= 1  # "on a new long-term contract", "on an extension of a $1 billion credit line": back over its modifiers
    if view.lower[j] not in _TOPIC:
        return False
    return any(view.lemmas[k] in _TALKS or view.lower[k] in _TALKS for k in range(max(c_first, j - 8), j))


def talks_stage(view: SentenceView, c_first: int, noun: int, c_last: int, status: str | None) -> str | None:
    """"Talks on a free trade agreement stalled": the talks stalled, the accord is still proposed (AG2);
    *status* otherwise ("its stalled loan programme" is declined)."""
    if status == "declined" and any(view.lemmas[k] in ("stall", "stalled") for k in range(noun, c_last)) \
            and talks_on(view, c_first, noun):
        return "proposed"
    if status == "signed" and any(view.lemmas[k] in _CONCLUDE or view.lower[k] in _CONCLUDE for k in range(noun, c_last)) \
            and talks_on(view, c_first, noun):
        return "agreed"  # "talks with China on a free trade agreement were concluded": agreed, not yet signed (AG2)
    return status


_CONCLUDE = frozenset("conclude concluded finalise finalised finalize finalized complete completed".split())
