"""States whose assets are frozen or seized are not givers: "pay for the jets with frozen Russian assets",
"the first 1.5 billion euros from the windfall profits of immobilised Russian assets", "Russia's frozen
reserves". The money is taken from them, not given; the flow's giver is whoever holds and lends it, named
elsewhere or not at all, so the owner is no actor of an aid frame."""

from __future__ import annotations

from kg.model import Mention

_FROZEN = frozenset("frozen immobilised immobilized seized confiscated blocked sanctioned".split())
_HOLDINGS = frozenset("assets asset reserves funds money holdings deposits".split())
_BETWEEN = frozenset("central bank sovereign state".split())  # "frozen Russian central bank assets"


def without_frozen_owners(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* less the owners of frozen or seized holdings ("frozen Russian assets", "Russia's
    frozen assets")."""
    by_index = {s.index: s for s in sentences}
    dropped = [m for m in mentions if m.entity.kind == "state" and not _FROZEN.isdisjoint(by_index[m.sentence].lower_set)
               and _frozen_owner(by_index[m.sentence].lowers, m)]
    return tuple(m for m in mentions if m not in dropped) if dropped else mentions


def _frozen_owner(words: tuple[str, ...], mention: Mention) -> bool:
    after = mention.last + (words[mention.last:mention.last + 1] in (("'s",), ("’s",)))
    if after < len(words) and words[after] in _FROZEN:
        after += 1  # "Russia's frozen assets"
        frozen = True
    else:
        frozen = mention.first > 0 and words[mention.first - 1] in _FROZEN  # "frozen Russian assets"
    while after < len(words) and words[after] in _BETWEEN:
        after += 1
    return frozen and after < len(words) and words[after] in _HOLDINGS
