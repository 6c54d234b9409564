"""Who witnessed a signing is no party to it (README AG1)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.agreement_witnesses import witness, witness_actor
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _person(text: str) -> tuple[SentenceView, object]:
    doc = extract(SourceDocument("witness", text))
    sentence = doc.sentences[-1]
    mentions = [m for m in doc.mentions if m.sentence == sentence.index and m.entity.kind != "place"]
    return SentenceView(sentence, mentions), next(m for m in mentions if m.entity.kind == "person")


def test_in_the_presence_of_a_titled_person():
    view, person = _person("Kenya signed the deal in the presence of Ugandan President Yoweri Museveni.")
    assert witness(view, person)


def test_looking_on_after_the_name():
    view, person = _person("Kenya signed the deal, with Ugandan President Yoweri Museveni looking on.")
    assert witness(view, person)


def test_a_signer_is_no_witness():
    view, person = _person("The deal was signed by Ugandan President Yoweri Museveni on Monday.")
    assert not witness(view, person)


def _actor(text: str, label: str) -> tuple[SentenceView, object]:
    doc = extract(SourceDocument("witness", text))
    sentence = doc.sentences[-1]
    mentions = [m for m in doc.mentions if m.sentence == sentence.index and m.entity.kind in ("state", "organisation")]
    return SentenceView(sentence, mentions), next(m for m in mentions if m.entity.label == label)


@pytest.mark.parametrize("text,label", [
    ("The accord was signed by Rwanda and Congo, with Qatar's prime minister looking on.", "Qatar"),
    ("The deal was signed in Baku, with EU officials watching.", "European Union"),
    ("Armenia and Azerbaijan initialled the treaty, with the United States as mediator.", "United States"),
    ("The accord was signed in Kigali, with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, looking on.", "Qatar"),
    ("Kenya signed a deal with Uganda, with Ethiopia's prime minister present.", "Ethiopia"),
], ids=["owner-looking-on", "watching", "as-mediator", "name-in-apposition", "present"])
def test_a_state_or_body_after_with_that_looks_on_or_mediates(text, label):
    assert witness_actor(*_actor(text, label))


def test_a_partner_after_with_is_no_witness():
    assert not witness_actor(*_actor("Kenya signed a power deal with Uganda on Monday, officials said.", "Uganda"))
