"""Meetings read across sentences: talks after a trip (kg.extract.meeting_discourse) and the dateline's
city as the place of recent meetings (kg.extract.meeting_dateline)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str, published: str | None = None) -> dict[tuple[str, ...], Meeting]:
    doc = extract(SourceDocument("t", text, date=published))
    return {tuple(sorted(p.label for p in m.participants)): m for m in doc.facts_of(Meeting)}


def test_talks_after_a_trip_take_its_place_and_day():
    found = _meetings("Irish Foreign Minister Simon Harris made a trip to Kharkiv on Tuesday. "
                      "There he met Ukrainian Foreign Minister Andrii Sybiha.", "2026-06-05")
    talks = found[("Andrii Sybiha", "Simon Harris")]
    assert (talks.kind, talks.place.label, talks.date) == ("visit", "Kharkiv", "2026-06-02")


def test_talks_with_a_place_of_their_own_stay_apart_from_the_trip():
    found = _meetings("Irish Foreign Minister Simon Harris made a trip to Kharkiv on Tuesday. "
                      "On Thursday he met Polish Foreign Minister Radoslaw Sikorski in Warsaw.", "2026-06-05")
    talks = found[("Radoslaw Sikorski", "Simon Harris")]
    assert talks.place.label == "Warsaw" and talks.kind == "talks"


def test_talks_that_do_not_point_back_to_the_trip_keep_their_kind():
    found = _meetings("Irish Foreign Minister Simon Harris made a trip to Kharkiv on Tuesday. "
                      "Polish Foreign Minister Radoslaw Sikorski had met Simon Harris last year.", "2026-06-05")
    talks = found[("Radoslaw Sikorski", "Simon Harris")]
    assert (talks.kind, talks.place) == ("talks", None)


def test_recent_talks_are_placed_at_the_dateline():
    found = _meetings("LIMA, June 5 — Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign "
                      "Minister Alberto Klaveren on Thursday.", "2026-06-05")
    assert found[("Alberto Klaveren", "Elmer Schialer")].place.label == "Lima"


def test_an_older_meeting_or_a_call_is_not_placed_at_the_dateline():
    found = _meetings("LIMA, June 5 — Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign "
                      "Minister Alberto Klaveren on May 12. Schialer also spoke by phone with Bolivian Foreign "
                      "Minister Celinda Sosa on Thursday.", "2026-06-05")
    assert found[("Alberto Klaveren", "Elmer Schialer")].place is None
    assert found[("Celinda Sosa", "Elmer Schialer")].place.label == "virtual"


def test_a_dateline_of_two_cities_gives_no_place():
    found = _meetings("LIMA/SANTIAGO, June 5 — Peruvian Foreign Minister Elmer Schialer held talks with Chilean "
                      "Foreign Minister Alberto Klaveren on Thursday.", "2026-06-05")
    assert found[("Alberto Klaveren", "Elmer Schialer")].place is None


def test_two_sides_are_the_two_states_named_before():
    found = _meetings("Kenya and Somalia restored ties in 2023. Both countries have since expanded trade, and the two "
                      "governments plan to meet in Mogadishu next month.", "2026-03-03")
    assert set(found) == {("Kenya", "Somalia")}


def test_two_sides_after_a_meeting_refer_back_to_it():
    doc = extract(SourceDocument("t", "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva "
                                 "in Beijing on Monday. The two sides held talks on trade and climate.", date="2026-03-03"))
    assert [m.place.label for m in doc.facts_of(Meeting)] == ["Beijing"]


def test_the_same_sides_meeting_on_another_day_are_two_meetings():
    doc = extract(SourceDocument("t", "Indonesian Foreign Minister Sugiono met Malaysian Foreign Minister Mohamad Hasan "
                                 "on March 4. Sugiono met Hasan again on April 20.", date="2026-05-02"))
    assert sorted(m.date for m in doc.facts_of(Meeting)) == ["2026-03-04", "2026-04-20"]


def test_a_meeting_told_again_without_a_day_stays_one():
    doc = extract(SourceDocument("t", "Indonesian Foreign Minister Sugiono met Malaysian Foreign Minister Mohamad Hasan "
                                 "in Jakarta on March 4. Sugiono met Hasan to discuss fishing rights.", date="2026-05-02"))
    assert [m.date for m in doc.facts_of(Meeting)] == ["2026-03-04"]


def test_their_talks_with_no_day_of_their_own_are_the_meeting_told_before():
    doc = extract(SourceDocument("t", "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo "
                                 "in Nairobi on June 2. No figures were given at the news conference that followed "
                                 "their talks.", date="2026-06-04"))
    assert [m.place.label for m in doc.facts_of(Meeting)] == ["Nairobi"]


def test_their_earlier_summit_is_a_meeting_of_its_own():
    doc = extract(SourceDocument("t", "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo "
                                 "in Nairobi on June 2. It was their second meeting, following talks in Kampala in "
                                 "March 2025.", date="2026-06-04"))
    assert sorted((m.place.label, m.date) for m in doc.facts_of(Meeting)) == [("Kampala", "2025-03"),
                                                                             ("Nairobi", "2026-06-02")]


def test_members_named_later_join_the_meeting_not_a_call():
    doc = extract(SourceDocument("t", "Chinese Premier Li Qiang spoke by phone with Vietnamese Prime Minister Pham Minh "
                                 "Chinh on Monday. Li Qiang was accompanied by Foreign Minister Wang Yi.", date="2026-06-04"))
    calls = [m for m in doc.facts_of(Meeting) if m.kind == "call"]
    assert [sorted(p.label for p in m.participants) for m in calls] == [["Li Qiang", "Pham Minh Chinh"]]


def test_a_planned_round_elsewhere_does_not_place_the_meeting_before():
    doc = extract(SourceDocument("t", "Serbian Foreign Minister Marko Djuric met Hungarian Foreign Minister Peter "
                                 "Szijjarto on Friday. The next round of talks will take place in Budapest."))
    assert [m.place for m in doc.facts_of(Meeting)] == [None]


def test_talks_held_in_a_town_place_the_meeting_before():
    doc = extract(SourceDocument("t", "Serbian Foreign Minister Marko Djuric met Hungarian Foreign Minister Peter "
                                 "Szijjarto on Friday. The talks were held in the town of Subotica."))
    assert [m.place.label for m in doc.facts_of(Meeting)] == ["Subotica"]
