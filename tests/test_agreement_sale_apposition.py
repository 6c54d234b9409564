"""A bare "deal" set beside an arms sale names that sale, an aid flow (README A1), not an accord (AG1),
unless a verb of making it follows."""

from __future__ import annotations

from conftest import sentence_view
import pytest

from kg.extract.agreement_senses import sale_apposition
from kg.extract.view import SentenceView


def _view(text: str) -> tuple[SentenceView, int]:
    view = sentence_view(text, sentence=-1, kinds=None)
    return view, view.lower.index("deal")


@pytest.mark.parametrize("text,expected", [
    ("Washington approved the possible sale of jets to Greece, a deal Athens had long sought.", True),
    ("The US cleared the sale of drones to India in a $4 billion deal.", True),
    ("Britain agreed the sale of jets to Turkey in a deal signed on Monday.", False),
    ("The US approved the sale of missiles to Poland, part of a deal the two countries agreed last year.", False),
    ("Poland and South Korea signed a deal for 180 tanks.", False),
], ids=["apposition", "in-a-deal", "signed-after", "agreed-after", "no-sale"])
def test_a_deal_beside_a_sale(text, expected):
    view, noun = _view(text)
    assert sale_apposition(view, noun, noun + 1) is expected
