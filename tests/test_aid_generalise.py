"""Aid constructions common in any news report of aid, arms sales, loans or energy supply, on
fresh sentences written for these tests (none is taken from a dev or test article)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("t", text)).facts_of(AidFlow)}


HELPED = [
    ("Kenya built the railway with China's help.", ("China", "Kenya", "delivered")),
    ("With Chinese help, Pakistan built two reactors.", ("China", "Pakistan", "delivered")),
    ("Laos finished the new rail line with Chinese loans.", ("China", "Laos", "delivered")),
    ("Bangladesh will build the bridge with Japanese financial support.", ("Japan", "Bangladesh", "pledged")),
    ("Kenya's new port was built with the help of China.", ("China", "Kenya", "delivered")),
]


@pytest.mark.parametrize("text,expected", HELPED, ids=["possessive", "fronted", "loans", "kind-support", "of"])
def test_the_owner_of_the_help_gives_to_the_subject(text, expected):
    pairs = _pairs(text)
    assert expected in pairs
    assert not any(d == expected[1] and r == expected[0] for d, r, _ in pairs)  # never the other way round


@pytest.mark.parametrize("text", [
    "Egypt reached the deal with the support of France.",  # political backing, no transfer
    "The ceasefire was reached with the help of Qatar.",  # mediation names no goods
    "Russia developed the drone with the help of Chinese specialists.",  # people, not a state's aid
])
def test_backing_or_mediation_is_no_flow(text):
    assert _pairs(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Slovakia threatened to cut off the electricity supplies it sends to Ukraine.", ("Slovakia", "Ukraine")),
    ("Hungarian Prime Minister Viktor Orban, who met Putin in July, threatened to halt the gas supplies his "
     "country sends to Ukraine.", ("Hungary", "Ukraine")),
])
def test_a_supply_named_in_a_relative_clause_is_going_on(text, expected):
    assert (*expected, "delivered") in _pairs(text)


def test_a_threat_to_cut_supplies_not_said_to_flow_adds_no_delivery():
    assert not any(s == "delivered" for _, _, s in _pairs("Slovakia threatened to cut off electricity to Ukraine."))



@pytest.mark.parametrize("text,expected", [
    ("Sri Lanka is looking for a $3 billion loan from China.", ("China", "Sri Lanka")),
    ("Ghana has applied for a loan from the World Bank.", ("World Bank", "Ghana")),
])
def test_looking_for_aid_is_an_unanswered_request(text, expected):
    assert _pairs(text) == {(*expected, "unspecified")}


def test_looking_for_people_is_no_request():
    assert _pairs("Police in Kenya are looking for the suspects.") == set()


@pytest.mark.parametrize("text", [
    "India has opened a $500 million line of credit for Sri Lanka.",
    "Japan established a $1 billion credit facility for Vietnam last week.",
])
def test_opening_a_credit_line_approves_it(text):
    assert {(d, s) for d, _, s in _pairs(text)} == {(text.split()[0], "approved")}


def test_opening_an_office_is_no_credit():
    assert _pairs("Japan opened a new aid office for Vietnam.") == set()


@pytest.mark.parametrize("text,expected", [
    ("Saudi Arabia, Pakistan's biggest lender, rolled over a deposit.", ("Saudi Arabia", "Pakistan", "delivered")),
    ("Pakistan turned to Saudi Arabia, its biggest lender, for help.", ("Saudi Arabia", "Pakistan", "delivered")),
    ("Russia, Armenia's traditional arms supplier, has failed to deliver.", ("Russia", "Armenia", "delivered")),
    ("Qatar, Lebanon's most likely backer, has stayed silent.", ("Qatar", "Lebanon", "pledged")),
])
def test_a_giver_named_in_an_appositive(text, expected):
    assert expected in _pairs(text)


@pytest.mark.parametrize("text", [
    "Brazil, a major coffee exporter, signed the deal with Chile.",
    "Germany, the EU's biggest economy, met France.",
])
def test_an_appositive_without_a_giving_noun_is_no_flow(text):
    assert _pairs(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("France pulled its troops out of Mali last year.", ("France", "Mali")),
    ("The United States will withdraw its forces from Niger by September.", ("United States", "Niger")),
    ("Russia withdrew its peacekeepers from neighbouring Armenia.", ("Russia", "Armenia")),
])
def test_withdrawn_forces_were_there_and_are_taken_out(text, expected):
    assert _pairs(text) == {(*expected, "delivered"), (*expected, "declined")}


@pytest.mark.parametrize("text", [
    "Niger withdrew from the agreement with France.",
    "Russia withdrew its ambassador from Moldova.",
    "Mali pulled its troops back to the capital.",
])
def test_other_withdrawals_are_no_flow(text):
    assert _pairs(text) == set()


@pytest.mark.parametrize("text,expected", [
    # "<loan> was agreed with <lender>": struck, approved (aid_agreed_sale; the gold of the learning set reads a
    # programme "agreed with the Fund" as approved, README A3: contracted)
    ("Egypt's new $3 billion loan was agreed with the IMF in October.", ("International Monetary Fund", "Egypt",
                                                                          "approved")),
    # an appositive between the loan and "was agreed" leaves the pledge (reading it as approved lowered dev half A)
    ("Ghana is in crisis. That programme, a $3 billion facility, was agreed with the World Bank last week.",
     ("World Bank", "Ghana", "pledged")),
])
def test_a_loan_agreed_with_a_lending_body_is_a_flow(text, expected):
    assert _pairs(text) == {expected}


def test_a_text_agreed_with_a_lending_body_is_no_loan():
    assert _pairs("Egypt's statement was agreed with the IMF.") == set()


@pytest.mark.parametrize("text,expected", [
    ("The IMF package for Pakistan, approved in 2019, expired in June.",
     {("International Monetary Fund", "Pakistan", "approved")}),
    ("Japanese aid to Vietnam, announced last week, will fund a port.", {("Japan", "Vietnam", "pledged")}),
])
def test_a_participle_after_the_aid_gives_its_stage(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The IMF lent Pakistan $6.5 billion in 2019. The programme ran out with $2.5 billion of it never disbursed.",
     ("International Monetary Fund", "Pakistan")),
    ("Japan pledged $1 billion to Kenya. Much of the money never arrived.", ("Japan", "Kenya")),
])
def test_aid_that_never_arrived_is_declined(text, expected):
    assert (*expected, "declined") in _pairs(text)


def test_a_promise_never_kept_names_no_aid():
    assert _pairs("Japan pledged $1 billion to Kenya. Officials never delivered on their promise.") == {
        ("Japan", "Kenya", "pledged")}


@pytest.mark.parametrize("text,expected", [
    ("Pakistan asked for loans from China.", {("China", "Pakistan", "unspecified")}),
    ("Egypt asked specifically for wheat from Russia and Ukraine.",
     {("Russia", "Egypt", "unspecified"), ("Ukraine", "Egypt", "unspecified")}),
])
def test_asking_for_aid_from_givers_is_an_unanswered_request(text, expected):
    assert _pairs(text) == expected


def test_asking_for_patience_is_no_request():
    assert _pairs("Pakistan asked for patience from Washington.") == set()


def test_a_proposed_sale_is_offered_and_an_approved_one_stays_approved():
    assert _pairs("Washington notified Congress of a proposed sale of missiles to Egypt.") == {
        ("United States", "Egypt", "offered")}
    assert _pairs("The State Department approved a possible sale of 40 F-16 jets to Turkey.") == {
        ("United States", "Türkiye", "approved")}


def test_a_hyphenated_weapon_name_alone_is_an_item():
    assert _pairs("Norway will deliver F-16s to Ukraine.") == {("Norway", "Ukraine", "pledged")}


@pytest.mark.parametrize("text,expected", [
    ("The drones Iran sent to Russia were used against Kyiv.", ("Iran", "Russia")),
    ("The weapons that Germany delivered to Ukraine last year included tanks.", ("Germany", "Ukraine")),
    ("The oil Venezuela ships to Cuba has fallen sharply.", ("Venezuela", "Cuba")),
])
def test_the_item_may_stand_before_the_giver(text, expected):
    assert (*expected, "delivered") in _pairs(text)


def test_help_with_delivering_anothers_supply_is_no_flow_of_its_own():
    # the help phrase is the means of a supply the sentence already states
    pairs = _pairs("Japan pledged 10,000 tonnes of rice to Nepal, to be handed out with the help of the United Nations.")
    assert pairs == {("Japan", "Nepal", "pledged")}
