"""An accession accord is the joiner's and the body's, not the ratifier's (kg.extract.agreement_accession)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.agreement_accession import accession_parties
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _parties(text: str, noun: str) -> tuple[str, ...] | None:
    doc = extract(SourceDocument("accession", text))
    sentence = doc.sentences[0]
    actors = [m for m in doc.mentions if m.sentence == sentence.index and m.entity.kind in ("state", "organisation")]
    view = SentenceView(sentence, actors)
    at = view.lower.index(noun)
    found = accession_parties(view, at - 1, at + 1, len(view.tokens), tuple(dict.fromkeys(m.entity for m in actors)))
    return None if found is None else tuple(p.label for p in found)


def test_possessor_and_body_are_the_parties():
    assert _parties("Hungary ratified Finland's NATO accession protocol.", "protocol") == ("Finland", "NATO")


def test_joiner_after_of():
    assert _parties("Slovakia approved the accession protocol of Sweden to NATO.", "protocol") == ("Sweden", "NATO")


def test_joiner_in_lower_case_words_gives_no_record():
    assert _parties("Hungary ratified the Nordic country's accession protocol with NATO.", "protocol") is None


def test_no_body_or_no_accession_keeps_the_parties():
    assert _parties("Hungary ratified Finland's accession protocol.", "protocol") == ("Hungary", "Finland")
    assert _parties("Hungary ratified Finland's trade protocol with NATO.", "protocol") == ("Hungary", "Finland", "NATO")
