"""A body's event recorded alone is folded into the meeting of the persons who attend it, or dropped where another
meeting has the body already (README M2, M4); a summit beside which talks were held stays the body's own."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("lone", text, date="2025-03-05"))
    return sorted(tuple(sorted(p.label for p in m.participants)) for m in doc.facts_of(Meeting))


def test_attendees_meet_the_body():
    text = ("Brazilian President Luiz Inacio Lula da Silva had earlier attended a summit of the BRICS in Kazan, "
            "hosted by Russian President Vladimir Putin.")
    assert _meetings(text) == [("BRICS", "Luiz Inacio Lula da Silva", "Vladimir Putin")]


def test_talks_beside_a_summit_leave_the_body_its_own():
    text = "On the sidelines of the G20 summit in Rio de Janeiro, US President Joe Biden met Chinese President Xi Jinping."
    assert _meetings(text) == [("G20",), ("Joe Biden", "Xi Jinping")]


def test_a_body_already_met_is_no_new_meeting():
    text = ("Colombian President Gustavo Petro spoke on Tuesday on the sidelines of the summit of the Community of "
            "Latin American and Caribbean States (CELAC) in Buenos Aires. The statement came a day after he had "
            "spoken in Buenos Aires, where regional leaders were gathered for the CELAC meeting.")
    assert _meetings(text) == [("CELAC", "Gustavo Petro")]
