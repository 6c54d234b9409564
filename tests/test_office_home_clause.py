"""The home state's opening clause speaks for the official put after it as its speaker, not for a guest."""

from __future__ import annotations


def _offices(text: str) -> set[tuple[str, str, str]]:
    from kg.extract import extract
    from kg.model import OfficeHolding, SourceDocument

    facts = extract(SourceDocument("home-clause", text)).facts_of(OfficeHolding)
    return {(f.holder.label, f.role, f.office_of.label if f.office_of else "") for f in facts}


def test_the_speaker_after_the_clause_is_the_home_states():
    found = _offices("ACCRA, Feb 3 — Ghana has secured a credit line from China for the rail link, "
                     "Finance Minister Cassiel Ato Forson said on Monday.")
    assert ("Cassiel Ato Forson", "finance-minister", "Ghana") in found


def test_a_guest_the_home_state_hosts_is_not_its_official():
    found = _offices("NEW DELHI, May 3 — India on Tuesday extended a credit line to Sri Lanka as Prime Minister "
                     "Narendra Modi hosted President Anura Kumara Dissanayake at Hyderabad House.")
    assert not any(person == "Anura Kumara Dissanayake" and state == "India" for person, _, state in found)


def test_a_visitor_arriving_as_the_clause_ends_is_not_the_home_states():
    found = _offices("CANBERRA, Aug 12 — Australia will not join the French-led naval mission for now, Prime Minister Anthony "
                     "Albanese said on Tuesday, just as President Emmanuel Macron arrived for talks.")
    assert ("Anthony Albanese", "prime-minister", "Australia") in found
    assert not any(person == "Emmanuel Macron" and state == "Australia" for person, _, state in found)
