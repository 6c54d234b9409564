"""No one visits their own state or body (README M1): the host of such a visit is the state of its place, or
there is no visit."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _visits(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("home", text, date="2025-03-05"))
    return [tuple(p.label for p in m.participants) for m in doc.facts_of(Meeting) if m.kind == "visit"]


def test_the_country_of_a_titled_visitor_is_not_their_own():
    text = ("The visit followed a farm mission to Ghana earlier this year, when Nigeria's agriculture minister "
            "Abubakar Kyari travelled to the country with dozens of traders.")
    assert _visits(text) == [("Abubakar Kyari", "Ghana")]


def test_a_body_head_visits_the_state_of_the_capital():
    text = ("On March 3, during a visit to Nairobi, European Commission President Ursula von der Leyen announced that "
            "the European Union would provide 200 million euros so that Kenya could repair its power grid.")
    assert _visits(text) == [("Ursula von der Leyen", "Kenya")]


def test_an_envoy_on_the_phone_to_the_press_calls_no_one():
    text = ("The European Union's ambassador to Iraq, Thomas Seiler, told reporters by telephone that the bloc "
            "welcomed the resumption of the talks.")
    doc = extract(SourceDocument("home", text, date="2025-03-05"))
    assert doc.facts_of(Meeting) == []


def test_the_nearer_name_owns_the_title():
    text = "Kenya's president received US envoy Massad Boulos in Nairobi on Tuesday."
    doc = extract(SourceDocument("home", text, date="2026-03-12"))
    assert [tuple(p.label for p in m.participants) for m in doc.facts_of(Meeting)] == [("Kenya", "Massad Boulos")]


def test_the_way_home_is_no_visit():
    text = ("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday. "
            "Ruto was due back in Nairobi on Friday at the end of the state visit.")
    assert _visits(text) == []
