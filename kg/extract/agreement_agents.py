"""The last signer of a passive signing set off by a comma: in "A memorandum was signed in Damascus by the
fund's chief executive, Sultan Al-Marshad, and Syrian Energy Minister Mohammad al-Bashir" the clause would
end at ", and"; the names after it are the rest of the agent list, so the accord's clause runs on to them."""

from __future__ import annotations

from kg.extract.view import SentenceView

_JOINERS = frozenset("of the 's ’s - al el bin ibn de da van von".split())  # "Mohammad al-Bashir"


def agent_end(view: SentenceView, c_first: int, c_last: int, verbs: frozenset[str]) -> int:
    """The end of the clause [*c_first*, *c_last*) extended over ", and <title and name>" where the clause
    holds a passive agent ("signed ... by"); *c_last* else. The words after "and" must all be capitalised
    (titles, names, demonyms) up to the sentence's end or the next comma."""
    n = len(view.tokens)
    if c_last + 2 >= n or view.lower[c_last] != "," or view.lower[c_last + 1] != "and":
        return c_last
    if not any(view.lower[j] == "by" and any(view.lower[k].endswith("ed") and view.lemmas[k] in verbs
                                             for k in range(max(c_first, j - 8), j))
               for j in range(c_first, c_last)):
        return c_last
    end = next((j for j in range(c_last + 2, n) if view.lower[j] in (",", ";", ".")), n)
    words = range(c_last + 2, end)
    if not words or not all(view.tokens[j].text[:1].isupper() or view.lower[j] in _JOINERS for j in words):
        return c_last
    return end
