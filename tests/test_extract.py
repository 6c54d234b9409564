"""Extraction on short passages in the style of real reporting (written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract import STAGES, Pipeline, extract
from kg.model import AidFlow, OfficeHolding, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str, str]]:
    facts = extract(SourceDocument("t", text)).facts_of(AidFlow)
    return {(f.donor.label, f.recipient.label, f.status, f.item) for f in facts}


def _offices(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract(SourceDocument("t", text)).facts_of(OfficeHolding)
    return {(o.holder.label, o.role, o.office_of.label if o.office_of else None) for o in facts}


AID_CASES = [
    ("Turkey has shipped armed drones to Ukraine, officials in Ankara confirmed.",
     ("Türkiye", "Ukraine", "delivered", "armed drones")),  # the gazetteer's name; "Turkey" is an alias
    ("Japan will provide $60 million in grid equipment to Moldova, its embassy said.",
     ("Japan", "Moldova", "pledged", "$60 million in grid equipment")),
    ("Egypt turned down a Qatari offer of liquefied gas cargoes last winter.",
     ("Qatar", "Egypt", "declined", "liquefied gas cargoes")),
    ("Germany has pledged to deliver two more air defence systems to Kyiv.",
     ("Germany", "Ukraine", "pledged", "two more air defence systems")),
    ("Brazil offered to send rice and beans to Haiti after the storm.",
     ("Brazil", "Haiti", "offered", "rice and beans")),
]


@pytest.mark.parametrize("text,expected", AID_CASES, ids=["shipped", "will-provide", "turned-down", "capital-recipient",
                                                          "offered"])
def test_aid_frames(text, expected):
    assert expected in _flows(text)


def test_compound_word_is_no_supply_verb():
    # "ship-tracking": the first part of a compound is no verb, so no second item "-tracking data"
    flows = _flows("Mexico shipped 400,000 barrels to Cuba in June, according to ship-tracking data.")
    assert flows == {("Mexico", "Cuba", "delivered", "400,000 barrels")}


def test_donor_from_an_earlier_sentence():
    text = ("India and Japan have stepped up their support for Sri Lanka. "
            "This assistance includes fuel shipments, fertiliser and a credit line.")
    flows = _flows(text)
    assert ("India", "Sri Lanka", "delivered", "fuel shipments, fertiliser and a credit line") in flows
    assert ("Japan", "Sri Lanka", "delivered", "fuel shipments, fertiliser and a credit line") in flows


def test_passive_decline_inherits_actors_from_context():
    text = ("Armenia has long relied on economic aid from Russia. "
            "Offers to rebuild a rail line and modernise a power plant were also rejected.")
    flows = _flows(text)
    assert any(d == "Russia" and r == "Armenia" and s == "declined" and "rail line" in i for d, r, s, i in flows)


def test_recipient_subject_declines_several_donors():
    text = "Serbia reportedly rejected French offers for fighter jets and Chinese offers for missiles."
    flows = _flows(text)
    assert ("France", "Serbia", "declined", "fighter jets") in flows
    assert ("China", "Serbia", "declined", "missiles") in flows


def test_negated_supply_is_a_denial():
    assert ("Iran", "Russia", "denied", "ballistic missiles") in _flows(
        "Iran has not sent ballistic missiles to Russia, its foreign ministry insisted.")


def test_nouns_that_look_like_verbs_are_not_triggers():
    assert _flows("North Korean cargo ships are anchored off the coast while US supplies run low.") == set()


def test_unrelated_sentences_give_no_flows():
    assert _flows("The United States and China held talks in Geneva on tariffs.") == set()


OFFICE_CASES = [
    ("Foreign Minister Sergei Lavrov arrived in Ankara on Monday.", ("Sergei Lavrov", "foreign-minister", None)),
    ("Brazil's foreign minister, Mauro Vieira, met his counterpart.", ("Mauro Vieira", "foreign-minister", "Brazil")),
    ("The talks were led by Penny Wong, Australia's foreign minister.", ("Penny Wong", "foreign-minister", "Australia")),
    ("Indian Prime Minister Narendra Modi spoke first.", ("Narendra Modi", "prime-minister", "India")),
    ("Senator Jeanne Shaheen questioned the nominee.", ("Jeanne Shaheen", "senator", None)),
]


@pytest.mark.parametrize("text,expected", OFFICE_CASES, ids=["title", "possessive-appositive", "appositive-after",
                                                              "demonym", "senator"])
def test_offices(text, expected):
    assert expected in _offices(text)


def test_surname_refers_back_to_the_full_name():
    extraction = extract(SourceDocument("t", "President Lula da Silva flew to Beijing. Later, Lula said he was pleased."))
    persons = {m.entity.key for m in extraction.mentions if m.entity.kind == "person"}
    assert persons == {"lula-da-silva"}


def test_stage_registry_snapshot():
    assert sorted(STAGES) == ["kg.agreements.v1", "kg.aid.v1", "kg.claims.v1", "kg.clean.v1", "kg.meetings.v1",
                              "kg.offices.v1", "kg.persons.v1", "kg.places.v1", "kg.rosters.v1", "kg.segment.v1"]
    Pipeline().check()


def test_pipeline_check_rejects_a_stage_whose_input_is_missing():
    from kg.errors import ExtractionError

    with pytest.raises(ExtractionError, match="requires"):
        Pipeline(("kg.aid.v1",)).check()


def test_evidence_offsets_match_the_quote():
    text = "Header line\n\nPoland has sent 40 tanks to Ukraine, the defence ministry said."
    for fact in extract(SourceDocument("t", text)).facts:
        ev = fact.evidence
        assert text[ev.start:ev.end] == ev.quote and text[ev.sentence_start:ev.sentence_end] == ev.sentence_text


def test_a_bare_title_refers_back_to_its_holder():
    text = ("Chinese President Xi Jinping arrived in Moscow on Monday. "
            "The Chinese president said that Russia was a reliable partner.")
    extraction = extract(SourceDocument("t", text))
    titled = [m for m in extraction.mentions if m.text == "The Chinese president"]
    assert [m.entity.label for m in titled] == ["Xi Jinping"]


def test_sales_loans_and_barter_are_flows():
    flows = _flows("Belarus sold tractors to Zimbabwe. Saudi Arabia lent $500 million to Tunisia. "
                   "Iran bartered oil to Sri Lanka for tea.")
    pairs = {(d, r) for d, r, _, _ in flows}
    assert {("Belarus", "Zimbabwe"), ("Saudi Arabia", "Tunisia"), ("Iran", "Sri Lanka")} <= pairs


def test_appositive_does_not_hide_the_donor():
    assert ("Türkiye", "Ukraine", "delivered", "armed drones") in _flows(
        "Turkey, a NATO member, has sent armed drones to Ukraine.")


def test_help_with_goods_is_a_flow_but_support_for_a_position_is_not():
    assert ("Japan", "Kenya", "delivered", "vaccines and medical supplies") in _flows(
        "Japan helped Kenya with vaccines and medical supplies last year.")
    assert _flows("China supports Iran on the nuclear issue.") == set()


def test_ambassador_to_a_state_before_the_name():
    assert ("Iwama Kiminori", "ambassador", "Japan") in _offices(
        "The notes were signed by Japanese Ambassador to Bangladesh Iwama Kiminori on Wednesday.")


def test_military_ranks_are_titles_and_end_the_previous_name_list():
    offices = _offices("The notes were signed by Ambassador Iwama Kiminori and Lt Gen Waker-Uz-Zaman in Dhaka.")
    assert ("Waker-Uz-Zaman", "general", None) in offices
    assert not any(person.startswith("Lt") for person, _, _ in offices)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said so in a post on X. The embassy confirmed the shipment.",
     ["The ministry said so in a post on X.", "The embassy confirmed the shipment."]),
    ("Sanctions were imposed by the U.S. But Brazil kept buying diesel.",
     ["Sanctions were imposed by the U.S.", "But Brazil kept buying diesel."]),
    ("George W. Bush met the U.S. Army chief on Jan. 5 in Washington.",
     ["George W. Bush met the U.S. Army chief on Jan. 5 in Washington."]),
    ("The minister thanked Abu Dhabi in a post on X. Mbadi said the loan was cheap.",
     ["The minister thanked Abu Dhabi in a post on X.", "Mbadi said the loan was cheap."]),
    ("The film on Malcolm X. Davis was shown in Nairobi.", ["The film on Malcolm X. Davis was shown in Nairobi."]),
])
def test_a_stop_inside_an_abbreviation_ends_a_sentence_only_before_an_opening_word(text, expected):
    assert [s.text for s in extract(SourceDocument("d", text)).sentences] == expected


def test_a_fact_whose_evidence_is_no_span_of_the_text_is_dropped_not_stored():
    from kg.extract import quoted
    from kg.model import EntityRef, Evidence

    text = "Japan sent rice to Laos."
    japan, laos = EntityRef("state", "JP", "Japan"), EntityRef("state", "LA", "Laos")

    def flow(start, end, quote):
        return AidFlow(japan, laos, "rice", ("food",), "delivered", Evidence("d", start, end, quote, 0, 24, text))

    assert quoted(flow(0, 15, "Japan sent rice"), text)
    assert not quoted(flow(20, 5, ""), text)
    assert not quoted(flow(0, 5, "Laos."), text)


def test_a_stop_glued_to_the_next_word_ends_no_sentence():
    text = "Ralf Stegner told Table.Media that Berlin should stop. \"We will not sell.\" The talks ended."
    sentences = [s.text for s in extract(SourceDocument("d", text)).sentences]
    assert sentences[0].startswith("Ralf Stegner told Table.Media that Berlin should stop.")
    # a stop before a quotation still ends a sentence, and the opening mark goes with the quotation
    assert sentences[-2:] == ["\"We will not sell.\"", "The talks ended."]


def test_an_opening_quotation_mark_starts_the_next_sentence():
    text = ('Mexican President Claudia Sheinbaum spoke on Tuesday. "We are ready to supply oil," she said. '
            'Then “we left,” he said. "Fine." The talks ended.')
    sentences = [s.text for s in extract(SourceDocument("d", text)).sentences]
    assert sentences == ["Mexican President Claudia Sheinbaum spoke on Tuesday.",
                         '"We are ready to supply oil," she said.', "Then “we left,” he said.", '"Fine."',
                         "The talks ended."]
