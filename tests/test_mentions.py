"""Persons named without a title and places, on sentences written for these tests (other names and
countries than the seeds)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import SourceDocument


def _mentions(text: str, kind: str) -> set[str]:
    extraction = extract(SourceDocument("t", text))
    return {m.entity.label for m in extraction.mentions if m.entity.kind == kind}


def _persons(text: str) -> set[str]:
    return _mentions(text, "person")


def _places(text: str) -> set[str]:
    return _mentions(text, "place")


# --- persons -------------------------------------------------------------------------------

def test_possessive_surname_is_a_person():
    assert "Orban" in _persons("The plan reflects Orban's wish to keep energy ties with the east.")


def test_coordination_with_a_known_person():
    text = ("Erdogan said the corridor would stay open. The deal was agreed between Erdogan and Aliyev "
            "after long talks.")
    assert {"Erdogan", "Aliyev"} <= _persons(text)


def test_given_name_starts_a_person_without_a_title():
    assert "Jacinda Ardern" in _persons("Critics compared the response with that of a Jacinda Ardern in New Zealand.")


def test_honorific_introduces_a_person():
    assert "Okonjo" in _persons("Talks stalled after Mr Okonjo left the room.")


def test_surname_compound_with_a_person_suffix():
    assert "Brezhnev" in _persons("Observers spoke of a Brezhnev-era approach to the neighbours.")


def test_surname_refers_back_to_the_full_name_found_by_a_given_name():
    extraction = extract(SourceDocument("t", "Giorgia Meloni visited the troops. Meloni's aides said little."))
    persons = {(m.text, m.entity.label) for m in extraction.mentions if m.entity.kind == "person"}
    assert persons == {("Giorgia Meloni", "Giorgia Meloni"), ("Meloni", "Giorgia Meloni")}


def _person_pairs(text: str) -> set[tuple[str, str]]:
    """(text as written, the person it resolves to) for each person mention."""
    extraction = extract(SourceDocument("t", text))
    return {(m.text, m.entity.label) for m in extraction.mentions if m.entity.kind == "person"}


@pytest.mark.parametrize(("text", "mentions"), [
    ("Czech Defence Minister Jana Cernochova-Pokorna said the shells were ready. Cernochova-Pokorna added that "
     "the first convoy would leave in March.",
     {("Jana Cernochova-Pokorna", "Jana Cernochova-Pokorna"), ("Cernochova-Pokorna", "Jana Cernochova-Pokorna")}),
    ("Bahrain's ambassador to Jordan, Sheikh Khalid bin Rashid Al Khalifa, met the governor. Al Khalifa said "
     "the grant would be paid in two parts.",
     {("Sheikh Khalid bin Rashid Al Khalifa", "Sheikh Khalid bin Rashid Al Khalifa"),
      ("Al Khalifa", "Sheikh Khalid bin Rashid Al Khalifa")}),
    ("Belgian Foreign Minister Marie-Claire de Wouters said Brussels would help. De Wouters spoke after the vote.",
     {("Marie-Claire de Wouters", "Marie-Claire de Wouters"), ("De Wouters", "Marie-Claire de Wouters")}),
    ("Sudanese President Abdel-Karim el-Burhani received the envoy. El-Burhani later thanked the donors.",
     {("Abdel-Karim el-Burhani", "Abdel-Karim el-Burhani"), ("El-Burhani", "Abdel-Karim el-Burhani")}),
    ("Iraqi Foreign Minister Hassan Abu Karim al-Tamimi said the pipeline would reopen.",
     {("Hassan Abu Karim al-Tamimi", "Hassan Abu Karim al-Tamimi")}),
    ("The convoy was received by Abu Omar al-Zubaidi in the port.",
     {("Abu Omar al-Zubaidi", "Abu Omar al-Zubaidi")}),
    ("The talks were chaired by Qatar's foreign minister, Sheikh Hamad bin Faisal bin Jassim Al Thani.",
     {("Sheikh Hamad bin Faisal bin Jassim Al Thani", "Sheikh Hamad bin Faisal bin Jassim Al Thani")}),
], ids=["hyphenated-surname", "arabic-al", "hyphenated-given-name-and-de", "el-hyphen", "abu-inside", "abu-opening",
        "long-arabic-al"])
def test_compound_and_particle_names_come_out_whole(text, mentions):
    assert _person_pairs(text) == mentions


def test_particles_are_no_back_references():
    text = "Brazilian Finance Minister Paulo Costa da Rocha spoke first. Da Rocha said the loan was signed."
    assert _person_pairs(text) == {("Paulo Costa da Rocha", "Paulo Costa da Rocha"),
                                   ("Da Rocha", "Paulo Costa da Rocha")}


@pytest.mark.parametrize("text", [
    "Cuba's government rejected the offer.",
    "Monday's vote was delayed again.",
    "Russian officials declined to comment.",
    "The Kremlin's spokesman declined to comment.",
    "The talks ended without a statement.",
    "Hamas-led fighters attacked at dawn. Later, Hamas's leaders met in Doha.",
    "According to Gazprom's own filings, its pipeline unit lost money.",
    "The contract was signed by the director general of the Tashkent Thermal Power Plant.",
])
def test_no_false_persons(text):
    assert _persons(text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Amnesty International said the sale broke international law.", "Amnesty International"),
    ("Human Rights Watch said the arms could be used against civilians.", "Human Rights Watch"),
    ("Doctors Without Borders said its clinic in Gaza had closed.", "Médecins Sans Frontières"),
    ("The Norwegian Refugee Council said aid to Sudan had fallen.", "Norwegian Refugee Council"),
], ids=["amnesty", "hrw", "msf-english-name", "nrc-not-norway"])
def test_aid_groups_and_rights_groups_are_organisations_not_persons(text, name):
    assert _persons(text) == set()
    assert name in _mentions(text, "organisation")


def test_title_case_headline_names_no_persons_by_capitals_alone():
    text = "Grand Strategy Meets Hard Budget Limits\n\nThe ministry published its plan on Tuesday."
    assert _persons(text) == set()


# --- places --------------------------------------------------------------------------------

def test_city_after_a_locative_preposition():
    assert "Gdansk" in _places("Ministers met in Gdansk to discuss the Baltic pipeline.")


def test_ambiguous_city_needs_a_place_preposition():
    assert "Mobile" not in _places("Mobile operators raised prices.")
    assert "Mobile" in _places("The shipyard in Mobile builds patrol boats.")


def test_dateline_city():
    text = "NAIROBI — Kenya signed a grain deal with Ukraine on Friday."
    assert "Nairobi" in _places(text)


def test_seas_and_regions():
    text = "Patrols in the Red Sea and the Gulf of Aden grew as the Sahel crisis deepened."
    assert {"Red Sea", "Gulf of Aden", "Sahel"} <= _places(text)


def test_conflict_regions_and_home_nations_are_places_not_persons():
    text = "Fighting in Darfur spread, Zaporizhzhia officials said, and the Bank of England said little."
    doc = extract(SourceDocument("d", text))
    assert {"Darfur", "Zaporizhzhia", "England"} <= _places(text)
    assert not [m for m in doc.mentions if m.entity.kind == "person"]


def test_longer_place_name_wins_over_the_state_inside_it():
    extraction = extract(SourceDocument("t", "Drilling resumed in the Gulf of Mexico last week."))
    assert {m.entity.label for m in extraction.mentions} == {"Gulf of Mexico"}


def test_region_inside_an_outlet_name_is_no_place():
    assert _places("Nikkei Asia reported the sale first.") == set()


def test_capital_as_metonym_stays_the_state_and_names_its_city():
    extraction = extract(SourceDocument("t", "Ankara said it would not send troops."))
    assert [(m.entity.kind, m.entity.label) for m in extraction.mentions] == [("state", "Türkiye")]
    assert [(p.entity.kind, p.entity.label, p.entity.country) for p in extraction.places] == [
        ("place", "Ankara", "TR")]


def test_city_in_an_event_name_is_its_venue():
    extraction = extract(SourceDocument("t", "He spoke at the Munich Security Conference on Saturday."))
    assert ("Munich", "DE") in {(p.entity.label, p.entity.country) for p in extraction.places}


def test_month_is_no_town():
    assert _places("The ceasefire was agreed in March and broke down in May.") == set()


def test_two_spellings_of_one_slug_stay_two_entities_with_one_label_each():
    from kg.extract.persons import person_key

    assert person_key("Wang Yi") == "wang-yi"
    assert len({person_key("Karim bin Said al-Harthi"), person_key("Karim bin Said Al Harthi"),
                person_key("Karim bin Said Al-Harthi")}) == 3


@pytest.mark.parametrize("text, speaker", [
    ("The Foreign Ministry said on Tuesday that the sanctions were illegal.", "Foreign Ministry"),
    ("The Defence Ministry said the convoy had reached the border.", "Defence Ministry"),
    ("The Times reported that two frigates had left Toulon.", "Times"),
])
def test_a_body_before_a_speech_verb_is_no_person(text, speaker):
    """A capitalised run ending in an institution word speaks as a body ("the Foreign Ministry said")."""
    from kg.model import Claim

    extraction = extract(SourceDocument("doc", text))
    assert not [m for m in extraction.mentions if m.entity.kind == "person"]
    claims = extraction.facts_of(Claim)
    assert [c.claimant.kind for c in claims] == ["organisation"]
    assert claims[0].claimant.label.endswith(speaker)


@pytest.mark.parametrize("text, person", [
    ("Abdel Fattah al-Burhan accused the Emirates of arming the paramilitary group.", "Abdel Fattah al-Burhan"),
    ("Kristalina Georgieva welcomed the reforms in a statement on Friday.", "Kristalina Georgieva"),
    ("Shehbaz Sharif dismissed the report as propaganda.", "Shehbaz Sharif"),
])
def test_a_name_unknown_to_the_lists_is_a_person_before_a_verb_of_speaking_out(text, person):
    """Accusing, welcoming or dismissing is said by someone: a run of name words before such a verb is a
    person even when the given name is in no name list."""
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "General Motors said it would build a battery plant in Mexico.",
    "General Dynamics won a contract to supply Poland with tank engines.",
])
def test_a_title_word_opening_a_company_name_makes_no_person(text):
    assert not _persons(text)


def test_a_title_before_a_surname_that_is_also_a_word_is_still_a_person():
    assert {"Trump", "Bush"} <= _persons("President Trump praised President Bush on Monday.")


@pytest.mark.parametrize("text, person", [
    ("Volodymyr Zelensky met the visiting delegation in Kyiv on Friday.", "Volodymyr Zelensky"),
    ("The talks were attended by Dmytro Kuleba and his Polish counterpart.", "Dmytro Kuleba"),
])
def test_ukrainian_given_names_in_their_ukrainian_spelling_open_a_bare_name(text, person):
    """The given-name list carries Faker's Ukrainian names romanised the Ukrainian way (Volodymyr,
    Dmytro) as well as the Russian way, so a bare name with no title or speech verb is a person."""
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "Latin American governments protested against the tariffs.",
    "The South American bloc met in Montevideo on Friday.",
])
def test_american_after_a_region_word_is_no_united_states(text):
    assert "United States" not in _mentions(text, "state")


def test_south_african_is_still_south_africa():
    assert "South Africa" in _mentions("South African troops left Mozambique.", "state")


@pytest.mark.parametrize(("text", "person", "states"), [
    ("Foreign Minister Israel Katz said Israel would respond.", "Israel Katz", ["Israel"]),
    ("Ambassador to Bangladesh Iwama Kiminori spoke on Monday.", "Iwama Kiminori", ["Bangladesh"]),
    ("Energy Minister German Galushchenko said Ukraine would pay.", "German Galushchenko", ["Ukraine"]),
])
def test_a_state_name_before_a_surname_is_a_given_name(text, person, states):
    doc = extract(SourceDocument("d", text))
    assert [m.text for m in doc.mentions if m.entity.kind == "person"] == [person]
    assert [m.entity.label for m in doc.mentions if m.entity.kind == "state"] == states


@pytest.mark.parametrize(("text", "person", "states"), [
    ("Economy Minister Marcelo Montenegro travelled to Beijing to seek a credit line.", "Marcelo Montenegro",
     ["China"]),
    ("Montenegro and Serbia signed the deal, Foreign Minister Ivan Jordan said.", "Ivan Jordan", ["Montenegro", "Serbia"]),
])
def test_a_state_name_after_a_titled_given_name_is_a_surname(text, person, states):
    doc = extract(SourceDocument("d", text))
    assert [m.text for m in doc.mentions if m.entity.kind == "person"] == [person]
    assert [m.entity.label for m in doc.mentions if m.entity.kind == "state"] == states


def test_a_company_named_after_its_country_is_no_speaker_person():
    doc = extract(SourceDocument("d", "Indian Oil said it bought Russian crude, President Trump said."))
    assert [m.text for m in doc.mentions if m.entity.kind == "person"] == ["Trump"]
