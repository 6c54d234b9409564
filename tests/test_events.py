"""Agreements, meetings, claims and dates on short passages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.extract.dates import find_dates
from kg.model import Agreement, AidFlow, Claim, Meeting, SourceDocument


def _doc(text: str, published: str = "2025-03-14") -> SourceDocument:
    return SourceDocument("t", text, date=published)


def _agreements(text: str) -> set:
    return {(tuple(sorted(p.label for p in a.parties)), a.kind, a.status, a.date)
            for a in extract(_doc(text)).facts_of(Agreement)}


def _meetings(text: str) -> set:
    return {(tuple(sorted(p.label for p in m.participants)), m.kind, m.place.label if m.place else None, m.date)
            for m in extract(_doc(text)).facts_of(Meeting)}


def _claims(text: str) -> set:
    return {(c.claimant.label, tuple(sorted(a.label for a in c.about)), c.stance, c.modality)
            for c in extract(_doc(text)).facts_of(Claim)}


# -- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The loan was signed on March 3, 2024.", "2024-03-03"),
    ("Officials met on Monday.", "2025-03-10"),
    ("Deliveries began last November.", "2024-11"),
    ("The ships arrived in January.", "2025-01"),
    ("The minister will travel to Cairo in June.", "2025-06"),
    ("The deal was first floated last year.", "2024"),
    ("A second tranche followed on 2 February.", "2025-02-02"),
], ids=["absolute", "weekday", "last-month-name", "month-name-past", "month-name-future", "last-year", "day-month"])
def test_relative_and_absolute_dates(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 3, 14))][0] == expected


# -- agreements ------------------------------------------------------------------------------------

def test_signed_treaty_with_parties_and_date():
    found = _agreements("Moscow and Pyongyang signed a mutual defence treaty in June, state media reported.")
    assert (("North Korea", "Russia"), "treaty", "signed", "2024-06") in found


def test_proposed_credit_line_with_the_two_governments():
    text = ("Kenya's treasury chief held talks with Chinese officials in Beijing this week. "
            "The two governments are expected to sign a $1 billion credit line next month.")
    found = _agreements(text)
    assert any(parties == ("China", "Kenya") and kind == "creditLine" and status == "proposed"
               for parties, kind, status, _ in found)


def test_rejected_deal():
    assert any(status == "declined" for *_, status, _ in _agreements(
        "Niger rejected a military cooperation agreement with the United States on Saturday."))


def test_a_partnership_without_an_event_or_parties_is_no_agreement():
    assert _agreements("Beijing and Moscow say their strategic partnership has deep roots.") == set()


def test_a_partnership_in_place_between_named_parties_is_agreed():
    # the gold records "The strategic partnership between China and Russia is ..." as an agreed partnership
    found = _agreements("The strategic partnership between Beijing and Moscow has deep roots.")
    assert {(parties, kind, status) for parties, kind, status, _ in found} == {(("China", "Russia"), "partnership", "agreed")}


# -- meetings --------------------------------------------------------------------------------------

def test_phone_call_is_virtual():
    found = _meetings("President Emmanuel Macron spoke by phone with Prime Minister Narendra Modi on Tuesday.")
    assert (("Emmanuel Macron", "Narendra Modi"), "call", "virtual", "2025-03-11") in found


def test_pronoun_participant_refers_back():
    text = ("German Defence Minister Boris Pistorius flew to Vilnius on Thursday. "
            "There he met his Lithuanian counterpart, Dovile Sakaliene.")
    found = _meetings(text)
    assert any(set(p) == {"Boris Pistorius", "Dovile Sakaliene"} for p, *_ in found)


def test_visit_to_a_capital():
    found = _meetings("Foreign Minister Wang Yi was in Pretoria on Friday for two days of consultations.")
    assert (("South Africa", "Wang Yi"), "visit", "Pretoria", "2025-03-14") in found


# -- claims ----------------------------------------------------------------------------------------

def test_quote_inside_a_report_belongs_to_the_speaker_not_the_author():
    text = ('"We will not accept any pressure on Cuba," Foreign Minister Bruno Rodriguez said on Monday, '
            "according to the state news agency.")
    found = _claims(text)
    assert any(claimant == "Bruno Rodriguez" and "Cuba" in about for claimant, about, *_ in found)


def test_denial_has_denies_stance_and_denied_modality():
    text = "Foreign Ministry spokesman Wang Wenbin denied that China had supplied weapons to Russia."
    found = _claims(text)
    assert ("Wang Wenbin", ("China", "Russia"), "denies", "denied") in found


def test_hedged_report_from_an_outlet():
    text = "Iran may have shipped short-range missiles to Russia, The Wall Street Journal reported."
    found = _claims(text)
    assert any(c == "The Wall Street Journal" and set(about) == {"Iran", "Russia"} and modality == "hedged"
               for c, about, _, modality in found)


def test_according_to_names_the_source():
    found = _claims("According to Reuters, Qatar pledged 50 million dollars for reconstruction in Lebanon.")
    assert any(c == "Reuters" and modality == "reported" for c, _, _, modality in found)


def test_surname_speaker_later_in_the_text():
    text = ("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Tuesday. "
            "Sikorski said that Poland would send more air defence to Ukraine.")
    found = _claims(text)
    assert any(c in ("Radoslaw Sikorski", "Sikorski") and {"Poland", "Ukraine"} <= set(about)
               for c, about, *_ in found)


# -- aid flows with amounts and dates -----------------------------------------------------------

def test_aid_flow_carries_value_quantity_and_date():
    text = "Japan will provide $60 million in grid equipment to Moldova next month, its embassy said."
    flows = extract(_doc(text)).facts_of(AidFlow)
    flow = next(f for f in flows if f.donor.label == "Japan")
    assert (flow.value, flow.currency, flow.date, flow.status) == ("60000000", "USD", "2025-04", "pledged")
    text = "Russia shipped 25,000 tonnes of wheat to Mali in January."
    flow = extract(_doc(text)).facts_of(AidFlow)[0]
    assert (flow.quantity, flow.unit, flow.date) == ("25000", "tonnes", "2025-01")


def test_agreeing_to_sign_is_agreed_not_signed():
    from kg.extract import extract
    from kg.model import Agreement, SourceDocument

    text = "Oman and Kenya have agreed to sign trade deals worth $2 billion, the Kenyan cabinet said on Monday."
    agreements = extract(SourceDocument("t", text)).facts_of(Agreement)
    assert [(sorted(p.label for p in a.parties), a.status) for a in agreements] == [(["Kenya", "Oman"], "agreed")]


def _agreement_rows(text: str):
    from kg.extract import extract
    from kg.model import Agreement, SourceDocument

    return [(sorted(p.label for p in a.parties), a.status) for a in extract(SourceDocument("t", text)).facts_of(Agreement)]


def test_a_future_in_a_relative_clause_does_not_make_an_approved_pact_hypothetical():
    assert _agreement_rows("Kenya's cabinet approved the defence pact with Turkey, which will train Kenyan sailors.") \
        == [(["Kenya", "Türkiye"], "agreed")]


def test_a_demonym_after_the_agreement_noun_is_no_party():
    assert _agreement_rows("Peru and the United States signed a deal to replace Russian helicopters.") == [
        (["Peru", "United States"], "signed")]


def test_an_agreement_not_signed_is_declined():
    assert _agreement_rows("Iraq and Iran have not signed any agreement on electricity, Iraqi officials said.") == [
        (["Iran", "Iraq"], "declined")]


def test_a_visit_to_a_state_or_its_capital_meets_the_host_state():
    found = _meetings("Prime Minister Kofi Asante, who flew to Nairobi on May 8, had paid a state visit to "
                      "Ethiopia two weeks earlier.")
    assert {(p, k, pl) for p, k, pl, _ in found} == {(("Kenya", "Kofi Asante"), "visit", "Nairobi"),
                                                     (("Ethiopia", "Kofi Asante"), "visit", None)}


def test_a_pronoun_refers_to_the_person_named_earlier_in_the_sentence():
    found = _meetings("The loan was offered during President Lena Marsh's visit to Hanoi last May, where she "
                      "held talks with Prime Minister Pham Minh Chinh.")
    # two heads of state or government meeting in person: a summit (README M3)
    assert any(p == ("Lena Marsh", "Pham Minh Chinh") and k == "summit" and pl == "Hanoi" for p, k, pl, _ in found)


def test_a_relative_clause_after_talks_is_another_event_and_meeting_a_demand_is_no_meeting():
    found = _meetings("The summit followed talks in Ankara between Foreign Minister Hakan Fidan and his Greek "
                      "counterpart, Giorgos Gerapetritis, at which Fidan said a plan from EU envoy Kaja Kallas "
                      "did not meet Turkey's concerns.")
    assert {p for p, *_ in found} == {("Giorgos Gerapetritis", "Hakan Fidan")}


def test_the_person_reporting_a_meeting_takes_no_part_in_it():
    found = _meetings("Leaders of the African Union will meet in Addis Ababa on Sunday to discuss the crisis, "
                      "Kenyan President William Ruto said.")
    assert not any("William Ruto" in p for p, *_ in found)


def test_a_participle_next_to_the_agreement_and_its_date_is_past_even_in_a_future_sentence():
    found = _agreements("Spain will deliver three radar systems to Chile under a contract signed on Tuesday "
                        "in Madrid, the defence minister said, the latest step in ties that have worried Argentina.")
    assert found == {(("Chile", "Spain"), "contract", "signed", "2025-03-11")}


def test_according_to_is_no_accord_and_breaking_a_contract_makes_none():
    assert not _agreements("Iran offered Iraq cheap gas, according to local media. "
                           "Moscow denied that it had broken any contract with Yerevan.")


def test_a_date_takes_its_tense_from_its_own_clause():
    assert [d.value for d in find_dates("Lecornu said on Tuesday that France will deliver the radars.",
                                        date(2024, 6, 19))] == ["2024-06-18"]
    assert [d.value for d in find_dates("The minister will travel to Cairo on Tuesday.",
                                        date(2024, 6, 19))] == ["2024-06-25"]


def test_a_visit_followed_by_where_he_met_is_one_meeting_with_the_person():
    found = _meetings("Ukrainian President Volodymyr Zelensky later travelled to Oslo, where he met Norwegian "
                      "Prime Minister Jonas Gahr Store.")
    assert {p for p, *_ in found} == {("Jonas Gahr Store", "Volodymyr Zelensky")}


def test_agreeing_to_lend_or_supply_is_an_agreement_between_giver_and_receiver():
    found = _agreements("Spain agreed in March to lend Morocco 300 million euros for its railways. "
                        "Chile agreed to supply Peru with 40 tonnes of vaccines.")
    assert {(p, k, s) for p, k, s, _ in found} == {(("Morocco", "Spain"), "creditLine", "agreed"),
                                                   (("Chile", "Peru"), "contract", "agreed")}


def test_agreeing_to_send_or_donate_is_one_sides_pledge_not_an_agreement():
    assert _agreements("Japan agreed to dispatch a medical team to Türkiye. "
                       "India agreed to give Sri Lanka $50 million in budget support.") == set()


def test_a_specific_agreement_kind_beats_a_generic_noun_in_the_same_clause():
    found = _agreements("That arrangement, a nine-month, $2 billion stand-by facility, was agreed between Kenya "
                        "and the IMF on June 30.")
    assert {k for _, k, _, _ in found} == {"creditLine"}


def test_speaking_with_two_people_after_a_time_phrase_is_one_call_with_each():
    found = _meetings("Foreign Minister Lena Brandt said she had spoken on Monday with Prime Minister Kofi Asante "
                      "and President Ana Ruiz about the crisis.")
    assert {p for p, *_ in found} == {("Kofi Asante", "Lena Brandt"), ("Ana Ruiz", "Lena Brandt")}


def test_states_meet_through_unnamed_officials_or_delegations():
    found = _meetings("Armenian and Azerbaijani officials are expected to meet in Geneva over the weekend. "
                      "A Georgian delegation was due to hold talks with Turkish negotiators on Friday.")
    assert {p for p, *_ in found} == {("Armenia", "Azerbaijan"), ("Georgia", "Türkiye")}


def test_an_outlet_reporting_gives_reported_modality_unless_it_hedges():
    found = _claims("Chile will buy two frigates from Spain, the daily El Mercurio reported. "
                    "Peru may buy tanks from Korea, the Andina agency reported.")
    assert {(c, m) for c, _, _, m in found} == {("El Mercurio", "reported"), ("the Andina", "hedged")}


def test_a_memorandum_on_a_partnership_is_a_partnership_and_a_framework_agreement_a_deal():
    kinds = {k for _, k, _, _ in _agreements(
        "Chile and Vietnam signed a memorandum of understanding on a strategic partnership in mining on Monday.")}
    assert kinds == {"partnership"}
    kinds = {k for _, k, _, _ in _agreements(
        "Ghana and Brazil reached a framework agreement on ethanol supplies in May.")}
    assert kinds == {"deal"}


def test_a_fronted_time_clause_names_no_parties():
    text = ("Ghanaian President John Mahama and Nigerian President Bola Tinubu met in Accra. "
            "A week after Chinese troops arrived in Laos, Mahama signed a declaration on trade with Tinubu.")
    assert {p for p, _, _, _ in _agreements(text)} == {("Ghana", "Nigeria")}


def test_the_same_agreement_named_again_is_not_a_new_one():
    text = ("Chile and Peru signed a treaty on fishing rights in Santiago on Monday. "
            "Peru's president hailed the treaty as a model for Chile and its neighbours. "
            "Critics in Chile want to scrap the treaty.")
    assert {s for _, _, s, _ in _agreements(text)} == {"signed"}


def test_a_bargain_consent_or_quality_is_no_agreement():
    assert _agreements("Kenya will try to get the best deal possible from Ethiopia for its power imports.") == set()
    assert _agreements("Ghana is to consult Togo and obtain its agreement before it "
                       "enters talks with a third country.") == set()
    assert _agreements("The remarks undermine the spirit of cooperation and partnership between Chile and Peru, "
                       "Chile's presidency said.") == set()
    assert {s for _, _, s, _ in _agreements(
        "Lima denied that any government-approved deal to sell arms to Bolivia was signed.")} != {"agreed"}


@pytest.mark.parametrize(("text", "place"), [
    ("Slovak Foreign Minister Juraj Blanar met Estonian Prime Minister Kristen Michal at the Munich Security "
     "Conference on Saturday.", "Munich"),
    ("Thai Prime Minister Paetongtarn Shinawatra met Kenyan President William Ruto at a hotel in New York "
     "on Monday.", "New York"),
    ("Moldovan President Maia Sandu held talks with Romanian President Klaus Iohannis near Iasi.", "Iasi"),
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday, on the sidelines of the "
     "BRICS summit in Kazan.", "Kazan"),
    ("Hungarian Prime Minister Viktor Orban spoke by phone with Serbian President Aleksandar Vucic.", "virtual"),
    ("Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala in Prague.", "Prague"),
    ("Azerbaijani President Ilham Aliyev met Georgian Prime Minister Irakli Kobakhidze in the Black Sea resort of "
     "Batumi on Friday.", "Batumi"),
    ("Security Council Secretary Sergei Shoigu briefed President Vladimir Putin at a meeting in the Kremlin.", "Moscow"),
], ids=["event-venue", "city-after-a-setting", "near", "sidelines", "call", "capital", "resort-of", "seat-of-government"])
def test_a_meeting_takes_its_place_from_the_place_mentions(text, place):
    assert {m[2] for m in _meetings(text)} == {place}


def test_an_outlet_report_is_neutral_whatever_its_words():
    found = _claims("Ecuador will send tents to Peru in a gesture of friendship, the Andina agency reported.")
    assert {(c, s) for c, _, s, _ in found} == {("the Andina", "neutral")}


def test_stance_and_hedges_come_from_what_was_said_not_from_the_frame():
    found = _claims("Speaking after talks on cooperation with Peru, Foreign Minister Ana Ruiz said the border "
                    "with Bolivia would reopen in May.")
    assert {(c, s, m) for c, _, s, m in found} == {("Ana Ruiz", "neutral", "asserted")}
    found = _claims("Ana Ruiz, who may run for president next year, said Chile would buy two frigates from Spain.")
    assert {(c, m) for c, _, _, m in found} == {("Ana Ruiz", "asserted")}


def test_a_speaker_who_reportedly_said_it_is_relayed_speech():
    found = _claims("Former president Luis Vega has reportedly criticised the fisheries pact with Chile.")
    assert {(c, s, m) for c, _, s, m in found} == {("Luis Vega", "opposes", "reported")}


def test_evaluative_words_in_what_was_said_make_praise_or_criticism():
    found = _claims("Foreign Minister Ana Ruiz said the fisheries accord with Peru was a historic milestone.")
    assert {(c, s) for c, _, s, _ in found} == {("Ana Ruiz", "supports")}
    found = _claims("Foreign Minister Ana Ruiz said the naval drills by Peru were dangerous and a violation "
                    "of Chilean waters.")
    assert {(c, s) for c, _, s, _ in found} == {("Ana Ruiz", "opposes")}


def test_a_promise_of_help_supports():
    found = _claims("Foreign Minister Ana Ruiz said Chile would send engineers to Peru after the floods.")
    assert {(c, s) for c, _, s, _ in found} == {("Ana Ruiz", "supports")}
    found = _claims("Foreign Minister Ana Ruiz said Chile would not send engineers to Peru.")
    assert {(c, s) for c, _, s, _ in found} == {("Ana Ruiz", "opposes")}  # a refusal, not a promise


def test_a_refusal_or_prohibition_in_what_was_said_opposes():
    found = _claims("Foreign Minister Ana Ruiz said Peru's claim to the islands must not stand.")
    assert {(c, s) for c, _, s, _ in found} == {("Ana Ruiz", "opposes")}
    found = _claims("Peru won't change its position on the border, Foreign Minister Jorge Vela said.")
    assert {(c, s) for c, _, s, _ in found} == {("Jorge Vela", "opposes")}
    found = _claims("Peru could not deliver the gas to Chile before May, Foreign Minister Jorge Vela said.")
    assert {(c, s) for c, _, s, _ in found} == {("Jorge Vela", "neutral")}  # an inability refuses nothing


def test_rejecting_claims_in_what_was_said_is_a_denial():
    found = _claims('"We reject the claims that our ships carried arms to Peru," Foreign Minister Ana Ruiz said.')
    assert {(c, s, m) for c, _, s, m in found} == {("Ana Ruiz", "denies", "denied")}
    found = _claims("Foreign Minister Ana Ruiz said the allegations of arms sales to Peru were baseless.")
    assert {(c, s, m) for c, _, s, m in found} == {("Ana Ruiz", "denies", "denied")}


def test_words_quoted_as_said_are_relayed_speech():
    found = _claims("Deputy Foreign Minister Sergei Ryabkov was quoted by TASS as saying that Russia would hold "
                    "talks with Chile.")
    assert {(c, m) for c, _, _, m in found} == {("Sergei Ryabkov", "reported")}
    found = _claims('President Luis Arce met Chilean officials on Monday. "Bolivia will keep its gas contracts '
                    'with Chile," he was quoted as saying.')
    assert ("Luis Arce", ("Bolivia", "Chile"), "neutral", "reported") in found


def test_could_not_states_an_inability_it_does_not_hedge():
    found = _claims("Foreign Minister Ana Ruiz said Chile could not accept the new border with Peru.")
    assert {(c, m) for c, _, _, m in found} == {("Ana Ruiz", "asserted")}
    found = _claims("Foreign Minister Ana Ruiz said Chile could accept the new border with Peru.")
    assert {(c, m) for c, _, _, m in found} == {("Ana Ruiz", "hedged")}


def test_an_outlet_seen_reporting_still_reports_when_it_says():
    found = _claims("Chile will lend Peru $500 million, the daily El Mercurio reported. The loan would help Peru "
                    "rebuild two ports, the paper said.")
    assert {(c, s, m) for c, _, s, m in found} == {("El Mercurio", "neutral", "reported")}


def test_what_sources_told_an_outlet_is_the_outlets_report():
    found = _claims("Diplomatic sources told El Comercio that Peru would buy two frigates from Spain in a show of "
                    "friendship.")
    assert {(c, s, m) for c, _, s, m in found} == {("El Comercio", "neutral", "reported")}


def test_heads_of_state_or_government_meeting_in_person_hold_a_summit():
    found = _meetings("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
                      "in Arusha on Monday. Later, Foreign Minister Musalia Mudavadi met his Ugandan counterpart, "
                      "Foreign Minister Jeje Odongo.")
    assert {(p, k) for p, k, _, _ in found} == {(("Samia Suluhu Hassan", "William Ruto"), "summit"),
                                               (("Jeje Odongo", "Musalia Mudavadi"), "talks")}


@pytest.mark.parametrize("text,kind", [
    ("Chile and Peru signed a letter of intent on the sale of six patrol boats on Monday.", "partnership"),
    ("Kenya and Japan signed 14 memorandums of understanding during the visit.", "partnership"),
    ("Ghana and Togo signed a strategic partnership treaty on Monday.", "treaty"),
    ("Chile and Peru signed a defence agreement in Lima on Monday.", "treaty"),
    ("Kenya and Ethiopia released a joint communique on the border on Friday.", "jointStatement"),
    ("Kenya reached a staff-level agreement with the IMF on a $1.9 billion loan in October.", "creditLine"),
    ("Chile signed a deal with Peru for a $300 million loan on Monday.", "creditLine"),
    ("Chile and Peru signed a trilateral supply contract with Bolivia on Monday.", "contract"),
], ids=["letter-of-intent", "memorandums", "partnership-treaty", "defence-agreement", "joint-communique",
        "agreement-on-a-loan", "deal-for-a-loan", "contract-before-trilateral"])
def test_agreement_kind_follows_the_first_that_applies(text, kind):
    """README AG4: creditLine, contract, tripartiteAgreement, treaty, jointStatement, partnership, deal."""
    assert {k for _, k, _, _ in _agreements(text)} == {kind}


def test_an_alliance_is_a_treaty_only_when_a_verb_makes_it_one():
    assert _agreements("Seoul said the transfer mattered for its alliance with Washington.") == set()
    assert {(p, k) for p, k, _, _ in _agreements("Chile and Peru formed a military alliance in 1879.")} == {
        (("Chile", "Peru"), "treaty")}


@pytest.mark.parametrize("text,status", [
    ("Peru's congress ratified the defence treaty with Chile on Tuesday.", "agreed"),
    ("Chile cancelled a contract with Peru for six patrol boats on Tuesday.", "declined"),
    ("Kenya and Uganda let their border agreement lapse in March.", "declined"),
    ("The credit line between Chile and Peru was shelved in May.", "declined"),
    ("Chile decided not to renew a 2019 agreement with Peru on fishing.", "declined"),
    ("The free trade agreement between Chile and Peru has been under negotiation since August.", "proposed"),
], ids=["ratified", "cancelled", "lapse", "shelved", "not-renewed", "under-negotiation"])
def test_agreement_status_follows_the_readme_stages(text, status):
    """README AG2 and AG3: a ratification is agreed; cancelled, lapsed, shelved or not renewed is declined."""
    assert {s for _, _, s, _ in _agreements(text)} == {status}


def test_a_dateline_gives_way_to_the_date_of_the_event():
    found = _agreements("NAIROBI, March 14 — Kenya signed a defence treaty with Uganda on Tuesday, officials said.")
    assert {d for *_, d in found} == {"2025-03-11"}
    found = _meetings("LIMA, March 14 — Chilean President Ana Ruiz met Peruvian President Luis Soto on Wednesday.")
    assert {d for *_, d in found} == {"2025-03-12"}
    # the dateline alone gives the report's day: the act is dated to its month, as the gold dates such leads
    found = _agreements("NAIROBI, March 14 — Kenya has signed a defence treaty with Uganda.")
    assert {d for *_, d in found} == {"2025-03"}


def test_a_meeting_needs_two_parties():
    """README M1: two or more parties meet; one person at an event with no other party named is no meeting."""
    assert _meetings("Speaking at a security conference on Saturday, Foreign Minister Ana Ruiz defended the plan.") \
        == set()
    assert _meetings("President Ana Ruiz did not attend the peace summit in person.") == set()


def test_a_sentence_led_by_a_pronoun_keeps_the_person_it_refers_to():
    text = ("President Ana Ruiz spoke to reporters in Lima on Monday. "
            "She said she would raise the border with Bolivian President Luis Arce. "
            "She would also take it up with President Gabriel Boric during a visit to Santiago in May.")
    found = _meetings(text)
    assert {p for p, *_ in found} == {("Ana Ruiz", "Gabriel Boric")}


def test_a_meeting_that_did_not_happen_is_no_meeting():
    """README M1: held or scheduled, not cancelled."""
    assert _meetings("Foreign Minister Ana Ruiz did not meet President Luis Arce during her stay.") == set()
    assert _meetings("Prime Minister Kofi Asante never spoke with President Ana Ruiz about the loan.") == set()


def test_the_speaker_of_an_attribution_is_no_participant():
    text = ("Finance Minister Lena Brandt announced the loan on Monday. "
            "The loan was agreed after three days of meetings in Lima between Treasury officials and "
            "Peru's Economy Minister, Jose Arista, she said.")
    assert not any("Lena Brandt" in p for p, *_ in _meetings(text))


def test_the_body_in_a_persons_title_is_no_other_party():
    text = ("NATO Secretary General Mark Rutte told a news conference on Friday that allies had agreed "
            "the plan at the end of 16 hours of talks.")
    assert _meetings(text) == set()


def test_call_as_a_verb_makes_no_phone_call():
    found = _meetings("President Ana Ruiz held talks with Prime Minister Kofi Asante in Accra and did not call "
                      "on the donors to help.")
    assert {(p, k) for p, k, _, _ in found} == {(("Ana Ruiz", "Kofi Asante"), "summit")}


def test_that_day_takes_the_last_day_the_text_named():
    text = ("President Ana Ruiz signed the budget on March 3. "
            "Later that day she received the Peruvian ambassador, Jose Arista, in Lima.")
    assert {d for *_, d in _meetings(text)} == {"2025-03-03"}
    text = ("Chilean President Ana Ruiz arrived in Lima on March 3. In talks with President Luis Soto on the "
            "same day, she invited Peruvian leaders to visit next year.")
    assert {d for *_, d in _meetings(text) if d != "2025-03-03"} == set()


def test_the_two_leaders_are_the_pair_who_met_before():
    text = ("Chilean President Ana Ruiz met Peruvian President Luis Soto in Lima on Monday. "
            "Hours before the two leaders met, Bolivia closed its border with Chile, Peru's army said. "
            "The two leaders are due to hold formal talks at the annual Chile-Peru summit in Santiago in May.")
    assert {p for p, *_ in _meetings(text)} == {("Ana Ruiz", "Luis Soto")}


def test_an_undated_event_is_the_news_of_the_publication_day_unless_told_as_background():
    found = _agreements("Chile and Peru signed a defence treaty in Lima, officials said.")
    assert {d for *_, d in found} == {"2025-03-14"}
    found = _agreements("Chile and Peru had signed a defence treaty long before the war.")
    assert {d for *_, d in found} == {None}
    found = _meetings("Chilean President Ana Ruiz held talks with Peruvian President Luis Soto in Lima.")
    assert {d for *_, d in found} == {"2025-03-14"}


def test_an_agreement_noun_inside_a_name_is_no_agreement():
    assert _agreements("The proposed sale will help Chile, a Major Non-NATO ally, and the North Atlantic Treaty "
                       "Organization (NATO), the agency said.") == set()


def test_declining_to_comment_declines_no_agreement():
    found = _agreements("The Kremlin declined to discuss the request but said Russia and Peru had signed a "
                        "treaty in May.")
    assert {s for _, _, s, _ in found} == {"signed"}


@pytest.mark.parametrize("text,status", [
    ("Ottawa paused negotiations on a trade agreement with New Delhi in September.", "declined"),
    ("Colombo has also asked New Delhi for a separate $1 billion credit facility.", "proposed"),
    ("A swap line between Chile and Peru was first floated last month.", "proposed"),
], ids=["paused", "asked-for", "floated"])
def test_paused_talks_decline_and_a_request_proposes(text, status):
    assert {s for _, _, s, _ in _agreements(text)} == {status}


def test_and_with_a_new_subject_after_a_non_actor_starts_a_clause():
    found = _meetings("Chilean President Ana Ruiz was welcomed by her Peruvian counterpart, Luis Soto, at a ceremony "
                      "in Lima last month, and Soto paid a state visit to Bolivia in December.")
    assert {p for p, *_ in found} == {("Ana Ruiz", "Luis Soto"), ("Bolivia", "Luis Soto")}
    found = _agreements("Chile, Peru, and Bolivia signed a tripartite agreement on water in January.")
    assert {p for p, *_ in found} == {("Bolivia", "Chile", "Peru")}


def test_meeting_kind_is_the_first_of_the_readme_order_in_its_clause():
    """README M3: call, councilSession, summit, conference, visit, talks."""
    found = _meetings("Chilean President Ana Ruiz welcomed Bolivian leader Luis Arce to Santiago on Monday for a "
                      "summit on lithium.")
    assert {k for _, k, _, _ in found} == {"summit"}


def test_a_session_is_a_council_session_only_for_a_council():
    found = _meetings("Prime Minister Kofi Asante flew to Lima for talks with President Ana Ruiz, and addressed "
                      "a joint session of Congress.")
    assert "councilSession" not in {k for _, k, _, _ in found}


def test_a_visit_to_two_states_meets_each_host():
    found = _meetings("Prime Minister Kofi Asante spoke to reporters on Monday. "
                      "It is his third trip abroad this year, after visits to Togo and Benin.")
    assert {p for p, *_ in found} == {("Kofi Asante", "Togo"), ("Benin", "Kofi Asante")}


def test_the_critic_of_a_meeting_is_no_participant():
    found = _meetings("President Ana Ruiz has sharply criticised Prime Minister Kofi Asante for meeting President "
                      "Luis Arce in La Paz on Monday.")
    assert {p for p, *_ in found} == {("Kofi Asante", "Luis Arce")}


def test_a_treaty_in_force_is_signed():
    found = _agreements("Chilean officials said the seizure threatens the 1904 peace treaty between Chile and Bolivia.")
    assert {(p, s) for p, _, s, _ in found} == {(("Bolivia", "Chile"), "signed")}


def test_a_year_before_the_agreement_noun_dates_it():
    found = _agreements("Chilean officials said the seizure threatens the 1904 peace treaty between Chile and Bolivia.")
    assert {d for *_, d in found} == {"1904"}
    found = _agreements("In December Chile decided not to renew a 2019 agreement with Peru on fishing.")
    assert {d for *_, d in found} == {"2024-12"}


def test_the_two_leaders_are_the_two_persons_the_text_names_most_when_none_met_before():
    text = ("Prime Minister Kofi Asante accused Togo of backing the rebels, and President Ana Ruiz denied it. "
            "Asante said Ruiz must answer for the attacks. "
            "The two leaders met on the sidelines of the regional summit in Lome last week.")
    assert {p for p, *_ in _meetings(text)} == {("Ana Ruiz", "Kofi Asante")}


def test_a_delegation_that_visits_is_its_state():
    found = _meetings("Speaking in Accra, President Ana Ruiz said a Chinese team would soon visit Lima to study "
                      "the railway.")
    assert {p for p, *_ in found} == {("China", "Peru")}


def test_a_ministers_meeting_is_a_conference_and_a_leaders_meeting_a_summit():
    found = _meetings("Defence Minister Lena Brandt spoke as she arrived for a meeting of NATO defence ministers "
                      "in Brussels on Wednesday.")
    assert {(p, k) for p, k, _, _ in found} == {(("Lena Brandt", "NATO"), "conference")}
    found = _meetings("Foreign Minister Lena Brandt spoke as she arrived for a meeting of African Union leaders "
                      "in Addis Ababa on Wednesday.")
    assert {(p, k) for p, k, _, _ in found} == {(("African Union", "Lena Brandt"), "summit")}


def test_attending_together_is_meeting_in_person():
    found = _meetings("Finance Minister Kofi Asante and Chinese envoy Li Wei attended the signing ceremony in Accra.")
    assert {p for p, *_ in found} == {("Kofi Asante", "Li Wei")}
    assert _meetings("President Ana Ruiz did not attend the ceremony with Prime Minister Kofi Asante.") == set()


def test_a_dialogue_or_consultations_held_by_two_states_are_talks():
    found = _meetings("Hanoi and Seoul held their third strategic dialogue on Tuesday.")
    assert {(p, k) for p, k, _, _ in found} == {(("South Korea", "Vietnam"), "talks")}


def test_a_day_later_counts_from_the_last_day_named():
    text = ("President Ana Ruiz spoke by phone with President Luis Soto on March 3. "
            "A day later, Ruiz addressed a video meeting of African Union leaders.")
    assert {d for *_, d in _meetings(text)} == {"2025-03-03", "2025-03-04"}


def test_council_vote_needs_the_council_as_venue():
    """'vetoed a Security Council resolution' names a document; 'vetoed ... at the Security Council' a session."""
    from kg.extract import extract
    from kg.model import Meeting, SourceDocument

    def sessions(text):
        return [tuple(p.label for p in m.participants) for m in extract(SourceDocument("t", text)).facts_of(Meeting)]

    assert sessions("Russia vetoed the renewal of the panel's mandate at the Security Council.") == [
        ("Russia", "UN Security Council")]
    assert sessions("Russia vetoed a Security Council resolution on the panel's mandate.") == []


def test_roster_needs_two_speakers_and_a_multilateral_lead():
    from kg.extract import extract
    from kg.model import Meeting, SourceDocument

    def rosters(text):
        return [m for m in extract(SourceDocument("t", text, date="2025-05-06")).facts_of(Meeting)
                if m.kind == "conference"]

    lead = "Donors meeting in Nairobi on Tuesday promised $1.2 billion for drought relief."
    assert rosters(lead + " Kenyan President William Ruto said the region could not wait.") == []
    found = rosters(lead + " Kenyan President William Ruto said the region could not wait. "
                           "Norwegian minister Anne Beathe Tvinnereim said Norway would give more.")
    assert [tuple(p.label for p in m.participants) for m in found] == [("William Ruto", "Anne Beathe Tvinnereim")]


@pytest.mark.parametrize("text", [
    "Hungarian Prime Minister Viktor Orban paid a visit to President Recep Tayyip Erdogan on Monday.",
    "Indian Prime Minister Narendra Modi wrote a note of thanks to President Vladimir Putin for hosting him.",
], ids=["visit-to-president", "thanks-for-hosting"])
def test_a_title_after_to_is_no_place(text):
    from kg.extract import extract
    from kg.model import Meeting, SourceDocument

    meetings = extract(SourceDocument("t", text)).facts_of(Meeting)
    assert [(len(m.participants), m.place) for m in meetings] == [(2, None)]


def test_two_triggers_of_one_visit_give_one_record():
    text = ("Kenyan President William Ruto, who flew to Abuja for a two-day visit, signed the accord with "
            "Nigerian President Bola Tinubu.")
    found = [f for f in extract(_doc(text)).facts if isinstance(f, Meeting)]
    assert [[p.label for p in m.participants] for m in found] == [["William Ruto", "Bola Tinubu"]]


def test_the_same_accord_at_the_same_stage_told_again_with_a_dated_aside_is_one_record():
    # AG3: "who landed on Wednesday" dates the aside, not a second signing of the treaty
    text = ("Samoa and New Zealand signed a fisheries treaty on Thursday.\n\n"
            "New Zealand Prime Minister Christopher Luxon, who landed in Apia on Wednesday, signed the treaty "
            "with his Samoan counterpart, Fiame Naomi Mata'afa.")
    found = [a for a in extract(_doc(text, "2025-05-23")).facts_of(Agreement)]
    assert [(sorted(p.label for p in a.parties), a.kind, a.status, a.date) for a in found] == [
        (["New Zealand", "Samoa"], "treaty", "signed", "2025-05-22")]


def test_a_definite_deal_is_not_the_accord_named_later_in_its_own_sentence():
    # "The deal" names the Slovak-Azerbaijani deal told before, not the transit contract that follows it
    found = _agreements("Slovakia signed a gas supply deal with Azerbaijan on Monday. The deal follows the end of "
                        "Russian gas transit on Jan. 1, after Ukraine refused to renew a transit contract with Gazprom.")
    assert {(parties, status) for parties, _, status, _ in found} == {
        (("Azerbaijan", "Slovakia"), "signed"), (("Russia", "Ukraine"), "declined")}


def test_an_accord_asked_for_after_has_since_is_undated():
    assert _agreements("Kenya has since asked the IMF for a new programme.") == {
        (("International Monetary Fund", "Kenya"), "creditLine", "proposed", None)}
