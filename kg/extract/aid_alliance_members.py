"""An alliance's members are not the alliance: in "NATO allies send Ukraine older equipment" or "orders
from Taiwan and from NATO allies" the states of the alliance give or buy, each for itself, and the text
does not say which; the alliance (listed in kg/rules/state_kinds.toml) is no actor of an aid frame there.
An alliance and another body named together before their members are neither ("The two NATO and European
Union members are the first buyers to be cut off"), and no body is the one member state named after it ("the European
Union member relied on Russian gas")."""

from __future__ import annotations

from kg.extract.state_kinds import alliance_keys
from kg.model import Mention

_MEMBER_NOUNS = frozenset("allies ally members member partners countries states nations governments".split())


def without_alliance_members(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* less the alliances named only as the attribute of their members ("NATO allies",
    "NATO member states")."""
    alliances = alliance_keys()
    by_index = {s.index: s for s in sentences}
    bodies = [m for m in mentions if m.entity.kind == "organisation"]
    dropped = {id(m) for m in bodies if m.entity.key in alliances and _before_members(by_index[m.sentence].tokens, m.last)
               or _one_member(by_index[m.sentence].tokens, m.last)}
    for m, n in zip(bodies, bodies[1:]):  # "NATO and European Union members": both are the members' attribute
        tokens = by_index[m.sentence].tokens
        if n.sentence == m.sentence and n.first == m.last + 1 and tokens[m.last].lower == "and" and alliances & {
                m.entity.key, n.entity.key} and _before_members(tokens, n.last):
            dropped |= {id(m), id(n)}
    return tuple(m for m in mentions if id(m) not in dropped) if dropped else mentions


def _before_members(tokens, after: int) -> bool:
    return after < len(tokens) and tokens[after].lower in _MEMBER_NOUNS


def _one_member(tokens, after: int) -> bool:
    """Does "member" (or "member state", "member country") follow a body's name in the singular ("the European
    Union member relied on Russian gas")? One member state is meant, not the body."""
    return after < len(tokens) and tokens[after].lower == "member" and not (
        after + 1 < len(tokens) and tokens[after + 1].lower in ("states", "countries", "nations", "governments"))
