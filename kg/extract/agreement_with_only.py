"""An accord told with its partner only ("The $1.5 billion facility was negotiated with Abu Dhabi last year",
"a $35 billion deal signed last month with the United Arab Emirates"): no subject names the other side, which
is the state the report is about. Taken only where that state is plain: the state named most after the
partner, named at least twice and more often than any other. Not where a side no gazetteer knows is the
subject ("The separatists had signed a peace agreement with the Malian government"): that side is the other."""

from __future__ import annotations

from kg.extract.view import SentenceView, ranked_states
from kg.model import EntityRef, Mention

# sides that are no state: armed or political groups, firms and private creditors
_OTHER_SIDES = frozenset("separatists rebel rebels insurgents militants militia militias fighters guerrillas factions "
                         "groups unions company companies firm firms consortium operator producer manufacturer maker "
                         "contractor creditors bondholders investors traders".split())


def _subjectless(view: SentenceView, c_first: int, first: int, people: set[int]) -> bool:
    """No actor and no person names a side before the accord's noun in its clause, and the accord is not the
    frame of another clause ("Under an arrangement reached with the Kremlin, Transnistria received ...": that
    clause's subject is the other side), and no group or firm is its subject ("The rebels signed a truce with
    the Sudanese army")."""
    return not any(c_first <= j < first for j in (*view.actor_at, *people)) \
        and not {"under", "through"} & set(view.lower[max(0, first - 4):first]) \
        and not other_side_subject(view, c_first, first)


def other_side_subject(view: SentenceView, c_first: int, first: int) -> bool:
    """Does a group or firm no gazetteer knows open the clause before the accord noun at *first* ("The rebels
    signed a ceasefire agreement with the Sudanese army")? Then the text names that side, not the report's pair."""
    return bool(_OTHER_SIDES & set(view.lower[c_first:first]))


def with_only(view: SentenceView, c_first: int, first: int, partner: Mention | None, people: set[int],
              mentions: tuple[Mention, ...]) -> tuple[EntityRef, ...]:
    """(the report's state, *partner*) for a subjectless accord whose one party follows "with"; ()."""
    if partner is None or partner.entity.kind != "state" \
            or view.lower[partner.first - 1 - (view.lower[partner.first - 1] == "the")] != "with" \
            or not _subjectless(view, c_first, min(first, partner.first), people):
        return ()
    others = [(ref, n) for ref, n in ranked_states(mentions) if ref != partner.entity]
    if not others or others[0][1] < 2 or (len(others) > 1 and others[1][1] >= others[0][1]):
        return ()
    return (others[0][0], partner.entity)
