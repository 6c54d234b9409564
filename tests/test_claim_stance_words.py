"""Stance from the words of what was said (kg/rules/events.toml [claim]): the vocabulary of diplomatic
praise and criticism that reporting uses everywhere (passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _stances(text: str) -> set[tuple[str, str]]:
    return {(c.claimant.label, c.stance) for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_ready_to_cooperate_is_support():
    assert ("Iran", "supports") in _stances("Tehran said Iran was ready to cooperate with Iraq on water.")


def test_a_new_impetus_is_support():
    assert ("Kassym-Jomart Tokayev", "supports") in _stances(
        "President Kassym-Jomart Tokayev said it was time to give a new impetus to ties with Oman.")


def test_working_together_is_support():
    assert ("Ghana", "supports") in _stances(
        "Accra said Ghana and Togo would work together on a new power line.")


def test_aid_frozen_is_criticism():
    assert ("Gert Jansen", "opposes") in _stances(
        "EU envoy Gert Jansen said 20 million euros in budget support for Niger had been frozen.")


def test_a_warning_of_provoking_a_state_is_criticism():
    assert ("Luiz Inacio Lula da Silva", "opposes") in _stances(
        "President Luiz Inacio Lula da Silva said the shipment could provoke Moscow.")


def test_voiced_interest_is_support_and_expressed_concern_opposition():
    text = ("King Abdullah II received President Emmanuel Macron in Amman. The king voiced his country's interest "
            "in new French investment. Macron expressed his deep concern over the strikes on Lebanon.")
    stances = _stances(text)
    assert any(c.startswith("Abdullah") and s == "supports" for c, s in stances)
    assert ("Emmanuel Macron", "opposes") in stances


def test_a_promise_of_help_in_the_passive_or_progressive_is_support():
    assert ("Jean Dupont", "supports") in _stances(
        "Defence Minister Jean Dupont said Moldovan pilots would be trained in France next spring.")
    assert ("Hakan Fidan", "supports") in _stances(
        "Foreign Minister Hakan Fidan said Ankara will keep sending fuel and flour to the camps in Idlib.")


def test_support_negated_is_opposition():
    assert ("Peter Szijjarto", "opposes") in _stances(
        "Foreign Minister Peter Szijjarto said Hungary did not support the plan to lend Ukraine more money.")


def test_a_threat_to_block_and_a_charge_of_breach_are_criticism():
    assert ("Robert Fico", "opposes") in _stances(
        "Prime Minister Robert Fico said Slovakia would block the new aid package for Ukraine.")
    assert ("Mateusz Morawiecki", "opposes") in _stances(
        "Prime Minister Mateusz Morawiecki said the grain deal breaches the bloc's trade rules.")


def test_congratulating_is_support():
    assert ("To Lam", "supports") in _stances(
        "Vietnamese President To Lam congratulated Vladimir Putin on winning another term.")


def test_a_charge_of_murder_is_criticism():
    assert ("Ralf Stegner", "opposes") in _stances(
        "Ralf Stegner, a lawmaker, said the Saudi government had dissidents murdered abroad.")


def test_announcing_a_sum_is_support():
    assert ("Anniken Huitfeldt", "supports") in _stances(
        "Foreign Minister Anniken Huitfeldt announced a further 200 million crowns for the UN agencies working in Sudan.")


def test_a_pledge_of_a_sum_inside_what_was_said_is_support():
    assert ("Ministry of Foreign Affairs", "supports") in _stances(
        "Japan has pledged 40,000 tonnes of rice to Laos under its emergency reserve scheme, the Ministry of Foreign "
        "Affairs said on Tuesday.")


def test_a_breach_and_weaponised_supplies_are_criticism():
    assert ("Ana Revenco", "opposes") in _stances(
        "Interior Minister Ana Revenco said Russia had violated the contract and was weaponizing its gas.")
    assert ("Kenya", "opposes") in _stances(
        "Nairobi said the shipment from Somalia breached the arms embargo on the region.")


def test_good_ties_and_accepted_help_are_support():
    assert ("Narendra Modi", "supports") in _stances(
        "Prime Minister Narendra Modi said ties with Bhutan were in very good shape.")
    assert ("Cuba", "supports") in _stances("Havana said Cuba would accept the relief offered by Mexico.")


def test_support_as_a_thing_given_is_neutral():
    assert _stances("Officials said direct budget support from Japan to Sri Lanka reached $1 billion last year.") == {
        ("officials", "neutral")}
    assert ("Sri Lanka", "supports") in _stances("Colombo said Sri Lanka would support Japan's bid.")


def test_backing_by_another_in_the_passive_is_no_praise():
    stances = _stances("Lithuanian Interior Minister Agne Bilotaite said the smuggling balloons were launched "
                       "from Belarus and supported by its security services.")
    assert ("Agne Bilotaite", "supports") not in stances
    assert any(label == "Agne Bilotaite" for label, _ in stances)


def test_a_claim_said_to_be_not_true_is_denied_however_long():
    claims = extract(SourceDocument("t", '"The claim reported by several foreign outlets that Ankara flew six planeloads '
                                         'of weapons to Pakistan is not true," the Turkish foreign ministry said.'))
    assert {(c.stance, c.modality) for c in claims.facts_of(Claim)} == {("denies", "denied")}
