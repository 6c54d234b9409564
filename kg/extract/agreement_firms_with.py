"""States that sign accords with unnamed firms sign no accord with each other: in "Germany and Japan have both
signed supply accords with Chilean producers" each state deals with companies the text does not name (a
private company is recorded only by its name, G2), so no record is made."""

from __future__ import annotations

from kg.extract.view import SentenceView

_FIRMS = frozenset("firm firms company companies producers producer miners miner manufacturers manufacturer "
                   "makers maker contractors suppliers traders investors operators lenders banks".split())
_BREAKS = frozenset("of and or to for in on at which that who whose".split())
_OPENING = frozenset("a an the several two three four various some private local foreign".split())


def with_unnamed_firms(view: SentenceView, last: int, c_last: int) -> bool:
    """Does "with" within three words after the agreement noun ending before *last* take unnamed firms
    ("with Chilean producers", "with two Indian companies", "with foreign miners"), with no actor of their own
    but a demonym?"""
    for j in range(last, min(last + 3, c_last - 1)):
        if view.lower[j] != "with":
            continue
        k = j + 1
        while k < c_last and k - j <= 4 and view.lower[k] not in _FIRMS and (
                view.lower[k] in _OPENING or view.lower[k].isdigit() or k in view.actor_at and view.actor_at[k].how
                == "demonym" or view.tokens[k].text.isalpha() and view.tokens[k].text.islower()
                and view.lower[k] not in _BREAKS):  # "with Chilean lithium producers"
            k += 1
        if k >= c_last or view.lower[k] not in _FIRMS or "state" in view.lower[j:k]:
            return False  # "with Egyptian state firm Arab Industries": a state's firm acts for it (G2)
        named = k + 1 < len(view.tokens) and view.tokens[k + 1].text[:1].isupper()  # "with the maker Baykar"
        return not named and (k > j + 1 or view.lower[k].endswith("s"))
    return False
