"""Stages and categories read from whole wire-style reports: the kinds of goods an item names and the
stage its cues give (kg.extract.aid_categories, the [categories] and [cues] of kg/rules/aid.toml)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> dict[tuple[str, str, str], set[str]]:
    found: dict[tuple[str, str, str], set[str]] = {}
    for f in extract(SourceDocument("c", text)).facts_of(AidFlow):
        found.setdefault((f.donor.label, f.recipient.label, f.status), set()).update(f.categories)
    return found


def test_foodstuffs_and_rations_are_food():
    text = "Greece and Cyprus have flown foodstuffs and army rations to Libya since the floods."
    assert _flows(text)[("Greece", "Libya", "delivered")] == {"food"}


_CYCLONE = (
    "Donors rush relief to Mozambique after cyclone\n\n"
    "MAPUTO, March 20 - Cyclone Idai has left hundreds of thousands of people displaced across central Mozambique, "
    "and aid agencies warned that hunger and cholera could follow the floods. "
    "Britain pledged 22 million pounds on Wednesday, while Portugal promised another 2 million euros. "
    "The survivors still lack clean water, the agencies said."
)


def test_plain_money_in_a_relief_story_is_humanitarian():
    found = _flows(_CYCLONE)
    assert found[("United Kingdom", "Mozambique", "pledged")] == {"humanitarian"}
    assert found[("Portugal", "Mozambique", "pledged")] == {"humanitarian"}


def test_a_loan_in_a_relief_story_stays_financial():
    text = _CYCLONE + " The World Bank approved a $700 million loan to Mozambique for rebuilding."
    assert _flows(text)[("World Bank", "Mozambique", "approved")] == {"financial"}


def test_plain_money_outside_a_relief_story_stays_financial():
    text = ("The IMF said Egypt's budget deficit had narrowed after reforms to fuel subsidies. "
            "Saudi Arabia pledged $5 billion to Egypt on Monday, while its debt to Gulf lenders kept rising.")
    assert _flows(text)[("Saudi Arabia", "Egypt", "pledged")] == {"financial"}


def test_a_standing_creditor_gives_money():
    text = ("Zambia has struggled to restructure its debts since its 2020 default. "
            "China, Zambia's biggest bilateral creditor, has agreed to new terms, while Japan sent maize to Zambia.")
    assert _flows(text)[("China", "Zambia", "delivered")] == {"financial"}


def test_food_given_free_is_humanitarian_but_food_sold_is_not():
    text = ("India will ship 40,000 tonnes of wheat free of charge to Afghanistan, officials said. "
            "Kazakhstan sold 200,000 tonnes of flour to Uzbekistan at market prices.")
    found = _flows(text)
    assert found[("India", "Afghanistan", "pledged")] == {"food", "humanitarian"}
    assert found[("Kazakhstan", "Uzbekistan", "delivered")] == {"food"}


def test_money_takes_the_kind_of_its_purpose():
    text = ("Germany pledged 40 million euros for Ukraine's power grid on Tuesday. "
            "Norway gave Moldova $10 million, officials said.")
    found = _flows(text)
    assert found[("Germany", "Ukraine", "pledged")] == {"financial", "energy", "infrastructure"}
    assert found[("Norway", "Moldova", "delivered")] == {"financial"}


def test_goods_for_an_army_are_military_too():
    text = ("Kuwait will pay for fuel for the Jordanian army until the end of the year, officials said. "
            "Kuwait also sent diesel to Jordan's power stations.")
    assert _flows(text)[("Kuwait", "Jordan", "pledged")] == {"energy", "military"}


def test_an_army_named_elsewhere_in_the_sentence_is_not_the_getter():
    text = ("The army currently receives cash payments from Qatar, while Italy and Spain have sent shipments "
            "of medicine and foodstuffs to Lebanon.")
    assert _flows(text)[("Italy", "Lebanon", "delivered")] == {"humanitarian", "food"}


def test_money_for_a_desalination_plant_is_infrastructure_not_relief():
    text = "The UAE pledged $300 million to Egypt for a water desalination plant near Alexandria."
    assert _flows(text)[("United Arab Emirates", "Egypt", "pledged")] == {"financial", "infrastructure"}


def test_coastguard_cutters_are_military():
    text = "Japan handed over two coastguard cutters to the Philippines at a ceremony in Manila on Tuesday."
    assert _flows(text)[("Japan", "Philippines", "delivered")] == {"military"}


_QUAKE = (
    "Neighbours fly rescuers to Nepal after earthquake\n\n"
    "KATHMANDU, May 4 - Rescue teams from across the region reached Nepal on Sunday, two days after an "
    "earthquake flattened villages in the hills west of the capital and left thousands of survivors without "
    "shelter, the disaster agency said. "
    "India flew four helicopters and two transport planes to Nepal to carry relief to the cut-off districts. "
    "Bangladesh will send 200 soldiers to Nepal, its army said, and the first flights left on Monday."
)


def test_aircraft_and_troops_sent_for_relief_are_humanitarian():
    found = _flows(_QUAKE)
    assert found[("India", "Nepal", "delivered")] == {"humanitarian"}
    assert found[("Bangladesh", "Nepal", "pledged")] == {"humanitarian"}


def test_weapons_in_a_relief_story_stay_military():
    text = _QUAKE + " Separately, China delivered two armed drones and artillery shells to Nepal's army."
    assert "military" in _flows(text)[("China", "Nepal", "delivered")]


def test_helicopters_sold_outside_a_relief_story_stay_military():
    text = "Russia delivered six transport helicopters to Nepal's army last year under a 2019 contract."
    assert _flows(text)[("Russia", "Nepal", "delivered")] == {"military"}


def test_money_that_prices_goods_is_not_financial():
    text = ("Spain approved arms exports worth 1.2 billion euros to Morocco last year, the defence ministry said. "
            "Japan pledged 40 million dollars in humanitarian aid to Sudan on Friday.")
    found = _flows(text)
    assert found[("Spain", "Morocco", "approved")] == {"military"}
    assert found[("Japan", "Sudan", "pledged")] == {"humanitarian"}


def test_money_for_a_purpose_stays_financial():
    text = "Kuwait pledged $20 million to Sudan for the emergency response, its foreign ministry said."
    assert "financial" in _flows(text)[("Kuwait", "Sudan", "pledged")]


_FLOOD = (
    "Floods leave thousands homeless in Mozambique\n\n"
    "MAPUTO, Jan 12 - Floods after days of heavy rain have displaced more than 20,000 people in southern "
    "Mozambique, and relief workers said survivors were sheltering in schools. The disaster agency warned "
    "that more flooding was likely. "
)


def test_help_named_with_no_goods_in_a_relief_story_is_humanitarian():
    text = _FLOOD + "Malawi offered help to Mozambique on Thursday, its foreign ministry said."
    assert _flows(text)[("Malawi", "Mozambique", "offered")] == {"humanitarian"}


def test_help_named_with_no_goods_outside_a_relief_story_stays_other():
    text = "Malawi offered help to Mozambique on Thursday, its foreign ministry said."
    assert _flows(text)[("Malawi", "Mozambique", "offered")] == {"other"}


def test_rescue_and_homeless_words_make_a_relief_story():
    text = ("Rescuers dig through mud in Peru\n\n"
            "LIMA, March 2 - Rescuers searched on Sunday for dozens of people buried by landslides in northern Peru, "
            "where heavy rain has left 4,000 people homeless, and rescue teams struggled to reach cut-off villages. "
            "Ecuador offered help to Peru on Monday, its foreign ministry said.")
    assert _flows(text)[("Ecuador", "Peru", "offered")] == {"humanitarian"}


def test_an_amount_in_euro_before_a_noun_is_money():
    text = "The European Union cancelled a 200 million euro aid payment to Niger after the coup."
    assert _flows(text)[("European Union", "Niger", "declined")] == {"financial"}


def test_firefighting_aircraft_are_humanitarian():
    text = "Bolivia accepted Brazil's offer of two firefighting aircraft to fight the blazes in the Amazon."
    kinds = {k for (donor, getter, _), found in _flows(text).items() if (donor, getter) == ("Brazil", "Bolivia")
             for k in found}
    assert kinds == {"humanitarian"}


def test_troops_offered_for_a_tsunami_response_are_humanitarian():
    text = "Indonesia turned down an Australian offer to send troops to help with the tsunami response."
    kinds = {k for (donor, getter, _), found in _flows(text).items() if (donor, getter) == ("Australia", "Indonesia")
             for k in found}
    assert kinds == {"humanitarian"}


def test_a_hydropower_dam_is_energy_and_infrastructure():
    text = "China will build a 1,200-megawatt hydropower dam in Nepal, the two governments said."
    assert _flows(text)[("China", "Nepal", "pledged")] == {"energy", "infrastructure"}


def test_food_passed_on_from_a_free_gift_is_humanitarian_too():
    text = ("Mali received 25,000 tonnes of wheat from Russia in January, its agriculture ministry said. "
            "A UN official said Russian donations to Mali could not make up for the end of the Black Sea deal.")
    assert _flows(text)[("Russia", "Mali", "delivered")] == {"food", "humanitarian"}


def test_a_non_prefix_takes_the_kind_away():
    text = ("Japan has flown 12 tons of non-food relief items to Afghanistan. "
            "Germany has sent non-military equipment such as ambulances to Moldova.")
    found = _flows(text)
    assert found[("Japan", "Afghanistan", "delivered")] == {"humanitarian"}
    assert found[("Germany", "Moldova", "delivered")] == {"humanitarian"}


def test_economic_names_money_only_as_aid():
    text = ("Russia is to build a port and a power station in the Dawei Special Economic Zone for Myanmar. "
            "Japan will provide $200 million in economic assistance to Jordan.")
    found = _flows(text)
    assert found[("Russia", "Myanmar", "pledged")] == {"infrastructure", "energy"}
    assert found[("Japan", "Jordan", "pledged")] == {"financial"}


def test_military_aid_beside_relief_stays_military():
    text = ("Washington pledged military and humanitarian aid to Kyiv on Monday. "
            "Thailand will send 1,000 troops and military engineers to Myanmar to help quake victims.")
    found = _flows(text)
    assert found[("United States", "Ukraine", "pledged")] == {"military", "humanitarian"}
    assert found[("Thailand", "Myanmar", "pledged")] == {"humanitarian"}


def test_an_amount_in_any_currency_is_money():
    text = ("Qatar committed to invest USD 10 billion in India over the next five years. "
            "Norway will give 300 million kroner to Niger, the ministry said. "
            "The United States shipped 40,000 pounds of rice to Haiti.")
    found = _flows(text)
    assert found[("Qatar", "India", "pledged")] == {"financial"}
    assert found[("Norway", "Niger", "pledged")] == {"financial"}
    assert found[("United States", "Haiti", "delivered")] == {"food"}


def test_money_invested_is_not_a_price():
    text = ("Beijing has invested some $3 billion in Angola's oil industry since 2010. "
            "Russia sold $2 billion in arms to Algeria last year.")
    found = _flows(text)
    assert found[("China", "Angola", "delivered")] == {"financial", "energy"}
    assert found[("Russia", "Algeria", "delivered")] == {"military"}


def test_parts_take_the_kind_of_what_they_are_for():
    text = "A court in The Hague ordered Denmark to stop supplying parts for the F-16 jets that Egypt flies."
    assert _flows(text)[("Denmark", "Egypt", "declined")] == {"military"}


def test_a_wildfire_report_is_a_relief_story():
    text = ("Neighbours help Chile fight forest fires\n\n"
            "SANTIAGO, Feb 6 - Fires have burned across central Chile for a week, and firefighters are still "
            "battling more than 100 blazes. Argentina and Peru have already sent assistance to Chile, the "
            "interior ministry said.")
    found = _flows(text)
    assert found[("Argentina", "Chile", "delivered")] == {"humanitarian"}


def test_a_place_or_an_aside_after_the_item_gives_no_kind():
    text = ("A Qatari tanker began pumping 40,000 tonnes of fuel oil ashore at Lebanon's Zahrani port on Tuesday, "
            "the first instalment of a grant from Doha.")
    assert _flows(text)[("Qatar", "Lebanon", "delivered")] == {"energy"}


def test_lending_and_disbursements_are_money():
    text = ("The World Bank froze its lending to Afghanistan after the takeover. "
            "The African Development Bank halted disbursements to Niger in August.")
    found = _flows(text)
    assert found[("World Bank", "Afghanistan", "declined")] == {"financial"}
    assert found[("African Development Bank", "Niger", "declined")] == {"financial"}


def test_a_purpose_ends_before_the_next_verb_of_its_subject():
    text = ("India extended a $250 million line of credit to Kenya for its farming sector, and will supply two "
            "patrol vessels to the Kenyan navy.")
    found = _flows(text)
    assert found[("India", "Kenya", "delivered")] == {"financial"}
    assert found[("India", "Kenya", "pledged")] == {"military"}


def test_arming_someone_is_military():
    text = "Eritrea has been accused of arming Ethiopian forces in Tigray."
    assert _flows(text)[("Eritrea", "Ethiopia", "delivered")] == {"military"}


def test_electronics_and_a_semiconductor_are_technology():
    text = ("Vietnam imports most of its electronics from South Korea. "
            "Taiwan will train 200 Indian engineers in semiconductor manufacturing.")
    found = _flows(text)
    assert found[("South Korea", "Vietnam", "delivered")] == {"technology"}
    assert found[("Taiwan", "India", "pledged")] == {"technology"}


def test_surveillance_hardware_is_not_intelligence():
    text = ("Japan will hand surveillance drones to Malaysia's navy. "
            "China supplied surveillance equipment to Zimbabwe's police last year.")
    found = _flows(text)
    assert found[("Japan", "Malaysia", "pledged")] == {"military"}
    assert found[("China", "Zimbabwe", "delivered")] == {"technology"}


def test_development_aid_is_money_and_security_assistance_military():
    text = ("Sweden has paused its development aid to Mali. "
            "Japan will provide security assistance worth 2 billion yen to Fiji.")
    found = _flows(text)
    assert found[("Sweden", "Mali", "declined")] == {"financial"}
    assert found[("Japan", "Fiji", "pledged")] == {"military"}


def test_aid_named_by_its_disaster_and_firefighting_are_humanitarian():
    text = ("Cuba turned down a US offer of $3 million in hurricane aid. "
            "Spain offered to send firefighting planes to Greece.")
    found = _flows(text)
    assert found[("United States", "Cuba", "declined")] == {"humanitarian"}
    assert found[("Spain", "Greece", "offered")] == {"humanitarian"}


def test_training_air_force_pilots_is_military():
    assert _flows("New Delhi offered to train Kenyan air force pilots.")[("India", "Kenya", "offered")] == {"military"}
