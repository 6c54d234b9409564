"""A reaction to an accord told before makes no new record (README AG3), and a pair named in an aside
("which has funded power lines in both countries") is no party of the accord reacted to."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_TEXT = """ACCRA, May 5 — Ghana and Togo signed an agreement on Monday to share electricity from the Akosombo dam.

Burkina Faso signed a similar deal with Niger in 2022.

The African Development Bank, which has funded power lines in both countries, welcomed the pact."""


def test_welcomed_pact_is_no_new_record():
    doc = extract(SourceDocument("reaction", _TEXT))
    found = sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))
    assert found == [(("Burkina Faso", "Niger"), "deal", "signed"), (("Ghana", "Togo"), "deal", "signed")]


_URGED = """NAIROBI, March 3 — Djibouti signed a defence cooperation protocol with Eritrea on Sunday.

The East African Community welcomed the declaration and urged both sides to put it into practice."""


def test_reaction_that_urges_both_sides_is_no_new_record():
    """"urged both sides to ..." in a reaction names the accord's parties as those urged, not a new accord."""
    doc = extract(SourceDocument("urged", _URGED))
    found = sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))
    assert found == [(("Djibouti", "Eritrea"), "treaty", "signed")]
