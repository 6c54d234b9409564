"""A fronted "Under the deal," / "As part of this agreement," names an accord told before; what follows the comma
is its terms, not its stage (kg.extract.agreement_fronted)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract import extract
from kg.extract.agreement_fronted import fronted_end
from kg.extract.view import SentenceView
from kg.model import Agreement, SourceDocument


def _view(text: str) -> SentenceView:
    return sentence_view(text, kinds=None)


def test_under_the_deal_ends_at_its_comma():
    view = _view("Under the deal, Chile will ship lithium to Japan.")
    assert fronted_end(view, view.lower.index("deal")) == view.lower.index(",")


def test_as_part_of_this_agreement():
    view = _view("As part of this agreement, the two navies will train together.")
    assert fronted_end(view, view.lower.index("agreement")) == view.lower.index(",")


def test_new_accord_is_not_cut():
    view = _view("Under a separate deal, Chile and Japan agreed to share data.")
    assert fronted_end(view, view.lower.index("deal")) is None


def test_noun_not_fronted():
    view = _view("Chile will ship lithium to Japan under the deal, officials said.")
    assert fronted_end(view, view.lower.index("deal")) is None


def test_terms_after_the_comma_give_no_second_stage():
    text = ("Chile and Japan signed four memoranda on Monday. Under one memorandum, the two state miners will "
            "develop a lithium plant.")
    doc = extract(SourceDocument("fronted", text))
    assert {a.status for a in doc.facts_of(Agreement)} == {"signed"}
