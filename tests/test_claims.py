"""Claims on short passages in the style of real reporting (written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> set[tuple[str, tuple[str, ...]]]:
    facts = extract(SourceDocument("t", text)).facts_of(Claim)
    return {(c.claimant.label, tuple(sorted(a.label for a in c.about))) for c in facts}


def test_a_state_after_the_comma_is_the_speaker_not_part_of_the_recipients():
    assert ("United States", ("Kenya", "Türkiye")) in _claims(
        "Turkey will deliver patrol boats to Kenya, Washington said on Friday.")


def test_a_seat_of_government_speaking_keeps_its_name():
    claims = _claims('"We welcome this step by Seoul," the White House said in a statement.')
    assert {c for c, _ in claims} == {"White House"}


def test_a_bare_title_speaks_for_the_last_named_person():
    claims = _claims("Defence Minister Kaja Lind arrived in Vilnius on Monday. "
                     "The minister said Norway would send more air defence units to Lithuania.")
    assert ("Kaja Lind", ("Lithuania", "Norway")) in claims


def test_according_to_a_bare_title():
    text = ("Finance Minister Aurelio Pons said the transfer had cleared. "
            "Reserves rose to $4 billion after the Chilean deposit, according to the minister.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert any(c.claimant.label == "Aurelio Pons" and c.text.startswith("Reserves") for c in claims)


def test_an_outlet_citing_sources_is_the_speaker():
    claims = _claims("Nikkei, citing two officials in Tokyo, reported that Japan could lend Vietnam patrol boats.")
    assert ("Nikkei", ("Japan", "Vietnam")) in claims


def test_a_name_before_a_lower_case_appositive_is_the_speaker():
    claims = _claims("Lena Vogt, chief executive of the shipyard, told reporters that Germany would buy "
                     "two frigates from Norway.")
    assert ("Lena Vogt", ("Germany", "Norway")) in claims


def test_a_name_set_off_by_commas_after_a_title_phrase_is_the_speaker():
    claims = _claims("The bloc's top trade official, Marta Kosir, said on Friday that the EU would appeal to Ghana.")
    assert {c for c, _ in claims} == {"Marta Kosir"}


def test_the_name_after_said_beats_a_state_inside_the_quote():
    claims = _claims('"Chile will not be pressured," said Ana Ferreira Lopes, the country\'s trade minister.')
    assert {c for c, _ in claims} == {"Ana Ferreira Lopes"}


def test_urged_and_cautioned_are_speech_verbs():
    claims = _claims("Prime Minister Kofi Mensah urged Nigeria to reopen the border. "
                     "Foreign Minister Lia Sato cautioned that China could expand its fleet.")
    assert {c for c, _ in claims} == {"Kofi Mensah", "Lia Sato"}


def test_an_aside_after_a_clause_does_not_borrow_a_speaker_from_it():
    claims = _claims("Tokyo chose the project because Manila guards sea lanes near China, the ministry said.")
    assert not any(c in ("China", "Philippines") for c, _ in claims)


def test_the_speaker_goes_on_into_the_next_quoted_sentence():
    text = ('"We will not be lectured," Foreign Minister Tomas Rieger said. "Austria buys its gas where it wants." '
            "Trade with Norway rose.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert any(c.claimant.label == "Tomas Rieger" and c.text.startswith("Austria buys") for c in claims)


def test_the_clause_before_the_speaker_is_the_claim_when_only_a_setting_follows_the_verb():
    text = "Kuwait has deposited $2 billion with the central bank of Egypt, Finance Minister Omar Nabil said on Monday, " \
           "a day after talks with Qatar."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.text for c in claims] == ["Kuwait has deposited $2 billion with the central bank of Egypt"]


def test_a_statement_naming_nobody_is_about_the_states_the_report_names_most():
    text = ("Chile and Peru signed a fishing accord on Monday. Peru will patrol the shared waters with Chile. "
            "Chile's navy will train Peruvian crews. Minister Rosa Ibarra said the deal was overdue.")
    claims = _claims(text)
    assert ("Rosa Ibarra", ("Chile", "Peru")) in claims  # no one state leads: the two the report is about


def test_a_described_outlet_with_a_modifier_is_the_last_matching_source():
    text = ("Kuwait has lent Jordan $500 million, the Kuwait News Agency reported. "
            "Jordan's cabinet said the loan would fund power lines. "
            'According to the Kuwaiti agency, the loan "reflects deep ties" with Jordan.')
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    last = [c for c in claims if c.text.startswith("the loan")]
    assert [c.claimant.label.removeprefix("the ") for c in last] == ["Kuwait News Agency"]


def test_the_government_is_the_state_the_report_is_about():
    text = ("Sri Lanka's reserves fell again in May. Sri Lanka owes China and India billions. "
            "Sri Lanka asked Japan for help. The government said it would seek a loan from the IMF.")
    claims = _claims(text)
    assert any(c == "Sri Lanka" and "International Monetary Fund" in about for c, about in claims)


def test_the_person_quoted_as_saying_is_the_speaker_not_the_agency():
    assert {c for c, _ in _claims("RIA quoted Deputy Defence Minister Alexei Krivoruchko as saying that Russia "
                                  "would deliver the jets to Algeria.")} == {"Alexei Krivoruchko"}
    assert {c for c, _ in _claims("Defence Minister Mario Torres was quoted by El Pais as saying that Spain "
                                  "would send tanks to Ukraine.")} == {"Mario Torres"}


def test_unnamed_officials_speak_for_their_state_or_body():
    assert {c for c, _ in _claims("A spokesperson for the Kremlin said Russia would keep buying Iranian drones.")} \
        == {"Kremlin"}
    assert {c for c, _ in _claims("Officials in Warsaw said Poland would buy more tanks from South Korea.")} \
        == {"Poland"}
    # a ministry is named as the ministry of its state, with the state's demonym
    assert {c for c, _ in _claims("Chile's foreign ministry said Bolivia had rejected the offer.")} \
        == {"Chilean foreign ministry"}


def test_a_surname_before_an_aside_is_the_speaker():
    assert {c for c, _ in _claims("Orban, speaking on state radio, said Hungary would keep buying Russian gas.")} \
        == {"Orban"}


def test_an_outlet_that_has_reported_is_the_claimant():
    assert {c for c, _ in _claims("Nikkei Asia has reported that Japan would lend Vietnam two patrol ships.")} == {
        "Nikkei Asia"}


def test_it_said_refers_to_the_body_quoted_last():
    text = ('In a statement, Japan\'s foreign ministry called Vietnam a key partner. '
            'Stronger coast guards were "more and more important", it said.')
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.claimant.label for c in claims if "important" in c.text] == ["Japanese foreign ministry"]


def test_a_capital_inside_an_institute_name_is_no_state():
    claims = _claims("Vietnam buys most of its arms from Russia, according to the Stockholm International Peace "
                     "Research Institute.")
    assert {c for c, _ in claims} == {"Stockholm International Peace Research Institute"}  # the gazetteer's label
    assert not any("Sweden" in about for _, about in claims)


def test_a_person_who_spoke_beats_the_outlet_that_carried_it():
    claims = _claims("Prime Minister Anwar Ibrahim told reporters that Malaysia would buy Turkish ships, "
                     "according to The Star.")
    assert {c for c, _ in claims} == {"Anwar Ibrahim"}


def test_unnamed_groups_speak_as_written_and_are_no_persons():
    assert _claims("Critics note that Turkey sold drones to Ethiopia.") == {("critics", ("Ethiopia", "Türkiye"))}
    assert {c for c, _ in _claims("Analysts said Russia would struggle to replace Iranian drones.")} == {"analysts"}


def test_a_ministry_of_a_state_is_named_with_the_state_demonym():
    claims = _claims("Peru's defence ministry said Lima would buy two frigates from Spain. "
                     "Trade rose, according to Chile's foreign ministry.")
    assert {c for c, _ in claims} == {"Peruvian defence ministry", "Chilean foreign ministry"}


def test_the_ministry_later_is_the_ministry_named_before():
    claims = _claims("Colombia's Foreign Ministry condemned the strike on Ecuador's border post. "
                     "The ministry said Ecuador had been warned twice.")
    assert ("Colombian Foreign Ministry", ("Ecuador",)) in claims


def test_an_outlet_named_after_its_noun_is_the_speaker():
    claims = _claims("Spain will sell two frigates to Chile, the Chilean daily El Mercurio reported. "
                     "Lima agreed to lend Quito three patrol boats, the Andina news agency reported.")
    assert {c for c, _ in claims} == {"El Mercurio", "the Andina"}


def test_complaints_and_admissions_are_attributed_statements():
    claims = _claims("Prime Minister Ilse Varga complained that Serbia had delayed gas deliveries to Hungary. "
                     "Finance Minister Tomas Brandt admitted that Austria would miss its aid target for Moldova.")
    assert ("Ilse Varga", ("Hungary", "Serbia")) in claims
    assert ("Tomas Brandt", ("Austria", "Moldova")) in claims


def test_rejecting_an_offer_is_no_statement_but_the_reporter_is_the_speaker():
    claims = _claims("Ecuador, meanwhile, rejected a Chinese offer of 50 million dollars for the port, "
                     "President Luis Ortega said.")
    assert {c for c, _ in claims} == {"Luis Ortega"}


def test_media_and_traders_speak_as_groups_but_media_reports_is_a_noun():
    claims = _claims("Morocco bought 300,000 tonnes of French wheat this week, traders said. "
                     "Spain and Portugal have offered patrol boats to Senegal, Italian media reported. "
                     "The shipyard denied media reports that the boats were late.")
    assert {c for c, _ in claims} == {"traders", "Italian media"}  # a demonym names whose media


def test_according_to_a_titled_person_is_the_person():
    claims = _claims("Beijing rolled over a $2 billion loan to Laos, according to Finance Minister Bounchom Ubonpaseuth.")
    assert {c for c, _ in claims} == {"Bounchom Ubonpaseuth"}


def test_the_european_commission_speaking_keeps_its_name():
    claims = _claims("The bloc will send 20 million euros to Moldova, the European Commission said.")
    assert {c for c, _ in claims} == {"European Commission"}


def test_the_title_of_the_speaker_and_the_outlet_spoken_to_are_not_what_the_claim_is_about():
    claims = _claims("Kenya will send police officers to Haiti next month, Nigerian President Bola Tinubu said. "
                     "German Foreign Minister Lena Brandt told the French channel LCI that Poland had asked for tanks.")
    assert ("Bola Tinubu", ("Haiti", "Kenya")) in claims
    assert ("Lena Brandt", ("Poland",)) in claims


def test_a_second_speaker_after_but_makes_a_second_claim():
    claims = _claims("The Lima daily El Comercio reported that the government had decided to buy jets from Sweden, "
                     "but President Ana Ruiz denied to reporters that Peru was considering the purchase.")
    assert {c for c, _ in claims} == {"El Comercio", "Ana Ruiz"}


def test_the_actor_before_which_or_who_speaks_in_the_relative_clause():
    claims = _claims("Greece, which says it cannot give more tanks to Ukraine because of the threat from Turkey, "
                     "agreed to lend Italy 40 shells. He met General Dario Neri, who reportedly estimated that "
                     "selling the shells to Spain would bring in 20 million euros.")
    assert ("Greece", ("Türkiye", "Ukraine")) in claims
    assert ("Dario Neri", ("Spain",)) in claims


def test_a_single_name_opening_the_sentence_before_reported_is_an_outlet():
    claims = _claims("Politico reported on Tuesday that a sale of bombs to Egypt had been held back. "
                     "Officials reported that Chile had sent tents to Peru.")
    assert {c for c, _ in claims} == {"Politico", "officials"}  # unnamed officials are a group (C2), not an outlet


def test_unnamed_officials_speak_for_their_state_and_other_groups_by_their_words():
    # gold rule C2: "Chilean officials said" is Chile speaking; "diplomats" name no state
    claims = extract(SourceDocument("t", "Chilean officials have said the fishing ban breaks the accord with Peru. "
                                         "Some diplomats believe Bolivia will join the talks. "
                                         "Western officials said the boats had left port.")).facts_of(Claim)
    assert {(c.claimant.kind, c.claimant.label) for c in claims} == {("state", "Chile"), ("group", "diplomats"),
                                                                    ("group", "western officials")}


def test_a_rejection_set_off_after_a_claim_is_its_own_denial():
    claims = extract(SourceDocument("t", "Peru said the boats were Chilean, a claim that Santiago rejected. "
                                         "Bolivia accused Chile of spying. Chile denied the accusation on Monday."
                                    )).facts_of(Claim)
    found = {(c.claimant.label, tuple(sorted(a.label for a in c.about)), c.stance) for c in claims}
    assert ("Chile", ("Peru",), "denies") in found  # about the claim it rejects
    assert ("Peru", ("Chile",), "neutral") in found
    assert ("Chile", ("Bolivia",), "denies") in found  # "the accusation": the accuser's


def test_unnamed_sources_speak_through_the_outlet_they_told():
    claims = _claims("Diplomatic sources had told Dawn that Islamabad was seeking a loan from Riyadh.")
    assert {c for c, _ in claims} == {"Dawn"}


def test_a_states_army_presidency_or_media_speak_as_bodies_not_as_the_state():
    claims = _claims("Kenya's military said Somali militants had crossed the border near Mandera.")
    assert {c for c, _ in claims} == {"Kenyan military"}
    claims = _claims("The Chilean presidency said Peru had not been consulted on the corridor.")
    assert {c for c, _ in claims} == {"Chilean presidency"}
    claims = _claims("The talks with Bolivia lasted two hours, Peruvian news agencies reported.")
    assert {c for c, _ in claims} == {"Peruvian news agencies"}
    claims = _claims("The ferry deal with Tanzania may be worth $90 million, Kenyan media reported.")
    assert {c for c, _ in claims} == {"Kenyan media"}


def test_a_group_speaker_keeps_its_modifiers():
    claims = _claims("Climate scientists have warned that Kiribati could lose most of its land by 2080.")
    assert {c for c, _ in claims} == {"climate scientists"}
    claims = _claims("Some local outlets initially reported that Ghana had paid Nigeria $2 million.")
    assert {c for c, _ in claims} == {"local outlets"}
    claims = _claims("Aid agencies say the closure of the border has cut Chad off from Sudan.")
    assert {c for c, _ in claims} == {"aid agencies"}


def test_unnamed_speakers_are_a_group_of_their_own_document_not_an_organisation():
    from kg.rdf.build import Run, build_quads
    from kg.rdf.iris import entity_iri

    text = "Analysts said Angola would repay the Chinese loans by 2030."
    speakers = [next(iter(extract(SourceDocument(doc, text)).facts_of(Claim))).claimant for doc in ("a", "b")]
    assert [s.kind for s in speakers] == ["group", "group"] and speakers[0].label == "analysts"
    assert entity_iri(speakers[0]) != entity_iri(speakers[1])  # not one "analysts" node across reports
    quads = build_quads(extract(SourceDocument("a", text)), Run("r", "2025-01-01T00:00:00Z", "0", "0"))
    types = {q.object.value for q in quads if q.subject.value == entity_iri(speakers[0])
             and q.predicate.value.endswith("#type")}
    assert types == {"https://w3id.org/geokg/ontology#Group"}


def test_in_a_report_about_two_states_a_statement_about_one_is_about_both():
    text = ("Chile and Peru signed a fisheries accord on Monday. "
            "Peru will let foreign boats fish off Arica, Foreign Minister Ana Ruiz said. "
            "Chile will share catch data with Peru under the accord, which also covers patrols. "
            "Officials from Chile and Peru will meet again in June. "
            "Ruiz said the patrols would start in May. "
            "Analysts said the accord was a step back for Bolivia.")
    claims = _claims(text)
    assert {a for c, a in claims if c == "Ana Ruiz"} == {("Chile", "Peru")}  # names Peru only, or no state
    assert ("analysts", ("Bolivia",)) in claims  # about a third state: not made about the two


def test_a_state_body_speaks_under_its_own_name():
    # gold README, rule C2: a state fund or company is the claimant, not its state (G2 is for flows)
    claims = _claims("The Kuwait Fund for Development said the loan to Jordan would build two schools.")
    assert {c for c, _ in claims} == {"Kuwait Fund for Development"}
    claims = _claims("Jordan has received a grant for its schools. Jordan will spend it in Irbid. "
                     "The Kuwait Fund for Development said on Monday that the grant would last three months.")
    # names nobody: about the dealings the report is about, Kuwait's grant to Jordan (rule C3)
    assert claims == {("Kuwait Fund for Development", ("Jordan", "Kuwait"))}
    assert {c for c, _ in _claims("Rosatom said the reactor for Uzbekistan would be ready by 2029.")} == {"Rosatom"}


def test_a_titled_person_named_after_a_preposition_is_not_the_minister_who_speaks_next():
    text = ("Foreign Minister Ana Ruiz arrived in Quito on Monday. "
            "She is due to meet with Ecuadorian Foreign Minister Jorge Vela. "
            "Gas prices were too high for Peru, the minister said in reply to a question.")
    assert {c for c, _ in _claims(text)} == {"Ana Ruiz"}


def test_coordinated_speakers_each_make_the_claim():
    claims = _claims("Laos and Vietnam said the dam on the Mekong would be finished by 2030.")
    assert claims == {("Laos", ("Vietnam",)), ("Vietnam", ("Laos",))}
    claims = _claims("Aid from Laos and Vietnam has stalled, Cambodia said.")  # named in what was said: no speakers
    assert {c for c, _ in claims} == {"Cambodia"}


def test_a_second_speaker_after_while_and_an_appositive_ends_the_first_statement():
    claims = _claims("Foreign Minister Ana Ruiz has denied that Chile is arming Peru, while Jorge Vela, the spokesman "
                     "of the Bolivian foreign ministry, said the stories had been spread by Argentine media.")
    assert ("Ana Ruiz", ("Chile", "Peru")) in claims
    assert ("Jorge Vela", ("Argentina",)) in claims


def test_the_bloc_inside_what_was_said_is_the_organisation_named_before():
    claims = _claims("The African Union suspended Gabon after the coup. Its commission chief, Moussa Faki, said on "
                     "Monday that the bloc would not recognise the junta in Libreville.")
    assert ("Moussa Faki", ("African Union", "Gabon")) in claims


def test_a_trailing_attribution_relays_the_statement_before_it():
    claims = _claims("Foreign Minister Ana Ruiz returned from Lima on Monday. At the talks, Vela said Peru would "
                     "buy more gas from Bolivia, the minister said, adding that prices were not discussed.")
    assert ("Ana Ruiz", ("Bolivia", "Peru", "Vela")) in claims  # the minister tells what Vela said
    assert ("Vela", ("Bolivia", "Peru")) in claims


def test_the_setting_between_the_verb_and_that_is_not_what_the_claim_is_about():
    claims = _claims("Foreign Minister Ana Ruiz told reporters after talks with her Peruvian counterpart, Jorge Vela, "
                     "that Chile would sell two frigates to Ecuador.")
    assert claims == {("Ana Ruiz", ("Chile", "Ecuador"))}


def test_a_promise_with_an_infinitive_or_a_clause_is_a_statement():
    claims = _claims("Chancellor Petra Holm arrived in Tallinn on Monday. "
                     "Holm promised to expand electricity exports to Estonia next winter.")
    assert ("Petra Holm", ("Estonia",)) in {(c, tuple(a for a in about if a != "Germany")) for c, about in claims}
    vowed = _claims("President Aida Sarr vowed the country would never bow to pressure from France.")
    assert any(c == "Aida Sarr" and "France" in about for c, about in vowed)


def test_a_pledge_of_money_is_no_statement():
    claims = _claims("Japan pledged $300 million to Kenya for a new port.")
    assert not any(c == "Japan" for c, _ in claims)


def test_a_trailing_participle_makes_the_subject_speak():
    accusing = _claims("Riyadh froze the grant in 2016, accusing Beirut of failing to rein in the militias.")
    assert ("Saudi Arabia", ("Lebanon",)) in accusing
    saying = _claims("President Ana Ruiz vetoed the bill, saying it would damage relations with China.")
    assert ("Ana Ruiz", ("China",)) in saying


def test_a_participle_after_a_quote_keeps_the_quoted_speaker():
    claims = _claims('"Norway will send more trucks to Ukraine," Minister Ola Berg said, '
                     "adding that Sweden would pay for the fuel.")
    assert any(c == "Ola Berg" and "Sweden" in about for c, about in claims)
    assert not any(c == "Norway" for c, _ in claims)


def test_a_participle_of_a_pledge_with_money_is_no_statement():
    assert not _claims("Japan sent rice to Kenya in May, pledging $3 million more for seed.")


def test_plural_speakers_in_the_present_tense():
    insist = _claims("Kenyan officials insist that the loans from China carry no hidden conditions.")
    assert any("China" in about for _, about in insist)
    fear = _claims("Western diplomats fear that Iran could send more drones to Russia this winter.")
    assert any(c.lower() == "western diplomats" and {"Iran", "Russia"} <= set(about) for c, about in fear)


def test_according_to_a_document_released_by_a_source():
    claims = _claims("The port will handle two million tonnes a year, "
                     "according to documents released by the Kremlin.")
    assert any(c == "Kremlin" for c, _ in claims)
    official = _claims("According to a senior Turkish government official, gas imports from Russia have doubled.")
    assert ("Türkiye", ("Russia",)) in official


def test_according_to_an_accord_is_no_attribution():
    claims = _claims("Troops will leave by May, according to the agreement signed by Armenia and Azerbaijan.")
    assert not any(c in ("Armenia", "Azerbaijan") for c, _ in claims)


def test_a_state_speaking_under_a_description():
    claims = _claims("Oman will send 40,000 tonnes of diesel to Yemen, the Gulf state announced on Monday.")
    assert ("Oman", ("Yemen",)) in claims


def test_a_description_inside_the_statement_is_not_the_speaker():
    claims = _claims("Exports to the country rose by a third, Kenyan officials said of trade with Uganda.")
    assert not any(c == "Uganda" for c, _ in claims)


def test_a_group_speaking_in_a_relative_clause():
    claims = _claims("The sale drew protests from local activists, who said Serbia was arming Azerbaijan.")
    assert any(c.lower() == "local activists" and {"Serbia", "Azerbaijan"} <= set(about) for c, about in claims)


def test_naming_verbs_are_statements():
    claims = _claims("Ankara has long branded the group a threat to Iraq and Syria.")
    assert any(c == "Türkiye" and {"Iraq", "Syria"} <= set(about) for c, about in claims)


def test_officials_of_two_coordinated_states_each_speak():
    # "U.S. and South Korean officials": a name and a demonym sharing one noun (gold rules C2)
    claims = extract(SourceDocument("t", "Chilean and Peruvian officials said the border talks would resume. "
                                         "Bolivia and Argentine officials said the pipeline would reopen.")
                     ).facts_of(Claim)
    assert {c.claimant.label for c in claims} == {"Chile", "Peru", "Bolivia", "Argentina"}


def test_according_to_a_person_is_asserted_to_an_outlet_reported():
    text = ("Chad will open a second corridor for aid to Sudan, according to Interior Minister Ali Bachir. "
            "Some 600,000 refugees have crossed into Chad since the war began, according to Reuters.")
    modality = {c.claimant.label: c.modality for c in extract(SourceDocument("t", text)).facts_of(Claim)}
    assert modality == {"Ali Bachir": "asserted", "Reuters": "reported"}


def test_a_state_source_familiar_with_the_talks_asserts_for_the_state():
    text = "An Iranian source familiar with the negotiations said Tehran would not ship more drones to Russia."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.modality) for c in claims] == [("Iran", "asserted")]


def test_an_undertaking_to_pay_is_a_promise_of_help():
    text = "Kuwait has undertaken to pay the salaries of Lebanese teachers for a year, Kuwaiti Finance Minister Noura al-Fassam said."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.stance) for c in claims] == [("Noura al-Fassam", "supports")]


def test_a_quotation_before_an_unnamed_spokesperson_is_what_was_said():
    text = ('"Japan must stop interfering in the Taiwan question," a spokesperson for the Chinese embassy '
            "in Tokyo told Kyodo News on Monday.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.text for c in claims] == ["Japan must stop interfering in the Taiwan question"]


def test_said_earlier_that_day_is_a_time_not_a_clause():
    text = "Brussels is preparing new sanctions on Belarus, European Commission spokesman Eric Mamer said earlier that day."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.text for c in claims] == ["Brussels is preparing new sanctions on Belarus"]


def test_supporting_and_solidifying_are_praise():
    text = ("The new pipeline will solidify energy ties between Azerbaijan and Georgia, Georgian Prime Minister "
            "Irakli Kobakhidze said. Qatar is supporting the Lebanese army through a difficult winter, Lebanese "
            "Defence Minister Maurice Slim told reporters.")
    stances = {c.claimant.label: c.stance for c in extract(SourceDocument("t", text)).facts_of(Claim)}
    assert stances == {"Irakli Kobakhidze": "supports", "Maurice Slim": "supports"}


def test_spending_on_a_partner_is_support_and_confrontation_is_criticism():
    text = ("Norway will spend $200 million on air defence for Ukraine, Norwegian Defence Minister Tore Sandvik said. "
            "The drills raise the risk of confrontation in the Taiwan Strait, Chinese Foreign Minister Wang Yi said.")
    stances = {c.claimant.label: c.stance for c in extract(SourceDocument("t", text)).facts_of(Claim)}
    assert stances == {"Tore Sandvik": "supports", "Wang Yi": "opposes"}


def test_a_person_named_inside_what_he_said_does_not_become_he():
    text = ("Kenyan President William Ruto spoke to reporters in Nairobi on Friday. He said Tanzanian President "
            "Samia Suluhu Hassan had agreed to reopen the border crossing. The lorries, he added, would carry "
            "maize to Uganda within a week.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.claimant.label for c in claims] == ["William Ruto", "William Ruto"]


def test_never_having_done_it_or_seeing_no_sign_is_a_denial():
    text = ("Beijing said it had never supplied lethal weapons to either side in the war in Ukraine. "
            "Germany said it saw no sign that Morocco's decision was political.")
    judged = {c.claimant.label: (c.stance, c.modality) for c in extract(SourceDocument("t", text)).facts_of(Claim)}
    assert judged == {"China": ("denies", "denied"), "Germany": ("denies", "denied")}


def test_according_to_with_may_is_hedged():
    text = "Russia may deliver Su-35 fighter jets to Iran before the end of the year, according to Bloomberg."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.modality) for c in claims] == [("Bloomberg", "hedged")]


def test_a_modal_in_a_purpose_clause_hedges_nothing():
    text = ("France has agreed to sell radars to Armenia so that it could defend its airspace, "
            "French Foreign Minister Catherine Colonna said.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.modality) for c in claims] == [("Catherine Colonna", "asserted")]


def test_a_modal_in_a_relative_clause_hedges_nothing():
    text = "The administration would not approve any deal that could benefit Iran, Secretary of State Marco Rubio said."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.modality) for c in claims] == [("Marco Rubio", "asserted")]


def test_talk_of_peace_is_no_praise_by_itself():
    text = "Mediators from Qatar pushed hard for peace talks between Kinshasa and Kigali, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.stance for c in claims] == ["neutral"]


def test_with_the_help_of_is_no_praise():
    text = "The rebels were shelling villages with the help of drones sent from abroad, Sudanese Ambassador Al-Harith Mohamed said."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.stance for c in claims] == ["neutral"]


def test_will_ensure_supplies_is_a_promise_of_help():
    text = "Russia will ensure free grain supplies to six African states next year, President Vladimir Putin said."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.stance for c in claims] == ["supports"]


def test_an_outlet_citing_officials_as_saying_is_a_report():
    text = "Bloomberg had earlier cited Western officials as saying that Iran was building a drone factory in Russia."
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [(c.claimant.label, c.modality) for c in claims] == [("Bloomberg", "reported")]


def test_a_name_after_a_preposition_before_reported_is_no_outlet():
    claims = _claims("A team of inspectors that monitors the arms embargo on Darfur reported on Monday that Chad "
                     "had let weapons cross its border into Sudan.")
    assert not any(claimant == "Darfur" for claimant, _ in claims)
    assert ("the Washington Post", ("Russia", "Venezuela")) in _claims(  # the agent of a passive may speak
        "Observers quoted by the Washington Post said Russia would have little capacity to defend Caracas.")


def test_a_longer_outlet_phrase_after_the_statement_relays_it():
    facts = extract(SourceDocument("t", "Foreign Minister Wang Yi said China would send more grain to Zimbabwe this "
                                        "year, the official Xinhua news agency reported.")).facts_of(Claim)
    assert [(c.claimant.label, c.text, c.modality) for c in facts] == [
        ("Wang Yi", "China would send more grain to Zimbabwe this year", "reported")]


def test_our_time_is_not_the_speakers_state():
    assert _claims("Fighting in Sudan has driven 12 million people from their homes, and aid to Sudan has fallen far "
                   "short. German Foreign Minister Annalena Baerbock said the famine in Sudan was the worst "
                   "humanitarian disaster of our time.") == {("Annalena Baerbock", ("Sudan",))}


def test_a_hyphenated_name_with_a_lower_case_link_is_one_speaker():
    assert _claims("Pakistan's caretaker Prime Minister Anwar-ul-Haq Kakar said Pakistan would send tents and "
                   "medicine to Afghanistan.") == {("Anwar-ul-Haq Kakar", ("Afghanistan", "Pakistan"))}


def test_an_outlet_name_keeps_its_lower_case_links():
    assert _claims("The plan first came to light in the newspaper Corriere della Sera, which cited two ministers. "
                   "According to the paper, Italy would send air defence systems to Ukraine.") == {
        ("Corriere della Sera", ("Italy", "Ukraine"))}


def test_a_state_body_speaks_across_the_day_named_before_its_verb():
    claims = _claims("Chad's army on Monday accused Sudan of shelling a border town.")
    assert [claimant for claimant, _ in claims] == ["Chadian army"]
