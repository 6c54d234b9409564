"""kg.extract.aid_destination: a "to" phrase naming a getter that is no state."""

from __future__ import annotations

from conftest import sentence_view
import pytest

from kg.extract.aid_destination import linked_states, route_end, unnamed_destination, unnamed_seller
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, sentence=-1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar ships its LNG to Asia.", True),
    ("Azerbaijan sells gas to central Europe.", True),
    ("Qatar ships its LNG to the Middle East.", True),
    ("Qatar ships its LNG to Asian buyers.", True),
    ("Norway sells gas to other European countries.", True),
    ("Russia shipped grain to six African countries.", False),
    ("Qatar will fund shipments to poorer countries.", True),
    ("Russia pays for delivery to consumers.", False),
    ("Mexico sent oil to the island.", False),
    ("Germany sent tanks to Ukraine.", False),
    ("Germany sent tanks to the European Union.", False),
], ids=["region", "compass-region", "the-region-name", "regional-buyers", "other-countries", "counted-states", "needy-states",
        "bare-consumers", "anaphor", "state", "body"])
def test_unnamed_destination(text, expected):
    view = _view(text)
    assert unnamed_destination(view, view.lower.index("to")) is expected


def test_for_names_a_getter_only_as_a_region():
    for text, expected in (("Qatar sells LNG for Asia.", True), ("Japan sent $5 million for the country.", False),
                           ("Japan sent $5 million for other countries.", False)):
        view = _view(text)
        assert unnamed_destination(view, view.lower.index("for")) is expected


def test_route_end():
    view = _view("Tanzania asked China to finance a railway line to Burundi.")
    assert route_end(view, view.lower.index("to", view.lower.index("line")))
    view = _view("Kenya asked Japan to send rice to Somalia.")
    assert not route_end(view, view.lower.index("to", view.lower.index("rice")))


def test_linked_states():
    view = _view("Washington pledged $250 million for a rail corridor linking Angola, Zambia and Congo.")
    assert [r.label for r in linked_states(view, view.lower.index("million") + 1)] == ["Angola", "Zambia", "DR Congo"]
    view = _view("Japan will fund a bridge to the island.")
    assert linked_states(view, view.lower.index("fund") + 1) == ()


def test_unnamed_seller():
    view = _view("An Emirati company bought a stake in a copper mine from the government.")
    assert unnamed_seller(view, view.lower.index("bought") + 1, len(view.lower))
    view = _view("It also buys oil from the country.")
    assert not unnamed_seller(view, view.lower.index("buys") + 1, len(view.lower))
    view = _view("Cairo also bought wheat from France.")
    assert not unnamed_seller(view, view.lower.index("bought") + 1, len(view.lower))
