"""kg.extract.meeting_host_met: a visit to a state whose one host the visitor met on the trip is that meeting."""

from kg.extract.meeting_host_met import drop_met_hosts
from kg.model import EntityRef, Evidence, Meeting

_EV = Evidence("d", 0, 1, "x", 0, 1, "x")
_LULA = EntityRef("person", "lula", "Lula")
_LOURENCO = EntityRef("person", "lourenco", "Joao Lourenco")
_ANGOLA = EntityRef("state", "AO", "Angola")
_LUANDA = EntityRef("place", "luanda", "Luanda")


def _visit(date=None, place=_LUANDA):
    return Meeting((_LULA, _ANGOLA), "visit", _EV, place, date)


def test_one_host_by_office_drops_the_visit():
    talks = Meeting((_LULA, _LOURENCO), "summit", _EV, None, "2026-03-06")
    assert drop_met_hosts([_visit("2026-03-05"), talks], {_LOURENCO: _ANGOLA}) == [talks]


def test_one_host_in_the_visit_city_drops_the_visit():
    talks = Meeting((_LULA, _LOURENCO), "summit", _EV, _LUANDA, None)
    assert drop_met_hosts([_visit(), talks], {}) == [talks]


def test_two_hosts_keep_the_visit():
    other = EntityRef("person", "tete", "Tete Antonio")
    found = [_visit(), Meeting((_LULA, _LOURENCO), "summit", _EV, _LUANDA, None),
             Meeting((_LULA, other), "talks", _EV, _LUANDA, None)]
    assert drop_met_hosts(found, {}) == found


def test_another_month_keeps_the_visit():
    found = [_visit("2025-05"), Meeting((_LULA, _LOURENCO), "summit", _EV, None, "2026-01")]
    assert drop_met_hosts(found, {_LOURENCO: _ANGOLA}) == found


def test_host_of_another_state_keeps_the_visit():
    found = [_visit(None, None), Meeting((_LULA, _LOURENCO), "summit", _EV, None, None)]
    assert drop_met_hosts(found, {_LOURENCO: EntityRef("state", "NA", "Namibia")}) == found
