"""Arms makers (kg/rules/arms_makers.toml) act for their state in the aid stage only (gold rule G2: arms
exports are licensed); the other stages keep the company. Passages written for these tests."""

from __future__ import annotations

import tomllib

from kg.extract import extract
from kg.extract.gazetteer import RULES_DIR, load_gazetteer
from kg.model import Agreement, AidFlow, Claim, SourceDocument


def _facts(text: str):
    return extract(SourceDocument("t", text))


def test_every_maker_names_a_known_state_and_no_state_body():
    makers = tomllib.loads((RULES_DIR / "arms_makers.toml").read_text(encoding="utf-8"))["maker"]
    gazetteer = load_gazetteer()
    body_forms = {form for body in gazetteer.bodies for form in body.forms}
    for key, entry in makers.items():
        assert gazetteer.state(entry["state"]).iso2 == entry["state"], key
        assert entry["forms"] and not set(entry["forms"]) & body_forms, key  # state-owned makers are bodies


def test_a_maker_that_sells_is_its_state_in_aid_and_itself_as_a_speaker():
    extraction = _facts("Hanwha Aerospace said it would deliver 96 K9 howitzers to Egypt next year.")
    flows = {(f.donor.label, f.recipient.label, f.status) for f in extraction.facts_of(AidFlow)}
    assert flows == {("South Korea", "Egypt", "pledged")}
    assert {c.claimant.label for c in extraction.facts_of(Claim)} == {"Hanwha Aerospace"}


def test_a_maker_signing_a_contract_stays_a_party_of_its_own():
    extraction = _facts("The French defence group Thales and the Armenian government signed a contract on Monday "
                        "for the purchase of three radar systems.")
    assert {tuple(p.label for p in a.parties) for a in extraction.facts_of(Agreement)} == {("Thales", "Armenia")}
    assert {(f.donor.label, f.recipient.label) for f in extraction.facts_of(AidFlow)} == {("France", "Armenia")}


def test_a_maker_before_a_product_name_is_no_actor():
    extraction = _facts("Denmark and Norway have promised Lockheed Martin F-16 jets to Ukraine.")
    assert {f.recipient.label for f in extraction.facts_of(AidFlow)} == {"Ukraine"}
