"""The kinds of state a description names: "the island", "the kingdom", "the emirate"."""

from kg.extract.gazetteer import load_gazetteer
from kg.extract.state_kinds import _groups, _kinds, bloc_keys, group_at, kind_fits


def _ref(code):
    return load_gazetteer().state(code).ref


def test_every_listed_code_is_a_state_of_the_gazetteer():
    codes = {s.iso2 for s in load_gazetteer().states}
    for kind, listed in _kinds().items():
        assert listed and listed <= codes, kind


def test_an_island_description_fits_island_states_only():
    fits = kind_fits(["island"])
    assert fits(_ref("CU")) and fits(_ref("LK"))
    assert not fits(_ref("US")) and not fits(_ref("MX"))


def test_kingdoms_come_from_official_names():
    fits = kind_fits(["kingdom"])
    assert fits(_ref("JO")) and fits(_ref("SA")) and fits(_ref("MA"))
    assert not fits(_ref("EG")) and not fits(_ref("QA"))


def test_a_plain_country_word_fits_any_state():
    assert kind_fits(["country"]) is None
    assert kind_fits(["nation"]) is None


def test_every_bloc_is_a_known_organisation():
    keys = {org.key for org in load_gazetteer().organisations}
    assert bloc_keys() and bloc_keys() <= keys


def test_every_group_names_known_states():
    assert _groups() and all(members for members in _groups().values())


def test_a_group_is_read_with_its_count_and_noun():
    members, end = group_at("aid to the five central asian countries , officials said".split(), 2)
    assert {m.key for m in members} == {"KZ", "KG", "TJ", "TM", "UZ"} and end == 7  # after "countries"
    assert group_at("aid to the baltic sea".split(), 2) == ((), 2)  # no noun for states: a sea, not a group
