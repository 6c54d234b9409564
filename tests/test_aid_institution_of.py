"""A state's institution named "<Institution> of <State>" gives and gets for its state (README G2), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.aid_institution_of import institutions_of_states
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str]]:
    doc = extract(SourceDocument("t", "Title\nDate: 2024-05-01\n\n" + text))
    return {(f.donor.label, f.recipient.label, f.status) for f in doc.facts_of(AidFlow)}


@pytest.mark.parametrize(("text", "flow"), [
    ("The Government of Japan donated $5 million to Haiti.", ("Japan", "Haiti", "delivered")),
    ("The Embassy of Japan handed over 20 ambulances to Haiti on Friday.", ("Japan", "Haiti", "delivered")),
    ("The Central Bank of Egypt received a $5 billion deposit from Saudi Arabia.",
     ("Saudi Arabia", "Egypt", "delivered")),
    ("After the storm, the Ministry of Foreign Affairs of Japan announced $5 million in aid for Haiti.",
     ("Japan", "Haiti", "pledged")),
], ids=["government", "embassy", "central-bank", "ministry-after-clause"])
def test_an_institution_of_a_state_acts_for_it(text, flow):
    assert flow in _flows(text)


def test_the_state_mention_is_widened_over_the_subject_only():
    doc = extract(SourceDocument("t", "The Reserve Bank of Malawi said the account of the Central Bank of Yemen "
                                      "was frozen. The National Bank of Kuwait and the Bank of America lent more."))
    widened = {m.text for m in institutions_of_states(doc.mentions, doc.sentences) if m.how == "institution"}
    assert widened == {"Reserve Bank of Malawi"}
