"""A demonym that only dates or designs the goods is no actor of a supply: "The Soviet-designed machines
can be armed" (the Soviet Union neither gives nor gets them), "Soviet-era tanks", "a US-style air defence
system". Unlike "-made" or "-built", which reporting often uses for the supplier ("Iranian-made weapons"),
these compounds name where a design or an era comes from, not who hands the goods over."""

from __future__ import annotations

from kg.model import Mention

_DESIGN_TAILS = frozenset("era designed style vintage pattern".split())


def without_design_origins(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* less the demonyms set before "-era", "-designed", "-style" and the like."""
    by_index = {s.index: s for s in sentences}
    dropped = set()
    for m in mentions:
        if m.how != "demonym":
            continue
        tokens = by_index[m.sentence].tokens
        if m.last + 1 < len(tokens) and tokens[m.last].text == "-" and tokens[m.last + 1].text.lower() in _DESIGN_TAILS:
            dropped.add(id(m))
    return tuple(m for m in mentions if id(m) not in dropped) if dropped else mentions
