"""What an accord is for is its content (README AG1): states named only inside an infinitive of purpose after
the agreement noun are no parties where two are named outside it."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract import extract
from kg.extract.agreement_purpose import before_purpose, invested_in, purpose_start
from kg.extract.view import SentenceView
from kg.model import EntityRef, SourceDocument


def _view(text: str) -> SentenceView:
    return sentence_view(text, sentence=-1)


def _state(name: str) -> EntityRef:
    return next(m.entity for m in extract(SourceDocument("s", f"{name} said so.")).mentions if m.entity.kind == "state")


def test_infinitive_after_the_noun_and_its_partner():
    view = _view("The EU signed a migration deal with Tunisia to stop boats heading to Italy.")
    assert purpose_start(view, view.lower.index("deal") + 1, len(view.lower)) == view.lower.index("to")


def test_no_infinitive_before_a_comma_or_article():
    view = _view("Egypt signed a deal, to the anger of Ethiopia.")
    assert purpose_start(view, view.lower.index("deal") + 1, len(view.lower)) is None


def test_content_state_dropped_only_with_two_parties_outside():
    view = _view("Germany and Norway signed a pact to supply air defence systems to Ukraine.")
    parties = (_state("Germany"), _state("Norway"), _state("Ukraine"))
    assert before_purpose(view, view.lower.index("pact") + 1, len(view.lower), parties) == parties[:2]
    view = _view("Serbia signed a deal to buy jets from France.")
    parties = (_state("Serbia"), _state("France"))
    assert before_purpose(view, view.lower.index("deal") + 1, len(view.lower), parties) == parties


def _invested(text: str, noun: str, state: str) -> bool:
    view = _view(text)
    at = next(m.first for m in view.actors if m.entity.label == state)
    return invested_in(view, view.lower.index(noun) + 1, len(view.tokens), at)


def test_invest_or_build_in_a_state():
    assert _invested("Qatar signed a deal to invest $5 billion in Egypt.", "deal", "Egypt")
    assert _invested("Oman signed a pact to build a port in Kenya.", "pact", "Kenya")


def test_other_verbs_or_no_purpose():
    assert not _invested("Qatar signed a deal to sell gas in Egypt.", "deal", "Egypt")
    assert not _invested("Qatar signed a deal in Egypt.", "deal", "Egypt")
