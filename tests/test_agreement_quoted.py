"""The demonym of a quote's speaker who tells an accord as "we" is a party (kg.extract.agreement_quoted)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_quoted import quoted_speaker


def _speaks(text: str, noun: str, demonym: str) -> bool:
    view = sentence_view(text)
    return quoted_speaker(view, view.lower.index(demonym), view.lower.index(noun))


def test_we_then_speaker_title():
    assert _speaks('"We signed a pact with Chile," the Peruvian president said.', "pact", "peruvian")
    assert _speaks('"Our ministers agreed a deal with Chile," said the Peruvian trade minister.', "deal", "peruvian")


def test_i_before_or_we_after_the_noun():
    assert _speaks('"I signed the pact with Chile," the Peruvian president said.', "pact", "peruvian")
    assert _speaks('"The pact we signed with Chile is good," the Peruvian president said.', "pact", "peruvian")


def test_no_first_person_or_no_title():
    assert not _speaks('"Bolivia signed a pact with Chile," the Peruvian president said.', "pact", "peruvian")
    assert not _speaks('"We signed a pact with Chile on Peruvian fish," the president said.', "pact", "peruvian")


def test_the_speaker_side_must_make_it():
    assert not _speaks('"We urged them to sign a pact with Chile," the Peruvian president said.', "pact", "peruvian")
    assert not _speaks('"Our neighbours signed a pact with Chile," the Peruvian president said.', "pact", "peruvian")


def test_no_quote():
    assert not _speaks("We signed a pact with Chile, the Peruvian president said.", "pact", "peruvian")
