"""State-owned companies and state funds act for their state (gold README, rule G2), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.gazetteer import load_gazetteer
from kg.model import Agreement, AidFlow, Claim, SourceDocument


def _mentions(text: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.entity.kind, m.entity.label) for m in extract(SourceDocument("t", text)).mentions}


def test_the_list_is_general_and_every_body_names_a_known_state():
    gazetteer = load_gazetteer()
    codes = {state.iso2 for state in gazetteer.states}
    assert all(body.state in codes for body in gazetteer.bodies)
    assert len({body.state for body in gazetteer.bodies}) >= 30
    assert {"energy", "nuclear", "arms", "rail", "fund"} <= {body.sector for body in gazetteer.bodies}
    # a form of one or two letters would take initials ("Vice Admiral S N Ghormade") for a company
    assert [form for body in gazetteer.bodies for form in body.forms if len(form) < 3] == []


def test_an_initial_is_no_state_company():
    assert [text for text, kind, _ in _mentions("Vice Admiral S N Ghormade arrived on Monday.")
            if kind == "state"] == []  # ("N" was a form of Iran's state oil company)


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Rosatom will finish the second unit next year.", "Rosatom", "Russia"),
    ("Sinopec bought the cargo in April.", "Sinopec", "China"),
    ("QatarEnergy signed a 15-year supply deal.", "QatarEnergy", "Qatar"),
    ("Engineers from Petrobras inspected the rig.", "Petrobras", "Brazil"),
    ("Naftogaz asked for more gas.", "Naftogaz", "Ukraine"),
], ids=["nuclear", "energy-cn", "energy-qa", "energy-br", "energy-ua"])
def test_a_listed_company_is_a_mention_of_its_state(text, name, state):
    assert (name, "state", state) in _mentions(text)


@pytest.mark.parametrize(("text", "name", "state"), [
    ("The Saudi Fund for Development opened an office in Dakar.", "Saudi Fund for Development", "Saudi Arabia"),
    ("The Kuwait Fund for Arab Economic Development lent the money.",
     "Kuwait Fund for Arab Economic Development", "Kuwait"),
    ("The Russian Direct Investment Fund backed the plan.", "Russian Direct Investment Fund", "Russia"),
    ("The National Development Fund of Iran paid for it.", "National Development Fund of Iran", "Iran"),
], ids=["demonym-fund-for-development", "name-fund-for", "investment-fund", "fund-of-state"])
def test_a_fund_named_after_its_state_is_that_state(text, name, state):
    mentions = _mentions(text)
    assert (name, "state", state) in mentions
    assert not any(kind == "person" for _, kind, _ in mentions)  # "Development" is no person


@pytest.mark.parametrize("text", [
    "The International Monetary Fund approved the review.",
    "The China-Africa Development Fund invested in the port.",
    "Saudi officials said the fund would grow.",
], ids=["intergovernmental", "hyphenated-pair", "lower-case-fund"])
def test_other_funds_are_not_a_state_body(text):
    extraction = extract(SourceDocument("t", text))
    assert not any(m.how == "body" for m in extraction.mentions)


@pytest.mark.parametrize(("text", "name", "state"), [
    ("The Thai Red Cross packed the relief bags.", "Thai Red Cross", "Thailand"),
    ("Volunteers of the Turkish Red Crescent unloaded the ship.", "Turkish Red Crescent", "Türkiye"),
    ("The money went to the Kenya Red Cross Society.", "Kenya Red Cross Society", "Kenya"),
    ("The Red Cross Society of China made a cash donation.", "Red Cross Society of China", "China"),
    ("The Red Crescent Society of the United Arab Emirates sent tents.",
     "Red Crescent Society of the United Arab Emirates", "United Arab Emirates"),
], ids=["demonym-cross", "demonym-crescent", "name-society", "society-of-state", "society-of-the-state"])
def test_a_national_red_cross_society_is_its_state(text, name, state):
    mentions = _mentions(text)
    assert (name, "state", state) in mentions
    assert not any(kind == "organisation" for _, kind, _ in mentions)  # not the ICRC's "Red Cross"


@pytest.mark.parametrize("text", [
    "The International Committee of the Red Cross visited the camp in Kenya.",
    "The Red Cross said Kenya needed more tents.",
    "Kenya's Red Sea coast has no port.",
], ids=["icrc", "red-cross-then-state", "red-not-cross"])
def test_the_red_cross_alone_is_no_state(text):
    assert not any(m.how == "body" for m in extract(SourceDocument("t", text)).mentions)


def test_a_national_society_gives_for_its_state():
    extraction = extract(SourceDocument("t", "The Turkish Red Crescent sent food and blankets to Syria."))
    assert {(f.donor.label, f.recipient.label, f.status) for f in extraction.facts_of(AidFlow)} == {
        ("Türkiye", "Syria", "delivered")}


def test_a_fund_is_the_donor_of_its_grant():
    text = "The Abu Dhabi Fund for Development disbursed a $40 million grant to Sudan last week."
    flows = [f for f in extract(SourceDocument("t", text)).facts if isinstance(f, AidFlow)]
    assert [(f.donor.label, f.recipient.label) for f in flows] == [("United Arab Emirates", "Sudan")]


def test_a_state_oil_company_is_the_donor_of_its_shipments():
    text = "Pemex shipped 20,000 barrels of crude to Cuba in May."
    flows = [f for f in extract(SourceDocument("t", text)).facts if isinstance(f, AidFlow)]
    assert [(f.donor.label, f.recipient.label) for f in flows] == [("Mexico", "Cuba")]


def test_a_state_company_signs_for_its_state():
    text = "Rosatom signed a contract with Egypt in March to build four reactors."
    agreements = [f for f in extract(SourceDocument("t", text)).facts if isinstance(f, Agreement)]
    assert {p.label for a in agreements for p in a.parties} == {"Russia", "Egypt"}


def test_a_state_company_speaks_under_its_own_name():
    # gold rule C2: as a speaker a state body is itself; its flows are its state's (G2)
    text = "Sinopec said the cargo had left port on Sunday."
    claims = [f for f in extract(SourceDocument("t", text)).facts if isinstance(f, Claim)]
    assert [(c.claimant.kind, c.claimant.label) for c in claims] == [("organisation", "Sinopec")]


def test_the_fund_after_a_state_fund_is_that_fund():
    text = ("The Kuwait Fund for Arab Economic Development confirmed the loan on Monday. Under the terms, "
            "the fund will lend 30 million dinars to Egypt for a desalination plant.")
    facts = extract(SourceDocument("t", text)).facts
    assert ("the fund", "state", "Kuwait") in _mentions(text)
    assert ("Kuwait", "Egypt") in {(f.donor.label, f.recipient.label) for f in facts if isinstance(f, AidFlow)}


def test_the_fund_with_no_state_fund_before_it_is_nobody():
    text = "The fund will lend 30 million dollars to Egypt. The Saudi Fund for Development said nothing."
    assert not any(m.text.lower() == "the fund" for m in extract(SourceDocument("t", text)).mentions)
