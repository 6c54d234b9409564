"""An assertion taken up by a second speaker after a comma: "Khartoum accuses the UAE of arming the RSF, an
accusation that U.N. experts have described as credible." The second speaker's claim is the assertion
itself (what the first claim says, without its attribution), and a neutral verb of judgement ("described
as credible", "confirmed") takes over the assertion's stance; a denial keeps its own."""

from __future__ import annotations

from kg.extract.view import SentenceView


def endorsed(view: SentenceView, found: list, nouns: frozenset[str]) -> list:
    """*found* (speaker, first, last, cue) claims of one sentence, with a claim made in "..., an <assertion>
    that X <verb>" given the span of the assertion before the comma."""
    result = list(found)
    for i in range(1, len(result)):
        speaker, first, last, cue = result[i]
        _, before_first, before_last, before_cue = result[i - 1]
        k = before_last
        if first < before_last and k + 2 < len(view.tokens) and view.lower[k] == "," \
                and view.lower[k + 1] in ("a", "an") and view.lower[k + 2] in nouns and last > k:
            result[i] = (speaker, before_first, before_last, before_cue if cue == "neutral" else cue)
    return result
