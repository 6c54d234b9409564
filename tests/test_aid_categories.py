"""Categories a flow takes from the report when its own item names no goods (kg.extract.aid_categories)."""

from kg.extract.aid_categories import inherit_categories
from kg.model import AidFlow, EntityRef, Evidence

_JAPAN, _FIJI, _KENYA, _BANGLADESH = (EntityRef("state", code, name) for code, name in (
    ("JP", "Japan"), ("FJ", "Fiji"), ("KE", "Kenya"), ("BD", "Bangladesh")))


def _flow(donor, recipient, *categories):
    return AidFlow(donor, recipient, "item", categories, "pledged", Evidence("d", 0, 4, "item", 0, 4, "item"))


def test_the_pair_gives_its_kinds_money_included():
    flows = [_flow(_JAPAN, _BANGLADESH, "military", "financial"), _flow(_JAPAN, _BANGLADESH, "other")]
    assert inherit_categories(flows)[1].categories == ("military", "financial")


def test_the_giver_gives_its_goods_but_not_its_money():
    # "Japan set aside 2 billion yen for patrol ships for Bangladesh ... Fiji was chosen as a beneficiary"
    flows = [_flow(_JAPAN, _BANGLADESH, "military", "financial"), _flow(_JAPAN, _FIJI, "other")]
    assert inherit_categories(flows)[1].categories == ("military",)


def test_money_alone_is_passed_on_and_a_flow_with_no_kin_stays_other():
    flows = [_flow(_JAPAN, _KENYA, "financial"), _flow(_JAPAN, _FIJI, "other"), _flow(_BANGLADESH, _FIJI, "other")]
    assert [f.categories for f in inherit_categories(flows)] == [("financial",), ("financial",), ("other",)]


def test_the_verb_produces_is_no_farm_produce():
    from kg.extract.lexicon import load_lexicon

    categorise = load_lexicon().categorise
    assert categorise("gas that Bolivia produces each day".split())[0] == ["energy"]
    assert categorise("fresh produce and rice".split())[0] == ["food"]


def test_salaries_paid_for_another_state_are_money():
    # "Qatar pays part of the salaries of Lebanon's soldiers": a state paying another's wages gives money
    from kg.extract.lexicon import load_lexicon

    categorise = load_lexicon().categorise
    assert "financial" in categorise("part of the salaries of its soldiers".split())[0]
    assert categorise("wages".split())[0] == ["financial"]
